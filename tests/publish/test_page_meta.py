"""The page workers read the generator's front matter without YAML: the same markdown and meta
as MkDocs' own `get_data`, for every front matter, read here or handed to YAML."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta

from generator.corpus import compose
from generator.publish.page_meta import FrontMatter

BODY = "\n<div class=\"article-text\">\n<p>Text.</p>\n</div>\n"


def same_as_mkdocs(doc: str) -> None:
    mine = FrontMatter().get_data(doc)
    theirs = meta.get_data(doc)
    assert mine == theirs
    assert [type(v) for v in mine[1].values()] == [type(v) for v in theirs[1].values()]


@pytest.mark.parametrize("front", [
    "format: html\n",
    "title: Talks in Oslo\ndate: 2022-03-01\nvenue: Oslo\ncountry: null\n"
    "participants:\n- Ann Example\n- Bo Sample\nkind: phone\n",
    "title: yes\n", "title: 2023\n", "title: 0123\n", "title: 1.5\n", "title: Null\n", "title: ~\n",
    "date: 2023-02-30\n", "date: 2023-2-3\n", "date: 2023-04-13 10:00:00\n",
    "title: a: b\n", "title: Talks #1\n", "title: Talks # note\n", "title: 'quoted'\n",
    "title: trailing \n", "title:\ttab\n", "title:x\n", "participants:\n  - Indented\n",
    "participants:\n", "participants: []\nnext: x\n", "participants:\n- A\nparticipants:\n",
    "null: x\n", "yes: x\n", "Title-Case: x\n", "- a\n", "title: A\n\nvenue: B\n",
    "title: Mevlüt Çavuşoğlu meets Wang Yi\n", "title: Ministers’ talks, (again) & more!?\n",
    "participants:\n- 2021\n", "participants:\n- null\n- A\n",
    "meetings:\n- date: 2022-01-01\n  venue: Oslo\n",
    "meetings:\n- date: 2022-01-01\n  participants:\n  - A\n  - B\n  kind: phone\n- venue: null\nkind: x\n",
    "search:\n  exclude: true\n", "search:\n  exclude: True\n", "search:\n    exclude: true\n",
    "title:\n  Oslo\n", "title:\n  Oslo\n  Talks\n", "title: A\n  venue: x\n", "- - a\n",
    "key:\n- - a\n  - b\n- c\n", "key:\n- a\n  b\n", "key:\n  - a\n  - b\nnext: c\n", "key:\n- \n",
    "key:\n-\n", "key:\n- a: b\n    c: d\n", "a:\n  b:\n    c: []\n  d: false\n", "http://x: y\n",
    "title: x\r\n", "<<: {a: 1}\n", "title: A\ntitle: B\n",
])
def test_front_matter_reads_as_mkdocs_reads_it(front: str) -> None:
    same_as_mkdocs(f"---\n{front}---\n{BODY}")


def test_documents_without_front_matter_read_as_mkdocs_reads_them() -> None:
    for doc in ("# Title\n\nText\n", "key: value\nmore: x\n\nText\n", "---\ntitle: A\n", "---\n---\nx\n",
                "---\ntitle: A\n...\nText\n"):
        same_as_mkdocs(doc)


def test_articles_as_the_generator_writes_them_are_read_without_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = {"title": "Lavrov and Wang Yi meet in Oslo", "date": dt.date(2022, 3, 1), "venue": "Oslo",
              "country": "Norway", "participants": ["Sergey Lavrov", "Wang Yi"], "kind": "bilateral"}
    meetings = {**fields, "meetings": [
        {"date": dt.date(2022, 3, 1), "venue": None, "participants": ["A", "B"], "kind": "phone"},
        {"date": None, "participants": ["C"]}]}
    docs = [compose.dump_new(fields, BODY), compose.dump_new(meetings, BODY),
            "---\nformat: html\nsearch:\n  exclude: true\n---\n<h1>Listing</h1>\n"]
    expected = [meta.get_data(doc) for doc in docs]
    monkeypatch.setattr(meta, "get_data", lambda doc: pytest.fail("asked YAML"))
    assert [FrontMatter().get_data(doc) for doc in docs] == expected
    generated = FrontMatter().get_data("---\nformat: html\n---\n<h1>T</h1>\n")
    assert generated == ("<h1>T</h1>\n", {"format": "html"})


WORDS = st.sampled_from(["Oslo", "yes", "null", "2023-04-13", "2023-02-30", "12", "a: b", "x #y", "’s",
                         "Émile", "A  B", "A ", "'q'", "[]", "-", "~", "on", "1.5", "a,b", "(c)", "&d",
                         "!e", "%f", "?g", "", "0x1F", "1_000"])
LINES = st.one_of(
    st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["title", "venue", "yes", "k_1", "Key"]), WORDS),
    st.builds(lambda k: f"{k}:", st.sampled_from(["participants", "venue"])),
    st.builds(lambda v: f"- {v}", WORDS),
    st.sampled_from(["", "  - x", "#c", "a:b", "key:  two"]),
)


INDENTS = st.sampled_from(["", "  ", "    ", "- ", "  - ", "- - "])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(INDENTS, LINES), max_size=8))
def test_any_front_matter_of_these_lines_reads_as_mkdocs_reads_it(lines: list[tuple[str, str]]) -> None:
    same_as_mkdocs("---\n" + "".join(f"{indent}{line}\n" for indent, line in lines) + "---\n" + BODY)


SCALARS = st.one_of(WORDS, st.none(), st.booleans(), st.dates(), st.integers(-5, 5))
KEYS = st.sampled_from(["title", "date", "venue", "participants", "kind", "search", "exclude", "yes"])
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(KEYS, inner, max_size=3)),
                      max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=5), st.booleans())
def test_any_front_matter_pyyaml_writes_reads_as_mkdocs_reads_it(data: dict, indented: bool) -> None:
    import yaml

    class Indented(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)

    dumped = yaml.dump(data, Dumper=Indented if indented else yaml.SafeDumper, sort_keys=False,
                       allow_unicode=True, default_flow_style=False)
    same_as_mkdocs(f"---\n{dumped}---\n{BODY}")
