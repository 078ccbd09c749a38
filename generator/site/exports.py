"""Data downloads: meetings as JSON (the contract) and CSV, the network as GraphML."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator

from generator.knowledge.catalog import Catalog, pairs
from generator.knowledge.review import Review
from generator.model import Meeting
from generator.site import xml_text


def meeting_record(m: Meeting) -> dict[str, object]:
    """One meetings.json entry; keys beyond the contract are additions, never renames."""
    return {
        "id": m.id,
        "date": m.date.isoformat() if m.date else None,
        "venue": m.venue,
        "country": m.country,
        "participants": list(m.participants),
        "sources": list(m.sources),
        "recalled_in": list(m.recalled_in),
        "recalled": not m.sources,
        "kind": m.kind,
        "conflicts": {k: {s: (v.isoformat() if hasattr(v, "isoformat") else v) for s, v in d.items()}
                      for k, d in m.conflicts.items()},
        "filled": list(m.filled),
    }


def export_files(catalog: Catalog, review: Review | None = None,
                 wanted: Callable[[str], bool] = lambda _: True) -> Iterator[tuple[str, str]]:
    """Every download (or those `wanted`): meetings (JSON, CSV), who-met-whom (CSV, GraphML), the
    review queue (JSON). A renderer's share computes only the files it writes."""
    if wanted("meetings.json") or wanted("meetings.csv"):
        records = [meeting_record(m) for m in catalog.meetings]
        for record in records:
            slug = catalog.conference_of.get(str(record["id"]))
            record["conference"] = catalog.conferences[slug].name if slug else None
        if wanted("meetings.json"):
            yield "meetings.json", _json_rows(records)
        if wanted("meetings.csv"):
            yield "meetings.csv", _csv(records)
    if wanted("pairs.csv"):
        yield "pairs.csv", _pairs_csv(catalog)
    if wanted("network.graphml"):
        yield "network.graphml", _graphml(catalog)
    if review is not None and wanted("review.json"):
        sections = _review_record(review)
        yield "review.json", "{\n" + ",\n".join(
            f"{json.dumps(name)}: {_json_rows(rows, default=str).rstrip()}" for name, rows in sections.items()
        ) + "\n}\n"


def _json_rows(rows: list, default: Callable[[object], object] | None = None) -> str:
    """A JSON array with one row a line: diffs stay readable, and each row is encoded by the
    json module's C encoder (with `indent` it falls back to Python: a second at 10,000 articles).
    One encoder for all rows: `json.dumps` with options builds a new one per call."""
    if not rows:
        return "[]\n"
    encode = json.JSONEncoder(ensure_ascii=False, default=default).encode
    return "[\n" + ",\n".join(map(encode, rows)) + "\n]\n"


def _pairs_csv(catalog: Catalog) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["person_a", "person_b", "meetings"])
    for a, b, n in pairs(catalog):
        writer.writerow([_safe_cell(catalog.people[a].name), _safe_cell(catalog.people[b].name), n])
    return out.getvalue()


def _review_record(review: Review) -> dict[str, object]:
    conflicts = [{**c, "meeting": c["meeting"].id if c["meeting"] else None} for c in review.conflicts]
    return {"problems": review.problems, "unknown": review.unknown, "low": review.low,
            "conflicts": conflicts, "no_meeting": review.no_meeting}


def _csv(records: list[dict[str, object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "date", "venue", "country", "kind", "participants", "sources", "recalled_in"])
    for r in records:
        writer.writerow([_safe_cell(r["id"]), _safe_cell(r["date"] or ""), _safe_cell(r["venue"] or ""),
                         _safe_cell(r["country"] or ""), _safe_cell(r["kind"] or ""),
                         _safe_cell("; ".join(r["participants"])),  # type: ignore[arg-type]
                         _safe_cell(" ".join(r["sources"])),  # type: ignore[arg-type]
                         _safe_cell(" ".join(r["recalled_in"]))])  # type: ignore[arg-type]
    return out.getvalue()


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: object) -> str:
    """Spreadsheets run cells starting with = + - @ (or a tab or carriage return before one) as
    formulas; a leading quote disarms them. Every text cell goes through here: an article's file
    name (`sources`) is as much input as a venue."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _graphml(catalog: Catalog) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '<key id="name" for="node" attr.name="name" attr.type="string"/>',
             '<key id="country" for="node" attr.name="country" attr.type="string"/>',
             '<key id="meetings" for="edge" attr.name="meetings" attr.type="int"/>',
             '<graph id="met" edgedefault="undirected">']
    for view in catalog.people.values():
        lines.append(f"<node id={xml_text.attribute(view.slug)}>"
                     f"<data key=\"name\">{xml_text.text(view.name)}</data>"
                     f"<data key=\"country\">{xml_text.text(view.country or '')}</data></node>")
    for a, b, n in pairs(catalog):
        lines.append(f"<edge source={xml_text.attribute(a)} target={xml_text.attribute(b)}>"
                     f"<data key=\"meetings\">{n}</data></edge>")
    lines += ["</graph>", "</graphml>", ""]
    return "\n".join(lines)

