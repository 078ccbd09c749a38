"""Official titles in text ('Foreign Minister', 'his Kyrgyz counterpart', 'Minister of State for
Foreign Affairs') and the registry role each one means.

Titles do two jobs: they introduce names the registry may lack ('Foreign Minister X Y'), and,
without a name, they point at whoever held the office that day ('China's foreign minister').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from generator.annotate import cues
from generator.annotate.text import Offsets
from generator.annotate.text import cfold as fold
from generator.corpus.registry import Registry

BUILTIN_TITLES: dict[str, str] = {
    "minister of state for foreign affairs": "minister_of_state_foreign_affairs",
    "minister of state for external affairs": "minister_of_state_foreign_affairs",
    "minister of state": "minister_of_state_foreign_affairs",
    "deputy prime minister": "other",
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "pm": "head_of_government",
    "deputy foreign minister": "deputy_foreign_minister",
    "first deputy foreign minister": "deputy_foreign_minister",
    "vice foreign minister": "deputy_foreign_minister",
    "deputy minister of foreign affairs": "deputy_foreign_minister",
    "deputy secretary of state": "deputy_foreign_minister",
    "deputy fm": "deputy_foreign_minister",
    "foreign affairs minister": "foreign_minister",
    "foreign minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "minister for foreign affairs": "foreign_minister",
    "minister of external affairs": "foreign_minister",
    "external affairs minister": "foreign_minister",
    "eam": "foreign_minister",
    "fm": "foreign_minister",
    "secretary of state": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "top diplomat": "foreign_minister",
    "chief diplomat": "foreign_minister",
    "state councilor": "foreign_minister",
    "state councillor": "foreign_minister",
    "counterpart": "counterpart",
    "opposite number": "counterpart",
    "vice president": "other",
    "president": "head_of_state",
    "king": "head_of_state",
    "queen": "head_of_state",
    "emir": "head_of_state",
    "amir": "head_of_state",
    "sultan": "head_of_state",
    "crown prince": "other",  # heir, not ruler: only a country's own titles may say otherwise
    "national security adviser": "national_security_adviser",
    "national security advisor": "national_security_adviser",
    "nsa": "national_security_adviser",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "minister of defence": "defence_minister",
    "minister of defense": "defence_minister",
    "defence secretary": "defence_minister",
    "defense secretary": "defence_minister",
    "secretary of defense": "defence_minister",
    "speaker": "other",
    "ambassador": "other",
    "secretary general": "other",
    "secretary-general": "other",
    "special representative": "other",
    "high representative": "other",
    "european commissioner": "other",
    "commissioner": "other",
    "cabinet secretary": "other",
    "principal secretary": "other",
    "permanent secretary": "other",
    "special envoy": "other",
    "foreign policy chief": "other",
    "envoy": "other",
    "high commissioner": "other",
    "army chief": "other",
    "chief of army staff": "other",
    "joint secretary": "other",
    "minister": "other",
    # offices outside government that readouts name people by ('met Hamas official X Y')
    "official": "other",
    "leader": "other",
    "chairman": "other",
    "chairperson": "other",
    "chairwoman": "other",
    "governor": "other",
    "senator": "other",
    "adviser": "other",
    "advisor": "other",
    "director-general": "other",
    "director general": "other",
    "commander": "other",
    "lawmaker": "other",
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "foreign ministry spokesperson": "spokesperson",
    "foreign ministry spokesman": "spokesperson",
}
HONORIFIC = (
    r"(?:(?:Sen|Senator|Chief|Alhaji|Engr|Prof|Professor|Justice|Sheikh|Sheikha|Mr|Mrs|Ms|Dr|Hon|Honorable|Honourable|H\.\s?E|His\s+Excellency|"
    r"Her\s+Excellency|General|Gen|Prince|Princess|Sayyid|Madam|Mme|Ambassador|Amb|"
    r"Minister|Secretary|HH|H\.\s?H|HRH|His\s+Highness|Her\s+Highness|His\s+Royal\s+Highness|"
    r"Her\s+Royal\s+Highness)\.?\s+)"
)
MINISTER_OF = r"minister\s+(?:of|for)\s+(?-i:[A-Z][a-z]+)(?:\s+and\s+(?-i:[A-Z][a-z]+))?"


def plural(title: str) -> str:
    """'foreign ministers', 'cabinet secretaries': lists of officials share one title."""
    if title.endswith("y") and not title.endswith(("ay", "ey", "oy")):
        return title[:-1] + "ies"
    return title + "s"


@dataclass(frozen=True)
class TitleMatch:
    """A title found in text."""

    start: int
    end: int
    text: str


class TitleIndex:
    """Every title the registry or the built-in list knows, in one automaton over folded text."""

    def __init__(self, registry: Registry) -> None:
        self.roles: dict[str, str] = dict(BUILTIN_TITLES)
        for country in registry.countries.values():
            for role, names in country.titles.items():
                for name in names:
                    key = fold(name)
                    words = key.split()
                    if words and registry.country(words[0]) and len(words) > 1:
                        key = " ".join(words[1:])  # 'US Secretary of State' -> the title alone
                    if key and len(key) > 2:
                        self.roles.setdefault(key, role)
        # Keys have a space each side and are searched for in the folded text with a space each
        # side, so only whole words reach the Python loop ('eam' in 'team' never does).
        self.automaton = ahocorasick.Automaton()
        for key in self.roles:
            if key != "minister":
                self.automaton.add_word(f" {key} ", key)
                self.automaton.add_word(f" {plural(key)} ", plural(key))
        self.automaton.make_automaton()
        self.minister = re.compile(rf"(?<![\w-])(?:{MINISTER_OF}|ministers?)(?![\w-])", re.I)

    def find(self, text: str, folded: str, offsets: Offsets) -> list[TitleMatch]:
        """Titles in `text`, longest first where they overlap ('Deputy Foreign Minister')."""
        found = []
        for padded_end, key in self.automaton.iter(f" {folded} "):
            end = padded_end - 2  # the key's last character in `folded`
            start = end - len(key) + 1
            s, e = offsets.span(start, end)
            if text[s - 1:s] == "-" or text[e:e + 1] == "-":
                continue
            found.append(TitleMatch(s, e, text[s:e]))
        for m in self._ministers(text):
            found.append(TitleMatch(m.start(), m.end(), m[0]))
        found.sort(key=lambda t: (t.start, -t.end))
        out: list[TitleMatch] = []
        for t in found:
            if not out or t.start >= out[-1].end:
                out.append(t)
        return out

    def _ministers(self, text: str) -> Iterator[re.Match[str]]:
        """`self.minister.finditer(text)`, tried only where 'minister' is written.

        Every match opens with the word; found by `str.find` in the lower-cased text (same
        offsets, see `cues.lowered`), the case-insensitive pattern with its look-behind is not
        run at every position of the article.
        """
        low = cues.lowered(text)
        if low is None:
            yield from self.minister.finditer(text)
            return
        end = 0
        at = low.find("minister")
        while at >= 0:
            if at >= end and (m := self.minister.match(text, at)):
                end = m.end()
                yield m
            at = low.find("minister", at + 1)

    def role(self, title: str) -> str:
        """The registry role a title means; unknown titles are \'other\'."""
        key = fold(title)
        if key not in self.roles:
            key = next((k for k in (key[:-1], key[:-3] + "y") if plural(k) == key), key)
        if key in self.roles:
            return self.roles[key]
        if key.startswith("minister of") or key.startswith("minister for"):
            return "other"
        return "other"
