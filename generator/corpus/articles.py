"""Write each article once, then respect the researcher's edits on every later re-annotation.

The generator keeps, per article, a record of the values it last wrote (`.generator/annotations/
<stem>.json`). A re-annotation may change a field only while the front matter still holds that
exact value; anything the researcher changed is kept and reported as a conflict.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.corpus import compose, frontmatter
from generator.corpus.ingest import safe_title
from generator.model import Annotation, Problem, SourceDoc
from generator.writer import atomic_write, create_atomic, write_if_changed

DELETE = object()


@dataclass
class Record:
    """What the generator knows about one article it wrote: cache key, machine values, evidence."""

    digest: str
    annotator: str
    registry: str
    machine: dict[str, Any]
    body_sha: str
    details: dict[str, Any] = field(default_factory=dict)
    """Evidence, confidence, unknown and merely mentioned people: shown on pages, not in YAML."""
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def current(self, digest: str, annotator: str, registry: str) -> bool:
        return (self.digest, self.annotator, self.registry) == (digest, annotator, registry)


@dataclass
class Created:
    """A new article as the generator wrote it: its fields as parsing the file gives them back
    (`compose.compose_new`), their lines, and its record's data; the load step takes these
    rather than reading back ten thousand files just written."""

    fields: dict[str, Any]
    lines: dict[str, int]
    record: dict[str, Any]


@dataclass
class Conflict:
    """A field the researcher changed while the annotator now proposes something else."""

    stem: str
    field: str
    machine: Any
    researcher: Any


def record_path(state_dir: Path, stem: str) -> Path:
    return state_dir / "annotations" / f"{stem}.json"


def load_record(state_dir: Path, stem: str) -> Record | None:
    try:
        data = json.loads(record_path(state_dir, stem).read_text(encoding="utf-8"))
        return Record(**data)
    except (OSError, ValueError, TypeError):
        return None


def save_record(state_dir: Path, stem: str, record: Record, durable: bool = True) -> None:
    write_if_changed(record_path(state_dir, stem), record_json(record.__dict__), durable)


def record_json(data: dict[str, Any]) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)`, several times faster.

    With `indent`, the json module falls back to its pure-Python encoder, which cost as much as
    writing the record. Plain JSON values are written here the same way; anything else (a
    non-string key, NaN, another type) goes to `json.dumps` whole.
    """
    out: list[str] = []
    try:
        _json(data, "\n", out)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return "".join(out)


class _NotPlain(Exception):
    """A value `_json` leaves to the json module."""


_quote = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def _json(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_quote(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        try:
            keys = sorted(value)
        except TypeError:  # keys of several types
            raise _NotPlain from None
        inner = newline + " "
        sep = "{" + inner
        for key in keys:
            if type(key) is not str:
                raise _NotPlain
            out.append(sep)
            out.append(_quote(key))
            out.append(": ")
            item = value[key]
            if type(item) is str:
                out.append(_quote(item))
            else:
                _json(item, inner, out)
            sep = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + " "
        if all(type(item) is str for item in value):  # a list of names: one join
            out.append("[" + inner + ("," + inner).join(map(_quote, value)) + newline + "]")
            return
        sep = "[" + inner
        for item in value:
            out.append(sep)
            _json(item, inner, out)
            sep = "," + inner
        out.append(newline + "]")
    elif value is None:
        out.append("null")
    elif kind is bool:
        out.append("true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    else:
        raise _NotPlain  # NaN and infinity, subclasses, other objects: the json module's call


def machine_fields(ann: Annotation) -> dict[str, Any]:
    """The front matter the annotator proposes, in the contract's key order."""
    fields: dict[str, Any] = {
        "title": safe_title(ann.title), "date": ann.date, "venue": ann.venue, "country": ann.country,
        "participants": list(ann.participants),
    }
    if ann.kind:
        fields["kind"] = ann.kind
    if len(ann.meetings) > 1:
        fields["meetings"] = [m.as_front_matter() for m in ann.meetings]
    if ann.recalled:
        fields["recalled"] = [m.as_front_matter() for m in ann.recalled]
    return fields


def details(ann: Annotation) -> dict[str, Any]:
    return frontmatter.plain({
        "evidence": {k: {"value": e.value, "sentence": e.sentence, "confidence": round(e.confidence, 2),
                         **({"rule": e.rule} if e.rule else {})} for k, e in ann.evidence.items()},
        "meetings": [{"status": m.status, "sentence": m.sentence, "confidence": round(m.confidence, 2),
                      "kind": m.kind, "participants": m.participants}
                     for m in [*ann.meetings, *ann.recalled]],
        "people": {name: {"sentence": e.sentence, "confidence": round(e.confidence, 2)}
                   for name, e in ann.people.items()},
        "mentioned": ann.mentioned,
        "unknown": [u.__dict__ for u in ann.unknown_people],
    })


def merge(current: dict[str, Any], last: dict[str, Any], new: dict[str, Any]
          ) -> tuple[dict[str, Any], list[tuple[str, Any, Any]]]:
    """Updates allowed by ownership, and the (field, machine, researcher) conflicts."""
    updates: dict[str, Any] = {}
    conflicts: list[tuple[str, Any, Any]] = []
    for key in [*new, *(k for k in last if k not in new)]:
        proposed = frontmatter.plain(new.get(key))
        if key not in current:
            if key not in last and key in new:
                updates[key] = new[key]  # a field the generator never wrote before
            elif key in last and proposed not in (None, []):
                conflicts.append((key, proposed, "(removed)"))
            continue
        mine = frontmatter.plain(current[key])
        if mine == last.get(key, _MISSING):
            if proposed != mine:
                updates[key] = new[key] if key in new else DELETE
        elif mine != proposed:
            conflicts.append((key, proposed, mine))
    return updates, conflicts


_MISSING = object()


def body_sha(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def write_article(path: Path, state_dir: Path, doc: SourceDoc, ann: Annotation, annotator: str,
                  registry: str, durable: bool = True, torn_is_ours: bool = False,
                  created: list[Created] | None = None) -> tuple[str, list[Problem], list[Conflict]]:
    """Create the article, or refresh it under the ownership rules. Returns what happened.

    `durable=False` lets a new article and its record skip their flush to disk: only for stems
    the caller has journaled (`write_pending`) and flushes once when the run ends. `torn_is_ours`
    says a run cut short was creating this article, so an empty or cut-off file is its own torn
    write, regenerated rather than taken for the researcher's. `created` gains what a new
    article holds, when reading it back would give exactly that (`Created`).
    """
    rel = f"docs/articles/{path.name}"
    new = machine_fields(ann)
    body = frontmatter.escaped_body(doc.text)
    record = Record(digest=doc.digest, annotator=annotator, registry=registry,
                    machine=frontmatter.plain(new), body_sha=body_sha(body), details=details(ann))
    if not durable and not torn_is_ours:
        fresh, lines = compose.compose_new(new, body)
        if create_new(path, fresh):
            if not create_new(record_path(state_dir, doc.stem), record_json(record.__dict__)):
                save_record(state_dir, doc.stem, record, durable)  # a record left by an old article
            if created is not None and lines is not None:
                created.append(Created(new, lines, record.__dict__))
            return "created", [], []
    exists = path.exists()
    if not exists or torn_is_ours:
        fresh, lines = compose.compose_new(new, body)
        if not exists or _torn(path, fresh):
            atomic_write(path, fresh, durable)
            save_record(state_dir, doc.stem, record, durable)
            if created is not None and lines is not None:
                created.append(Created(new, lines, record.__dict__))
            return "created", [], []
    old = load_record(state_dir, doc.stem)
    text, read_problems = frontmatter.read_file(path, rel)
    if text is None or read_problems:
        return "kept", read_problems, []  # never rewrite a file we could not read exactly
    parsed = frontmatter.parse(text, rel)
    if parsed.data is None:
        return "kept", [*parsed.problems], []
    if old is None:
        # We have no record of what we wrote: every field counts as the researcher's.
        record.machine = frontmatter.plain({k: parsed.data.get(k) for k in new})
        save_record(state_dir, doc.stem, record)
        return "adopted", [], []
    updates, raw_conflicts = merge(parsed.data, old.machine, new)
    conflicts = [Conflict(doc.stem, k, m, r) for k, m, r in raw_conflicts]
    record.conflicts = [c.__dict__ for c in conflicts]
    problems = [Problem(rel, f"kept your value {_show(c.researcher)}; the annotator now proposes "
                        f"{_show(c.machine)}", line=parsed.lines.get(c.field), field=c.field,
                        hint="edit the field if the proposal is right", severity="warning")
                for c in conflicts]
    new_text = text
    if updates:
        new_text = frontmatter.update_fields(text, {k: v for k, v in updates.items() if v is not DELETE},
                                             delete=[k for k, v in updates.items() if v is DELETE])
    if body_sha(parsed.body.lstrip("\n")) != old.body_sha:
        record.body_sha = old.body_sha  # the researcher edited the text: theirs stays
    elif record.body_sha != old.body_sha:
        front, _, _ = frontmatter.split(new_text)
        new_text = f"---\n{front}---\n\n{body}"
    write_if_changed(path, new_text)
    save_record(state_dir, doc.stem, record)
    return ("updated" if new_text != text else "unchanged"), problems, conflicts


def create_new(path: Path, data: str) -> bool:
    """Create a journaled stem's new article or record, or return False (writing nothing) if the
    file exists: atomic like every write (whole or absent after any interruption), not flushed
    (the journal covers a power cut: `write_pending`, `_torn`)."""
    return create_atomic(path, data)


def _torn(path: Path, fresh: str) -> bool:
    """Whether the file is what a power cut leaves of `fresh` written unflushed: empty, cut
    short, or padded with zero bytes (some file systems do that); never `fresh` itself."""
    try:
        if path.stat().st_size > 4 * len(fresh) + 4096:
            return False
        held = path.read_bytes().rstrip(b"\0")
    except OSError:
        return False
    whole = fresh.encode("utf-8")
    return len(held) < len(whole) and whole.startswith(held)


PENDING = "annotate.pending"
"""Journal, in the state folder, of the articles a run creates without flushing each one."""


def pending_path(state_dir: Path) -> Path:
    return state_dir / PENDING


def write_pending(state_dir: Path, seeds: dict[str, Path]) -> None:
    """Journal stem and seed of each article about to be created unflushed, durably.

    The journal reaches the disk (its folder entry too) before any article does, so after a
    power cut the next run knows which files may be torn writes of ours: see `read_pending`.
    """
    root = state_dir.absolute().parent
    lines = []
    folders: dict[Path, str] = {}  # seeds share a folder or two: its form is found once
    for stem, seed in seeds.items():
        folder = seed.parent
        prefix = folders.get(folder)
        if prefix is None:
            where = folder.absolute()
            if where.is_relative_to(root):  # a site moved after the cut still finds its seeds
                where = where.relative_to(root)
            text = where.as_posix()
            prefix = folders[folder] = "" if text == "." else text.rstrip("/") + "/"
        lines.append(f"{stem}\t{prefix}{seed.name}\n")
    atomic_write(pending_path(state_dir), "".join(lines), durable=True)
    flush_folder(state_dir)


def read_pending(state_dir: Path, only: set[str] | frozenset[str] | None = None
                 ) -> dict[str, Path]:
    """Stem -> seed of the articles a run cut short was creating; {} after a clean run.

    With `only`, just those stems (ten thousand paths are not made to keep a few)."""
    try:
        text = pending_path(state_dir).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    root = state_dir.absolute().parent
    out: dict[str, Path] = {}
    for line in text.splitlines():
        stem, tab, where = line.partition("\t")
        if stem and tab and where and (only is None or stem in only):
            out[stem] = root / where  # absolute stays absolute
    return out


def clear_pending(state_dir: Path) -> None:
    """Drop the journal once everything it lists is on disk."""
    pending_path(state_dir).unlink(missing_ok=True)


def flush_folder(folder: Path) -> None:
    """Make the names in a folder durable (a renamed file is lost with its folder's entry)."""
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open a folder; its renames are journaled by NTFS itself
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
