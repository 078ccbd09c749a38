"""Article text to sentences with offsets, so every field can point back at its evidence.

Scraped news carries clutter (menus, share buttons, copyright footers, counters) that must not
be read as sentences: it holds stray dates and places. Headlines are kept as their own sentence
because they usually name the headline meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from generator.annotate.guard import scanned
from generator.corpus.registry import Registry
from generator.corpus.textnorm import _fold_char, fold
from generator.model import Country, Person

cfold = lru_cache(maxsize=1 << 16)(fold)
"""`fold` with a cache: names, titles and places repeat across articles."""
POSSESSIVE = re.compile(r"['’]s?$")


def strip_possessive(word: str) -> str:
    """'Lavrov's' -> 'Lavrov', 'Dendias'' -> 'Dendias'."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def person_of(registry: Registry, name: str) -> Person | None:
    """`Registry.person` through the folding cache (it runs for every name found)."""
    slugs = registry.person_names.get(cfold(name))
    return registry.people[slugs[0]] if slugs and len(slugs) == 1 else None


def country_of(registry: Registry, word: str) -> Country | None:
    """`Registry.country` through the folding cache (it runs on every capitalised word)."""
    name = registry.country_words.get(cfold(word))
    return registry.countries.get(name) if name else None

CLUTTER = re.compile(
    r"""^\s*(?:
        home\b.*>.*|menu|share(?:\s+this)?|page\s+\d+(?:\s*(?:of|/)\s*\d+)?
        |skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation).*
        |advertisement|subscribe.*|log\s*in.*|sign\s*in.*
        |read\s+more.*|also\s+read\b.*|more\s+about:.*|related\b.*|tags?:.*|print|email
        |suggest\s+to\s+a\s+friend.*|back(?:\s+to\b.*)?|previous\s+article.*|next\s+article.*
        |copyright\b.*|©.*|all\s+rights\s+reserved.*|phone\s*:.*|contact.*|news\s+line
        |end\s+of\s+preview.*|subscribers?:.*|not\s+a\s+subscriber.*|choose\s+from.*
        |(?:english|français|francais|español|espanol|italiano|deutsch|português|portugues|
           русский|中文|العربية|nederlands)(?:\s*[|/•·]\s*(?:english|français|francais|español|espanol|
           italiano|deutsch|português|portugues|русский|中文|العربية|nederlands))+
        |[\d\s,.:/|•·-]*
    )\s*$""",
    re.I | re.X,
)
TWO_LETTERS = re.compile(r"[A-Za-z]{2,}")
RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|news|coverage|posts|links))?|read\s+more|also\s+read|"
    r"see\s+also|more\s+(?:stories|news|on\s+this)|you\s+may\s+also\s+like|recommended|"
    r"trending|most\s+read|latest\s+news)\s*:?\s*$", re.I)
STORY_END = re.compile(r"^(?:\(END\)|-+\s*END\s*-+|—\s*END\s*—|\(?ENDS?\)?|#{3})$")
"""The wire's end-of-story mark: the lines after it are other stories' headlines."""
RELATED_LINE_MAX = 160
"""A line this short without a full stop under a 'Related stories' heading is a link."""
SENTENCE_END = re.compile(r"""[.!?](?P<gap>["'”’)]*\s+(?=["'“‘(]?[A-Z0-9]|[—–]\s))""")
"""A sentence ends before a capital, or before a dash opening a credit or dateline ('... after
the talks. — Photo MOSCOW — X held talks'), which a caption runs into. The gap between the two
is group `gap`: matching the stop itself, rather than a lookbehind for it, lets re skip to stops
in C (paragraphs of 2,105 articles 0.045 -> 0.020 s); the gap holds no stop, so the gaps found
are the same."""
ABBREVIATIONS = scanned(re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|Hon|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|vs|etc|Inc|Co|Ltd|H\.E|Amb)\.|\b[A-Z]\.)$"
))
MAX_SENTENCE = 600


@dataclass(frozen=True)
class Sentence:
    """One sentence (or headline, or clutter-free line) and where it sits in the article."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool = False


def is_clutter(line: str) -> bool:
    """Navigation, footers and counters: lines that are never part of the story."""
    return bool(CLUTTER.match(line)) or not TWO_LETTERS.search(line)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines; a single newline also separates paragraphs in scraped copy."""
    spans = []
    pos = 0
    related = False
    bylines = 0  # a byline at the top is neither title nor deck: it leaves their room as it is
    prose = False  # a line of the story itself has been read
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if spans and STORY_END.match(stripped):
            break  # '(END)': what follows is the page's list of other stories
        if RELATED_HEADING.match(stripped):
            related = True  # the headlines listed under it are other stories
            continue
        if related and stripped and len(stripped) <= RELATED_LINE_MAX and not stripped.endswith(
                (".", "!", "?", '"', "”")):
            continue
        if stripped:
            related = False
        if stripped and not prose and spans and _masthead(stripped):
            continue  # 'Listen to this article', 'Follow us on X' between the title and the story
        prose = prose or (bool(spans) and _prose(stripped))  # the title is not the story yet
        if stripped and not is_clutter(stripped) and not (
                len(spans) - bylines >= STORY_TOP and _other_headline(stripped)):
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
            bylines += len(spans) <= STORY_TOP + bylines and bool(BYLINE.match(stripped))
    return spans


MASTHEAD_WORDS = 5
PLACE_CONNECTORS = frozenset({"and", "de", "da", "do", "del", "des", "du", "el", "al", "es", "la",
                              "le", "of", "the", "van", "von", "y", "upon", "on"})
"""Lower-case words inside place names ('Rio de Janeiro', 'Dar es Salaam', 'Trinidad and Tobago')."""
DATE_WORD = re.compile(r"\b(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
PROSE_WORDS = 8


def _masthead(line: str) -> bool:
    """A page's short label between the title and the story ('Listen to this article', 'Follow us
    on Twitter', '5 min read'): it holds a common lower-case word, so it is no place name and no
    dateline, and no date. Left in, such lines took the room the top of the story is read in
    (its title and deck, its page date, its dateline): measured on the development articles with
    four of them added under the title, date 0.978 -> 0.922."""
    if line.endswith((".", "!", "?", ":", '"', "”", "-", "–", "—", ")")) or "," in line or (
            DATE_WORD.search(line)):
        return False
    words = line.split()
    return len(words) <= MASTHEAD_WORDS and not BYLINE.match(line) and any(
        w[0].islower() and w.lower() not in PLACE_CONNECTORS for w in words)


def _prose(line: str) -> bool:
    """A line of the story: a sentence's worth of words, or a full stop."""
    return len(line.split()) >= PROSE_WORDS or line.endswith((".", "!", "?"))


LABEL_WORDS = 4


def label_line(line: str) -> bool:
    """A short line that is no sentence of the story ('Algeria, Jordan discuss Gaza war', a menu,
    'Search...'): measured on a page with three above the dateline, they pushed it out of the
    paragraphs a dateline is read in (`Annotator._dateline`), and the venue went to another
    event's city."""
    return len(line.split()) < LABEL_WORDS or not _prose(line)


STORY_TOP = 4
"""Paragraphs at the top where a title-case line is this story's title or deck."""
HEADLINE_LINE_MAX = 110
TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


STAMP_LINE = re.compile(r"\s*(?:published|posted|updated|last\s+updated|first\s+published|dated?|"
                        r"issued|released)\b[^\n]{0,30}?\d", re.I)
"""'Published: 13th July 2023 11:22 AM | Last Updated: ...': the page's own stamp, however title-case."""
BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*$")
"""'By Staff Reporter', 'By Jane Smith': who wrote the story, not a title or a deck."""


def _other_headline(line: str) -> bool:
    """A short title-case line without a full stop inside the body: another story's headline
    embedded in the page ('Lula Wins Second Round'), whose people took part in nothing here.
    The page's date stamp is not one."""
    if len(line) > HEADLINE_LINE_MAX or line.endswith((".", "!", "?", '"', "”", ":", ")")) or (
            STAMP_LINE.match(line)):
        return False
    words = [w for w in TITLE_WORD.findall(line) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def split_paragraph(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; abbreviations such as 'U.S.' or 'Oct.' do not end one."""
    spans = []
    begin = 0
    for match in SENTENCE_END.finditer(text):
        head = text[begin : match.start("gap")]
        if ABBREVIATIONS.search(head[-8:] if len(head) > 8 else head):
            continue
        spans.append((start + begin, start + match.start("gap")))
        begin = match.end()
    spans.append((start + begin, start + len(text)))
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:  # run-on text without full stops: cut at a space
            cut = text.rfind(" ", s - start, s - start + MAX_SENTENCE)
            cut = cut + start if cut > s - start else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut + 1
        if e > s:
            out.append((s, e))
    return out


def sentences(text: str, title: str = "") -> list[Sentence]:
    """All sentences in reading order; the title's own sentence is marked headline."""
    result: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        for s, e in split_paragraph(para, p_start):
            chunk = text[s:e].strip()
            if not chunk:
                continue
            lead = text[s:e].find(chunk)
            headline = p_index == 0 and bool(title) and chunk.startswith(title[:40].rstrip("…"))
            result.append(
                Sentence(len(result), s + lead, s + lead + len(chunk), chunk, p_index, headline)
            )
    return result


class SpanIndex:
    """Sorted, mostly disjoint spans with fast overlap queries (long articles stay linear)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        # What `add` gives one span at a time: ordered by start, equal starts as given (a
        # stable sort), keyed by position in `spans`; built at once, as callers pass whole lists.
        # a list, not a generator, for sorted() to take: 18,693 indexes per cpu.py pass
        self.items: list[tuple[int, int, int]] = sorted(
            [(a, b, n) for n, (a, b) in enumerate(spans or [])], key=itemgetter(0))
        self.starts: list[int] = [a for a, _, _ in self.items]

    def add(self, a: int, b: int, key: int) -> None:
        i = bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.items.insert(i, (a, b, key))

    def overlap(self, a: int, b: int) -> int | None:
        """Key of a stored span that overlaps [a, b), if any."""
        i = bisect_right(self.starts, b - 1)
        for j in range(i - 1, max(-1, i - 4), -1):
            s, e, key = self.items[j]
            if s < b and a < e:
                return key
        return None

    def containing(self, a: int, b: int) -> tuple[int, int] | None:
        """A stored span that contains [a, b), if any."""
        i = bisect_right(self.starts, a)
        for j in range(i - 1, max(-1, i - 3), -1):
            s, e, _ = self.items[j]
            if s <= a and b <= e:
                return s, e
        return None


class Offsets:
    """Folded index -> source index: folding keeps every character in place and only drops
    spaces (leading ones, and all but one of each run), so an index moves by the spaces dropped
    before it, which change only after each run of two or more."""

    def __init__(self, breaks: list[int], shifts: list[int], length: int, source_length: int) -> None:
        self.breaks = breaks
        """Folded indices from which `shifts` holds, ascending (the first is 0)."""
        self.shifts = shifts
        self.length = length
        self.source_length = source_length

    def __len__(self) -> int:
        return self.length + 1

    def __getitem__(self, i: int) -> int:
        if i >= self.length:
            return self.source_length
        return i + self.shifts[bisect_right(self.breaks, i) - 1]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """`(self[first], self[last] + 1)`: the source span of folded characters first..last.

        A name's characters mostly lie between two breaks (no run of spaces inside it), so one
        bisection serves both ends; run once per automaton hit, as two lookups it took 2 % of
        annotating."""
        breaks = self.breaks
        if last >= self.length:
            return self[first], self[last] + 1
        k = bisect_right(breaks, first) - 1
        if k + 1 < len(breaks) and last >= breaks[k + 1]:
            return first + self.shifts[k], last + self.shifts[bisect_right(breaks, last) - 1] + 1
        return first + self.shifts[k], last + self.shifts[k] + 1


class FoldTable(dict):  # type: ignore[type-arg]
    """`str.translate` table folding each character as `textnorm.fold` does, filled as
    characters are met, so an article is folded by one translate call."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


def fold_text(text: str, table: FoldTable | None = None) -> tuple[str, Offsets]:
    """`textnorm.fold` with a map back to source offsets (hot path).

    Every folded character maps to its source character (a separating space to the first
    character after the word before it), so automaton hits on the folded text point back at
    the words. The folded characters are alphanumeric, '@', '#' or a space.
    """
    mapped = _translated(text, FoldTable() if table is None else table)
    folded = " ".join(mapped.split())
    dropped = len(mapped) - len(mapped.lstrip(" "))
    breaks, shifts = [0], [dropped]
    end = len(mapped)
    for run in SPACE_RUN.finditer(mapped, dropped):
        a, b = run.span()
        if b == end:
            break  # trailing spaces: nothing after them is folded
        dropped += b - a - 1
        breaks.append(b - dropped)
        shifts.append(dropped)
    return folded, Offsets(breaks, shifts, len(folded), len(text))


SPACE_RUN = re.compile(r"  +")
ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _translated(text: str, table: FoldTable) -> str:
    """`text.translate(table)`, piece by piece where the text is not all ASCII.

    str.translate folds an ASCII string through a 128-entry cache, but any other string one
    dict lookup per character, 8 times slower (42 against 5 ns a character); one accented name
    put a whole article on the slow path. Each character is translated on its own, so the
    pieces joined are the same string: 1,301 non-ASCII synthetic articles 0.099 -> 0.027 s,
    66 devset articles 0.010 -> 0.001 s."""
    if text.isascii():
        return text.translate(table)
    return "".join([piece.translate(table) for piece in ASCII_OR_NOT.findall(text)])

