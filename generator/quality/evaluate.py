"""How good the annotation is, and whether its confidence can be trusted, against a gold file.

    python -m generator evaluate --gold GOLD.yaml [--root SITE]

A site annotated from the gold set's articles (seed stems = gold ids) is read as a researcher
would see it: the front matter for the answers, the annotation records for their confidence,
and `docs/data/review.json` for what the review queue shows. Printed: the scores (judged as the
devset's scorer judges), a reliability table per field (is 0.8 right 80 % of the time?), the
review threshold, and the silent-error rate: fields that are wrong and not in the queue, as a
share of all judged fields. `train` prints the same report from its cross-validation folds.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.config import REVIEW_THRESHOLD, Settings
from generator.corpus import frontmatter
from generator.corpus.articles import load_record
from generator.quality.judge import JUDGED, Verdict, judge, load_gold

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
"""Reliability-table bins: [0, 0.2), [0.2, 0.4) ... [0.8, 1.0]."""
SURE = 0.8
"""Answers at least this confident should be right at least this often."""


@dataclass(frozen=True)
class Row:
    """One judged answer: a field of an article, or one predicted participant ('participant')."""

    stem: str
    field: str
    right: bool
    confidence: float | None
    queued: bool
    value: str = ""


@dataclass
class Report:
    """Everything `evaluate` (and `train`'s cross-validation) prints."""

    rows: list[Row]
    threshold: float
    counts: dict[str, int] = field(default_factory=dict)
    """Articles, tp, fp, fn over the gold set (for precision and recall of participants)."""
    title: str = "evaluation"
    notes: list[str] = field(default_factory=list)
    """Lines printed last (train: the silent-error rate over several fold draws)."""

    def fields(self) -> list[Row]:
        return [r for r in self.rows if r.field in JUDGED]

    def silent(self) -> float:
        """Share of judged fields that are wrong and not in the review queue."""
        rows = self.fields()
        return sum(not r.right and not r.queued for r in rows) / max(len(rows), 1)

    def queued(self) -> int:
        return sum(r.queued for r in self.fields())

    def accuracy(self, name: str) -> float:
        rows = [r for r in self.rows if r.field == name]
        return sum(r.right for r in rows) / max(len(rows), 1)

    def sure_accuracy(self, name: str) -> tuple[int, float]:
        """(count, accuracy) of a field's answers given confidence >= SURE."""
        rows = [r for r in self.rows if r.field == name and (r.confidence or 0.0) >= SURE]
        return len(rows), sum(r.right for r in rows) / max(len(rows), 1)

    def text(self) -> str:
        return "\n".join(report_lines(self))


def reliability(rows: Iterable[Row]) -> list[tuple[float, float, int, float]]:
    """(low, high, count, accuracy) per confidence bin; answers without a confidence are left out."""
    table = []
    scored = [r for r in rows if r.confidence is not None]
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = [r for r in scored if low <= r.confidence < high  # type: ignore[operator]
                  or (high == BINS[-1] and r.confidence == high)]
        table.append((low, high, len(inside), sum(r.right for r in inside) / max(len(inside), 1)))
    return table


def report_lines(report: Report) -> list[str]:
    """The printed report: scores, per-field reliability tables, threshold and silent errors."""
    c = report.counts
    p = c.get("tp", 0) / max(c.get("tp", 0) + c.get("fp", 0), 1)
    r = c.get("tp", 0) / max(c.get("tp", 0) + c.get("fn", 0), 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    lines = [f"{report.title}: {c.get('articles', 0)} articles",
             f"scores: date={report.accuracy('date'):.3f} venue={report.accuracy('venue'):.3f} "
             f"participants_p={p:.3f} participants_r={r:.3f} participants_f1={f1:.3f} "
             f"participants_exact={report.accuracy('participants'):.3f}"]
    for name in (*JUDGED, "participant"):
        rows = [row for row in report.rows if row.field == name]
        if not rows:
            continue
        n, acc = report.sure_accuracy(name)
        lines.append(f"{name}: accuracy {report.accuracy(name):.3f} over {len(rows)}; "
                     f"confidence >= {SURE}: {n} answers, {acc:.3f} right")
        lines.append("  confidence     count  accuracy")
        for low, high, count, accuracy in reliability(rows):
            shown = f"{accuracy:.3f}" if count else "-"
            close = "]" if high == BINS[-1] else ")"
            lines.append(f"  [{low:.1f}, {high:.1f}{close}  {count:7d}  {shown:>8}")
    fields = report.fields()
    wrong = sum(not row.right for row in fields)
    lines.append(f"review threshold: {report.threshold:.2f}; queued {report.queued()} of {len(fields)} "
                 f"fields; wrong {wrong}")
    lines.append(f"silent errors (wrong and not queued): {report.silent():.1%} of fields")
    return lines + report.notes


def article_rows(stem: str, verdict: Verdict, confidence: dict[str, float | None],
                 people: dict[str, float | None], queued: Callable[[str, str], bool]) -> list[Row]:
    """One article's judged rows; `queued(field, value)` says what the review queue holds."""
    rows = [Row(stem, name, verdict.fields[name], confidence.get(name), queued(name, ""))
            for name in JUDGED]
    rows += [Row(stem, "participant", ok, people.get(name), queued("participant", name), name)
             for name, ok in verdict.people.items()]
    return rows


def tally(counts: dict[str, int], verdict: Verdict) -> None:
    counts["articles"] = counts.get("articles", 0) + 1
    for key, n in (("tp", verdict.tp), ("fp", verdict.fp), ("fn", len(verdict.missed))):
        counts[key] = counts.get(key, 0) + n


def evaluate_site(gold_path: Path, settings: Settings, threshold: float = REVIEW_THRESHOLD) -> Report:
    """Judge a site annotated from the gold set's articles, confidence and queue included."""
    queue = _review_queue(settings.docs_dir / "data" / "review.json")
    rows: list[Row] = []
    counts: dict[str, int] = {}
    for entry in load_gold(gold_path):
        stem = str(entry["id"])
        answer = _front_matter(settings.articles_dir / f"{stem}.md")
        record = load_record(settings.state_dir, stem)
        details = record.details if record is not None else {}
        verdict = judge(entry, answer)
        tally(counts, verdict)
        rows += article_rows(stem, verdict, _confidences(details.get("evidence")),
                             _confidences(details.get("people")),
                             lambda name, value, s=stem: queue(s, name, value))
    return Report(rows, threshold, counts, title=f"evaluation of {settings.root.name}")


def _front_matter(path: Path) -> dict[str, Any]:
    """An article's front matter, or {} (all wrong) when it is missing or broken."""
    text, _ = frontmatter.read_file(path, path.name) if path.is_file() else (None, [])
    parsed = frontmatter.parse(text, path.name) if text is not None else None
    return parsed.data if parsed is not None and parsed.data is not None else {}


def _confidences(found: object) -> dict[str, float | None]:
    """key -> confidence from a record's evidence (or per-person) mapping."""
    out: dict[str, float | None] = {}
    for key, entry in (found or {}).items() if isinstance(found, dict) else ():
        value = entry.get("confidence") if isinstance(entry, dict) else None
        out[key] = float(value) if isinstance(value, (int, float)) else None
    return out


def _review_queue(path: Path) -> Callable[[str, str, str], bool]:
    """Whether review.json lists a field: in `low` (the participants field counts as queued
    when any of its names is), or its article in `no_meeting`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FileNotFoundError(f"{path}: no review queue ({exc}); run `python -m generator build` "
                                "first") from None
    low = {(str(e.get("stem")), str(e.get("field")), str(e.get("value") if e.get("field") ==
                                                          "participant" else ""))
           for e in data.get("low") or [] if isinstance(e, dict)}
    nothing = set(data.get("no_meeting") or [])
    named = {stem for stem, name, _ in low if name == "participant"}

    def queued(stem: str, name: str, value: str) -> bool:
        if stem in nothing or (stem, name, value) in low:
            return True
        return name == "participants" and stem in named

    return queued
