"""Cutting long lists into pages of bounded size: no page may grow with the corpus.

A meeting index is split by year, then by month when a year is long, then into numbered parts;
a name index by initial letter, then into parts. Pure functions over rows and path builders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.corpus.textnorm import fold
from generator.model import Meeting

T = TypeVar("T")
PAGE_ROWS = 80
"""Rows on one listing page: about 40 KB of table at the widest rows, under the 60 KB budget."""
LATEST = 50
"""Meetings shown on a person's or a place's own page; the rest are on per-year pages."""
TOP = 30
"""Counterparts, venues, people or articles listed on one entity's page."""
SUMMARY = 20
"""Rows of each review section shown on the review summary page."""


@dataclass
class Part(Generic[T]):
    """One page of a paginated listing, with the links to its neighbours."""

    path: str
    number: int
    count: int
    rows: Sequence[T]
    previous: str | None
    next: str | None


def paginate(rows: Sequence[T], path_of: Callable[[int], str], size: int = PAGE_ROWS) -> list[Part[T]]:
    """Parts of at most `size` rows; an empty list still gets one (empty) page."""
    chunks = [rows[i:i + size] for i in range(0, len(rows), size)] or [rows[:0]]
    count = len(chunks)
    return [Part(path_of(n), n, count, chunk, path_of(n - 1) if n > 1 else None,
                 path_of(n + 1) if n < count else None)
            for n, chunk in enumerate(chunks, 1)]


def year_of(m: Meeting) -> str:
    return str(m.date.year) if m.date else "undated"


def month_of(m: Meeting) -> str:
    return f"{m.date.year}-{m.date.month:02d}" if m.date else "undated"


def group_by(rows: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    """Rows under their key, keys in first-seen order."""
    out: dict[str, list[T]] = {}
    for row in rows:
        out.setdefault(key(row), []).append(row)
    return out


def year_spans(years: dict[str, list[T]], size: int = PAGE_ROWS) -> dict[str, list[T]]:
    """Consecutive years joined while their rows fit one page (`2003-2007`; a year alone keeps its
    name, `undated` stays apart): an entity's older meetings on a few pages, not one per year."""
    out: dict[str, list[T]] = {}
    run: list[tuple[str, list[T]]] = []

    def close() -> None:
        if run:
            label = run[0][0] if len(run) == 1 else f"{run[0][0]}-{run[-1][0]}"
            out[label] = [row for _, rows in run for row in rows]
            run.clear()

    for year in sorted(years, key=lambda y: (not y.isdigit(), y)):
        rows = years[year]
        if not year.isdigit():
            close()
            out[year] = list(rows)
            continue
        if run and sum(len(r) for _, r in run) + len(rows) > size:
            close()
        run.append((year, rows))
    close()
    return out


def span_of_year(spans: dict[str, list[T]]) -> dict[str, str]:
    """Each year (`2005`) -> the label of the span of years holding it (`2003-2007`)."""
    out: dict[str, str] = {}
    for label in spans:
        first, _, last = label.partition("-")
        if first.isdigit() and (not last or last.isdigit()):
            out.update({str(y): label for y in range(int(first), int(last or first) + 1)})
        else:
            out[label] = label
    return out


def initial(name: str) -> str:
    """The index letter of a name: a-z, or `other` for digits and scripts without one."""
    folded = fold(name)
    return folded[0] if folded and "a" <= folded[0] <= "z" else "other"


def latest(meetings: Sequence[Meeting], limit: int = LATEST) -> list[Meeting]:
    """The last `limit` dated meetings of a time-ordered list (all of them when few)."""
    if len(meetings) <= limit:
        return list(meetings)
    return [m for m in meetings if m.date][-limit:]


def newest_first(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.date or dt.date.min, m.id), reverse=True)
