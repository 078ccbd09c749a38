"""Offices named with neither a name nor a country ('The foreign minister met X', 'was received
by the President'): in copy filed from a country, its own office holder, when the registry has
exactly one for that day and the words cannot mean someone already named.

A wire story datelined in a capital calls the host's officials by their bare titles; a visitor
is given a country ('the visiting Indian minister'), and an official named earlier in the text
is what a later bare title refers back to ('S. Jaishankar arrived ... The foreign minister met
...'), so such a title is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from generator.annotate.text import person_of
from generator.corpus.registry import Registry
from generator.model import Person

HOME_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
"""Offices a dateline's country has one holder of: 'the President', 'the Prime Minister'."""
BARE_BEFORE = re.compile(r"(?:^|[^\w-])the\s+$", re.I)
"""'the foreign minister': the article itself, not 'the visiting' or 'the Indian' one."""
OWNED_AFTER = re.compile(r"['’]s?\b|\s+(?:of|for|to)\s|-", re.I)
"""'the president of the Bank', 'the President's office', 'the minister-counsellor': another
office, or the holder's belongings rather than the holder."""
SAME_CLAUSE = 160
"""Characters after a bare title within which a name shows the title is someone else."""


def home_holder(registry: Registry, text: str, start: int, end: int, role: str,
                home: str | None, day: dt.date | None,
                named: Iterable[tuple[int, str, str | None]]) -> Person | None:
    """The holder of the bare office `text[start:end]` in the dateline's country `home`.

    `named` are the people found so far as (start, name, role given by a title); an earlier one
    holding the office (for another country) is who the title refers back to, unless the same
    clause names them again ('The foreign minister met Indian External Affairs Minister X').
    """
    if home is None or day is None or role not in HOME_ROLES:
        return None
    if not BARE_BEFORE.search(text, max(0, start - 6), start) or OWNED_AFTER.match(text, end):
        return None
    holders = registry.holders(home, role, day)
    if len(holders) != 1:
        return None
    stop = text.find("\n", end, end + SAME_CLAUSE)
    stop = end + SAME_CLAUSE if stop < 0 else stop
    earlier, later = set(), set()
    for at, name, given in named:
        if name == holders[0].name:
            continue
        if at < start and _holds(registry, name, given, role, day, home):
            earlier.add(name)
        elif end <= at < stop:
            later.add(name)
    if earlier - later:
        return None  # 'X arrived ... The foreign minister met ...': X, not the host
    return holders[0]


def _holds(registry: Registry, name: str, given: str | None, role: str, day: dt.date,
           home: str) -> bool:
    """Whether someone named held `role` for another country than `home` on `day`."""
    if given == role:
        return True
    person = person_of(registry, name)
    return person is not None and any(r.role == role and r.country != home
                                      for r in registry.roles_on(person, day))
