"""The shipped seeds' site as a reader opens it in Chromium, from a sub-path, offline."""

from __future__ import annotations

import pytest

from tests.browser.conftest import build_site, seeds_site


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory, serve: object) -> str:
    root = seeds_site(tmp_path_factory.mktemp("browser-seeds"))
    return serve(build_site(root))  # type: ignore[operator]


def test_home_opens_from_a_sub_path_without_outside_requests(page: object, site_url: str) -> None:
    page.goto(site_url)  # type: ignore[attr-defined]
    assert "Diplomatic meetings" in page.title()  # type: ignore[attr-defined]
    page.click("a[href*='meetings/']")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "/research-site/meetings/" in page.url  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]


def test_nothing_is_served_outside_the_sub_path(page: object, site_url: str) -> None:
    root = site_url.split("/research-site/")[0] + "/"
    response = page.goto(root)  # type: ignore[attr-defined]
    assert response.status == 404



def test_the_theme_reads_its_shared_settings_on_a_deep_page(page: object, site_url: str) -> None:
    """The theme's settings come from one shared file (light pages): on a page two folders down,
    under the sub-path, its script finds them with the site's root, and the search box is there."""
    page.goto(site_url)  # type: ignore[attr-defined]
    page.click("article a[href*='meetings/2']")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert page.url.count("/") - site_url.count("/") == 2  # type: ignore[attr-defined]
    settings = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")  # type: ignore[attr-defined]
    assert settings["base"] == site_url and settings["translations"]["clipboard.copy"]
    assert page.evaluate("typeof window.document$ === 'object'")  # type: ignore[attr-defined]  # the theme's script ran
    assert page.locator("[data-site-search] input[name=query]").count() == 1  # type: ignore[attr-defined]
    page.watched.assert_clean()  # type: ignore[attr-defined]
