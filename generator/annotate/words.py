"""Word lists and tests that tell a person's name from other capitalised words.

News capitalises months, titles, countries, buildings and every word of a headline; a name
finder that trusts capital letters alone invents people ('Pompeo Meets', 'Green Lantern Palace').
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

MONTH_WORDS = set(
    "january february march april may june july august september october november december jan feb "
    "mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
    "sunday today yesterday".split())
NOT_NAME = set(
    "the a an and his her their our foreign minister ministry president secretary state affairs "
    "deputy prime office government general council committee republic kingdom federal national "
    "union during after before on in at for with from also said meanwhile however but both while "
    "when as this that it twitter x he she they we i earlier later external news agency photo ap "
    "reuters xinhua tass pti ani afp app irna mr mrs ms dr sen senator sheikh sheikha hon "
    "honorable honourable prof professor gen excellency madam mme amb ambassador chief alhaji "
    "engr justice sayyid hh hrh highness prince princess high representative commissioner envoy "
    "special vice chairman chairperson".split())
ORG_WORDS = set(
    "palace house hall airport university summit conference council organization organisation "
    "ministry party assembly cooperation agency committee forum group bank fund front army force "
    "forces times post center centre institute foundation states nations league alliance "
    "corporation company school college hospital hotel square street road avenue district "
    "province region city county island islands mountains river sea ocean gulf strait bay "
    "international global world development security affairs relations policy mausoleum "
    "memorial monument museum cathedral mosque temple church park bridge gardens tomb shrine "
    "library academy embassy consulate parliament congress senate court airlines airways "
    "railway port harbour harbor station terminal building complex headquarters".split())
COMMON_SHORT = set(
    "may dan ban hunt brown fox martin leo rice bush king young long white black green gray grey "
    "rose hope price love wise cook baker ward bell hill lee park moon march mark will bill frank "
    "grant rich page case law field powell sharp sweet strong little prince duke lord noble "
    "kim li wang zhang liu chen yang lin wu zhou singh khan sharif ali ahmed hassan hussein kumar "
    "shah rahman nguyen tran le pham english french german".split())
"""Short forms that are common English words or surnames many officials share: they name a
registry person only with the full name in the text or a title right before them."""
TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Minister|President|Secretary|Premier|Chancellor|Counterpart|Sheikh|"
    r"Prince|King|Ambassador|Senator|Sen|Gen|General|Envoy|Chairman|Leader|FM|PM)\.?\s+)$")
NAME_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "van", "von", "ul", "abu"}

CREDIT = re.compile(r"\b(?:photo|pictures?|image|credit|video|AFP|EFE|AP|Reuters|Xinhua|Getty\s+Images|"
                    r"EPA|ANI|PTI|IRNA|TASS|Sputnik|Anadolu|WAM|SPA|QNA|KUNA|Yonhap|Kyodo|Bernama)"
                    r"\s*(?:/|:|by)\s*$", re.I)
"""'(Photo/Jane Martin)', 'EFE / Jane Martin': a photographer's credit, not a person in the story."""


def same_name_word(word: str, own: list[str]) -> bool:
    """'Sergey' for 'Sergei', 'Mohammad' for 'Mohammed': one word of the person's own name."""
    if word in own:
        return True
    return any(o[:1] == word[:1] and len(o) > 2 and SequenceMatcher(None, o, word).ratio() >= 0.75
               for o in own)


def title_case_line(text: str, pos: int) -> bool:
    """Headlines capitalise every word, so a capitalised run there is not a name."""
    start = text.rfind("\n", max(0, pos - HEADLINE_MAX), pos) + 1
    if start == 0 and pos > HEADLINE_MAX:
        return False  # a line this long is running text, not a headline
    end = text.find("\n", pos, pos + HEADLINE_MAX)
    words = HEADLINE_WORD.findall(text[start:end if end >= 0 else pos + HEADLINE_MAX])
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[0].islower() and w not in SMALL_WORDS)
    return lower == 0


HEADLINE_MAX = 300
HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
               "from", "as", "vs", "via"}
