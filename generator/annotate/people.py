"""People in text: registry names (one Aho-Corasick pass over folded text), names introduced by
titles even when the registry lacks them, offices resolved to their holder on the day, and
surnames that refer back to someone already named.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from operator import itemgetter

import ahocorasick

from generator.annotate.counterparts import counterpart_role
from generator.annotate.glued import glued_names
from generator.annotate.handles import HandleNames
from generator.annotate.holders import (
    OrganisationOffices,
    compatriot_holder,
    lone_surname_holder,
    spelt_holder,
)
from generator.annotate.misspelt import MisspeltNames
from generator.annotate.offices import home_holder
from generator.annotate.places import CAP_RUN
from generator.annotate.spellings import variant_keys
from generator.annotate.text import (
    FoldTable,
    Offsets,
    SpanIndex,
    country_of,
    fold_text,
    person_of,
    strip_possessive,
)
from generator.annotate.text import cfold as fold
from generator.annotate.titled import titled_holder
from generator.annotate.titles import HONORIFIC, TitleIndex, TitleMatch
from generator.annotate.words import (
    COMMON_SHORT,
    CREDIT,
    MONTH_WORDS,
    NAME_PARTICLES,
    NOT_NAME,
    ORG_WORDS,
    TITLE_BEFORE,
    same_name_word,
    title_case_line,
)
from generator.corpus.registry import Registry

HONORIFIC_RE = re.compile(HONORIFIC)
PLURAL_NAMES_REACH = 80
"""Names this close after 'the foreign ministers of A and B' are theirs; no need to guess."""
EVENT_AFTER = re.compile(
    r"[’']?\s+(?:event|rally|festival|show|concert|campaign|programme|program|initiative|"
    r"doctrine|plan|formula|era|summit|tour|stadium|rally)s?\b", re.I)
"""A person's name followed by one of these names an event, not the person."""
EVENT_NOUNS = frozenset({"meeting", "meetings", "talks", "call", "visit", "summit", "session",
                         "dialogue", "conference", "consultations", "parleys"})
"""A capitalised run ending in one of these ('Qureshi-Wang Meeting', a subheading) names an event."""
NOT_AN_OFFICE_HOLDER = re.compile(
    r"\b(?:(?:advis[eo]r|aide|assistant|envoy|representative|spokes\w+|counsel\w*|chief\s+of\s+staff|"
    r"office|deputy|secretary|press\s+secretary)\s+(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?"
    r"|(?:as|became|becomes|become|named|appointed|elected|sworn\s+in\s+as|served\s+as|"
    r"serving\s+as)\s+(?:the\s+)?(?:new\s+|then\s+|former\s+)?(?:[A-Z][\w.]*\s+)?)$", re.I)
"""'adviser to the UAE President', 'Pompeo as US Secretary of State': the office names nobody
else in the text (an aide's post, or a person already named)."""
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
LIST_MAX = 5
LIST_SEPARATOR_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
CAP_RUN_END = re.compile(r"(?<![\w@#-])(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*$")
OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
COUNTRY_PIECE = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}?)(?=,|[ \t]+and\b|[ \t]*[-–—:])")
NAMES_AFTER_COUNTRIES = re.compile(r"\s*(?:,|[-–—:])\s*")
"""'the ministers of A and B, X Y and Z W': the names set off after the list of countries."""
TRIM_CACHE = 1 << 15
"""Runs whose trimmed name `PeopleFinder` remembers before starting afresh (bounded memory)."""
REAL_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
              "minister_of_state_foreign_affairs", "defence_minister", "national_security_adviser"}


WORD_GOES_ON = re.compile(r"['’](?![sS]\b)[^\W\d_]")
"""An apostrophe inside a word ("Xi'an") rather than a possessive ("Xi's"): the surname is only
the start of another word."""
DIGIT_AFTER = re.compile(r"\s*\d")
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
INITIAL = re.compile(r"\w\.?")
CAPITAL_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
"""An initial or a run of them inside a name ('S.', 'L.P.')."""
TOKEN = re.compile(r"\S+")
COMMA_OR_AND = re.compile(r",|\band\b")
LEADING_THE = re.compile(r"^the\s+", re.I)
POSSESSIVE_NAME = re.compile(
    r"([A-Z](?<![\w.’'-].)[\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})['’]s[ \t]+(?=[A-Z][a-z])")
"""'Sylvania's Karl Zebb': a person named with their country, without a title. The lookbehind
follows the capital (see `places.CAP_RUN`) so that re skips to capitals: 0.081 -> 0.047 s over
2,105 articles."""
POSSESSIVE_GUARD = re.compile(r"['’]s[ \t]+[A-Z][a-z]")
"""The end of every POSSESSIVE_NAME match, which re finds by a fast scan for the apostrophe:
without it, the search over every capital is skipped (none in 3,000 synthetic articles: 0.065 s
saved)."""
WORD_BEFORE = re.compile(r"[\w.’'-]+")
NAME_GAP = re.compile(r"(?:[ \t]*\([^)\n]{1,25}\))?[ \t]*,?[ \t]*")
"""Between a title and its name: '(UAE)', a comma."""
NAME_COMMA_BEFORE = re.compile(
    rf"({CAP_RUN.pattern}),\s*(?:the\s+)?((?:[A-Z][\w.-]*(?:['’]s)?\s+){{0,2}})$")
"""'X Y, the foreign minister', 'X Y, Japan's foreign minister', 'X Y, the Greek defence
minister': a name just before a title, set off by a comma; the words between must name a
country (checked by the finder)."""
COUNTRIES_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.’'-]*(?:(?:,[ \t]*|[ \t]+and[ \t]+)"
                             r"(?:the[ \t]+)?|[ \t]+|$))+)")
COUNTRIES_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*[ ,]+(?:and[ \t]+)?){2,6})$")
LONG_FORM = r"((?:[A-Z][\w.’'-]*(?:[ \t]+of(?:[ \t]+the)?(?=[ \t]+[A-Z]))?[ \t]?){1,4})"
"""A country's name, also in its long form ('the Republic of Tunisia', 'the Kingdom of the
Netherlands'), which protocol pages write after a title."""
OF_COUNTRY = re.compile(rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{LONG_FORM}")
OF_PLACE = re.compile(rf"[ \t]+(?:of|for|to|in|from)[ \t]+(?:the[ \t]+)?{LONG_FORM}")
PAIR_AFTER = re.compile(r"[-–]([A-Z][\w'’]+)\b")
PAIR_BEFORE = re.compile(r"\b([A-Z][\w'’]+)[-–]$")
"""Another surname joined to one by a hyphen or a dash ('Lavrov-Wang')."""
PARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|as|ash|ar)-", re.I)
CAPITALISED = re.compile(r"[A-Z](?<![\w@#].)[\w’'-]+")
"""A capitalised word (lookbehind after the capital, as in `places.CAP_RUN`: 0.070 -> 0.035 s)."""


def _own_words(person) -> list[str]:
    """Every word of a person's name and its registered spellings ('Badr bin Hamad Al Busaidi')."""
    return [w for n in (person.name, *person.aliases) for w in fold(n).split()]


def _apposed_title(text: str, end: int, starts: set[int]) -> bool:
    """Whether another title follows a title, set off by a comma ('counterpart, President')."""
    gap = NAME_GAP.match(text, end)
    at = gap.end() if gap else end
    the = THE_BEFORE_TITLE.match(text, at)
    return "," in text[end:at] and (at in starts or (the is not None and the.end() in starts))


OTHER_PORTFOLIO = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?(?!(?:Foreign|External)\b)(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,3}"
    r"(?:Affairs|Cooperation|Development|Trade|Economy|Defen[cs]e|Interior|Finance|Energy|Health|"
    r"Climate(?:\s+Change)?|Environment|Education|Justice|Agriculture|Transport(?:ation)?|Culture|"
    r"Tourism|Industry|Labou?r|Security|Migration|Refugees|Rights|Relations|Integration|Investment|"
    r"Commerce|Planning|Communications|Information|Peace|Reconciliation)\b")
"""'Minister of State for African Affairs': another office than the one the bare title names, so
its holder is not the registry's holder of that office; the name follows the portfolio."""


THE_BEFORE_TITLE = re.compile(r"the\s+(?:[A-Z][\w-]*\s+)?", re.I)


@dataclass(frozen=True)
class PersonMention:
    """One place in the text that names or designates a person."""

    start: int
    end: int
    name: str
    """Canonical registry name, or the name as written for someone the registry lacks."""
    known: bool
    via: str
    """name | short | title | run | role | roles (one of several offices named together):
    how the mention was found, which sets its confidence."""
    role: str | None = None
    title: str = ""
    country: str | None = None


CYRILLIC_COUNTRIES = {"Russia", "Ukraine", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
                      "Uzbekistan", "Bulgaria", "Serbia", "North Macedonia", "Mongolia"}
"""Countries whose names reach English through several transliterations (Sybiha, Sybiga, Sibiga)."""
ARABIC_SCRIPT_COUNTRIES = {
    "Algeria", "Bahrain", "Egypt", "Iraq", "Jordan", "Kuwait", "Lebanon", "Libya", "Mauritania",
    "Morocco", "Oman", "Palestine", "Qatar", "Saudi Arabia", "Sudan", "Syria", "Tunisia",
    "United Arab Emirates", "Yemen", "Iran", "Afghanistan", "Pakistan", "Somalia", "Djibouti",
    "Comoros"}
"""Countries whose names reach English in Arabic or Persian script: 'Busaidi' is also 'Busaidy'."""
ARABIC_SWAPS = (("y", "i"), ("i", "y"), ("ou", "u"), ("ee", "i"))
"""Swaps between the press's spellings of a name's last vowel in Arabic and Persian names."""
TRANSLITERATIONS = (("y", "i"), ("h", "g"), ("kh", "h"), ("iy", "y"), ("ii", "i"), ("ye", "e"),
                    ("ei", "ey"), ("ey", "ei"), ("zh", "j"), ("j", "zh"))
"""Spelling swaps between the common systems (BGN, scholarly, press, Russian forms of Ukrainian)."""


def _transliterated(registry: Registry) -> dict[str, tuple[str, ...]]:
    """Other spellings of the surnames of people from Cyrillic-writing countries, for the
    automaton: each swap of TRANSLITERATIONS, alone or two together, that names nobody else."""
    out: dict[str, tuple[str, ...]] = {}
    taken = set(registry.person_names) | set(registry.person_short)
    for key, slugs in _with_alias_surnames(registry).items():
        people = [registry.people.get(sl) for sl in slugs]
        if len(key) < 5 or " " in key or not all(p and p.country in CYRILLIC_COUNTRIES for p in people):
            continue
        if key not in taken:  # 'Mukhriddin', the surname of a registered spelling
            out.setdefault(key, tuple(slugs))
        for n, (a, b) in enumerate(TRANSLITERATIONS):
            once = key.replace(a, b)
            for variant in (once, *(once.replace(c, d) for c, d in TRANSLITERATIONS[n + 1:])):
                if variant not in taken and variant not in out:
                    out[variant] = tuple(slugs)
    for key, slugs in registry.person_short.items():
        people = [registry.people.get(sl) for sl in slugs]
        last = key.split()[-1]
        if len(last) < 5 or not all(p and p.country in ARABIC_SCRIPT_COUNTRIES for p in people):
            continue
        for a, b in ARABIC_SWAPS:  # the word's ending only: 'Busaidi' -> 'Busaidy'
            if last.endswith(a):
                variant = key[:len(key) - len(a)] + b
                if variant not in taken and variant not in out:
                    out[variant] = tuple(slugs)
    return out


def _with_alias_surnames(registry: Registry) -> dict[str, list[str]]:
    """Surnames as the registry gives them alone, and the last words of the full spellings of
    people from Cyrillic-writing countries ('Sirojiddin Mukhriddin' gives 'Mukhriddin')."""
    out = {key: list(slugs) for key, slugs in registry.person_short.items()}
    for person in registry.people.values():
        if person.country in CYRILLIC_COUNTRIES:
            for alias in person.aliases:
                slugs = out.setdefault(fold(alias).split()[-1], [])
                if person.slug not in slugs:
                    slugs.append(person.slug)
    return out


class PeopleFinder:
    """Registry automaton and title rules, built once per process."""

    def __init__(self, registry: Registry, titles: TitleIndex) -> None:
        self.registry = registry
        self.titles = titles
        # Keys are added with a space each side and searched for in the folded text with a
        # space each side, so the automaton reports whole words only (a name inside a longer
        # word, 'Ali' in 'Khalil', never reaches the Python loop).
        self.automaton = ahocorasick.Automaton()
        for key, slugs in registry.person_names.items():
            self.automaton.add_word(f" {key} ", (key, "full", tuple(slugs)))
        for key, slugs in registry.person_short.items():
            if key not in registry.person_names:
                self.automaton.add_word(f" {key} ", (key, "short", tuple(slugs)))
        for key, (kind, slugs) in variant_keys(registry.person_names, registry.person_short).items():
            self.automaton.add_word(f" {key} ", (key, kind, slugs))
        for key, slugs in _transliterated(registry).items():
            self.automaton.add_word(f" {key} ", (key, "short", slugs))
        if len(self.automaton):
            self.automaton.make_automaton()
        self.fold_table = FoldTable()
        """Folded characters met so far: grows to the article's alphabet, then only reads."""
        self.country_words = set(registry.country_words)
        self.places_words = set(registry.place_names)
        self.organisations = OrganisationOffices(registry)
        self.misspelt = MisspeltNames(registry)
        self.handles = HandleNames(registry)
        self.trimmed: dict[str, tuple[int, int] | None] = {}
        """`_trim`'s answer per capitalised run met so far (at most TRIM_CACHE of them)."""

    # -- public --------------------------------------------------------------------
    def find(self, text: str, day: dt.date | None, runs: list[re.Match[str]] | None = None,
             home: str | None = None) -> list[PersonMention]:
        """Every person mention in `text`, without overlaps, left to right.

        `runs` are `text`'s capitalised runs when the caller has them (places use the same).
        `home` is the dateline's country, whose officials a bare title may name (`offices`).
        """
        folded, offsets = fold_text(text, self.fold_table)
        mentions = self._registry_hits(text, folded, offsets, day, runs)
        mentions += self._glued(text, mentions)
        if "@" in text:  # a handle the registry lacks that spells a whole name ('@PennyWongMP')
            taken = SpanIndex([(m.start, m.end) for m in mentions])
            mentions += [PersonMention(s, e, name, True, "short") for s, e, name in
                         self.handles.find(text) if taken.overlap(s, e) is None]
        titles = self.titles.find(text, folded, offsets)
        mentions = [self.misspelt.resolve(m, day)
                    for m in self._title_hits(text, day, mentions, titles, home)]
        mentions = self._local_shorts(text, mentions)
        return sorted(mentions, key=lambda m: m.start)

    # -- registry names ------------------------------------------------------------
    def _registry_hits(self, text: str, folded: str, offsets: Offsets, day: dt.date | None,
                       runs: list[re.Match[str]] | None = None) -> list[PersonMention]:
        """Registry names, aliases, handles and surnames in one automaton pass over folded text."""
        if not len(self.automaton):
            return []
        raw = []
        for padded_end, (key, kind, slugs) in self.automaton.iter(f" {folded} "):
            end = padded_end - 2  # the key's last character in `folded`
            s, e = offsets.span(end - len(key) + 1, end)
            if kind == "short" and not (text[s].isupper() or text[s] in "#@"):
                continue
            raw.append((s, s - e, e, kind, slugs))
        raw.sort(key=itemgetter(0, 1))  # by start, longest first (a C key: the lambda took 1 %)
        full_slugs = {sl for _, _, _, kind, slugs in raw if kind == "full" and len(slugs) == 1
                      for sl in slugs}
        spans = SpanIndex([(m.start(), m.end())
                           for m in (CAP_RUN.finditer(text) if runs is None else runs)])
        out: list[PersonMention] = []
        last_end = -1
        for s, _, e, kind, slugs in raw:
            if s < last_end:
                continue
            person = titled_holder(self.registry, text, s, slugs, day, full_slugs) or self._pick(
                slugs, full_slugs, day)
            if kind == "short":
                mention = self._check_short(text, s, e, person, slugs, full_slugs, spans)
            else:
                mention = PersonMention(s, e, person.name, True, "name") if person else None
            if mention is not None:
                out.append(mention)
                last_end = mention.end
        return out

    def _glued(self, text: str, mentions: list[PersonMention]) -> list[PersonMention]:
        """'Sergey Lavrovand': a name glued to the next word (`glued`)."""
        taken = SpanIndex([(m.start, m.end) for m in mentions])
        return [PersonMention(s, e, name, True, "name" if full else "short")
                for s, e, name, full in glued_names(self.registry, text)
                if taken.overlap(s, e) is None]

    def _check_short(self, text: str, s: int, e: int, person, slugs: tuple[str, ...],
                     in_doc: set[str], runs: SpanIndex) -> PersonMention | None:
        """A surname alone counts only when it is not part of someone else's name.

        'Ali' inside 'Mohammad Ali Hosseini' or 'Omar' in 'Omar Vantreel' is another person
        (kept as unverified when the run looks like a full name); a surname that is also a
        country or city ('Nepal') needs the full name elsewhere in the article.
        """
        word = fold(text[s:e])
        if self._paired(text, s, e):  # 'Lavrov-Wang talks': two people's surnames, one word
            return PersonMention(s, e, person.name, True, "short") if person else None
        if WORD_GOES_ON.match(text, e):
            return None  # "Xi'an", "Li'an": a word (a city) that starts with the surname
        if DIGIT_AFTER.match(text[e:e + 3]) and not any(sl in in_doc for sl in slugs):
            return None  # 'May 6': a date, not Theresa May
        if (word in self.country_words or word in self.places_words or word in MONTH_WORDS) and not any(
                sl in in_doc for sl in slugs):
            return None
        settled = len(slugs) > 1 and " " in word and person is not None  # 'King Abdullah' on the day
        if (word in COMMON_SHORT or (len(slugs) > 1 and not settled) or len(word) <= 3) and not any(
                sl in in_doc for sl in slugs) and not TITLE_BEFORE.search(text, max(0, s - 20), s):
            weak = True  # 'Hunt', 'Kim', 'Li' alone: a word or one of many; a first name may save it
        else:
            weak = False
        run = runs.containing(s, e) or (s, e)
        if CREDIT.search(text, max(0, run[0] - 14), run[0]):
            return None  # '(Photo/Jane Martin)': a photographer
        if run != (s, e) and self._in_place_name(text, s, e, run) and not any(sl in in_doc for sl in slugs):
            return None  # 'Costa Rican', 'LA PAZ': a demonym or a place, not Ms Costa or Mr Paz
        alone = PersonMention(s, e, person.name, True, "short") if person and not weak else None
        if title_case_line(text, s):
            return alone
        tokens = self._name_tokens(text, run[0], run[1])
        inside = [k for k, t in enumerate(tokens) if t and s <= t[0] < e]
        if not inside:
            return alone
        lo, hi = inside[0], inside[-1]
        while lo > 0 and tokens[lo - 1]:
            lo -= 1
        while hi + 1 < len(tokens) and tokens[hi + 1]:
            hi += 1
        if (lo > 0 and tokens[lo - 1] is False) or (hi + 1 < len(tokens) and tokens[hi + 1] is False):
            return None
        extra = [fold(text[t[0]:t[1]]) for t in tokens[lo:inside[0]] + tokens[inside[-1] + 1:hi + 1]
                 if t]
        a, b = tokens[lo][0], tokens[hi][1]  # type: ignore[index]
        last = fold(text[tokens[hi][0]:b])  # type: ignore[index]
        if extra and EVENT_AFTER.match(text, b) or (extra and THE_BEFORE.search(text[
                max(0, a - 5):a])) or (extra and last in EVENT_NOUNS):
            return None  # 'the Hello Kovar rally', 'Qureshi-Wang Meeting': an event, not a person
        extra = [x for x in extra if not INITIAL.fullmatch(x)]  # a middle initial
        other = self._whole_run(text, tokens[lo:hi + 1]) if extra else None
        if other is not None:  # 'Ann Q. Kovar': the run is someone's full name, initial aside
            return PersonMention(a, b, other.name, True, "name")
        if not extra:
            return PersonMention(a, b, person.name, True, "name") if person and b - a > e - s else (
                alone)
        if person and all(x in NAME_PARTICLES or same_name_word(x, _own_words(person))
                          for x in extra):
            return PersonMention(a, b, person.name, True, "name")  # 'Rekk Tomas', 'Sergey X'
        if 2 <= hi - lo + 1 <= 4 and not self._is_place(text[a:b]):
            return PersonMention(a, b, text[a:b], False, "run")
        return None

    def _paired(self, text: str, s: int, e: int) -> bool:
        """Whether a surname is joined by a hyphen to another person's ('Lavrov-Wang talks',
        'the Kovar–Telen meeting'): the pair names two people, each on their own."""
        after = PAIR_AFTER.match(text, e)
        before = PAIR_BEFORE.search(text, max(0, s - 30), s)
        other = after[1] if after else before[1] if before else None
        if other is None or fold(other) not in self.registry.person_short:
            return False
        whole = fold(text[s:after.end()] if after else text[before.start():e])  # type: ignore[union-attr]
        return whole not in self.registry.person_short and whole not in self.registry.person_names

    def _in_place_name(self, text: str, s: int, e: int, run: tuple[int, int]) -> bool:
        """Whether two or three words of the run, the surname at s:e among them, name a country,
        a nationality or a place."""
        words = [(m.start() + run[0], m.end() + run[0]) for m in TOKEN.finditer(text[run[0]:run[1]])]
        at = next((k for k, (a, b) in enumerate(words) if a <= s < b), None)
        if at is None:
            return False
        for size in (2, 3):
            for first in range(max(0, at - size + 1), min(at, len(words) - size) + 1):
                if self._is_place(text[words[first][0]:words[first + size - 1][1]].rstrip(".,;:")):
                    return True
        return False

    def _is_place(self, words: str) -> bool:
        """'Costa Rican', 'La Paz': a run holding someone's surname that names a country or place."""
        whole = fold(words)
        return whole in self.country_words or whole in self.places_words

    def _whole_run(self, text: str, tokens: list) -> object | None:
        """The one registry person whose own name has every word of the run (initials aside)."""
        words = [fold(text[t[0]:t[1]]) for t in tokens if t]
        words = [w for w in words if not INITIAL.fullmatch(w)]
        if len(words) < 2:
            return None
        found = []
        for w in words:
            for slug in self.registry.person_short.get(w, []):
                person = self.registry.people.get(slug)
                if person is not None and person not in found and all(
                        same_name_word(x, fold(person.name).split()) for x in words):
                    found.append(person)
        return found[0] if len(found) == 1 else None

    def _name_tokens(self, text: str, s: int, e: int) -> list[tuple[int, int] | None | bool]:
        """Spans of the words of a capitalised run; None where a word cannot be part of a name."""
        out: list[tuple[int, int] | None | bool] = []
        for tok in TOKEN.finditer(text[s:e]):
            word = tok[0]
            initial = bool(CAPITAL_INITIAL.fullmatch(word))
            bare = word if initial else strip_possessive(word).rstrip(".,;:")
            key = fold(bare)
            if (not key or key in MONTH_WORDS or key in NOT_NAME or key in self.titles.roles
                    or key in self.country_words
                    or (not bare[:1].isupper() and key not in NAME_PARTICLES)):
                out.append(None)
            elif key in ORG_WORDS or (len(bare) > 2 and bare.isupper() and not initial):
                out.append(False)  # 'Green Lantern Palace': the run names a building, not a person
            else:
                out.append((s + tok.start(), s + tok.start() + len(bare)))
            if bare != word:
                out.append(None)  # 'Khan's' or 'Khan,' ends the name
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
    def _title_hits(self, text: str, day: dt.date | None, mentions: list[PersonMention],
                    titles: list[TitleMatch], home: str | None = None) -> list[PersonMention]:
        """Names after (or before) titles, and offices held by someone on the day."""
        spans = SpanIndex([(m.start, m.end) for m in mentions])
        out = list(mentions)
        starts = {t.start for t in titles}
        for tm in titles:
            role = self.titles.role(tm.text)
            if role == "counterpart":  # a president's counterpart is a president
                role = counterpart_role(self.registry, text, tm.start, out, day)
            plural = tm.text.lower().endswith("s")
            found = (self._name_after(text, tm.end)
                     or (self._name_after_countries(text, tm.end) if plural else None)
                     or self._name_before(text, tm.start))
            portfolio = OTHER_PORTFOLIO.match(text, tm.end)
            if not found and portfolio:  # 'Minister of State for Trade Affairs X Y'
                found = self._name_after(text, portfolio.end())
            if not found and (role not in REAL_ROLES or _apposed_title(text, tm.end, starts)):
                if (role == "other" and self.organisations.may_name(tm.text)
                        and not _apposed_title(text, tm.end, starts)):
                    self._organisation_office(text, tm, day, spans, out)
                continue  # no name and no office to resolve; or the next title names the holder
            # 'of <Country>' right after the title is its own; a country before it may be
            # another clause's ('President of X received Prime Minister of Y')
            country = self._country_after(text, tm.end) or self._country_before(text, tm.start)
            if found:
                self._named(text, found, tm, role, country, day, spans, out)
                if plural and found[0] > tm.start:  # 'Cabinet Secretaries A B and C D'
                    self._listed(text, found[1], tm, role, country, day, spans, out)
                elif plural:  # 'A B and C D, the foreign ministers of E and F'
                    self._listed_before(text, found[0], tm, role, day, spans, out)
            elif role in REAL_ROLES and country and not NOT_AN_OFFICE_HOLDER.search(
                    text, max(0, tm.start - 50), tm.start) and not portfolio:
                self._office(text, tm, role, country, day, spans, out)
            elif (home and not country and not plural and not portfolio
                  and spans.overlap(tm.start, tm.end) is None
                  and not NOT_AN_OFFICE_HOLDER.search(text, max(0, tm.start - 50), tm.start)
                  and (holder := home_holder(self.registry, text, tm.start, tm.end, role, home, day,
                                             [(m.start, m.name, m.role) for m in out]))):
                out.append(PersonMention(tm.start, tm.end, holder.name, True, "role", role,
                                         tm.text, home))
                spans.add(tm.start, tm.end, len(out) - 1)
        possessives = POSSESSIVE_NAME.finditer(text) if POSSESSIVE_GUARD.search(text) else ()
        for pm in possessives:  # 'Sylvania's Karl Zebb met ...'
            found = self._name_at(text, pm.end())
            if found is None or spans.overlap(found[0], found[1]) is not None:
                continue
            s, e = found
            country = country_of(self.registry, pm[1])
            if country and " " not in text[s:e] and (holder := compatriot_holder(
                    self.registry, text[s:e], country.name, REAL_ROLES, day)):  # 'China's Wang'
                out.append(PersonMention(s, e, holder.name, True, "role", None, None, country.name))
                spans.add(s, e, len(out) - 1)
            elif (country and 2 <= len(text[s:e].split()) <= 3 and e == CAP_RUN.match(text, s).end()
                    and not title_case_line(text, s)):
                out.append(PersonMention(s, e, text[s:e], False, "title", None, None, country.name))
                spans.add(s, e, len(out) - 1)
        for hm in HONORIFIC_RE.finditer(text):
            found = self._name_at(text, hm.end())
            if found and spans.overlap(found[0], found[1]) is None:
                s, e = found
                if len(text[s:e].split()) >= 2 and not title_case_line(text, s):
                    out.append(PersonMention(s, e, text[s:e], False, "title", None, hm[0].strip()))
                    spans.add(s, e, len(out) - 1)
        return out

    def _named(self, text: str, found: tuple[int, int], tm: TitleMatch, role: str,
               country: str | None, day: dt.date | None, spans: SpanIndex,
               out: list[PersonMention]) -> None:
        """'Foreign Minister X Y': the registry's X Y gains a title; an unknown X Y is kept.

        A single word after a title ('his Chinese counterpart Wang') is the office holder
        whose name has that word.
        """
        s, e = found
        hit = spans.overlap(s, e)
        words = text[s:e].split()
        if hit is not None and out[hit].via == "run" and out[hit].start < s < out[hit].end:
            # 'State Councillor Wang': a run that took the title's words is the name after them
            holder = (lone_surname_holder(self.registry, words[0], role, day)
                      if len(words) == 1 and role in REAL_ROLES and not country else None)
            if holder or len(words) >= 2:
                out[hit] = PersonMention(s, e, holder.name if holder else text[s:e],
                                         holder is not None, "role" if holder else "title",
                                         role, tm.text, country)
            return
        if hit is not None:
            old = out[hit]
            out[hit] = PersonMention(  # as `dataclasses.replace` would, at a quarter of its cost
                old.start, old.end, old.name, old.known, old.via, old.role or role,
                old.title or tm.text, old.country or country)
        elif len(words) >= 2 and not title_case_line(text, s):
            known = spelt_holder(self.registry, text[s:e], role, country, day)  # 'Sirozhiddin'
            out.append(PersonMention(s, e, known.name if known else text[s:e], known is not None,
                                     "title", role, tm.text, country))
            spans.add(s, e, len(out) - 1)
        elif len(words) == 1 and role in REAL_ROLES and not country:  # 'State Councillor Wang'
            if holder := lone_surname_holder(self.registry, words[0], role, day):
                out.append(PersonMention(s, e, holder.name, True, "role", role, tm.text, None))
                spans.add(s, e, len(out) - 1)
        elif len(words) == 1 and role in REAL_ROLES and country:
            key = fold(words[0])
            holders = [p for p in self.registry.holders(country, role, day)
                       if key in fold(p.name).split() or key in {fold(x) for x in p.short}]
            if len(holders) == 1:
                out.append(PersonMention(s, e, holders[0].name, True, "role", role, tm.text,
                                         country))
                spans.add(s, e, len(out) - 1)

    def _organisation_office(self, text: str, tm: TitleMatch, day: dt.date | None,
                             spans: SpanIndex, out: list[PersonMention]) -> None:
        """'the UN Secretary-General', 'the NATO Secretary General': who held it that day."""
        country = self._country_before(text, tm.start) or self._country_after(text, tm.end)
        if spans.overlap(tm.start, tm.end) is None and not NOT_AN_OFFICE_HOLDER.search(
                text, max(0, tm.start - 50), tm.start) and (
                holder := self.organisations.holder(tm.text, country, day)):
            out.append(PersonMention(tm.start, tm.end, holder.name, True, "role", "other",
                                     tm.text, country))
            spans.add(tm.start, tm.end, len(out) - 1)

    def _listed(self, text: str, pos: int, tm: TitleMatch, role: str, country: str | None,
                day: dt.date | None, spans: SpanIndex, out: list[PersonMention]) -> None:
        """Further names after a plural title's first one: 'A B, C D and E F'."""
        for _ in range(LIST_MAX):
            sep = LIST_SEPARATOR.match(text, pos)
            found = self._name_at(text, sep.end()) if sep else None
            if found is None or len(text[found[0]:found[1]].split()) < 2:
                return
            self._named(text, found, tm, role, country, day, spans, out)
            pos = found[1]

    def _listed_before(self, text: str, pos: int, tm: TitleMatch, role: str,
                       day: dt.date | None, spans: SpanIndex, out: list[PersonMention]) -> None:
        """Further names before a plural title's last one: 'A B, C D and E F, the ministers'."""
        for _ in range(LIST_MAX):
            sep = LIST_SEPARATOR_BEFORE.search(text, max(0, pos - 60), pos)
            found = self._name_before_separator(text, sep.start()) if sep else None
            if found is None:
                return
            self._named(text, found, tm, role, None, day, spans, out)
            pos = found[0]

    def _name_before_separator(self, text: str, pos: int) -> tuple[int, int] | None:
        m = CAP_RUN_END.search(text, max(0, pos - 40), pos)
        if m is None or len(m[0].split()) < 2:
            return None
        return self._trim(text, m.start(), m.end())

    def _name_after_countries(self, text: str, pos: int) -> tuple[int, int] | None:
        """'the foreign ministers of A and B, X Y and Z W': the names follow the countries."""
        m = OF_THE.match(text, pos)
        if m is None:
            return None
        at, seen = m.end(), 0
        for piece in COUNTRY_PIECE.finditer(text, at, min(len(text), at + 120)):
            if piece.start() != at or not country_of(self.registry, piece[1]):
                break
            at, seen = piece.start() + len(piece[1]), seen + 1
            nxt = LIST_SEPARATOR.match(text, at)
            if nxt is None or "," in nxt[0] and not country_of(
                    self.registry, (COUNTRY_PIECE.match(text, nxt.end()) or [None, ""])[1] or ""):
                break
            at = nxt.end()
        gap = NAMES_AFTER_COUNTRIES.match(text, at)
        if seen < 2 or gap is None:
            return None
        return self._name_at(text, gap.end())

    def _office(self, text: str, tm: TitleMatch, role: str, country: str,
                day: dt.date | None, spans: SpanIndex, out: list[PersonMention]) -> None:
        """'China's foreign minister', 'the foreign ministers of A and B': who held it that day."""
        countries = self._plural_countries(text, tm) if tm.text.lower().endswith("s") else []
        if countries and spans.overlap(tm.end, tm.end + PLURAL_NAMES_REACH) is not None:
            return  # 'the ministers of A and B – X and Y': the names are given
        for place in countries or [country]:
            holders = self.registry.holders(place, role, day)
            if len(holders) == 1 and (countries or spans.overlap(tm.start, tm.end) is None):
                out.append(PersonMention(tm.start, tm.end, holders[0].name, True,
                                         "roles" if countries else "role", role, tm.text, place))
                spans.add(tm.start, tm.end, len(out) - 1)

    def _plural_countries(self, text: str, tm: TitleMatch) -> list[str]:
        """'the foreign ministers of Japan and South Korea', 'the Indian and Chinese ministers'."""
        after = COUNTRIES_AFTER.match(text[tm.end:tm.end + 90])
        before = COUNTRIES_BEFORE.search(text[max(0, tm.start - 80):tm.start])
        for chunk in (after[1] if after else "", before[1] if before else ""):
            names = [LEADING_THE.sub("", c.strip()) for c in COMMA_OR_AND.split(chunk) if c.strip()]
            found = [c.name for n in names if (c := country_of(self.registry, n))]
            if len(found) >= 2:
                return list(dict.fromkeys(found))
        return []

    def _country_before(self, text: str, pos: int) -> str | None:
        """The country a title belongs to, from the words before it (\'Japan\'s new FM\')."""
        words = WORD_BEFORE.findall(text[max(0, pos - 40) : pos])[-4:]
        for n in range(min(3, len(words)), 0, -1):
            for skip in range(0, 3):  # "Japan's new Foreign Minister": skip adjectives in between
                chunk = words[len(words) - n - skip : len(words) - skip] if skip else words[-n:]
                if not chunk:
                    continue
                word = " ".join(chunk)
                word = strip_possessive(word)
                country = country_of(self.registry, word)
                if country and (
                    skip == 0 or all(w[:1].islower() for w in words[len(words) - skip :])
                ):
                    return country.name
        return None

    def _country_after(self, text: str, pos: int) -> str | None:
        """The country a title belongs to, from \'of <Country>\' after it."""
        m = OF_COUNTRY.match(text[pos : pos + 60])
        if not m:
            return None
        words = m[1].split()
        for n in range(len(words), 0, -1):
            country = country_of(self.registry, " ".join(words[:n]))
            if country:
                return country.name
        return None

    def _name_after(self, text: str, pos: int) -> tuple[int, int] | None:
        """The name right after a title, past 'of <Country>', '(UAE)', a comma and 'Sheikh'."""
        m = OF_PLACE.match(text[pos : pos + 60])
        if m:
            words = list(TOKEN.finditer(m[1]))
            for n in range(len(words), 0, -1):
                if country_of(self.registry, m[1][: words[n - 1].end()]):
                    pos += m.start(1) + words[n - 1].end()
                    break
            else:
                return None
        m = NAME_GAP.match(text[pos : pos + 40])
        start = pos + (m.end() if m else 0)
        h = HONORIFIC_RE.match(text, start)
        if h:
            start = h.end()
        return self._name_at(text, start)

    def _name_before(self, text: str, pos: int) -> tuple[int, int] | None:
        m = NAME_COMMA_BEFORE.search(text[max(0, pos - 80) : pos])
        if not m:
            return None
        between = " ".join(strip_possessive(w) for w in m[2].split())
        if between and not (fold(between) in self.country_words
                            or country_of(self.registry, between)):
            return None  # 'X Y, Acme Corp chief': not a country's office
        base = max(0, pos - 80)
        return self._trim(text, base + m.start(1), base + m.end(1))

    def _name_at(self, text: str, start: int) -> tuple[int, int] | None:
        m = CAP_RUN.match(text, start)
        if not m:
            return None
        return self._trim(text, m.start(), m.end())

    def _trim(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """Keep the name-like words of a capitalised run: stop at dates, titles and countries.

        The answer depends on the run's own text only, and the same names recur article after
        article, so it is kept per run: 6,814 runs in the 2,000 synthetic articles, 404 distinct,
        0.029 -> 0.005 s; 886 runs in the 105 devset articles, 437 distinct, 0.008 -> 0.003 s."""
        run = text[s:e]
        kept = self.trimmed.get(run, False)
        if kept is False:
            if len(self.trimmed) >= TRIM_CACHE:
                self.trimmed.clear()
            kept = self.trimmed[run] = self._trim_run(run)
        return None if kept is None else (s + kept[0], s + kept[1])

    def _trim_run(self, text: str) -> tuple[int, int] | None:
        """`_trim` of a whole run (`text`), offsets within it."""
        keep: list[tuple[int, int]] = []
        for tok in TOKEN.finditer(text):
            word = tok[0]
            initial = bool(CAPITAL_INITIAL.fullmatch(word))
            bare = word if initial else strip_possessive(word).rstrip(".,;:")
            key = fold(bare)
            if (
                not key
                or key in MONTH_WORDS
                or key in NOT_NAME
                or key in self.titles.roles
                or key in self.country_words
            ):
                break
            if key in ORG_WORDS or (len(bare) > 2 and bare.isupper() and not initial):
                return None  # 'Green Lantern Palace', 'NEW DELHI': a building or a dateline
            keep.append((tok.start(), tok.start() + len(bare)))
            if word.endswith(("'s", "’s", ",", ";", ":")) or (word.endswith(".") and not initial):
                break  # 'Rekk. Kovar held': a full stop ends the name
        if not keep:
            return None
        if self._is_place(text[keep[0][0] : keep[-1][1]]):
            return None  # 'Costa Rican Foreign Minister', 'in La Paz': a country or a place, no name
        return keep[0][0], keep[-1][1]

    # -- surnames that point back -------------------------------------------------------
    def _local_shorts(self, text: str, mentions: list[PersonMention]) -> list[PersonMention]:
        """Surnames that refer back to someone named in full earlier (\'Kovar said\')."""
        local: dict[str, PersonMention] = {}
        for m in mentions:
            if m.via not in {"name", "title"}:
                continue
            person = person_of(self.registry, m.name) if m.known else None
            forms = list(person.short) if person else [m.name.split()[-1]]
            written = text[m.start:m.end].split()
            if len(written) >= 2:
                forms.append(written[-1])
                bare = PARTICLE_PREFIX.sub("", written[-1])
                if bare != written[-1]:  # 'al-Khulaifi' is written 'Khulaifi' alone too
                    forms.append(bare)
            for form in forms:
                key = fold(form)
                if key and key not in self.country_words:
                    local.setdefault(key, m)
        out = list(mentions)
        if not local:
            return out
        taken = SpanIndex([(m.start, m.end) for m in mentions])
        heads = {key[0] for key in local}  # a word opens with an ASCII capital: folded, its own
        for word in CAPITALISED.finditer(text):
            if word[0][0].lower() not in heads:
                continue  # no surname here starts with this letter
            bare = strip_possessive(word[0])
            key = fold(bare)
            ref = local.get(key)
            if ref is None or taken.overlap(word.start(), word.end()) is not None:
                continue
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
