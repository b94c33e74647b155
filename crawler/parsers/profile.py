"""The site profile (selectors, URL rules, cue words) loaded from site_profile.toml.

The profile ships as package data (``crawler/site_profile.toml``) and is read
through :mod:`importlib.resources`, so it loads from a zipped egg too (Scrapyd).
``ARCHIVE_SITE_PROFILE`` (environment) names another profile file to read instead.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

PROFILE_ENV = "ARCHIVE_SITE_PROFILE"  # a path to another profile file, read instead of the shipped one
PACKAGE, RESOURCE = "crawler", "site_profile.toml"


@dataclass(frozen=True, eq=False)  # hashed by identity: functions of (text, profile) are memoised
class Profile:
    """Read-only view of the profile with compiled regular expressions."""

    data: dict[str, Any]
    _regex: dict[str, list[re.Pattern[str]]] = field(default_factory=dict, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, compare=False)
    _any: dict[tuple[str, str], re.Pattern[str] | None] = field(default_factory=dict, compare=False)
    _answers: dict[tuple[str, str], dict[str, bool]] = field(default_factory=dict, compare=False)

    def get(self, section: str, key: str) -> list[str]:
        """A list setting, empty when absent."""
        value = self.data.get(section, {}).get(key, [])
        return list(value) if isinstance(value, list) else [value]

    def patterns(self, section: str, key: str) -> list[re.Pattern[str]]:
        """A list of regular expressions, compiled once, case-insensitive."""
        name = f"{section}.{key}"
        if name not in self._regex:
            self._regex[name] = [re.compile(p, re.I) for p in self.get(section, key)]
        return self._regex[name]

    def matches(self, section: str, key: str, text: str) -> bool:
        """True when any of the listed expressions matches the text (one search when they combine).

        Answers are remembered: the rules ask the same lists about the same lines
        again and again, and a site's chrome repeats on every page.
        """
        name = (section, key)
        answers = self._answers.get(name)
        if answers is None:
            answers = self._answers[name] = {}
            self._any[name] = _one_pattern(self.patterns(section, key))
        elif (known := answers.get(text)) is not None:
            return known
        combined = self._any[name]
        if combined is not None:
            found = combined.search(text) is not None
        else:
            found = any(pattern.search(text) for pattern in self.patterns(section, key))
        if len(answers) >= _MAX_ANSWERS:
            answers.clear()
        answers[text] = found
        return found

    def alternation(self, section: str, key: str, longest_first: bool = False) -> str:
        """A list of literal words as a regular-expression alternation ("Av|Text|...")."""
        words = self.get(section, key)
        if longest_first:
            words = sorted(words, key=len, reverse=True)
        return "|".join(map(re.escape, words))

    def derived(self, name: str, build: Callable[[], T]) -> T:
        """A value built from the profile (a compiled pattern, a word set), built once."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]


_MAX_ANSWERS = 20_000  # remembered texts per list, forgotten all at once when full

# What an expression may not use to be joined with others: backreferences, conditionals, inline flags.
_NOT_JOINABLE = re.compile(r"\\\d|\(\?P=|\(\?\(|\(\?[aiLmsux-]")


def _one_pattern(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One expression matching where any of the patterns matches, or None when they cannot be joined."""
    if not patterns or any(_NOT_JOINABLE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.I)
    except re.error:
        return None


def load_profile(path: str | Path | None = None) -> Profile:
    """The site profile: PATH, else the file $ARCHIVE_SITE_PROFILE names, else the shipped one (cached)."""
    path = path or os.environ.get(PROFILE_ENV) or None
    return _load(str(path) if path else None)


@lru_cache(maxsize=8)
def _load(path: str | None) -> Profile:
    if path is None:
        text = resources.files(PACKAGE).joinpath(RESOURCE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return Profile(tomllib.loads(text))
