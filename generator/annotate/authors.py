"""Who speaks in a minister's own release: 'Today I met X', 'The Foreign Secretary met X' name
no subject, the page's byline or closing signature does."""

from __future__ import annotations

import re

from generator.annotate.events import Event
from generator.annotate.people import PersonMention
from generator.annotate.text import Sentence

BYLINE_SENTENCES = 6
"""Opening sentences where a 'From:' or 'By' line names the release's author."""
FIRST_PERSON = re.compile(r"(?:\bI|^We|^The\s+(?:Foreign\s+|Prime\s+)?(?:Secretary|Minister))\s+"
                          r"(?:\w+\s+)?(?:met|held|had|spoke|welcomed|received|hosted|talked|joined|"
                          r"called)\b")
"""'Today I met X', 'The Foreign Secretary met X': a minister's own release, whose speaker the
byline or signature names."""
FIRST_PERSON_I = re.compile(r"I\s")
"""What FIRST_PERSON's 'I' branch needs, found by re's fast scan for a literal first character:
a sentence without it that opens with neither 'We' nor FIRST_PERSON_THE skips the full search, which re
tries at every position (0.125 -> 0.040 s over the 32,055 sentences of 3,000 synthetic
articles)."""
FIRST_PERSON_THE = re.compile(r"The\s+(?:Foreign\s+|Prime\s+)?(?:Secretary|Minister)")
"""The opening FIRST_PERSON's 'The' branch needs: many sentences open with 'The' (0.034 ->
0.010 s over the same sentences)."""
BYLINE = re.compile(r"(?:From|By)\b")
SIGNATURE_CHARS = 120
"""A closing paragraph this short that names someone signs the release ('Penny Wong, Minister
for Foreign Affairs')."""


def sign_first_person(events: list[Event], sents: list[Sentence],
                      mentions: dict[int, list[PersonMention]], found: list[PersonMention],
                      tail: str) -> None:
    """A first-person report ('Today I met X in Tokyo') has the release's author as subject: the
    person a 'From:' or 'By' line near the top names, or a short closing signature line (`tail`
    is the text without trailing space; the sentence splitter may drop that line as clutter)."""
    mine = [e for e in events if e.status == "reported" and len(e.people) < 2
            and _first_person(e.sentence.text)]
    ours = [e for e in events if e.status == "reported" and len(e.people) < 2 and e not in mine
            and "we " in e.sentence.text and WE_MET.search(e.sentence.text)]
    if ours:  # 'Today in Suva we met X': the ministers the joint release's heading names
        _sign_we(ours, sents, mentions)
    if not mine:
        return
    lines = [s for s in sents[:BYLINE_SENTENCES] if BYLINE.match(s.text)]
    author = next((m.name for s in lines for m in mentions.get(s.index, []) if m.known), None)
    signature = tail.rfind("\n") + 1
    if author is None and len(tail) - signature <= SIGNATURE_CHARS:
        author = next((m.name for m in found if m.known and 0 <= m.start - signature <= 12
                       and tail[m.end:m.end + 1] in {",", ""}), None)  # 'Name, Title' or 'Name'
    if author is None:
        return
    for e in mine:
        if author not in e.people:
            e.people.insert(0, author)


def _first_person(text: str) -> bool:
    """`FIRST_PERSON.search(text)`, skipped where none of its branches can begin."""
    if not (FIRST_PERSON_I.search(text) or text.startswith("We") or FIRST_PERSON_THE.match(text)):
        return False
    return FIRST_PERSON.search(text) is not None


WE_MET = re.compile(r"\bwe\s+(?:\w+\s+)?(?:met|held|had|spoke|welcomed|received|hosted|talked|called)\b")
"""'Today in Suva we met X': several ministers' joint release, its authors in the heading."""
HEADING_CHARS = 120


def _sign_we(ours: list[Event], sents: list[Sentence], mentions: dict[int, list[PersonMention]]) -> None:
    """The release's authors for 'we': the known people the heading lines above the story name
    ('Senator the Hon Penny Wong', 'Joint media release with: The Hon Pat Conroy MP, ...')."""
    first = min(e.sentence.index for e in ours)
    heading = [s for s in sents[:first] if len(s.text) <= HEADING_CHARS and not s.text.endswith(".")]
    authors = list(dict.fromkeys(m.name for s in heading for m in mentions.get(s.index, []) if m.known))
    for e in ours:
        e.people[:0] = [a for a in authors if a not in e.people]
