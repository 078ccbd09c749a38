"""The views (network, timeline, map) as a reader uses them in Chromium: marks open their pages,
filters change what is shown, both palettes read well, a phone does not scroll sideways, and
nothing leaves the site. Screenshots of each view go to $VIEW_SCREENSHOTS (or pytest's temporary
folder), never into the repository; the path is printed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.conftest import build_site, seeds_site

VIEWS = ("network/", "timeline/", "map/")
SCHEMES = ("default", "slate")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory, serve: object) -> str:
    root = seeds_site(tmp_path_factory.mktemp("browser-views"))
    return serve(build_site(root))  # type: ignore[operator]


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("VIEW_SCREENSHOTS") or tmp_path_factory.mktemp("view-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nview screenshots: {folder}")
    return folder


def scheme(page: object, name: str) -> None:
    """Material's palette: the toggle sets this attribute on the body (and remembers it). Set once
    Material's own script has applied the stored palette, which would otherwise undo it."""
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{name}')")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        f"document.body.getAttribute('data-md-color-scheme') === '{name}'")


def visible(page: object, selector: str) -> int:
    script = ("s => Array.from(document.querySelectorAll(s)).filter(e => e.getClientRects().length "
              "&& getComputedStyle(e).visibility !== 'hidden').length")
    return page.evaluate(script, selector)  # type: ignore[attr-defined]


def test_a_network_node_opens_the_person_page(page: object, site_url: str) -> None:
    page.goto(site_url + "network/")  # type: ignore[attr-defined]
    page.click("svg.network a.n[href*='sergey-lavrov']")  # type: ignore[attr-defined]
    page.wait_for_url("**/research-site/ministers/sergey-lavrov/")  # type: ignore[attr-defined]
    assert "Meetings over time" in page.content()  # the person's strip  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_hovering_a_node_highlights_its_counterparts(page: object, site_url: str) -> None:
    page.goto(site_url + "network/")  # type: ignore[attr-defined]
    page.hover("svg.network a.n[href*='sergey-lavrov']")  # type: ignore[attr-defined]
    assert page.evaluate("document.querySelector('svg.network').classList.contains('dim')")  # type: ignore[attr-defined]
    lit = page.evaluate("Array.from(document.querySelectorAll('svg.network a.n.lit'))"  # type: ignore[attr-defined]
                        ".map(a => a.getAttribute('href'))")
    assert len(lit) >= 4 and any("qin-gang" in h for h in lit) and not any("wang-yi" in h for h in lit)


def test_network_filters_change_what_is_shown(page: object, site_url: str) -> None:
    page.goto(site_url + "network/")  # type: ignore[attr-defined]
    everyone = visible(page, "svg.network a.n")
    page.select_option("[data-filter='year']", "2021")  # type: ignore[attr-defined]
    in_2021 = visible(page, "svg.network a.n")
    assert 0 < in_2021 < everyone
    page.select_option("[data-filter='year']", "")  # type: ignore[attr-defined]
    page.select_option("[data-filter='country']", "Iran")  # type: ignore[attr-defined]
    assert 0 < visible(page, "svg.network a.n") < everyone
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_the_maps_venue_marker_opens_the_venue_page(page: object, site_url: str) -> None:
    page.goto(site_url + "map/")  # type: ignore[attr-defined]
    assert page.locator("svg.worldmap .land path").count() >= 100  # type: ignore[attr-defined]
    marker = page.locator("svg.worldmap .venues a[href*='samarkand'] circle")  # type: ignore[attr-defined]
    at = marker.bounding_box()
    # Dushanbe's marker covers Samarkand's centre on a world map: click Samarkand's western edge.
    marker.click(position={"x": at["width"] * 0.15, "y": at["height"] / 2})
    page.wait_for_url("**/research-site/venues/samarkand/")  # type: ignore[attr-defined]
    assert page.locator("svg.locator .pin").count() == 1  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_timeline_marks_open_meetings_and_rows_switch(page: object, site_url: str) -> None:
    page.goto(site_url + "timeline/")  # type: ignore[attr-defined]
    assert visible(page, "figure[data-rows='people']") == 0  # countries first; people on demand
    page.select_option("[data-filter='rows']", "people")  # type: ignore[attr-defined]
    assert visible(page, "figure[data-rows='countries']") == 0
    assert visible(page, "figure[data-rows='people']") == 1
    marks = "figure[data-rows='people'] a.m:not([href*='year-']):visible"
    page.locator(marks).first.click()  # type: ignore[attr-defined]
    page.wait_for_url("**/research-site/meetings/20*/")  # type: ignore[attr-defined]
    assert page.locator("h1").count() == 1  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_zooming_the_timeline_in_shows_single_days(page: object, site_url: str, shots: Path) -> None:
    page.goto(site_url + "timeline/")  # type: ignore[attr-defined]
    months = visible(page, "figure[data-rows='countries'] a.m circle")
    assert visible(page, "figure[data-rows='countries'] .days circle") == 0
    mark = page.locator("figure[data-rows='countries'] a.m.agg").last.bounding_box()  # type: ignore[attr-defined]
    chart = page.locator("figure[data-rows='countries'] svg").bounding_box()  # type: ignore[attr-defined]
    for _ in range(2):  # double-click the time axis (no links there) under a month of several meetings
        page.mouse.dblclick(mark["x"] + mark["width"] / 2, chart["y"] + chart["height"] - 6)  # type: ignore[attr-defined]
    assert visible(page, "figure[data-rows='countries'] a.m.agg") == 0
    assert visible(page, "figure[data-rows='countries'] .days circle") >= 2
    page.screenshot(path=str(shots / "timeline-zoomed.png"), full_page=True)  # type: ignore[attr-defined]
    page.click(".view-tools[data-for='timeline'] [data-zoom='reset']")  # type: ignore[attr-defined]
    assert visible(page, "figure[data-rows='countries'] a.m circle") == months
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_a_person_strip_mark_opens_its_meeting(page: object, site_url: str) -> None:
    page.goto(site_url + "ministers/sergey-lavrov/")  # type: ignore[attr-defined]
    page.locator("svg.strip a.m").first.click()  # type: ignore[attr-defined]
    page.wait_for_url("**/research-site/meetings/20*/")  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", SCHEMES)
def test_views_read_in_both_palettes(page: object, site_url: str, shots: Path, name: str) -> None:
    colours = []
    for view in VIEWS:
        page.goto(site_url + view)  # type: ignore[attr-defined]
        scheme(page, name)
        svg = page.locator("svg.view").first  # type: ignore[attr-defined]
        assert svg.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"  # no white box
        text = svg.evaluate("e => getComputedStyle(e.querySelector('text, path')).fill")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")  # type: ignore[attr-defined]
        assert text != background
        colours.append(text)
        page.screenshot(path=str(shots / f"{view.strip('/')}-{name}.png"), full_page=True)  # type: ignore[attr-defined]
    page.goto(site_url + "meetings/2023-04-13-samarkand-qin-gang-sergey-lavrov/")  # type: ignore[attr-defined]
    scheme(page, name)
    page.screenshot(path=str(shots / f"meeting-{name}.png"), full_page=True)  # type: ignore[attr-defined]
    page.goto(site_url + "ministers/sergey-lavrov/")  # type: ignore[attr-defined]
    scheme(page, name)
    page.screenshot(path=str(shots / f"person-{name}.png"), full_page=True)  # type: ignore[attr-defined]
    page.goto(site_url + "venues/samarkand/")  # type: ignore[attr-defined]
    scheme(page, name)
    page.screenshot(path=str(shots / f"venue-{name}.png"), full_page=True)  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_the_palette_changes_the_views_colours(page: object, site_url: str) -> None:
    page.goto(site_url + "network/")  # type: ignore[attr-defined]
    fill = "getComputedStyle(document.querySelector('svg.network .n text')).fill"
    scheme(page, SCHEMES[0])
    first = page.evaluate(fill)  # type: ignore[attr-defined]
    scheme(page, SCHEMES[1])
    # The new palette's styles apply a frame or two after the attribute changes: wait for them
    # (a timeout here means the label's colour never followed the palette).
    page.wait_for_function(f"first => {fill} !== first", arg=first, timeout=5000)  # type: ignore[attr-defined]


def test_a_phone_does_not_scroll_sideways(browser: object, site_url: str, shots: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    tab = context.new_page()
    try:
        for path in (*VIEWS, "ministers/sergey-lavrov/", "venues/samarkand/",
                     "meetings/2023-04-13-samarkand-qin-gang-sergey-lavrov/"):
            tab.goto(site_url + path)
            width = tab.evaluate("[document.documentElement.scrollWidth, "
                                 "document.documentElement.clientWidth]")
            assert width[0] <= width[1], (path, width)
            if path in VIEWS:
                tab.screenshot(path=str(shots / f"{path.strip('/')}-phone.png"), full_page=True)
    finally:
        context.close()
