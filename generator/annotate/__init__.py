"""Pure text to fields: date, venue, country, participants, meetings, with evidence.

`annotate(doc, registry)` is the only entry point the pipeline calls. It does no I/O and keeps
no state between calls, so it can run in worker processes.
"""

from __future__ import annotations

from generator.model import Annotation, SourceDoc
from generator.registry import Registry

ANNOTATOR_VERSION = "0.1"
"""Bump when extraction rules change: cached annotations are keyed on it."""


def annotate(doc: SourceDoc, registry: Registry) -> Annotation:
    """Read one article; return its headline meeting's fields plus every meeting it reports."""
    return Annotation(title=doc.title, date=None, venue=None, country=None, participants=[],
                      kind=None)
