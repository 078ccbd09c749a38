"""Seeds to source documents: decode any common encoding, find title and publication date.

Scraped corpora arrive as UTF-8 with or without BOM, UTF-16, Windows-1252 or Latin-1, with CRLF
line ends, sometimes empty or binary. Each failure becomes one clear Problem naming the file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import html
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.model import Problem, SourceDoc

SEED_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
MAX_SEED_BYTES = 20_000_000
"""Bytes read from one seed at most: a runaway file (a log, a whole archive) must not fill memory."""
MAX_TEXT_CHARS = 200_000
"""Characters of text annotated and published per seed: ten times a long feature article, and
small enough that annotating one runaway seed takes seconds, not hours."""

DATE_LINE = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
TITLE_MAX = 160


@dataclass
class Seed:
    """A seed file found on disk, before decoding."""

    stem: str
    path: Path


def find_seeds(seeds_dir: Path) -> tuple[list[Seed], list[Problem]]:
    """List seed files in a stable order; two files with one stem would share a URL, so refuse."""
    problems: list[Problem] = []
    by_stem: dict[str, Seed] = {}
    if not seeds_dir.is_dir():
        return [], [Problem(str(seeds_dir), "seeds folder not found", hint="create it and add .txt files")]
    with os.scandir(seeds_dir) as listing:  # file types come with the listing: no stat per seed
        entries = sorted((e.name, e.is_file()) for e in listing if not e.name.startswith("."))
    for name, is_file in entries:
        if not is_file:
            continue
        path = seeds_dir / name
        if not name.isprintable() and any(unicodedata.category(c) == "Cc" for c in name):
            problems.append(Problem(_rel(path).encode("unicode_escape").decode("ascii"),
                                    "file name holds a control character (a tab or line break)",
                                    hint="rename the file; it is skipped"))
            continue
        if path.suffix.lower() not in SEED_SUFFIXES:
            problems.append(
                Problem(_rel(path), f"skipped: '{path.suffix}' is not a text seed",
                        hint="seeds are plain-text files ending in .txt", severity="warning")
            )
            continue
        stem = path.stem
        if stem in by_stem:
            problems.append(
                Problem(_rel(path), f"same stem as {by_stem[stem].path.name}; both would become "
                        f"articles/{stem}.md", hint="rename one of them; this one is skipped")
            )
            continue
        by_stem[stem] = Seed(stem=stem, path=path)
    return list(by_stem.values()), problems


def decode(raw: bytes, truncated: bool = False) -> tuple[str | None, str]:
    """Return (text, encoding) or (None, reason); detects encodings rather than forcing UTF-8.

    `truncated` says the bytes were cut from a longer file, so a character split at the end
    is dropped instead of failing the whole decode (and falling back to a wrong encoding).
    """
    if not raw.strip():
        return None, "empty file"
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            text = _strict(raw, name, truncated)
            if text is not None:
                return text, name
            if name != "utf-32":  # a UTF-16 LE BOM followed by a NUL character looks like UTF-32
                return None, f"starts with a {name} byte-order mark but does not decode as {name}"
    utf16 = _guess_bomless_utf16(raw, truncated)
    if utf16:
        return _strict(raw, utf16, truncated) or "", utf16
    head = raw[:4096]
    if head.count(0) > max(2, len(head) // 1000):  # a stray NUL from a scraper is not binary
        return None, "binary file (NUL bytes), not text"
    text = _strict(raw, "utf-8", truncated)
    if text is not None:
        return text, "utf-8"
    # Only codepages an English news corpus plausibly holds: with Mac Roman in the running,
    # cp1252's curly quotes (0x92) came back as accented letters ("Lavrovís").
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8

    best = from_bytes(raw[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1251"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in {"latin_1", "iso8859_15", "ascii"}:
        encoding = "cp1252"  # cp1252 is a superset in the printable range, and what Windows wrote
    western = _strict(raw, "cp1252", truncated) or raw.decode("latin-1")
    western_name = "cp1252" if _strict(raw, "cp1252", truncated) is not None else "latin-1"
    guessed = _strict(raw, encoding, truncated)
    if guessed is None or guessed == western or _mixed_script_words(guessed) > _mixed_script_words(western):
        # Short Western texts fool the detector ("Zoë" read as cp1251 gives "Zoл"): a word
        # mixing Latin with another script means the guess is wrong.
        return western, western_name
    return guessed, encoding


def _mixed_script_words(text: str) -> int:
    """Words that mix Latin letters with letters of another script: the mark of a wrong codec."""
    count = 0
    for word in re.findall(r"[^\W\d_]{2,}", text[:20_000]):
        scripts = {unicodedata.name(c, "?").split(" ")[0] for c in word}
        if "LATIN" in scripts and len(scripts) > 1:
            count += 1
    return count


def _strict(raw: bytes, encoding: str, truncated: bool) -> str | None:
    """Decode exactly, or None; a cut file may end inside a character, which is dropped."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(raw, final=not truncated)
    except UnicodeDecodeError:
        return None


def _guess_bomless_utf16(raw: bytes, truncated: bool = False) -> str | None:
    sample = raw[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_zero = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    for name, ok in (("utf-16-le", odd_zero > 0.3 and even_zero < 0.05),
                     ("utf-16-be", even_zero > 0.3 and odd_zero < 0.05)):
        if ok:
            return name if _strict(raw, name, truncated) is not None else None
    return None


CONTROLS = "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f"
"""Unicode's control characters (category Cc) but tab, line feed, form feed and carriage return;
a character class, so a whole text is checked in one regex pass instead of a Python loop."""
STRAY_CONTROL = re.compile(f"[{CONTROLS}]")
DROPPED_CONTROL = re.compile(f"[{CONTROLS}\x0c\x0d]")
"""Every control character but tab and line feed."""


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = len(STRAY_CONTROL.findall(sample))
    return controls > max(8, len(sample) // 50)


def clean_text(text: str) -> str:
    """Normalise line ends and Unicode form; drop control characters that break YAML or HTML."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    return DROPPED_CONTROL.sub("", text)


def read_seed(seed: Seed) -> tuple[SourceDoc | None, list[Problem]]:
    """Decode one seed into a SourceDoc, or explain in one line why it cannot be used."""
    rel = _rel(seed.path)
    try:
        raw, digest, size = _read_head(seed.path)
    except OSError as exc:
        return None, [Problem(rel, f"cannot read: {exc.strerror or exc}", hint="check permissions")]
    problems: list[Problem] = []
    text, how = decode(raw, truncated=size > len(raw))
    if text is None:
        return None, [*problems, Problem(rel, how, hint="remove it or replace it with the article's text")]
    if _looks_binary(text):
        return None, [*problems, Problem(rel, "binary file, not text",
                                          hint="remove it or replace it with the article's text")]
    text = clean_text(text)
    published, text = split_date_line(text)
    if not text.strip():
        return None, [*problems, Problem(rel, "no article text", hint="add the article's text")]
    if size > len(raw) or len(text) > MAX_TEXT_CHARS:
        text = cut_text(text, MAX_TEXT_CHARS)
        problems.append(Problem(rel, f"{size:,} bytes; only the first {len(text):,} characters are used",
                                hint="split the file if it holds several articles", severity="warning"))
    return SourceDoc(stem=seed.stem, path=seed.path, text=text, title=find_title(text, seed.stem),
                     published=published, digest=digest), problems


def _read_head(path: Path) -> tuple[bytes, str, int]:
    """The first MAX_SEED_BYTES, the SHA-256 of the whole file and its size, in bounded memory."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            if size < MAX_SEED_BYTES:
                head += block[:MAX_SEED_BYTES - size]
            digest.update(block)
            size += len(block)
    return head, digest.hexdigest(), size


def cut_text(text: str, limit: int) -> str:
    """At most `limit` characters, ending at a paragraph, line or word break when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for sep in ("\n\n", "\n", ". ", " "):
        at = head.rfind(sep)
        if at > limit // 2:
            return head[:at + (1 if sep == ". " else 0)].rstrip()
    return head


def split_date_line(text: str) -> tuple[dt.date | None, str]:
    """Collectors mark the publication day as a leading ` date YYYY-MM-DD`; take it off the text."""
    match = DATE_LINE.match(text)
    if not match:
        return None, text.strip("\n")
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        day = None
    return day, text[match.end():].strip("\n")


def find_title(text: str, fallback: str) -> str:
    """The first meaningful line is the headline; a run-on first paragraph gives its first sentence."""
    for line in text.split("\n"):
        line = " ".join(line.split())
        if len(line) < 12 or not re.search(r"[A-Za-z]{3}", line) or _is_clutter(line):
            continue
        if len(line) > TITLE_MAX:
            sentence = re.split(r"(?<=[a-z0-9\)\"”])[.!?]\s", line, maxsplit=1)[0]
            line = sentence if len(sentence) <= TITLE_MAX else line[:TITLE_MAX].rsplit(" ", 1)[0] + "…"
        return safe_title(line)
    return safe_title(fallback)


TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›"})


def safe_title(title: str) -> str:
    """A title that stays text wherever MkDocs and Material put it, unescaped, in the page.

    The title goes into front matter, and the theme writes it raw into <title>, the header and
    the h1: `<script>` in a scraped headline would run on every visitor's page. Entities are
    decoded first (scrapers leave `&amp;lt;`), then angle brackets become look-alike quotes.
    """
    for _ in range(3):
        decoded = html.unescape(title)
        if decoded == title:
            break
        title = decoded
    return " ".join(title.translate(TITLE_LOOKALIKES).split())


def _is_clutter(line: str) -> bool:
    return bool(re.fullmatch(r"[\d\s,.:/|-]+|(?i:(home|menu|share|advertisement)\b.*)", line)) or bool(
        re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? .{0,30}\d{4}", line)
    )


def _rel(path: Path) -> str:
    parts = path.parts
    return "/".join(parts[-2:]) if len(parts) >= 2 else str(path)
