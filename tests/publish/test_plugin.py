"""The MkDocs plugin keeps one bad file from stopping the whole site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import make_site, write_article


def test_non_utf8_article_is_left_out_not_a_traceback(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", {"title": "Talks", "date": "2022-03-01", "venue": "Oslo",
                                 "country": "Norway", "participants": ["Wang Yi", "Sergey Lavrov"]})
    (root / "docs/articles/latin.md").write_bytes("---\ntitle: Réunion\n---\n\nGenève\n".encode("latin-1"))
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root, capture_output=True,
                         text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr and "articles/latin.md" in run.stderr
    assert (root / "site/articles/good/index.html").is_file()
    assert not (root / "site/articles/latin").exists()


def mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin",
           "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=root, capture_output=True, text=True,
                          env=env)


def generator(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          capture_output=True, text=True)


def test_strict_means_the_same_in_mkdocs_and_on_the_command_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", {"title": "Talks", "date": "2023-04-13", "venue": "Samarkand",
                                 "country": "Uzbekistan", "participants": ["Sergey Lavrov", "Qin Gang"]})
    assert mkdocs(root, "build", "--strict").returncode == 0
    write_article(root, "typo", {"title": "Talks", "date": "2023-04-13", "venue": "Samarkand",
                                 "country": "Uzbekistan", "participants": ["Sergey Lavrov", "Qin Gan"]})
    line = ("docs/articles/typo.md:6: warning: participants: 'Qin Gan' is not in the registry "
            "(did you mean Qin Gang?)")
    cli = generator(root, "build", "--strict")
    assert cli.returncode == 1 and line in cli.stderr.splitlines()
    strict = mkdocs(root, "build", "--strict")
    assert strict.returncode == 1, strict.stderr[-2000:]
    assert f"WARNING -  {line}" in strict.stderr.splitlines()
    assert "Aborted with 1 warnings in strict mode!" in strict.stdout + strict.stderr
    relaxed = mkdocs(root, "build")  # without --strict a warning is shown, and the site is built
    assert relaxed.returncode == 0 and f"WARNING -  {line}" in relaxed.stderr.splitlines()


def test_a_generator_error_is_an_mkdocs_error_with_the_same_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", {"title": "Talks", "date": "2023-04-13", "venue": "Samarkand",
                                 "country": "Uzbekistan", "participants": ["Sergey Lavrov", "Qin Gang"]})
    (root / "docs/articles/bad.md").write_text("---\ntitle: T\ndate: 2023-02-30\n---\n\nx\n",
                                               encoding="utf-8")
    cli = generator(root, "build", "--strict")
    errors = [line for line in cli.stderr.splitlines() if ": error: " in line]
    assert cli.returncode == 1 and errors == [
        "docs/articles/bad.md:3: error: date: '2023-02-30' is not a real date "
        "(expected a date YYYY-MM-DD or null)"]
    strict = mkdocs(root, "build", "--strict")
    assert strict.returncode == 1 and f"ERROR   -  {errors[0]}" in strict.stderr.splitlines()


def test_an_unexpected_failure_is_one_line_naming_the_file_not_a_traceback(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", {"title": "Talks", "date": "2022-03-01", "venue": "Oslo",
                                 "country": "Norway", "participants": ["Wang Yi", "Sergey Lavrov"]})
    (root / "templates").mkdir()
    (root / "templates/meeting.html.j2").write_text("<p>\n{{ 1 // 0 }}\n</p>\n", encoding="utf-8")
    run = mkdocs(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr[-3000:]
    assert "ERROR   -  templates/meeting.html.j2:2: error: unexpected ZeroDivisionError" in run.stderr
    assert "`.venv/bin/python -m generator --traceback build`" in run.stderr
