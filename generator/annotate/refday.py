"""The reference day of an article: the day 'Thursday', 'yesterday' and 'Oct. 26' count from.

It comes from a dated dateline ('WASHINGTON, Oct. 26 (Xinhua) --', 'November 19, 2021 – Ottawa'),
the collector's ` date` line, a page date near the top ('Published: 13th July 2023'), or the
signature of an embedded post, in that order of trust.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.dates import (
    DIGIT,
    MONTH_START,
    RELATIVE_RE,
    WEEKDAY_NAME,
    DateMention,
    find_dates,
    resolve,
)
from generator.annotate.pagestamp import numeric_stamp
from generator.annotate.text import Sentence

PAGE_DATE_MAX = 80
"""A short line near the top holding a full date is the page (publication) date."""
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
"""Every full date form in `dates.PATTERNS` writes its year so: a sentence without these digits
has no page date, and the opening sentences skip `find_dates`."""
PAGE_LABEL = re.compile(r"\s*(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s*[|•·]\s*)?"
                        r"(?:published|posted|updated|last\s+updated|first\s+published|"
                        r"publication\s+date|date|dated|issued|released|source)\b", re.I)
"""'Published: 13th July 2023 11:22 AM | Last Updated: ...', 'New Delhi | Updated: March 19, 2024',
'Dated: 19 March 2024', 'Issued on ...', 'Source: Wire, March 19, 2024': a page date, however long
the line (the city before a bar is the page's, not a dateline)."""
BYLINE_DATE = re.compile(
    r"\s*By\s+(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day|The)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[|•·,–—-]")
"""'By Jane Smith | March 19, 2024': a byline and the page's date."""
BARE_DATE_REST = re.compile(r"[A-Za-z]{3,}(?<!day)\b")
"""Words beside a page date other than a weekday: a line with none is only the date."""
STAMP_WORDS = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|GMT|UTC|IST|PKT|EST|EDT|CST|CDT|PST|PDT|BST|"
    r"CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|WIB|GST|hrs|local\s+time)\b\.?", re.I)
"""What a page's time stamp writes beside its date ('Wed, 14 Jul 2021 10:32 GMT', 'Mar 20, 2024,
10:32 PM IST'): a shortened weekday, a time zone. The line is still only the date."""
STAMP_LABELS = re.compile(r"\b(?:updated|published|posted|modified|ET|PT|CT|MT)\b", re.I)
"""Words between a page's stamps ('Sept. 10, 2024, 2:15 PM ET / Updated Sept. 11, 2024'): the line
is still only the page's dates."""
PAGE_BEFORE_COLLECTED = 366
"""A page date up to this many days before the ` date` line is when the page appeared; it was
fetched later (collectors fetch pages weeks or months after they appear: a week, the limit
until round 5, left 'on Monday' counted from the fetch)."""
TWEET_SIGNATURE = re.compile(
    r"[—–-]\s*(?:[^()\n]{0,60}\(@\w+\)|@\w+)\s*,?\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})")
"""A post's signature: '— Name (@handle) June 19, 2019', or a handle alone and a day-first date
('— @handle, 12 May 2023')."""
TWEET_REACH = 3
"""Embedded posts split over short paragraphs: the signature dates this many before it."""


def reference_day(published: dt.date | None, dateline_text: str, sentences: list[Sentence],
                  text: str = "") -> tuple[dt.date | None, str]:
    """The day relative dates count from: a dated dateline, the ` date` line, or a page date
    (`text`, the article, for a page date in figures alone on its line)."""
    page, page_line = None, False
    for s in _page_lines(sentences):
        short = len(s.text) <= PAGE_DATE_MAX or (len(s.text) <= 3 * PAGE_DATE_MAX
                                                 and PAGE_LABEL.match(s.text))
        full = [d for d in find_dates(s.text) if d.full] if short and YEAR_DIGITS.search(
            s.text) else []
        if full:
            page = resolve(full[0], None)
            rest = s.text
            for d in full:  # 'Sept. 10, 2024, 2:15 PM ET / Updated Sept. 11, 2024': two stamps
                rest = rest.replace(d.text, " ")
            rest = STAMP_LABELS.sub(" ", rest)
            page_line = bool(PAGE_LABEL.match(s.text) or BYLINE_DATE.match(s.text)) or not \
                BARE_DATE_REST.search(STAMP_WORDS.sub(" ", rest)) or _under_labels(s.text, full[0])
            break
    if page is None and text:
        page = numeric_stamp(text)
        page_line = page is not None
    first = _date_first_line(sentences[:DATE_FIRST_LINES], published)
    if first is not None:  # 'November 19, 2021 – Ottawa': the release's own day beats the page's
        return first
    if page is not None and page_line and published is not None and 0 < (
            published - page).days <= PAGE_BEFORE_COLLECTED:
        published = page  # the page's own day beats the day the collector fetched it
    hint = published or page
    for d in find_dates(dateline_text):
        day = resolve(d, hint) if d.month else None
        if day is not None:
            return day, dateline_text
    if published is not None:
        return published, "date line"
    if page is not None:
        return page, "page date"
    return None, ""


SECTION_LABELS = re.compile(
    r"\s*(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*[|•·]\s*){1,3}"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?")
"""'News | ', 'The Daily Courier | World | Thursday, ': a site's name and sections, set apart by bars,
before the page's date."""


def _under_labels(line: str, date: DateMention) -> bool:
    """Whether a line is a page's labels then its date, with nothing but a time after it
    ('News | Tuesday 10 September 2024'): the page's date, like 'Published: ...' (a headline
    after the date, 'Most read | 11 Feb 2019 | Allies must act', is another story's)."""
    return bool(SECTION_LABELS.fullmatch(line, 0, date.start)) and not BARE_DATE_REST.search(
        STAMP_WORDS.sub(" ", line[date.end:]))


PAGE_TAIL = 3
"""Closing sentences where a page may print its date ('Source: Wire, March 19, 2024'), labelled."""


def _page_lines(sentences: list[Sentence]) -> list[Sentence]:
    """The opening sentences, then the closing ones that carry a page label."""
    tail = sentences[max(6, len(sentences) - PAGE_TAIL):]
    return sentences[:6] + [s for s in tail if PAGE_LABEL.match(s.text)]


DATE_FIRST = re.compile(r"\s*(?:[-–—|•·]|\(\w)")
"""After a dateline's leading date: a dash, a bar or an agency ('May 2, 2019 – Ottawa',
'2 MAY 2019 • OTTAWA')."""
DATE_FIRST_MARK = re.compile(r"[-–—|(•·]")
"""The characters one of which DATE_FIRST needs: without one after the first digit, an opening
line skips `find_dates` (`_date_first_line` 0.14-0.16 -> 0.12 s per 3,000 articles)."""
DATE_FIRST_LINES = 4
"""Opening sentences where a date-first dateline may stand (after a title and a dek)."""


def _date_first_line(sentences: list[Sentence], hint: dt.date | None) -> tuple[dt.date, str] | None:
    """A line that opens with a date then a dash or an agency: a dateline, date first
    ('November 19, 2021 – Ottawa', 'JAN 24 (Reuters) -'); a day without its year takes the
    ` date` line's."""
    for s in sentences:
        lead = s.text[:DATE_FIRST_LEAD + 30]
        digit = DIGIT.search(lead)  # a date with a day has a digit, and ends after the first one
        if digit is None or (DATE_FIRST_MARK.search(s.text, digit.end()) is None
                             and PLACE_COMMA.match(s.text) is None):
            continue  # no dash or agency after it, no 'City,' before it: not a dateline
        if _no_first_date(lead, s.text):
            continue
        found = find_dates(lead)
        if not found or not found[0].day:
            continue
        city = PLACE_COMMA.match(s.text)  # 'Rabat, August 21, 2023, Minister X ...'
        if (city is not None and found[0].start == city.end() and found[0].full
                and COMMA_AFTER.match(s.text, found[0].end)) or (
                found[0].start <= DATE_FIRST_LEAD and LEAD_WEEKDAY.fullmatch(s.text, 0, found[0].start)
                and DATE_FIRST.match(s.text, found[0].end)
                and len(MENU_BARS.findall(s.text, found[0].end, found[0].end + MENU_REACH)) < 2):
            day = resolve(found[0], hint)
            if day is not None:
                return day, s.text
    return None


def _no_first_date(lead: str, text: str) -> bool:
    """Whether neither form below can hold, told without `find_dates` (2,999 of 3,000 synthetic
    'CITY, Month D (Agency) -' lines went through it for nothing: about 2 % of annotating).

    'City, <full date>,' needs a year, and every full form writes it as YEAR_DIGITS. A date after
    at most a weekday must start where LEAD_WEEKDAY can end: at 0 only, when the text opens with
    neither a space nor a weekday; and a date mention starts at a digit, a MONTH_START, a
    WEEKDAY_NAME (a weekday joined to its date too) or a RELATIVE_RE match (`find_dates`)."""
    return (YEAR_DIGITS.search(lead) is None and LEAD_WEEKDAY.match(text).end() == 0
            and not (DIGIT.match(lead) or MONTH_START.match(lead) or WEEKDAY_NAME.match(lead)
                     or RELATIVE_RE.match(lead)))


PLACE_COMMA = re.compile(r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3},\s*")
"""A dateline's city and comma opening a sentence, its date right after."""
COMMA_AFTER = re.compile(r"\s*[,:]")
DATE_FIRST_LEAD = 12
"""A weekday may come before the date ('Friday, May 3, 2019 –')."""
MENU_BARS = re.compile(r"[|•·]")
MENU_REACH = 80
"""Bars after a leading date: two or more make the line a page's header and menu ('Monday 11 March
2019 | Weather | Markets'), dated the day it was read; a dateline has one ('JUNE 07, 2022 | BEIJING -')."""
LEAD_WEEKDAY = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?", re.I)
"""All a date-first dateline may hold before its date: a site's name there ('Asia Post • Monday,
September 30, 2024 • Subscribe') makes the line the page's header, dated the day it was read."""


def tweet_days(text: str, sentences: list[Sentence]) -> dict[int, dt.date]:
    """Paragraphs of an embedded post, mapped to the date in its signature."""
    if "@" not in text:
        return {}
    by_paragraph: dict[int, str] = {}
    for s in sentences:
        by_paragraph[s.paragraph] = by_paragraph.get(s.paragraph, "") + " " + s.text
    out: dict[int, dt.date] = {}
    for p, body in by_paragraph.items():
        m = TWEET_SIGNATURE.search(body)
        if not m:
            continue
        found = find_dates(m["date"])
        day = resolve(found[0], None) if found else None
        if day is None:
            continue
        for q in range(p, p - TWEET_REACH - 1, -1):
            if q < p - 1 and q + 1 in by_paragraph and q in by_paragraph and POST_MARK.search(
                    by_paragraph[q + 1]) and not POST_MARK.search(by_paragraph[q]):
                break  # the post begins at its mention or link: above it is the article's text
            if q in by_paragraph and (q == p or len(by_paragraph[q]) < 300):
                out.setdefault(q, day)
    return out


POST_MARK = re.compile(r"@\w|#\w|pic\.twitter|https?://|t\.co/")
"""What a post's text holds and a news paragraph seldom does: a handle, a hashtag, a link."""
