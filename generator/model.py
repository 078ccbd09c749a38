"""Plain data objects passed between the pipeline's stages; no I/O lives here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One input problem, reported in the single format `path:line: field: what (what to do)`."""

    path: str
    message: str
    line: int | None = None
    field: str | None = None
    hint: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.field}: {self.message}" if self.field else self.message
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.severity}: {what}{hint}"


@dataclass
class SourceDoc:
    """A seed file decoded and split into the parts the annotator reads."""

    stem: str
    path: Path
    text: str
    """Article text without the leading ` date YYYY-MM-DD` marker, newlines normalised."""
    title: str
    published: dt.date | None
    """Publication date from the ` date` line, a byline or a dated dateline."""
    digest: str
    """SHA-256 of the raw bytes: the cache key for annotation."""


@dataclass
class Evidence:
    """Why the annotator chose a value: the sentence it came from and how sure it is."""

    value: object
    sentence: str
    confidence: float
    """Probability that the value is right (`annotate.confidence`), once the annotator scored it."""
    rule: str = ""
    """Which rule or fallback chose the value ('own sentence', 'date line', 'only city'...), kept
    for calibrating confidence; empty when not recorded."""
    signals: dict[str, float] = field(default_factory=dict)
    """What the answer rests on (rule, fallback, position, disagreement...), as numbers in [0, 1]:
    the fitted model's inputs, kept so that `train` can refit it on a gold set."""


@dataclass
class MeetingMention:
    """One meeting that an article talks about, as the annotator read it."""

    date: dt.date | None
    venue: str | None
    country: str | None
    participants: list[str]
    kind: str
    """bilateral | multilateral | visit | third-location | phone | video."""
    status: str = "reported"
    """reported (took place, the article's news) | recalled (earlier) | planned (future)."""
    sentence: str = ""
    confidence: float = 0.5

    def as_front_matter(self) -> dict[str, object]:
        return {
            "date": self.date,
            "venue": self.venue,
            "country": self.country,
            "participants": list(self.participants),
            "kind": self.kind,
        }


@dataclass
class UnknownPerson:
    """A person found from a title or context whom the registry does not know."""

    name: str
    country: str | None
    title: str
    sentence: str


@dataclass
class Annotation:
    """Everything the annotator extracted from one source document."""

    title: str
    date: dt.date | None
    venue: str | None
    country: str | None
    participants: list[str]
    kind: str | None
    meetings: list[MeetingMention] = field(default_factory=list)
    """Reported meetings, headline first."""
    recalled: list[MeetingMention] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)
    """People named who did not take part."""
    unknown_people: list[UnknownPerson] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    people: dict[str, Evidence] = field(default_factory=dict)
    """Per participant: where the name was found and how likely it is that they took part."""


@dataclass(frozen=True)
class Role:
    """An office held between two dates; `end` None means still in office."""

    role: str
    country: str
    start: dt.date
    end: dt.date | None
    title: str = ""

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Person:
    """A registry person: canonical name plus everything text may call them."""

    name: str
    country: str | None
    slug: str
    aliases: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None
    known: bool = True
    """False for people found in text but absent from the registry (shown for review)."""

    def __hash__(self) -> int:
        return hash(self.slug)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Person) and other.slug == self.slug


@dataclass
class Country:
    """A country (or an organisation treated as one) with the words text uses for it."""

    name: str
    iso2: str
    slug: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    capital: str | None = None
    titles: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Place:
    """A city or venue where meetings happen."""

    name: str
    country: str | None
    slug: str
    lat: float | None = None
    lon: float | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str = "city"
    population: int = 0
    city: str | None = None
    """For a venue (a palace, a ministry, a resort hotel): the city it stands in."""


@dataclass
class MeetingReport:
    """One meeting as one article's front matter gives it."""

    stem: str
    date: dt.date | None
    venue: str | None
    country: str | None
    participants: list[str]
    kind: str | None
    recalled: bool = False
    headline: bool = True
    group: str | None = None
    """Researcher override: reports with the same `group` value form one meeting."""


@dataclass
class Article:
    """An annotated article as loaded from `docs/articles/<stem>.md` (the researcher's copy)."""

    stem: str
    """Its file is docs/articles/<stem>.md (no path kept: ten thousand of them are cached)."""
    title: str
    date: dt.date | None
    venue: str | None
    country: str | None
    participants: list[str]
    kind: str | None
    reports: list[MeetingReport] = field(default_factory=list)
    """Reported meetings (headline first) and recalled ones."""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Meeting:
    """One real-world meeting, merged from every article that reports or recalls it."""

    id: str
    date: dt.date | None
    venue: str | None
    country: str | None
    participants: list[str]
    kind: str | None
    sources: list[str] = field(default_factory=list)
    recalled_in: list[str] = field(default_factory=list)
    reports: list[MeetingReport] = field(default_factory=list)
    conflicts: dict[str, dict[str, object]] = field(default_factory=dict)
    """field -> {stem: value} where sources disagree."""
    filled: list[str] = field(default_factory=list)
    """Fields taken from another source because the first one lacked them."""

    @property
    def recalled_only(self) -> bool:
        return not self.sources
