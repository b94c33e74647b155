"""Validation of parsed records against the JSON Schemas in ``schemas/``.

Every record is checked before it is stored. fastjsonschema compiles each
schema to Python once, so the check of a valid record costs microseconds; only
a record that fails is walked again by jsonschema, to name every fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema ``schemas/<name>.schema.json``."""
    return json.loads(resources.files("schemas").joinpath(f"{name}.schema.json").read_text("utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    """jsonschema's validator: slow, but lists every fault."""
    return Draft202012Validator(schema(name))


@cache
def fast_check(name: str) -> Callable[[Any], Any]:
    """The schema compiled by fastjsonschema: raises on the first fault."""
    return fastjsonschema.compile(schema(name))


def problems(name: str, record: dict[str, Any]) -> list[tuple[str | None, str]]:
    """(field, reason) for every way the record breaks its schema; empty when valid."""
    try:
        fast_check(name)(record)
        return []
    except fastjsonschema.JsonSchemaValueException as first:
        found = []
        for error in validator(name).iter_errors(record):
            field = ".".join(str(p) for p in error.absolute_path) or None
            found.append((field, error.message[:300]))
        # The two libraries agree on this project's schemas; if they ever do
        # not, the record is still set aside, with the compiled check's reason.
        return found or [(first.name.removeprefix("data.") or None, first.message[:300])]
