"""Swedish date forms, valid and invalid."""

from __future__ import annotations

import pytest

from crawler.parsers.dates import find_swedish_date, parse_swedish_date


@pytest.mark.parametrize(("text", "iso"), [
    ("5 september 2018", "2018-09-05"),
    ("05 september 2018", "2018-09-05"),
    ("5 September 2018", "2018-09-05"),
    ("5 sep. 2018", "2018-09-05"),
    ("5 sep 2018", "2018-09-05"),
    ("5 sept 2018", "2018-09-05"),
    ("5 sept. 2018", "2018-09-05"),
    ("den 5 september 2018", "2018-09-05"),
    ("Publicerad 5 september 2018 kl. 10:15", "2018-09-05"),
    ("onsdag 5 september 2018", "2018-09-05"),
    ("1 jan. 2020", "2020-01-01"), ("12 feb 2020", "2020-02-12"), ("3 mars 2020", "2020-03-03"),
    ("3 mar. 2020", "2020-03-03"), ("9 apr 2021", "2021-04-09"), ("1 maj 2019", "2019-05-01"),
    ("30 jun. 2019", "2019-06-30"), ("4 juli 2019", "2019-07-04"), ("8 aug. 2019", "2019-08-08"),
    ("14 okt 2019", "2019-10-14"), ("14 nov. 2019", "2019-11-14"), ("24 dec 2019", "2019-12-24"),
    ("5/9 2018", "2018-09-05"),
    ("5/9/2018", "2018-09-05"),
    ("2018-09-05", "2018-09-05"),
    ("2018-09-05T08:00:00+02:00", "2018-09-05"),
    ("2018-09-05T06:00:00+00:00", "2018-09-05"),
    ("2018-09-05T22:30:00Z", "2018-09-06"),
    ("2018-12-31T23:30:00+00:00", "2019-01-01"),
    ("2018-09-05T08:00:00", "2018-09-05"),
    ("29 februari 2020", "2020-02-29"),
])
def test_valid(text: str, iso: str) -> None:
    assert parse_swedish_date(text) == iso


@pytest.mark.parametrize("text", [
    "31 februari 2019", "29 februari 2019", "32 januari 2020", "0 maj 2020", "31/4 2019", "2019-13-01",
    "2019-02-30", "", "ingen datering", "2019", "september 2018", "Box 474, 101 29 Stockholm",
    "08-406 55 00", "© 2024 Sveriges Allmännytta",
])
def test_invalid(text: str) -> None:
    assert parse_swedish_date(text) is None


def test_raw_text_is_returned() -> None:
    assert find_swedish_date("Publicerad den 5 sep. 2018 kl. 10:15") == ("2018-09-05", "den 5 sep. 2018")
    assert find_swedish_date("31 februari 2019") == (None, "31 februari 2019")
    assert find_swedish_date("Inget datum här") is None


def test_fallback_handles_forms_outside_the_regex() -> None:
    assert parse_swedish_date("5 september, kl 10, 2018") in (None, "2018-09-05")
