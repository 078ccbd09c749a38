"""Seeds as scrapers and old archives leave them: short Western texts, cut files, runaway sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.corpus import ingest
from generator.corpus.ingest import Seed, cut_text, decode, read_seed

WESTERN = ["Zoë Müller", "Señor Peña met the minister", "naïve café talks", "Réunion à Genève",
           "Ærø og Øresund", "São Tomé: ministro das Relações"]


@pytest.mark.parametrize("text", WESTERN)
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_short_western_texts_are_not_read_as_cyrillic(text: str, encoding: str) -> None:
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


def test_cyrillic_cp1251_still_decodes() -> None:
    text = "Министр иностранных дел Сергей Лавров встретился с коллегой в Москве"
    decoded, encoding = decode(text.encode("cp1251"))
    assert decoded == text and encoding == "cp1251"


def test_utf32_with_bom_decodes() -> None:
    text = "Ministers met in Zürich on Monday."
    decoded, _ = decode(text.encode("utf-32"))
    assert decoded == text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16"])
def test_file_cut_inside_a_character_keeps_its_encoding(tmp_path: Path, encoding: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # "é" is two bytes in UTF-8 and UTF-16: a cut after 1001 bytes splits one of them.
    text = "Ministers met in Genève. " + "é" * 2000
    path = tmp_path / "seeds" / "cut.txt"
    path.parent.mkdir()
    path.write_bytes(text.encode(encoding))
    monkeypatch.setattr(ingest, "MAX_SEED_BYTES", 1001)
    doc, problems = read_seed(Seed("cut", path))
    assert doc is not None and "Genève" in doc.text and "Ã" not in doc.text and "\ufffd" not in doc.text
    assert problems[0].severity == "warning" and "seeds/cut.txt" in str(problems[0])


def test_huge_seed_is_cut_with_a_warning_and_digest_of_the_whole_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    path = tmp_path / "seeds" / "huge.txt"
    path.parent.mkdir()
    raw = ("Ministers meet in Oslo\n\n" + "They talked. " * 5000).encode()
    path.write_bytes(raw)
    monkeypatch.setattr(ingest, "MAX_TEXT_CHARS", 1000)
    doc, problems = read_seed(Seed("huge", path))
    assert doc is not None and len(doc.text) <= 1000 and doc.text.endswith("They talked.")
    assert doc.digest == hashlib.sha256(raw).hexdigest()
    assert "only the first" in problems[0].message and "split the file" in problems[0].hint


def test_very_long_line_is_cut_at_a_word() -> None:
    line = "word " * 100
    assert cut_text(line, 52) == ("word " * 10).rstrip()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=1, max_value=400))
def test_cut_text_never_exceeds_the_limit(text: str, limit: int) -> None:
    out = cut_text(text, limit)
    assert len(out) <= limit and text.startswith(out)


PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
LATIN = st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0xFF)


@settings(max_examples=100, deadline=None)
@given(st.text(PRINTABLE, min_size=1, max_size=200), st.sampled_from(["utf-8", "utf-8-sig", "utf-16",
                                                                       "utf-32"]))
def test_unicode_text_round_trips_through_any_unicode_encoding(text: str, encoding: str) -> None:
    decoded, _ = decode(text.encode(encoding))
    if text.strip():
        assert decoded is not None and decoded.lstrip("\ufeff") == text.lstrip("\ufeff")


@settings(max_examples=100, deadline=None)
@given(st.text(LATIN, min_size=4, max_size=200).filter(lambda t: len(t.strip()) >= 4))
def test_latin_text_in_utf16_without_bom_is_detected(text: str) -> None:
    decoded, _ = decode(text.encode("utf-16-le"))
    assert decoded == text


@pytest.mark.parametrize("text", ["Lavrov’s talks with Wang Yi – “frank”",
                                  "The minister’s visit – “a success” – ended on Friday.",
                                  "Don’t call it a “summit”…"])
def test_windows_quotes_and_dashes_are_not_read_as_mac_letters(text: str) -> None:
    decoded, encoding = decode(text.encode("cp1252"))
    assert decoded == text and encoding == "cp1252"


def test_a_stray_nul_is_dropped_not_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "seeds" / "nul.txt"
    path.parent.mkdir()
    path.write_bytes(b"Ministers meet in Oslo\x00 for talks on trade\n\nThey met.\n")
    doc, problems = read_seed(Seed("nul", path))
    assert doc is not None and not problems and doc.title == "Ministers meet in Oslo for talks on trade"


def test_control_characters_in_a_file_name_are_refused_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "new\nline.txt").write_text("Ministers meet in Oslo for talks", encoding="utf-8")
    (tmp_path / "fine name é.txt").write_text("Ministers meet in Oslo for talks", encoding="utf-8")
    seeds, problems = ingest.find_seeds(tmp_path)
    assert [s.stem for s in seeds] == ["fine name é"]
    assert "\n" not in str(problems[0]) and "new\\nline.txt" in str(problems[0])
