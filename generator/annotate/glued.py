"""Names glued to the next word where a scraped page lost a space: 'Sergey Lavrovand',
'Wang Yiwith', 'Subrahmanyam Jaishankarrespectively'.

Markup removed without a space (or a translation engine's output) joins a name to 'and', 'with'
or 'respectively'. The automaton reads whole words only, so such a surname was never found. The
word is split where what comes before is a registry surname of one person; the words before it
are kept in the mention when they are that person's own.
"""

from __future__ import annotations

import re

from generator.annotate.text import cfold as fold
from generator.annotate.words import same_name_word
from generator.corpus.registry import Registry

GLUE = re.compile(r"(?:and(?<=[^\W\d_]{4}and)|with(?<=[^\W\d_]{4}with)|"
                  r"respectively(?<=[^\W\d_]{4}respectively))\b")
"""A function word ending a longer word: found by its own letters, which re looks for first
(the lookbehind, checked after them, would cost a test at every character if it came first),
rather than by trying every capitalised word ('Thailand' and 'demand' are dropped after)."""
GLUED_WORD = re.compile(r"(?<![\w’'-])[A-Z][^\W\d_]{2,}$")
"""The capitalised word the function word is glued to, right before it."""
WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*)\s+$")


def glued_names(registry: Registry, text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, registry name, whether the full name is written) of each glued surname."""
    out = []
    for glue in GLUE.finditer(text):
        word = GLUED_WORD.search(text, max(0, glue.start() - 30), glue.start())
        slugs = registry.person_short.get(fold(word[0]), []) if word else []
        person = registry.people.get(slugs[0]) if len(slugs) == 1 else None
        if person is None or word is None:
            continue
        own = [w for n in (person.name, *person.aliases) for w in fold(n).split()]
        start, full = word.start(), False
        for _ in range(3):  # 'Sergey Viktorovich Lavrovand': the given names before it
            before = WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is None or not same_name_word(fold(before[1]), own):
                break
            start, full = before.start(1), True
        out.append((start, word.end(), person.name, full))
    return out
