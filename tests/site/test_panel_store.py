"""Article panels live in a few packs: a render writes only the packs whose panels changed, and
records when each panel changed so that `mkdocs build --dirty` can rebuild its article."""

from __future__ import annotations

import json
from pathlib import Path

from generator import pipeline as site
from generator.config import Settings
from generator.site import panel_store
from tests.build.test_cache import corpus


def packs(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (root / ".generator" / "panels").glob("*.json")}


def test_panels_are_packed_and_read_back(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    site.render(Settings.for_root(root))
    reader = panel_store.PanelReader(root / ".generator", root / ".generator" / "cache")
    stems = ["a1", "a2", "b1", "c1"]
    assert len(packs(root)) == len({panel_store.pack_of(s) for s in stems})
    for stem in stems:
        panel = reader.panel(stem)
        assert panel is not None and panel.startswith('<div class="admonition info">')
    assert reader.panel("no-such-article") is None
    assert set(reader.changed_since(stems)) == set(stems)


def test_an_edit_rewrites_only_the_packs_and_times_of_changed_panels(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    site.render(settings)
    before, reader = packs(root), panel_store.PanelReader(root / ".generator", root / ".generator" / "cache")
    times = reader.changed_since(["a1", "a2", "b1", "c1"])
    article = root / "docs/articles/b1.md"
    article.write_text(article.read_text(encoding="utf-8").replace("venue: New Delhi", "venue: Mumbai"),
                       encoding="utf-8")
    site.render(settings)
    after = packs(root)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {f"pack-{panel_store.pack_of('b1'):02d}.json"}
    assert "Mumbai" in json.loads(after[next(iter(changed))])["b1"]
    now = reader.changed_since(["a1", "a2", "b1", "c1"])
    assert now["b1"] > times["b1"]
    assert {s: now[s] for s in ("a1", "a2", "c1")} == {s: times[s] for s in ("a1", "a2", "c1")}


def test_a_lost_pack_is_written_again(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    site.render(settings)
    before = packs(root)
    lost = root / ".generator" / "panels" / sorted(before)[0]
    lost.unlink()
    site.render(settings)
    assert packs(root) == before


def test_a_pack_is_written_as_the_json_module_would() -> None:
    cases = [{}, {"b": "<p>second</p>\n", "a": 'quotes " and \\ and\ttab'},
             {"x": "Ünïcode — “quoted” \u2028 \x00\x1f", "é": ""}, {"k": 3}]
    for panels in cases:
        assert panel_store.encode(panels) == json.dumps(panels, ensure_ascii=False, indent=0,
                                                        sort_keys=True) + "\n"
