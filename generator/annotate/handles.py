"""Social-media handles the registry does not list: '@PennyWongMP', '@RetnoLPMarsudi', '@FidanHakan'.

Ministers change accounts and the press quotes office and campaign accounts alike, so the
registry's list of handles is never complete. A handle that spells a registry person's whole
name (every word of the name or of an alias, in order or surname first), with at most a few
letters around it ('MP', 'Official'), names that person: a surname alone is too weak inside a
handle ('@KhanAcademy'). Only a text holding '@' is read, and a handle is at most a few dozen
letters, so the cost is a dictionary look-up per substring of each handle.
"""

from __future__ import annotations

import re

from generator.corpus.registry import Registry
from generator.corpus.textnorm import fold

HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{4,30})\b")
MIN_KEY = 8
"""Letters a spelled-out name must have inside a handle: 'PennyWong' (9), not 'LiQiang'-short
keys that many handles would hold by chance."""


def _letters(name: str) -> list[str]:
    return ["".join(ch for ch in word if ch.isalnum()) for word in fold(name).split()]


class HandleNames:
    """Whole names spelled inside handles, built once over the registry."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.keys: dict[str, set[str]] = {}
        for slug, person in registry.people.items():
            for name in {person.name, *person.aliases}:
                words = [w for w in _letters(name) if w]
                if len(words) < 2:
                    continue
                for key in {"".join(words), "".join(words[-1:] + words[:-1])}:
                    if len(key) >= MIN_KEY:
                        self.keys.setdefault(key, set()).add(slug)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, registry name) of each handle that spells one person's whole name and is
        not a handle the registry already knows."""
        out = []
        for m in HANDLE.finditer(text):
            if fold("@" + m[1]) in self.registry.person_names:
                continue  # a listed handle: the automaton has it
            letters = m[1].lower().replace("_", "")
            found: set[str] = set()
            for i in range(len(letters) - MIN_KEY + 1):
                for j in range(i + MIN_KEY, len(letters) + 1):
                    found |= self.keys.get(letters[i:j], set())
            if len(found) == 1:
                out.append((m.start(), m.end(), self.registry.people[found.pop()].name))
        return out
