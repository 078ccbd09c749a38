"""Text folding shared by the registry and the annotator, so both compare names the same way."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KEEP = {"@", "#"}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isalnum():
        base = unicodedata.normalize("NFKD", c)[0].lower()
        return base[0] if base and base[0].isalnum() else " "
    return c if c in KEEP else " "


class FoldTable(dict):  # type: ignore[type-arg]
    """`str.translate` table that folds each character as `_fold_char` does, filled as characters
    are met: a text is folded by one translate call instead of a call per character."""

    limit = 1 << 16
    """Characters remembered at most (a hostile text could bring every code point)."""

    def __missing__(self, code: int) -> str:
        if len(self) >= self.limit:
            self.clear()
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces.

    'Mevlüt Çavuşoğlu' becomes 'mevlut cavusoglu'.
    """
    return " ".join(text.translate(_TABLE).split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` and keep, for every folded character, the index of its source character."""
    out: list[str] = []
    offsets: list[int] = []
    last_space = True
    for i, c in enumerate(text):
        f = _fold_char(c)
        if f == " ":
            if last_space:
                continue
            last_space = True
        else:
            last_space = False
        out.append(f)
        offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def slugify(text: str) -> str:
    """URL-safe, stable slug: 'Mevlüt Çavuşoğlu' -> 'mevlut-cavusoglu'."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text.replace("#", " ").replace("@", " "))).strip("-")
    return slug or "x"
