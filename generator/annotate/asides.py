"""Relative clauses that tell another meeting of a sentence's subject ('X, who met Y in January,
held talks with Z'): the people they name took part in that one, not in this."""

from __future__ import annotations

import re

EARLIER_ASIDE = re.compile(
    r",\s*(?:who|whom)\s+(?:had\s+)?(?:also\s+|earlier\s+|previously\s+|last\s+)?(?:met|visited|hosted|"
    r"received|held\s+talks\s+with|spoke\s+(?:with|to)|talked\s+(?:with|to))\b[^,;]*", re.I)
ASIDE_TIME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"last|previously|earlier|ago|(?:19|20)\d\d)\b", re.I)


def earlier_asides(s: str, sl: str | None) -> list[tuple[int, int]]:
    """Spans of relative clauses telling another, earlier meeting ('X, who met Y in January,
    held talks with Z'): the people they name took part in that one, not in this."""
    if "who" not in (sl if sl is not None else s.lower()):
        return []
    return [m.span() for m in EARLIER_ASIDE.finditer(s) if ASIDE_TIME.search(m[0])]
