"""Confidence as a probability: the annotator's signals, the model that weighs them, the queue."""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest

from generator import config
from generator.annotate import confidence, signals
from generator.annotate.confidence import FieldModel, parse_model, probability
from generator.model import Article
from generator.site import facts
from tests.annotate.test_annotate_rules import ANNOTATOR
from tests.conftest import make_doc as doc

FIELDS = ("date", "venue", "participants")


def test_date_from_its_own_sentence_is_told_apart_from_the_dateline() -> None:
    own = ANNOTATOR.annotate(doc("Anna Kovar held talks with Elena Varga in Strelsau on 2 March 2023.",
                                 dt.date(2023, 3, 3)))
    sig = own.evidence["date"].signals
    assert sig["found"] == 1.0 and sig["src_own"] == 1.0 and sig["explicit_year"] == 1.0
    assert sig["from_ref"] == pytest.approx(1 / 30) and sig["after_ref"] == 0.0
    lined = ANNOTATOR.annotate(doc("STRELSAU, March 2, 2023 (Agency) --\n\nAnna Kovar held talks "
                                   "with Elena Varga.\n\nThey discussed trade."))
    assert lined.date == dt.date(2023, 3, 2)
    sig = lined.evidence["date"].signals
    assert sig["src_dateline"] == 1.0 and not sig.get("src_own") and sig["rule"] < 0.9


def test_empty_answers_get_signals_of_their_own() -> None:
    a = ANNOTATOR.annotate(doc("Anna Kovar met Elena Varga in Strelsau on Friday."))
    sig = a.evidence["date"].signals
    assert a.date is None and sig["empty"] == 1.0 and "found" not in sig
    assert sig["empty_has_ref"] == 0.0 and "src_own" not in sig
    call = ANNOTATOR.annotate(doc("Anna Kovar held a phone call with Elena Varga on 2 March 2023."))
    assert call.venue is None and call.evidence["venue"].signals["empty_remote"] == 1.0


def test_participant_signals_say_how_each_name_was_found() -> None:
    text = ("Anna Kovar met the Ruritanian foreign minister in Strelsau on 2 March 2023. "
            "Kovar and Varga discussed trade.")
    a = ANNOTATOR.annotate(doc(text, dt.date(2023, 3, 3)))
    kovar, varga = a.people["Anna Kovar"].signals, a.people["Elena Varga"].signals
    assert kovar["via_name"] == 1.0 and kovar["known"] == 1.0 and kovar["in_head"] == 1.0
    assert varga.get("via_role") == 1.0 and not varga.get("via_name")
    assert kovar["mentions"] > kovar["mentions"] / 2 > 0
    assert "Strelsau" in a.people["Anna Kovar"].sentence
    whole = a.evidence["participants"].signals
    assert whole["n_people"] == pytest.approx(2 / 8) and whole["share_name"] == 0.5


def test_every_signal_is_a_number_in_unit_range_and_confidence_a_probability() -> None:
    texts = ["Anna Kovar held talks with Elena Varga in Strelsau on 2 March 2023.",
             "FREDTON, May 4 -- Freedonian Foreign Minister Anna Kovar received Boris Telen on "
             "Thursday. Last year Kovar met Dmitri Ostrov in Porto Lago.",
             "Nothing happened today in the world of diplomacy."]
    for text in texts:
        a = ANNOTATOR.annotate(doc(text, dt.date(2021, 5, 5)))
        assert set(a.evidence) == {"date", "venue", "country", "participants"}
        for ev in [*a.evidence.values(), *a.people.values()]:
            assert ev.signals and all(0.0 <= v <= 1.0 for v in ev.signals.values()), ev.signals
            assert 0.0 < ev.confidence < 1.0
        assert a.evidence["country"].confidence == a.evidence["venue"].confidence
    nothing = ANNOTATOR.annotate(doc(texts[-1]))
    assert all(ev.signals == signals.NO_MEETING for ev in nothing.evidence.values())


def test_probability_is_bounded_monotonic_and_deterministic() -> None:
    model = FieldModel(("a", "b"), (2.0, -3.0), -0.5)
    values = [model.probability({"a": x / 10, "b": 0.3}) for x in range(11)]
    assert values == sorted(values) and len(set(values)) == 11  # rises with a positive weight
    falling = [model.probability({"a": 0.5, "b": x / 10}) for x in range(11)]
    assert falling == sorted(falling, reverse=True)
    assert all(0.0 < v < 1.0 for v in values + falling)
    assert model.probability({"a": 0.4, "b": 0.1}) == model.probability({"b": 0.1, "a": 0.4})
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(0.5)))
    huge = FieldModel(("a",), (1e6,), 0.0)
    assert huge.probability({"a": 1.0}) <= 1.0 and huge.probability({"a": -1.0}) >= 0.0


def test_missing_unknown_or_broken_signals_do_not_crash() -> None:
    model = FieldModel(("a",), (1.0,), 0.0)
    base = model.probability({})
    assert model.probability({"unheard_of": 5.0}) == base
    assert model.probability({"a": float("nan")}) == base
    assert model.probability({"a": "high"}) == base  # type: ignore[dict-item]
    assert probability("nonesuch", {"rule": 0.7}, models={}) == 0.7  # no model: the rule's score
    assert probability("date", {}, models={}) == 0.5


def test_model_file_parsing_refuses_what_it_cannot_read() -> None:
    good = {"version": confidence.MODEL_VERSION,
            "fields": {"date": {"weights": {"a": 1.5}, "intercept": -1.0},
                       "venue": {"weights": ["a"], "intercept": 0.0}}}
    parsed = parse_model(good)
    assert set(parsed) == {"date"} and parsed["date"].coef == (1.5,)
    assert parse_model({**good, "version": 999}) == {} and parse_model([1, 2]) == {}


def test_shipped_model_holds_only_weights_and_the_configured_threshold() -> None:
    data = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    assert set(data) == {"version", "fields", "review_threshold", "trained"}
    assert data["review_threshold"] == config.REVIEW_THRESHOLD  # retrained? update config too
    models = parse_model(data)
    assert set(models) == set(confidence.FIELDS)
    for entry in data["fields"].values():
        assert all(re.fullmatch(r"[a-z_-]+", name) for name in entry["weights"])
        assert all(isinstance(w, float) for w in entry["weights"].values())


def test_review_queue_lists_every_doubtful_field_and_participant() -> None:
    t = config.REVIEW_THRESHOLD
    evidence = {"date": {"value": "2023-03-02", "sentence": "on 2 March", "confidence": t - 0.01},
                "venue": {"value": "Strelsau", "sentence": "in Strelsau", "confidence": t},
                "country": {"value": "Ruritania", "sentence": "in Strelsau"},
                "participants": {"value": ["Anna Kovar"], "sentence": "", "confidence": "n/a"}}
    people = {"Anna Kovar": {"sentence": "Anna Kovar met", "confidence": 0.99},
              "Elena Varga": {"sentence": "Varga", "confidence": 0.2}}
    low = facts.doubtful("s1", evidence, people)
    listed = {(e["field"], str(e["value"])) for e in low}
    assert listed == {("date", "2023-03-02"), ("country", "Ruritania"),
                      ("participants", "['Anna Kovar']"), ("participant", "Elena Varga")}
    assert all(e["stem"] == "s1" and "sentence" in e and "confidence" in e for e in low)
    # fields the record lacks are doubtful too, once it holds evidence at all
    assert {e["field"] for e in facts.doubtful("s2", {"date": evidence["date"]}, {})} == {
        "date", "venue", "country", "participants"}
    assert facts.doubtful("s3", {}, None) == []


def test_a_participant_the_researcher_removed_leaves_the_queue() -> None:
    article = Article("s1", "T", dt.date(2023, 3, 2), "Strelsau", "Ruritania", ["Anna Kovar"], None)
    record = {"details": {"evidence": {k: {"value": None, "confidence": 0.99} for k in facts.FIELDS},
                          "people": {"Anna Kovar": {"confidence": 0.1}, "Elena Varga": {"confidence": 0.1}}}}
    low = facts.article_facts(article, record).low
    assert [(e["field"], e["value"]) for e in low] == [("participant", "Anna Kovar")]


@pytest.mark.parametrize("top", [1.0, 2, 3, 4, 8, 10, 30.0])
def test_cap_squeezes_like_min_of_max_including_nan_and_signed_zero(top: float) -> None:
    # the written-out comparisons in `cap` must give the float `min(max(v, 0.0), top) / top` gives
    for value in (-7, -0.5, -0.0, 0.0, 0, 0.25, 1, 1.0, 2, top, top + 0.5, 1e12, True, False,
                  math.inf, -math.inf):
        want = min(max(float(value), 0.0), top) / top
        assert repr(signals.cap(value, top)) == repr(want)
    assert math.isnan(signals.cap(math.nan, top))
