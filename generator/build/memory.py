"""Garbage-collector policy for the stretches of a build that allocate objects to keep.

CPython's cyclic collector runs each time allocations outnumber deallocations by a threshold,
and its full collections walk every live object. Loading a 10,000-article corpus from the cache,
grouping it and building the catalog allocate hundreds of thousands of objects that all stay
alive, so the collector ran again and again and found nothing: measured at 10,000 articles, 85%
of unpickling the caches and a quarter of a render's CPU. Cycles made while it is paused are
collected once it resumes; objects frozen are simply left out of later collections.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic collection inside the block (for building data that stays alive)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave everything alive now out of collections inside the block (and out of forked
    children's, which then do not touch, and so copy, the parent's pages)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # a long-lived process (mkdocs serve) must free this build's data later


class HeapFreeze:
    """A freeze that spans several calls (a publisher's events), undone once whatever happens.

    After the generator's stage, `mkdocs build` holds about 600,000 objects that live to the end
    (registry, caches, theme); MkDocs then makes tens of thousands of its own (a File and a Page
    per page), and every full collection walked them all again.
    """

    def __init__(self) -> None:
        self.frozen = False

    def freeze(self) -> None:
        if not self.frozen:
            gc.freeze()
            self.frozen = True

    def thaw(self) -> None:
        """Under `mkdocs serve` the next build must be able to free this one's data."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False


@contextmanager
def rare_collections(young: int) -> Iterator[None]:
    """Collect the youngest objects only after `young` allocations (CPython's default is 700),
    and the older generations only as rarely as ever relative to that.

    For work that makes many short-lived objects and keeps few, such as theming pages one after
    another; the thresholds are set back after the block."""
    saved = gc.get_threshold()
    gc.set_threshold(young, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)
