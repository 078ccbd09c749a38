"""The benchmark's parts: a synthetic corpus the annotator can read, honest measuring, a clear table."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from generator import bench
from generator.annotate import Annotator
from generator.bench.corpus import officials, plan, write_corpus
from generator.corpus.ingest import find_seeds, read_seed
from generator.corpus.registry import Registry


def test_corpus_is_deterministic_and_in_the_genre(tmp_path: Path, registry: Registry) -> None:
    meetings = write_corpus(registry, tmp_path / "a", 200)
    write_corpus(registry, tmp_path / "b", 200)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 200 and meetings < 200  # several articles report one meeting
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    texts = [(tmp_path / "a" / f).read_text(encoding="utf-8") for f in files]
    assert texts == [(tmp_path / "b" / f).read_text(encoding="utf-8") for f in files]
    assert all(re.match(r" date \d{4}-\d{2}-\d{2}\n", t) for t in texts)
    assert all(re.search(r"\n[^\s,][^\n,]*, [A-Z][a-z]+ \d{1,2} \([A-Za-z]+\) - ", t) for t in texts)
    joined = "\n".join(texts)
    assert "counterpart" in joined and "phone call" in joined and joined.count("had previously met") >= 5


def test_corpus_people_are_registry_officials_in_office(registry: Registry) -> None:
    people = officials(registry)
    assert len(people) >= 300  # several hundred officials
    for event in plan(registry, 300):
        for official in event.people:
            assert registry.person(official.person.name) is official.person
            assert official.role.held_on(event.day)
        assert len({o.person.country for o in event.people}) == len(event.people)


def test_annotator_finds_the_synthetic_participants(tmp_path: Path, registry: Registry) -> None:
    write_corpus(registry, tmp_path, 40)
    seeds, _ = find_seeds(tmp_path)
    annotator = Annotator(registry)
    found = 0
    for seed in seeds:
        doc, _ = read_seed(seed)
        assert doc is not None
        ann = annotator.annotate(doc)
        found += len(ann.participants) >= 2 and all(registry.person(p) for p in ann.participants)
    assert found >= 0.8 * len(seeds)


def test_stage_measures_time_and_memory_of_its_process(tmp_path: Path) -> None:
    stage = bench.run_stage("x", [sys.executable, "-c",
                                  "import time; b = bytearray(80_000_000); b[::4096] = b'x' * len(b[::4096]);"
                                  " time.sleep(0.6); print('3 files written')"], tmp_path)
    assert stage.returncode == 0 and stage.written() == 3
    assert 0.5 < stage.seconds < 10
    assert stage.peak_mb > 60  # the 80 MB buffer was seen by the sampler


def _row(n: int, seconds: float, page_kb: float = 20) -> bench.Row:
    row = bench.Row(n, meetings=n // 2, pages=n * 3, html_mb=n / 100, search_mb=n / 1000,
                    largest=("meetings/x/index.html", int(page_kb * 1024)))
    for name in ("annotate", "render", "mkdocs", "rebuild", "edit", "dirty"):
        row.stages[name] = bench.Stage(name, seconds, 100.0, "2 files written")
    return row


def test_table_shows_growth_and_states_missed_targets() -> None:
    rows = [_row(5000, 4.0), _row(10000, 10.0, page_kb=70)]
    rows[-1].over_limit = [("meetings/x/index.html", 70 * 1024)]
    text = bench.table(rows)
    assert "x2.50" in text  # time grew 2.5 times while N doubled
    assert "over 60 KB: meetings/x/index.html (70 KB)" in text
    verdict = text.splitlines()[-1]
    assert "largest page 70.0 KB MISSED" in verdict and "annotate 10.0 s ok" in verdict


def test_bench_is_a_subcommand() -> None:
    from generator.cli import parser

    args = parser().parse_args(["bench", "--quick", "--dir", "x"])
    assert args.command == "bench" and args.quick and args.dir == "x"


def test_table_shows_serve_when_measured() -> None:
    rows = [_row(1000, 2.0), _row(2000, 4.0)]
    assert "serve" not in bench.table(rows)
    rows[-1].stages["serve"] = bench.Stage("serve", 30.0, 0.0)
    rows[-1].stages["serve edit"] = bench.Stage("serve edit", 3.5, 0.0)
    line = next(x for x in bench.table(rows).splitlines() if x.startswith("  an edit served after"))
    assert line.split()[-2:] == ["-", "3.5"]  # not measured at the smaller N


def test_plain_site_has_one_page_per_seed_and_no_plugin_of_ours(tmp_path: Path) -> None:
    from generator.bench import floor as bench_floor

    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    seed = " date 2023-04-13\nLavrov meets Qin Gang\n\nSAMARKAND - They met.\n"
    (site / "seeds" / "a.txt").write_text(seed, encoding="utf-8")
    (site / "mkdocs.yml").write_text("site_name: S\ntheme:\n  name: material\n  font: false\n"
                                     "plugins: [search, diplomacy]\n"
                                     "nav: [{Home: index.md}, {M: meetings/index.md}]\n", encoding="utf-8")
    config = bench_floor.make_plain_site(site, tmp_path / "plain")
    page = (tmp_path / "plain" / "docs" / "a.md").read_text(encoding="utf-8")
    assert page.startswith("# Lavrov meets Qin Gang\n") and "SAMARKAND - They met." in page
    plain = yaml.safe_load(config.read_text(encoding="utf-8"))
    assert plain["plugins"] == ["search"] and plain["theme"]["font"] is False
    assert plain["nav"] == [{"Home": "index.md"}]  # not every page: the floor stays linear


def test_page_kinds_and_the_scale_table() -> None:
    from generator.bench import floor as bench_floor

    assert bench_floor.page_kind("articles/a/index.html") == "articles/ page"
    assert bench_floor.page_kind("meetings/year-2020/index.html") == "meetings/ listing"
    assert bench_floor.page_kind("venues/oslo/meetings-2001-2004/index.html") == "venues/ subpage"
    assert bench_floor.page_kind("ministers/index.html") == "ministers/ index"
    row = _row(10000, 10.0)
    row.floor = bench_floor.Floor(plain_seconds=25.0, plain_mb=100.0,
                                  site=bench_floor.SiteBytes(total=150 * 2**20))
    text = bench_floor.issue_table([row])
    assert "1.20 ok" in text  # whole build 30 s against a 25 s floor
    assert "15.4 ok" in text  # 150 MB over 10,000 articles
    assert next(line for line in text.splitlines() if line.startswith("search bytes")).split()[-1] == "-"


def test_the_search_probe_is_skipped_without_playwright_not_a_crash(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The site's own install (`-e .`) has no Playwright: a long bench must still print its table."""
    import importlib.util
    import math

    from generator.bench import search_probe

    monkeypatch.setattr(search_probe, "CHROMIUM", __file__)  # a file that is there
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "playwright" else real(name, *a))
    assert math.isnan(search_probe.bench_probe(tmp_path))


def test_pairs_measured_back_to_back_show_each_ratio_and_their_median() -> None:
    from generator.bench import floor as bench_floor

    row = _row(10000, 10.0)
    row.floor = bench_floor.Floor(plain_seconds=25.0, plain_mb=100.0, site=bench_floor.SiteBytes(total=1))
    row.pairs = [(30.0, 25.0), (36.0, 20.0), (33.0, 30.0)]
    lines = bench_floor.issue_table([row]).splitlines()
    assert next(x for x in lines if "each pair" in x).split()[-3:] == ["1.20", "1.80", "1.10"]
    assert next(x for x in lines if "median of the pairs" in x).split()[-2:] == ["1.20", "ok"]
    row.pairs = row.pairs[:1]  # one pair: nothing more than the ratio above
    assert not any("median" in x for x in bench_floor.issue_table([row]).splitlines())
