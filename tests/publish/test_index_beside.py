"""`mkdocs build` makes the search index beside the pages, and the site gets it whole."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_site, write_article
from tests.publish.test_plugin import mkdocs


def _site(tmp_path: Path) -> Path:
    root = make_site(tmp_path / "s")
    write_article(root, "talks", {"title": "Lavrov and Qin Gang meet", "date": "2023-04-13",
                                  "venue": "Samarkand", "country": "Uzbekistan",
                                  "participants": ["Sergey Lavrov", "Qin Gang"]})
    return root


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_build_from_nothing_puts_the_same_index_in_docs_and_in_the_site(tmp_path: Path) -> None:
    root = _site(tmp_path)
    run = mkdocs(root, "build", "--strict")
    assert run.returncode == 0, run.stderr[-3000:]
    assert "search index: made beside the pages" in run.stderr
    docs, built = _files(root / "docs/pagefind"), _files(root / "site/pagefind")
    assert "records.sha256" in docs and "pagefind-entry.json" in built
    assert {k: v for k, v in docs.items() if k != "records.sha256"} == built
    assert any(k.startswith("fragment/") for k in built)
    again = mkdocs(root, "build", "--strict")  # nothing changed: the index is current, still published
    assert again.returncode == 0 and "current" in again.stderr
    assert _files(root / "site/pagefind") == built


def test_a_folder_the_generator_did_not_write_fails_the_build_and_is_kept(tmp_path: Path) -> None:
    root = _site(tmp_path)
    mine = root / "docs/pagefind/mine.txt"
    mine.parent.mkdir(parents=True)
    mine.write_text("a researcher's file", encoding="utf-8")
    run = mkdocs(root, "build")
    assert run.returncode == 1 and "did not write" in run.stderr and "Traceback" not in run.stderr
    assert mine.read_text(encoding="utf-8") == "a researcher's file"
