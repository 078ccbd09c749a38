"""The registry: shipped data loads cleanly, roles resolve by date, a site file extends it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from generator.corpus.registry import Registry, load_registry


def test_shipped_data_loads_without_problems(registry: Registry) -> None:
    assert len(registry.people) > 1000 and len(registry.countries) > 100


def test_role_resolution_by_date(registry: Registry) -> None:
    def holder(country: str, day: dt.date) -> list[str]:
        return [p.name for p in registry.holders(country, "foreign_minister", day)]

    assert holder("China", dt.date(2023, 4, 13)) == ["Qin Gang"]
    assert holder("China", dt.date(2024, 1, 10)) == ["Wang Yi"]
    assert holder("United States", dt.date(2019, 6, 1)) == ["Mike Pompeo"]


def test_aliases_handles_and_hashtags_resolve(registry: Registry) -> None:
    assert registry.canonical("Sergei Lavrov") == "Sergey Lavrov"
    assert registry.canonical("#SergeyLavrov") == "Sergey Lavrov"
    assert registry.canonical("Mevlut Cavusoglu") == "Mevlüt Çavuşoğlu"


def test_site_file_adds_and_replaces_entries(tmp_path: Path) -> None:
    site = tmp_path / "registry.yaml"
    site.write_text(
        "people:\n  - name: Ada Quill\n    country: Norway\n    aliases: [A. Quill]\n"
        "    roles:\n      - {role: foreign_minister, start: 2031-01-01, end: null}\n"
        "places:\n  - name: Utopolis\n    country: Norway\n    aliases: [Utopia City]\n",
        encoding="utf-8")
    reg, problems = load_registry(site, gazetteer=False)
    assert not problems
    assert reg.canonical("A. Quill") == "Ada Quill"
    assert "Ada Quill" in [p.name for p in reg.holders("Norway", "foreign_minister", dt.date(2031, 5, 1))]
    assert reg.place("Utopia City").name == "Utopolis"


def test_wrongly_typed_site_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    site = tmp_path / "registry.yaml"
    site.write_text("places: 7\npeople:\n  - just a string\n  - name: X Y\n    roles: 5\n", encoding="utf-8")
    reg, problems = load_registry(site, gazetteer=False)
    text = "\n".join(str(p) for p in problems)
    assert "places: expected a list" in text and "is not a mapping" in text
    assert "registry.yaml" in text


def test_suggest_offers_near_names(registry: Registry) -> None:
    assert "Wang Yi" in registry.suggest("Wang Yii")


def test_background_task_gives_its_result_and_falls_back_to_running_here() -> None:
    from generator.corpus.registry import in_background

    assert in_background(lambda: {"cities": [("Oslo", 1)]})() == {"cities": [("Oslo", 1)]}
    parent = os.getpid()

    def fails_in_a_child() -> str:
        if os.getpid() != parent:
            raise RuntimeError("child")
        return "here"

    assert in_background(fails_in_a_child)() == "here"


def test_a_stuck_background_task_is_given_up_and_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from generator.corpus import registry

    monkeypatch.setattr(registry, "BACKGROUND_TIMEOUT", 0.2)
    parent = os.getpid()

    def hangs_in_a_child() -> str:
        if os.getpid() != parent:
            time.sleep(30)
        return "here"

    assert registry.in_background(hangs_in_a_child)() == "here"


def test_syntax_error_in_site_file_names_the_line_of_the_mistake(tmp_path: Path) -> None:
    site = tmp_path / "registry.yaml"
    site.write_text('people:\n  - name: "Kaja Kallas\n    country: Estonia\nplaces: []\n', encoding="utf-8")
    _, problems = load_registry(site, gazetteer=False)
    assert [(p.path, p.line) for p in problems] == [("registry.yaml", 2)]
    assert problems[0].message.startswith("cannot parse: a quote opened on this line is not closed")


GENERIC_BUILDING_WORDS = frozenset(
    "the national presidential palace house government state guest hall building ministry foreign "
    "office federal chancellery royal people's grand conference centre center convention "
    "headquarters residence official".split())
UNIQUE_IN_ENGLISH_NEWS = frozenset({"white house", "the white house", "federal foreign office"})


def test_no_venue_is_known_by_a_name_many_countries_give_their_own_building(registry: Registry) -> None:
    """'the National Palace' or 'the Federal Chancellery' stand in several capitals (Mexico City,
    Guatemala City, Addis Ababa; Berlin, Vienna, Bern): such a name alone must not place a meeting
    in one of them, or it outvotes the city the dateline names."""
    generic = []
    for place in registry.places.values():
        for name in [place.name, *place.aliases]:
            words = name.lower().replace(",", " ").split()
            if all(w in GENERIC_BUILDING_WORDS for w in words) and name.lower() not in UNIQUE_IN_ENGLISH_NEWS:
                generic.append(f"{place.name}: {name}")
    assert generic == []
