"""Places in text: capitalised runs looked up in the registry (gazetteer included), with the cue
that tells whether the place is where something happened ('in X', 'here', 'the city of X').

A bare city name is not a venue ('Washington and Tehran' are governments); a city in a longer
proper name is not a venue either ('Marlow House', 'Astana process'). Datelines are read
separately because they are often where the copy was filed, not where the meeting was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.annotate.guard import scanned
from generator.annotate.place_runs import across_of, with_lower_tail
from generator.annotate.text import cfold as fold
from generator.annotate.text import country_of, strip_possessive
from generator.corpus.registry import Registry
from generator.corpus.textnorm import slugify
from generator.model import Place

UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
WORD = rf"[{UPPER}][\w'’.\-]*"
CONNECT = r"(?:de|da|del|di|do|dos|das|du|el|es|al|la|le|ul|us|bin|ibn|bint|van|von|der|den)"
CITY_PARTICLE = r"(?:de|da|do|dos|das|del|di|du|la|le|el|al|es|am|an|sur|upon)"
"""Lower-case words inside a city's name ('Rio de Janeiro', 'Frankfurt am Main')."""
ARTICLE_PREFIX = r"(?:al|el|ul|ad|as|ash|ar)-|[dl]['’]"
"""'al-Khulaifi': an Arabic article written onto the next capitalised word of a name; 'Quai
d'Orsay', 'Palazzo d'Accursio': an elided French or Italian article, the same way."""
CAP_RUN = re.compile(
    rf"[{UPPER}](?<![\w@#].)[\w'’.\-]*"
    rf"(?:[ \u00a0](?:(?:{CONNECT}[ \u00a0]){{1,2}}|{ARTICLE_PREFIX})?{WORD})*")
"""A run of capitalised words not glued to a word, '@' or '#' before it. The capital is matched
before the lookbehind that tests the character ahead of it (`(?<![...].)`, one further back, is
the same test), so re scans for a capital in C rather than trying the lookbehind at every
character: 2,105 articles 0.062 -> 0.036 s, the same matches."""
TOKEN = re.compile(r"\S+")
RUN_CACHE = 1 << 15
NOT_PLACE_HEAD = {
    "house",
    "palace",
    "hall",
    "university",
    "airport",
    "road",
    "street",
    "avenue",
    "square",
    "declaration",
    "format",
    "process",
    "group",
    "accord",
    "accords",
    "agreement",
    "pact",
    "protocol",
    "club",
    "stadium",
    "hotel",
    "tower",
    "centre",
    "center",
    "gate",
    "times",
    "post",
    "daily",
    "initiative",
    "convention",
    "treaty",
    "dialogue",
    "institute",
    "news",
    "metro",
    "express",
    "tribune",
    "herald",
    "journal",
    "mail",
    "telegraph",
    "review",
    "observer",
    "summit",
    "conference",
    "forum",
    "formula",
    "security",
    "plus",
    "port",
    "district",
    "province",
    "region",
    "state",
    "county",
    "valley",
    "river",
    "sea",
    "strait",
    "bay",
}
VENUE_CUE = scanned(re.compile(
    r"(?:\b(?:in|at|to|near|outside|reached|visited|visiting|visits|visit|arrived|arrives|landed|"
    r"converged\s+on|descended\s+on|"
    r"hosted|held|city\s+of|town\s+of|capital|capital\s+city|resort\s+of|resort\s+city\s+of)"
    r"(?:\s+the)?\s*$|\b(?:venue|location|place)\s*:\s*$)",
    re.I,
))
LANDMARK_CUE = re.compile(
    r"\b(?:in|at|to|inside|outside|visited|visiting|arrived\s+at|reached|hosted\s+at|held\s+at|"
    r"(?:sidelines?|margins?|fringes?|edge|session|meeting)\s+of|during|attend(?:ed|ing|s)?)"
    r"(?:\s+the)?(?:\s+\d+(?:st|nd|rd|th)\s+(?:\w+\s+)?(?:session|meeting|edition)\s+of(?:\s+the)?)?\s*$",
    re.I)
"""'at the Kremlin', 'on the sidelines of the 77th session of the UN General Assembly'."""
POSSESSIVE_COUNTRY = re.compile(r"(\b[\w. ]{2,40}?)['’]s\s*$")
BUILDING_THEN_CITY = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|presidential|official|state|royal|"
    r"capital|city)\s+){0,4}(?:House|Palace|Lodge|Hall|Villa|Residence|Office|Building|Complex|"
    r"Ministry|Secretariat|palace|residence|capital|city|headquarters),\s*$")
HERE = re.compile(
    r"\b(?:here|in\s+the\s+city|in\s+the\s+capital)\b(?!\s+(?:is|are|was|were)\b)", re.I
)


@dataclass(frozen=True)
class PlaceMention:
    """A registry place named in a sentence, and whether a cue makes it a location."""

    start: int
    end: int
    place: Place
    cued: bool


class PlaceIndex:
    """Folded names to places (every place with that name, biggest first), built once."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.by_name: dict[str, list[Place]] = {}
        for place in sorted(registry.places.values(), key=lambda p: -p.population):
            for name in (place.name, *place.aliases):
                key = fold(name)
                if key and place not in self.by_name.setdefault(key, []):
                    self.by_name[key].append(place)
        self.max_words = max((k.count(" ") + 1 for k in self.by_name), default=1)
        self.first_words: dict[str, int] = {}
        """First word of a place name -> most words a name starting with it has."""
        self.heads: set[str] = set()
        """Leading words of every longer place name, each followed by a space ('the hague ' is
        not one, 'san ' is): a run is tried for longer names only while its words are one."""
        for key in self.by_name:
            words = key.split(" ")
            self.first_words[words[0]] = max(self.first_words.get(words[0], 0), len(words))
            for n in range(1, len(words)):
                self.heads.add(" ".join(words[:n]) + " ")
        self.city_states = self._city_states(registry)
        """Folded names both of a country and of its capital ('singapore', 'vatican'): a place
        when the text puts something in it."""
        self.run_names: dict[str, list[tuple[int, int, str]]] = {}
        """`_names_in` per capitalised run met so far (at most RUN_CACHE of them)."""

    def _city_states(self, registry: Registry) -> set[str]:
        out = set()
        for country in registry.countries.values():
            capital = self.by_name.get(fold(country.capital or ""), [None])[0]
            if capital is None:
                continue
            names = {fold(n) for n in (capital.name, *capital.aliases)}
            out |= {n for n in names if registry.country_words.get(n) == country.name}
        return out

    def lookup(self, name: str, country: str | None = None) -> Place | None:
        """The place `name` means; a country named beside it picks among namesakes."""
        places = self.by_name.get(fold(name))
        if not places:
            return None
        if country:
            for place in places:
                if place.country == country:
                    return place
        return places[0]

    def find(self, text: str, base: int = 0, runs: list[re.Match[str]] | None = None
             ) -> list[PlaceMention]:
        """Places named in `text` (offsets shifted by `base`), cued or not.

        `runs` are `text`'s capitalised runs when the caller has found them already (people are
        looked for in the same runs), so the text is scanned once.
        """
        found: list[PlaceMention] = []
        for run in with_lower_tail(text, across_of(text, CAP_RUN.finditer(text) if runs is None else runs,
                                                   self.heads), self.heads):
            hits = self._in_run(text, run, base)
            if not hits and (text[run.end():run.end() + 1] == "," or text[run.end():run.end() + 2] == " ("
                             or text[max(0, run.start() - 4):run.start()] == " of "):
                town = self._unlisted_town(text, run, base)
                hits = [town] if town is not None else []
            found.extend(hits)
        return found

    def _unlisted_town(self, text: str, run: re.Match[str], base: int) -> PlaceMention | None:
        """'talks in Marlow, Freedonia': a town the gazetteer lacks, placed by the country after
        it and the 'in' before it (the gazetteer lists cities of 15,000 people and more)."""
        name = run[0].rstrip(".")  # 'the town of Wuzhen.': the sentence's full stop
        kind_of_town = TOWN_OF.search(text, max(0, run.start() - 70), run.start())
        if name.count(" ") > 2 or not (kind_of_town or IN_TOWN.search(
                text, max(0, run.start() - 6), run.start())):
            return None
        after = COMMA_WORDS.match(text, run.end()) if text[run.end():run.end() + 1] == "," else \
            PAREN_WORDS.match(text, run.end())  # 'in Urgut (Uzbekistan)'
        country = self._country_prefix(after[1]) if after else None
        if country is None and after is not None and REGION_WORD.search(after[1]):
            country = self._country_in(after[1])  # 'in Tunxi, in eastern China's Anhui province'
        if country is None and kind_of_town is not None:  # 'in the Chinese town of Wuzhen'
            country = next((c.name for w in kind_of_town[1].split()
                            if (c := country_of(self.registry, w)) is not None), None)
        if country is None or country_of(self.registry, name) or fold(name) in self.registry.person_names:
            return None
        place = Place(name, country, slugify(name), kind="city")
        return PlaceMention(base + run.start(), base + run.start() + len(name), place, True)

    def _in_run(self, text: str, run: re.Match[str], base: int) -> list[PlaceMention]:
        """Longest place names inside one capitalised run, left to right."""
        names = self.run_names.get(run[0])
        if names is None:
            if len(self.run_names) >= RUN_CACHE:
                self.run_names.clear()
            names = self.run_names[run[0]] = self._names_in(run[0])
        out = []
        for s, e, nxt in names:
            s, e = s + run.start(), e + run.start()
            if self._event_named(text, s, e):  # 'at the Munich Security Conference'
                place = self.lookup(text[s:e], None)
                city = self.city_of(place) if place is not None else None
                if city is not None:  # 'at the Mediterranean Dialogues conference': its city
                    out.append(PlaceMention(base + s, base + e, city, True))
            elif nxt not in NOT_PLACE_HEAD and not text[e : e + 1] == "-":
                country = self._country_beside(text, s, e)
                place = self.lookup(text[s:e], country)
                city = self.city_of(place) if place is not None else None
                if city is not None and city is not place:  # 'at the Kremlin' -> Moscow
                    out.append(PlaceMention(base + s, base + e, city, self._landmark_cued(text, s)))
                elif place is not None and fold(text[s:e]) in self.city_states:  # 'at the Vatican'
                    cued = self._landmark_cued(text, s) or self._cued(text, s, e)
                    out.append(PlaceMention(base + s, base + e, place, cued))
                elif place is not None:
                    out.append(PlaceMention(base + s, base + e, place, self._cued(text, s, e)))
        return out

    def _names_in(self, run: str) -> list[tuple[int, int, str]]:
        """The place names a run's own words spell (start, end in the run, the folded word after).

        They depend on the run's text alone, and runs recur (names, offices, cities), so
        `_in_run` keeps them per run: of 62,194 runs in 3,000 synthetic articles, 1,663 differ."""
        first_words = self.first_words
        words = run.split()  # the tokens below: most runs start no place name at all
        for word in words:
            if fold(word).partition(" ")[0] in first_words:
                break
        else:
            return []
        if len(words) == 1 and not self.by_name.get(fold(strip_possessive(words[0]).rstrip("."))):
            return []  # one word ('The', 'A' opening a sentence) that is no name by itself
        tokens = [(m.start(), m.end()) for m in TOKEN.finditer(run)]
        folds = [fold(run[a:b]) for a, b in tokens]
        out = []
        i = 0
        while i < len(tokens):
            hit = None
            longest = first_words.get(folds[i].partition(" ")[0])
            if longest is None:
                i += 1  # no place name starts with this word
                continue
            # Every token folds to a word or more (it opens with a letter), so a name of `longest`
            # words spans `longest` tokens at most; and tokens i..j-1 can be a name (whose last
            # token may lose a possessive) only while tokens i..j-2 are a name's leading words.
            top = min(len(tokens), i + longest)
            reach = i + 1
            head = folds[i] + " "
            while reach < top and head in self.heads:
                head += folds[reach] + " "
                reach += 1
            for j in range(reach, i, -1):
                s, e = tokens[i][0], tokens[j - 1][1]
                name = strip_possessive(run[s:e]).rstrip(".")
                key = fold(name)
                if self.by_name.get(key) and (key in self.city_states
                                              or not country_of(self.registry, name)):
                    hit = (j, s, s + len(name))
                    break
            if hit is None:
                i += 1
                continue
            j, s, e = hit
            nxt = run[tokens[j][0] : tokens[j][1]].lower().strip(".,") if j < len(tokens) else ""
            out.append((s, e, nxt))
            i = j
        return out

    def city_of(self, place: Place) -> Place | None:
        """The city a landmark stands in ('the Kremlin' is Moscow); a city is its own city."""
        if place.kind != "venue" or not place.city:
            return place
        return self.lookup(place.city, place.country)

    @staticmethod
    def _landmark_cued(text: str, s: int) -> bool:
        """A landmark is a location after 'at/in/to (the)' or as the subject of 'hosted'."""
        before = text[max(0, s - 40, text.rfind("\n", max(0, s - 40), s) + 1):s]  # its own line
        return _may_end(before, LANDMARK_ENDS) and bool(LANDMARK_CUE.search(before))

    def _event_named(self, text: str, s: int, e: int) -> bool:
        """A gathering named after its city, where the meeting took place ('on the sidelines of the
        Munich Security Conference', 'at the Vilnius summit'): the city is the venue. A document
        or a process named so ('the Minsk agreements', 'the Astana format') is not one."""
        return bool(EVENT_AFTER_CITY.match(text, e)) and self._landmark_cued(text, s) and \
            bool(THE_BEFORE.search(text, max(0, s - 5), s))

    def _country_beside(self, text: str, s: int, e: int) -> str | None:
        """A country written next to a place (\'Marlow, Freedonia\', \'Freedonia\'s Marlow\')."""
        after = COMMA_WORDS.match(text, e)
        if after:
            country = self._country_prefix(after[1])
            if country:
                return country
        before = _possessive(text[max(0, s - 45) : s])
        if before:
            return self._country_suffix(before[1])
        return None

    def _country_prefix(self, words: str) -> str | None:
        parts = words.split()
        for n in range(min(4, len(parts)), 0, -1):
            country = country_of(self.registry, " ".join(parts[:n]))
            if country:
                return country.name
        return None

    def _country_in(self, words: str) -> str | None:
        """The one country a short region clause names ('in eastern China's Anhui province')."""
        for word in words.split():
            country = country_of(self.registry, strip_possessive(word))
            if country:
                return country.name
        return None

    def _country_suffix(self, words: str) -> str | None:
        parts = words.split()
        for n in range(min(4, len(parts)), 0, -1):
            country = country_of(self.registry, " ".join(parts[-n:]))
            if country:
                return country.name
        return None

    def _cued(self, text: str, s: int, e: int) -> bool:
        """Whether words before a place make it a location: 'in X', 'the city of X', 'Y's X'."""
        before = text[max(0, s - 40, text.rfind("\n", max(0, s - 40), s) + 1):s]  # its own line
        last = before.rstrip()[-1:]
        if (before[-1:].isspace() and _may_end(before, ("the",)) and THE_BEFORE.search(before)
                and not text[s:e].lower().startswith("the ")):
            return False  # 'at the White House', 'the Moscow format': a landmark or a name
        if HOSTED_AFTER.match(text, e):
            return True  # 'Marlow hosted the talks': the city as the subject of hosting
        possessive = _possessive(before)
        if (_may_end(before, VENUE_ENDS) and VENUE_CUE.search(before)) or (
                possessive and (self._country_suffix(possessive[1]) or IN_REGIONS.search(before))):
            return True  # 'in Uzbekistan's Samarkand', 'in Xinjiang's Urumqi'

        if last == "," and BUILDING_THEN_CITY.search(before) and text[e:e + 2] not in {"'s", "’s"}:
            return True  # 'at Unity House, Marlow', 'in the capital, Marlow' (but 'at the Turkish
            # House, Ankara's new tower in New York': a government's, by its capital's name)
        if last in {",", "–", "—", "-", "|", "("} and DATE_AFTER.match(text, e):
            return True  # 'Ministers meet, Marlow, 12 May', '| Marlow | 12.05.2021', '(Marlow, 12 May
        if last not in {"n", "f"}:
            return False  # the two cues left end in 'in' or 'of'
        if IN_NAME_OF.search(before):
            return True  # 'at Green Lantern Palace in Marlow', 'in the Saudi city of'
        return bool(CITY_OF.search(before))


# The cues read before a place all end where the place starts ('$'): text whose last word (spaces
# aside) is none of a cue's last words cannot match it, and is not searched. A case-insensitive
# cue may match a few letters outside ASCII that lower-casing does not give ('ſ' for 's'), so
# text with those near its end is always searched.
VENUE_ENDS = ("in", "at", "to", "near", "outside", "reached", "visited", "visiting", "visits", "visit",
              "arrived", "arrives", "landed", "hosted", "held", "of", "capital", "city", "the", "on",
              "venue:", "location:", "place:")
"""How every match of VENUE_CUE ends, spaces aside."""
LANDMARK_ENDS = ("in", "at", "to", "inside", "outside", "visited", "visiting", "reached", "the", "of",
                 "during", "attend", "attended", "attending", "attends")
"""How every match of LANDMARK_CUE ends, spaces aside."""


def _may_end(before: str, endings: tuple[str, ...]) -> bool:
    """Whether a case-insensitive cue whose matches end (spaces aside) in one of `endings` may
    match at the end of `before`."""
    tail = before.rstrip()[-12:]
    return not tail.isascii() or tail.lower().endswith(endings)


def _possessive(before: str) -> re.Match[str] | None:
    """`POSSESSIVE_COUNTRY.search(before)`: only text ending in 's (spaces aside) can match."""
    if not before.rstrip().endswith(("'s", "’s")):
        return None
    return POSSESSIVE_COUNTRY.search(before)


DATE_AFTER = re.compile(
    r"\s*[,–—|-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+[0-3]?\d\b|[0-3]?\d([./-])[01]?\d\1(?:19|20)\d\d\b)")
"""A date right after a place set off by commas, dashes or bars: 'Summit opens, Marlow, 12 May
2021', 'Talks | Marlow | 12.05.2021' (a date in figures carries its year)."""
IN_REGIONS = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:[A-Z][\w-]*|[Pp]rovince|[Rr]egion|[Ss]tate|[Pp]refecture|[Oo]blast|[Cc]ounty))?['’]s\s*$")
"""'in Xinjiang's Urumqi', 'in Fujian province's Xiamen': a region's city is where things happen."""
REGION_WORD = re.compile(r"\b(?:[Pp]rovince|[Rr]egion|[Pp]refecture|[Oo]blast|[Cc]ounty|[Dd]istrict|"
                         r"[Gg]overnorate|[Ss]tate\b)")
"""A clause after a town that places it in a region, so a country there is the town's."""
IN_TOWN = re.compile(r"\b(?:in|near)\s+$")
TOWN_OF = scanned(re.compile(r"\b(?:in|near|at)\s+the\s+((?:[\w-]+\s+){0,4}?)(?:town|city|village|resort|"
                     r"port|island|region|province)\s+of\s+$", re.I))
"""'in the eastern Chinese water town of Wuzhen': a town the gazetteer lacks, its country given
by the adjective (or by 'Town, Country' after it)."""
"""Before a town the gazetteer lacks: only 'in' and 'near' say that it is a place."""
COMMA_WORDS = re.compile(r",\s*([^,.;()]{2,40})")
PAREN_WORDS = re.compile(r" \(([^,.;()]{2,40})\)")
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
EVENT_AFTER_CITY = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?:Summit|Conference|Forum|Dialogue|Ministerial|summit|"
    r"conference|forum|ministerial|talks|peace\s+talks|peace\s+conference)\b")
"""The head of a gathering's name after a city ('Security Conference', 'summit')."""
HOSTED_AFTER = re.compile(r"\s+(?:hosted|hosts|played\s+host\s+to)\s+(?:the\s+|a\s+|an\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:talks|meeting|summit|negotiations|consultations|conference)\b")
IN_NAME_OF = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:in|of)\s*$")
CITY_OF = re.compile(r"\bcity\s+of\s*$")
CAPITAL_OF = re.compile(
    r"\bthe\s+([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s+capital\b(?!\s+(?:of|city\s+of)\b)"
    r"|\b([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+capital\b(?!\s+(?:of|city\s+of)\b)")
VISITED = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)")


def capitals(index: PlaceIndex, text: str) -> list[PlaceMention]:
    """'the Indian capital', 'Saudi Arabia's capital' name a city without naming it."""
    out: list[PlaceMention] = []
    if "capital" not in text:
        return out  # both forms write the word
    for m in CAPITAL_OF.finditer(text):
        if text[max(0, m.start() - 3):m.start()].lower() == "as ":
            continue  # 'recognise Jerusalem as Israel's capital': what a city is called, a topic
        country = country_of(index.registry, m[1] or m[2])
        place = index.lookup(country.capital, country.name) if country and country.capital else None
        if place is not None:
            out.append(PlaceMention(m.start(), m.end(), place, True))
    return out


def visited_capital(index: PlaceIndex, text: str) -> Place | None:
    """Where 'here' is when there is no dateline: the capital of the country visited."""
    for m in VISITED.finditer(text):
        country = country_of(index.registry, m[1])
        if country and country.capital:
            return index.lookup(country.capital, country.name)
    return None


DATELINE = re.compile(
    rf"^\s*(?P<city>{WORD}(?:[ \u00a0](?:{CITY_PARTICLE}[ \u00a0])?{WORD}){{0,3}})"
    rf"\s*(?:[,/]\s*(?P<region>[{UPPER}][\w.]*"
    rf"(?:\s[{UPPER}][\w.]*){{0,3}}))?\s*(?:\[[^\]\n]{{1,40}}\])?\s*(?:,\s*(?P<date>[^():—–\n]{{3,30}}?))?"
    rf"\s*(?:\((?P<agency>[^)\n]{{1,80}})\)|\.?\s*/(?P<slashed>[A-Z][^/\n]{{1,30}})/\.?)?"
    rf"(?:\s*(?::|—|–|--|-\s|\s-)|(?<=\))(?=\s)|(?<=/)(?=\s)|(?<=/\.)(?=\s)|(?<=\d)(?=[ \t]*(?:\n|$)))"
)
"""'WASHINGTON, Oct. 26 (Xinhua) --', 'MOSCOW:', 'MOSCOW, June 19. /TASS/.', and 'Brussels,
19/06/2021' alone on its line."""
BYLINE_PLACE = re.compile(rf"^[^,\n]{{3,50}},\s*(?P<city>{WORD}(?:\s{WORD}){{0,2}})\s*$")


def dateline(index: PlaceIndex, paragraph: str) -> tuple[Place | None, str, int]:
    """City, dated part and length of a dateline such as 'WASHINGTON, Oct. 26 (Xinhua) --'."""
    m = DATELINE.match(paragraph)
    if m:
        city = m["city"].strip()
        place = index.lookup(
            city.title() if city.isupper() else city, _region_country(index, m["region"])
        )
        if place is not None and not country_of(index.registry, city):
            return place, " ".join(x for x in (m["date"], m["agency"] or m["slashed"]) if x), m.end()
    m = BYLINE_PLACE.match(paragraph)
    if m:
        place = index.lookup(m["city"])
        if place is not None:
            return place, "", m.end()
    return None, "", 0


def _region_country(index: PlaceIndex, region: str | None) -> str | None:
    if not region:
        return None
    country = country_of(index.registry, region)
    return country.name if country else None
