"""Names that tell where a report came from ('..., Zelensky's office said', 'X's spokesman
said'): such a mention says nothing of whether the person took part. It is no evidence either
way, so another mention of the same person in the sentence ('He met President Zelensky') stands.
"""

from __future__ import annotations

import re

SOURCE_AFTER = re.compile(
    r"['’]s?\s+(?:press\s+)?(?:office|service|statement|remarks|tweet|post|speech|website|"
    r"(?:chief\s+)?spokes(?:person|man|woman))\b", re.I)
"""After a name: the statement, office or spokesperson a report cites."""


def cited_source(text: str, end: int, stop: int) -> bool:
    """Whether the name ending at `end` is only the report's source ('X's office said')."""
    return text[end:end + 1] in {"'", "’"} and SOURCE_AFTER.match(text, end, stop) is not None
