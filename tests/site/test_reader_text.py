"""What a reader sees is right: short labels, spacing, no stray escapes, no headings as people."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

from generator import pipeline as site
from generator.annotate.people import PeopleFinder
from generator.annotate.titles import TitleIndex
from generator.config import Settings
from generator.corpus.registry import Registry
from generator.knowledge.catalog import short_label
from generator.site.panel_store import PanelReader
from tests.conftest import REPO, make_site, write_article


def test_short_labels_use_the_surname_or_a_family_name_first_name_whole() -> None:
    assert short_label("Sergey Lavrov", ["Lavrov"]) == "Lavrov"
    assert short_label("Qin Gang", ["Qin"]) == "Qin Gang"  # never "Gang"
    assert short_label("Wang Yi", ["Wang"]) == "Wang Yi"  # never "Yi"
    assert short_label("Hossein Amir-Abdollahian", ["Amir-Abdollahian", "Abdollahian"]) == "Amir-Abdollahian"
    assert short_label("Hina Rabbani Khar", ["Rabbani Khar"]) == "Rabbani Khar"
    assert short_label("Ivan Testovich") == "Testovich"  # not in the registry: the last word


def test_the_article_panel_names_people_by_short_form_and_spaces_recalled(site: Path) -> None:
    write_article(site, "report", {"title": "Talks", "date": dt.date(2023, 4, 13), "venue": "Samarkand",
                                   "country": "Uzbekistan", "participants": ["Sergey Lavrov", "Qin Gang"]})
    recalled = {"date": dt.date(2023, 4, 13), "venue": "Samarkand", "country": "Uzbekistan",
                "participants": ["Qin Gang", "Sergey Lavrov"]}
    write_article(site, "later", {"title": "Later", "date": None, "venue": None, "country": None,
                                  "participants": [], "recalled": [recalled]})
    settings = Settings.for_root(site)
    _render(settings)
    panels = PanelReader(settings.state_dir, settings.cache_dir)
    report, later = panels.panel("report") or "", panels.panel("later") or ""
    assert "Samarkand · Lavrov, Qin Gang</a>" in report and "Gang</a>" not in report.replace("Qin Gang", "")
    assert "</a> (recalled)" in later


def _render(settings: Settings) -> None:
    result = site.render(settings)
    assert not [p for p in result.problems if p.severity == "error"], result.problems


def test_a_subheading_naming_two_ministers_is_not_a_person(registry: Registry) -> None:
    finder = PeopleFinder(registry, TitleIndex(registry))
    text = ("The minister stressed close coordination.\n\nQureshi-Wang Meeting\n\n"
            "Both sides discussed Afghanistan. Foreign Minister Qureshi met Wang.")
    names = [m.name for m in finder.find(text, dt.date(2021, 7, 14))]
    assert "Qureshi-Wang Meeting" not in names and "Shah Mehmood Qureshi" in names


def test_the_review_counts_every_person_the_site_shows_as_unknown(tmp_path: Path) -> None:
    """The seeds name an unknown person only in passing (no meeting): the review lists them too,
    once per person, as the ministers' pages do."""
    root = make_site(tmp_path / "site")
    shutil.copytree(REPO / "seeds", root / "seeds", dirs_exist_ok=True)
    write_article(root, "extra", {"title": "Talks", "date": dt.date(2023, 5, 2), "venue": "Goa",
                                  "country": "India", "participants": ["Sergey Lavrov", "Ivan Testovich"]})
    write_article(root, "extra2", {"title": "More talks", "date": dt.date(2023, 5, 3), "venue": "Goa",
                                   "country": "India", "participants": ["Ivan Testovich", "Qin Gang"]})
    site.build(Settings.for_root(root))
    review = json.loads((root / "docs/data/review.json").read_text(encoding="utf-8"))
    shown = {p.stem for p in (root / "docs/ministers").glob("*.md")
             if "Not in the registry" in p.read_text(encoding="utf-8")}
    assert sorted(u["slug"] for u in review["unknown"]) == sorted(shown)
    assert "ivan-testovich" in shown and "qureshi-wang-meeting" not in shown
    page = (root / "docs/review.md").read_text(encoding="utf-8")
    assert f">People not in the registry ({len(shown)})</h2>" in page
    lists = re.findall(r"<td>participants</td><td>([^<]*)</td>", page)
    assert lists and all(re.fullmatch(r"\w[^\[\]'&]*", names) for names in lists), lists  # names, not a list
