"""Names the finder kept as unknown that are a registry person's name written another way.

Only mentions already taken for an unregistered person reach here (a handful per article), so
nothing is added to the per-sentence work. Two forms, each general:

- spaces and hyphens placed differently: 'Jai Shankar', 'AmirAbdollahian', 'Al Khulaifi'
  for 'Al-Khulaifi' -- the same letters in the same order;
- another person's surname first in the run ('Philippe Joseph Pierre': 'Philippe' is someone's
  surname, so the run was kept as unknown): the run's last word is the one registry person's
  surname whose own names have every other word, near enough, a full word standing for a
  registered initial ('Joseph' for 'J.');
- one slip of the pen in one word of a full name ('Antony Blinkin'): accepted only when the
  other words are the person's own, the slipped word is long enough that one edit cannot make
  another real name of it by chance, exactly one registered person fits, and that person held
  an office on the article's day (in the country the text gave, when it gave one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from generator.annotate.words import NAME_PARTICLES, same_name_word
from generator.corpus.registry import Registry
from generator.corpus.textnorm import fold
from generator.model import Person

if TYPE_CHECKING:
    from generator.annotate.people import PersonMention

TITLE_TAILS = frozenset({
    "trade", "expatriates", "federation", "republic", "kingdom", "affairs", "cooperation",
    "integration", "development", "diaspora", "worship", "africa", "african", "union", "relations",
    "commerce", "emirates", "east", "state"})
"""Last words of long titles that run into a surname written alone ('Minister of Foreign Affairs
and Trade Szijjarto', '... of the Russian Federation Lavrov'): the run is the surname's person.
Measured on d001-d090 with first names taken out of registry names: 4 such runs were read as
unknown people ('Trade Szijjártó') and their person missed."""
SLIP_MIN_LETTERS = 6
"""A word this long or longer may carry one slip ('Blinkin'); shorter words are too often
another real name one letter away ('Kim'/'Lim')."""
WordIndex = dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]
JOINED_MIN_LETTERS = 8
"""Letters a name needs before its spacing alone is trusted to identify it."""


class MisspeltNames:
    """Indexes of the registry's names by their letters alone and by each word, built once."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._joined_index: dict[str, set[str]] | None = None
        """Folded name with no spaces -> slugs ('subrahmanyamjaishankar'); made at first need
        (most articles have no unknown name), so starting a worker costs what it did."""
        self._word_index: WordIndex | None = None
        """(word count, first or last word) -> (words, slug) of the full names so written."""

    def _indexes(self) -> tuple[dict[str, set[str]], WordIndex]:
        if self._joined_index is None or self._word_index is None:
            joined: dict[str, set[str]] = {}
            by_word: WordIndex = {}
            for person in self.registry.people.values():
                for name in {person.name, *person.aliases, *person.short}:
                    key = fold(name)
                    if not key or key.startswith(("#", "@")):
                        continue
                    joined.setdefault(key.replace(" ", ""), set()).add(person.slug)
                    words = tuple(key.split())
                    if len(words) >= 2:
                        for end in (words[0], words[-1]):
                            by_word.setdefault((len(words), end), []).append((words, person.slug))
            self._joined_index, self._word_index = joined, by_word
        return self._joined_index, self._word_index

    def resolve(self, mention: PersonMention, day: dt.date | None) -> PersonMention:
        """The mention as the registry person it names, or unchanged."""
        if mention.known:
            return mention
        person = (self._joined(mention.name) or self._surnamed(mention.name)
                  or self._slipped(mention, day))
        if person is None:
            return mention
        return replace(mention, name=person.name, known=True,
                       via="name" if mention.via == "run" else mention.via)

    def _joined(self, name: str) -> Person | None:
        key = fold(name).replace(" ", "")
        slugs = self._indexes()[0].get(key, ())
        if len(key) < JOINED_MIN_LETTERS or len(slugs) != 1:
            return None
        return self.registry.people.get(next(iter(slugs)))

    def _surnamed(self, name: str) -> Person | None:
        words = fold(name).split()
        if len(words) < 2:
            return None
        found = []
        for slug in self.registry.person_short.get(words[-1], ()):
            person = self.registry.people.get(slug)
            own = [w for n in (person.name, *person.aliases) for w in fold(n).split()] if person else []
            if person is not None and all(len(w) == 1 or w in NAME_PARTICLES or same_name_word(w, own)
                                          or w[0] in own or w in TITLE_TAILS for w in words[:-1]):
                found.append(person)
        return found[0] if len(found) == 1 else None

    def _slipped(self, mention: PersonMention, day: dt.date | None) -> Person | None:
        words = tuple(fold(mention.name).split())
        if day is None or len(words) < 2:
            return None
        fits: set[str] = set()
        for end in (words[0], words[-1]):
            for own, slug in self._indexes()[1].get((len(words), end), ()):
                odd = [(a, b) for a, b in zip(words, own, strict=True) if a != b]
                if len(odd) == 1 and _one_slip(*odd[0]):
                    fits.add(slug)
        people = [p for p in (self.registry.people.get(s) for s in fits) if p is not None and any(
            r.held_on(day) and (mention.country is None or r.country == mention.country)
            for r in p.roles)]
        return people[0] if len(people) == 1 else None


def _one_slip(written: str, own: str) -> bool:
    """'blinkin' for 'blinken', 'pomepo' for 'pompeo': one letter changed, added or lost, or two
    next to each other swapped (the commonest slip of a typist), in a long word, not its first."""
    return (len(own) >= SLIP_MIN_LETTERS and written[:1] == own[:1]
            and OSA.distance(written, own, score_cutoff=1) <= 1)
