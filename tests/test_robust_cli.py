"""Every bad input through the real command line: one line naming the file, the rest still built."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_site

TEXT = "Foreign Minister Sergey Lavrov met his Chinese counterpart Wang Yi in Moscow on 12 March 2022.\n"
PROBLEM = re.compile(r"^[^:\n]+(:\d+)?: (error|warning): .+$")
"""`path[:line]: severity: what (what to do)`: the one format every problem line has."""


def cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          capture_output=True, text=True)


def lines(run: subprocess.CompletedProcess[str]) -> list[str]:
    """Problem lines of a run; fails on a traceback or a line in no known shape."""
    assert "Traceback" not in run.stderr, run.stderr
    out = run.stderr.strip().splitlines()
    assert re.match(r"(build|annotate|render|check): ", out[-1]), out[-1]
    for line in out[:-1]:
        assert PROBLEM.match(line), line
    return out[:-1]


def one(found: list[str], path: str) -> str:
    hits = [line for line in found if line.startswith(path + ":")]
    assert len(hits) == 1, (path, found)
    return hits[0]


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One site holding every kind of seed a scraper leaves, built once."""
    seeds: dict[str, str | bytes] = {
        "utf8.txt": "Lavrov and Wang Yi meet in Moscow\n\n" + TEXT,
        "bom.txt": "\ufeffLavrov and Wang Yi hold talks over café\n\n" + TEXT,
        "utf16.txt": ("Lavrov and Wang Yi talk – Zoë reports\n\n" + TEXT).encode("utf-16"),
        "cp1252.txt": ("Lavrov’s talks with Wang Yi – “frank”\n\n" + TEXT).encode("cp1252"),
        "latin1.txt": ("Réunion à Genève des ministres étrangers\n\n" + TEXT).encode("latin-1"),
        "crlf.txt": ("Lavrov and Wang Yi meet again\r\n\r\n" + TEXT.replace("\n", "\r\n")).encode(),
        "empty.txt": "",
        "blank.txt": "  \n\n\t\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "name with spaces.txt": "Ministers meet in Oslo for talks\n\n" + TEXT,
        "Zoë à Genève.txt": "Ministers meet in Geneva for talks\n\n" + TEXT,
        "dup.txt": "First copy of the story on talks\n\n" + TEXT,
        "dup.md": "Second copy of the story on talks\n\n" + TEXT,
        "photo.jpg": b"\xff\xd8\xff\xe0",
        "only-date.txt": " date 2022-03-12\n",
    }
    root = make_site(tmp_path_factory.mktemp("messy") / "site", seeds)
    return root, cli(root, "build", "--jobs", "1")


def test_build_fails_but_builds_every_good_seed(messy: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    root, run = messy
    assert run.returncode == 1
    lines(run)
    built = {p.stem for p in (root / "docs/articles").glob("*.md")}
    assert built == {"utf8", "bom", "utf16", "cp1252", "latin1", "crlf", "name with spaces",
                     "Zoë à Genève", "dup"}


@pytest.mark.parametrize(("path", "message"), [
    ("seeds/empty.txt", "error: empty file (remove it or replace it with the article's text)"),
    ("seeds/blank.txt", "error: empty file"),
    ("seeds/binary.txt", "error: binary file"),
    ("seeds/dup.txt", "error: same stem as dup.md; both would become articles/dup.md (rename one"),
    ("seeds/photo.jpg", "warning: skipped: '.jpg' is not a text seed"),
    ("seeds/only-date.txt", "error: no article text (add the article's text)"),
])
def test_each_bad_seed_gets_one_line(messy: tuple[Path, subprocess.CompletedProcess[str]],
                                     path: str, message: str) -> None:
    assert message in one(lines(messy[1]), path)


Messy = tuple[Path, subprocess.CompletedProcess[str]]


def test_every_encoding_decodes_to_the_same_title(messy: Messy) -> None:
    root = messy[0]

    def title(stem: str) -> str:
        return (root / f"docs/articles/{stem}.md").read_text(encoding="utf-8").splitlines()[1]

    assert title("bom") == "title: Lavrov and Wang Yi hold talks over café"
    assert title("utf16") == "title: Lavrov and Wang Yi talk – Zoë reports"
    assert title("cp1252") == "title: Lavrov’s talks with Wang Yi – “frank”"
    assert title("latin1") == "title: Réunion à Genève des ministres étrangers"
    assert "\r" not in (root / "docs/articles/crlf.md").read_text(encoding="utf-8")


def test_unicode_and_spaced_names_pass_mkdocs_strict(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", {
        "name with spaces.txt": "Ministers meet in Oslo for talks\n\n" + TEXT,
        "Zoë à Genève.txt": "Ministers meet in Geneva today\n\n" + TEXT})
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                         capture_output=True, text=True,
                         env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert (root / "site/articles/name with spaces/index.html").is_file()
    assert (root / "site/articles/Zoë à Genève/index.html").is_file()
    index = (root / "site/sources/index.html").read_text(encoding="utf-8")
    assert "name%20with%20spaces/" in index and "Zo%C3%AB%20%C3%A0%20Gen%C3%A8ve/" in index


def test_check_reports_each_broken_front_matter_with_file_and_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    articles = root / "docs/articles"
    articles.mkdir(parents=True)
    files = {
        "syntax.md": "---\ntitle: T\nparticipants: [A, B\nvenue: X\n---\n\nx\n",
        "types.md": "---\ntitle: Talks\ndate: 2023-02-30\nvenue: [Oslo]\n"
                    "participants: Sergey Lavrov\n---\nx\n",
        "names.md": "---\ntitle: Talks\ndate: 2023-02-03\nvenue: null\ncountry: null\n"
                    "participants:\n  - Sergei Lavrow\n---\nx\n",
        "bomb.md": "---\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n"
                   "c: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\nx\n",
        "deep.md": "---\ntitle: T\nvenue: " + "[" * 2000 + "]" * 2000 + "\n---\nx\n",
        "unclosed.md": "---\ntitle: T\n",
        "hostile.md": "---\ntitle: <img src=x onerror=alert(1)>\ndate: null\nvenue: null\ncountry: null\n"
                      "participants: []\n---\nx\n",
    }
    for name, text in files.items():
        (articles / name).write_text(text, encoding="utf-8")
    (articles / "latin.md").write_bytes("---\ntitle: Réunion à Genève\n---\nx\n".encode("latin-1"))
    (articles / "bin.md").write_bytes(b"\x00\x01\x02" * 30)
    run = cli(root, "check")
    assert run.returncode == 1
    found = lines(run)
    assert "'[' opened on this line" in one(found, "docs/articles/syntax.md:3")
    assert "date: '2023-02-30' is not a real date" in one(found, "docs/articles/types.md:3")
    assert "venue: expected text, found list" in one(found, "docs/articles/types.md:4")
    assert "participants: expected a list of names" in one(found, "docs/articles/types.md:5")
    assert "did you mean Sergey Lavrov" in one(found, "docs/articles/names.md:6")
    assert "aliases (&, *) are not allowed" in one(found, "docs/articles/bomb.md:3")
    assert ": error: " in one(found, "docs/articles/deep.md:3")  # refused at its line, any wording
    assert "not closed" in one(found, "docs/articles/unclosed.md:1")
    assert "title: '<' or '>'" in one(found, "docs/articles/hostile.md:2")
    assert "saved as cp1252, not UTF-8" in one(found, "docs/articles/latin.md:1")
    assert "binary file" in one(found, "docs/articles/bin.md")


def test_build_with_broken_articles_still_renders_the_good_ones(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", {"good.txt": "Lavrov meets Wang Yi in Moscow\n\n" + TEXT})
    articles = root / "docs/articles"
    articles.mkdir(parents=True)
    (articles / "broken.md").write_text("---\ntitle: [\n---\nx\n", encoding="utf-8")
    (articles / "mine.md").write_text(  # a researcher's own article, with no seed
        "---\ntitle: My note\ndate: 2022-05-01\nvenue: Oslo\ncountry: Norway\n"
        "participants: [Sergey Lavrov, Wang Yi]\n---\n\nMy text.\n", encoding="utf-8")
    run = cli(root, "build", "--jobs", "1")
    assert run.returncode == 1
    assert "YAML syntax error" in one(lines(run), "docs/articles/broken.md:2")
    assert "2 articles" in run.stderr
    assert (root / "docs/meetings/2022-05-01-oslo-sergey-lavrov-wang-yi.md").is_file()
    assert cli(root, "build").returncode == 1  # the researcher's article stays, never deleted
    assert (articles / "mine.md").read_text(encoding="utf-8").endswith("My text.\n")


def test_refresh_keeps_edits_and_reports_each_conflict(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", {"a.txt": "Lavrov meets Wang Yi in Moscow\n\n" + TEXT})
    assert cli(root, "build", "--jobs", "1").returncode == 0
    article = root / "docs/articles/a.md"
    text = article.read_text(encoding="utf-8")
    assert "venue: Moscow\n" in text
    edited = text.replace("---\ntitle:", "---\n# corrected by hand\ntitle:", 1).replace(
        "venue: Moscow\n", "venue: Moscow Oblast  # per the readout\n")
    article.write_text(edited, encoding="utf-8")
    seed = root / "seeds/a.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("12 March", "14 March"), encoding="utf-8")
    run = cli(root, "annotate", "--refresh", "--jobs", "1")
    assert run.returncode == 0
    conflict = one(lines(run), "docs/articles/a.md:5")
    assert conflict == ("docs/articles/a.md:5: warning: venue: kept your value 'Moscow Oblast'; "
                        "the annotator now proposes 'Moscow' (edit the field if the proposal is right)")
    after = article.read_text(encoding="utf-8")
    assert "# corrected by hand\n" in after and "venue: Moscow Oblast  # per the readout\n" in after
    assert "date: 2022-03-14\n" in after  # an untouched field follows the new extraction


def test_lost_state_folder_is_recovered(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", {"a.txt": "Lavrov meets Wang Yi in Moscow\n\n" + TEXT})
    assert cli(root, "build").returncode == 0
    shutil.rmtree(root / ".generator")  # a fresh clone of a site whose .generator/ was not committed
    again = cli(root, "build")
    assert again.returncode == 0, again.stderr


def test_unexpected_failure_is_one_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", {"a.txt": "Lavrov meets Wang Yi in Moscow\n\n" + TEXT})
    (root / "docs/articles").write_text("a file where the folder belongs")
    run = cli(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        "docs/articles: error: File exists (a file stands where a folder is needed; move it away, "
        "then run the command again)"]
