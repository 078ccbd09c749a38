"""A synthetic corpus for the benchmark: N plain-text seeds in the genre, about registry people.

The benchmark must exercise what a real corpus does (datelines, "met his X counterpart", several
articles reporting one meeting, recalled meetings, phone calls), so the texts are generated from
the registry's own foreign ministers, on dates when they held office, at registry venues. The text
is this module's own; nothing is copied from any real article. The same seed gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from generator.corpus.registry import Registry
from generator.model import Person, Role

FIRST_DAY = dt.date(2001, 1, 1)
LAST_DAY = dt.date(2024, 6, 30)
OFFICIALS = 400
VENUES = 100
AGENCIES = ("Reuters", "AFP", "AP", "Xinhua", "TASS", "Anadolu", "IRNA", "APP", "PTI", "Kyodo")
TOPICS = (
    "trade and investment", "regional security", "energy cooperation", "the humanitarian situation",
    "transport corridors", "climate finance", "counter-terrorism", "visa facilitation",
    "grain exports", "maritime security", "nuclear non-proliferation", "health cooperation",
)
FILLER = (
    "The two sides reviewed the state of bilateral relations and agreed to keep in close contact.",
    "Officials described the talks as frank and constructive, according to a statement released afterwards.",
    "The ministry said the ministers also exchanged views on regional issues of mutual interest.",
    "Analysts said the meeting signalled a wish on both sides to stabilise ties after a difficult year.",
    "A joint working group is expected to meet before the end of the year to follow up on the decisions.",
    "Neither side gave details of the agreements, but diplomats said a memorandum was being prepared.",
    "The talks lasted about two hours and were followed by a working lunch hosted by the visitors.",
    "Both ministers underlined the importance of dialogue and said they would meet again soon.",
    "Business leaders from both countries attended a forum held on the margins of the visit.",
    "The statement added that cultural and educational exchanges would be expanded next year.",
)


@dataclass
class Official:
    """A registry person with the foreign-minister term used for the synthetic meetings."""

    person: Person
    role: Role
    adjective: str


@dataclass
class Event:
    """One synthetic meeting: what the articles about it report."""

    day: dt.date
    venue: str | None
    country: str | None
    people: list[Official]
    kind: str
    topic: str
    reports: int
    earlier: list[Event] = field(default_factory=list)
    """An earlier meeting of the first participant that the articles recall."""


def officials(registry: Registry, limit: int = OFFICIALS) -> list[Official]:
    """Foreign ministers whose term overlaps the corpus years, with the adjective of their country."""
    found: list[Official] = []
    for person in sorted(registry.people.values(), key=lambda p: p.slug):
        country = registry.countries.get(person.country or "")
        if country is None or not country.adjectives:
            continue
        for role in person.roles:
            end = role.end or LAST_DAY
            if role.role == "foreign_minister" and role.start < LAST_DAY and end > FIRST_DAY \
                    and (end - role.start).days > 60:
                found.append(Official(person, role, country.adjectives[0]))
                break
    return found[:limit]


def venues(registry: Registry, limit: int = VENUES) -> list[tuple[str, str]]:
    """(city, country) pairs from the registry's own places, biggest capitals and hubs first."""
    capitals = {c.capital for c in registry.countries.values() if c.capital}
    shipped = [p for p in registry.places.values()
               if p.kind == "city" and p.country in registry.countries and p.population >= 10**7]
    shipped.sort(key=lambda p: (p.name not in capitals, p.slug))
    return [(p.name, str(p.country)) for p in shipped[:limit]]


def _day_in(role: Role, rng: random.Random) -> dt.date:
    start = max(role.start, FIRST_DAY) + dt.timedelta(days=5)
    end = min(role.end or LAST_DAY, LAST_DAY) - dt.timedelta(days=5)
    return start + dt.timedelta(days=rng.randrange(max((end - start).days, 1)))


def plan(registry: Registry, n_articles: int, seed: int = 7) -> list[Event]:
    """Meetings enough for `n_articles` seeds: 1-3 reports each, some recalled later."""
    rng = random.Random(seed)
    people = officials(registry)
    places = venues(registry)
    by_year: dict[int, list[Official]] = {}
    for o in people:
        for year in range(o.role.start.year, (o.role.end or LAST_DAY).year + 1):
            by_year.setdefault(year, []).append(o)
    events: list[Event] = []
    history: dict[frozenset[str], list[Event]] = {}
    written = 0
    while written < n_articles:
        host = rng.choice(people)
        day = _day_in(host.role, rng)
        pool = [o for o in by_year.get(day.year, []) if o.role.held_on(day)
                and o.person.country != host.person.country]
        if not pool:
            continue
        size = 1 if rng.random() < 0.8 else rng.randint(2, 4)
        guests = rng.sample(pool, min(size, len(pool)))
        if len({g.person.country for g in guests}) < len(guests):
            continue
        group = [host, *guests]
        kind = "phone" if rng.random() < 0.12 else ("multilateral" if len(group) > 2 else "bilateral")
        venue, country = (None, None) if kind == "phone" else rng.choice(places)
        reports = min(rng.choice((1, 1, 1, 2, 2, 3)), n_articles - written)
        earlier = [e for e in history.get(host.person.slug, []) if e.day < day - dt.timedelta(days=30)]
        event = Event(day, venue, country, group, kind, rng.choice(TOPICS), reports,
                      earlier=earlier[-1:] if rng.random() < 0.6 else [])
        for o in group:
            history.setdefault(o.person.slug, []).append(event)
        events.append(event)
        written += reports
    return events


def _names(group: list[Official]) -> str:
    parts = [f"{o.adjective} Foreign Minister {o.person.name}" for o in group]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _lead(e: Event, variant: int) -> str:
    a, rest = e.people[0], e.people[1:]
    weekday = e.day.strftime("%A")
    if e.kind == "phone":
        b = rest[0]
        return (f"{a.adjective} Foreign Minister {a.person.name} held a phone call with his "
                f"{b.adjective} counterpart {b.person.name} on {weekday}, discussing {e.topic}.")
    if len(rest) == 1:
        b = rest[0]
        if variant == 0:
            return (f"{a.adjective} Foreign Minister {a.person.name} met his {b.adjective} counterpart "
                    f"{b.person.name} in {e.venue} on {weekday} for talks on {e.topic}.")
        if variant == 1:
            return (f"{b.person.name}, the {b.adjective} foreign minister, held talks with "
                    f"{a.person.name} in {e.venue} on {e.day:%B} {e.day.day}, focusing on {e.topic}.")
        return (f"Foreign ministers {a.person.name} and {b.person.name} met in {e.venue} on {weekday} "
                f"and discussed {e.topic}, their ministries said.")
    return (f"{_names(e.people)} met in {e.venue} on {weekday} for a round of talks on {e.topic}, "
            f"the first such meeting in this format this year.")


def _title(e: Event, variant: int) -> str:
    a, b = e.people[0].person, e.people[1].person
    if e.kind == "phone":
        return f"{a.name} and {b.name} discuss {e.topic} by phone"
    if len(e.people) > 2:
        return f"Foreign ministers of {len(e.people)} countries meet in {e.venue}"
    return (f"{a.short[0] if a.short else a.name} holds talks with {b.name} in {e.venue}",
            f"{b.name} and {a.name} meet in {e.venue}",
            f"Ministers discuss {e.topic} in {e.venue}")[variant % 3]


def article_text(e: Event, variant: int, rng: random.Random) -> str:
    """One seed: the publication-date line, a headline, a dateline lead, a recollection, filler."""
    published = e.day + dt.timedelta(days=variant % 2)
    agency = rng.choice(AGENCIES)
    place = (e.venue or e.people[0].person.country or "Capital").upper()
    filler = rng.sample(FILLER, 8)
    body = [" ".join(filler[i:i + 2]) for i in range(0, 8, 2)]
    for before in e.earlier:
        host = e.people[0].person
        other = next(o.person for o in before.people if o.person != host)
        where = f"in {before.venue}" if before.venue else "by phone"
        body.insert(1, f"{host.name} had previously met {other.name} {where} in {before.day:%B %Y}, "
                       f"when they discussed {before.topic}.")
    if rng.random() < 0.3:
        body.append(f"A spokesperson for the {e.people[0].adjective} foreign ministry said further "
                    f"contacts were planned for next month.")
    lead = f"{place}, {e.day:%B} {e.day.day} ({agency}) - {_lead(e, variant)}"
    return f" date {published.isoformat()}\n{_title(e, variant)}\n\n" + "\n\n".join([lead, *body]) + "\n"


def write_corpus(registry: Registry, seeds_dir: Path, n_articles: int, seed: int = 7) -> int:
    """Write `n_articles` seeds into `seeds_dir`; returns the number of meetings behind them."""
    rng = random.Random(seed + 1)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    events = plan(registry, n_articles, seed)
    n = 0
    for event in events:
        for variant in range(event.reports):
            text = article_text(event, variant, rng)
            (seeds_dir / f"{n:05d}_{event.day.isoformat()}.txt").write_text(text, encoding="utf-8")
            n += 1
    return len(events)
