"""Pages stay small however large the corpus: indexes paginate, long careers get per-year pages.

A synthetic corpus (articles written straight as front matter, so no annotation runs) in which one
minister meets hundreds of counterparts over several years; every generated page is then checked
against the row and size budgets.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from generator import pipeline as site
from generator.config import Settings
from generator.corpus.registry import Registry
from generator.knowledge import grouping, grouping_index
from generator.model import MeetingReport
from generator.site import listing, urls
from tests.conftest import make_site, write_article

N = 600
MARKDOWN_BUDGET = 36_000
"""Bytes of generated Markdown a page may hold: Material adds ~13 KB, HTML tags ~30 %, < 60 KB."""
VIEW_BUDGET = 360_000
"""Bytes a view page (network, timeline, map) may hold: a picture capped whatever the corpus, under
the 400 KB a view's HTML may weigh."""
ROW = re.compile(r"^\| (?!-)|<tr>", re.M)


def synthetic_corpus(root: Path, registry: Registry, n: int, seed: int = 7) -> None:
    """`n` articles: the busiest person meets others in many places; some reports repeat."""
    rng = random.Random(seed)
    people = sorted(p.name for p in registry.people.values() if p.country)[:400]
    places = sorted((p.name, p.country) for p in registry.places.values() if p.country)[:120]
    busy = "Sergey Lavrov"
    start = dt.date(2018, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(6 * 365))
        venue, country = rng.choice(places)
        other = rng.choice(people)
        who = [busy, other] if i % 3 else [other, rng.choice(people)]
        write_article(root, f"{i:05d}", {"title": f"Synthetic talks number {i}", "date": day.isoformat(),
                                         "venue": venue, "country": country, "participants": who})


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory, registry: Registry) -> Path:
    root = make_site(tmp_path_factory.mktemp("scale") / "site")
    synthetic_corpus(root, registry, N)
    result = site.render(Settings.for_root(root), registry)
    assert not result.failed
    return root


def generated(root: Path) -> list[Path]:
    docs = root / "docs"
    return [p for p in docs.rglob("*.md") if not p.relative_to(docs).as_posix().startswith("articles/")]


def test_no_page_lists_more_than_a_page_of_rows(big: Path) -> None:
    for path in generated(big):
        text = path.read_text(encoding="utf-8")
        rows = len(ROW.findall(text))
        assert rows <= 2 * listing.PAGE_ROWS + 10, (path, rows)  # at most two tables of a page each
        budget = VIEW_BUDGET if path.relative_to(big / "docs").as_posix() in urls.VIEWS else MARKDOWN_BUDGET
        assert len(text.encode()) < budget, (path, len(text.encode()))


def test_busy_person_page_shows_latest_and_links_every_year(big: Path) -> None:
    text = (big / "docs" / urls.person("sergey-lavrov")).read_text(encoding="utf-8")
    meetings = text.split(">Meetings</h2>")[1].split(">Counterparts</h2>")[0]
    assert len(re.findall(r'^<tr><td class="date"><a href="[^"]*">\d{4}', meetings, re.M)) == listing.LATEST
    for year in range(2018, 2024):
        target = urls.entity_year("person", "sergey-lavrov", str(year))
        assert f'href="{urls.rel(urls.person("sergey-lavrov"), target)}"' in text
        assert (big / "docs" / target).is_file()


def test_indexes_split_by_period_and_initial(big: Path) -> None:
    index = (big / "docs" / urls.MEETINGS).read_text(encoding="utf-8")
    year = (big / "docs" / urls.meetings_period("2020")).read_text(encoding="utf-8")
    assert 'href="year-2020.md"' in index and 'href="year-2020-03.md"' in year
    people = (big / "docs" / urls.PEOPLE).read_text(encoding="utf-8")
    assert 'href="letter-s.md"' in people and (big / "docs" / urls.letter("person", "s")).is_file()
    sources = (big / "docs" / urls.SOURCES).read_text(encoding="utf-8")
    assert 'href="2019-06.md"' in sources


def test_pagination_links_every_part() -> None:
    parts = listing.paginate(list(range(205)), lambda n: urls.part("x/list.md", n), size=100)
    assert [len(p.rows) for p in parts] == [100, 100, 5]
    assert [p.path for p in parts] == ["x/list.md", "x/list-p2.md", "x/list-p3.md"]
    assert parts[0].previous is None and parts[1].previous == "x/list.md" and parts[2].next is None
    assert [p.path for p in listing.paginate([], lambda n: urls.part("e.md", n))] == ["e.md"]


def _unfiltered_candidates(self: grouping._Index, report: MeetingReport) -> list[int]:
    """The candidate search before it dropped clusters by dates, shared people and venue."""
    found: set[int] = set()
    for person in report.participants:
        if report.date is None:
            found.update(i for i, people in self.members.items() if person in people)
            continue
        month = grouping_index._month(report.date)
        for m in (month - 1, month, month + 1):
            found.update(self.dated.get((person, m), ()))
        found.update(self.undated.get(person, ()))
    return sorted(found)


@pytest.mark.parametrize("seed", range(4))
def test_grouping_candidates_drop_only_clusters_that_cannot_match(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dense corpus (few people, few weeks, undated and recalled reports): same meetings."""
    rng = random.Random(seed)
    people = ["A One", "B Two", "C Three", "D Four", "E Five"]
    venues = [("Oslo", "Norway"), ("Bergen", "Norway"), (None, None), ("Norway", "Norway")]
    reports = []
    for i in range(300):
        venue, country = rng.choice(venues)
        recalled = rng.random() < 0.3
        day = None if rng.random() < 0.25 else dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(75))
        reports.append(MeetingReport(
            stem=f"s{i // 2:03d}", date=day, venue=venue, country=country,
            participants=rng.sample(people, rng.choice([1, 2, 2, 3])),
            kind=rng.choice([None, "bilateral", "multilateral", "phone"]), recalled=recalled,
            headline=not recalled and i % 2 == 0))

    def shown(meetings: list) -> list:
        return [(m.id, m.date, m.venue, m.participants, m.sources, m.recalled_in) for m in meetings]

    fast = shown(grouping.group_reports(reports))
    monkeypatch.setattr(grouping._Index, "candidates", _unfiltered_candidates)
    assert fast == shown(grouping.group_reports(reports))


def test_year_spans_join_years_while_they_fit_a_page() -> None:
    years = {"2001": [1] * 30, "2002": [2] * 40, "2003": [3] * 20, "2004": [4] * 90, "undated": [0]}
    spans = listing.year_spans(years, size=80)
    assert list(spans) == ["2001-2002", "2003", "2004", "undated"]
    assert len(spans["2001-2002"]) == 70 and len(spans["2004"]) == 90  # a long year stands alone
    assert listing.span_of_year(spans) == {"2001": "2001-2002", "2002": "2001-2002", "2003": "2003",
                                           "2004": "2004", "undated": "undated"}
