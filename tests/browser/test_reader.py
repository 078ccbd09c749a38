"""What a reader sees is right, in Chromium at 1280 px: tables fit, filters sit where they help,
headings carry no stray escapes, dates stay on one line, a broken front matter stays hidden."""

from __future__ import annotations

import pytest

from tests.browser.conftest import build_site, seeds_site

BAD_DATE = "zz_bad_date"
SAMARKAND = "meetings/2023-04-13-samarkand-qin-gang-sergey-lavrov/"
"""The seeds' meeting that two articles report: its page has the "What each source says" table."""
OVERFLOW = """() => [document.documentElement.scrollWidth - innerWidth, ...[...document.querySelectorAll(
    '.md-typeset__scrollwrap')].map(e => e.scrollWidth - e.clientWidth)]"""
"""How far the page, and each table's scrolling box, is wider than what shows (0 or less: fits)."""
HEADINGS = ["", "meetings/", "meetings/year-2023/", "meetings/year-undated/", "ministers/", "sources/",
            "review/", SAMARKAND, f"articles/{BAD_DATE}/"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory, serve: object) -> str:
    root = seeds_site(tmp_path_factory.mktemp("browser-reader"))
    article = root / "docs" / "articles" / f"{BAD_DATE}.md"
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text("---\ntitle: Talks in Goa\ndate: 2023-02-30\nvenue: Goa\ncountry: India\n"
                       "participants: [Sergey Lavrov, Qin Gang]\n---\n\nThe ministers met in Goa.\n",
                       encoding="utf-8")
    return serve(build_site(root, strict=False))  # type: ignore[operator, no-any-return]  # the date is an error


def test_a_meeting_page_fits_1280_px_and_names_sources_by_headline(page: object, site_url: str) -> None:
    page.goto(site_url + SAMARKAND)  # type: ignore[attr-defined]
    overflow = page.evaluate(OVERFLOW)  # type: ignore[attr-defined]
    assert max(overflow) <= 0, overflow
    table = page.locator("h2#what-each-source-says ~ div table").first  # type: ignore[attr-defined]
    sources = table.locator("tbody tr td:first-child a").all_inner_texts()
    assert len(sources) == 2 and all(" " in s and "_" not in s for s in sources), sources  # headlines
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_the_filter_box_is_offered_on_long_tables_only_and_sits_with_its_table(page: object,
                                                                               site_url: str) -> None:
    page.goto(site_url + SAMARKAND)  # type: ignore[attr-defined]
    assert page.locator("input.table-filter").count() == 0  # type: ignore[attr-defined]  # short tables
    page.goto(site_url + "ministers/")  # type: ignore[attr-defined]
    rows = page.locator("article table tbody tr").count()  # type: ignore[attr-defined]
    assert rows >= 8
    box = page.locator("input.table-filter")  # type: ignore[attr-defined]
    assert box.count() == 1
    gap = page.evaluate("""() => {
        const input = document.querySelector('input.table-filter');
        const table = input.nextElementSibling.querySelector('table');
        const a = input.getBoundingClientRect(), b = table.getBoundingClientRect();
        return [Math.abs(a.left - b.left), b.top - a.bottom];
    }""")  # type: ignore[attr-defined]
    assert gap[0] <= 2 and 0 <= gap[1] <= 40, gap  # aligned with the table, right above it
    box.fill("lavrov")
    assert page.locator("article table tbody tr:visible").count() == 1  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_headings_and_titles_show_no_stray_escapes(page: object, site_url: str) -> None:
    for path in HEADINGS:
        page.goto(site_url + path)  # type: ignore[attr-defined]
        shown = [page.title(), *page.locator("article h1, article h2").all_inner_texts()]  # type: ignore[attr-defined]
        assert not [t for t in shown if "\\" in t], (path, shown)
    page.goto(site_url + "meetings/year-2023/")  # type: ignore[attr-defined]
    assert page.inner_text("article h1") == "Meetings: 2023"  # type: ignore[attr-defined]
    page.goto(site_url + "review/")  # type: ignore[attr-defined]
    assert f"docs/articles/{BAD_DATE}.md:3" in page.inner_text("article")  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_dates_stay_on_one_line(page: object, site_url: str) -> None:
    for path in (SAMARKAND, "meetings/year-2023/", "ministers/sergey-lavrov/"):
        page.goto(site_url + path)  # type: ignore[attr-defined]
        lines = page.evaluate("""() => [...document.querySelectorAll('article .date')].map(e => {
            const r = document.createRange(); r.selectNodeContents(e);
            return [e.textContent.trim(), new Set([...r.getClientRects()].map(x => Math.round(x.top))).size];
        })""")  # type: ignore[attr-defined]
        assert lines and all(n == 1 for _, n in lines), (path, lines)


def test_an_article_with_a_broken_date_shows_its_text_not_its_front_matter(page: object,
                                                                           site_url: str) -> None:
    page.goto(site_url + f"articles/{BAD_DATE}/")  # type: ignore[attr-defined]
    text = page.inner_text("article")  # type: ignore[attr-defined]
    assert "The ministers met in Goa." in text and "title:" not in text and "date: 2023" not in text
    assert page.title().startswith("Talks in Goa")  # type: ignore[attr-defined]


def test_the_drawer_on_a_phone_shows_the_site_and_every_section(page: object, site_url: str) -> None:
    """On a page outside the navigation the drawer is drawn from the header and the tabs
    (diplomacy-nav.js): its title is the site's logo and name, linking home, and its list is the
    tabs' sections, each reachable."""
    page.set_viewport_size({"width": 390, "height": 800})  # type: ignore[attr-defined]
    page.goto(site_url + SAMARKAND)  # type: ignore[attr-defined]
    page.locator('label.md-header__button[for="__drawer"]').click()  # type: ignore[attr-defined]
    title = page.locator(".md-sidebar--primary label.md-nav__title")  # type: ignore[attr-defined]
    title.wait_for(state="visible")
    assert title.inner_text().strip() == "Diplomatic meetings"
    logo = title.locator("a.md-nav__button.md-logo")
    assert logo.count() == 1 and logo.get_attribute("href") == "../.."
    assert logo.locator("svg").count() == 1  # the theme's logo icon, as in the header
    sections = page.locator(".md-sidebar--primary [data-dx-from-tabs] a.md-nav__link")  # type: ignore[attr-defined]
    tabs = page.locator(".md-tabs__link")  # type: ignore[attr-defined]
    assert sections.count() == tabs.count() >= 8
    sections.filter(has_text="Ministers").first.click()
    page.wait_for_url("**/ministers/")  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]
