"""Front matter a researcher broke is reported with its line; valid edits round-trip intact."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.corpus import frontmatter, schema


def parse(front: str):
    return frontmatter.parse(f"---\n{front}---\n\nBody\n", "docs/articles/x.md")


def test_valid_front_matter_and_key_lines() -> None:
    parsed = parse("title: T\ndate: 2023-04-13\nvenue: Samarkand\nparticipants:\n  - A B\n")
    assert parsed.data is not None and parsed.data["date"] == dt.date(2023, 4, 13)
    assert parsed.lines == {"title": 2, "date": 3, "venue": 4, "participants": 5}
    assert parsed.body == "\nBody\n"


def test_syntax_error_names_file_and_line() -> None:
    parsed = parse("title: T\nparticipants: [A, B\nvenue: X\n")
    assert parsed.data is None
    message = str(parsed.problems[0])
    assert message.startswith("docs/articles/x.md:") and "YAML syntax error" in message


def test_impossible_date_is_a_field_problem_with_line() -> None:
    parsed = parse("title: T\ndate: 2023-02-30\n")
    values, problems = schema.validate(parsed.data, parsed.lines, "docs/articles/x.md")
    assert values["date"] is None
    assert problems[0].field == "date" and problems[0].line == 3 and "not a real date" in problems[0].message


def test_wrong_types_are_reported() -> None:
    parsed = parse("title: T\nparticipants: Sergey Lavrov\nkind: lunch\n")
    _, problems = schema.validate(parsed.data, parsed.lines, "docs/articles/x.md")
    fields = {p.field: p for p in problems if p.severity == "error"}
    assert fields["participants"].line == 3 and "list" in fields["participants"].message
    assert fields["kind"].line == 4


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
    bomb += "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    parsed = parse(bomb)
    assert parsed.data is None and "aliases" in parsed.problems[0].message


def test_missing_or_unclosed_front_matter() -> None:
    assert "no front matter" in frontmatter.parse("Just text", "x.md").problems[0].message
    assert "not closed" in frontmatter.parse("---\ntitle: T\n", "x.md").problems[0].message


def test_update_keeps_comments_order_and_body() -> None:
    text = ("---\n# checked against the ministry readout\ntitle: T\nvenue: Oslo  # not Bergen\n"
            "date: 2020-01-02\nparticipants:\n  - A B\n---\n\nBody <b>kept</b>\n")
    out = frontmatter.update_fields(text, {"date": dt.date(2020, 1, 3)})
    assert "# checked against the ministry readout" in out and "# not Bergen" in out
    assert out.index("title") < out.index("venue") < out.index("date")
    assert "date: 2020-01-03" in out and out.endswith("\n\nBody <b>kept</b>\n")


def test_escaped_body_has_no_live_markup() -> None:
    body = frontmatter.escaped_body('<script>alert(1)</script>\n[x](javascript:alert(1)) & "q"')
    assert "<script>" not in body and "&lt;script&gt;" in body and "&amp;" in body


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_raises(text: str) -> None:
    parsed = frontmatter.parse(f"---\n{text}\n---\n", "x.md")
    if parsed.data is not None:
        schema.validate(parsed.data, parsed.lines, "x.md")
    else:
        assert parsed.problems


def test_split_and_conference_are_checked() -> None:
    parsed = parse("title: T\nsplit: {a: 1}\nconference: [x]\n")
    _, problems = schema.validate(parsed.data, parsed.lines, "docs/articles/x.md")
    fields = {p.field: p.line for p in problems if p.severity == "error"}
    assert fields == {"split": 3, "conference": 4}
    ok = parse("title: T\nsplit: [a, b]\nconference: SCO\n")
    values, problems = schema.validate(ok.data, ok.lines, "docs/articles/x.md")
    assert values["split"] == ["a", "b"] and values["conference"] == "SCO"
    assert not [p for p in problems if p.severity == "error"]
