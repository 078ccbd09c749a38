"""A build killed at any point leaves each file old or new, and the next build recovers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.corpus import frontmatter
from generator.writer import Manifest, atomic_write, remove_stale_temporaries
from tests.conftest import make_site

SEEDS = {f"s{i}.txt": f" date 2023-03-{i + 1:02d} Sergey Lavrov meets Wang Yi in Moscow\n\n"
                      f"Foreign Minister Sergey Lavrov met Wang Yi in Moscow on {i + 1} March 2023.\n"
         for i in range(6)}

KILL_AT = """
import os, sys
from generator import cli
calls = 0
real = os.replace
def dying_replace(src, dst):
    global calls
    calls += 1
    if calls == {n}:
        os._exit(9)  # killed after the temporary is written, before the rename
    return real(src, dst)
os.replace = dying_replace
sys.exit(cli.main(["--root", sys.argv[1], "build", "--jobs", "1"]))
"""


def cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          capture_output=True, text=True)


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted((root / "docs").rglob("*")) if p.is_file() and p.name != "review.md"}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = make_site(tmp_path_factory.mktemp("clean") / "site", SEEDS)
    assert cli(root, "build", "--jobs", "1").returncode == 0
    return snapshot(root)


@pytest.mark.parametrize("kill_at", [3, 14, 30])
def test_killed_build_leaves_whole_files_and_the_next_build_recovers(
        tmp_path: Path, kill_at: int, clean: dict[str, bytes]) -> None:
    root = make_site(tmp_path / "site", SEEDS)
    killed = subprocess.run([sys.executable, "-c", KILL_AT.replace("{n}", str(kill_at)), str(root)],
                            capture_output=True, text=True)
    assert killed.returncode == 9, killed.stderr
    for article in (root / "docs/articles").glob("*.md"):  # every article is whole
        assert frontmatter.parse(article.read_text(encoding="utf-8"), article.name).data
    assert list(root.rglob("*.tmp")), "the kill should have left a temporary behind"
    again = cli(root, "build", "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert "error" not in again.stderr.split("build:")[0]
    assert not list(root.rglob("*.tmp"))
    assert not (root / ".generator/manifest.json.pending").exists()
    assert snapshot(root) == clean


def test_files_written_by_a_killed_render_still_count_as_generated(tmp_path: Path) -> None:
    page = tmp_path / "docs/meetings/m.md"
    first = Manifest(tmp_path / ".generator/manifest.json", tmp_path)
    first.write(page, "one")  # killed before save(): only the journal knows
    second = Manifest(tmp_path / ".generator/manifest.json", tmp_path)
    assert second.owns(page)
    second.write(page, "two")  # no "exists but was not generated"
    second.save()
    assert page.read_text() == "two" and not second.journal.exists()


def test_stale_file_from_a_killed_render_is_removed_later(tmp_path: Path) -> None:
    gone = tmp_path / "docs/meetings/gone.md"
    Manifest(tmp_path / ".generator/manifest.json", tmp_path).write(gone, "x")
    later = Manifest(tmp_path / ".generator/manifest.json", tmp_path)
    later.write(tmp_path / "docs/meetings/kept.md", "y")
    assert later.remove_stale() == ["docs/meetings/gone.md"] and not gone.exists()


def test_researchers_file_is_never_claimed_or_deleted(tmp_path: Path) -> None:
    mine = tmp_path / "docs/meetings/notes.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("my notes")
    manifest = Manifest(tmp_path / ".generator/manifest.json", tmp_path)
    with pytest.raises(FileExistsError):
        manifest.write(mine, "generated")
    manifest.save()
    assert Manifest(tmp_path / ".generator/manifest.json", tmp_path).remove_stale() == []
    assert mine.read_text() == "my notes"


def test_only_our_temporaries_are_cleared(tmp_path: Path) -> None:
    ours = tmp_path / ".generator/annotations/.a.json.ab12_xyz.tmp"
    theirs = tmp_path / ".generator/annotations/.draft.tmp"
    for p in (ours, theirs):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    Manifest(tmp_path / ".generator/manifest.json", tmp_path)
    assert not ours.exists() and theirs.exists()
    assert remove_stale_temporaries(tmp_path) == 0


def test_atomic_write_leaves_nothing_when_interrupted(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.md"
    target.write_text("old")

    def boom(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("generator.writer.os.replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.md"]



def test_pages_we_evidently_made_are_adopted_without_a_manifest(tmp_path: Path) -> None:
    same, marked = tmp_path / "docs/data/m.json", tmp_path / "docs/meetings/a.md"
    other = tmp_path / "docs/data/other.json"
    for path, text in ((same, "[]"), (other, "the researcher's"),
                       (marked, '# A\n<small class="generated-note">Generated page: x</small>')):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    manifest = Manifest(tmp_path / ".generator/manifest.json", tmp_path)
    manifest.write(same, "[]")  # byte-identical to what we write
    manifest.write(marked, "# A, rendered again")  # carries the generated-page note
    with pytest.raises(FileExistsError):
        manifest.write(other, "[]")  # neither: someone else's file
    assert marked.read_text() == "# A, rendered again" and other.read_text() == "the researcher's"
