"""Meetings over time: a chart of rows (countries or ministers), a person's strip, a meeting's
neighbours.

A mark stands for the meetings of one row in one month, placed at its day and linked to the
meeting when it is alone, or placed mid-month, sized by the count and linked to that period's
listing when there are several. When a chart would need more than `MARKS` marks (a long, busy
corpus), months become years, so the page keeps its size. Meetings known only from a recollection
are drawn hollow. Undated meetings have no place on a time axis: the page says how many.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.knowledge.catalog import Catalog, PersonView
from generator.model import Meeting
from generator.site import listing, urls
from generator.site.views.svg import Linker, esc, num, open_svg

ROWS = 20
"""Rows of a chart: the most active countries or ministers."""
MARKS = 800
"""Marks of one chart at most; beyond, meetings are counted by year instead of by month."""
DAYS = 8
"""A month's mark of up to this many meetings carries each of them too, shown when zoomed in."""
STRIP_MARKS = 60
"""A person's strip draws each meeting up to this many, then one mark per month (and links it to
the year's page, which a person with more than `listing.LATEST` meetings has): at 10,000 articles
a strip of 120 single marks weighed 18 KB of a busy person's 60 KB page."""
WIDTH, LABELS, ROW_H, AXIS_H = 1000, 170, 22, 26
STRIP_WIDTH = 700
"""A strip sits in the page's text column (about 700 px at 1280 px): drawn at that size, its marks
and dates read at their natural size."""


@dataclass(frozen=True)
class Axis:
    """Dates to x across the plot (from `left` to `right`), with year or month ticks."""

    start: dt.date
    end: dt.date
    left: float
    right: float

    def x(self, day: dt.date) -> float:
        span = max((self.end - self.start).days, 1)
        return self.left + (day - self.start).days / span * (self.right - self.left)

    def ticks(self) -> list[tuple[dt.date, str]]:
        """Year starts (every 1, 2, 5… years, at most 12 labels), or months in a span of two years or less."""
        years = self.end.year - self.start.year
        if years <= 2:
            months = [dt.date(y, mo, 1) for y in range(self.start.year, self.end.year + 1)
                      for mo in range(1, 13)]
            step = 1 if len(months) <= 12 else 3
            return [(d, d.strftime("%Y-%m")) for d in months[::step] if self.start <= d < self.end]
        step = next(s for s in (1, 2, 5, 10, 25) if years / s <= 12)
        return [(dt.date(y, 1, 1), str(y)) for y in range(self.start.year, self.end.year) if y % step == 0]


def axis_for(days: Iterable[dt.date], left: float = LABELS, right: float = WIDTH - 12) -> Axis | None:
    """An axis spanning the days' years; None when there are none."""
    days = list(days)
    if not days:
        return None
    # Whole years, so that every year on the chart has its tick and label.
    return Axis(dt.date(min(days).year, 1, 1), dt.date(max(days).year + 1, 1, 1), left, right)


def _axis_marks(axis: Axis, top: float, bottom: float) -> list[str]:
    out = ['<g class="axis">']
    for day, label in axis.ticks():
        x = num(axis.x(day))
        out.append(f'<path d="M{x} {num(top)}V{num(bottom)}"/>'
                   f'<text x="{num(axis.x(day) + 3)}" y="{num(bottom + 16)}">{label}</text>')
    out.append("</g>")
    return out


@dataclass(frozen=True)
class Row:
    """One row of a chart: its label, the page it links to, and its meetings (dated ones only)."""

    label: str
    target: str
    meetings: list[Meeting]


def _mark(x: float, y: float, ms: list[Meeting], href: str, label: str, size: float, here: bool = False,
          single: float = 3.5, most: int = 0, css: str = "m") -> str:
    """One mark: a link around a circle, hollow when every meeting in it is only recalled.

    A mark of several meetings grows with their number, up to `size` for the chart's `most`."""
    recalled = all(not m.sources for m in ms)
    r = single if len(ms) == 1 else single + (size - single) * math.sqrt((len(ms) - 1) / max(most - 1, 1))
    kind = css + (" recalled" if recalled else "") + (" here" if here else "")
    what = "1 meeting" if len(ms) == 1 else f"{len(ms)} meetings"
    if recalled:
        what += ", recalled only"
    return (f'<a href="{href}" class="{kind}"><title>{esc(label)}: {what}</title>'
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}"/></a>')


def _cells(rows: list[Row], by_year: bool) -> list[dict[str, list[Meeting]]]:
    key: Callable[[Meeting], str] = listing.year_of if by_year else listing.month_of
    out = []
    for row in rows:
        cells: dict[str, list[Meeting]] = defaultdict(list)
        for m in row.meetings:
            cells[key(m)].append(m)
        out.append(dict(cells))
    return out


def chart(rows: list[Row], page: str, label: str, period_page: Callable[[str], str]) -> str:
    """Rows of marks over a shared time axis; `period_page(month or year)` lists a period's meetings.

    A month's mark of a few meetings (up to `DAYS`) also carries each of them at its day, hidden
    until the reader zooms in (`views.js` marks the picture `zoomed`), when the days come apart.
    """
    axis = axis_for(m.date for row in rows for m in row.meetings if m.date)  # type: ignore[misc]
    if axis is None:
        return ""
    by_year = sum(len(c) for c in _cells(rows, False)) > MARKS
    cells_of = _cells(rows, by_year)
    most = max((len(ms) for cells in cells_of for ms in cells.values()), default=1)
    days = not by_year and sum(len(ms) for cells in cells_of for ms in cells.values()) <= 2 * MARKS
    link = Linker(page)
    height = len(rows) * ROW_H + AXIS_H + 8
    extra = (f' data-view="timeline" data-bin="{"year" if by_year else "month"}" '
             f'data-left="{num(axis.left)}" data-right="{num(axis.right)}"')  # the plot, for zooming in time
    out = [open_svg((0, 0, WIDTH, height), label, "timeline", extra)]
    out += _axis_marks(axis, 4, height - AXIS_H)
    for i, (row, cells) in enumerate(zip(rows, cells_of, strict=True)):
        y = 4 + i * ROW_H + ROW_H / 2
        short = row.label if len(row.label) <= 24 else row.label[:23] + "…"
        out.append(f'<g class="row"><a href="{link(row.target)}" class="rowlabel">'
                   f'<title>{esc(row.label)}</title>'
                   f'<text x="{LABELS - 8}" y="{num(y + 4)}">{esc(short)}</text></a>')
        for period, ms in sorted(cells.items()):
            if len(ms) == 1:
                out.append(_day(axis, y, ms[0], row.label, link))
                continue
            first = ms[0].date
            middle = dt.date(first.year, 7, 1) if by_year else dt.date(first.year, first.month, 15)  # type: ignore[union-attr]
            split = days and len(ms) <= DAYS
            out.append(_mark(axis.x(middle), y, ms, link(period_page(period)), f"{row.label}, {period}",
                             ROW_H // 2 - 1, most=most, css="agg m" if split else "m"))
            if split:
                out += ['<g class="days">', *(_day(axis, y, m, row.label, link) for m in ms), "</g>"]
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _day(axis: Axis, y: float, m: Meeting, label: str, link: Linker) -> str:
    """One meeting at its day, linked to its page."""
    return _mark(axis.x(m.date), y, [m], link(urls.meeting(m.id)), f"{label}, {m.date}",  # type: ignore[arg-type]
                 ROW_H // 2 - 1)


def period_pages(catalog: Catalog) -> Callable[[str], str]:
    """A month's or a year's listing page, as the meetings index cuts them (months only in busy years)."""
    per_year = Counter(listing.year_of(m) for m in catalog.meetings)
    split = {year for year, n in per_year.items() if n > listing.PAGE_ROWS and year != "undated"}

    def page(period: str) -> str:
        return urls.meetings_period(period if len(period) == 4 or period[:4] in split else period[:4])

    return page


@dataclass
class Timeline:
    """The timeline page's two charts and what it says about them."""

    countries: str
    people: str
    dated: int
    undated: int


def timeline_view(catalog: Catalog, page: str = urls.TIMELINE) -> Timeline:
    """Meetings over time, one row per most active country, then per most active minister."""
    dated = [m for m in catalog.meetings if m.date]
    by_country: dict[str, list[Meeting]] = defaultdict(list)
    for m in dated:
        for country in sorted({catalog.people[catalog.name_slug[p]].country or "" for p in m.participants}):
            if country:
                by_country[country].append(m)
    top = sorted(by_country, key=lambda c: (-len(by_country[c]), c))[:ROWS]
    country_rows = [Row(c, urls.country(catalog.country_slug[c]), by_country[c]) for c in top
                    if c in catalog.country_slug]
    people = sorted(catalog.people.values(), key=lambda p: (-sum(1 for m in p.meetings if m.date), p.slug))
    person_rows = [Row(p.name, urls.person(p.slug), [m for m in p.meetings if m.date])
                   for p in people[:ROWS] if any(m.date for m in p.meetings)]
    periods = period_pages(catalog)
    return Timeline(
        chart(country_rows, page, "Meetings over time by country (participants' countries)", periods),
        chart(person_rows, page, "Meetings over time of the most active people", periods),
        len(dated), len(catalog.meetings) - len(dated))


def person_strip(view: PersonView, page: str) -> str:
    """A person's meetings on one line, each linked; by month or year (to the year's page) when many."""
    dated = [m for m in view.meetings if m.date]
    if not dated:
        return ""
    row = Row(view.name, urls.person(view.slug), dated)
    if len(dated) <= STRIP_MARKS:
        return _strip(row, page, None)
    # So many meetings that the person's page shows the latest only: each year is on a page of years.
    span = listing.span_of_year(listing.year_spans(listing.group_by(view.meetings, listing.year_of)))
    return _strip(row, page, lambda period: urls.entity_year("person", view.slug,
                                                             span.get(period[:4], period[:4])))


def _strip(row: Row, page: str, period_page: Callable[[str], str] | None) -> str:
    """One row without a label column: each meeting, or each month (each year, when months would be
    more than `STRIP_MARKS`) when `period_page` is given."""
    axis = axis_for((m.date for m in row.meetings), left=10, right=STRIP_WIDTH - 10)  # type: ignore[misc]
    assert axis is not None
    link = Linker(page)
    height = ROW_H + AXIS_H + 8
    out = [open_svg((0, 0, STRIP_WIDTH, height), f"{row.label}: meetings over time", "timeline strip",
                    ' data-view="strip"')]
    out += _axis_marks(axis, 4, height - AXIS_H)
    y = 4 + ROW_H / 2
    out.append(f'<path class="baseline" d="M{num(axis.left)} {num(y)}H{num(axis.right)}"/>')
    if period_page is None:
        for m in row.meetings:
            out.append(_mark(axis.x(m.date), y, [m], link(urls.meeting(m.id)),  # type: ignore[arg-type]
                             f"{m.date} {m.venue or m.kind or ''}".strip(), ROW_H // 2 - 1, single=5))
    else:
        cells = _cells([row], False)[0]
        by_year = len(cells) > STRIP_MARKS  # a long career: months would be as many marks as meetings
        if by_year:
            cells = _cells([row], True)[0]
        most = max(len(ms) for ms in cells.values())
        for period, ms in sorted(cells.items()):
            d = ms[0].date
            middle = dt.date(d.year, 7, 1) if by_year else dt.date(d.year, d.month, 15)  # type: ignore[union-attr]
            out.append(_mark(axis.x(middle), y, ms, link(period_page(period)), period, ROW_H // 2 - 1,
                             single=5, most=most))
    out.append("</svg>")
    return "".join(out)


NEIGHBOURS = 4
"""Meetings drawn on each side of a meeting in its neighbours' strip."""


def neighbours_strip(m: Meeting, catalog: Catalog, page: str) -> str:
    """This meeting and the same people's meetings just before and after it, each linked.

    They are drawn in time order at equal steps, each with its date and place beneath: the
    neighbours of a meeting are often days apart (or the same day), which a time axis would stack.
    """
    steps = catalog.pair_steps.get(m.id, [])
    near = {n.id: n for s in steps for n in (s.previous, s.next) if n is not None and n.date}
    if m.date is None or not near:
        return ""
    order = sorted([m, *near.values()], key=lambda x: (x.date, x.id))
    at = order.index(m)
    shown = order[max(0, at - NEIGHBOURS):at + NEIGHBOURS + 1]
    link = Linker(page)
    step = STRIP_WIDTH / len(shown)
    out = [open_svg((0, 0, STRIP_WIDTH, 58), "This meeting and the same people's meetings before and after",
                    "timeline strip neighbours", ' data-view="neighbours"'),
           f'<path class="baseline" d="M{num(step / 2)} 14H{num(STRIP_WIDTH - step / 2)}"/>']
    for i, n in enumerate(shown):
        x = step * i + step / 2
        place = n.venue or n.kind or "place unknown"
        out.append(_mark(x, 14, [n], link(urls.meeting(n.id)), f"{n.date} {place}", 8, here=n is m, single=6))
        now = " here" if n is m else ""
        out.append(f'<text class="when{now}" x="{num(x)}" y="36">{n.date}</text>'
                   f'<text class="where{now}" x="{num(x)}" y="51">{esc(place[:18])}</text>')
    out.append("</svg>")
    return "".join(out)
