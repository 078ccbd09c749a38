"""Convert Natural Earth's 1:110m country shapes (npm `world-atlas`) into the map data we ship.

Run once, by hand, when the basemap should change; the build never downloads anything:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/world_atlas.py package/countries-110m.json generator/data/world/countries.json

`world-atlas` (ISC licence, Mike Bostock) redistributes Natural Earth's Admin 0 countries
(public domain) as TopoJSON: quantised arcs shared between neighbours, in degrees. The map wants
each country as an SVG path, so the arcs are decoded, projected (plate carrée: x = longitude,
y = -latitude, in tenths of a degree, so a locator map is a plain crop), cut at the antimeridian
(`unwrap`), stripped of points closer than `STEP` to the previous one, and written as relative path
commands with integer steps (`d`, simplified by Douglas-Peucker; `coarse` and `rough`, simplified
further for locator maps), with the box of its largest ring. Antarctica is left out (the maps
stop at 60° S).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

STEP = 3
"""Smallest distance kept between points, in tenths of a degree (0.3°: finer than a pixel at 1280 px)."""
FINE, COARSE, ROUGH = 1, 4, 12
"""Douglas-Peucker tolerances, in tenths of a degree: the outline (0.1°) of the world map; the
coarse one (0.4°) of a small locator map, and the rough one (1.2°) of a locator of a large region;
these two leave out islands smaller than `ISLAND` and `ISLAND` times 2."""
ISLAND = 15


def decode_arcs(topology: dict) -> list[list[tuple[int, int]]]:
    """Each arc's points in tenths of a degree (x east, y south), rounded."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round((x * sx + tx) * 10), round(-(y * sy + ty) * 10)))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[int, int]]], indexes: list[int]) -> list[tuple[int, int]]:
    """A closed ring from its arcs (a negative index is the reversed arc `~i`)."""
    points: list[tuple[int, int]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A ring that crosses the antimeridian (Russia, Fiji) made continuous, plus its copy shifted by
    360° so that both sides of the map show their part; on a plane the jump would be a streak."""
    out = [points[0]]
    shift = 0
    for (ax, _), (bx, by) in zip(points, points[1:], strict=False):
        if bx - ax > 1800:
            shift -= 3600
        elif ax - bx > 1800:
            shift += 3600
        out.append((bx + shift, by))
    rings = [out]
    if max(x for x, _ in out) > 1800:
        rings.append([(x - 3600, y) for x, y in out])
    if min(x for x, _ in out) < -1800:
        rings.append([(x + 3600, y) for x, y in out])
    return rings


def thin(points: list[tuple[int, int]], step: int = STEP) -> list[tuple[int, int]]:
    kept = [points[0]]
    for p in points[1:]:
        if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= step:
            kept.append(p)
    return kept


def simplify(points: list[tuple[int, int]], tolerance: float) -> list[tuple[int, int]]:
    """Douglas-Peucker: the points that keep the line within `tolerance` of the original."""
    if len(points) < 4:
        return points
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        far, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = (abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length if length
                 else math.hypot(px - ax, py - ay))
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def big(points: list[tuple[int, int]], size: int = ISLAND) -> bool:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return max(xs) - min(xs) >= size or max(ys) - min(ys) >= size


def path(rings: list[list[tuple[int, int]]]) -> str:
    """Relative SVG path data: `M x y` then `l dx dy ...` per ring, closed with `z`."""
    out = []
    for points in rings:
        x0, y0 = points[0]
        steps = [f"M{x0} {y0}l"]
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
            steps.append(f"{bx - ax} {by - ay} ")
        out.append("".join(steps).rstrip().replace(" -", "-") + "z")
    return "".join(out)


def main(source: str, target: str) -> None:
    topology = json.loads(Path(source).read_text())
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        if geometry["properties"]["name"] == "Antarctica":
            continue  # the maps stop at 60° S: no meetings there, and its ring wraps the whole world
        parts = [unwrap(ring(arcs, r)) for polygon in polygons for r in polygon]
        rings = [simplify(thin(part), FINE) for copies in parts for part in copies]
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        # The box of the largest ring as it lies (the mainland, not a far island or a shifted copy),
        # within the map's longitudes: what a locator map centres on.
        main = max((copies[0] for copies in parts), key=len)
        xs = [max(-1800, min(1800, x)) for x, _ in main]
        ys = [y for _, y in main]
        coarse = [r for r in (simplify(part, COARSE) for copies in parts for part in copies if big(part))
                  if len(r) >= 4]
        rough = [r for r in (simplify(part, ROUGH) for copies in parts for part in copies
                             if big(part, 2 * ISLAND)) if len(r) >= 4]
        countries.append({"id": geometry.get("id"), "name": geometry["properties"]["name"],
                          "box": [min(xs), min(ys), max(xs), max(ys)], "d": path(rings),
                          "coarse": path(coarse or rings), "rough": path(rough or coarse or rings)})
    countries.sort(key=lambda c: c["name"])
    data = {"source": "Natural Earth 1:110m Admin 0 countries (public domain), via npm world-atlas 2.0.2 "
                      "(ISC); plate carree, tenths of a degree, y = -latitude",
            "countries": countries}
    Path(target).write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
