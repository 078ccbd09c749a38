"""Where meetings happen: an offline world map with a linked marker per venue, and locator maps.

The country shapes are Natural Earth's 1:110m (public domain), converted once by
`scripts/world_atlas.py` into `generator/data/world/countries.json`: each country one path in
plate carrée, tenths of a degree (x = longitude, y = -latitude), with its bounding box. A locator
map is the same paths cropped by the viewBox, keeping only the countries its box touches, so a
venue or country page carries a few kilobytes, not the world. Nothing is fetched at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.knowledge.catalog import Catalog, PlaceView
from generator.model import Meeting
from generator.site import urls
from generator.site.views.svg import Linker, esc, num, open_svg

DATA = Path(__file__).resolve().parents[2] / "data" / "world" / "countries.json"
WORLD = (-1800, -840, 3600, 1440)
"""The world view's box: 84° N to 60° S (Antarctica's coast adds nothing to a map of meetings)."""
VENUES = 400
"""Venue markers drawn at most, the busiest first."""
CALLS = 25
"""Phone and video calls listed beside the map, the latest first."""
CALL_KINDS = frozenset({"phone", "video"})
ROUGH_FROM = 900
"""A locator wider than this (90°) draws the rough outlines: at 320 px they look the same."""


@dataclass(frozen=True)
class Shape:
    """One country's outline: ISO numeric code (or None), name, bounding box, SVG path data."""

    iso: str | None
    name: str
    box: tuple[int, int, int, int]
    d: str
    coarse: str
    """The outline within 0.4°, without small islands: what a locator map draws."""
    rough: str
    """Within 1.2°: what a locator of a large region (Russia's, China's) draws."""


@lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    """The shipped country shapes, read once per process."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(Shape(c["id"], c["name"], tuple(c["box"]), c["d"], c["coarse"], c["rough"])
                 for c in data["countries"])


def point(lat: float, lon: float) -> tuple[float, float]:
    """A place on the map's plane (tenths of a degree)."""
    return lon * 10, -lat * 10


@dataclass
class WorldMap:
    """The map and what the page lists beside it."""

    svg: str
    drawn: int
    unplaced: int
    """Venues with meetings but no coordinates in the registry (not on the map)."""
    calls: list[Meeting]
    call_total: int


def world_view(catalog: Catalog, page: str = urls.MAP) -> WorldMap:
    """The world map for the page at `page`: countries linked to their pages, venues as markers."""
    link = Linker(page)
    by_iso = {c.iso: c for c in catalog.countries.values() if c.iso}
    placed = [v for v in catalog.venues.values() if v.lat is not None and v.lon is not None and v.meetings]
    placed.sort(key=lambda v: (-len(v.meetings), v.slug))
    shown = placed[:VENUES]
    out = [open_svg(WORLD, f"Map of the {len(shown)} busiest venues; each marker links to its venue",
                    "worldmap", ' data-view="map"'), '<g class="land">']
    out.extend(_country(shape, by_iso.get(shape.iso), link) for shape in shapes())
    out.append('</g><g class="venues">')
    biggest = len(shown[0].meetings) if shown else 1
    for v in reversed(shown):  # the busiest drawn first would hide the small ones under them
        cx, cy = point(v.lat, v.lon)  # type: ignore[arg-type]
        r = 6 + 26 * math.sqrt(len(v.meetings) / biggest)
        out.append(f'<a href="{link(urls.venue(v.slug))}" class="venue"><title>{esc(v.name)}'
                   f'{f" ({esc(v.country)})" if v.country else ""}: {len(v.meetings)} meetings</title>'
                   f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}"/></a>')
    out.append("</g></svg>")
    calls = [m for m in catalog.meetings if m.kind in CALL_KINDS]
    calls.sort(key=lambda m: (m.date is not None, m.date, m.id), reverse=True)
    return WorldMap("".join(out), len(shown), sum(1 for v in catalog.venues.values()
                                                   if v.meetings and (v.lat is None or v.lon is None)),
                    calls[:CALLS], len(calls))


def _country(shape: Shape, view: PlaceView | None, link: Linker) -> str:
    """A country's path; linked to its page when the site has one."""
    if view is None:
        return f'<path d="{shape.d}"><title>{esc(shape.name)}</title></path>'
    return (f'<a href="{link(urls.country(view.slug))}"><path class="met" d="{shape.d}">'
            f"<title>{esc(view.name)}: {len(view.meetings)} meetings</title></path></a>")


def locator(lat: float | None = None, lon: float | None = None, iso: str | None = None,
            name: str = "") -> str:
    """A small map around a place (a marker) or a country (highlighted), or "" when neither is known."""
    countries = shapes()
    own = next((s for s in countries if iso and s.iso == iso), None)
    if lat is not None and lon is not None:
        cx, cy = point(lat, lon)
        box = (cx - 250, cy - 150, 500, 300)
    elif own is not None:
        x0, y0, x1, y1 = own.box
        w, h = max(x1 - x0 + 120, 400), max(y1 - y0 + 80, 240)
        w, h = max(w, h * 5 / 3), max(h, w * 3 / 5)  # the locator's shape, 5:3, whatever the country's
        box = ((x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h)
    else:
        return ""
    bx, by, bw, bh = _inside(box)
    rough = bw > ROUGH_FROM
    label = f"Where {name} is" if name else "Locator map"
    out = [open_svg(box, label, "locator", ' preserveAspectRatio="xMidYMid slice"'),
           '<g class="land">']
    for s in countries:
        x0, y0, x1, y1 = s.box
        if x1 < bx or x0 > bx + bw or y1 < by or y0 > by + bh:
            continue
        d = s.rough if rough else s.coarse
        out.append(f'<path class="here" d="{d}"/>' if s is own else f'<path d="{d}"/>')
    out.append("</g>")
    if lat is not None and lon is not None:
        out.append(f'<circle class="pin" cx="{num(cx)}" cy="{num(cy)}" r="{num(bw / 45)}"/>')
    out.append("</svg>")
    return "".join(out)


def _inside(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A locator's box moved (and cut) to lie within the world view: no blank beyond the poles."""
    x, y, w, h = box
    wx, wy, ww, wh = WORLD
    w, h = min(w, ww), min(h, wh)
    return min(max(x, wx), wx + ww - w), min(max(y, wy), wy + wh - h), w, h


def place_locator(catalog: Catalog, kind: str, place: PlaceView) -> str:
    """The locator map of a venue's or a country's page ("" when the place is not on the map)."""
    if kind == "venue":
        country = catalog.countries.get(catalog.country_slug.get(place.country or "", ""))
        return locator(place.lat, place.lon, country.iso if country else None, place.name)
    if kind == "country":
        return locator(iso=place.iso, name=place.name)
    return ""
