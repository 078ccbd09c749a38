"""The downloads escape XML text and attributes exactly as the standard library would."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import xml_text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab&<>\"'\n\r\t é;#"))))
def test_escaping_matches_saxutils(text: str) -> None:
    assert xml_text.text(text) == escape(text)
    assert xml_text.attribute(text) == quoteattr(text)
