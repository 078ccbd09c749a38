"""Use every core: annotate documents, or run shares of a render, in forked worker processes.

Workers are forked, so they start with the registry (or the catalog) already in memory: nothing
large is pickled on the way in, only each worker's small result on the way out.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from generator.annotate import Annotator
from generator.model import Annotation, SourceDoc

PARALLEL_THRESHOLD = 48
"""Below this many documents, starting processes costs more than it saves."""

T = TypeVar("T")
_worker_annotator: Annotator | None = None
"""Set once in each worker process by `_install`; processes share nothing else."""


def _install(annotator: Annotator) -> None:
    global _worker_annotator
    _worker_annotator = annotator


def _annotate_one(doc: SourceDoc) -> tuple[SourceDoc, Annotation | None, str]:
    assert _worker_annotator is not None
    return _safe(_worker_annotator, doc)


def _safe(annotator: Annotator, doc: SourceDoc) -> tuple[SourceDoc, Annotation | None, str]:
    """A bug in a rule must cost one article, not the build."""
    try:
        return doc, annotator.annotate(doc), ""
    except Exception as exc:  # noqa: BLE001 - reported per file by the caller
        return doc, None, f"annotator failed: {type(exc).__name__}: {exc}"


def annotate_all(docs: list[SourceDoc], annotator: Annotator, workers: int,
                 progress: Callable[[int], None] | None = None
                 ) -> Iterator[tuple[SourceDoc, Annotation | None, str]]:
    """Yield (doc, annotation or None, error) for every document, in input order."""
    results: Iterable[tuple[SourceDoc, Annotation | None, str]]
    if workers <= 1 or len(docs) < PARALLEL_THRESHOLD or not hasattr(os, "fork"):
        results = (_safe(annotator, doc) for doc in docs)
        for item in results:
            if progress:
                progress(1)
            yield item
        return
    context = multiprocessing.get_context("fork")
    chunk = max(8, len(docs) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_install,
                             initargs=(annotator,)) as pool:
        for item in pool.map(_annotate_one, docs, chunksize=chunk):
            if progress:
                progress(1)
            yield item


_worker_task: Callable[[int, int], object] | None = None
"""The share function of `fork_map`, set in each worker by `_install_task`."""


def _install_task(task: Callable[[int, int], object]) -> None:
    global _worker_task
    _worker_task = task


def _run_share(part_and_parts: tuple[int, int]) -> object:
    assert _worker_task is not None
    return _worker_task(*part_and_parts)


def fork_map(task: Callable[[int, int], T], parts: int) -> list[T]:
    """[task(0, parts), ..., task(parts - 1, parts)], each share in its own forked process.

    `task` may be a closure over large data: with fork it is inherited, never pickled. Without
    fork (or with one share) the shares run here, one after another.
    """
    if parts <= 1 or not hasattr(os, "fork"):
        return [task(part, max(parts, 1)) for part in range(max(parts, 1))]
    context = multiprocessing.get_context("fork")
    gc.freeze()  # the collector in a child must not touch (and so copy) every inherited object
    try:
        with ProcessPoolExecutor(max_workers=parts, mp_context=context, initializer=_install_task,
                                 initargs=(task,)) as pool:
            return list(pool.map(_run_share, [(part, parts) for part in range(parts)]))  # type: ignore[arg-type]
    finally:
        gc.unfreeze()
