"""Reading an invented article as the pipeline reads a seed, for the tests of sentence forms."""

from __future__ import annotations

import datetime as dt

from generator.annotate import Annotator
from generator.model import Annotation
from tests.conftest import make_doc as doc


def read(annotator: Annotator, text: str, published: dt.date | None) -> Annotation:
    return annotator.annotate(doc(text, published))
