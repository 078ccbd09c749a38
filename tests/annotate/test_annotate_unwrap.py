"""Hard-wrapped copy (a plain-text wire, an e-mail, a PDF) is read as the paragraphs it was,
and nothing else is touched: a scraped page of short lines keeps one paragraph per line."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate import Annotator
from generator.annotate.unwrap import unwrap
from tests.annotate.reading import read

D = dt.date

STORY = [
    "ANKARA, March 9 (Wire) - Turkish Foreign Minister Mevlut Cavusoglu held talks on Tuesday "
    "with his Russian counterpart Sergey Lavrov in the Mediterranean resort of Antalya, the "
    "ministry said, in their first face-to-face meeting since the ceasefire in the north.",
    "The two ministers discussed the humanitarian corridors, the grain shipments and the "
    "exchange of prisoners, according to officials who briefed reporters after the session.",
    "Lavrov, who arrived from Tehran on Monday evening, is expected to fly on to Baku, where he "
    "will meet the Azerbaijani leadership at the end of the week.",
]


def _wrapped(paragraphs: list[str], width: int) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False))
                       for p in paragraphs)


@pytest.mark.parametrize("width", [58, 64, 72, 80, 96])
def test_a_wrapped_story_reads_as_the_same_story_unwrapped(annotator: Annotator, width: int) -> None:
    flat = read(annotator, "\n\n".join(STORY), D(2021, 3, 10))
    wrapped = read(annotator, _wrapped(STORY, width), D(2021, 3, 10))
    assert (wrapped.date, wrapped.venue, wrapped.participants) == (
        flat.date, flat.venue, flat.participants)
    assert flat.date == D(2021, 3, 9) and flat.venue == "Antalya"
    assert set(flat.participants) == {"Mevlüt Çavuşoğlu", "Sergey Lavrov"}


@pytest.mark.parametrize("width", [60, 72, 90])
def test_unwrapping_gives_back_the_paragraphs(width: int) -> None:
    assert unwrap(_wrapped(STORY, width)) == "\n\n".join(STORY)


def test_crlf_line_ends_are_unwrapped_too() -> None:
    text = _wrapped(STORY, 70).replace("\n", "\r\n")
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.replace("  ", " ").replace("\r\n\r\n", "\n\n") == "\n\n".join(STORY)


SCRAPED = """Home | World | Politics | Economy | Sport
Search this site
Ministers of the two countries discuss trade in the capital
Share this article
The foreign ministers of the two countries met in the capital on Monday and agreed to work on
Related stories
Prime minister opens new port on the east coast
Minister of state visits flood-hit districts in the north
Cookies help us deliver our services. By using them you agree to our use of cookies."""


def test_a_page_of_short_lines_keeps_its_lines() -> None:
    assert unwrap(SCRAPED) == SCRAPED


def test_lines_of_a_list_stay_apart() -> None:
    text = _wrapped(STORY[:2], 70) + "\n- the grain corridor and its\n- the prisoner exchange"
    out = unwrap(text)
    assert "\n- the grain" in out and "\n- the prisoner" in out


def test_a_long_title_line_does_not_hide_a_narrow_wrap() -> None:
    title = "Turkey and Russia hold talks in Antalya on corridors, grain and prisoners as ceasefire holds"
    assert unwrap(title + "\n\n" + _wrapped(STORY, 60)) == title + "\n\n" + "\n\n".join(STORY)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Cd,.;\n\r-"), max_size=400))
def test_only_line_breaks_and_split_words_change(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)  # the text keeps its length
    def bare(t: str) -> str:
        return "".join(c for c in t if c not in " \r\n-")
    assert bare(out) == bare(text)  # no letter lost, added or moved out of order
    if not any(text[i] == "-" and text[i + 1:i + 2] == "\n" for i in range(len(text))):
        assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_a_word_split_with_a_hyphen_is_made_whole() -> None:
    text = "\n".join(textwrap.wrap(" ".join(STORY), 70, break_on_hyphens=False))
    lines = text.split("\n")
    cut = next(i for i, line in enumerate(lines[:-1]) if len(line) > 60)
    word = lines[cut + 1].split()[0]
    lines[cut] += " " + word[:2] + "-"
    lines[cut + 1] = word[2:] + lines[cut + 1][len(word):]
    hyphenated = "\n".join(lines)
    out = unwrap(hyphenated)
    assert len(out) == len(hyphenated)
    assert " ".join(out.split()) == " ".join(" ".join(STORY).split())
