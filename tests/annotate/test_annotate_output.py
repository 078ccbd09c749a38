"""The fast writers of new articles and records must give the libraries' output byte for byte.

`compose.dump_new` composes YAML itself and `articles.record_json` writes JSON itself, for
speed; a cached article or a researcher's diff must never change because of that.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import unicodedata
from pathlib import Path

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.build.workers import SeedJob, SeedOutcome, annotate_seeds
from generator.corpus import compose, ingest
from generator.corpus.articles import record_json
from generator.corpus.ingest import Seed

# Text that exercises every YAML quoting rule: indicators, ': ', ' #', leading and trailing
# spaces, words that read as booleans, numbers or dates, quotes, line breaks and non-ASCII.
PIECES = ["Lavrov", "Wang Yi", ": ", " #", "#", "- ", "-", "? ", "'", '"', "\\", "yes", "No",
          "null", "~", "2023-04-13", "12", "1.5", ".inf", "0x1F", "@x", "`", "%", "&a", "*b",
          "!t", "|", ">", "[", "]", "{", "}", ",", " ", "  ", "\t", "\n", "\u2028", "\x85",
          "Çavuşoğlu", "‹b›", "—", "\ufeff", "\x07", "é", "😀", "=", "<<"]
texts = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(PIECES), max_size=6).map("".join))
scalars = st.one_of(st.none(), texts, st.dates(), st.booleans(), st.integers(),
                    st.floats(allow_nan=True))
meeting = st.dictionaries(st.sampled_from(["date", "venue", "country", "participants", "kind"]),
                          st.one_of(scalars, st.lists(texts, max_size=3)), max_size=5)
fields = st.dictionaries(
    st.one_of(st.sampled_from(["title", "date", "venue", "participants", "meetings", "on", "null",
                               "Title", "x y"]), texts),
    st.one_of(scalars, st.lists(texts, max_size=4), st.lists(meeting, max_size=3),
              st.lists(st.lists(texts, max_size=2), max_size=2), meeting),
    max_size=8)


def pyyaml(value: dict) -> str:
    front = yaml.dump(value, Dumper=compose._NoAliasDumper, sort_keys=False,
                      allow_unicode=True, width=4096, default_flow_style=False)
    return f"---\n{front}---\n\nBody\n"


@settings(max_examples=600, deadline=None)
@given(fields)
@example({"title": {"date": "\u2028"}, "venue": "a\x85b"})  # a break takes its context's indent
def test_new_front_matter_is_what_pyyaml_writes(value: dict) -> None:
    assert compose.dump_new(value, "Body\n") == pyyaml(value)


WORDISH = st.text(alphabet="Ab9 ,.;()'’&/%+$!?-:#\t\né", max_size=30)


@settings(max_examples=2000, deadline=None)
@given(WORDISH)
@example("Talks end.")
@example("A ")
@example("x - y")
def test_text_taken_as_plain_without_analysis_is_what_the_emitter_allows(text: str) -> None:
    if compose.PLAIN_WORDS.fullmatch(text):
        analysis = compose._analyser.analyze_scalar(text)
        assert analysis.allow_block_plain and not analysis.multiline and not analysis.empty


def test_annotator_shaped_front_matter_takes_the_fast_path_and_matches() -> None:
    day = dt.date(2023, 4, 13)
    people = ["Sergey Lavrov", "Qin Gang"]
    value = {"title": "Lavrov: talks 'frank' #1", "date": day, "venue": "Samarkand",
             "country": None, "participants": people, "kind": "visit",
             "meetings": [{"date": day, "venue": None, "participants": people, "kind": None},
                          {"date": None, "venue": "yes", "participants": [], "kind": "phone"}]}
    assert compose._block(value) is not None
    assert compose.dump_new(value, "Body\n") == pyyaml(value)
    long_title = {"title": "word " * 2000, "participants": []}  # folds at 4096 columns
    assert compose.dump_new(long_title, "Body\n") == pyyaml(long_title)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(texts, inner, max_size=4)),
    max_leaves=25)


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(texts, json_values, max_size=6))
def test_records_are_what_json_dumps_writes(value: dict) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    assert record_json(value) == expected


def test_records_with_tuples_and_special_floats() -> None:
    for value in ({"b": (1, 2.5, [], {}), "a": {"z": math.inf, "y": 0.1 + 0.2}},
                  {"a": {3: "int key", 1.5: None}}):
        assert record_json(value) == json.dumps(value, ensure_ascii=False, indent=1,
                                                sort_keys=True)


class _Job(SeedJob):
    """Stands in for SeedJob: outcomes name their seed, so order is visible."""

    def run(self, seeds: list[Seed]) -> list[SeedOutcome]:
        return [SeedOutcome(outcome=s.stem) for s in seeds]


def test_outcomes_come_back_in_seed_order_from_the_workers(tmp_path: Path) -> None:
    seeds = [Seed(f"{i:03d}", Path(f"{i:03d}.txt")) for i in range(200)]
    job = _Job(None, tmp_path / "articles", tmp_path / "state", "a", "r")  # type: ignore[arg-type]
    (tmp_path / "state").mkdir()
    got = [o.outcome for o in annotate_seeds(seeds, job, workers=2)]
    assert got == [s.stem for s in seeds]


def test_control_character_classes_are_unicodes_category_cc() -> None:
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    cc = {c for c in every if unicodedata.category(c) == "Cc"}
    text = "".join(every)
    assert set(ingest.DROPPED_CONTROL.findall(text)) == cc - {"\t", "\n"}
    assert set(ingest.STRAY_CONTROL.findall(text)) == cc - {"\t", "\n", "\f", "\r"}
