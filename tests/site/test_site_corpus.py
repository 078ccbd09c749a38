"""A site built from a hand-written corpus (tests/fixtures/meetings): meetings, people, places,
conferences, recalled meetings and the review queue, checked page by page and link by link.

The corpus overlaps on purpose: the same talks reported by several articles with a missing date,
a date a day off, a venue given only as a country, partial participant lists, one article that
reports two meetings, recollections, a researcher's `group:` and `split:`, an unknown person.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline as site
from generator.config import Settings
from generator.corpus.registry import Registry
from generator.site import urls
from tests.conftest import make_site, write_article

FIXTURE = Path(__file__).parents[1] / "fixtures" / "meetings"
LINK = re.compile(r'\]\(([^)\s]+)\)|href="([^"]+)"')
"""A link in a generated page: Markdown (listings) or HTML (meetings, people, places)."""


def build_fixture(root: Path, registry: Registry | None = None) -> Path:
    make_site(root)
    shutil.copytree(FIXTURE / "docs" / "articles", root / "docs" / "articles")
    shutil.copytree(FIXTURE / ".generator", root / ".generator")
    result = site.render(Settings.for_root(root), registry)
    assert not result.failed, [str(p) for p in result.problems]
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, registry: Registry) -> Path:
    return build_fixture(tmp_path_factory.mktemp("corpus") / "site", registry)


def meetings(root: Path) -> list[dict]:
    return json.loads((root / "docs/data/meetings.json").read_text(encoding="utf-8"))


def with_people(ms: list[dict], *people: str, venue: str | None = None) -> list[dict]:
    return [m for m in ms if set(people) <= set(m["participants"]) and (venue is None or m["venue"] == venue)]


def page(root: Path, path: str) -> str:
    return (root / "docs" / path).read_text(encoding="utf-8")


def section(text: str, word: str) -> str:
    """The body of the first `## ` section whose heading contains `word`."""
    parts = re.split(r"^## |^<h2[^>]*>", text, flags=re.M)
    return next(p.split("\n", 1)[1] for p in parts[1:] if word in p.split("\n", 1)[0])


def test_samarkand_talks_are_one_meeting_with_all_sources(built: Path) -> None:
    ms = meetings(built)
    bilateral = [m for m in with_people(ms, "Sergey Lavrov", "Qin Gang", venue="Samarkand")
                 if len(m["participants"]) == 2]
    assert len(bilateral) == 1
    m = bilateral[0]
    # A report a day late, one naming only the country and one that guessed the talks multilateral
    # join the same meeting; the wrong guess is a conflict, outvoted.
    assert m["sources"] == ["s01_samarkand_bilateral", "s03_samarkand_late", "s04_samarkand_country_only",
                            "s08_samarkand_multilateral_guess"]
    assert m["date"] == "2023-04-13" and m["conflicts"]["date"]["s03_samarkand_late"] == "2023-04-14"
    assert "venue" in m["filled"]
    assert m["kind"] == "bilateral"
    assert m["conflicts"]["kind"]["s08_samarkand_multilateral_guess"] == "multilateral"
    text = page(built, urls.meeting(m["id"]))
    assert "Sources disagree" in text and "kind" in section(text, "What each source says")
    assert "<small>multilateral</small>" in text  # each source's kind, side by side


def test_four_way_session_is_separate_and_takes_the_partial_undated_report(built: Path) -> None:
    ms = meetings(built)
    quad = with_people(ms, "Sergey Lavrov", "Qin Gang", "Hossein Amir-Abdollahian", "Hina Rabbani Khar")
    assert len(quad) == 1
    assert quad[0]["sources"] == ["s01_samarkand_bilateral", "s02_samarkand_quad", "s05_samarkand_partial"]
    assert "participants" in quad[0]["filled"] and "participants" not in quad[0]["conflicts"]
    khar = [m for m in with_people(ms, "Sergey Lavrov", "Hina Rabbani Khar") if len(m["participants"]) == 2]
    assert [m["sources"] for m in khar] == [["s06_samarkand_khar"]]


def test_dushanbe_meetings_each_appear_once_and_one_article_feeds_two(built: Path) -> None:
    ms = meetings(built)
    lq = [m for m in with_people(ms, "Sergey Lavrov", "Shah Mehmood Qureshi", venue="Dushanbe")
          if m["kind"] != "multilateral"]
    wq = [m for m in with_people(ms, "Wang Yi", "Shah Mehmood Qureshi", venue="Dushanbe")
          if m["kind"] != "multilateral"]
    assert [m["sources"] for m in lq] == [["d01_dushanbe_sco", "d02_dushanbe_undated", "d04_dushanbe_two"]]
    assert [m["sources"] for m in wq] == [["d03_dushanbe_wang", "d04_dushanbe_two"]]
    assert lq[0]["date"] == "2021-07-14" and lq[0]["conference"] == "SCO 2021"


def test_recalled_meeting_is_not_sourced_and_is_on_both_timelines(built: Path) -> None:
    ms = meetings(built)
    delhi = with_people(ms, "Sergey Lavrov", "Qin Gang", venue="New Delhi")
    assert len(delhi) == 1
    m = delhi[0]
    assert m["sources"] == [] and m["recalled"] is True
    assert m["recalled_in"] == ["s01_samarkand_bilateral", "s08_recall_only"]
    for person in ("sergey-lavrov", "qin-gang"):
        text = page(built, urls.person(person))
        link = f'href="{urls.rel(urls.person(person), urls.meeting(m["id"]))}"'
        # The table's row, not the strip of meetings over time (which links the meeting too).
        row = next(line for line in text.splitlines() if link in line and line.startswith("<tr>"))
        assert "recalled in" in row and 'href="../articles/s01_samarkand_bilateral.md"' in row
    assert "Recalled meeting" in page(built, urls.meeting(m["id"]))


def test_researcher_split_and_group_win_over_the_rules(built: Path) -> None:
    ms = meetings(built)
    moscow = with_people(ms, "Sergey Lavrov", "Wang Yi", venue="Moscow")
    assert sorted(m["sources"] for m in moscow) == [["x08_moscow_talks"], ["x09_moscow_dinner"]]
    assert len({m["id"] for m in moscow}) == 2
    york = with_people(ms, "Sergey Lavrov", "Shah Mehmood Qureshi", venue="New York")
    assert [m["sources"] for m in york] == [["x10_forced_a", "x11_forced_b"]]


def test_meeting_page_shows_sources_side_by_side(built: Path) -> None:
    goa = with_people(meetings(built), "Sergey Lavrov", "Bilawal Bhutto Zardari", venue="Goa")[0]
    text = page(built, urls.meeting(goa["id"]))
    assert "Sources disagree" in text and "date, participants" in text
    rows = [line for line in text.splitlines() if line.startswith('<tr><td><a href="../articles/x0')]
    assert len(rows) == 2
    assert "Qin Gang" in rows[0] and "Wang Yi" in rows[1] and "<td class=\"date\">2023-05-05</td>" in rows[1]
    # Each participant says how many sources name them.
    assert "<em>(1 of 2 sources)</em>" in text


def test_pair_previous_and_next_meetings_are_linked(built: Path) -> None:
    ms = meetings(built)
    islamabad = with_people(ms, "Sergey Lavrov", "Shah Mehmood Qureshi", venue="Islamabad")[0]
    # Two Dushanbe meetings of the pair on one day: the session (its id sorts first), then the talks.
    session, talks = sorted(m["id"] for m in with_people(ms, "Sergey Lavrov", "Shah Mehmood Qureshi",
                                                           venue="Dushanbe"))
    steps = section(page(built, urls.meeting(islamabad["id"])), "before and after")
    row = next(line for line in steps.splitlines() if "Shah Mehmood Qureshi" in line)
    assert row.endswith(f'<td>—</td><td><a href="{session}.md">2021-07-14 · Dushanbe</a></td></tr>')
    steps = section(page(built, urls.meeting(talks)), "before and after")
    row = next(line for line in steps.splitlines() if "Shah Mehmood Qureshi" in line)
    assert f'href="{session}.md"' in row
    assert row.endswith('href="2021-09-20-new-york-sergey-lavrov-shah-mehmood-qureshi.md">'
                        '2021-09-20 · New York</a></td></tr>')


def test_person_page_ranks_counterparts_and_lists_mentions(built: Path) -> None:
    text = page(built, urls.person("sergey-lavrov"))
    counterparts = section(text, "Counterparts")
    rows = [line for line in counterparts.splitlines() if line.startswith("<tr><td><a ")]
    counts = [int(re.findall(r"<td>(\d+)</td>", line)[-1]) for line in rows]
    assert counts == sorted(counts, reverse=True)
    # Guilin, the SCO session, Tunxi, two Moscow meetings, Goa (one source names Wang Yi).
    assert rows[0] == ('<tr><td><a href="wang-yi.md">Wang Yi</a></td>'
                       '<td><a href="../countries/china.md">China</a></td><td>6</td></tr>')
    qureshi = ('<tr><td><a href="shah-mehmood-qureshi.md">Shah Mehmood Qureshi</a></td>'
               '<td><a href="../countries/pakistan.md">Pakistan</a></td><td>4</td></tr>')
    assert qureshi in rows
    wang = page(built, urls.person("wang-yi"))
    assert ">Mentioned without a meeting</h2>" in wang and 'href="../articles/x07_no_meeting.md"' in wang
    assert ">Roles</h2>" in wang and "foreign minister" in wang


def test_places_countries_and_conferences_have_pages(built: Path) -> None:
    sam = page(built, urls.venue("samarkand"))
    assert '<a href="../countries/uzbekistan.md">Uzbekistan</a>' in sam and "Hina Rabbani Khar" in sam
    assert "Samarkand" in page(built, urls.country("uzbekistan"))
    sco = page(built, urls.conference("sco-2021"))
    assert sco.count('href="../meetings/2021-07-14-dushanbe') == 2
    assert (built / "docs" / urls.conference("g20-2023")).is_file()
    # A conference given as the venue is not a place page.
    assert not list((built / "docs/venues").glob("g20*"))
    assert '<a href="sco-2021.md">SCO 2021</a>' in page(built, urls.CONFERENCES)


def test_review_queue_lists_each_kind_of_doubt_with_evidence(built: Path) -> None:
    text = page(built, urls.REVIEW)
    unknown = section(text, "not in the registry")
    assert "Ivan Testovich" in unknown and "visiting envoy Ivan Testovich" in unknown
    assert 'href="articles/x06_unknown_guest.md"' in unknown
    low = section(text, "confidence")
    assert "x12_tunxi" in low and "The talks ended on Thursday" in low
    assert section(text, "disagree").count('href="meetings/') >= 3
    none = section(text, "no meeting")
    assert 'href="articles/x07_no_meeting.md"' in none and 'href="articles/s08_recall_only.md"' in none


def test_every_link_in_generated_pages_resolves(built: Path) -> None:
    docs = built / "docs"
    checked = 0
    for path in docs.rglob("*.md"):
        rel = path.relative_to(docs).as_posix()
        if rel.startswith("articles/"):
            continue
        for target in (md or html for md, html in LINK.findall(path.read_text(encoding="utf-8"))):
            assert not target.startswith(("/", "http")), (rel, target)
            resolved = (path.parent / target.split("#")[0]).resolve()
            assert resolved.is_file(), (rel, target)
            checked += 1
    assert checked > 300


def test_ids_stay_when_an_unrelated_article_arrives(tmp_path: Path, registry: Registry) -> None:
    root = build_fixture(tmp_path / "site", registry)
    before = {m["id"]: m["sources"] for m in meetings(root)}
    write_article(root, "a00_new", {"title": "Unrelated", "date": "2020-01-05", "venue": "Oslo",
                                    "country": "Norway", "participants": ["Sergey Lavrov", "Qin Gang"]})
    site.render(Settings.for_root(root), registry)
    after = {m["id"]: m["sources"] for m in meetings(root)}
    assert all(after.get(k) == v for k, v in before.items())
    assert len(after) == len(before) + 1


def test_view_pages_draw_inline_svg_whose_marks_link_to_pages(built: Path) -> None:
    text = page(built, urls.NETWORK)
    assert '<svg class="view network"' in text and '<a href="ministers/sergey-lavrov.md"' in text
    assert '<td><a href="ministers/sergey-lavrov.md">Sergey Lavrov</a></td>' in text  # the pairs table
    assert '<svg class="view timeline"' in page(built, urls.TIMELINE)
    assert '<a href="venues/' in page(built, urls.MAP)


def test_fixture_site_passes_mkdocs_strict(tmp_path: Path) -> None:
    root = build_fixture(tmp_path / "site")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                         capture_output=True, text=True,
                         env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert "WARNING" not in run.stderr
    lavrov = (root / "site/ministers/sergey-lavrov/index.html").read_text(encoding="utf-8")
    assert 'href="../../meetings/2023-03-02-new-delhi-qin-gang-sergey-lavrov/"' in lavrov
    assert "recalled in" in lavrov and "assets/tables.js" in lavrov
    views = {root / "site" / v.removesuffix(".md") / "index.html" for v in urls.VIEWS}
    for html in (root / "site").rglob("*.html"):
        # A view carries its picture (the map, ~60 KB of country shapes): its own budget, whatever the corpus.
        assert len(html.read_bytes()) < (400_000 if html in views else 60_000), html
