"""Front matter the generator writes must read back; front matter a researcher broke is reported."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from generator.corpus import compose, frontmatter, schema

FILE = "docs/articles/x.md"


def parse(front: str) -> frontmatter.Parsed:
    return frontmatter.parse(f"---\n{front}---\n\nBody\n", FILE)


def test_a_value_shared_by_two_fields_is_written_out_twice_not_as_an_alias() -> None:
    # The annotator hands the same date object to the headline and to `meetings:`.
    day, people = dt.date(2021, 7, 14), ["Sergey Lavrov", "Wang Yi"]
    text = compose.dump_new({"title": "T", "date": day, "participants": people,
                                 "meetings": [{"date": day, "participants": people}]}, "Body\n")
    assert "&" not in text.split("---")[1] and "*" not in text.split("---")[1]
    parsed = frontmatter.parse(text, FILE)
    assert not parsed.problems and parsed.data["meetings"][0]["date"] == day


def test_update_writes_no_aliases_and_keeps_the_files_list_indent() -> None:
    day = dt.date(2021, 7, 14)
    for indent in ("", "  "):
        text = f"---\ntitle: T\nparticipants:\n{indent}- A B  # checked\n---\n\nBody\n"
        out = frontmatter.update_fields(text, {"date": day, "recalled": [{"date": day}, {"date": day}]})
        assert f"\n{indent}- A B  # checked\n" in out
        assert not frontmatter.parse(out, FILE).problems


def test_deeply_nested_yaml_is_refused_with_its_line() -> None:
    for nested in ("[" * 5000 + "]" * 5000, "{a: " * 3000 + "1" + "}" * 3000):
        parsed = parse(f"title: T\nvenue: {nested}\n")
        # Refused with its line, whoever refuses it: PyYAML >= 6.0.4 stops deep nesting itself
        # with its own wording, older releases leave it to the project's depth check.
        assert parsed.data is None and len(parsed.problems) == 1
        assert parsed.problems[0].line == 3 and parsed.problems[0].severity == "error"


def test_deep_block_nesting_is_refused() -> None:
    front = "title: T\nvenue:\n" + "".join(" " * i + "- \n" for i in range(0, 300))
    parsed = parse(front)
    assert parsed.data is None and len(parsed.problems) == 1
    assert parsed.problems[0].line is not None and parsed.problems[0].line >= 3


def test_normal_meetings_nesting_is_accepted() -> None:
    parsed = parse("title: T\nmeetings:\n- date: 2021-01-02\n  participants:\n  - A B\n"
                   "  - {name: C D}\n")
    assert parsed.data is not None and not parsed.problems


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 "lol"']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]")
    start = time.perf_counter()
    parsed = parse("title: T\n" + "\n".join(lines) + "\n")
    assert time.perf_counter() - start < 1.0
    assert parsed.data is None and "aliases" in parsed.problems[0].message
    assert parsed.problems[0].line == 3


def test_anchor_hidden_in_a_flow_mapping_and_a_merge_key_are_refused() -> None:
    for front in ("title: T\nx: {k: &a v}\ny: *a\n", "title: T\nbase: &b {venue: Oslo}\nm:\n  <<: *b\n"):
        parsed = parse(front)
        assert parsed.data is None and "aliases" in parsed.problems[0].message


def test_many_kinds_of_researcher_mistakes_each_named_with_a_line() -> None:
    parsed = parse("title: [a, b]\ndate: 13/04/2023\nvenue: {city: Oslo}\ncountry: true\n"
                   "participants: [Sergey Lavrov, {name: [x]}]\nkind: lunch\nmeetings: yes\n")
    _, problems = schema.validate(parsed.data, parsed.lines, FILE)
    errors = {p.field: p.line for p in problems if p.severity == "error"}
    assert errors == {"title": 2, "date": 3, "venue": 4, "country": 5, "participants": 6,
                      "kind": 7, "meetings": 8}


def test_tab_indentation_is_a_syntax_error_with_a_line() -> None:
    parsed = parse("title: T\nparticipants:\n\t- A B\n")
    assert parsed.data is None and parsed.problems[0].line == 4
    assert "YAML syntax error: a tab on this line" in parsed.problems[0].message


@pytest.mark.parametrize(("front", "line", "words"), [
    # file line 1 is '---': the front matter's first line is the file's line 2
    ('title: "Talks in Oslo\nvenue: Oslo\ncountry: Norway\n', 2, "quote opened on this line"),
    ("title: T\nvenue: 'Oslo\n", 3, "quote opened on this line"),
    ("title: T\nparticipants:\n  - A B\n - C D\nvenue: Oslo\n", 5, "YAML syntax error"),
    ("title: T\nmeetings:\n  - date: 2021-01-01\n    venue: X\n   country: Y\n", 6, "YAML syntax error"),
    ("title: T\n  venue: Oslo\ncountry: N\n", 3, "align the key"),
    ("title: Talks: a review\nvenue: X\n", 2, "quote the value"),
    ("title: T\nparticipants:\n\t- A B\n", 4, "tab"),
    ("title: T\n\tvenue: X\n", 3, "tab"),
    ("title: T\nvenue Oslo\ncountry: Norway\n", 3, "no ':' after it"),
    ("title: T\ndate: 2021-01-01\nvenue Oslo\n", 4, "no ':' after it"),
    ("title: T\nparticipants: [A, B\nvenue: X\n", 3, "'[' opened on this line"),
    ("title: T\nparticipants: [A,\n  B\n\n", 3, "'[' opened on this line"),
    ("title: [\n", 2, "'[' or '{' on this line"),
    ("title: T\nm: {a: 1\nvenue: X\n", 3, "'{' opened on this line"),
    ("title: T\nvenue: Oslo\n- x\n", 4, "YAML syntax error"),
])
def test_a_syntax_error_points_at_the_line_of_the_mistake(front: str, line: int, words: str) -> None:
    parsed = parse(front)
    assert parsed.data is None and len(parsed.problems) == 1
    problem = parsed.problems[0]
    assert (problem.line, problem.severity) == (line, "error"), problem
    assert words in problem.message and problem.message.startswith("YAML syntax error: "), problem


def test_python_tags_are_not_constructed() -> None:
    parsed = parse("title: !!python/object/apply:os.system ['echo hi']\n")
    assert parsed.data is None and "YAML syntax error" in parsed.problems[0].message


def test_a_misspelled_key_is_a_warning_at_its_line_with_the_key_meant() -> None:
    parsed = parse("title: T\ndate: 2023-04-13\nvenue: Samarkand\ncountry: Uzbekistan\n"
                   "partcipants:\n  - Sergey Lavrov\nTags: [x]\nmood: calm\n"
                   "meetings:\n- date: 2023-04-13\n  venu: Samarkand\n  participants: [Qin Gang]\n")
    _, problems = schema.validate(parsed.data, parsed.lines, FILE)
    unknown = [str(p) for p in problems if "unknown key" in p.message]
    assert unknown == [
        f"{FILE}:6: warning: partcipants: unknown key (did you mean participants?)",
        f"{FILE}:8: warning: Tags: unknown key (did you mean tags?)",
        f"{FILE}:9: warning: mood: unknown key (known keys: {', '.join(schema.KNOWN_KEYS)}; "
        "rename or remove it)",
        f"{FILE}:12: warning: venu: unknown key in meetings #1 (did you mean venue?)",
    ]


def test_every_key_the_annotator_writes_is_known() -> None:
    from generator.corpus.articles import machine_fields
    from generator.model import Annotation, MeetingMention

    meeting = MeetingMention(dt.date(2023, 4, 13), "Samarkand", "Uzbekistan", ["A B", "C D"], "bilateral")
    ann = Annotation(title="T", date=dt.date(2023, 4, 13), venue="Samarkand", country="Uzbekistan",
                     participants=["A B", "C D"], kind="bilateral", meetings=[meeting, meeting],
                     recalled=[meeting])
    parsed = frontmatter.parse(compose.dump_new(machine_fields(ann), "Body\n"), FILE)
    _, problems = schema.validate(parsed.data, parsed.lines, FILE)
    assert set(parsed.data) == {"title", "date", "venue", "country", "participants", "kind", "meetings",
                                "recalled"}
    assert not problems
