"""How well the site groups reports into meetings, and reads their fields, on a corpus with truth.

Grouping is scored by pairs of articles: a pair put in the same meeting is right when the two
articles truly report the same meeting. Pairwise precision says how often merged reports belong
together, recall how often reports of one meeting were found together; F1 weighs both, and a
meeting split in two costs recall while two meetings merged cost precision. Annotation is scored
per front-matter field, as the share of articles whose value is exactly the truth's.

Run `python -m generator.quality.grouping_score --articles 400` for the figures on `bench.pairs`' corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from generator.annotate import Annotator
from generator.bench.pairs import Truth, pair_corpus
from generator.corpus.articles import machine_fields
from generator.corpus.ingest import find_title, split_date_line
from generator.corpus.load import reports_of
from generator.corpus.registry import Registry, load_registry
from generator.knowledge.grouping import group_reports
from generator.model import Annotation, Article, Meeting, MeetingReport, SourceDoc

FIELDS = ("date", "venue", "country", "participants", "kind")


@dataclass
class Pairwise:
    """Pair counts of one grouping against the truth."""

    together: int
    """Pairs of articles the grouping put in one meeting."""
    truly: int
    """Pairs of articles that report the same meeting."""
    right: int
    """Pairs in both."""

    @property
    def precision(self) -> float:
        return self.right / self.together if self.together else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.truly if self.truly else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Grouping and annotation figures for one corpus."""

    articles: int
    meetings: int
    pairwise: Pairwise
    fields: dict[str, float] = field(default_factory=dict)
    """Field -> share of articles whose annotated value equals the truth."""
    meeting_fields: dict[str, float] = field(default_factory=dict)
    """Field -> share of articles whose meeting (after grouping) has the true meeting's value."""
    split: list[list[str]] = field(default_factory=list)
    """Truth meetings whose reports the grouping kept apart (their stems), for a look."""


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: dict[str, str], truth: dict[str, int]) -> Pairwise:
    """Pairs together in `predicted` (stem -> meeting id) vs in `truth` (stem -> meeting key).

    Counted by cluster sizes, never pair by pair: linear in the number of articles.
    """
    stems = [s for s in truth if s in predicted]
    together = sum(_pairs(n) for n in Counter(predicted[s] for s in stems).values())
    truly = sum(_pairs(n) for n in Counter(truth[s] for s in stems).values())
    right = sum(_pairs(n) for n in Counter((predicted[s], truth[s]) for s in stems).values())
    return Pairwise(together, truly, right)


def headline_meetings(meetings: list[Meeting]) -> dict[str, str]:
    """stem -> id of the meeting its headline report went to (as a source, never recalled)."""
    out: dict[str, str] = {}
    for m in meetings:
        for r in m.reports:
            if r.headline and not r.recalled:
                out[r.stem] = m.id
    return out


def reports_from(stem: str, ann: Annotation) -> list[MeetingReport]:
    """The reports the site would load from the front matter the annotator writes."""
    values = machine_fields(ann)
    values.setdefault("meetings", [])
    values.setdefault("recalled", [])
    values["group"] = None
    article = Article(stem=stem, title=ann.title, date=ann.date, venue=ann.venue, country=ann.country,
                      participants=list(ann.participants), kind=ann.kind)
    return reports_of(article, values)


def annotate_texts(registry: Registry, texts: dict[str, str]) -> dict[str, Annotation]:
    """Seed texts annotated in this process (no site, no disk)."""
    annotator = Annotator(registry)
    out = {}
    for stem, raw in texts.items():
        published, text = split_date_line(raw)
        doc = SourceDoc(stem=stem, path=Path(f"{stem}.txt"), text=text, title=find_title(text, stem),
                        published=published, digest=stem)
        out[stem] = annotator.annotate(doc)
    return out


def _values(thing: object) -> dict[str, object]:
    """The scored fields of an annotation or a meeting, participants in a comparable order."""
    got = {name: getattr(thing, name) for name in FIELDS}
    got["participants"] = sorted(got["participants"])  # type: ignore[call-overload]
    return got


def field_accuracy(annotations: dict[str, Annotation], truth: Truth) -> dict[str, float]:
    """Share of articles whose headline field is exactly the truth's."""
    right: Counter[str] = Counter()
    for stem, want in truth.fields.items():
        got = _values(annotations[stem])
        right.update(name for name in FIELDS if got[name] == want[name])
    return {name: right[name] / max(len(truth.fields), 1) for name in FIELDS}


def meeting_accuracy(meetings: list[Meeting], predicted: dict[str, str], truth: Truth) -> dict[str, float]:
    """Share of articles whose meeting, as grouping weighed its sources, says what the truth does."""
    by_id = {m.id: m for m in meetings}
    right: Counter[str] = Counter()
    for stem, key in truth.meeting.items():
        m = by_id.get(predicted.get(stem, ""))
        if m is not None:
            got, want = _values(m), truth.meetings[key]
            right.update(name for name in FIELDS if got[name] == want[name])
    return {name: right[name] / max(len(truth.meeting), 1) for name in FIELDS}


def score(annotations: dict[str, Annotation], truth: Truth) -> Score:
    """Group the annotated corpus and score grouping and fields against the truth."""
    reports = [r for stem, ann in annotations.items() for r in reports_from(stem, ann)]
    meetings = group_reports(reports)
    predicted = headline_meetings(meetings)
    by_truth: dict[int, set[str]] = defaultdict(set)
    for stem, key in truth.meeting.items():
        by_truth[key].add(stem)
    split = [sorted(stems) for stems in by_truth.values()
             if len({predicted.get(s, s) for s in stems}) > 1]
    return Score(len(truth.meeting), len(by_truth), pairwise(predicted, truth.meeting),
                 field_accuracy(annotations, truth), meeting_accuracy(meetings, predicted, truth), split)


def measure(registry: Registry, n_articles: int, seed: int = 11) -> tuple[Score, dict[str, str]]:
    """Build `bench.pairs`' corpus of `n_articles`, annotate and group it, and score it."""
    texts, truth = pair_corpus(registry, n_articles, seed)
    return score(annotate_texts(registry, texts), truth), texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=0, help="print this many split meetings")
    args = parser.parse_args(argv)
    registry, _ = load_registry(None)
    started = dt.datetime.now()
    result, texts = measure(registry, args.articles, args.seed)
    p = result.pairwise
    print(f"{result.articles} articles, {result.meetings} meetings, "
          f"{(dt.datetime.now() - started).total_seconds():.1f} s")
    print(f"grouping pairwise: precision {p.precision:.3f} recall {p.recall:.3f} F1 {p.f1:.3f} "
          f"({p.right} of {p.truly} true pairs, {p.together} predicted); "
          f"{len(result.split)} meetings split")
    print("annotation: " + ", ".join(f"{k} {v:.3f}" for k, v in result.fields.items()))
    print("meetings: " + ", ".join(f"{k} {v:.3f}" for k, v in result.meeting_fields.items()))
    for stems in result.split[:args.show]:
        print("---", *(texts[s].split("\n\n")[1] for s in stems), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
