"""Every page path and every link comes from here, so the site works under any sub-path.

Paths are relative to `docs/`; links between pages are relative Markdown links to `.md` files,
which MkDocs checks (strict mode fails on a broken one) and rewrites to the published URLs.
Listing pages come in numbered parts (`-p2`, `-p3`) so that no page grows with the corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

HOME = "index.md"
MEETINGS = "meetings/index.md"
PEOPLE = "ministers/index.md"
VENUES = "venues/index.md"
COUNTRIES = "countries/index.md"
CONFERENCES = "conferences/index.md"
SOURCES = "sources/index.md"
REVIEW = "review.md"
NETWORK = "network.md"
TIMELINE = "timeline.md"
MAP = "map.md"
VIEWS = (NETWORK, TIMELINE, MAP)
"""The pictures (inline SVG): who met whom, meetings over time, where."""
DATA_DIR = "data"
GENERATED_DIRS = ("meetings", "ministers", "venues", "countries", "conferences", "sources", "review",
                  "data")
SECTIONS = {"venue": "venues", "country": "countries", "conference": "conferences", "person": "ministers"}


def part(path: str, number: int) -> str:
    """The n-th part of a listing page: `x.md`, then `x-p2.md`, `x-p3.md`."""
    return path if number <= 1 else f"{path[:-3]}-p{number}.md"


def meeting(meeting_id: str) -> str:
    return f"meetings/{meeting_id}.md"


def meetings_period(period: str, number: int = 1) -> str:
    """A year (`2023`), a month (`2023-04`) or `undated` of the meetings index."""
    return part(f"meetings/year-{period}.md", number)


def person(slug: str) -> str:
    return f"ministers/{slug}.md"


def venue(slug: str) -> str:
    return f"venues/{slug}.md"


def country(slug: str) -> str:
    return f"countries/{slug}.md"


def conference(slug: str) -> str:
    return f"conferences/{slug}.md"


def entity(kind: str, slug: str) -> str:
    """The page of a person, venue, country or conference."""
    return f"{SECTIONS[kind]}/{slug}.md"


def entity_year(kind: str, slug: str, year: str) -> str:
    """All of one entity's meetings in one year, for pages that show only the latest ones."""
    return f"{SECTIONS[kind]}/{slug}/meetings-{year}.md"


def letter(kind: str, initial: str, number: int = 1) -> str:
    """An index page of names starting with one letter (`other` for the rest)."""
    return part(f"{SECTIONS[kind]}/letter-{initial}.md", number)


def sources_period(period: str, number: int = 1) -> str:
    return part(f"sources/{period}.md", number)


def review_section(name: str, number: int = 1) -> str:
    return part(f"review/{name}.md", number)


def article(stem: str) -> str:
    return f"articles/{stem}.md"


def data(name: str) -> str:
    return f"{DATA_DIR}/{name}"


def rel(from_page: str, to_page: str) -> str:
    """Relative, URL-quoted link from one page to another (both relative to docs/)."""
    return rel_from(folder_of(from_page), to_page)


def folder_of(page: str) -> str:
    """The folder of a page, for `rel_from`: a page making many links splits its path once."""
    return page.rpartition("/")[0]


@lru_cache(maxsize=1 << 17)
def rel_from(from_dir: str, to_page: str) -> str:
    """`rel` from a page in folder `from_dir` (relative to docs/, "" for the top)."""
    # posixpath.relpath would do, but it resolves against the working directory on every call:
    # a build makes hundreds of thousands of links, and both paths here are already clean.
    # At 10,000 articles there are about 100,000 distinct (folder, page) pairs: the cache holds them.
    here = from_dir.split("/") if from_dir else []
    there = to_page.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    link = "/".join([".."] * (len(here) - common) + there[common:])
    return link if _URL_SAFE.fullmatch(link) else quote(link)  # slugs need no quoting: skip its cost


_URL_SAFE = re.compile(r"[A-Za-z0-9_.~/-]*")
"""What `quote` leaves as it is (its safe set: letters, digits, `_.-~` and `/`)."""
