"""What every view shares: escaping for SVG, number formatting, links and country colours.

Names come from hand-edited front matter, so every text and attribute is escaped here, never in
the builders. Colours are CSS classes (`c0`…`c9`, defined in `docs/assets/extra.css` for both of
Material's palettes); lines and text use `currentColor`, so no view draws a white box in dark mode.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from generator.site import urls

COLOURS = 10
"""Country colour classes: the most frequent countries get one each, the rest share `cx`."""


def esc(value: object) -> str:
    """Text or an attribute value, safe in SVG inside HTML (quotes included)."""
    return html.escape(" ".join(str(value).split()), quote=True)


def num(value: float) -> str:
    """A coordinate with one decimal at most, and no `-0`: short and byte-stable."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class Linker:
    """Relative links from the page that holds the picture (`page`, relative to docs/)."""

    page: str

    def __call__(self, target: str) -> str:
        return esc(urls.rel(self.page, target))


def country_classes(countries: Iterable[str | None]) -> dict[str, str]:
    """Country -> colour class, the most frequent first (ties by name): stable across builds."""
    counts = Counter(c for c in countries if c)
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    return {c: f"c{i}" if i < COLOURS else "cx" for i, c in enumerate(ranked)}


def legend(classes: dict[str, str], label: str = "Colour by country") -> str:
    """An HTML legend of the coloured countries (the others share one grey)."""
    items = [f'<li><span class="swatch {cls}"></span>{esc(country)}</li>'
             for country, cls in classes.items() if cls != "cx"]
    if any(cls == "cx" for cls in classes.values()):
        items.append('<li><span class="swatch cx"></span>other countries</li>')
    return f'<ul class="view-legend" aria-label="{esc(label)}">{"".join(items)}</ul>'


def open_svg(box: tuple[float, float, float, float], label: str, css: str, extra: str = "") -> str:
    """The root element: scalable (viewBox), labelled for screen readers (a group, not an image,
    so that its links stay reachable)."""
    view_box = " ".join(num(v) for v in box)
    return (f'<svg class="view {css}" xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" '
            f'role="group" aria-label="{esc(label)}" font-family="sans-serif"{extra}>'
            f"<title>{esc(label)}</title>")
