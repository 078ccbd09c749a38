"""The who-met-whom picture: a static SVG drawn in Python, so the site needs no script library.

The most connected people sit on a circle, grouped by country so that a country's officials are
neighbours; a line joins two who met, thicker for more meetings. The size is fixed whatever the
corpus: only the top `limit` people are drawn, the full network is in the GraphML download.
"""

from __future__ import annotations

import math
from collections import Counter

from generator import xml_text
from generator.catalog import Catalog

SIZE = 900
PALETTE = ("#3949ab", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#558b2f",
           "#4e342e", "#283593", "#d84315", "#00695c")


def most_connected(pairs: list[tuple[str, str, int]], limit: int) -> list[str]:
    """People with the most meetings with others (weighted degree), at most `limit`."""
    degree: Counter[str] = Counter()
    for a, b, n in pairs:
        degree[a] += n
        degree[b] += n
    return [slug for slug, _ in sorted(degree.items(), key=lambda t: (-t[1], t[0]))[:limit]]


def network_svg(catalog: Catalog, pairs: list[tuple[str, str, int]], limit: int = 40) -> str:
    """An SVG document of the `limit` most connected people and the meetings between them."""
    chosen = most_connected(pairs, limit)
    people = catalog.people
    chosen.sort(key=lambda s: (people[s].country or "~", people[s].name))
    countries = sorted({people[s].country or "" for s in chosen})
    colour = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(countries)}
    centre, radius = SIZE / 2, SIZE / 2 - 170
    at = {}
    for i, slug in enumerate(chosen):
        angle = 2 * math.pi * i / max(len(chosen), 1) - math.pi / 2
        at[slug] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    top = max((n for a, b, n in pairs if a in at and b in at), default=1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
           f'width="{SIZE}" height="{SIZE}" font-family="sans-serif" font-size="11">',
           "<title>Who met whom: the most connected people</title>",
           f'<rect width="{SIZE}" height="{SIZE}" fill="white"/>']
    for a, b, n in pairs:
        if a in at and b in at:
            (x1, y1, _), (x2, y2, _) = at[a], at[b]
            width = 0.6 + 4 * n / top
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                       f'stroke="#90a4ae" stroke-opacity="0.7" stroke-width="{width:.2f}">'
                       f"<title>{xml_text.text(people[a].name)} – {xml_text.text(people[b].name)}: {n}"
                       "</title></line>")
    for slug in chosen:
        x, y, angle = at[slug]
        view = people[slug]
        r = 3 + min(9, math.sqrt(view.reported))
        lx, ly = x + (r + 4) * math.cos(angle), y + (r + 4) * math.sin(angle)
        left = math.cos(angle) < 0
        rotate = math.degrees(angle) + (180 if left else 0)
        where = xml_text.text(view.country or "country unknown")
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour[view.country or ""]}">'
                   f"<title>{xml_text.text(view.name)} ({where})</title></circle>")
        out.append(f'<text x="{lx:.1f}" y="{ly:.1f}" dominant-baseline="middle" '
                   f'text-anchor="{"end" if left else "start"}" '
                   f'transform="rotate({rotate:.1f} {lx:.1f} {ly:.1f})">{xml_text.text(view.name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
