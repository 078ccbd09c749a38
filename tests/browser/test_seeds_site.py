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

