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


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces.

    'Mevlüt Çavuşoğlu' becomes 'mevlut cavusoglu'.
    """
    return " ".join("".join(_fold_char(c) for c in text).split())


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
