"""Hand edits survive every re-annotation; only untouched machine values are refreshed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.corpus import articles, frontmatter
from generator.model import Annotation, SourceDoc


def doc(text: str = "Ministers met in Oslo.", digest: str = "d1") -> SourceDoc:
    return SourceDoc(stem="a", path=Path("seeds/a.txt"), text=text, title="Ministers meet",
                     published=None, digest=digest)


def ann(venue: str | None = "Oslo", people: list[str] | None = None) -> Annotation:
    return Annotation(title="Ministers meet", date=dt.date(2021, 5, 4), venue=venue, country="Norway",
                      participants=people or ["Anniken Huitfeldt", "Ann Linde"], kind="bilateral")


def test_first_write_then_refresh_updates_untouched_fields(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    assert articles.write_article(path, state, doc(), ann(), "v1", "r1")[0] == "created"
    outcome, problems, conflicts = articles.write_article(path, state, doc(), ann(venue="Bergen"), "v2", "r1")
    assert outcome == "updated" and not conflicts and not problems
    assert frontmatter.parse(path.read_text(), "a").data["venue"] == "Bergen"


def test_researcher_edit_and_comment_survive_refresh(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    articles.write_article(path, state, doc(), ann(), "v1", "r1")
    edited = path.read_text().replace("venue: Oslo", "venue: Lillehammer  # per the readout")
    path.write_text(edited)
    outcome, problems, conflicts = articles.write_article(
        path, state, doc(), ann(venue="Bergen", people=["Ann Linde"]), "v2", "r1")
    text = path.read_text()
    assert "venue: Lillehammer  # per the readout" in text
    assert [c.field for c in conflicts] == ["venue"]
    assert conflicts[0].machine == "Bergen" and conflicts[0].researcher == "Lillehammer"
    assert "docs/articles/a.md" in str(problems[0]) and "Lillehammer" in str(problems[0])
    assert "Anniken Huitfeldt" not in text  # untouched participants did follow the annotator


def test_deleted_field_stays_deleted(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    articles.write_article(path, state, doc(), ann(), "v1", "r1")
    path.write_text(path.read_text().replace("country: Norway\n", ""))
    articles.write_article(path, state, doc(), ann(), "v2", "r1")
    assert "country:" not in path.read_text()


def test_edited_body_is_kept_when_the_seed_changes(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    articles.write_article(path, state, doc(), ann(), "v1", "r1")
    path.write_text(path.read_text() + "\nMy note.\n")
    articles.write_article(path, state, doc("New text.", "d2"), ann(), "v1", "r1")
    assert "My note." in path.read_text() and "New text." not in path.read_text()


def test_unedited_body_follows_the_seed(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    articles.write_article(path, state, doc(), ann(), "v1", "r1")
    articles.write_article(path, state, doc("New text.", "d2"), ann(), "v1", "r1")
    assert "New text." in path.read_text()


def test_without_a_record_everything_is_the_researchers(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    path.parent.mkdir(parents=True)
    path.write_text("---\ntitle: Mine\nvenue: Tromsø\n---\n\nMy text\n")
    before = path.read_text()
    assert articles.write_article(path, state, doc(), ann(), "v1", "r1")[0] == "adopted"
    assert path.read_text() == before


def test_broken_front_matter_is_left_untouched(tmp_path: Path) -> None:
    path, state = tmp_path / "docs/articles/a.md", tmp_path / ".generator"
    articles.write_article(path, state, doc(), ann(), "v1", "r1")
    broken = path.read_text().replace("venue: Oslo", "venue: [Oslo")
    path.write_text(broken)
    outcome, problems, _ = articles.write_article(path, state, doc(), ann(venue="Bergen"), "v2", "r1")
    assert outcome == "kept" and path.read_text() == broken and problems[0].line is not None
