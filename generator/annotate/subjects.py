"""Subjects of a meeting sentence that name only some of the people in them: 'She and X
discussed ...', 'X and he held talks', 'he and his counterpart'. The pronoun is the article's
main actor, as it is when a pronoun alone is the subject ('He met X')."""

from __future__ import annotations

import re

PRONOUN_PARTNER = re.compile(
    r"(?:^|,\s+)(?:[Hh]e|[Ss]he)\s+and\s|\s+and\s+(?:he|she)\s+(?:\w+\s+)?(?:met|held|had|discussed|"
    r"talked|spoke|agreed|exchanged|reviewed|signed|conferred)\b")
"""A pronoun joined to a name by 'and', as a sentence's subject."""
HE_AND = re.compile(r"[Hh]e\s+and\s")
AND_HE = re.compile(r"and\s+s?he")
"""Parts of PRONOUN_PARTNER's two branches that re finds by a fast scan for their first
character, where PRONOUN_PARTNER tries every position: a sentence with neither has no match
(32,055 sentences of 3,000 synthetic articles: 0.043-0.052 -> 0.014 s)."""


def pronoun_partner(sentence: str) -> bool:
    """Whether the sentence's subject joins a pronoun to a name."""
    return " and " in sentence and (HE_AND.search(sentence) is not None or AND_HE.search(sentence)
                                    is not None) and PRONOUN_PARTNER.search(sentence) is not None
