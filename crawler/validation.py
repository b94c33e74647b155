"""Validation of parsed records against the JSON Schemas in ``schemas/``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator


@cache
def validator(name: str) -> Draft202012Validator:
    """The validator for ``schemas/<name>.schema.json``."""
    text = resources.files("schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text))


def problems(name: str, record: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, reason) for every way the record breaks its schema; empty when valid."""
    found = []
    for error in validator(name).iter_errors(record):
        field = ".".join(str(p) for p in error.absolute_path) or None
        found.append((field, error.message[:300]))
    return found
