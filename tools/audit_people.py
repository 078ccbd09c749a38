"""Run the round-10 audit of issue 13's people items over invented articles and print a table.

    PYTHONPATH=. .venv/bin/python tools/audit_people.py [--batch a|b|c] [--verbose] [--json OUT]

Batch a (`audit_people_cases`) is what the round's fixes were made on; batch b
(`audit_people_cases_b`) was written after the first fixes, to measure how far they
generalise (and then fixed on); batch c (`audit_people_cases_c`) was written after every fix
and left untouched.

For each sub-form: variants whose participants are right (every required person found, nobody
found who is neither required nor optional), whose date and venue are right where the case
states them, and how many wrong fields were *silent* (confidence at or above the review
threshold, so not in the queue).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit_people_cases import CASES, Case  # noqa: E402
from audit_people_cases_b import CASES_B  # noqa: E402
from audit_people_cases_c import CASES_C  # noqa: E402

from generator.annotate import Annotator  # noqa: E402
from generator.config import REVIEW_THRESHOLD  # noqa: E402
from generator.corpus.registry import load_registry  # noqa: E402
from generator.model import Annotation, SourceDoc  # noqa: E402


def judge(case: Case, ann: Annotation) -> dict:
    """Right/wrong and queued/silent per field the case states."""
    got = set(ann.participants)
    missing, extra = case.required - got, got - case.required - case.optional
    ev = ann.evidence
    conf = {k: (ev[k].confidence if k in ev else 0.0) for k in ("date", "venue", "participants")}
    out = {"form": case.form, "register": case.register, "missing": sorted(missing),
           "extra": sorted(extra), "got": sorted(got)}
    ok_people = not missing and not extra
    extra_doubted = all(ann.people.get(n) is not None and ann.people[n].confidence < REVIEW_THRESHOLD
                        for n in extra)
    queued = conf["participants"] < REVIEW_THRESHOLD or (not missing and extra_doubted)
    out["participants"] = (ok_people, ok_people or queued)
    if case.date is not None:
        ok = ann.date == case.date
        out["date"] = (ok, ok or conf["date"] < REVIEW_THRESHOLD)
        out["got_date"] = str(ann.date)
    if case.venue is not None:
        ok = (ann.venue or "").casefold() == case.venue.casefold()
        out["venue"] = (ok, ok or conf["venue"] < REVIEW_THRESHOLD)
        out["got_venue"] = ann.venue
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", choices=("a", "b", "c"), default="a")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    registry, _ = load_registry(None)
    annotator = Annotator(registry)
    results = []
    batch = {"a": CASES, "b": CASES_B, "c": CASES_C}[args.batch]
    for i, case in enumerate(batch):
        doc = SourceDoc(f"a{i:03d}", Path(f"a{i:03d}.txt"), case.text, case.text.split("\n")[0],
                        case.published, "x")
        results.append(judge(case, annotator.annotate(doc)))
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for r in results:
        for f in ("participants", "date", "venue"):
            if f in r:
                ok, queued = r[f]
                cell = table[r["form"]][f]
                cell[0] += ok
                cell[1] += 1
                cell[2] += not queued
    print(f"{'sub-form':32} {'participants':>12} {'date':>6} {'venue':>6} {'silent':>6}")
    totals = defaultdict(lambda: [0, 0, 0])
    for form, cells in table.items():
        row = [form[:32].ljust(32)]
        silent = 0
        for f, w in (("participants", 12), ("date", 6), ("venue", 6)):
            ok, n, s = cells.get(f, [0, 0, 0])
            row.append(f"{ok}/{n}".rjust(w))
            silent += s
            for j, v in enumerate((ok, n, s)):
                totals[f][j] += v
        row.append(str(silent).rjust(6))
        print(" ".join(row))
    print("total".ljust(32), *(f"{totals[f][0]}/{totals[f][1]}".rjust(w) for f, w in
                               (("participants", 12), ("date", 6), ("venue", 6))),
          str(sum(t[2] for t in totals.values())).rjust(6))
    if args.verbose:
        for r in results:
            bad = [f for f in ("participants", "date", "venue") if f in r and not r[f][0]]
            if bad:
                print(f"- {r['form']} [{r['register']}] wrong {bad} missing={r['missing']} "
                      f"extra={r['extra']} date={r.get('got_date')} venue={r.get('got_venue')} "
                      f"silent={[f for f in bad if not r[f][1]]}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
