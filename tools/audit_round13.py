"""Round 12's audit: 15 invented whole articles, first run as a check nobody had tuned to.

    .venv/bin/python tools/audit_round13.py [--batch a|b] [--show]

The articles in tools/audit_round13/batch_a/ were written by the lead before the annotator read
any of them, in the registers issue 13 names, with real office-holders within their terms and our
own gold (gold_a.yaml, the devset's schema). Main (d849f0f) was run on them once, untuned:
date 14/15, venue 14/15, lists 9/15, P/R/F1 0.912 / 0.886 / 0.899. Their failures were then fixed
as general rules (tests/annotate/test_annotate_round12.py, the registry's generic building names),
so they are no longer held out: see tools/audit_round13/README.md. Scoring is round 11's
(tools/audit_round11.py). Batch B (10 articles) was written after those fixes and before the
annotator read it: run once at the end of the session, it is the held-out figure.
"""

from __future__ import annotations

from pathlib import Path

from audit_round11 import main

HERE = Path(__file__).resolve().parent / "audit_round13"

if __name__ == "__main__":
    main(HERE)
