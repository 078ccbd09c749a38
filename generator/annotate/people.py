"""People in text: registry names (one Aho-Corasick pass over folded text), names introduced by
titles even when the registry lacks them, offices resolved to their holder on the day, and
surnames that refer back to someone already named.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

import ahocorasick

from generator.annotate.places import CAP_RUN
from generator.annotate.titles import HONORIFIC, TitleIndex
from generator.registry import Registry
from generator.textnorm import fold, fold_with_offsets

MONTH_WORDS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
}
NOT_NAME = {
    "the",
    "a",
    "an",
    "and",
    "his",
    "her",
    "their",
    "our",
    "foreign",
    "minister",
    "ministry",
    "president",
    "secretary",
    "state",
    "affairs",
    "deputy",
    "prime",
    "office",
    "government",
    "general",
    "council",
    "committee",
    "republic",
    "kingdom",
    "federal",
    "national",
    "union",
    "during",
    "after",
    "before",
    "on",
    "in",
    "at",
    "for",
    "with",
    "from",
    "also",
    "said",
    "meanwhile",
    "however",
    "but",
    "both",
    "while",
    "when",
    "as",
    "this",
    "that",
    "it",
    "twitter",
    "x",
    "he",
    "she",
    "they",
    "we",
    "i",
    "earlier",
    "later",
    "external",
    "news",
    "agency",
    "photo",
    "ap",
    "reuters",
    "xinhua",
    "tass",
    "pti",
    "ani",
    "afp",
    "app",
    "irna",
}
HONORIFIC_RE = re.compile(HONORIFIC)
REAL_ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "minister_of_state_foreign_affairs",
    "defence_minister",
    "national_security_adviser",
}


@dataclass(frozen=True)
class PersonMention:
    """One place in the text that names or designates a person."""

    start: int
    end: int
    name: str
    """Canonical registry name, or the name as written for someone the registry lacks."""
    known: bool
    via: str
    """name | short | title | role: how the mention was found (sets its confidence)."""
    role: str | None = None
    title: str = ""
    country: str | None = None


class PeopleFinder:
    """Registry automaton and title rules, built once per process."""

    def __init__(self, registry: Registry, titles: TitleIndex) -> None:
        self.registry = registry
        self.titles = titles
        self.automaton = ahocorasick.Automaton()
        for key, slugs in registry.person_names.items():
            self.automaton.add_word(key, (key, "full", tuple(slugs)))
        for key, slugs in registry.person_short.items():
            if key not in registry.person_names:
                self.automaton.add_word(key, (key, "short", tuple(slugs)))
        if len(self.automaton):
            self.automaton.make_automaton()
        self.country_words = set(registry.country_words)

    # -- public --------------------------------------------------------------------
    def find(self, text: str, day: dt.date | None) -> list[PersonMention]:
        """Every person mention in `text`, without overlaps, left to right."""
        mentions = self._registry_hits(text, day)
        mentions = self._title_hits(text, day, mentions)
        mentions = self._local_shorts(text, mentions)
        return sorted(mentions, key=lambda m: m.start)

    # -- registry names ------------------------------------------------------------
    def _registry_hits(self, text: str, day: dt.date | None) -> list[PersonMention]:
        if not len(self.automaton):
            return []
        folded, offsets = fold_with_offsets(text)
        raw = []
        for end, (key, kind, slugs) in self.automaton.iter(folded):
            start = end - len(key) + 1
            if (start > 0 and folded[start - 1] not in " ") or (
                end + 1 < len(folded) and folded[end + 1] not in " "
            ):
                continue
            s, e = offsets[start], offsets[end] + 1
            if kind == "short" and not (text[s].isupper() or text[s] in "#@"):
                continue
            raw.append((s, e, kind, slugs))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        out: list[PersonMention] = []
        full_slugs = {
            sl for _, _, kind, slugs in raw if kind == "full" and len(slugs) == 1 for sl in slugs
        }
        last_end = -1
        for s, e, kind, slugs in raw:
            if s < last_end:
                continue
            person = self._pick(slugs, full_slugs, day)
            if person is None:
                continue
            out.append(
                PersonMention(s, e, person.name, True, "name" if kind == "full" else "short")
            )
            last_end = e
        return out

    def _pick(self, slugs: tuple[str, ...], in_doc: set[str], day: dt.date | None):
        """One person for a (possibly ambiguous) name: someone named in full here, or in office."""
        if len(slugs) == 1:
            return self.registry.people.get(slugs[0])
        named = [sl for sl in slugs if sl in in_doc]
        if len(named) == 1:
            return self.registry.people.get(named[0])
        if day is not None:
            serving = [
                sl
                for sl in slugs
                if any(
                    r.held_on(day) and r.role in REAL_ROLES for r in self.registry.people[sl].roles
                )
            ]
            if len(serving) == 1:
                return self.registry.people.get(serving[0])
        return None

    # -- titles ----------------------------------------------------------------------
    def _title_hits(
        self, text: str, day: dt.date | None, mentions: list[PersonMention]
    ) -> list[PersonMention]:
        spans = {(m.start, m.end): i for i, m in enumerate(mentions)}
        out = list(mentions)
        for tm in self.titles.regex.finditer(text):
            role = self.titles.role(tm[0])
            country = self._country_before(text, tm.start()) or self._country_after(text, tm.end())
            found = self._name_after(text, tm.end()) or self._name_before(text, tm.start())
            if found:
                s, e = found
                hit = next((i for (a, b), i in spans.items() if a < e and s < b), None)
                if hit is not None:
                    out[hit] = replace(
                        out[hit],
                        role=out[hit].role or role,
                        title=out[hit].title or tm[0],
                        country=out[hit].country or country,
                    )
                elif len(text[s:e].split()) >= 2:
                    out.append(PersonMention(s, e, text[s:e], False, "title", role, tm[0], country))
                    spans[(s, e)] = len(out) - 1
                continue
            if role == "counterpart":
                role = "foreign_minister"
            if role in REAL_ROLES and country:
                holders = self.registry.holders(country, role, day)
                if len(holders) == 1 and not any(a < tm.end() and tm.start() < b for a, b in spans):
                    out.append(
                        PersonMention(
                            tm.start(),
                            tm.end(),
                            holders[0].name,
                            True,
                            "role",
                            role,
                            tm[0],
                            country,
                        )
                    )
                    spans[(tm.start(), tm.end())] = len(out) - 1
        for hm in HONORIFIC_RE.finditer(text):
            found = self._name_at(text, hm.end())
            if found and not any(a < found[1] and found[0] < b for a, b in spans):
                s, e = found
                if len(text[s:e].split()) >= 2:
                    out.append(PersonMention(s, e, text[s:e], False, "title", None, hm[0].strip()))
                    spans[(s, e)] = len(out) - 1
        return out

    def _country_before(self, text: str, pos: int) -> str | None:
        words = re.findall(r"[\w.’'-]+", text[max(0, pos - 40) : pos])[-4:]
        for n in range(min(3, len(words)), 0, -1):
            for skip in range(0, 3):  # "Japan's new Foreign Minister": skip adjectives in between
                chunk = words[len(words) - n - skip : len(words) - skip] if skip else words[-n:]
                if not chunk:
                    continue
                word = " ".join(chunk)
                word = re.sub(r"['’]s?$", "", word)
                country = self.registry.country(word)
                if country and (
                    skip == 0 or all(w[:1].islower() for w in words[len(words) - skip :])
                ):
                    return country.name
        return None

    def _country_after(self, text: str, pos: int) -> str | None:
        m = re.match(
            r"\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s?){1,4})", text[pos : pos + 60]
        )
        if not m:
            return None
        words = m[1].split()
        for n in range(len(words), 0, -1):
            country = self.registry.country(" ".join(words[:n]))
            if country:
                return country.name
        return None

    def _name_after(self, text: str, pos: int) -> tuple[int, int] | None:
        """The name right after a title, past 'of <Country>', '(UAE)', a comma and 'Sheikh'."""
        m = re.match(
            r"\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s?){1,4})", text[pos : pos + 60]
        )
        if m:
            words = list(re.finditer(r"\S+", m[1]))
            for n in range(len(words), 0, -1):
                if self.registry.country(m[1][: words[n - 1].end()]):
                    pos += m.start(1) + words[n - 1].end()
                    break
            else:
                return None
        m = re.match(r"(?:\s*\([^)\n]{1,25}\))?\s*,?\s*", text[pos : pos + 40])
        start = pos + (m.end() if m else 0)
        h = HONORIFIC_RE.match(text, start)
        if h:
            start = h.end()
        return self._name_at(text, start)

    def _name_before(self, text: str, pos: int) -> tuple[int, int] | None:
        m = re.search(rf"({CAP_RUN.pattern}),\s*(?:the\s+)?$", text[max(0, pos - 60) : pos])
        if not m:
            return None
        base = max(0, pos - 60)
        return self._trim(text, base + m.start(1), base + m.end(1))

    def _name_at(self, text: str, start: int) -> tuple[int, int] | None:
        m = CAP_RUN.match(text, start)
        if not m:
            return None
        return self._trim(text, m.start(), m.end())

    def _trim(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """Keep the name-like words of a capitalised run: stop at dates, titles and countries."""
        keep: list[tuple[int, int]] = []
        for tok in re.finditer(r"\S+", text[s:e]):
            word = tok[0]
            initial = bool(re.fullmatch(r"[A-Z]\.", word))
            bare = word if initial else re.sub(r"['’]s$", "", word).rstrip(".,;:")
            key = fold(bare)
            if (
                not key
                or key in MONTH_WORDS
                or key in NOT_NAME
                or key in self.titles.roles
                or key in self.country_words
            ):
                break
            keep.append((s + tok.start(), s + tok.start() + len(bare)))
            if word.endswith(("'s", "’s")) or word.endswith((",", ";", ":")):
                break
        if not keep:
            return None
        return keep[0][0], keep[-1][1]

    # -- surnames that point back -------------------------------------------------------
    def _local_shorts(self, text: str, mentions: list[PersonMention]) -> list[PersonMention]:
        local: dict[str, PersonMention] = {}
        for m in mentions:
            if m.via not in {"name", "title"}:
                continue
            forms = [m.name.split()[-1]]
            if m.known:
                person = self.registry.person(m.name)
                forms += person.short if person else []
            written = text[m.start : m.end].split()
            if len(written) >= 2:
                forms.append(written[-1])
            for form in forms:
                local.setdefault(fold(form), m)
        taken = [(m.start, m.end) for m in mentions]
        out = list(mentions)
        for word in re.finditer(r"(?<![\w@#])[A-Z][\w’'-]+", text):
            key = fold(re.sub(r"['’]s?$", "", word[0]))
            ref = local.get(key)
            if ref is None or any(a < word.end() and word.start() < b for a, b in taken):
                continue
            bare = re.sub(r"['’]s?$", "", word[0])
            out.append(
                PersonMention(
                    word.start(),
                    word.start() + len(bare),
                    ref.name,
                    ref.known,
                    "short",
                    ref.role,
                    ref.title,
                    ref.country,
                )
            )
        return out
