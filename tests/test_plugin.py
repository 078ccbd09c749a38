"""The MkDocs plugin keeps one bad file from stopping the whole site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import make_site, write_article


def test_non_utf8_article_is_left_out_not_a_traceback(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", {"title": "Talks", "date": "2022-03-01", "venue": "Oslo",
                                 "country": "Norway", "participants": ["Wang Yi", "Sergey Lavrov"]})
    (root / "docs/articles/latin.md").write_bytes("---\ntitle: Réunion\n---\n\nGenève\n".encode("latin-1"))
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root, capture_output=True,
                         text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr and "articles/latin.md" in run.stderr
    assert (root / "site/articles/good/index.html").is_file()
    assert not (root / "site/articles/latin").exists()
