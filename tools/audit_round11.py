"""Round 11's audit: the annotator over invented WHOLE articles (tools/audit_round11/).

    .venv/bin/python tools/audit_round11.py [--batch a|b] [--show]

Each article is a text we wrote (no development-set text), in a register the issue names, with
its own gold in tools/audit_round11/gold_<batch>.yaml (the devset's schema). Batch A was written
before the annotator ever read it and then used to choose fixes; batch B was written after the
fixes and run once. Prints, per article, which fields are right (date, venue, participants as an
exact list with optional names ignored, kind) and which wrong fields are silent (confidence at
or above `REVIEW_THRESHOLD`, so not in the review queue), then the totals with the scorer's
participant precision/recall (names matched as ../shared/devset/score.py matches them).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.annotate import Annotator  # noqa: E402
from generator.config import REVIEW_THRESHOLD  # noqa: E402
from generator.corpus.ingest import Seed, read_seed  # noqa: E402
from generator.corpus.registry import load_registry  # noqa: E402
from generator.model import Annotation, SourceDoc  # noqa: E402

HERE = Path(__file__).resolve().parent / "audit_round11"
FIELDS = ("date", "venue", "participants", "kind")


def _scorer() -> ModuleType:
    """The development set's own scorer, so that names and places match as it matches them."""
    path = ROOT.parent / "shared" / "devset" / "score.py"
    spec = importlib.util.spec_from_file_location("devset_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: the scorer is needed beside the repository")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> SourceDoc:
    """An article as the site's seed reader gives it (date line, title, cleaning)."""
    doc, problems = read_seed(Seed(path.stem, path))
    if doc is None:
        raise SystemExit(f"{path}: {problems}")
    return doc


def _queued(ann: Annotation, name: str) -> bool:
    """Whether the field would sit in review.json (a participant list counts when any name does)."""
    ev = ann.evidence.get(name)
    low = ev is None or ev.confidence is None or ev.confidence < REVIEW_THRESHOLD
    if name == "participants":
        low = low or any(e.confidence is None or e.confidence < REVIEW_THRESHOLD
                         for e in ann.people.values())
    return low


def check(score: ModuleType, ann: Annotation, gold: dict) -> tuple[dict[str, bool], list, list]:
    """Per field right or wrong, and the participants missed and added."""
    want = list(gold.get("participants") or [])
    optional = list(gold.get("participants_optional") or [])
    hit, extra = set(), []
    for name in ann.participants:
        match = next((g for g in want if score.same_person(name, g)), None)
        if match is not None:
            hit.add(match)
        elif not any(score.same_person(name, o) for o in optional):
            extra.append(name)
    missed = [g for g in want if g not in hit]
    right = {
        "date": (ann.date.isoformat() if ann.date else None) == score.as_date(gold.get("date")),
        "venue": score.same_place(ann.venue or None, gold.get("venue") or None),
        "participants": not missed and not extra,
        "kind": ann.kind == gold.get("kind"),
    }
    return right, missed, extra


def main(folder: Path = HERE) -> None:
    """The command line of this round's runner and of later rounds' (their own `folder`)."""
    parser = argparse.ArgumentParser()
    batches = sorted(path.stem.removeprefix("gold_") for path in folder.glob("gold_*.yaml"))
    parser.add_argument("--batch", default="a", choices=batches)
    parser.add_argument("--show", action="store_true", help="print what each failing article got")
    args = parser.parse_args()
    run(folder, args.batch, args.show)


def run(folder: Path, batch: str, show: bool) -> None:
    """Annotate `folder`/batch_<batch>/ and score it against `folder`/gold_<batch>.yaml; later
    rounds' runners call this with their own folder."""
    score = _scorer()
    gold = yaml.safe_load((folder / f"gold_{batch}.yaml").read_text(encoding="utf-8"))
    registry, _ = load_registry(None)
    annotator = Annotator(registry)
    right = dict.fromkeys(FIELDS, 0)
    silent = dict.fromkeys(FIELDS, 0)
    tp = fp = fn = 0
    for entry in gold:
        ann = annotator.annotate(_read(folder / f"batch_{batch}" / f"{entry['id']}.txt"))
        ok, missed, extra = check(score, ann, entry)
        tp += len(entry["participants"]) - len(missed)
        fp += len(extra)
        fn += len(missed)
        marks = []
        for name in FIELDS:
            right[name] += ok[name]
            quiet = not ok[name] and not _queued(ann, name) and name != "kind"
            silent[name] += quiet
            marks.append(("ok" if ok[name] else "SILENT" if quiet else "queued")
                         if name != "kind" else ("ok" if ok[name] else "wrong"))
        print(f"{entry['id']}  " + "  ".join(f"{n}={m}" for n, m in zip(FIELDS, marks, strict=True)))
        if show and not all(ok.values()):
            ev = ann.evidence
            print(f"     got {ann.date} ({ev['date'].confidence}, {ev['date'].rule}) | "
                  f"{ann.venue} ({ev['venue'].confidence}, {ev['venue'].rule}) | {ann.kind} | "
                  f"want {entry['date']} {entry['venue']} {entry['kind']}\n"
                  f"     missed {missed} extra {extra}")
    n = len(gold)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"\nbatch {batch}: {n} articles")
    print("field         right   wrong-and-unqueued")
    for name in FIELDS:
        tail = "" if name == "kind" else f"   {silent[name]}"
        print(f"{name:13} {right[name]:2d}/{n}{tail}")
    print(f"participants P {p:.3f} R {r:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn}); "
          f"silent fields {sum(silent.values())} of {3 * n}")


if __name__ == "__main__":
    main()
