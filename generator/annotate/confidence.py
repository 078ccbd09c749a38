"""Confidence as a probability: the annotator's signals per field, weighed by a fitted model.

The rules say which answer to give; how far to trust it is a separate question, answered from
general signals (`signals`: which rule or fallback produced the answer, where its evidence
sits, whether candidates disagree, how a person was found...). A logistic model fitted on a gold set by
`python -m generator train` turns them into the probability that the answer is right. Its
weights ship as `generator/data/confidence.json` and are read here with plain Python, so
annotating needs no scikit-learn, and a rules change needs only a retrain, not new numbers.

A signal the model does not know is ignored, and one the model knows but the annotator did not
give counts as 0: the rules and the model can change apart without anything crashing.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.model import Evidence

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "confidence.json"
MODEL_VERSION = 1
"""Format of the model file; `train` writes it, `load_model` refuses other versions."""
FIELDS = ("date", "venue", "participants", "participant")
"""The modelled answers: three front-matter fields, and each participant on their own."""


@dataclass(frozen=True)
class FieldModel:
    """One field's fitted logistic model: a weight per signal and an intercept."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float

    weights: dict[str, float] = field(init=False, repr=False, compare=False)
    """Weight per signal name, built once: a `cached_property` took a lock on every read, 1 % of
    annotating."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "weights", dict(zip(self.features, self.coef, strict=True)))

    def probability(self, signals: Mapping[str, float]) -> float:
        """sigmoid(intercept + weights . signals); a missing or non-finite signal counts as 0.

        Walks the answer's signals (about 25) rather than the model's weights (about 60): this
        runs for every field and participant of every article. A signal without a weight adds
        0.0 to the sum (so it is skipped before its type is checked): the sum, added in the
        same order, is the same float."""
        weight_of = self.weights.get
        total = 0.0
        for name, value in signals.items():
            weight = weight_of(name)
            if weight is None:
                continue
            if type(value) is float:  # nearly every signal: finite unless x - x is nan
                if value - value == 0.0:
                    total += weight * value
            elif isinstance(value, (int, float)) and math.isfinite(value):
                total += weight * value
        z = self.intercept + total
        z = max(-30.0, min(30.0, z))  # exp() must not overflow on a strange input
        return 1.0 / (1.0 + math.exp(-z))


def parse_model(data: object) -> dict[str, FieldModel]:
    """The field models in a model file's JSON; fields with malformed entries are left out."""
    out: dict[str, FieldModel] = {}
    if not isinstance(data, dict) or data.get("version") != MODEL_VERSION:
        return out
    for name, entry in (data.get("fields") or {}).items():
        try:
            weights = {str(f): float(w) for f, w in entry["weights"].items()}
            out[name] = FieldModel(tuple(weights), tuple(weights.values()), float(entry["intercept"]))
        except (AttributeError, KeyError, TypeError, ValueError):
            log.warning("%s: field %s: malformed model entry (retrain it)", MODEL_FILE.name, name)
    return out


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> dict[str, FieldModel]:
    """The shipped (or given) model file, read once per process; {} if absent or unreadable."""
    try:
        return parse_model(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read the confidence model (%s); rule scores are used", path, exc)
        return {}


def probability(field: str, signals: Mapping[str, float],
                models: Mapping[str, FieldModel] | None = None) -> float:
    """The probability that a field's answer is right; the rule's own score without a model."""
    model = (load_model() if models is None else models).get(field)
    if model is None:
        return min(max(float(signals.get("rule", 0.5)), 0.0), 1.0)
    return model.probability(signals)


def apply(evidence: dict[str, Evidence], people: Mapping[str, Evidence],
          models: Mapping[str, FieldModel] | None = None) -> None:
    """Replace each field's rule score by its probability; the country shares the venue's."""
    for evid in people.values():
        evid.confidence = probability("participant", evid.signals, models)
    for name in ("date", "venue", "participants"):
        if name in evidence:
            evidence[name].confidence = probability(name, evidence[name].signals, models)
    if "country" in evidence and "venue" in evidence:
        evidence["country"].confidence = evidence["venue"].confidence



def queue_all(evidence: dict[str, Evidence], people: Mapping[str, Evidence], top: float) -> None:
    """Hold every field and participant at `top` or below: a last resort's answer (an announced
    meeting, the lead's people) is given, and a reader is asked to check all of it."""
    for ev in [*evidence.values(), *people.values()]:
        ev.confidence = min(ev.confidence, top)


def queue_rule(evidence: dict[str, Evidence], field: str, rule: str, top: float) -> None:
    """Hold a field that `rule` gave at `top` or below, whatever the model says.

    For answers whose doubt the text cannot settle and the gold set is too small to weigh: a
    date read only from when a statement was made ('the ministry said on Saturday') is right
    in both of the 2 development articles that have one, so no weight learns that the call may
    have been days before; a reader is asked to check it."""
    ev = evidence.get(field)
    if ev is not None and ev.rule == rule:
        ev.confidence = min(ev.confidence, top)
