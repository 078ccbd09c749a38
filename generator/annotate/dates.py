"""Date expressions in news text, and their resolution against the article's reference day.

News gives meeting days in many shapes: '14 April 2023', 'Oct. 26', 'on Thursday', 'yesterday',
'24th June, 2019'. A mention keeps what the text says (some parts may be missing); `resolve`
turns it into a day only when the text plus the reference day (publication or dateline) fix it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.annotate.guard import scanned
from generator.annotate.text import SpanIndex

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}
"""'on Thurs.', 'MOSCOW, Tues. (Wire)': newspapers shorten weekdays with a full stop."""
RELATIVE = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tonight": 0,
    "this morning": 0,
    "this evening": 0,
    "this afternoon": 0,
    "day before yesterday": -2,
    "last night": -1,
    "a day ago": -1,
    "one day ago": -1,
    "two days ago": -2,
    "2 days ago": -2,
    "three days ago": -3,
    "3 days ago": -3,
}

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    # datelines and photo captions write the month in capitals ('JAN 24', 'OCTOBER 08')
    r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
    r"SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
FOREIGN_MONTHS = {
    # Italian, Spanish, Portuguese, French, German, Dutch: ministry pages date themselves so
    **dict.fromkeys(("gennaio", "enero", "janeiro", "janvier", "januar", "januari"), 1),
    **dict.fromkeys(("febbraio", "febrero", "fevereiro", "février", "fevrier", "februar",
                     "februari"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars", "märz", "maerz", "maart"), 3),
    **dict.fromkeys(("aprile", "abril", "avril"), 4),
    **dict.fromkeys(("maggio", "mayo", "maio", "mai", "mei"), 5),
    **dict.fromkeys(("giugno", "junio", "junho", "juin", "juni"), 6),
    **dict.fromkeys(("luglio", "julio", "julho", "juillet", "juli"), 7),
    **dict.fromkeys(("agosto", "août", "aout", "augustus"), 8),
    **dict.fromkeys(("settembre", "septiembre", "setembro", "septembre"), 9),
    **dict.fromkeys(("ottobre", "octubre", "outubro", "octobre", "oktober"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("dicembre", "diciembre", "dezembro", "décembre", "decembre", "dezember"), 12),
}
"""Month names of the languages ministry pages are most often written in; read only in a full
date ('11 Giugno 2023', '14 december 2015'), where they cannot be another word."""
_FMON = "(?P<fmon>" + "|".join(sorted({m.capitalize() for m in FOREIGN_MONTHS} | set(FOREIGN_MONTHS)
                                      | {"december", "november", "september", "april"},
                                      key=len, reverse=True)) + ")"
_TO_DAY = r"\s*(?:[-–—]|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?"
"""The second day of a span ('8-9 December', '8 and 9 December'): a meeting is dated by its first."""
PATTERNS = [
    # '2021-07-14', and pages' '2021/07/14' and '2021.07.14' (one separator throughout)
    re.compile(rf"\b{_YEAR}(?P<sep>[-/.])(?P<mnum>[01]\d)(?P=sep)(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}{_TO_DAY}\s+(?:of\s+)?{_MON}(?:\s*,?\s*{_YEAR}\b)?"),
    # 'March 14', and a span's year after its second day ('March 3-4, 2024', 'March 3 and 4, 2024')
    re.compile(rf"\b{_MON}(?:\s+|(?<=\.)){_DAY}\b(?:{_TO_DAY}\b(?=\s*,?\s*(?:19|20)\d\d\b))?"
               rf"(?:\s*,?\s*{_YEAR}\b)?"),
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MON}(?:\s*,?\s*{_YEAR}\b)?"),
    re.compile(rf"\b{_MON}\s*,?\s+{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?{_FMON}\s+(?:de\s+)?{_YEAR}\b"),
    # '14/07/2021', '14.07.2021', '14-07-2021' (day first unless the day cannot be a month)
    re.compile(r"\b(?P<d1>[0-3]?\d)([./-])(?P<m1>[0-3]?\d)\2(?P<y1>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_DAY}-{_MON}-{_YEAR}\b"),  # '09-Apr-2024', as pages and wires print it
]
WEEKDAY_RE = re.compile(r"\b(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|"
                        r"TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)s?\b|"
                        r"(?P<abbr>Tues?|Weds|Thu|Thurs?|Fri|TUES?|THURS?|FRI|"
                        r"(?<=[Oo]n\s)(?:Mon|Wed|Sat|Sun))\.)")
"""A weekday written out, or shortened with a full stop ('Thurs.'); 'Mon.', 'Wed.', 'Sat.' and
'Sun.' are other words too ('The Sun.'), so only after 'on'."""
RELATIVE_RE = re.compile(
    r"\b(?P<rel>(?:the\s+)?day\s+before\s+yesterday|today|yesterday|tomorrow|tonight|"
    r"this\s+(?:morning|evening|afternoon)|last\s+night|(?:a|one)\s+day\s+ago|(?:two|three|2|3)\s+days\s+ago)\b",
    re.I,
)
RELATIVE_LOWER = re.compile(RELATIVE_RE.pattern)
"""RELATIVE_RE for lower-cased text (`cues.lowered`): without re.I, which Python's re runs slower."""
DIGIT = re.compile(r"\d")
"""Where the numeric forms (PATTERNS 0, 1, 3, 5 and 6) can begin: at a day or a year."""
MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
                         r"JUL|AUG|SEP|OCT|NOV|DEC")
"""Where the forms that open with a month (PATTERNS 2 and 4) can begin."""
WEEKDAY_NAME = re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN")
ORDINAL_DAY = re.compile(
    r"\b(?:on|of|since)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*[.,;:)\]]|\s*$|\s+(?:of\s+"
    r"(?:this|that|the|last)\s+month|in|at|and|when|as|with|after|before|during|while|where|to|for|amid)\b)")
"""'on the 14th': a day of the month the reference day is in (or the one before), without a
month; only where nothing follows that it could number ('the 14th round', 'the 17th
extraordinary meeting', 'the 20th anniversary' are no days)."""
ORDINAL_GUARD = re.compile(r"the\s+[0-3]?\d(?:st|nd|rd|th)")
"""Part of every ORDINAL_DAY match, with a literal start that re scans for fast: a text without
it has no match (whole texts of 3,000 synthetic articles: 0.048-0.061 -> 0.004 s)."""
RELATIVE_WORDS = ("today", "yesterday", "tomorrow", "tonight", "morning", "evening", "afternoon",
                  "night", "ago")
"""One of these is in every RELATIVE_LOWER match."""
SPAN_DAYS = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|and)\s*[0-3]?\d")
EARLIER_MARK = scanned(re.compile(r"\b(?:last|previous|past)\s*$", re.I))
NEXT_MARK = scanned(re.compile(r"\b(?:next|coming)\s*$", re.I))
LAST_WEEK_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?last\s+week\b(?!['’])", re.I)
LAST_WEEK_BEFORE = re.compile(r"\blast\s+week\s*,?\s*(?:on\s+)?$", re.I)
LAST_WEEK = -2
"""`DateMention.shift` of a weekday of the previous calendar week ('on Tuesday last week')."""


@dataclass(frozen=True)
class DateMention:
    """A date expression as written: any of year, month, day, weekday or relative offset."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    shift: int = 0
    """-1 for 'last Monday', +1 for 'next Monday', 0 for plain 'Monday', `LAST_WEEK` for 'Monday
    last week'."""

    @property
    def full(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    @property
    def span(self) -> bool:
        """Whether the text gives several days ('3-4 March', 'March 3 and 4, 2024'): a visit's or
        a conference's, dated by its first day."""
        return self.day is not None and SPAN_DAYS.search(self.text) is not None


def find_dates(text: str, low: str | None = None) -> list[DateMention]:
    """Every date expression in `text`, left to right, longest form first when they overlap.

    `low` is `cues.lowered(text)` when the caller has it: relative words ('yesterday') are then
    found in it by a case-sensitive twin, with the same offsets and the same answers.
    """
    found: list[DateMention] = []
    taken = SpanIndex()

    def free(s: int, e: int) -> bool:
        return taken.overlap(s, e) is None

    digits = [m.start() for m in DIGIT.finditer(text)]
    months = [m.start() for m in MONTH_START.finditer(text)]
    for pattern, starts in zip(PATTERNS, (digits, digits, months, digits, months, digits, digits, digits),
                              strict=True):
        if not starts:
            continue  # no digit (or no month) for this form to begin at: no generator to make
        for m in _matches_from(pattern, text, starts):
            mention = _absolute(m)
            if mention and free(m.start(), m.end()):
                found.append(mention)
                taken.add(m.start(), m.end(), 0)
    weekdays = False
    for m in _matches_from(WEEKDAY_RE, text, [w.start() for w in WEEKDAY_NAME.finditer(text)]):
        if free(m.start(), m.end()):
            weekdays = True
            before = text[max(0, m.start() - 12) : m.start()]
            shift = -1 if EARLIER_MARK.search(before) else 1 if NEXT_MARK.search(before) else 0
            if LAST_WEEK_AFTER.match(text, m.end()) or LAST_WEEK_BEFORE.search(
                    text, max(0, m.start() - 16), m.start()):
                shift = LAST_WEEK  # 'on Tuesday last week', 'last week on Tuesday'
            found.append(
                DateMention(m.start(), m.end(), m[0], shift=shift, weekday=WEEKDAYS[m["wd"].lower()]
                            if m["wd"] else WEEKDAY_ABBREVIATIONS[m["abbr"].lower()])
            )
    if ORDINAL_GUARD.search(text):  # most texts have no 'the 14th': skip the slow scan
        for m in ORDINAL_DAY.finditer(text):
            if free(m.start("day"), m.end()) and 1 <= int(m["day"]) <= 31:
                found.append(DateMention(m.start("day"), m.end(), text[m.start("day"):m.end()],
                                         day=int(m["day"])))
                taken.add(m.start("day"), m.end(), 0)
    if low is None and text.isascii():  # lower() keeps an ASCII text's offsets (a dateline,
        low = text.lower()  # a sentence): its needle test spares RELATIVE_RE's re.I scan (~5 us)
    if low is None:
        relative = RELATIVE_RE.finditer(text)
    else:  # every relative date holds one of the words (a plain loop: no generator's frames)
        relative = iter(())
        for word in RELATIVE_WORDS:
            if word in low:
                relative = RELATIVE_LOWER.finditer(low)
                break
    for m in relative:
        if free(m.start(), m.end()):
            key = " ".join(m["rel"].lower().replace("the ", "").split())
            found.append(DateMention(m.start(), m.end(), text[m.start() : m.end()],
                                     offset=RELATIVE[key]))
    found.sort(key=lambda d: d.start)
    return _weekdays_with_dates(found, text) if weekdays else found


WEEKDAY_JOIN = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)?(?:the[ \t]+)?")
"""What stands between a weekday and the date it names: 'Monday, March 18', 'Monday (March 18)',
'Monday 18 March', 'Monday, the 18th'."""
DATE_WEEKDAY_JOIN = re.compile(r"[ \t]*[,(][ \t]*")
"""'March 18 (Monday)', '18 March, Monday': the weekday after its date."""
WEEKDAY_ORDINAL = re.compile(r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")
"""'Monday the 18th', 'Monday 18th': a day of the month the weekday names, without a month (the
ordinal's ending says the number is a day)."""


def _weekdays_with_dates(found: list[DateMention], text: str) -> list[DateMention]:
    """A weekday written beside the date it names ('Monday, March 18', 'Monday the 18th', 'March
    18 (Monday)') is one mention: the date, checked by its weekday. Read apart, the weekday was
    counted from the reference day, which names another week when the copy was dated or fetched
    days later. A weekday that disagrees with its date is left apart: which of the two the text
    got wrong, the reader cannot tell."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        d = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.weekday is not None and d.offset is None:
            join = WEEKDAY_JOIN.match(text, d.end)
            if nxt is not None and nxt.day is not None and nxt.weekday is None and \
                    nxt.start == join.end() and _agrees(nxt, d.weekday):
                out.append(DateMention(d.start, nxt.end, text[d.start:nxt.end], nxt.year, nxt.month,
                                       nxt.day, d.weekday))
                i += 2
                continue
            ordinal = WEEKDAY_ORDINAL.match(text, join.end())
            if ordinal is not None and (nxt is None or nxt.start >= ordinal.end()) and \
                    1 <= int(ordinal["day"]) <= 31:
                out.append(DateMention(d.start, ordinal.end(), text[d.start:ordinal.end()],
                                       day=int(ordinal["day"]), weekday=d.weekday))
                i += 1
                continue
        if d.day is not None and d.weekday is None and nxt is not None and nxt.weekday is not None \
                and nxt.offset is None and (join := DATE_WEEKDAY_JOIN.match(text, d.end)) \
                and nxt.start == join.end() and _agrees(d, nxt.weekday):
            out.append(DateMention(d.start, nxt.end, text[d.start:nxt.end], d.year, d.month, d.day,
                                   nxt.weekday))
            i += 2
            continue
        out.append(d)
        i += 1
    return out


def _agrees(mention: DateMention, weekday: int) -> bool:
    """Whether a date may fall on `weekday`: a full date must; one without its year may."""
    if mention.full:
        return dt.date(mention.year, mention.month, mention.day).weekday() == weekday  # type: ignore[arg-type]
    return mention.month is None or any(
        _valid(y, mention.month, mention.day) and dt.date(y, mention.month, mention.day).weekday() == weekday  # type: ignore[arg-type]
        for y in range(2000, 2007))


def _matches_from(pattern: re.Pattern[str], text: str, starts: list[int]
                  ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches can only begin at `starts`.

    Tried only there, a pattern that begins with `\\b` skips the engine's attempt at every other
    position of the text (most of the cost of finding dates). `match` at a position sees the
    character before it, as a search does.
    """
    end = 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)):
            end = m.end()
            yield m


def _absolute(m: re.Match[str]) -> DateMention | None:
    """A matched absolute date, or None when it is no calendar day ('February 30')."""
    groups = m.groupdict()
    if groups.get("d1"):
        day, month, year = int(groups["d1"]), int(groups["m1"]), int(groups["y1"])
        if month > 12 >= day:  # '03/14/2016': American order
            day, month = month, day
    else:
        month = (
            MONTHS.get((groups.get("mon") or "").lower().rstrip("."))
            if groups.get("mon")
            else FOREIGN_MONTHS.get(groups["fmon"].lower(), MONTHS.get(groups["fmon"].lower()))
            if groups.get("fmon")
            else (int(groups["mnum"]) if groups.get("mnum") else None)
        )
        day = int(groups["day"]) if groups.get("day") else None
        year = int(groups["year"]) if groups.get("year") else None
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if groups.get("mon") in {"May", "MAY"} and day is None and year is None:
        return None
    if day is not None and not _valid(year or 2000, month, day):
        return None
    return DateMention(m.start(), m.end(), m[0], year=year, month=month, day=day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(mention: DateMention, ref: dt.date | None, future: bool = False) -> dt.date | None:
    """The day a mention names, or None when text and reference day do not fix it."""
    if mention.full:
        return dt.date(mention.year, mention.month, mention.day)  # type: ignore[arg-type]
    if ref is None:
        return None
    if mention.offset is not None:
        return ref + dt.timedelta(days=mention.offset)
    if mention.weekday is not None and mention.day is None:
        if mention.shift == LAST_WEEK:  # that weekday in the calendar week before the reference's
            return ref - dt.timedelta(days=ref.weekday() + 7 - mention.weekday)
        delta = (ref.weekday() - mention.weekday) % 7
        if future or mention.shift > 0:
            ahead = (mention.weekday - ref.weekday()) % 7
            return ref + dt.timedelta(days=ahead or (7 if mention.shift > 0 else 0))
        if mention.shift < 0 and delta == 0:
            delta = 7
        return ref - dt.timedelta(days=delta)
    if mention.month is not None and mention.day is not None:
        year = ref.year
        if not _valid(year, mention.month, mention.day):
            return None
        day = dt.date(year, mention.month, mention.day)
        if not future and (day - ref).days > 60:  # 'Dec. 30' read in early January
            day = _shift_year(day, -1)
        elif future and (ref - day).days > 60:
            day = _shift_year(day, 1)
        return day
    if mention.day is not None:  # 'on the 14th': this month's, or the month before's
        return _day_of_month(mention.day, ref, future, mention.weekday)
    return None


def _day_of_month(number: int, ref: dt.date, future: bool, weekday: int | None = None
                  ) -> dt.date | None:
    """The day numbered `number` nearest before `ref` (after it, for a planned meeting), on
    `weekday` when the text gives one ('Monday the 18th')."""
    year, month = ref.year, ref.month
    for _ in range(3):
        if _valid(year, month, number):
            day = dt.date(year, month, number)
            if (day >= ref if future else (day - ref).days <= 1) and (
                    weekday is None or day.weekday() == weekday):
                return day
        step = 1 if future else -1
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return None


def _shift_year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def weekday_matches(mention: DateMention, day: dt.date) -> bool:
    return mention.weekday is None or mention.weekday == day.weekday()
