"""`evaluate` and `train`: judging against a gold file, reliability, silent errors, refitting."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.annotate.confidence import FIELDS, parse_model
from generator.config import Settings
from generator.quality import train
from generator.quality.evaluate import Report, Row, evaluate_site, reliability
from generator.quality.judge import judge, same_person, same_place
from tests.annotate.test_annotate_rules import REGISTRY
from tests.conftest import make_site, write_article

# Invented meetings between the invented people of the tiny test registry.
STORIES = [
    ("Anna Kovar held talks with Elena Varga in Strelsau on 2 March 2023.", "2023-03-03"),
    ("Boris Telen met Anna Kovar in Fredton on Thursday.", "2021-05-07"),
    ("Anna Kovar held a phone call with Cara Mendel on 4 June 2022.", "2022-06-05"),
    ("STRELSAU, May 4 -- Elena Varga received Boris Telen. Last year Varga met Dmitri Ostrov "
     "in Porto Lago.", "2021-05-04"),
    ("Cara Mendel and Elena Varga met in Porto Lago on Monday to discuss trade.", "2023-01-11"),
    ("Dmitri Ostrov hosted Anna Kovar in Strelsau on 12 October 2020.", "2020-10-13"),
    ("Elena Varga met the Sylvanian foreign minister in Fredton on Friday.", "2022-09-10"),
    ("Anna Kovar spoke by telephone with Elena Varga on Tuesday.", None),
]


def synthetic_gold(folder: Path) -> tuple[Path, Path]:
    """Eight invented articles and gold answers that the annotator gets partly wrong."""
    articles = folder / "articles"
    articles.mkdir(parents=True)
    entries = []
    for n, (text, published) in enumerate(STORIES):
        stem = f"s{n:02d}"
        head = f" date {published}\n" if published else ""
        (articles / f"{stem}.txt").write_text(f"{head}{text}\n", encoding="utf-8")
        entries.append({"id": stem, "date": None if n % 3 == 0 else published,
                        "venue": ["Strelsau", "Fredton", None, "Strelsau"][n % 4],
                        "participants": ["Anna Kovar", "Elena Varga"] if n % 2 else ["Elena Varga"],
                        "participants_optional": [], "mentioned_only": ["Dmitri Ostrov"]})
    gold = folder / "gold.yaml"
    gold.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    return gold, articles


def test_judging_is_lenient_on_names_and_places_exact_on_dates() -> None:
    assert same_person("Sergei Lavrov", "Sergey Lavrov") and same_person("S. Jaishankar",
                                                                          "Subrahmanyam Jaishankar")
    assert same_person("Wang Yi", "Ng Wang | Wang Yi") and not same_person("Wang Yi", "Qin Gang")
    assert same_place("New Delhi", "Delhi") and same_place(None, None)
    assert not same_place("Strelsau", None) and not same_place("Fredton", "Strelsau")
    entry = {"date": dt.date(2023, 3, 2), "venue": "Strelsau", "participants": ["Anna Kovar", "Elena Varga"],
             "participants_optional": ["Boris Telen"]}
    verdict = judge(entry, {"date": "2023-03-02", "venue": "strelsau",
                            "participants": ["Anna Kovar", "Boris Telen", "Dmitri Ostrov"]})
    assert verdict.fields == {"date": True, "venue": True, "participants": False}
    assert verdict.people == {"Anna Kovar": True, "Boris Telen": True, "Dmitri Ostrov": False}
    assert verdict.missed == ["Elena Varga"] and (verdict.tp, verdict.fp) == (1, 1)
    assert not judge(entry, {"date": "2023-03-03"}).fields["date"]


def test_reliability_table_and_silent_errors() -> None:
    rows = [Row("a", "date", True, 0.9, False), Row("b", "date", False, 0.85, False),
            Row("c", "date", False, 0.3, True), Row("d", "date", True, 1.0, False),
            Row("a", "venue", True, None, False), Row("a", "participant", False, 0.1, True, "X")]
    table = reliability([r for r in rows if r.field == "date"])
    assert table[-1] == (0.8, 1.0, 3, 2 / 3) and table[1] == (0.2, 0.4, 1, 0.0)
    report = Report(rows, 0.5)
    assert report.silent() == 1 / 5  # five judged fields (participants rows are per name), one silent
    assert report.sure_accuracy("date") == (3, 2 / 3)


def _record(confidences: dict[str, float], people: dict[str, float]) -> dict:
    evidence = {k: {"value": None, "sentence": "", "confidence": c} for k, c in confidences.items()}
    return {"digest": "x", "annotator": "x", "registry": "x", "machine": {}, "body_sha": "x",
            "details": {"evidence": evidence, "people": {n: {"sentence": "", "confidence": c}
                                                         for n, c in people.items()}}}


def test_evaluate_reads_answers_confidence_and_the_review_queue(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    write_article(root, "a1", {"title": "T", "date": dt.date(2023, 3, 2), "venue": "Strelsau",
                               "participants": ["Anna Kovar", "Elena Varga"]})
    write_article(root, "a2", {"title": "T", "date": dt.date(2023, 3, 9), "venue": "Fredton",
                               "participants": ["Anna Kovar"]})
    state = root / ".generator" / "annotations"
    state.mkdir(parents=True)
    (state / "a1.json").write_text(json.dumps(_record(
        {"date": 0.95, "venue": 0.9, "participants": 0.85}, {"Anna Kovar": 0.9, "Elena Varga": 0.9})))
    (state / "a2.json").write_text(json.dumps(_record(
        {"date": 0.3, "venue": 0.9, "participants": 0.7}, {"Anna Kovar": 0.9})))
    (root / "docs" / "data").mkdir(parents=True)
    (root / "docs" / "data" / "review.json").write_text(json.dumps({"low": [
        {"stem": "a2", "field": "date", "value": "2023-03-09", "confidence": 0.3},
        {"stem": "a2", "field": "participants", "value": ["Anna Kovar"], "confidence": 0.7}],
        "no_meeting": [], "unknown": []}))
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump([
        {"id": "a1", "date": "2023-03-02", "venue": "Strelsau",
         "participants": ["Anna Kovar", "Elena Varga"]},
        {"id": "a2", "date": "2023-03-10", "venue": "Porto Lago",
         "participants": ["Anna Kovar", "Boris Telen"]}]))
    report = evaluate_site(gold, Settings.for_root(root), threshold=0.8)
    text = report.text()
    assert "date=0.500 venue=0.500" in text and "participants_r=0.750" in text
    assert report.silent() == 1 / 6  # a2's venue: wrong, 0.9 sure, not queued
    assert report.queued() == 2 and "review threshold: 0.80" in text
    assert "silent errors (wrong and not queued): 16.7% of fields" in text
    venue = text[text.index("venue: accuracy"):text.index("participants: accuracy")]
    assert "  [0.8, 1.0]        2     0.500" in venue  # a1 right, a2 wrong, both 0.9
    assert "  [0.2, 0.4)        0         -" in venue
    assert report.accuracy("participant") == 1.0


def test_train_fits_every_field_cross_validated_by_article(tmp_path: Path) -> None:
    gold, articles = synthetic_gold(tmp_path)
    trained = train.train(gold, articles, folds=2, registry=REGISTRY)
    assert not trained.problems
    models = parse_model(trained.model)
    assert set(models) == set(FIELDS) and trained.model["trained"]["articles"] == len(STORIES)
    assert 0.05 <= trained.model["review_threshold"] <= 0.99
    report = trained.report
    assert report.title == "cross-validation, 2 folds by article"
    assert report.notes[0].startswith(f"silent errors over {train.DRAWS} fold draws: mean ")
    assert {r.stem for r in report.rows if r.field == "date"} == {f"s{n:02d}" for n in range(len(STORIES))}
    assert all(r.confidence is not None and 0.0 < r.confidence < 1.0 for r in report.rows)
    # the threshold is the lowest whose silent-error rate, averaged over the fold draws, is in target
    samples, verdicts, _ = train.collect(yaml.safe_load(gold.read_text()), articles, REGISTRY)
    draws = [train.cross_validate(samples, 2, n) for n in range(train.DRAWS)]
    t = trained.model["review_threshold"]

    def mean_silent(threshold: float) -> float:
        return sum(train.silent_rates(samples, draws, verdicts, threshold)) / train.DRAWS

    assert mean_silent(t) <= train.TARGET_SILENT
    assert t == 0.05 or mean_silent(round(t - 0.01, 2)) > train.TARGET_SILENT
    out = tmp_path / "model.json"
    train.write_model(trained.model, out)
    assert parse_model(json.loads(out.read_text())) == models
    again = train.train(gold, articles, folds=2, registry=REGISTRY)
    assert again.model == trained.model  # folds are seeded: a retrain is reproducible


def test_folds_hold_out_every_article_once() -> None:
    stems = [f"x{n}" for n in range(11)]
    folds = train.article_folds(stems * 3, 5)
    assert len(folds) == 5 and sorted(s for f in folds for s in f) == sorted(stems)
    assert sorted(map(sorted, train.article_folds(["a", "b"], 5))) == [["a"], ["b"]]  # k <= articles


def test_commands_build_evaluate_and_train_end_to_end(tmp_path: Path) -> None:
    gold, articles = synthetic_gold(tmp_path / "gold")
    root = make_site(tmp_path / "site", {p.name: p.read_text() for p in articles.glob("*.txt")})
    (root / "registry.yaml").write_text(yaml.safe_dump({"people": [
        {"name": n, "short": [n.split()[1]]} for n in ("Anna Kovar", "Elena Varga", "Boris Telen")]}))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True)

    assert cli("--root", str(root), "build").returncode == 0
    run = cli("evaluate", "--root", str(root), "--gold", str(gold))
    assert run.returncode == 0, run.stderr
    for line in ("scores: date=", "date: accuracy", "  confidence     count  accuracy", "review threshold:",
                 "silent errors (wrong and not queued):"):
        assert line in run.stdout
    out = tmp_path / "model.json"
    run = cli("--root", str(root), "train", "--gold", str(gold), "--articles", str(articles),
              "--folds", "2", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert "cross-validation, 2 folds by article" in run.stdout and set(parse_model(json.loads(
        out.read_text()))) == set(FIELDS)
    missing = cli("evaluate", "--root", str(tmp_path / "gold"), "--gold", str(gold))
    assert missing.returncode == 2 and "review.json" in missing.stderr
    (tmp_path / "bad.yaml").write_text("- id: [unclosed\n")
    bad = cli("evaluate", "--root", str(root), "--gold", str(tmp_path / "bad.yaml"))
    assert bad.returncode == 2 and "bad.yaml: not YAML" in bad.stderr and "Traceback" not in bad.stderr


def test_train_chooses_the_threshold_on_the_untuned_articles_only(tmp_path: Path) -> None:
    gold, articles = synthetic_gold(tmp_path)
    samples, verdicts, _ = train.collect(yaml.safe_load(gold.read_text()), articles, REGISTRY)
    first = sorted(verdicts)[len(verdicts) // 2]
    trained = train.train(gold, articles, folds=2, registry=REGISTRY, untuned=first)
    fresh = {stem for stem in verdicts if stem >= first}
    draws = [train.cross_validate(samples, 2, n) for n in range(train.DRAWS)]
    picked = train.choose_threshold([s for s in samples if s.stem in fresh], draws,
                                    {k: v for k, v in verdicts.items() if k in fresh})
    assert trained.model["review_threshold"] == picked
    assert trained.report.notes[-1].startswith(f"untuned articles (ids from {first}, {len(fresh)}): date=")
    with pytest.raises(ValueError, match="no gold id"):
        train.train(gold, articles, folds=2, registry=REGISTRY, untuned="zzz")
