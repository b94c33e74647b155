"""Word-level differences between two versions of an article's text.

The output is plain text in ``git diff --word-diff`` notation, so it reads the
same in Datasette, in its JSON and CSV exports and in a terminal::

    Allmännyttan bygger [-300-]{+320+} nya hyresrätter
    …
    {+A paragraph that was added.+}

Unchanged paragraphs collapse to a line holding ``…``.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterator

# Words, runs of white space and single punctuation marks.
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
# The notation, for readers that render it (see plugin.py).
MARKERS = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)
UNCHANGED = "…"


def _deleted(text: str) -> str:
    return f"[-{text}-]" if text else ""


def _inserted(text: str) -> str:
    return f"{{+{text}+}}" if text else ""


def diff_words(old: str, new: str) -> str:
    """One text with deletions as ``[-…-]`` and insertions as ``{+…+}``."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(a[i1:i2]))
        else:
            out.append(_deleted("".join(a[i1:i2])) + _inserted("".join(b[j1:j2])))
    return "".join(out)


def _paragraphs(text: str | None) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]


def _diff_paragraphs(old: list[str], new: list[str]) -> Iterator[str]:
    for op, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            yield UNCHANGED
        elif op == "delete":
            yield from (_deleted(p) for p in old[i1:i2])
        elif op == "insert":
            yield from (_inserted(p) for p in new[j1:j2])
        else:
            yield diff_words("\n".join(old[i1:i2]), "\n".join(new[j1:j2]))


def word_diff(old: str | None, new: str | None) -> str | None:
    """The changes from ``old`` to ``new``, paragraph by paragraph; None when both are missing."""
    if old is None and new is None:
        return None
    if old == new:
        return ""
    return "\n".join(_diff_paragraphs(_paragraphs(old), _paragraphs(new)))
