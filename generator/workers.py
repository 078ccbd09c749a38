"""Use every core: annotate and write articles, or run shares of a render, in forked workers.

Workers are forked, so they start with the registry (or the catalog) already in memory: nothing
large is pickled on the way in, only each worker's small result on the way out. An annotation
worker does a seed's whole journey (read, annotate, write the article and its record), so the
parent never becomes the serial bottleneck that writes every file while the cores wait.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from generator import articles as article_files
from generator.ingest import Seed, read_seed
from generator.model import Annotation, Problem, SourceDoc

if TYPE_CHECKING:  # the rules compile hundreds of patterns on import: a render never needs them
    from generator.annotate import Annotator

PARALLEL_THRESHOLD = 48
"""Below this many seeds, starting processes costs more than it saves."""
CHUNKS_PER_WORKER = 8
"""Shares per worker: enough to even out slow articles, few enough to keep messages small."""
WRITERS = 4
"""Threads per worker that write articles: each write waits for the disk twice (fsync), and
concurrent flushes share the file system's journal commits, so a few keep up with annotation."""

T = TypeVar("T")


@dataclass
class SeedOutcome:
    """What became of one seed: small, so it travels back from a worker cheaply."""

    read_problems: list[Problem] = field(default_factory=list)
    """Problems reading the seed; reported before any annotation problem, as the parent did."""
    outcome: str | None = None
    """created / updated / unchanged / kept / adopted, or None when nothing was written."""
    problems: list[Problem] = field(default_factory=list)
    """An annotator failure, or what writing the article found (conflicts, unreadable files)."""


@dataclass
class SeedJob:
    """Read, annotate and write one seed: everything a worker needs, inherited through fork."""

    annotator: Annotator
    articles_dir: Path
    state_dir: Path
    annotator_key: str
    registry_key: str

    def run(self, seeds: list[Seed]) -> list[SeedOutcome]:
        """Outcomes in seed order; files are written on other threads while the next seed is
        read, so the wait for the disk (fsync) overlaps annotation instead of idling a core."""
        pending: list[SeedOutcome | Future[SeedOutcome]] = []
        with ThreadPoolExecutor(max_workers=WRITERS) as writer:
            for seed in seeds:
                doc, issues = read_seed(seed)
                if doc is None:
                    pending.append(SeedOutcome(read_problems=issues))
                    continue
                ann, error = safe_annotate(self.annotator, doc)
                if ann is None:
                    pending.append(SeedOutcome(issues, None, [Problem(
                        f"seeds/{doc.path.name}", error, hint="please report this")]))
                    continue
                pending.append(writer.submit(self._write, doc, ann, issues))
            return [p.result() if isinstance(p, Future) else p for p in pending]

    def _write(self, doc: SourceDoc, ann: Annotation, issues: list[Problem]) -> SeedOutcome:
        outcome, problems, _ = article_files.write_article(
            self.articles_dir / f"{doc.stem}.md", self.state_dir, doc, ann, self.annotator_key,
            self.registry_key)
        return SeedOutcome(issues, outcome, problems)


def safe_annotate(annotator: Annotator, doc: SourceDoc) -> tuple[Annotation | None, str]:
    """A bug in a rule must cost one article, not the build."""
    try:
        return annotator.annotate(doc), ""
    except Exception as exc:  # noqa: BLE001 - reported per file by the caller
        return None, f"annotator failed: {type(exc).__name__}: {exc}"


_worker_job: SeedJob | None = None
"""Set once in each worker process by `_install`; processes share nothing else."""


def _install(job: SeedJob) -> None:
    global _worker_job
    _worker_job = job


def _run_chunk(seeds: list[Seed]) -> list[SeedOutcome]:
    assert _worker_job is not None
    return _worker_job.run(seeds)


def annotate_seeds(seeds: list[Seed], job: SeedJob, workers: int) -> Iterator[SeedOutcome]:
    """Yield one outcome per seed, in input order, each seed handled whole by one worker."""
    if workers <= 1 or len(seeds) < PARALLEL_THRESHOLD or not hasattr(os, "fork"):
        yield from job.run(seeds)
        return
    size = max(8, len(seeds) // (workers * CHUNKS_PER_WORKER))
    chunks = [seeds[i:i + size] for i in range(0, len(seeds), size)]
    context = multiprocessing.get_context("fork")
    gc.freeze()  # the collector in a child must not walk (and so copy) the inherited registry
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_install,
                                 initargs=(job,)) as pool:
            for outcomes in pool.map(_run_chunk, chunks):
                yield from outcomes
    finally:
        gc.unfreeze()


_worker_task: Callable[[int, int], object] | None = None
"""The share function of `fork_map`, set in each worker by `_install_task`."""


def _install_task(task: Callable[[int, int], object]) -> None:
    global _worker_task
    _worker_task = task


def _run_share(part_and_parts: tuple[int, int]) -> object:
    assert _worker_task is not None
    return _worker_task(*part_and_parts)


def fork_map(task: Callable[[int, int], T], parts: int, here: bool = False) -> list[T]:
    """[task(0, parts), ..., task(parts - 1, parts)], each share in its own forked process.

    `task` may be a closure over large data: with fork it is inherited, never pickled. Without
    fork (or with one share) the shares run here, one after another. With `here`, share 0 runs in
    this process while the others run in forked ones: a core is not left waiting, and share 0's
    result is not pickled; only for tasks whose effects on this process the caller wants.
    """
    if parts <= 1 or not hasattr(os, "fork"):
        return [task(part, max(parts, 1)) for part in range(max(parts, 1))]
    context = multiprocessing.get_context("fork")
    gc.freeze()  # the collector in a child must not touch (and so copy) every inherited object
    try:
        forked = range(1, parts) if here else range(parts)
        with ProcessPoolExecutor(max_workers=len(forked), mp_context=context, initializer=_install_task,
                                 initargs=(task,)) as pool:
            # With fork, submit starts the workers at once: they see this process as it is now.
            futures = [pool.submit(_run_share, (part, parts)) for part in forked]
            first = [task(0, parts)] if here else []
            return first + [f.result() for f in futures]  # type: ignore[misc]
    finally:
        gc.unfreeze()
