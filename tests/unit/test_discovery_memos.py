"""Discovery's memos give what the readings they keep give (output byte for byte the same)."""

from __future__ import annotations

import random

import pytest

from dossier import readings
from dossier.notnames import Text
from dossier.registry import Registry

_WORDS = ["Shares", "of", "Karlsholm", "The", "Brenvik", "Jane", "Roe", "and", "Harbour", "Council", "Said", "North"]


def _spans(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4))) for _ in range(count)]


def test_a_text_reads_a_span_again_as_the_kept_readings_would():
    """Texts with other lowercase words and other spans read the same spans in turn, through one
    registry's cache: each answer is the one a fresh reading of that text gives, whether the text
    asked it before or not (a memo shared across texts, or keyed without the span's position, fails)."""
    rng = random.Random(5)
    registry = Registry()
    spans = _spans(rng, 40)
    texts = []
    for _ in range(12):
        lowercase = {w.lower() for w in _WORDS if rng.random() < 0.4}
        elsewhere = set(rng.sample(spans, 8)) | {w for w in _WORDS if rng.random() < 0.3}
        texts.append(Text("", None, lowercase, elsewhere, registry, registry.readings(), set()))
    for _ in range(3000):
        text, span, at_start = rng.choice(texts), rng.choice(spans), rng.random() < 0.5
        fresh = Text("", None, text.lowercase, text.elsewhere, registry, {}, set())  # no reading kept
        assert readings.read_parts(text, span, at_start) == readings._read_parts(fresh, span, at_start), span


def test_a_text_asking_again_is_answered_from_its_memo(monkeypatch):
    registry = Registry()
    text = Text("", None, {"shares"}, {"Karlsholm"}, registry, registry.readings(), set())
    first = readings.read_parts(text, "Shares of Karlsholm", True)

    def refuse(*args):
        raise AssertionError("read again")

    monkeypatch.setattr(readings, "_read_parts", refuse)
    assert readings.read_parts(text, "Shares of Karlsholm", True) == first
    with pytest.raises(AssertionError):
        readings.read_parts(text, "Shares of Karlsholm", False)  # another position: another question
