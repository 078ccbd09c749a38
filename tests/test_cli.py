"""The command line: exit codes and one-line messages naming the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import make_site, write_article


def cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          capture_output=True, text=True)


def test_build_ok_then_nothing_reannotated(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", {"a.txt": " date 2022-05-03 Ministers meet in Oslo\n\nText."})
    first = cli(root, "build")
    assert first.returncode == 0, first.stderr
    assert "1 created" in first.stderr and "Traceback" not in first.stderr
    second = cli(root, "build")
    assert second.returncode == 0 and "1 skipped" in second.stderr


def test_bad_seed_fails_build_but_others_are_built(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", {"good.txt": "Ministers meet in Oslo\n\nText.",
                                      "bad.txt": b"\x00\x01\x02" * 50, "empty.txt": ""})
    run = cli(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "seeds/bad.txt" in run.stderr and "seeds/empty.txt: error: empty file" in run.stderr
    assert (root / "docs/articles/good.md").is_file()


def test_check_reports_file_and_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "ok", {"title": "T", "participants": ["Wang Yi"]})
    (root / "docs/articles/broken.md").write_text("---\ntitle: T\ndate: 2023-02-30\n---\n\nx\n")
    run = cli(root, "check")
    assert run.returncode == 1
    assert "docs/articles/broken.md:3: error: date: '2023-02-30' is not a real date" in run.stderr


def test_root_must_exist(tmp_path: Path) -> None:
    assert cli(tmp_path / "nowhere", "check").returncode == 2


def test_check_names_a_misspelled_key_and_strict_fails_on_it(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    (root / "docs/articles").mkdir(parents=True)
    (root / "docs/articles/a.md").write_text(
        "---\ntitle: T\ndate: 2023-04-13\nvenue: Samarkand\ncountry: Uzbekistan\nparticipants: []\n"
        "contry: Uzbekistan\n---\n\nx\n", encoding="utf-8")
    run = cli(root, "check")
    assert run.returncode == 0, run.stderr
    assert ("docs/articles/a.md:7: warning: contry: unknown key 'contry' (did you mean country?)"
            in run.stderr.splitlines())
    assert cli(root, "check", "--strict").returncode == 1
