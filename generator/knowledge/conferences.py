"""Conferences and summits named in a text: "on the sidelines of the SCO summit" becomes SCO.

The annotator has no conference field, yet researchers browse by summit (SCO, G20, UNGA). A short
data list of organisations, each with the words that name it, plus a rule that an event word
("summit", "meeting", "sidelines", ...) stands close by, finds them in a title or an evidence
sentence without a mention of an organisation in passing ("SCO cooperation") counting as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from generator.corpus.textnorm import slugify

ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "SCO": ("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
    "G20": ("G20", "G-20", "Group of Twenty", "G20FMM"),
    "G7": ("G7", "G-7", "Group of Seven"),
    "BRICS": ("BRICS",),
    "ASEAN": ("ASEAN", "East Asia Summit", "ASEAN Regional Forum"),
    "UNGA": ("UNGA", "UN General Assembly", "United Nations General Assembly"),
    "UN Security Council": ("UN Security Council", "UNSC", "United Nations Security Council"),
    "CIS": ("CIS", "Commonwealth of Independent States"),
    "CSTO": ("CSTO", "Collective Security Treaty Organisation", "Collective Security Treaty Organization"),
    "OIC": ("OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"),
    "NATO": ("NATO",),
    "OSCE": ("OSCE",),
    "APEC": ("APEC",),
    "CICA": ("CICA", "Conference on Interaction and Confidence-Building Measures in Asia"),
    "Heart of Asia": ("Heart of Asia", "Istanbul Process"),
    "Moscow Format": ("Moscow Format",),
    "Neighbouring Countries of Afghanistan": (
        "neighbouring countries of Afghanistan", "neighboring countries of Afghanistan",
        "Afghanistan's neighbouring nations", "Afghanistan’s neighbouring nations",
        "Afghanistan's neighbours", "Afghanistan’s neighbours", "Afghanistan's neighboring countries"),
    "Munich Security Conference": ("Munich Security Conference",),
    "Raisina Dialogue": ("Raisina Dialogue",),
    "Shangri-La Dialogue": ("Shangri-La Dialogue",),
    "Valdai Discussion Club": ("Valdai",),
    "Arab League": ("Arab League", "League of Arab States"),
    "African Union": ("African Union",),
    "European Council": ("European Council",),
}
EVENT_WORDS = (r"summit|meeting|ministerial|conference|council|session|forum|sidelines|margins|"
               r"dialogue|gathering|assembly|format")
NEAR = 40
"""Characters between an organisation and an event word for them to count as one event."""


@dataclass(frozen=True)
class Conference:
    """An organisation's event in one year: the unit of a conference page."""

    organisation: str
    year: int | None

    @property
    def slug(self) -> str:
        return slugify(f"{self.organisation} {self.year or 'undated'}")

    @property
    def name(self) -> str:
        return f"{self.organisation} {self.year}" if self.year else self.organisation


def _name_pattern(name: str) -> str:
    """Acronyms match case-sensitively ("cis" is not CIS); longer names in any case."""
    text = re.escape(name).replace("'", "['’]").replace("’", "['’]")
    return text if name.isupper() or len(name) <= 5 else f"(?i:{text})"


@cache
def _patterns(org: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(`near`, `alone`) of one organisation, compiled the first time a text names it: compiling
    every organisation's up front cost a tenth of a second of each render, most never used."""
    names = ORGANISATIONS[org]
    event = rf"(?i:{EVENT_WORDS})"
    alt = "|".join(_name_pattern(n) for n in sorted(names, key=len, reverse=True))
    name = rf"(?<![\w-])(?:{alt})(?![\w-])"
    # "SCO foreign ministers' meeting", or "on the sidelines of the ... G20": the event
    # word follows the name, or an "event of" phrase leads to it.
    near = re.compile(rf"{name}[^.;]{{0,{NEAR}}}?\b{event}|\b{event}\s+of\b[^.;]{{0,{NEAR}}}?{name}")
    return near, re.compile(rf"^\W*(?:the\s+)?{name}\W*$")


_LOWER_NAMES = tuple((org, tuple(n.lower().replace("\u2019", "'") for n in names))
                     for org, names in ORGANISATIONS.items())


def _named(text: str) -> list[str]:
    """The organisations (in data order) whose patterns can match `text`: every pattern needs
    one of its organisation's names, so a name missing from the lower-cased text rules it out.
    A text that is not ASCII keeps them all (the regex engine's case rules reach further)."""
    if not text.isascii():
        return list(ORGANISATIONS)
    lower = text.lower()
    return [org for org, names in _LOWER_NAMES if any(n in lower for n in names)]


@lru_cache(maxsize=1)
def _any_name() -> re.Pattern[str]:
    """Every organisation name in one pattern: most texts name none, and one search says so."""
    alt = "|".join(_name_pattern(n) for names in ORGANISATIONS.values()
                   for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def find_organisations(text: str) -> list[str]:
    """Organisations whose event the text names, in the order of the data list."""
    return list(_organisations(text))


@lru_cache(maxsize=1 << 17)
def _organisations(text: str) -> tuple[str, ...]:
    # The catalog asks about the same sentence up to three times (title, evidence, meeting
    # mention of each report), 65,000 questions about 20,000 texts at 10,000 articles.
    if not text or not _any_name().search(text):
        return ()
    return tuple(org for org in _named(text) if _patterns(org)[0].search(text))


@lru_cache(maxsize=8192)
def looks_like_conference(venue: str | None) -> bool:
    """A venue field that names an event, not a place ("SCO summit", "UNGA sidelines")."""
    if not venue:
        return False
    return any(near.search(venue) or alone.match(venue) for near, alone in map(_patterns, _named(venue)))


def organisations_in_venue(venue: str | None) -> list[str]:
    """Organisations a venue field names, alone ("SCO") or as an event ("SCO summit")."""
    return list(_in_venue(venue)) if venue else []


@lru_cache(maxsize=8192)
def _in_venue(venue: str) -> tuple[str, ...]:
    # Asked for every report's venue (15,000 at 10,000 articles), of a few hundred venues.
    found = tuple(find_organisations(venue))
    return found or tuple(org for org in _named(venue) if _patterns(org)[1].match(venue))
