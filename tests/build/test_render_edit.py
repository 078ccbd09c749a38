"""After an edit, rendering only the pages it reaches leaves the same site as rendering afresh.

A synthetic corpus (recalled meetings, several reports per meeting, hundreds of officials) is
annotated and rendered once; then each edit a researcher might make to front matter is applied
and rendered incrementally, and every generated page, data file, panel and the manifest are
compared with a render of the same articles from nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator import pipeline as site
from generator.bench.corpus import venues, write_corpus
from generator.config import Settings
from generator.corpus.registry import Registry
from tests.conftest import make_site

N = 200


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, registry: Registry) -> Path:
    root = make_site(tmp_path_factory.mktemp("edit") / "site")
    write_corpus(registry, root / "seeds", N)
    settings = Settings.for_root(root, jobs=2)
    assert not site.annotate(settings, registry).failed
    assert not site.render(settings, registry).failed
    return root


def articles(root: Path) -> list[Path]:
    return sorted((root / "docs" / "articles").glob("*.md"))


def edit(path: Path, change: Callable[[dict], None]) -> None:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    change(data)
    path.write_text("---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n" + body,
                    encoding="utf-8")


def other_venue(registry: Registry) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        city, country = venues(registry)[-1]
        edit(articles(root)[N // 2], lambda d: d.update(venue=city, country=country))
    return apply


def shift_date(root: Path) -> None:
    edit(articles(root)[N // 3], lambda d: d.update(date=d["date"] + dt.timedelta(days=40)))


def drop_participant(root: Path) -> None:
    edit(articles(root)[7], lambda d: d.update(participants=d["participants"][:1]))


def add_participant(root: Path) -> None:
    last = yaml.safe_load(articles(root)[-1].read_text(encoding="utf-8").split("---\n")[1])
    someone = last["participants"][0]
    edit(articles(root)[11], lambda d: d.update(participants=[*d["participants"], someone]))


def retitle(root: Path) -> None:
    edit(articles(root)[13], lambda d: d.update(title="A title the researcher preferred"))


def delete(root: Path) -> None:
    articles(root)[17].unlink()


def add_copy(root: Path) -> None:
    source = articles(root)[19]
    shutil.copy(source, source.with_name("zz_added.md"))


def split_apart(root: Path) -> None:
    edit(articles(root)[1], lambda d: d.update(split=True))


def at_conference(root: Path) -> None:
    edit(articles(root)[23], lambda d: d.update(conference="G20"))


def unknown_person(root: Path) -> None:
    edit(articles(root)[29], lambda d: d.update(participants=[*d["participants"], "Ilse Vandermeer-Quist"]))


def several(root: Path) -> None:
    shift_date(root)
    drop_participant(root)
    delete(root)


EDITS = {"date": shift_date, "fewer people": drop_participant, "more people": add_participant,
         "title": retitle, "deleted": delete, "added": add_copy, "split": split_apart,
         "conference": at_conference, "unknown person": unknown_person, "several": several}


def output(root: Path) -> dict[str, object]:
    """Every generated file (pages, data, panels) and the manifest: what a build leaves."""
    files: dict[str, object] = {}
    for folder in (root / "docs", root / ".generator" / "panels"):
        for path in folder.rglob("*"):
            rel = path.relative_to(root).as_posix()
            if path.is_file() and not rel.startswith(("docs/articles/", "docs/assets/")):
                files[rel] = path.read_bytes()
    files["manifest"] = json.loads((root / ".generator" / "manifest.json").read_text(encoding="utf-8"))
    return files


def afresh(root: Path, to: Path, registry: Registry) -> dict[str, object]:
    make_site(to)
    shutil.copytree(root / "docs" / "articles", to / "docs" / "articles")
    shutil.copytree(root / ".generator" / "annotations", to / ".generator" / "annotations")
    site.render(Settings.for_root(to, jobs=2), registry)
    return output(to)


@pytest.mark.parametrize("name", [*EDITS, "venue"])
def test_an_edit_renders_what_a_build_from_scratch_renders(name: str, built: Path, tmp_path: Path,
                                                           registry: Registry) -> None:
    root = tmp_path / "site"
    shutil.copytree(built, root)
    (EDITS.get(name) or other_venue(registry))(root)
    result = site.render(Settings.for_root(root, jobs=2), registry)
    # A changed `split:` may regroup anything: that one edit is rendered as a whole.
    assert result.partial == (name != "split"), "the edit was rendered as a whole, not as an edit"
    assert not result.failed
    assert output(root) == afresh(root, tmp_path / "fresh", registry)


def test_a_second_edit_builds_on_the_first(built: Path, tmp_path: Path, registry: Registry) -> None:
    root = tmp_path / "site"
    shutil.copytree(built, root)
    for change in (shift_date, retitle, add_copy):
        change(root)
        assert site.render(Settings.for_root(root, jobs=2), registry).partial
    assert output(root) == afresh(root, tmp_path / "fresh", registry)


def test_a_broken_edit_is_reported_and_fixing_it_recovers(built: Path, tmp_path: Path,
                                                          registry: Registry) -> None:
    root = tmp_path / "site"
    shutil.copytree(built, root)
    article = articles(root)[5]
    good = article.read_text(encoding="utf-8")
    article.write_text(good.replace("participants:", "participants: [unclosed", 1), encoding="utf-8")
    broken = site.render(Settings.for_root(root, jobs=2), registry)
    assert broken.partial and broken.failed
    assert any(p.path == f"docs/articles/{article.name}" and p.line for p in broken.problems)
    assert output(root) == afresh(root, tmp_path / "fresh", registry)
    article.write_text(good, encoding="utf-8")
    fixed = site.render(Settings.for_root(root, jobs=2), registry)
    assert fixed.partial and not fixed.failed
    assert output(root) == afresh(root, tmp_path / "fresh-again", registry)
