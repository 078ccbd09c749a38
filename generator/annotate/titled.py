"""Which of several people with one surname a title right before it means.

'Secretary-General Guterres' on a day when two Guterreses held office (the UN's, and Timor-Leste's
president): the surname alone was given to the one with a state office, the title says the
other. Runs only for a surname the registry gives to several people, on a known day, and reads
the few words before it, so annotation costs what it did.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.corpus.registry import Registry
from generator.corpus.textnorm import fold
from generator.model import Person

WORDS_BEFORE = re.compile(r"((?:[\w.’'-]+[ \t]+){1,4})$")
"""The (up to) four words just before a surname, where its title stands."""
TITLE_WORD = re.compile(r"[^\W\d_]{3,}")
PLAIN_WORDS = frozenset({"the", "and", "for", "of", "minister", "deputy", "vice", "state", "former"})
"""Words too many offices share to tell one from another ('minister' is in a dozen)."""


def titled_holder(registry: Registry, text: str, start: int, slugs: tuple[str, ...],
                  day: dt.date | None, named: set[str]) -> Person | None:
    """The one person among `slugs` whose office that day the words before `start` name (its
    registered title, or a title their country gives the office); None when no one or several
    fit, nothing before reads as a title, or one of them is `named` in full in the text (then
    the surname is theirs)."""
    if day is None or len(slugs) < 2 or any(sl in named for sl in slugs):
        return None
    before = WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return None
    said = {fold(w) for w in TITLE_WORD.findall(before[1])} - PLAIN_WORDS
    if not said:
        return None
    found = []
    for slug in slugs:
        person = registry.people.get(slug)
        if person is not None and any(said & _office_words(registry, r.role, r.country, r.title)
                                      for r in person.roles if r.held_on(day)):
            found.append(person)
    return found[0] if len(found) == 1 else None


def _office_words(registry: Registry, role: str, country: str, title: str) -> set[str]:
    words = {fold(w) for w in TITLE_WORD.findall(title)}
    entry = registry.countries.get(country)
    if entry is not None and role != "other":
        words |= {fold(w) for t in entry.titles.get(role, []) for w in TITLE_WORD.findall(t)}
    return words - PLAIN_WORDS
