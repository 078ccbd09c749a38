"""Round 10's audit: the annotator over invented variants of the date/venue failure forms.

    .venv/bin/python tools/audit_round10.py [--show]

Each case is a text we wrote (no article text from the development set), the ` date` line's day,
and the date and venue a reader would give it. Prints, per sub-form, how many variants get the
date and the venue right and how many wrong fields were not queued (confidence below
`REVIEW_THRESHOLD`): a wrong field that is not queued is a silent error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.annotate import Annotator  # noqa: E402
from generator.config import REVIEW_THRESHOLD  # noqa: E402
from generator.corpus.registry import load_registry  # noqa: E402
from generator.model import SourceDoc  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_round10_cases import CASES  # noqa: E402


def _fold(name: str | None) -> str | None:
    """A venue as the scorer compares it: accents and case aside ('Rzeszow' is 'Rzeszów')."""
    if name is None:
        return None
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
                   ).casefold()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print every failing case")
    parser.add_argument("--only", default="", help="sub-forms starting with this")
    args = parser.parse_args()
    registry, _ = load_registry(None)
    annotator = Annotator(registry)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for form, text, published, date, venue in CASES:
        if not form.startswith(args.only):
            continue
        doc = SourceDoc("t", Path("t.txt"), text, text.split("\n")[0], published, "x")
        ann = annotator.annotate(doc)
        ev = ann.evidence
        date_ok = ann.date == (dt.date.fromisoformat(date) if date else None)
        venue_ok = _fold(ann.venue) == _fold(venue)
        row = table[form]
        row[0] += 1
        row[1] += date_ok
        row[2] += venue_ok
        row[3] += (not date_ok and ev["date"].confidence >= REVIEW_THRESHOLD)
        row[4] += (not venue_ok and ev["venue"].confidence >= REVIEW_THRESHOLD)
        if args.show and not (date_ok and venue_ok):
            print(f"--- {form}: want {date} {venue}; got {ann.date} ({ev['date'].confidence}, "
                  f"{ev['date'].rule}) {ann.venue} ({ev['venue'].confidence}, {ev['venue'].rule}) "
                  f"{ann.kind} {ann.participants}\n    {text[:300]!r}")
    print(f"{'sub-form':28} n  date venue silent(date/venue)")
    total = [0, 0, 0, 0, 0]
    for form, row in table.items():
        print(f"{form:28} {row[0]}  {row[1]}    {row[2]}     {row[3]}/{row[4]}")
        total = [a + b for a, b in zip(total, row, strict=True)]
    print(f"{'all':28} {total[0]}  {total[1]}    {total[2]}     {total[3]}/{total[4]}")


if __name__ == "__main__":
    main()
