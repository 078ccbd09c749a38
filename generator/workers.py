"""Annotate many documents on every core, with the registry indexed once, not per article."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from generator.annotate import Annotator
from generator.model import Annotation, SourceDoc

PARALLEL_THRESHOLD = 48
"""Below this many documents, starting processes costs more than it saves."""

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
