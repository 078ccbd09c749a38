"""Article panels stored in a few packs, not one file per article.

A panel (the annotation box MkDocs shows above an article) is generator state, not a page, so it
need not be a file of its own: a first render of ten thousand articles spent more time creating
ten thousand small files than rendering them. Panels live in `PACKS` JSON files under
`.generator/panels/`, each article's panel in the pack its stem hashes to; a pack is rewritten
(atomically) only when one of its panels changed. One panel a line keeps a committed pack's diff
as small as the change.

`mkdocs build --dirty` rebuilds a page only when its source file is newer than the built page,
and a panel can change while its article does not (a meeting it belongs to gained a source). So
for each pack the render keeps when each of its panels last changed, and the plugin rebuilds an
article whose panel changed after its page was built. Those times are machine-local
(`.generator/cache/panel-times/`, never committed): without them every panel counts as changed
at the next render, which only rebuilds more.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _string
from pathlib import Path

PACKS = 64
"""Packs per site: few files on a first render, and a small rewrite when one panel changes."""
FOLDER = "panels"
TIMES_FOLDER = "panel-times"


def pack_of(stem: str) -> int:
    """The pack an article's panel lives in; stable whatever else is in the corpus."""
    return zlib.crc32(stem.encode("utf-8")) % PACKS


def pack_path(state_dir: Path, pack: int) -> Path:
    return state_dir / FOLDER / f"pack-{pack:02d}.json"


def times_path(cache_dir: Path, pack: int) -> Path:
    """When each panel of a pack last changed (ns since the epoch): build bookkeeping, not output."""
    return cache_dir / TIMES_FOLDER / f"pack-{pack:02d}.json"


def encode(panels: dict[str, str]) -> str:
    """A pack's text: one panel a line, by stem, so equal panels always give equal bytes.

    The bytes of `json.dumps(panels, ensure_ascii=False, indent=0, sort_keys=True)`, made with
    the C string encoder: with `indent`, the json module encodes in Python (a first render spent
    more time there than in writing the packs).
    """
    if not all(type(key) is str and type(text) is str for key, text in panels.items()):
        return json.dumps(panels, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if not panels:
        return "{}\n"
    return "{\n" + ",\n".join([f"{_string(key)}: {_string(panels[key])}" for key in sorted(panels)]) + "\n}\n"


def read_json(path: Path) -> dict[str, object]:
    """A pack (or its times) as written, or {} when it is missing or unreadable (then rendered anew)."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


@dataclass
class PanelReader:
    """Panels for the MkDocs plugin, each pack read once per change rather than once per article."""

    state_dir: Path
    cache_dir: Path
    _packs: dict[int, tuple[tuple[int, int], dict[str, object]]] = field(default_factory=dict)

    def panel(self, stem: str) -> str | None:
        pack = pack_of(stem)
        path = pack_path(self.state_dir, pack)
        try:
            st = os.stat(path)
        except OSError:
            return None
        key = (st.st_mtime_ns, st.st_size)
        known = self._packs.get(pack)
        if known is None or known[0] != key:
            known = (key, read_json(path))
            self._packs[pack] = known
        text = known[1].get(stem)
        return text if isinstance(text, str) else None

    def changed_since(self, stems: list[str]) -> dict[str, int]:
        """stem -> when its panel last changed (ns), for the stems given that have a record."""
        by_pack: dict[int, list[str]] = {}
        for stem in stems:
            by_pack.setdefault(pack_of(stem), []).append(stem)
        out: dict[str, int] = {}
        for pack, members in by_pack.items():
            times = read_json(times_path(self.cache_dir, pack))
            for stem in members:
                when = times.get(stem)
                if isinstance(when, int):
                    out[stem] = when
        return out
