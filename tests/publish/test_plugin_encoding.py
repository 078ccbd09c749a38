"""A page MkDocs cannot read (not UTF-8) is left out with its name, and the rest is built."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands import build as mkdocs_build

from tests.publish.test_plugin_heap import _config


def test_a_page_that_is_not_utf8_is_left_out_with_its_name_and_the_rest_is_built(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = _config(tmp_path)
    (tmp_path / "docs" / "notes.md").write_bytes("# Caf\u00e9 notes\n".encode("latin-1"))
    (tmp_path / "docs" / "plan.md").write_text("# Plan\n", encoding="utf-8")
    config.plugins.on_startup(command="build", dirty=False)
    try:
        with caplog.at_level("WARNING", logger="mkdocs.plugins.diplomacy"):
            mkdocs_build.build(config)
    finally:
        config.plugins.on_shutdown()
    assert "notes.md: not UTF-8, left out of the site (save it as UTF-8)" in caplog.text
    site = Path(config.site_dir)
    assert (site / "plan" / "index.html").is_file() and not (site / "notes").exists()
    assert any((site / "articles").iterdir())
