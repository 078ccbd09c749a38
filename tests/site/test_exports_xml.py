"""Text that leaves the generator is escaped as the standard library would: XML in the downloads,
URLs in links."""

from __future__ import annotations

from urllib.parse import quote, unquote
from xml.sax.saxutils import escape, quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site import urls, xml_text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab&<>\"'\n\r\t é;#"))))
def test_escaping_matches_saxutils(text: str) -> None:
    assert xml_text.text(text) == escape(text)
    assert xml_text.attribute(text) == quoteattr(text)


PART = st.text(alphabet=st.sampled_from(list("ab-_.~ é%?#&+:")), min_size=1)


@settings(max_examples=500, deadline=None)
@given(st.lists(PART, min_size=1, max_size=3), st.lists(PART, max_size=2))
def test_relative_links_are_quoted_as_quote_would(page: list[str], folder: list[str]) -> None:
    """Links skip `quote` when it would change nothing; any other link is quoted in full."""
    target = "/".join(page) + ".md"
    link = urls.rel_from("/".join(folder), target)
    assert link == quote(unquote(link)) and unquote(link).endswith(page[-1] + ".md")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_name_makes_well_formed_xml(name: str) -> None:
    """A control character pasted into a name must not make the GraphML or the SVG unreadable."""
    import xml.etree.ElementTree as ET

    element = ET.fromstring(f"<x a={xml_text.attribute(name)}>{xml_text.text(name)}</x>")
    kept = xml_text.NOT_XML.sub("", name).replace("\r\n", "\n").replace("\r", "\n")  # XML's line ends
    assert element.get("a") is not None and (element.text or "") == kept
