"""Other spellings of registry names, made once per process for the name automaton.

The registry gives a person the spellings its editors met ('Mohammed bin Abdulrahman Al
Thani'); the press writes the same words in several systems ('Muhammad', 'Mohamed', 'ibn',
'Abdul Aziz' for 'Abdulaziz', 'Dmitri' for 'Dmitry'). A name written in a spelling nobody
registered was missed, or taken for an unknown person. Each registered name of two words or
more is expanded word by word through WORD_FORMS; a variant that is already someone's key, or
that two different people's names expand to, is left out, so no variant makes a name ambiguous.
"""

from __future__ import annotations

from itertools import islice, product

WORD_FORMS: tuple[tuple[str, ...], ...] = (
    ("mohammed", "mohammad", "mohamed", "muhammad", "muhammed", "mohamad", "mohammod"),
    ("ahmed", "ahmad"),
    ("abdullah", "abdulla", "abdallah"),
    ("bin", "ibn"),
    ("al", "el"),
    ("hussein", "hussain", "husain", "husayn", "hossein"),
    ("hassan", "hasan"),
    ("yousef", "yusuf", "youssef", "yousif", "yusef", "yousuf"),
    ("mahmoud", "mahmud", "mahmood", "mehmood"),
    ("khalid", "khaled"),
    ("mustafa", "mostafa", "moustafa"),
    ("saeed", "said", "saied"),
    ("faisal", "faysal", "feisal"),
    ("nasser", "nasir", "naser"),
    ("rahman", "rehman"),
    ("sergey", "sergei"),
    ("dmitry", "dmitri", "dmitriy", "dmytro"),
    ("yuri", "yury", "yuriy"),
    ("aleksandr", "alexander", "alexandr", "oleksandr"),
    ("andrei", "andrey", "andriy", "andrii"),
    ("alexei", "alexey", "aleksei", "aleksey", "oleksiy", "oleksii"),
    ("nikolai", "nikolay", "mykola"),
    ("evgeny", "yevgeny", "yevgeniy", "evgeniy"),
    ("vitaly", "vitaliy", "vitali"),
    ("valery", "valeriy", "valeri"),
    ("maxim", "maksim", "maksym"),
    ("volodymyr", "vladimir"),
)
"""Words the press spells several ways (folded): each is read as any other of its group."""
ARABIC_PREFIXES = ("abdul", "abdel", "abdal", "abdoul")
"""'Abdulaziz', 'Abdul Aziz', 'Abdelaziz', 'Abdel Aziz': one name, joined or split."""
MAX_VARIANTS = 256
"""Spellings made per registered name at most (a long name of many variable words)."""


def _forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for group in WORD_FORMS:
        for word in group:
            alts = out.setdefault(word, [word])
            alts += [w for w in group if w not in alts]
    return {w: tuple(alts) for w, alts in out.items()}


FORMS = _forms()


def word_forms(word: str) -> tuple[str, ...]:
    """The spellings one folded word is written in (itself first)."""
    if word in FORMS:
        return FORMS[word]
    for prefix in ARABIC_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3:
            return (word, *(p + rest for p in ARABIC_PREFIXES if p != prefix),
                    *(f"{p} {rest}" for p in ARABIC_PREFIXES[:2]))
    return (word,)


def spellings(key: str) -> list[str]:
    """Other spellings of a folded name of two words or more ('faisal ibn farhan al saud')."""
    words = key.split()
    if len(words) < 2:
        return []
    joined = _joined_prefix(words)
    choices = [word_forms(w) for w in words]
    out = {" ".join(v) for v in islice(product(*choices), MAX_VARIANTS)}
    if joined is not None:
        out |= {" ".join(v) for v in islice(product(*(word_forms(w) for w in joined)), MAX_VARIANTS)}
    out.discard(key)
    return sorted(out)


def _joined_prefix(words: list[str]) -> list[str] | None:
    """'abdul aziz' written apart in the registry is also 'abdulaziz' (then expanded again)."""
    for k, w in enumerate(words[:-1]):
        if w in ARABIC_PREFIXES and len(words[k + 1]) >= 3:
            return [*words[:k], w + words[k + 1], *words[k + 2:]]
    return None


def variant_keys(names: dict[str, list[str]], shorts: dict[str, list[str]]
                 ) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded variant -> ('full' or 'short', slugs) for every registered name and multi-word
    short form whose variant is nobody's key and belongs to one set of people only."""
    taken = set(names) | set(shorts)
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    clash: set[str] = set()
    for kind, table in (("full", names), ("short", shorts)):
        for key, slugs in table.items():
            if key.startswith(("#", "@")) or (kind == "short" and key in names):
                continue
            for variant in spellings(key):
                if variant in taken or variant in clash:
                    continue
                had = found.get(variant)
                if had is not None and set(had[1]) != set(slugs):
                    clash.add(variant)
                    del found[variant]
                elif had is None:
                    found[variant] = (kind, tuple(slugs))
    return found
