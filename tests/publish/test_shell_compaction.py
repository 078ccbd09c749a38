"""A page filled into its kind's compacted shell is the page compacted whole, byte for byte."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.publish import page_weight

STAND_IN = "\ue004body\ue005"
PIECES = ["<div>", "</div>", "<p>", "</p>", "<a>", "</a>", "<span>", "</span>", "<h1>", "</h1>",
          "text", "more words", "&amp;", "<li>", "</li>", "<br>", "x>", "<script>s();\n  t();</script>",
          "<pre>  a\n   b</pre>"]
BODY_PIECES = [p for p in PIECES if "<script" not in p and "<pre" not in p]
SPACE = st.sampled_from(["", " ", "  ", "\t", "\n", "\n    ", "\n\n  ", " \n"])


def _text(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(pieces), SPACE), max_size=12).map(
        lambda parts: "".join(piece + space for piece, space in parts))


@settings(max_examples=400, deadline=None)
# Text after a script's closing tag on the body's line above: compact starts a text run there.
@example(above="<script>s();\n  t();</script>x>", indent="", body="<div>", outdent="", below="")
@example(above="<div><pre>a\n b</pre><p>", indent="", body="<p>", outdent="", below="")
@given(above=_text(PIECES), indent=st.sampled_from(["", "  ", "      "]), body=_text(BODY_PIECES),
       outdent=st.sampled_from(["", "   "]), below=_text(PIECES))
def test_joining_a_body_into_a_compacted_shell_is_compacting_the_page(
        above: str, indent: str, body: str, outdent: str, below: str) -> None:
    """The theme puts the body on a line of its own; any text around it, any body."""
    shell = page_weight.compact(f"{above}\n{indent}{STAND_IN}{outdent}\n{below}")
    before, _, after = shell.partition(STAND_IN)
    joined = page_weight.join_block(before, body, after)
    if joined is not None:
        assert joined == page_weight.compact(f"{above}\n{indent}{body}{outdent}\n{below}")
    else:
        assert not body.strip() or "<pre" in body or "<script" in body or not before.endswith("\n") \
            or not after.startswith("\n")


def test_a_body_whose_spaces_matter_or_a_blank_one_is_left_to_whole_compaction() -> None:
    assert page_weight.join_block("<div>\n", "<pre> a\n  b</pre>", "\n</div>") is None
    assert page_weight.join_block("<div>\n", " \n ", "\n</div>") is None
    joined = page_weight.join_block("<div>\n", "<p>a</p>\n  <p>b</p>", "\n</div>")
    assert joined == "<div><p>a</p><p>b</p></div>"


def test_only_one_line_of_plain_text_is_put_in_as_it_is() -> None:
    assert page_weight.inline_as_is("Lavrov · Wang Yi in N&#x27;Djamena")
    assert not page_weight.inline_as_is("two\nlines") and not page_weight.inline_as_is(" padded")
    assert not page_weight.inline_as_is("<b>bold</b>") and not page_weight.inline_as_is("")
