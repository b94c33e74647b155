"""The site profile (selectors, URL rules, cue words) loaded from site_profile.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "site_profile.toml"


@dataclass(frozen=True)
class Profile:
    """Read-only view of the profile with compiled regular expressions."""

    data: dict[str, Any]
    _regex: dict[str, list[re.Pattern[str]]] = field(default_factory=dict, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, compare=False)
    _any: dict[tuple[str, str], re.Pattern[str] | None] = field(default_factory=dict, compare=False)

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
        """True when any of the listed expressions matches the text (one search when they combine)."""
        name = (section, key)
        if name not in self._any:
            self._any[name] = _one_pattern(self.patterns(section, key))
        combined = self._any[name]
        if combined is not None:
            return combined.search(text) is not None
        return any(pattern.search(text) for pattern in self.patterns(section, key))

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


@lru_cache(maxsize=8)
def load_profile(path: str | Path = DEFAULT_PATH) -> Profile:
    """Load and cache a site profile."""
    with open(path, "rb") as fh:
        return Profile(tomllib.load(fh))
