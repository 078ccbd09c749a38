"""Downloads carry hostile names as data: XML that parses back to the same text, JSON that
decodes to it, CSV cells that no spreadsheet runs as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from generator import pipeline as site
from generator.config import Settings
from tests.conftest import write_article

NAMES = ["=HYPERLINK(\"http://evil.example\")", "@SUM(A1)", "+1 Tom & 'Jerry' \"Q\"", "-2 x &amp; y"]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def test_hostile_names_leave_as_data_in_every_download(site: Path) -> None:
    write_article(site, "=cmd", {"title": "Talks", "date": dt.date(2022, 3, 1), "venue": "=Oslo & 'Bergen'",
                                 "country": "Norway", "participants": ["Sergey Lavrov", *NAMES]})
    _render(site)
    data = site / "docs" / "data"
    graph = ET.parse(data / "network.graphml").getroot()
    shown = {d.text for d in graph.iter(f"{GRAPHML}data") if d.get("key") == "name"}
    assert set(NAMES) <= shown
    page = (site / "docs" / "network.md").read_text(encoding="utf-8")  # the network, drawn inline
    svg = ET.fromstring(page[page.index("<svg"):page.index("</svg>") + len("</svg>")])
    assert set(NAMES) <= {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    meetings = json.loads((data / "meetings.json").read_text(encoding="utf-8"))
    assert set(NAMES) <= set(meetings[0]["participants"]) and meetings[0]["sources"] == ["=cmd"]
    for name in ("meetings.csv", "pairs.csv"):
        rows = list(csv.reader(io.StringIO((data / name).read_text(encoding="utf-8"))))
        cells = [c for row in rows[1:] for c in row]
        assert not [c for c in cells if c and c[0] in "=+-@\t\r"], (name, cells)
        assert any(c.startswith("'=") for c in cells)


def _render(root: Path) -> None:
    result = site.render(Settings.for_root(root))
    assert not [p for p in result.problems if p.severity == "error"], result.problems
