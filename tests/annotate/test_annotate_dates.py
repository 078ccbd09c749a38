"""Date expressions and their resolution against the article's reference day (no registry)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate import dates
from generator.annotate.cues import lowered
from generator.annotate.dates import find_dates, resolve
from generator.annotate.refday import YEAR_DIGITS

D = dt.date


@pytest.mark.parametrize(("text", "day"), [
    ("talks on 3 May 2021 in the capital", D(2021, 5, 3)),
    ("On March 14, 2016, the ministers spoke", D(2016, 3, 14)),
    ("(Agency - 24th June, 2019)", D(2019, 6, 24)),
    ("filed 2020-10-12 at noon", D(2020, 10, 12)),
    ("the meeting of 5th of August 2018", D(2018, 8, 5)),
    ("Sept. 9, 2022: ministers arrive", D(2022, 9, 9)),
    ("held on 07/01/2019 in the city", D(2019, 1, 7)),
    ("held on 14.03.2016 in the city", D(2016, 3, 14)),
    ("held on 03/14/2016 in the city", D(2016, 3, 14)),
    ("on March 14th, 2016 they met", D(2016, 3, 14)),
])
def test_absolute_dates(text: str, day: dt.date) -> None:
    found = [d for d in find_dates(text) if d.full]
    assert found and resolve(found[0], None) == day


def test_month_day_takes_the_year_of_the_reference_day() -> None:
    (mention,) = find_dates("held talks on Oct. 26 in the capital")
    assert resolve(mention, D(2023, 10, 27)) == D(2023, 10, 26)
    assert resolve(mention, None) is None


def test_month_day_late_in_the_year_read_in_january_is_last_year() -> None:
    (mention,) = find_dates("the ministers met on December 30")
    assert resolve(mention, D(2019, 1, 4)) == D(2018, 12, 30)


def test_weekdays_count_back_from_the_reference_day() -> None:
    (thursday,) = find_dates("held talks on Thursday")
    assert resolve(thursday, D(2023, 10, 27)) == D(2023, 10, 26)  # a Friday
    assert resolve(thursday, D(2023, 10, 26)) == D(2023, 10, 26)  # same day
    assert resolve(thursday, None) is None


def test_future_weekdays_count_forward() -> None:
    (friday,) = find_dates("they will meet again on Friday")
    assert resolve(friday, D(2023, 10, 26), future=True) == D(2023, 10, 27)
    (nxt,) = find_dates("talks next Monday")
    assert resolve(nxt, D(2023, 10, 26)) == D(2023, 10, 30)


def test_last_weekday_is_never_today() -> None:
    (last,) = find_dates("the call last Thursday")
    assert resolve(last, D(2023, 10, 26)) == D(2023, 10, 19)


@pytest.mark.parametrize(("word", "offset"), [("today", 0), ("yesterday", -1), ("tomorrow", 1)])
def test_relative_days(word: str, offset: int) -> None:
    (mention,) = find_dates(f"the ministers met {word} in the capital")
    assert resolve(mention, D(2020, 9, 3)) == D(2020, 9, 3) + dt.timedelta(days=offset)


def test_not_dates() -> None:
    assert find_dates("The two sides may meet. Mark Esper spoke. The 17th session.") == []
    assert not [d for d in find_dates("on February 30, 2021") if d.full]


def test_month_and_year_is_partial() -> None:
    (mention,) = find_dates("the dialogue was held in April 2022")
    assert mention.day is None and resolve(mention, D(2023, 9, 1)) is None


def test_relative_words_on_lowered_text_match_the_text_as_written() -> None:
    """The lower-cased twin finds the same relative dates, with the text as written."""
    text = "Yesterday he said THIS MORNING; the Day Before Yesterday, Tonight, İstanbul today."
    for sample in (text, text.replace("İ", "I")):
        low = lowered(sample)
        assert find_dates(sample, low) == find_dates(sample)
    assert [d.text for d in find_dates(text.replace("İ", "I"), lowered(text.replace("İ", "I")))
            ][:2] == ["Yesterday", "THIS MORNING"]


@pytest.mark.parametrize("text", [
    "3 May 2021", "March 14, 2016", "24th June, 2019", "2020-10-12", "5th of August 2018",
    "Sept. 9, 2022", "14/03/2016", "03.14.2016", "Oct. 26", "Thursday", "yesterday", "May 2019",
])
def test_every_full_date_writes_its_year_in_digits(text: str) -> None:
    """reference_day skips find_dates on opening sentences without year digits: none is full."""
    if any(d.full for d in find_dates(text)):
        assert YEAR_DIGITS.search(text)
    else:
        assert text in ("Oct. 26", "Thursday", "yesterday", "May 2019")


def _every_position_finder(text: str, low: str | None) -> list[dates.DateMention]:
    """find_dates as it was, each pattern searched at every position: the reference."""
    real = dates._matches_from
    try:
        dates._matches_from = lambda pattern, text, starts: pattern.finditer(text)  # type: ignore[assignment]
        dates.RELATIVE_WORDS, words = ("",), dates.RELATIVE_WORDS
        return dates.find_dates(text, low)
    finally:
        dates._matches_from = real  # type: ignore[assignment]
        dates.RELATIVE_WORDS = words


DATE_WORDS = ["May", "Mayor", "March", "Mar.", "Sept", "September", "June", "Jun", "of", "on",
              "2021", "1999", "20210", "12", "3rd", "31", "4", "-", "/", ".", ",", " ", "\n",
              "2023-04-13", "13/04/2023", "4.5.2019", "Monday", "Mondays", "Sunday", "MondayS",
              "last", "next", "today", "yesterday", "the day before yesterday", "This morning",
              "xMay", "٣", "Jan", "Janu", "Dec", "Tuesdayx", "2019-05-2020-01-05"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=16).map("".join)
       | st.lists(st.sampled_from(DATE_WORDS), max_size=12).map(" ".join))
def test_dates_found_from_their_possible_starts_are_the_ones_found_everywhere(text: str) -> None:
    for low in (text.lower(), None):
        assert dates.find_dates(text, low) == _every_position_finder(text, low)


_OPENING_WORDS = st.sampled_from([
    "STRELSAU", "Strelsau", "Port Vela", "Friday", "FRIDAY", "Tues.", "Mon", "March", "MAR", "Mar.",
    "May", "Sept.", "Junebug", "3", "14th", "2023", "1999", "2023-03-02", "02/03/2023", "today",
    "Yesterday", "the day before yesterday", "This morning", "two days ago", "(Agency)", "–", "-",
    "|", "•", ",", ":", " ", "  ", "talks", "Minister", "the", "on", "Ottawa"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_OPENING_WORDS, min_size=1, max_size=8))
def test_a_line_the_date_first_pretest_skips_holds_no_date_the_dateline_forms_could_take(words) -> None:
    # `_no_first_date` spares `find_dates`: it may say so only when no mention can start at 0
    # and none is a full date, since those are the only first dates `_date_first_line` accepts
    from generator.annotate import refday
    text = "".join(w if i == 0 or w in {",", ":", " ", "  "} else " " + w for i, w in enumerate(words))
    lead = text[:refday.DATE_FIRST_LEAD + 30]
    if refday._no_first_date(lead, text):
        found = find_dates(lead)
        assert not any(d.full for d in found)
        assert not found or found[0].start > 0


def test_the_date_first_pretest_skips_a_city_dateline_without_a_year_and_keeps_the_others() -> None:
    from generator.annotate.refday import _no_first_date
    assert _no_first_date("STRELSAU, March 2 (Agency) -- Anna Kovar", "STRELSAU, March 2 (Agency) --")
    for line in ("STRELSAU, March 2, 2023, Anna Kovar met", "Friday, May 3 – Ottawa", "May 3 – Ottawa",
                 " 3 May – Ottawa", "Yesterday – Ottawa"):
        assert not _no_first_date(line[:42], line)
