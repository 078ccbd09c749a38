"""A scraped page's labels between the title and the story ('Listen to this article', a byline,
'Skip to main content') do not take the room where the story's top is read: the page's date
stamp under them still dates the story, and a line that may be a dateline is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.annotate.text import is_clutter, paragraphs
from tests.annotate.reading import read

D = dt.date

TITLE = "Foreign ministers of Ghana and Kenya meet in Nairobi"
STORY = ("On Tuesday, Ghana's foreign minister Shirley Ayorkor Botchwey held talks with her "
         "Kenyan counterpart Raychelle Omamo in Nairobi on trade and regional security.\n"
         "Published: 17th March 2021 09:40 AM | Last Updated: 17th March 2021 10:05 AM\n"
         "The two ministers agreed to set up a joint commission before the end of the year.")
LABELS = [
    ["Listen to this article", "5 min read", "Follow us on Twitter", "By Staff Reporter"],
    ["Skip to main content", "By Staff Reporter"],
    ["Print this page", "Font size: A A A", "Share on social media", "By Jane Amoako"],
]


def _lines(text: str) -> list[str]:
    return [text[a:b] for a, b in paragraphs(text)]


@pytest.mark.parametrize("labels", LABELS)
def test_labels_under_the_title_leave_the_story_as_read_without_them(
        annotator: Annotator, labels: list[str]) -> None:
    bare = read(annotator, f"{TITLE}\n{STORY}", None)
    labelled = read(annotator, "\n".join([TITLE, *labels, STORY]), None)
    assert bare.date == D(2021, 3, 16)  # 'On Tuesday' counted from the page's stamp
    assert (labelled.date, labelled.venue, labelled.participants) == (
        bare.date, bare.venue, bare.participants)


@pytest.mark.parametrize("line", ["Listen to this article", "Follow us on Twitter", "5 min read",
                                  "Share on social media"])
def test_a_label_between_title_and_story_is_not_read(line: str) -> None:
    assert line not in _lines(f"{TITLE}\n{line}\n{STORY}")


@pytest.mark.parametrize("line", ["Rio de Janeiro", "Dar es Salaam", "NEW DELHI:", "Abu Dhabi",
                                  "By Staff Reporter", "Nairobi, Kenya"])
def test_a_line_that_may_be_a_dateline_or_byline_is_kept(line: str) -> None:
    assert line in _lines(f"{TITLE}\n{line}\n{STORY}")


def test_a_short_line_inside_the_story_is_kept() -> None:
    text = f"{TITLE}\n{STORY}\nwatch the video here\nThe talks ended at noon."
    assert "watch the video here" in _lines(text)


def test_skip_to_content_is_clutter() -> None:
    assert is_clutter("Skip to main content") and is_clutter("Skip to navigation")
    assert not is_clutter("Skipping the summit, the minister met his counterpart in Rome.")


def test_a_page_stamp_low_on_the_page_is_not_another_storys_headline() -> None:
    text = "\n".join([TITLE, "World News", "Asia Pacific", "Top Stories", "Most Popular Today",
                      "Published: 17th March 2021 09:40 AM | Updated: 17th March 2021 10:05 AM",
                      STORY.split("\n")[0]])
    assert any(line.startswith("Published:") for line in _lines(text))


def test_a_pdfs_page_number_is_clutter() -> None:
    assert is_clutter("Page 2 of 3") and is_clutter("page 4") and is_clutter("Page 2/3")
    assert not is_clutter("Pages of history were written in Paris on Monday.")
