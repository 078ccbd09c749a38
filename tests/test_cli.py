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
    assert ("docs/articles/a.md:7: warning: contry: unknown key (did you mean country?)"
            in run.stderr.splitlines())
    assert cli(root, "check", "--strict").returncode == 1


def test_without_the_project_environment_it_says_how_to_run_it(tmp_path: Path) -> None:
    # A Python that lacks a dependency, as `python -m generator` outside the virtualenv.
    hide = "import sys, runpy; sys.modules['jinja2'] = None; sys.argv[0] = 'generator'; " \
           "runpy.run_module('generator', run_name='__main__', alter_sys=True)"
    run = subprocess.run([sys.executable, "-c", hide, "check"], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        f"error: the package 'jinja2' is not installed for {sys.executable} (run the generator with the "
        "project's environment: `.venv/bin/python -m generator check`; to create that: "
        "`python3 -m venv .venv && .venv/bin/pip install -c constraints.txt -e .`)"]


def test_an_unexpected_exception_names_the_article(tmp_path: Path, monkeypatch, capsys) -> None:
    from generator import cli as command
    from generator.corpus import schema

    root = make_site(tmp_path / "s")
    write_article(root, "a", {"title": "T", "participants": ["Wang Yi"]})

    def boom(*args: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(schema, "validate", boom)
    assert command.main(["--root", str(root), "check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "docs/articles/a.md: error: unexpected KeyError: 'boom' (a bug in the generator: please report it "
        f"with the output of `.venv/bin/python -m generator --traceback --root {root} check`; meanwhile "
        "move this file aside and run the command again)"]


def test_an_unexpected_exception_in_a_template_names_it_and_its_line(tmp_path: Path, capsys) -> None:
    from generator import cli as command

    root = make_site(tmp_path / "s")
    write_article(root, "a", {"title": "T", "date": "2022-03-01", "venue": "Oslo", "country": "Norway",
                              "participants": ["Wang Yi", "Sergey Lavrov"]})
    (root / "templates").mkdir()
    (root / "templates/meeting.html.j2").write_text("<p>\n{{ 1 // 0 }}\n</p>\n", encoding="utf-8")
    assert command.main(["--root", str(root), "--quiet", "render"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(
        "templates/meeting.html.j2:2: error: unexpected ZeroDivisionError while rendering pages:"), err
    assert err[0].endswith("if you changed this template, undo the change and run the command again)")


def test_a_near_miss_name_is_a_warning_an_unheard_of_one_a_review_item(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    where = {"title": "T", "date": "2023-04-13", "venue": "Samarkand", "country": "Uzbekistan"}
    write_article(root, "a", {**where, "participants": ["Sergey Lavrov", "Ivan Testovich"]})
    assert cli(root, "check", "--strict").returncode == 0  # the review queue lists Ivan Testovich
    write_article(root, "b", {**where, "participants": ["Sergey Lavrov", "Qin Gan"]})
    run = cli(root, "check", "--strict")
    assert run.returncode == 1 and run.stderr.splitlines()[:-1] == [
        "docs/articles/b.md:6: warning: participants: 'Qin Gan' is not in the registry "
        "(did you mean Qin Gang?)"]
