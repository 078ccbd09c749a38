"""A synthetic corpus of two-minister meetings with its truth, to measure grouping and annotation.

Real reports of one meeting differ: one dates it, one gives a weekday, one is filed a day later,
one carries another city's dateline, one mentions multilateral organisations in passing, one says
'on the sidelines of'. The same pair of ministers also meets again on other days and in other
places, and those meetings must stay apart. Every article here reports exactly one meeting, and
`Truth` says which one and what its front matter should hold, so that grouping can be scored by
pairs of articles and annotation field by field. The texts are this module's own; the same seed
gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from generator.bench.corpus import AGENCIES, FILLER, TOPICS, Official, officials, venues
from generator.corpus.registry import Registry

LEADS = ("dated", "weekday", "late", "in_passing", "sidelines", "gathering", "elsewhere")
"""How a report tells its meeting (see `_lead`); `sidelines` and `gathering` only for a third
country's city, where ministers meet beside a conference that one report names as the place."""
PHONE_LEADS = ("dated", "weekday", "late")


@dataclass
class PairMeeting:
    """One meeting of two ministers, and how many articles report it."""

    key: int
    day: dt.date
    venue: str | None
    country: str | None
    a: Official
    b: Official
    kind: str
    """visit (in one of their countries), third-location (elsewhere) or phone."""
    topic: str
    leads: list[str]
    earlier: PairMeeting | None = None
    """The pair's previous meeting, recalled in passing by some of the reports."""


@dataclass
class Truth:
    """What the corpus holds: which articles report the same meeting, and each one's fields."""

    meeting: dict[str, int] = field(default_factory=dict)
    """stem -> key of the meeting the article reports."""
    fields: dict[str, dict[str, object]] = field(default_factory=dict)
    """stem -> date, venue, country, participants (sorted) and kind its front matter should hold."""
    meetings: dict[int, dict[str, object]] = field(default_factory=dict)
    """meeting key -> the same fields for the meeting itself (what grouping should conclude)."""


def _capital(registry: Registry, country: str | None) -> str | None:
    c = registry.countries.get(country or "")
    place = registry.place(c.capital) if c is not None and c.capital else None
    return place.name if place is not None and place.country == country else None


def _where(registry: Registry, a: Official, b: Official, places: list[tuple[str, str]],
           rng: random.Random) -> tuple[str, str, str]:
    """(city, country, kind): one side's capital (a visit) or a third country's city."""
    roll = rng.random()
    for side in ((a, b) if roll < 0.3 else (b, a) if roll < 0.6 else ()):
        capital = _capital(registry, side.person.country)
        if capital:
            return capital, str(side.person.country), "visit"
    own = {a.person.country, b.person.country}
    city, country = rng.choice([p for p in places if p[1] not in own])
    return city, country, "third-location"


def plan_pairs(registry: Registry, n_articles: int, seed: int = 11) -> list[PairMeeting]:
    """Meetings enough for `n_articles` articles: pairs meeting one to three times, 1-4 reports each."""
    rng = random.Random(seed)
    people = officials(registry)
    places = venues(registry)
    meetings: list[PairMeeting] = []
    written = 0
    while written < n_articles:
        a = rng.choice(people)
        day = a.role.start + dt.timedelta(days=rng.randrange(max((_end(a) - a.role.start).days, 1)))
        pool = [o for o in people if o.role.held_on(day) and o.person.country != a.person.country
                and _end(o) - day > dt.timedelta(days=90)]
        if not pool or _end(a) - day < dt.timedelta(days=90):
            continue
        b = rng.choice(pool)
        earlier: PairMeeting | None = None
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if written >= n_articles:
                break
            m = _one_meeting(registry, len(meetings), day, a, b, places, rng, earlier)
            meetings.append(m)
            written += len(m.leads)
            earlier = m
            day += dt.timedelta(days=rng.choice((3, 4, 9, 30, 40)))  # another day, often another city
    return meetings


def _end(o: Official) -> dt.date:
    return min(o.role.end or dt.date(2024, 6, 30), dt.date(2024, 6, 30))


def _one_meeting(registry: Registry, key: int, day: dt.date, a: Official, b: Official,
                 places: list[tuple[str, str]], rng: random.Random, earlier: PairMeeting | None
                 ) -> PairMeeting:
    topic = rng.choice(TOPICS)
    reports = rng.choice((1, 2, 2, 3, 3, 4))
    if rng.random() < 0.1:
        leads = rng.sample(PHONE_LEADS, min(reports, len(PHONE_LEADS)))
        return PairMeeting(key, day, None, None, a, b, "phone", topic, leads, earlier)
    city, country, kind = _where(registry, a, b, places, rng)
    if earlier is not None and earlier.venue and rng.random() < 0.3:
        city, country, kind = earlier.venue, str(earlier.country), earlier.kind  # same city, new day
    usable = [lead for lead in LEADS if lead not in {"sidelines", "gathering"} or kind == "third-location"]
    leads = rng.sample(usable, min(reports, len(usable)))
    return PairMeeting(key, day, city, country, a, b, kind, topic, leads, earlier)


def _lead(m: PairMeeting, how: str) -> str:
    """The meeting sentence, told the way `how` says."""
    a, b = m.a, m.b
    na, nb = a.person.name, b.person.name
    weekday, date = m.day.strftime("%A"), f"{m.day:%B} {m.day.day}"
    if m.kind == "phone":
        return {"dated": f"{a.adjective} Foreign Minister {na} held a phone call with his {b.adjective} "
                         f"counterpart {nb} on {date}, discussing {m.topic}.",
                "weekday": f"{na} and {nb} spoke by telephone on {weekday} about {m.topic}.",
                "late": f"{nb}, the {b.adjective} foreign minister, had a telephone conversation with "
                        f"{na} on {weekday} on {m.topic}, the ministry said."}[how]
    where = f"in {m.venue}"
    return {
        "dated": f"{a.adjective} Foreign Minister {na} met his {b.adjective} counterpart {nb} {where} "
                 f"on {date} for talks on {m.topic}.",
        "weekday": f"Foreign ministers {na} and {nb} held talks {where} on {weekday}, focusing on {m.topic}.",
        "late": f"{nb}, the {b.adjective} foreign minister, met {na} {where} on {weekday} and discussed "
                f"{m.topic}, their ministries said.",
        "in_passing": f"{na} held talks with {nb} {where} on {weekday}, and the two ministers agreed to "
                      f"coordinate their positions in multilateral organisations.",
        "sidelines": f"{na} met {nb} on the sidelines of an international conference {where} on {date} "
                     f"to discuss {m.topic}.",
        "gathering": f"{na} and {nb} met at an international conference {where} on {weekday} and "
                     f"discussed {m.topic}.",
        "elsewhere": f"{a.adjective} Foreign Minister {na} and his {b.adjective} counterpart {nb} met "
                     f"{where} on {weekday} to discuss {m.topic}.",
    }[how]


def _dateline(registry: Registry, m: PairMeeting, how: str) -> str:
    """The meeting's city, except for a report filed from home ('elsewhere') and for calls."""
    if how == "elsewhere" or m.kind == "phone":
        for side in (m.a, m.b):
            capital = _capital(registry, side.person.country)
            if capital and capital != m.venue:
                return capital.upper()
        return "CAIRO" if m.venue != "Cairo" else "LIMA"
    return str(m.venue).upper()


def pair_article(registry: Registry, m: PairMeeting, how: str, rng: random.Random) -> str:
    """One seed: publication line, headline, dateline lead, perhaps a recollection, filler."""
    published = m.day + dt.timedelta(days=1 if how == "late" else 0)
    filler = rng.sample(FILLER, 6)
    body = [" ".join(filler[i:i + 2]) for i in range(0, 6, 2)]
    if m.earlier is not None and m.earlier.venue and rng.random() < 0.5:
        e = m.earlier
        body.insert(1, f"{m.a.person.name} had previously met {m.b.person.name} in {e.venue} in "
                       f"{e.day:%B %Y}, when they discussed {e.topic}.")
    titles = (f"{m.a.person.name} and {m.b.person.name} discuss {m.topic}",
              f"{m.b.adjective} and {m.a.adjective} foreign ministers hold talks",
              f"Ministers review ties, discuss {m.topic}")
    lead = (f"{_dateline(registry, m, how)}, {published:%B} {published.day} ({rng.choice(AGENCIES)}) - "
            f"{_lead(m, how)}")
    return f" date {published.isoformat()}\n{rng.choice(titles)}\n\n" + "\n\n".join([lead, *body]) + "\n"


def pair_corpus(registry: Registry, n_articles: int, seed: int = 11) -> tuple[dict[str, str], Truth]:
    """stem -> seed text for `n_articles` articles, and the truth about them.

    A report that says the ministers met at a conference reads as multilateral (a gathering the
    meeting took place at), and its truth says so: the meeting's other reports may call the same
    talks sideline talks, and grouping must weigh the two kinds rather than split the meeting.
    """
    rng = random.Random(seed + 1)
    texts: dict[str, str] = {}
    truth = Truth()
    for m in plan_pairs(registry, n_articles, seed):
        truth.meetings[m.key] = {"date": m.day, "venue": m.venue, "country": m.country,
                                 "participants": sorted([m.a.person.name, m.b.person.name]), "kind": m.kind}
        for how in m.leads:
            stem = f"{len(texts):05d}_{m.day.isoformat()}"
            texts[stem] = pair_article(registry, m, how, rng)
            truth.meeting[stem] = m.key
            truth.fields[stem] = {"date": m.day, "venue": m.venue, "country": m.country,
                                  "participants": sorted([m.a.person.name, m.b.person.name]),
                                  "kind": "multilateral" if how == "gathering" else m.kind}
    return texts, truth


def write_pairs(registry: Registry, seeds_dir: Path, n_articles: int, seed: int = 11) -> Truth:
    """Write the corpus into `seeds_dir` (for a site built the usual way); returns its truth."""
    texts, truth = pair_corpus(registry, n_articles, seed)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    for stem, text in texts.items():
        (seeds_dir / f"{stem}.txt").write_text(text, encoding="utf-8")
    return truth
