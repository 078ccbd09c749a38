"""The plugin leaves what lives after the generator's stage out of collections while MkDocs
builds its structures, and gives it back when the build ends, however it ends (under `mkdocs
serve` the next build must be able to free this one's data)."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError

from generator.build.memory import HeapFreeze
from tests.conftest import make_site

FIXTURE = Path(__file__).parents[1] / "fixtures" / "meetings"


def _config(root: Path, strict: bool = False):  # type: ignore[no-untyped-def]
    make_site(root)
    shutil.copytree(FIXTURE / "docs" / "articles", root / "docs" / "articles")
    return load_config(str(root / "mkdocs.yml"), strict=strict)


def test_a_freeze_is_undone_once_and_only_once() -> None:
    heap = HeapFreeze()
    gc.unfreeze()
    before = gc.get_freeze_count()
    heap.freeze()
    heap.freeze()
    assert gc.get_freeze_count() > before and heap.frozen
    heap.thaw()
    heap.thaw()
    assert gc.get_freeze_count() == 0 and not heap.frozen


def test_navigation_is_built_with_the_heap_frozen_and_the_build_ends_thawed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _config(tmp_path)
    seen: list[int] = []
    real = mkdocs_build.get_navigation

    def navigation(files, config):  # type: ignore[no-untyped-def]
        seen.append(gc.get_freeze_count())
        return real(files, config)

    monkeypatch.setattr(mkdocs_build, "get_navigation", navigation)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build.build(config)
    finally:
        config.plugins.on_shutdown()
    assert seen and seen[0] > 0, "MkDocs built its navigation with every object still collected"
    assert gc.get_freeze_count() == 0


def test_a_failed_build_thaws_the_heap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _config(tmp_path)

    def broken(files, config):  # type: ignore[no-untyped-def]
        assert gc.get_freeze_count() > 0
        raise BuildError("a navigation that cannot be built")

    monkeypatch.setattr(mkdocs_build, "get_navigation", broken)
    config.plugins.on_startup(command="build", dirty=False)
    with pytest.raises((BuildError, Abort)):
        mkdocs_build.build(config)
    assert gc.get_freeze_count() == 0


def test_pages_are_themed_with_rare_young_collections_and_the_thresholds_come_back() -> None:
    from generator.publish import mkdocs_parallel

    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    results = mkdocs_parallel._run_pages(["a", "b", "c"], 0, 2,  # type: ignore[list-item]
                                         lambda page, result: seen.append(gc.get_threshold()))
    assert [r.index for r in results] == [0, 2] and not any(r.error for r in results)
    assert seen == [(mkdocs_parallel.PAGE_GC_YOUNG, *before[1:])] * 2
    assert gc.get_threshold() == before

