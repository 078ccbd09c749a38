"""The SVG views drawn at build time: every mark is a link to the right relative URL, the layout
is the same on every build, names from front matter are escaped, and the pictures keep their size
on a corpus of ten thousand meetings."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from generator.corpus.registry import Registry
from generator.knowledge.catalog import Catalog, build_catalog, pairs
from generator.model import Meeting
from generator.site import urls
from generator.site.views import network, timeline, worldmap

HOSTILE = '<script>alert("x")</script> & Co'
VENUES = ["Samarkand", "Beijing", "Moscow", "New Delhi", "Tehran", "Islamabad", "Dushanbe", "Geneva"]


def meeting(i: int, day: dt.date | None, venue: str | None, people: list[str], recalled: bool = False,
            kind: str | None = "bilateral") -> Meeting:
    return Meeting(id=f"m{i:05d}", date=day, venue=venue, country=None, participants=people, kind=kind,
                   sources=[] if recalled else [f"a{i:05d}"], recalled_in=[f"a{i:05d}"] if recalled else [])


def small(registry: Registry) -> Catalog:
    ms = [meeting(1, dt.date(2021, 7, 14), "Dushanbe", ["Sergey Lavrov", "Wang Yi"]),
          meeting(2, dt.date(2023, 4, 13), "Samarkand", ["Sergey Lavrov", "Qin Gang", HOSTILE]),
          meeting(3, dt.date(2022, 1, 5), "Moscow", ["Sergey Lavrov", "Qin Gang"], recalled=True),
          meeting(4, dt.date(2022, 3, 1), None, ["Sergey Lavrov", "Wang Yi"], kind="phone"),
          meeting(5, None, "Geneva", ["Wang Yi", HOSTILE])]
    return build_catalog(ms, [], registry)


def large(registry: Registry, n: int = 10_000) -> Catalog:
    """Ten thousand meetings of 400 registry people at 100 registry cities over 24 years (the bench's
    shape), a third of them among the 60 busiest."""
    rng = random.Random(3)
    people = sorted(p.name for p in registry.people.values() if p.country)[:400]
    places = sorted({p.name for p in registry.places.values()
                     if p.lat is not None and p.kind == "city"})[:100]
    ms = []
    for i in range(n):
        day = dt.date(2001, 1, 1) + dt.timedelta(days=rng.randrange(8600))
        who = rng.sample(people[:60] if rng.random() < 0.5 else people, rng.choice((2, 2, 2, 3, 4)))
        ms.append(meeting(i, day, rng.choice(places), who, recalled=rng.random() < 0.1))
    return build_catalog(ms, [], registry)


def hrefs(svg: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"', svg)


def test_network_nodes_link_to_person_pages_and_names_are_escaped(registry: Registry) -> None:
    catalog = small(registry)
    net = network.network_view(catalog, pairs(catalog))
    assert f"{urls.person('sergey-lavrov')}" in hrefs(net.svg)
    assert all(h.startswith("ministers/") and h.endswith(".md") for h in hrefs(net.svg))
    assert "<script" not in net.svg
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in net.svg
    assert net.years == [2021, 2022, 2023]  # the phone call counts; a recalled meeting makes no pair


def test_network_layout_is_the_same_on_every_build(registry: Registry) -> None:
    catalog = small(registry)
    first = network.network_view(catalog, pairs(catalog)).svg
    assert network.network_view(small(registry), pairs(catalog)).svg == first


def test_timeline_marks_link_each_meeting_and_draw_recalled_ones_hollow(registry: Registry) -> None:
    catalog = small(registry)
    view = timeline.timeline_view(catalog)
    links = hrefs(view.people)
    for m in catalog.meetings:
        if m.date and "Sergey Lavrov" in m.participants:
            assert urls.meeting(m.id) in links  # the page is at the top: meetings/<id>.md
    assert 'class="m recalled"' in view.people and "<script" not in view.countries + view.people
    assert view.undated == 1


def test_person_strip_links_from_the_person_page(registry: Registry) -> None:
    catalog = small(registry)
    strip = timeline.person_strip(catalog.people["sergey-lavrov"], urls.person("sergey-lavrov"))
    assert sorted(h for h in hrefs(strip)) == sorted(f"../meetings/{i}.md" for i in
                                                     ("m00001", "m00002", "m00003", "m00004"))


def test_meeting_neighbours_ring_the_meeting_itself(registry: Registry) -> None:
    catalog = small(registry)
    m = next(m for m in catalog.meetings if m.id == "m00002")
    strip = timeline.neighbours_strip(m, catalog, urls.meeting(m.id))
    assert 'href="m00002.md" class="m here"' in strip and 'href="m00003.md"' in strip


def test_map_draws_countries_and_links_venues(registry: Registry) -> None:
    catalog = small(registry)
    world = worldmap.world_view(catalog)
    assert world.svg.count("<path") >= 100
    assert "venues/samarkand.md" in hrefs(world.svg) and "countries/uzbekistan.md" not in hrefs(world.svg)
    assert [m.id for m in world.calls] == ["m00004"]
    assert world.unplaced == 0


def test_locator_maps_are_small_and_crop_the_world(registry: Registry) -> None:
    catalog = small(registry)
    venue = catalog.venues["samarkand"]
    svg = worldmap.place_locator(catalog, "venue", venue)
    assert 'class="pin"' in svg and len(svg) < 30_000
    russia = catalog.countries["russia"]
    assert 'class="here"' in worldmap.place_locator(catalog, "country", russia)
    assert worldmap.place_locator(catalog, "conference", venue) == ""


@pytest.mark.parametrize("kind", ["network", "timeline", "map"])
def test_views_keep_their_size_on_ten_thousand_meetings(registry: Registry, kind: str) -> None:
    catalog = large(registry)
    if kind == "network":
        net = network.network_view(catalog, pairs(catalog))
        size = len(net.svg)
        assert net.shown == network.PEOPLE and net.svg.count("<a ") == network.PEOPLE
    elif kind == "timeline":
        view = timeline.timeline_view(catalog)
        size = len(view.countries) + len(view.people)
        assert 'data-bin="year"' in view.countries  # months would be too many marks
    else:
        size = len(worldmap.world_view(catalog).svg)
    assert size < 300_000, size


def test_a_mark_of_several_meetings_links_to_a_listing_the_index_makes(registry: Registry) -> None:
    catalog = large(registry, 1_000)
    page = timeline.period_pages(catalog)
    assert page("2010") == urls.meetings_period("2010")
    assert page("2010-03") == urls.meetings_period("2010")  # 2010 has under 80 meetings: no month pages
    assert timeline.period_pages(large(registry, 4_000))("2010-03") == urls.meetings_period("2010-03")
    view = timeline.timeline_view(catalog)
    marks = re.findall(r'<a href="([^"]*)" class="m', view.countries + view.people)  # not the row labels
    assert marks
    for href in marks:
        assert re.fullmatch(r"meetings/(m\d{5}|year-\d{4}(-\d\d)?)\.md", href), href


def test_the_network_layout_is_kept_for_the_next_build(registry: Registry, tmp_path: Path) -> None:
    catalog = small(registry)
    fresh = network.network_view(catalog, pairs(catalog)).svg
    assert network.network_view(catalog, pairs(catalog), cache=tmp_path).svg == fresh  # computed, kept
    kept = list(tmp_path.glob("network-layout-*.json"))
    assert len(kept) == 1
    kept[0].write_text(kept[0].read_text().replace("[", "[1.5, 2.5], [", 1))  # a damaged entry
    assert network.network_view(catalog, pairs(catalog), cache=tmp_path).svg == fresh
    assert network.network_view(catalog, pairs(catalog), cache=tmp_path).svg == fresh  # read back


def test_a_busy_persons_strip_counts_by_month_and_links_year_pages_that_exist() -> None:
    # A strip aggregates only people whose page shows the latest meetings and links every year.
    from generator.site import listing

    assert timeline.STRIP_MARKS >= listing.LATEST
