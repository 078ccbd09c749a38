"""XML escaping for the generated downloads (GraphML, SVG), as `xml.sax.saxutils` does it.

The standard module imports urllib and http.client on the way (30 ms at every start of the
command line, which a render after one edit cannot spare); these are its two functions.
"""

from __future__ import annotations

import re

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot carry at all, even escaped: one in a name would make the whole
download unreadable, so it is dropped."""


def text(value: str) -> str:
    """`xml.sax.saxutils.escape`, without the characters XML cannot hold."""
    value = NOT_XML.sub("", value)
    return value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def attribute(value: str) -> str:
    """`xml.sax.saxutils.quoteattr`: escaped, newlines and tabs as references, then quoted."""
    value = text(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'
