"""Seeds in every encoding a scraper or an old archive produces decode to the same text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.corpus.ingest import Seed, decode, find_seeds, find_title, read_seed, split_date_line

TEXT = "Foreign Minister Zoë Müller met her counterpart in Besançon — “talks were frank”.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_decode_exactly(encoding: str) -> None:
    text, _ = decode(TEXT.encode(encoding))
    assert text is not None and text.lstrip("\ufeff") == TEXT


def test_windows_1252_is_detected_not_replaced() -> None:
    raw = ("The minister’s visit to Besançon – “a success” – ended on Friday. " * 3).encode("cp1252")
    text, encoding = decode(raw)
    assert text is not None and "’" in text and "ç" in text and "\ufffd" not in text
    assert encoding.replace("-", "").replace("_", "") in {"cp1252", "windows1252"}


def test_latin1_is_decoded() -> None:
    raw = "Réunion à Genève: le ministre français a rencontré son homologue.".encode("latin-1")
    text, _ = decode(raw)
    assert text is not None and "Genève" in text and "français" in text


def test_empty_and_binary_are_refused_with_a_reason() -> None:
    assert decode(b"   \n\n") == (None, "empty file")
    text, reason = decode(bytes(range(256)) * 4)
    assert text is None and "binary" in reason


def test_read_seed_crlf_and_date_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b" date 2022-05-03 Minister arrives in Hanoi\r\n\r\nSecond line.\r\n")
    doc, problems = read_seed(Seed("a", path))
    assert not problems and doc is not None
    assert doc.published == dt.date(2022, 5, 3)
    assert "\r" not in doc.text and doc.title == "Minister arrives in Hanoi"


def test_impossible_date_line_gives_no_date() -> None:
    day, text = split_date_line(" date 2022-02-30 Talks in Oslo")
    assert day is None and text == "Talks in Oslo"


def test_binary_seed_is_a_problem_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "seeds" / "photo.txt"
    path.parent.mkdir()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    doc, problems = read_seed(Seed("photo", path))
    assert doc is None and "seeds/photo.txt" in str(problems[0]) and "binary" in str(problems[0])


def test_same_stem_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one text about a meeting", encoding="utf-8")
    (tmp_path / "a.md").write_text("another text about a meeting", encoding="utf-8")
    seeds, problems = find_seeds(tmp_path)
    assert [s.stem for s in seeds] == ["a"]
    assert "same stem" in problems[0].message


def test_title_skips_clutter_and_cuts_run_on_lines() -> None:
    assert find_title("1 825 4\nMinisters meet in Oslo\nBody.", "x") == "Ministers meet in Oslo"
    long = "The ministers met. " + "word " * 80
    assert find_title(long, "x") == "The ministers met"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises(raw: bytes) -> None:
    text, reason = decode(raw)
    if text is None:
        assert reason  # a refusal always says why
    else:
        assert isinstance(text, str) and reason
