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
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from generator.corpus import articles as article_files
from generator.corpus.ingest import Seed, read_seed
from generator.corpus.load import Lookups, written_article
from generator.failures import processing
from generator.model import Annotation, Problem, SourceDoc
from generator.site.facts import article_facts

if TYPE_CHECKING:  # the rules compile hundreds of patterns on import: a render never needs them
    from generator.annotate import Annotator
    from generator.corpus.registry import Registry

PARALLEL_THRESHOLD = 48
"""Below this many seeds, starting processes costs more than it saves."""
CHUNKS_PER_WORKER = 4
"""A share is the seeds left over this many shares per worker: large shares first, then ever
smaller ones, so the workers finish together instead of one idling through the other's last."""
MIN_CHUNK = 16
"""Fewest seeds in a share: below this, a message each way costs more than the imbalance."""
WRITERS = 4
"""Threads per worker that update existing articles: each update waits for the disk twice
(fsync), and concurrent flushes share the file system's journal commits, so a few keep up."""

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
    loaded: tuple[str, tuple[Any, ...]] | None = None
    """(stem, entry) of a new article: what `incremental.load_corpus` would parse from its
    files, (stats, article, problems, facts), for it to take while the files are unchanged."""


@dataclass
class SeedJob:
    """Read, annotate and write one seed: everything a worker needs, inherited through fork."""

    annotator: Annotator | None
    """None until there is a seed to annotate (`ready`)."""
    articles_dir: Path
    state_dir: Path
    annotator_key: str
    registry_key: str
    unflushed: frozenset[str] = frozenset()
    """Stems whose new article and record skip their own flush: journaled, flushed at the end."""
    torn: frozenset[str] = frozenset()
    """Stems a run cut short was creating: an empty or cut-off article of theirs is regenerated."""
    make_annotator: Callable[[], Annotator] | None = None
    """Builds the annotator when `annotator` is None and a seed needs it."""
    registry: Registry | None = None
    """With it, each new article is handed over loaded (`SeedOutcome.loaded`)."""
    lookups: Lookups | None = None
    """The registry's answers, kept by each worker across its shares (made by `ready`)."""

    def ready(self) -> SeedJob:
        """This job with its annotator, built now if it is not yet.

        Building it compiles the rules and indexes the registry (0.3-0.4 s): a rebuild in which
        no seed changed (nearly every rebuild of `mkdocs serve`, after an edit to an article's
        front matter) must not pay for it. It is built in the parent, before any fork, so the
        workers inherit one annotator rather than each building its own.
        """
        job = self
        if self.lookups is None and self.registry is not None:
            job = replace(job, lookups=Lookups(self.registry))
        if self.annotator is not None or self.make_annotator is None:
            return job
        return replace(job, annotator=self.make_annotator())

    def run(self, seeds: list[Seed]) -> list[SeedOutcome]:
        """Outcomes in seed order; a researcher's file is written on another thread while the
        next seed is read, so the wait for the disk (fsync) overlaps annotation instead of idling
        a core. New articles, written without that wait, are written here."""
        pending: list[SeedOutcome | Future[SeedOutcome]] = []
        with ThreadPoolExecutor(max_workers=WRITERS) as writer:
            for seed in seeds:
                with processing(f"seeds/{seed.path.name}"):
                    doc, issues = read_seed(seed)
                if doc is None:
                    pending.append(SeedOutcome(read_problems=issues))
                    continue
                assert self.annotator is not None, "SeedJob.ready() builds it before a seed is read"
                ann, error = safe_annotate(self.annotator, doc)
                if ann is None:
                    pending.append(SeedOutcome(issues, None, [Problem(
                        f"seeds/{doc.path.name}", error, hint="a bug in the annotator: please report it "
                        "with this seed; the rest of the site is built")]))
                    continue
                if doc.stem in self.unflushed:  # no wait for the disk: a thread costs more
                    pending.append(self._write(doc, ann, issues))
                else:
                    pending.append(writer.submit(self._write, doc, ann, issues))
            return [p.result() if isinstance(p, Future) else p for p in pending]

    def _write(self, doc: SourceDoc, ann: Annotation, issues: list[Problem]) -> SeedOutcome:
        created: list[article_files.Created] | None = [] if self.lookups is not None else None
        path = self.articles_dir / f"{doc.stem}.md"
        with processing(f"docs/articles/{doc.stem}.md"):
            outcome, problems, _ = article_files.write_article(
                path, self.state_dir, doc, ann, self.annotator_key,
                self.registry_key, durable=doc.stem not in self.unflushed,
                torn_is_ours=doc.stem in self.torn, created=created)
        loaded = self._loaded(doc.stem, path, created[0]) if created else None
        return SeedOutcome(issues, outcome, problems, loaded)

    def _loaded(self, stem: str, path: Path, made: article_files.Created
                ) -> tuple[str, tuple[Any, ...]] | None:
        """A new article as the load step would find it, from what was written rather than read
        back: at 10,000 articles, reading and parsing them again cost the load step 3.5-3.9
        CPU-s. It is keyed by the files' stats as written, so an article changed since (a
        researcher's edit) is read from disk as before."""
        assert self.lookups is not None
        try:
            made_at = os.stat(path)
            record_at = os.stat(article_files.record_path(self.state_dir, stem))
        except OSError:
            return None
        article, problems = written_article(stem, made.fields, made.lines, self.lookups)
        stats = ((made_at.st_mtime_ns, made_at.st_size), (record_at.st_mtime_ns, record_at.st_size))
        return stem, (stats, article, problems, article_facts(article, made.record))

    def journal(self, seeds: list[Seed]) -> tuple[list[Seed], SeedJob]:
        """The seeds to do, and this job set to create their new articles unflushed.

        A flush per new file (article and record) cost more than annotating it. Instead the stems
        are journaled durably first and everything is flushed once at the end (`finish`): a
        power cut in between can leave a new article empty or cut short, but the journal names
        it, so the next run regenerates it (and re-reads seeds it would have skipped as done).
        Updates of existing articles, the researcher's files, keep their own flush.
        """
        cut = article_files.read_pending(self.state_dir)
        if not hasattr(os, "sync"):
            return seeds, self  # nothing flushes everything at once here: every file flushes
        listed = {s.stem for s in seeds}
        redo = [Seed(stem, path) for stem, path in cut.items()
                if stem not in listed and path.is_file()]
        if redo:
            seeds = sorted([*seeds, *redo], key=lambda s: s.path)
        todo = {s.stem: s.path for s in seeds}
        pending = {stem: todo[stem] for stem in cut if stem in todo}
        present = _names(self.articles_dir)  # one listing, not a stat per seed
        pending.update((stem, path) for stem, path in todo.items() if f"{stem}.md" not in present)
        if pending:
            article_files.write_pending(self.state_dir, pending)
        return seeds, replace(self, unflushed=frozenset(pending), torn=frozenset(cut))

    def finish(self, written: set[str], finished: set[str] | None = None) -> None:
        """Flush what this run created unflushed, then drop the journal, keeping stems of a cut
        run that were not written again and, after a stop, stems whose seed may have been midway
        (not in `finished`): a later run checks them again.

        New articles are created whole (`articles.create_new`) but not flushed one by one: the
        stems a stopped run may have been writing are checked again by the next run.
        """
        if not self.unflushed:
            return
        flush_everything()
        keep = {stem for stem in self.unflushed if (stem in self.torn and stem not in written)
                or (finished is not None and stem not in finished)}
        left = article_files.read_pending(self.state_dir, keep) if keep else {}
        if left:
            article_files.write_pending(self.state_dir, left)
        else:
            article_files.clear_pending(self.state_dir)


def _names(folder: Path) -> set[str]:
    try:
        return set(os.listdir(folder))
    except OSError:
        return set()


def flush_everything() -> None:
    """One flush of every file system for the whole run: far cheaper than one per new file."""
    if hasattr(os, "sync"):
        os.sync()


def safe_annotate(annotator: Annotator, doc: SourceDoc) -> tuple[Annotation | None, str]:
    """A bug in a rule must cost one article, not the build."""
    try:
        return annotator.annotate(doc), ""
    except Exception as exc:  # noqa: BLE001 - reported per file by the caller
        return None, f"annotator failed: {type(exc).__name__}: {exc}"


_worker_job: SeedJob | None = None
"""Set once in each worker process by `_install`; processes share nothing else."""


def _install(job: SeedJob) -> None:
    """Set up a forked annotation worker: its job, and the collector on (its parent may hold it
    off while it receives outcomes; a worker makes and drops objects for thousands of seeds)."""
    global _worker_job
    _worker_job = job
    gc.enable()


def _run_chunk(seeds: list[Seed]) -> list[SeedOutcome]:
    assert _worker_job is not None
    return _worker_job.run(seeds)


def annotate_seeds(seeds: list[Seed], job: SeedJob, workers: int) -> Iterator[SeedOutcome]:
    """Yield one outcome per seed, in input order, each seed handled whole by one worker.

    Seeds whose new articles a power cut may have torn (see `SeedJob.journal`) are added.
    """
    seeds, job = job.journal(seeds)
    if seeds:  # torn seeds of a cut-short run count: the journal has added them
        job = job.ready()
    written: set[str] = set()
    finished: set[str] = set()
    early = EarlyFlush() if job.unflushed else None
    outcomes = _outcomes(seeds, job, workers, finished)
    try:
        for done, (seed, outcome) in enumerate(zip(seeds, outcomes, strict=True)):
            if outcome.outcome is not None:
                written.add(seed.stem)
            if early is not None and done % FLUSH_EVERY == FLUSH_EVERY - 1:
                early.start()
            yield outcome
    except BaseException:
        # Stopped (Ctrl-C, a failure, a caller that stopped reading): once the workers are gone,
        # only seeds not known finished (a killed worker may have cut their new files short)
        # and torn files of a power cut before this run still need the journal, and a restart
        # skips what was done.
        outcomes.close()
        _finish(job, early, written, finished)
        raise
    _finish(job, early, written, finished)


def _finish(job: SeedJob, early: EarlyFlush | None, written: set[str], finished: set[str]
            ) -> None:
    if early is not None:
        early.wait()
    job.finish(written, finished)


FLUSH_EVERY = 500
"""Outcomes between flushes in the background while the workers write."""


class EarlyFlush:
    """Flushes what the workers wrote so far, on a thread of the otherwise waiting parent.

    The run must wait for its one flush at the end before it drops its journal; with ten
    thousand new articles (and whatever else the machine wrote) still in memory that took a
    second. Flushed along the way, the last flush has little left to write.
    """

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if hasattr(os, "sync") and (self.thread is None or not self.thread.is_alive()):
            self.thread = threading.Thread(target=os.sync, name="early-flush", daemon=True)
            self.thread.start()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()


def _outcomes(seeds: list[Seed], job: SeedJob, workers: int, finished: set[str]
              ) -> Iterator[SeedOutcome]:
    """Outcomes in seed order; `finished` gains each seed once its files are whole on disk."""
    if workers <= 1 or len(seeds) < PARALLEL_THRESHOLD or not hasattr(os, "fork"):
        outcomes = job.run(seeds)
        finished.update(s.stem for s in seeds)
        yield from outcomes
        return
    chunks = _chunks(seeds, workers)
    context = multiprocessing.get_context("fork")
    gc.freeze()  # the collector in a child must not walk (and so copy) the inherited registry
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_install,
                                 initargs=(job,)) as pool:
            futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]
            for chunk, future in zip(chunks, futures, strict=True):
                # Known as soon as a worker returns it, even ahead of the shares before it.
                future.add_done_callback(partial(_mark_finished, finished, chunk))
            try:
                for future in futures:
                    yield from future.result()
            finally:
                for future in futures:
                    future.cancel()  # shares not started yet (after a stop)
    finally:
        gc.unfreeze()


def _mark_finished(finished: set[str], chunk: list[Seed], future: Future[list[SeedOutcome]]
                   ) -> None:
    if not future.cancelled() and future.exception() is None:
        finished.update(s.stem for s in chunk)


def _chunks(seeds: list[Seed], workers: int) -> list[list[Seed]]:
    """Consecutive shares, each a fixed part of what is left (guided scheduling).

    With equal shares, the last one a worker takes could run seconds after the other worker
    ran out of work; shrinking shares bound that wait to one small share.
    """
    chunks = []
    start = 0
    while start < len(seeds):
        size = max(MIN_CHUNK, (len(seeds) - start) // (workers * CHUNKS_PER_WORKER))
        chunks.append(seeds[start:start + size])
        start += size
    return chunks


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
