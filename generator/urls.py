"""Every page path and every link comes from here, so the site works under any sub-path.

Paths are relative to `docs/`; links between pages are relative Markdown links to `.md` files,
which MkDocs checks (strict mode fails on a broken one) and rewrites to the published URLs.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote

HOME = "index.md"
MEETINGS = "meetings/index.md"
PEOPLE = "ministers/index.md"
VENUES = "venues/index.md"
COUNTRIES = "countries/index.md"
SOURCES = "sources/index.md"
REVIEW = "review.md"
NETWORK = "network.md"
TIMELINE = "timeline.md"
DATA_DIR = "data"
GENERATED_DIRS = ("meetings", "ministers", "venues", "countries", "sources", "data")


def meeting(meeting_id: str) -> str:
    return f"meetings/{meeting_id}.md"


def person(slug: str) -> str:
    return f"ministers/{slug}.md"


def venue(slug: str) -> str:
    return f"venues/{slug}.md"


def country(slug: str) -> str:
    return f"countries/{slug}.md"


def article(stem: str) -> str:
    return f"articles/{stem}.md"


def data(name: str) -> str:
    return f"{DATA_DIR}/{name}"


def rel(from_page: str, to_page: str) -> str:
    """Relative, URL-quoted link from one page to another (both relative to docs/)."""
    return quote(posixpath.relpath(to_page, posixpath.dirname(from_page) or "."))
