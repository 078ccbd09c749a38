"""The product as a new user meets it: the shipped seeds built with `mkdocs build --strict`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.corpus.registry import load_registry
from tests.conftest import REPO, make_site

REGISTRY, _ = load_registry(None)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site(tmp_path_factory.mktemp("e2e") / "site")
    shutil.copytree(REPO / "seeds", root / "seeds", dirs_exist_ok=True)
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                         capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1",
                                                              "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert "WARNING" not in run.stderr
    return root


def meetings(root: Path) -> list[dict]:
    return json.loads((root / "docs/data/meetings.json").read_text(encoding="utf-8"))


def html(root: Path, page: str) -> str:
    return (root / "site" / page / "index.html").read_text(encoding="utf-8")


def find(ms: list[dict], *people: str, venue: str | None = None) -> list[dict]:
    """Meetings with all these people (any registry spelling) at this venue, reported as news."""
    people = tuple(REGISTRY.canonical(p) for p in people)
    return [m for m in ms if all(p in m["participants"] for p in people)
            and (venue is None or m["venue"] == venue) and m["sources"]]


def test_every_seed_becomes_an_article_page(built: Path) -> None:
    for seed in (REPO / "seeds").glob("*.txt"):
        assert (built / "docs/articles" / f"{seed.stem}.md").is_file()
        assert (built / "site/articles" / seed.stem / "index.html").is_file()


def test_meetings_json_follows_the_contract(built: Path) -> None:
    for m in meetings(built):
        assert set(m) >= {"id", "date", "venue", "country", "participants", "sources"}
        assert m["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"])
        assert all(isinstance(p, str) for p in m["participants"])


def test_lavrov_meets_qin_gang_in_samarkand(built: Path) -> None:
    found = find(meetings(built), "Sergey Lavrov", "Qin Gang", venue="Samarkand")
    talks = [m for m in found if m["kind"] != "multilateral"]  # the conference is its own meeting
    assert [m["date"] for m in talks] == ["2023-04-13"]
    assert {"000_b2f204fd38f5664e", "003_6af444e73ab24ed7"} <= set(talks[0]["sources"])


def test_lavrov_meets_khar_in_samarkand_april_2023(built: Path) -> None:
    found = find(meetings(built), "Sergey Lavrov", "Hina Rabbani Khar", venue="Samarkand")
    assert found and all((m["date"] or "2023-04")[:7] == "2023-04" for m in found)


def test_lavrov_qureshi_dushanbe_cites_both_articles(built: Path) -> None:
    found = find(meetings(built), "Sergey Lavrov", "Shah Mahmood Qureshi", venue="Dushanbe")
    assert len(found) == 1 and found[0]["date"] == "2021-07-14"
    assert {"002_e50ba9c15f04ec03", "004_9f8474191b6e5a16"} <= set(found[0]["sources"])


def test_wang_yi_met_qureshi_not_the_2023_samarkand_talks(built: Path) -> None:
    ms = meetings(built)
    assert find(ms, "Wang Yi", "Shah Mahmood Qureshi", venue="Dushanbe")
    assert not find(ms, "Wang Yi", venue="Samarkand")


def test_lavrov_page_links_each_meeting(built: Path) -> None:
    page = html(built, "ministers/sergey-lavrov")
    ms = meetings(built)
    for m in [*find(ms, "Sergey Lavrov", "Qin Gang", venue="Samarkand"),
              *find(ms, "Sergey Lavrov", "Hina Rabbani Khar", venue="Samarkand"),
              *find(ms, "Sergey Lavrov", "Shah Mahmood Qureshi", venue="Dushanbe")]:
        assert f'href="../../meetings/{m["id"]}/"' in page
    meeting = html(built, f"meetings/{find(ms, 'Sergey Lavrov', 'Shah Mahmood Qureshi')[0]['id']}")
    for stem in ("002_e50ba9c15f04ec03", "004_9f8474191b6e5a16"):
        assert f'href="../../articles/{stem}/"' in meeting


def test_site_has_no_cdn_and_only_relative_links(built: Path) -> None:
    for page in (built / "site").rglob("*.html"):
        if page.name == "404.html":
            continue  # served at any path, so MkDocs makes its links absolute from site_url
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "cdn.jsdelivr" not in text, page
        assert not re.search(r'(href|src)="/(?!/)', text), page


def test_generated_pages_say_so(built: Path) -> None:
    assert "Generated page" in (built / "docs/meetings/index.md").read_text(encoding="utf-8")


def test_the_network_links_everyone_who_met_on_a_small_site(built: Path) -> None:
    slugs = {p.name for p in (built / "site" / "ministers").iterdir() if p.is_dir()}
    met = {p for m in meetings(built) for p in m["participants"]}
    people = {s for s in slugs if any(re.sub(r"[^a-z]+", "-", n.lower()).strip("-") == s for n in met)}
    text = html(built, "network")
    svg = max(re.findall(r"<svg.*?</svg>", text, re.S), key=len)
    linked = set(re.findall(r'<a [^>]*href="\.\./ministers/([^/"]+)/"', svg))
    assert len(people) == len(met) and linked == people  # people named in passing met no one
