"""The benchmark's yardsticks: a plain MkDocs site of the same texts, the built site's bytes, and
the scale issue's targets (whole build against that floor, bytes per article, edit to screen,
memory, search bytes for a first query).

The floor is what publishing the same articles costs with no generator at all: one Markdown page
per seed (its title as heading, its paragraphs), the project's theme settings, MkDocs' own search
and no plugin of ours, built by `mkdocs build` in the same run, so that a slow or busy machine
slows both sides alike.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ISSUE_TARGETS = {"ratio": 1.5, "kb_per_article": 20.0, "edit": 5.0, "peak_mb": 1536.0, "search_mb": 1.5}
"""The scale issue's targets: whole build / plain floor, site KB per article (200 MB at 10,000,
1 GB at 50,000), seconds from a hand edit to the rebuilt page under `mkdocs serve --dirty`, peak
memory, and MB a first search downloads."""
_KIND = re.compile(r"^(year-|letter-|\d{4}(-\d\d)?$)|-p\d+$")


def make_plain_site(site_root: Path, plain_root: Path) -> Path:
    """A plain MkDocs site of the site's seeds beside it; returns its mkdocs.yml."""
    from generator.corpus.ingest import find_seeds, read_seed  # not on every CLI start

    docs = plain_root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    seeds, _ = find_seeds(site_root / "seeds")
    for seed in seeds:
        doc, _ = read_seed(seed)
        if doc is None:
            continue
        body = doc.text.split("\n", 1)[1] if doc.text.startswith(doc.title) else doc.text
        (docs / f"{seed.stem}.md").write_text(f"# {doc.title}\n\n{body.strip()}\n", encoding="utf-8")
    (docs / "index.md").write_text("# Articles\n\nOne page per article.\n", encoding="utf-8")
    config = plain_config(site_root / "mkdocs.yml")
    (plain_root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return plain_root / "mkdocs.yml"


def plain_config(site_config: Path) -> dict[str, Any]:
    """The site's name and theme settings, MkDocs' search only, and a one-page navigation (a
    navigation of every page would make the floor grow with the square of the corpus)."""
    try:
        ours = yaml.safe_load(site_config.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        ours = {}
    theme = ours.get("theme") if isinstance(ours.get("theme"), dict) else {"name": "material"}
    return {"site_name": ours.get("site_name", "Plain"), "use_directory_urls": True, "theme": theme,
            "plugins": ["search"], "nav": [{"Home": "index.md"}],
            "validation": {"omitted_files": "ignore"}}


@dataclass
class SiteBytes:
    """What a built site weighs: every file, and its HTML pages by kind."""

    total: int = 0
    files: int = 0
    folders: int = 0
    kinds: dict[str, list[int]] = field(default_factory=dict)
    """kind -> [pages, bytes], e.g. "articles/", "venues/ year", "meetings/ list"."""


def page_kind(rel: str) -> str:
    """A built page's kind, from its path: section, and whether it is a section index, a listing
    (year, month, letter or later part of a list), an entity's own page, or one of its subpages
    (its pages of years)."""
    parts = rel.split("/")
    if len(parts) <= 2:
        return "home and views" if len(parts) == 1 or parts[0] in ("network", "timeline", "map") \
            else f"{parts[0]}/ index"
    if len(parts) == 3:
        return f"{parts[0]}/ " + ("listing" if _KIND.search(parts[1]) else "page")
    return f"{parts[0]}/ subpage"


def site_bytes(site_dir: Path) -> SiteBytes:
    """Bytes of every file of a built site (folders counted apart), and of its pages by kind."""
    out = SiteBytes()
    for path in site_dir.rglob("*"):
        if path.is_dir():
            out.folders += 1
            continue
        size = path.stat().st_size
        out.total += size
        out.files += 1
        if path.suffix == ".html":
            kind = out.kinds.setdefault(page_kind(path.relative_to(site_dir).as_posix()), [0, 0])
            kind[0] += 1
            kind[1] += size
    return out


def kinds_table(before: SiteBytes, after: SiteBytes | None = None) -> str:
    """Pages by kind, largest share first: count, MB, KB per page (and another build's beside)."""
    lines = [f"{'page kind':24}{'pages':>8}{'MB':>9}{'KB/page':>9}"
             + ("   other build KB/page" if after else "")]
    for kind, (pages, size) in sorted(before.kinds.items(), key=lambda t: -t[1][1]):
        other = after.kinds.get(kind) if after else None
        extra = f"{other[1] / other[0] / 1024:>12.1f}" if other else ""
        lines.append(f"{kind:24}{pages:>8,}{size / 2**20:>9.1f}{size / pages / 1024:>9.1f}{extra}")
    return "\n".join(lines)


@dataclass
class Floor:
    """One size's yardsticks beside the measured stages."""

    plain_seconds: float = float("nan")
    plain_peak_mb: float = 0.0
    plain_mb: float = 0.0
    site: SiteBytes = field(default_factory=SiteBytes)
    search: int | None = None


def issue_table(rows: list[Any]) -> str:
    """The scale issue's targets, one column per size: value, and whether it is met."""
    def cell(value: float | None, limit: float, fmt: str = "{:.1f}") -> str:
        if value is None or value != value:
            return f"{'-':>16}"
        mark = "ok" if value <= limit else "MISSED"
        return f"{fmt.format(value) + ' ' + mark:>16}"

    head = f"{'target (scale issue)':46}" + "".join(f"{r.n:>16,}" for r in rows)
    lines = [head, "-" * len(head)]

    def line(label: str, get: Callable[[Any], float | None], limit: float, fmt: str = "{:.1f}") -> None:
        lines.append(f"{label:46}" + "".join(cell(get(r), limit, fmt) for r in rows))

    lines.append(f"{'plain MkDocs + Material, same texts, s':46}"
                 + "".join(f"{r.floor.plain_seconds:>16.1f}" for r in rows))
    lines.append(f"{'whole build (one mkdocs build from nothing), s':46}"
                 + "".join(f"{r.total:>16.1f}" for r in rows))
    lines.append(f"{'  annotate+render+mkdocs as three commands, s':46}"
                 + "".join(f"{r.staged:>16.1f}" for r in rows))
    line("  whole / plain (<= 1.5)", lambda r: r.total / r.floor.plain_seconds, ISSUE_TARGETS["ratio"],
         "{:.2f}")
    if any(len(getattr(r, "pairs", [])) > 1 for r in rows):
        # Pairs measured back to back: a busy or drifting machine moves both builds of a pair alike.
        lines.append(f"{'  each pair, whole / plain':46}" + "".join(
            f"{' '.join(f'{w / p:.2f}' for w, p in r.pairs):>16}" for r in rows))
        line("  median of the pairs (<= 1.5)",
             lambda r: statistics.median(w / p for w, p in r.pairs) if r.pairs else None,
             ISSUE_TARGETS["ratio"], "{:.2f}")
    lines.append(f"{'  mkdocs build alone / plain':46}"
                 + "".join(f"{r.seconds('mkdocs') / r.floor.plain_seconds:>16.2f}" for r in rows))
    line("site KB per article (<= 20)", lambda r: r.floor.site.total / 1024 / r.n,
         ISSUE_TARGETS["kb_per_article"])
    lines.append(f"{'  site total, MB (files; plain site)':46}" + "".join(
        f"{f'{r.floor.site.total / 2**20:.0f}; {r.floor.plain_mb:.0f}':>16}" for r in rows))
    line("edit to screen, serve --dirty, s (<= 5)",
         lambda r: r.seconds("serve edit") if "serve edit" in r.stages else None, ISSUE_TARGETS["edit"])
    line("  render after edit + build --dirty, s", lambda r: r.seconds("edit") + r.seconds("dirty"),
         ISSUE_TARGETS["edit"])
    line("peak memory, MB (<= 1536)", lambda r: r.peak_mb, ISSUE_TARGETS["peak_mb"], "{:.0f}")
    line("search bytes, first query, MB (<= 1.5)",
         lambda r: r.floor.search / 2**20 if r.floor.search is not None else None,
         ISSUE_TARGETS["search_mb"], "{:.2f}")
    return "\n".join(lines)
