"""People a meeting sentence names as context, by the words right around the name: the time an
earlier event marks ('the first such meeting since Z visited Istanbul'), an office changing hands
('since X replaced Z', 'Z's successor'), a future act told inside a report ('a summit that Z will
host', 'preparations for Z's visit'), an appeal ('both called on Z to return to the deal'), a
backer ('a plan backed by Z') and a letter's writer ('a letter Z had written').

Each reads only a few words either side of one name, in sentences that report a meeting, so
the cost grows with the names in them, not with the text.
"""

from __future__ import annotations

import re

from generator.annotate.guard import scanned

BEFORE = scanned(re.compile(
    r"(?:\bsince\s+(?!then\b|when\b|that\b)(?:[\w.'’-]+\s+){0,3}|"
    r"\b(?:replaced|replacing|succeeded|succeeding|predecessor|successor\s+(?:to|of))\s+(?:[\w.'’-]+\s+){0,3}|"
    r"\b(?:backed|supported|endorsed|sponsored|championed)\s+by\s+(?:[\w.'’-]+\s+){0,3}|"
    r"\b(?:letter|message|note)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,2})$", re.I))
"""Just before a name: an earlier time, an office handed over, a backer, a letter's writer."""
AFTER = re.compile(
    r"(?:['’]s?\s+(?:successor|predecessor)\b|\s+(?:will|would|is\s+(?:due|set|expected|scheduled)\s+to|"
    r"plans\s+to)\s+(?:host|chair|visit|attend|travel|hold|meet|lead|address)\b)", re.I)
"""Just after a name: whose office someone took, a future act of the person."""
APPEAL_BEFORE = re.compile(
    r"\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|pressed|pressing|appealed\s+to|"
    r"asked)\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
APPEAL_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b)[a-z]+\b")
"""'called on Z to return': an appeal to Z, unlike a courtesy call ('called on President Z')."""
COMING_BEFORE = re.compile(
    r"\b(?:prepar\w*(?:\s+for)?|ahead\s+of|upcoming|planned|expected|forthcoming|possible)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}(?:(?:[\w.'’-]+\s+){1,3}(?:and|or)\s+(?:[\w.'’-]+\s+){0,2})?$", re.I)
COMING_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:visit|trip|tour|arrival)\b", re.I)
"""'discussed preparations for Z's visit', 'to prepare X's visit and Z's trip': a visit to come,
which Z is not yet at."""
VISIT_BY = scanned(re.compile(
    r"\b(?:prepar\w*(?:\s+for)?|ahead\s+of|upcoming|planned|expected|forthcoming|possible|towards?|"
    r"way\s+for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:visit|trip|tour)\s+(?:to\s+[\w-]+\s+)?by\s+"
    r"(?:[\w.'’-]+\s+){0,2}$", re.I))
"""'a step towards a visit by Z': a visit to come, told with 'by'."""
RELATIVE_BEFORE = re.compile(r"\b([\w'’-]+)\s+(?:that|which)\s+(?:[\w.'’-]+\s+){0,5}$", re.I)
RELATIVE_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)?\s+(?:had|has|have)\s+"
    r"(?:(?:not|also|already|long|once|just|so\s+far|thus\s+far|yet|still|never|\w+ly)\s+){0,2}(?:\w+ed|\w+en|made|won|brought|sought|built|"
    r"set|put|led|struck|fought|taught|sent|held|met|signed|given)\b", re.I)
"""'the deal that X and Z had backed', 'a plan which Z has endorsed', 'a request that Z has so far
declined': a relative clause in the perfect tells what Z did before, not who took part in this
meeting."""
SAYING = frozenset({"said", "says", "say", "told", "tells", "tell", "stated", "added", "noted",
                    "stressed", "announced", "confirmed", "reported", "believes", "believed",
                    "hoped", "hopes", "insisted", "argued", "warned", "explained", "claimed",
                    "agreed", "recalled", "so", "now", "given", "such", "and", "but"})
"""Words before a 'that' of reported speech ('X said that Z had met'), which the relative clause
rule must leave alone: the perfect there is the news, backshifted."""
POSSESSOR_AFTER = re.compile(
    r"['’]s\s+(?:deputy|aide|adviser|advisor|envoy|emissary|spokes\w+|wife|husband|son|daughter|"
    r"chief\s+of\s+staff|special\s+(?:envoy|representative))\b", re.I)
"""'X's deputy Y met Z': X sent Y, and is named only to say whose deputy Y is."""


WORDS = ("since", "replac", "succe", "predecessor", "by ", "letter", "message", "note", "will",
         "would", "due", "set", "expected", "scheduled", "plans", "call", "urg", "press", "appeal",
         "asked", "visit", "trip", "tour", "arrival", "prepar", "that", "which", "deputy", "aide",
         "advis", "envoy", "emissary", "spokes", "wife", "husband", "son", "daughter", "chief")
"""Every cue above holds one of these: a sentence with none of them names no one as context."""


def may_name_context(low: str) -> bool:
    """Whether a lower-cased sentence holds a word of the cues (asked once per sentence, so that
    most sentences skip the searches around each of their names)."""
    for word in WORDS:  # a plain loop: a generator's frames cost more than the tests
        if word in low:
            return True
    return False


def context_only(text: str, start: int, end: int, lead: int, tail: int) -> bool:
    """Whether the name at text[start:end] is context, not a side of the meeting reported;
    `lead`/`tail` bound the words read around it."""
    if BEFORE.search(text, lead, start) or AFTER.match(text, end, tail):
        return True
    if APPEAL_AFTER.match(text, end, tail) and APPEAL_BEFORE.search(text, lead, start):
        return True
    if POSSESSOR_AFTER.match(text, end, tail) or VISIT_BY.search(text, lead, start):
        return True
    if RELATIVE_AFTER.match(text, end, tail) and (rel := RELATIVE_BEFORE.search(text, lead, start)):
        return rel[1].lower() not in SAYING and not rel[1].lower().endswith("ed")
    return bool(COMING_AFTER.match(text, end, tail) and COMING_BEFORE.search(text, lead, start))
