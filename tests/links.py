"""Which internal links of a built site lead nowhere: the check both publishers must pass."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK = re.compile(r"""(?:href|src)=["']([^"']*)["']""")
OUTSIDE = ("http:", "https:", "mailto:", "data:", "tel:")


def broken_links(site: Path) -> list[str]:
    """`page: link` for every relative link or asset reference that resolves to no file.

    The 404 page is served at any path, so publishers give it absolute links on purpose: it is
    checked against the site root instead of its own folder.
    """
    broken = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8", errors="replace")
        for href in LINK.findall(text):
            path = unquote(urlsplit(href).path)
            if not path or href.startswith(OUTSIDE) or href.startswith("#"):
                continue
            if path.startswith("/"):
                if page.name != "404.html" or page.parent != site:
                    broken.append(f"{page.relative_to(site)}: {href} (absolute)")
                    continue
                target = site / path.lstrip("/")
            else:
                target = (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href}")
    return broken
