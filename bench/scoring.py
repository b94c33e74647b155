"""Scoring helpers of the benchmarks (and the tests that hold their figures): normalisation and shingle F1."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter


def normalise(text: str | None) -> str:
    """NFC, whitespace collapsed, stripped; None -> ''."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def shingles(text: str | None, size: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams (the whole text when shorter than n)."""
    words = normalise(text).casefold().split()
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i: i + size]) for i in range(len(words) - size + 1))


def shingle_f1(predicted: str | None, expected: str | None, size: int = 4) -> float:
    """F1 of shared 4-word shingles; 1.0 when both are empty."""
    got, want = shingles(predicted, size), shingles(expected, size)
    if not got and not want:
        return 1.0
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
