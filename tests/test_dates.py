"""Swedish date forms, valid and invalid."""

from __future__ import annotations

import pytest

from crawler.parsers.dates import date_in_url, find_swedish_date, parse_structured_date, parse_swedish_date
from crawler.parsers.profile import load_profile
from crawler.parsers.shape import date_line


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


@pytest.mark.parametrize(("text", "iso"), [
    ("2018-09-05T23:30:00-04:00", "2018-09-05"),  # its own calendar date, not Stockholm's 6th
    ("2018-09-05T00:30:00+09:00", "2018-09-05"),
    ("2018-09-05T22:30:00+00:00", "2018-09-06"),  # a UTC instant: Stockholm's calendar
])
def test_a_time_with_its_own_offset_keeps_its_own_date(text: str, iso: str) -> None:
    assert parse_swedish_date(text) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Thu, 28 Jun 2018 10:00:00 +0200", "2018-06-28"),  # RFC 2822 (RSS, some SEO plugins)
    ("Mon, 31 Dec 2018 23:30:00 +0000", "2019-01-01"),
    ("Mon, 31 Dec 2018 23:30:00 GMT", "2019-01-01"),
    ("June 28, 2018", "2018-06-28"),
    ("28.06.2018", "2018-06-28"),
    ("2018-06-28T10:00:00+02:00", "2018-06-28"),
    ("igår", None), ("", None), (None, None),
])
def test_structured_dates_in_other_forms(text, iso) -> None:
    assert parse_structured_date(text) == iso


def test_dates_in_url_paths() -> None:
    assert date_in_url("https://x.se/2018/06/28/stambyte/") == "2018-06-28"
    assert date_in_url("https://x.se/2018/02/30/x/") is None
    assert date_in_url("https://x.se/stambyte-2018/") is None
    assert date_in_url(None) is None


@pytest.mark.parametrize("text", ["3 dagar sedan", "för 5 år sedan", "ett år sedan", "2 hours ago"])
def test_a_relative_date_is_a_date_but_never_resolved_against_the_clock(text):
    """"3 dagar sedan" counts back from a clock the page does not show: read today it would
    give one date, re-extracted next year another. It is recognised (not a role, not body
    text) and left without a day."""
    assert find_swedish_date(text) == (None, text)
    assert parse_swedish_date(text) is None
    assert parse_structured_date(text) is None


@pytest.mark.parametrize(("text", "iso"), [
    ("Dec. 22, 2016 5:00 a.m. PT", "2016-12-22"),
    ("Posted: Oct 14, 2022 9:27 AM ET", "2022-10-14"),
    ("Published on Monday, December 12, 2016", "2016-12-12"),
    ("22:00, 11 July 2021 BST", "2021-07-11"),
    ("Publicerad den 5 maj 2019 kl. 12.00", "2019-05-05"),
])
def test_a_date_line_may_carry_its_time_weekday_and_zone_in_english(text, iso) -> None:
    found = date_line(text, load_profile())
    assert found is not None and found[0] == iso


@pytest.mark.parametrize("text", ["Anna Ek 5 maj 2019", "Updated: Dec 9, 2016, 4:13 AM",
                                  "The city voted on Dec 9, 2016 at noon"])
def test_a_line_with_other_words_beside_its_date_is_no_date_line(text) -> None:
    assert date_line(text, load_profile()) is None


@pytest.mark.parametrize(("text", "month_day"), [("30 apr", (4, 30)), ("11 / maj", (5, 11)), ("mar 5", (3, 5)),
                                                 ("5 mar.", (3, 5)), ("29 feb", (2, 29)), ("31 feb", None),
                                                 ("30 april 2020", None), ("Maj", None), ("12", None)])
def test_a_day_and_month_printed_without_the_year(text, month_day) -> None:
    from crawler.parsers.dates import day_and_month, with_year

    assert day_and_month(text) == month_day
    assert with_year((2, 29), 2023) is None and with_year((2, 29), 2024) == "2024-02-29"


@pytest.mark.parametrize(("text", "iso"), [
    ("11/28/2016 11:00 AM PT", "2016-11-28"),  # month first, the only way it reads
    ("5/9/2018", "2018-09-05"),  # ambiguous: day first, as in Sweden
    ("2019年4月3日 10時00分", "2019-04-03"),
])
def test_us_and_east_asian_numeric_dates(text, iso) -> None:
    assert find_swedish_date(text)[0] == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Publié le 13 mars 2017", "2017-03-13"),
    ("Veröffentlicht am 19.07.2022 um 10:15 Uhr", "2022-07-19"),
    ("公開日：2019年4月3日", "2019-04-03"),
    ("Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago", "2022-10-14"),
])
def test_date_lines_in_other_languages_and_long_meta_lines(text, iso) -> None:
    found = date_line(text, load_profile())
    assert found is not None and found[0] == iso


def test_a_japanese_date_line_and_its_updated_form() -> None:
    assert date_line("» 2019年02月22日 14時30分 公開", load_profile())[0] == "2019-02-22"
    assert date_line("2022年08月11日 更新", load_profile()) is None  # 更新: the modified date


@pytest.mark.parametrize(("text", "iso"), [("2019年2月27日 読了時間 3 分", "2019-02-27"),
                                         ("5 maj 2019 3 min läsning", "2019-05-05"),
                                         ("Mar 5, 2019 5 min read", "2019-03-05")])
def test_a_date_line_may_carry_the_reading_time(text, iso) -> None:
    assert date_line(text, load_profile())[0] == iso


@pytest.mark.parametrize("month", range(1, 13))
def test_every_english_and_swedish_month_name_reads_in_full(month):
    """Concrete's Atomik prints "August 20, 2024" on a Swedish site; "August" was once missing."""
    english = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"][month - 1]
    swedish = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december"][month - 1]
    iso = f"2024-{month:02d}-20"
    assert find_swedish_date(f"{english} 20, 2024") == (iso, f"{english} 20, 2024")
    assert find_swedish_date(f"20 {english} 2024")[0] == iso
    assert find_swedish_date(f"20 {swedish} 2024")[0] == iso


def test_a_two_digit_year_first_is_the_swedish_short_form():
    """"25-06-17" is 17 June 2025 (ÅÅ-MM-DD, Länstrafiken Kronoberg's lists), also inside a line; four-digit years
    and day-first dates with a full year keep their readings."""
    from crawler.parsers.dates import find_swedish_date
    assert find_swedish_date("Publicerad den 25-06-17") == ("2025-06-17", "25-06-17")
    assert find_swedish_date("18-03-2014")[0] == "2014-03-18"
    assert find_swedish_date("2024-10-08")[0] == "2024-10-08"
