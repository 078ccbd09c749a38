"""Capitalised runs that one place name spans across 'of (the)': 'the Great Hall of the
People', 'the Department of State', 'Port of Spain'.

Capitalised runs stop at 'of', which people's titles need ('Minister of Foreign Affairs of
China'); where the words before 'of' begin a longer gazetteer name, the run before and the run
after are read as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.annotate.text import cfold as fold

OF_JOIN = re.compile(r"[ \u00a0]of[ \u00a0](?:the[ \u00a0])?")
"""'of' or 'of the' between two capitalised runs that may be one place name."""


@dataclass(frozen=True)
class Joined:
    """Two capitalised runs and the 'of (the)' between them, read as one run (what the place
    lookup asks of a run's `re.Match`: `[0]`, `start()` and `end()`)."""

    text: str
    begin: int
    stop: int

    def __getitem__(self, index: int) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


def across_of(text: str, runs: Iterable[re.Match[str]], heads: set[str]
              ) -> Iterator[re.Match[str] | Joined]:
    """`runs` in order, two of them joined where 'of (the)' between them goes on with a place
    name that `heads` (the leading words of every longer place name, each with a space after)
    says begins there."""
    held: re.Match[str] | None = None
    for run in runs:
        if held is not None:
            gap = OF_JOIN.match(text, held.end())
            if gap is not None and gap.end() == run.start() and _leads_on(held[0], gap[0], heads):
                yield Joined(text[held.start():run.end()], held.start(), run.end())
                held = None
                continue
            yield held
        held = run
    if held is not None:
        yield held


LOWER_TAIL = re.compile(r"[ \u00a0](?:headquarters|secretariat|building)\b")
"""A lower-case word that ends an institution's seat ('UN headquarters', 'NATO headquarters')."""


def with_lower_tail(text: str, runs: Iterable[re.Match[str] | Joined], heads: set[str]
                    ) -> Iterator[re.Match[str] | Joined]:
    """`runs`, each taking the lower-case word after it when the two begin a place name."""
    for run in runs:  # most runs have no such word after them: they skip the words' test
        tail = LOWER_TAIL.match(text, run.end()) if text[run.end():run.end() + 1] in " \u00a0" else None
        if tail is not None:
            words = fold(run[0]).split()
            if any(" ".join(words[k:]) + " " in heads for k in range(len(words))):
                yield Joined(text[run.start():tail.end()], run.start(), tail.end())
                continue
        yield run


def _leads_on(run: str, gap: str, heads: set[str]) -> bool:
    """Whether the run's last words and 'of (the)' begin a longer place name."""
    words = fold(run).split()
    joint = " ".join(gap.split()) + " "
    return any(" ".join(words[k:]) + " " + joint in heads for k in range(len(words)))
