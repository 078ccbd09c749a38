"""Whose counterpart: 'President X was received by his Argentine counterpart' is Argentina's
president, not its foreign minister.

A bare 'counterpart' title was always read as a foreign minister, the commonest case in
ministry copy. When the person it belongs to ('his', 'her': the nearest person named before it
in the same sentence) is a head of state or government that day and holds no foreign-affairs
office, the counterpart is the other country's holder of that office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from generator.corpus.registry import Registry

LEADERS = ("head_of_state", "head_of_government")
"""A state's or a government's head, in the order a counterpart is taken when one holds both."""
REACH = 160
"""How far before the title its owner may be named (one sentence of wire copy)."""


class Named(Protocol):
    start: int
    end: int
    name: str


def counterpart_role(registry: Registry, text: str, at: int, named: Sequence[Named],
                     day: dt.date | None) -> str:
    """The office 'counterpart' stands for at `at`: a leader's own, else foreign minister."""
    if day is None:
        return "foreign_minister"
    owner = max((m for m in named if at - REACH <= m.end <= at), key=lambda m: m.end, default=None)
    if owner is None or ". " in text[owner.end:at]:
        return "foreign_minister"
    person = registry.person(owner.name)
    if person is None:
        return "foreign_minister"
    held = {r.role for r in registry.roles_on(person, day)}
    if "foreign_minister" in held:
        return "foreign_minister"
    return next((role for role in LEADERS if role in held), "foreign_minister")
