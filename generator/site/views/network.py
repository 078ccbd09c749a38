"""Who met whom, as a picture: people as linked circles, meetings between them as lines.

The layout is networkx's force-directed one, seeded, so a rebuild draws the same picture byte for
byte; people who meet often end up close. A circle's size is the person's reported meetings. Only
the most connected `PEOPLE` people and their `EDGES` strongest ties are drawn, so the page stays
the same size whatever the corpus (the full network is the GraphML download). Each node and line
carries its years and country as data attributes, which `views.js` filters on; without a script
the whole picture shows.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.knowledge.catalog import Catalog
from generator.site import urls
from generator.site.views.svg import Linker, country_classes, esc, legend, num, open_svg
from generator.writer import atomic_write

PEOPLE = 250
"""People drawn at most: a few hundred stay legible at 1280 px and keep the page small."""
EDGES = 1200
"""Lines drawn at most, the pairs with the most meetings first."""
LABELLED = 40
"""The most connected people are always named; the others' names show on hover or focus."""
WIDTH, HEIGHT, MARGIN = 1000, 720, 40
MIN_HEIGHT = 240
"""A network of two or three people still gets a picture this tall."""
SEED = 7
LAYOUT_VERSION = 1
"""Part of the layout cache's key: raise it when `_spring` or `_spread` draws differently."""
CORE = 0.4
"""Radius by rank to this power: below 1/2 (even by area) the busy centre gets more room for its
crowded names and lines, the loners on the rim less."""
OWN = 2
"""Each person's strongest ties drawn whatever the others' weights."""


@dataclass
class Network:
    """The picture and what the page says about it."""

    svg: str
    legend: str
    shown: int
    total: int
    years: list[int]


def pair_years(catalog: Catalog) -> dict[tuple[str, str], set[int]]:
    """For each pair (slugs in order), the years of their reported meetings (for the year filter)."""
    years: dict[tuple[str, str], set[int]] = defaultdict(set)
    for m in catalog.meetings:
        if not m.sources or m.date is None:
            continue
        slugs = sorted({catalog.name_slug[p] for p in m.participants})
        for i, a in enumerate(slugs):
            for b in slugs[i + 1:]:
                years[(a, b)].add(m.date.year)
    return years


def layout(people: list[str], ties: list[tuple[str, str, int]],
           cache: Path | None = None) -> dict[str, tuple[float, float]]:
    """Positions in the picture's box, the same for the same input (seeded, nodes in a fixed order).

    The network page is made on every build, and an edit seldom changes who is drawn and how they
    are tied; so the positions are kept in `cache`, under a digest of that input, and a build that
    finds them skips networkx and numpy (half a second to import) and the layout itself.
    """
    if not people:
        return {}
    if len(people) == 1:
        return {people[0]: (WIDTH / 2, HEIGHT / 2)}
    key = hashlib.blake2b(json.dumps([LAYOUT_VERSION, people, ties]).encode(), digest_size=16).hexdigest()
    path = cache / f"network-layout-{key}.json" if cache is not None else None
    if path is not None and path.is_file():
        try:
            return {p: (x, y) for p, (x, y) in zip(people, json.loads(path.read_text()), strict=True)}
        except (OSError, ValueError, TypeError):
            pass  # a damaged entry: lay out again
    at = _spring(people, ties)
    if path is not None and cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("network-layout-*.json"):  # one entry: the latest network's
            old.unlink(missing_ok=True)
        atomic_write(path, json.dumps([at[p] for p in people]), durable=False)
    return at


def prepare_layout() -> None:
    """Import what a new layout needs (networkx, numpy: about half a second), for a process that
    stays up and lays the network out again after an edit (`mkdocs serve`): paid when it starts,
    not by the first edit that changes who met whom how often (when a build finds its layout
    kept, see `layout`, nothing imports them)."""
    import networkx  # noqa: F401


def _spring(people: list[str], ties: list[tuple[str, str, int]]) -> dict[str, tuple[float, float]]:
    """networkx's force-directed layout, seeded, spread over the picture (`_spread`)."""
    import networkx as nx  # here: importing it costs a third of a second, which other commands skip

    graph = nx.Graph()
    graph.add_nodes_from(people)
    graph.add_weighted_edges_from((a, b, math.log1p(n)) for a, b, n in ties)
    found = nx.spring_layout(graph, k=2 / math.sqrt(len(people)), iterations=100, seed=SEED, weight="weight")
    spread = _spread([(float(found[p][0]), float(found[p][1])) for p in people])
    cx, cy = WIDTH / 2 - 40, HEIGHT / 2  # room on the right for the labels of the rightmost
    rx, ry = (WIDTH - 2 * MARGIN - 160) / 2, (HEIGHT - 2 * MARGIN) / 2
    return {p: (cx + x * rx, cy + y * ry) for p, (x, y) in zip(people, spread, strict=True)}


def _frame(points: Iterable[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The picture's box cut to the height its people take: a small network laid out flat left a
    third of the page empty above and below it. The width stays (labels run to the right)."""
    ys = [y for _, y in points]
    if not ys:
        return (0, 0, WIDTH, HEIGHT)
    top = max(0.0, min(ys) - MARGIN)
    bottom = min(float(HEIGHT), max(ys) + MARGIN)
    grow = max(0.0, MIN_HEIGHT - (bottom - top)) / 2
    top, bottom = max(0.0, top - grow), min(float(HEIGHT), bottom + grow)
    return (0, round(top), WIDTH, round(bottom - top))


def _spread(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points on the unit disc, each at its own angle from the centre but at a distance set by its
    rank: a force layout packs a busy core into a clump and pushes loners far out, and ranks share
    the disc out (see `CORE`) while keeping who is central and who sits beside whom."""
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    polar = [(math.hypot(x - mx, y - my), math.atan2(y - my, x - mx)) for x, y in points]
    order = sorted(range(len(points)), key=lambda i: (polar[i][0], i))
    out = [(0.0, 0.0)] * len(points)
    for rank, i in enumerate(order):
        r = ((rank + 0.5) / len(points)) ** CORE
        out[i] = (r * math.cos(polar[i][1]), r * math.sin(polar[i][1]))
    return out


def choose(pairs: list[tuple[str, str, int]], limit: int = PEOPLE,
           edge_limit: int = EDGES) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The most connected people (weighted degree, then slug) and the strongest ties among them,
    each person's strongest `OWN` ties first, so that no one drawn floats alone."""
    degree: dict[str, int] = defaultdict(int)
    for a, b, n in pairs:
        degree[a] += n
        degree[b] += n
    people = sorted(degree, key=lambda s: (-degree[s], s))[:limit]
    chosen = set(people)
    among = [(a, b, n) for a, b, n in pairs if a in chosen and b in chosen]  # strongest first
    own: dict[str, int] = defaultdict(int)
    first, rest = [], []
    for tie in among:
        a, b, _ = tie
        if own[a] < OWN or own[b] < OWN:
            own[a] += 1
            own[b] += 1
            first.append(tie)
        else:
            rest.append(tie)
    kept = set(map(id, (first + rest)[:edge_limit]))
    return people, [t for t in among if id(t) in kept]


def _alone(views: dict, drawn: set[str], room: int) -> list[str]:
    """People with meetings but no counterpart (a visit, a recalled meeting), while there is room:
    every person page of a small site is reachable from the picture, as a dot without lines."""
    if room <= 0:
        return []
    alone = [s for s, v in views.items() if v.meetings and s not in drawn]
    return sorted(alone, key=lambda s: (-len(views[s].meetings), s))[:room]


def network_view(catalog: Catalog, pairs: list[tuple[str, str, int]], page: str = urls.NETWORK,
                 limit: int = PEOPLE, cache: Path | None = None) -> Network:
    """The network picture for the page at `page` (links are relative to it; `cache`: see `layout`)."""
    people, ties = choose(pairs, limit)
    views = catalog.people
    people += _alone(views, set(people), limit - len(people))
    at = layout(people, ties, cache)
    classes = country_classes(views[s].country for s in people)
    years_of = pair_years(catalog)
    person_years: dict[str, set[int]] = defaultdict(set)
    for a, b, _ in ties:
        person_years[a] |= years_of.get((a, b), set())
        person_years[b] |= years_of.get((a, b), set())
    label = f"Who met whom: the {len(people)} most connected people and their meetings"
    out = [open_svg(_frame(at.values()), label, "network", ' data-view="network"'),
           *_edges(people, ties, at, years_of), '<g class="nodes">']
    link = Linker(page)
    biggest = max((views[s].reported for s in people), default=1) or 1
    for i, slug in enumerate(people):
        view, (x, y) = views[slug], at[slug]
        r = 3 + 9 * math.sqrt(view.reported / biggest)
        country = view.country or "country unknown"
        css = classes.get(view.country or "", "cx") + ("" if i < LABELLED else " quiet")
        out.append(f'<a href="{link(urls.person(slug))}" class="n {css}" '
                   f'data-i="{i}" data-c="{esc(country)}" '
                   f'data-y="{" ".join(str(y) for y in sorted(person_years[slug]))}">'
                   f"<title>{esc(view.name)} ({esc(country)}): {view.reported} meetings</title>"
                   f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}"/>'
                   f'<text x="{num(x + r + 2)}" y="{num(y + 4)}">{esc(view.name)}</text></a>')
    out.append("</g></svg>")
    all_years = sorted({y for ys in years_of.values() for y in ys})
    return Network("".join(out), legend(classes), len(people), len(catalog.people), all_years)


def _edges(people: list[str], ties: list[tuple[str, str, int]], at: dict[str, tuple[float, float]],
           years_of: dict[tuple[str, str], set[int]]) -> list[str]:
    """A line per tie, wider for more meetings, naming its two people by their index (for the
    script's highlight) and its years (for the year filter)."""
    index = {slug: i for i, slug in enumerate(people)}
    top = max((n for _, _, n in ties), default=1)
    out = ['<g class="edges">']
    for a, b, n in ties:
        (x1, y1), (x2, y2) = at[a], at[b]
        years = " ".join(str(y) for y in sorted(years_of.get((a, b), ())))
        out.append(f'<path d="M{num(x1)} {num(y1)}L{num(x2)} {num(y2)}" '
                   f'stroke-width="{num(0.5 + 4 * n / top)}" data-a="{index[a]}" data-b="{index[b]}" '
                   f'data-y="{years}"/>')
    out.append("</g>")
    return out
