"""What the tests of invented forms share: the annotator over the project's registry."""

from __future__ import annotations

import pytest

from generator.annotate import Annotator
from generator.corpus.registry import Registry


@pytest.fixture(scope="module")
def annotator(registry: Registry) -> Annotator:
    # the project's registry: real office-holders and the gazetteer's cities
    return Annotator(registry)
