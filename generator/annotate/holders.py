"""Which registry person a title names when the text gives too little of the name to look up.

Three forms real copy uses for someone the registry knows, each settled by who held the office
on the day rather than by the words alone:

- a country's possessive and a lone surname ('China's Wang'): the one person of that country
  with that surname in one of its offices that day;
- a title and a lone surname, with no country ('State Councillor Wang', 'Foreign Minister
  Lavrov'): the one holder of that office anywhere on the day whose surname it is;
- a title and a full name spelt another way ('Tajik Foreign Minister Sirozhiddin Mukhriddin'):
  the one holder of that office in that country whose own name has every word, near enough;
- an organisation's office without a name ('the UN Secretary-General', 'the NATO Secretary
  General'): the one holder on the day whose registered title has the title's words.

Each looks at a handful of registry holders, never at the text again, so annotation costs what
it did.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from generator.annotate.text import cfold as fold
from generator.annotate.words import same_name_word
from generator.corpus.registry import Registry
from generator.model import Person

INITIAL = re.compile(r"\w\.?")
TITLE_WORD = re.compile(r"[^\W\d_]+")
LOOSE_TITLE_WORDS = frozenset({"chief", "head", "the", "of", "for"})
"""Words of a title ('UN chief', 'Secretary-General of the UN') that any of the organisation's
offices could carry; the rest must be in the holder's registered title."""


def lone_surname_holder(registry: Registry, word: str, role: str,
                        day: dt.date | None) -> Person | None:
    """'State Councillor Wang' on a day: the one holder of `role` anywhere whose surname is
    `word` (none when two or more could be meant, or the day is unknown)."""
    return _one_holder(registry, word, day, lambda r, on: r.role == role and r.held_on(on))


def compatriot_holder(registry: Registry, word: str, country: str, roles: frozenset[str] | set[str],
                      day: dt.date | None) -> Person | None:
    """'China's Wang' on a day: the one person of that country with that surname who held one
    of `roles` (a state's offices) that day."""
    return _one_holder(registry, word, day,
                       lambda r, on: r.role in roles and r.country == country and r.held_on(on))


def _one_holder(registry: Registry, word: str, day: dt.date | None,
                fits: Callable[[Any, dt.date], bool]) -> Person | None:
    """The one person with the surname `word` who has a role that `fits` on `day`; None when no
    one or several do (a surname alone must not pick between people), or the day is unknown."""
    if day is None:
        return None
    found: list[Person] = []
    for slug in registry.person_short.get(fold(word), []):
        person = registry.people.get(slug)
        if person is not None and person not in found and any(fits(r, day) for r in person.roles):
            found.append(person)
    return found[0] if len(found) == 1 else None


def spelt_holder(registry: Registry, name: str, role: str, country: str | None,
                 day: dt.date | None) -> Person | None:
    """'Tajik Foreign Minister Sirozhiddin Mukhriddin': the one holder of the office that day
    whose own name (or a registered spelling) has every word of `name`, near enough
    (`same_name_word`); initials are left aside."""
    if day is None or country is None:
        return None
    words = [w for w in fold(name).split() if not INITIAL.fullmatch(w)]
    if len(words) < 2:
        return None
    found = []
    for person in registry.holders(country, role, day):
        own = [w for n in (person.name, *person.aliases) for w in fold(n).split()]
        if all(same_name_word(w, own) for w in words):
            found.append(person)
    return found[0] if len(found) == 1 else None


class OrganisationOffices:
    """The organisations entered among the countries (the UN, NATO, the EU, the Arab League):
    their titles name only offices of their own ('other'), none a state's. Read once per
    process, so a title is matched against a handful of entries, not every country."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.names: dict[str, set[str]] = {}
        """Organisation -> the words of its name ('arab league')."""
        self.own: dict[str, set[str]] = {}
        """Organisation -> the words of its name, aliases and adjectives."""
        self.titles: set[str] = set()
        """Every title an organisation's offices are written with, folded."""
        for name, entry in registry.countries.items():
            if set(entry.titles) == {"other"}:
                self.titles.update(fold(t) for t in entry.titles["other"])
                self.names[name] = _words(entry.name)
                self.own[name] = {w for n in (entry.name, *entry.aliases, *entry.adjectives)
                                  for w in _words(n)}

    def may_name(self, title: str) -> bool:
        """Whether `title` is one an organisation's office is written with ('Secretary-General';
        not 'Vice President'): only then is its country worth looking for."""
        return fold(title) in self.titles

    def holder(self, title: str, country: str | None, day: dt.date | None) -> Person | None:
        """'the UN Secretary-General' on a day: the one holder of one of the organisation's
        offices whose registered title has every word of `title` except the organisation's
        own names (the title may name the organisation itself: 'Arab League Secretary-General')."""
        if day is None:
            return None
        words = _words(title)
        if country is None:
            named = [c for c, name in self.names.items() if name <= words]
            country = named[0] if len(named) == 1 else None
        if country not in self.own:
            return None
        wanted = words - self.own[country] - LOOSE_TITLE_WORDS
        found = []
        for person in self.registry.holders(country, "other", day):
            for r in person.roles:
                if (r.role == "other" and r.country == country and r.held_on(day)
                        and wanted <= _words(r.title)):
                    found.append(person)
                    break
        return found[0] if len(found) == 1 else None


def _words(text: str) -> set[str]:
    return {fold(w) for w in TITLE_WORD.findall(text)}
