"""Round 12's audit: 15 invented whole articles written as a check nobody tunes to.

    .venv/bin/python tools/audit_round12.py [--show]

The articles in tools/audit_round12/batch_a/ were written by the lead for this session before the
annotator read any of them, in the registers issue 13 names, with real office-holders within
their terms and our own gold (gold_a.yaml, the devset's schema). Unlike rounds 9-11, no rule,
weight or threshold is chosen from them: they are run on main and on each branch only to
compare, so their figures stay an estimate for text the rules were not written against.
Scoring is round 11's (tools/audit_round11.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from audit_round11 import run

HERE = Path(__file__).resolve().parent / "audit_round12"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print what each failing article got")
    run(HERE, "a", parser.parse_args().show)


if __name__ == "__main__":
    main()
