"""Swedish publication dates: a strict regex first, dateparser as a fallback."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# dateparser's parsers for dates that say which day they are: never "3 dagar sedan", which it would
# count back from the clock of whoever parses (a re-extraction next year would move the date)
ABSOLUTE = ["timestamp", "custom-formats", "absolute-time"]
UTC_OFFSETS = {"+00:00", "-00:00"}

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # English, as themes print untranslated dates: "March 25, 2015", "5 October 2018"
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "oct": 10,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "5 september 2018", "5 sep. 2018", "5:e sept 2018", "5 september, 2018"
_WRITTEN = re.compile(
    rf"(?<![\w/.-])(?:den\s+)?(\d{{1,2}})(?::[ae]|\.|st|nd|rd|th)?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})(?![\d-])", re.I
)
# 2018-09-05, 2018-09-05T08:00:00+02:00, 2018-09-05 08:00, ...Z
_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
# Month first, as themes print PHP's "M j, Y": "mar 14, 2017", "March 25, 2015"
_MONTH_FIRST = re.compile(rf"(?<![\w-])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th|:[ae])?[,.]?\s+(\d{{4}})(?![\d-])", re.I)
# ("Mar 28. 2023": brunch's date, a dot after the day)
# Year, month and day as Chinese and Japanese pages print them: "2019年4月3日"
_CJK = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DIGIT = re.compile(r"\d")
# "3 dagar sedan", "för 5 år sedan", "2 hours ago": relative to a clock the page does not show
_RELATIVE = re.compile(r"(?i)\b(?:för\s+)?(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|an?)\s+"
                       r"(?:sekund|minut|timm|dag|dygn|veck|månad|år|second|minute|hour|day|week|month|year)\w*"
                       r"\s+(?:sedan|sen|ago)\b")  # "6 dagar sen": Silverstripe's Swedish
# Day first: "5/9 2018", "5/9/2018", "5.9.2018"
_YEAR_FIRST = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])")
# ("2024/04/16", DokuWiki; "2021-11-2 9:05 Tuesday", emlog's date without leading zeros)
_YEAR_FIRST_DOTTED = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(\.)\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)")
# ("2023. 4. 18. 9:05": Korean order, each part closed by a dot, Naver's)
# The Swedish short form, two-digit year first ("25-06-17": 17 June 2025, ÅÅ-MM-DD; Länstrafiken Kronoberg's lists)
_SHORT_ISO = re.compile(r"(?<![\d/.:-])(\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d/.:-])")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})(?:[/.](\d{1,2})(?:[/.]|\s+-\s+|\s+)|-(\d{1,2})-)(\d{4})(?![\d/.-])")
# ("15.2.2018", "5/9 2018", "18-03-2014": DataLife Engine's d-m-Y, day first as Swedish prints it; "tis 14/1 - 2025",
# Sverigedemokraterna's)


def _iso(y: int, m: int, d: int) -> str | None:
    """ISO date, or None when the calendar has no such day, or no web page's ("1.1 2266": counters)."""
    if not 1900 <= y <= 2099:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _iso_from_match(m: re.Match[str]) -> str | None:
    """ISO date for an _ISO match.

    A time with an offset of its own keeps its own calendar date (the site
    wrote it in its zone); only a UTC instant (``Z``, ``+00:00``) is moved to
    Stockholm's calendar, the site's own.
    """
    y, mo, d, hh, mi, ss, tz = m.groups()
    day = _iso(int(y), int(mo), int(d))
    if day is None or tz is None or hh is None:
        return day
    tz = "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    if tz not in UTC_OFFSETS:
        return day
    try:
        stamp = datetime.fromisoformat(f"{day}T{hh}:{mi}:{ss or '00'}{tz}")
    except ValueError:
        return None
    return stamp.astimezone(STOCKHOLM).date().isoformat()


_EPOCH = re.compile(r"\d{9,10}")


def epoch_date(value: str | None) -> str | None:
    """ISO date, on Stockholm's calendar, of a Unix time in seconds ("1714511700"): what a
    relative date ("8 months ago") is computed from in the browser (Posthaven's ``data-unix-time``)."""
    if not value or not _EPOCH.fullmatch(value.strip()):
        return None
    return datetime.fromtimestamp(int(value), tz=STOCKHOLM).date().isoformat()


def parse_structured_date(text: str | None) -> str | None:
    """ISO date of a machine-written date: ISO 8601, RFC 2822, or what dateparser reads.

    For metadata (JSON-LD, <meta>, <time datetime>), which is not always ISO:
    ``Thu, 28 Jun 2018 10:00:00 +0200``, ``June 28, 2018``, ``28.06.2018``.
    """
    if not text or not _DIGIT.search(text):
        return None
    if _RFC2822_TIME.search(text):
        try:
            stamp = parsedate_to_datetime(text.strip())
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None:
            offset = stamp.utcoffset()
            if offset is not None and offset.total_seconds() == 0:
                stamp = stamp.astimezone(STOCKHOLM)
            return stamp.date().isoformat()
    found = find_swedish_date(text)
    if found and found[0]:
        return found[0]
    if m := _BASIC_STAMP.fullmatch(text.strip()):  # "20240311093000": ISO 8601's basic form (Kakao's og:regDate)
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    return _dateparser_any(text.strip()[:80])


_BASIC_STAMP = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)(?:T?\d{4}(?:\d\d)?)?")


# "... 2018 10:00:00 +0200" / "... GMT": the time and zone of an RFC 2822 date.
_RFC2822_TIME = re.compile(r"\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|GMT|UTC|UT|Z)\b")


# A date in the URL path: /2018/06/28/slug/ (WordPress's day-and-name permalinks).
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
_FILE_DATE = re.compile(r"/((?:19|20)\d\d)-(\d\d)-(\d\d)-\w[^/]*(?:\.html?|/)?$")


_OPENING_STAMP = re.compile(r"\((?:([A-ZÅÄÖ][a-zåäö]+)\s+)?((\d{4}|\d{2})-(\d{2})-(\d{2}))\.?\)\s*")


def opening_stamp(text: str) -> tuple[str, str, int] | None:
    """(ISO date, the date as printed, where the summary starts) of a dated label in parentheses opening a
    summary: "(Pressmeddelande 24-04-16) Tyresö kommun …" (Tyresö's press list). A two-digit year is this
    century's; it is read only here, where the parentheses and the label say the digits are a date."""
    if not (m := _OPENING_STAMP.match(text)) or len(m[3]) == 2 and not m[1]:
        return None
    year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    return (iso, m[2], m.end()) if (iso := _iso(year, int(m[4]), int(m[5]))) else None


_LEAD_STAMP = re.compile(r"^(\d\d)(\d\d)(\d\d)\s+(?=[A-ZÅÄÖ])")


def lead_stamp(text: str) -> tuple[str, str] | None:
    """(ISO date, the date as printed) of a date typed as six digits opening a news text's first paragraph
    ("181121 Allmännyttan har fått bygglov …": Aleris's old news), year, month and day of this century; read
    only there, at the start of a paragraph long enough to be the text's."""
    if len(text) < 60 or not (m := _LEAD_STAMP.match(text)):
        return None
    return (iso, m[0].strip()) if (iso := _iso(2000 + int(m[1]), int(m[2]), int(m[3]))) else None


def date_in_url(url: str | None) -> str | None:
    """ISO date of a /YYYY/MM/DD/ path, or None."""
    m = _URL_DATE.search(url or "")
    return _iso(int(m[1]), int(m[2]), int(m[3])) if m else None


def date_in_file_name(url: str | None) -> str | None:
    """ISO date of a page whose file name or last folder opens with its date (Jekyll's post file kept as
    the address, ``/energi/2023-11-07-solceller.html``: jekyll-gitbook; Astro's ``/posts/2023-11-14-slug/``)."""
    m = _FILE_DATE.search(re.split(r"[?#]", url or "", maxsplit=1)[0])  # (the path, without urlsplit's checks)
    return _iso(int(m[1]), int(m[2]), int(m[3])) if m else None


_DAY_ARCHIVE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/?$")


def date_of_day_archive(url: str | None) -> str | None:
    """ISO date of a link to one day's archive (Silverstripe's ``/archive/2025/3/06/``), or None."""
    m = _DAY_ARCHIVE.search(urlsplit(url or "").path or "")
    return _iso(int(m[1]), int(m[2]), int(m[3])) if m else None


_DAY_MONTH = re.compile(rf"^(?:(\d{{1,2}})\.?\s*(?:/\s*)?({_MONTH_ALT})|({_MONTH_ALT})\.?\s+(\d{{1,2}}))\.?$", re.I)


@lru_cache(maxsize=1024)
def day_and_month(text: str) -> tuple[int, int] | None:
    """(month, day) of a date printed without its year: a list's date badge ("30 apr",
    "11 / maj") or an archive grouped under its year ("mar 5")."""
    found = _DAY_MONTH.match(" ".join(text.split())) if len(text) <= 16 else None
    if not found:
        return None
    day = int(found.group(1) or found.group(4))
    month = _MONTHS[(found.group(2) or found.group(3)).lower()]
    return (month, day) if _iso(2000, month, day) else None  # 2000: a leap year, 29 feb is a day


_ISO_MONTH_DAY = re.compile(r"^(\d\d)-(\d\d)$")
_DAY_SLASH_MONTH = re.compile(r"^\s*(\d{1,2})/(\d{1,2})\s*:?\s*$")


def day_slash_month(text: str) -> tuple[int, int] | None:
    """(month, day) of a numeric day and month without a year, day first as Swedish prints it
    ("29/05:" before a title, Nucleus CMS), or None."""
    m = _DAY_SLASH_MONTH.match(text)
    return (int(m[2]), int(m[1])) if m and _iso(2000, int(m[2]), int(m[1])) else None


_MONTH_AND_YEAR = re.compile(rf"(?i)(?:{_MONTH_ALT})\.?,?\s+(?:19|20)\d\d")


def is_month_and_year(text: str) -> bool:
    """A month and a year alone ("december 2016", "Mar 2024"): a month's archive, no day."""
    return _MONTH_AND_YEAR.fullmatch(text.strip()) is not None


_ARCHIVE_MONTH_LINK = re.compile(rf"(?i)^(?:\d+\s+)?({_MONTH_ALT})\.?,?\s+((?:19|20)\d\d)(?:\s*\(\d+\))?$")


def archive_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a month archive's link text, its post count before or after it ("December 2018",
    "2 Oktober 2018", "Maj 2018 (3)"), or None."""
    m = _ARCHIVE_MONTH_LINK.match(text.strip())
    return (int(m[2]), _MONTHS[m[1].lower()]) if m else None


def iso_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of an ISO date printed without its year ("06-10": Hugo LoveIt's archive), or None."""
    m = _ISO_MONTH_DAY.match(text)
    return (int(m[1]), int(m[2])) if m and _iso(2000, int(m[1]), int(m[2])) else None


_SHORT_DAY = re.compile(rf"(?<![\w-])(?:({_MONTH_ALT})\.?\s+(\d{{1,2}})|(\d{{1,2}})\.?\s+({_MONTH_ALT})\.?)"
                        r"(?:,?\s+(\d{4})|\s+[’']\d\d)?(?![\w-])", re.I)


def printed_day(text: str, iso: str) -> str | None:
    """The text that prints the day ``iso`` names without its year, or with a short one ("Mar 5",
    "Oct 14 '24", Forem's headers): the reader's form of a date known from the metadata."""
    year, month, day = (int(part) for part in iso.split("-"))
    for m in _SHORT_DAY.finditer(text):
        name, number = (m[1], m[2]) if m[1] else (m[4], m[3])
        if _MONTHS.get(name.lower()) == month and int(number) == day and (not m[5] or int(m[5]) == year):
            return m[0]
    return None


def with_year(month_day: tuple[int, int], year: int) -> str | None:
    """The ISO date of a day and month in a year (None for 29 feb of a common year)."""
    return _iso(year, *month_day)


@lru_cache(maxsize=4096)  # pure, and the same lines recur on every page of a site
def find_swedish_date(text: str | None) -> tuple[str | None, str] | None:
    """First date-like text as (ISO date or None if invalid, the matched text).

    None when nothing in the text looks like a date at all.
    """
    if not text:
        return None
    hits: list[tuple[int, str | None, str]] = []
    if _DIGIT.search(text):  # each pattern needs one; most lines have none
        if m := _WRITTEN.search(text):
            day, month, year = int(m[1]), _MONTHS[m[2].lower()], int(m[3])
            hits.append((m.start(), _iso(year, month, day), m[0]))
        if m := _MONTH_FIRST.search(text):
            hits.append((m.start(), _iso(int(m[3]), _MONTHS[m[1].lower()], int(m[2])), m[0]))
        if m := _ISO.search(text):
            hits.append((m.start(), _iso_from_match(m), m[0]))
        if m := _CJK.search(text):
            hits.append((m.start(), _iso(int(m[1]), int(m[2]), int(m[3])), m[0]))
        if m := _YEAR_FIRST.search(text) or _YEAR_FIRST_DOTTED.search(text):
            hits.append((m.start(), _iso(int(m[1]), int(m[3]), int(m[4])), m[0]))
        if m := _SHORT_ISO.search(text):
            hits.append((m.start(), _iso(2000 + int(m[1]), int(m[2]), int(m[3])), m[0]))
        if m := _NUMERIC.search(text):
            first, second = int(m[1]), int(m[2] or m[3])
            if m[0][len(m[1])] == "/" and second > 12 >= first:  # "11/28/2016": only month first reads
                first, second = second, first
            hits.append((m.start(), _iso(int(m[4]), second, first), m[0]))
    if hits:
        _, iso, raw = min(hits, key=lambda h: h[0])
        return iso, raw.strip()
    if m := _RELATIVE.search(text):  # "5 år sedan": a date, but not one the page pins down
        return None, m[0]
    if len(text) <= 60 and _may_hold_full_date(text):
        iso = _dateparser_fallback(text)
        if iso:
            return iso, text.strip()
    return None


def parse_swedish_date(text: str | None) -> str | None:
    """ISO YYYY-MM-DD for a Swedish date text, or None."""
    found = find_swedish_date(text)
    return found[0] if found else None


# dateparser's Swedish month words (its "sv" locale), unanchored: "12maj2024" holds one too.
_MONTH_STEM = re.compile(r"jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec", re.I)
_DIGIT_RUN = re.compile(r"\d+")


def _may_hold_full_date(text: str) -> bool:
    """Whether a text's numbers and words could give day, month and year at all.

    dateparser is slow, and most short lines with a digit ("3 kommentarer", "17:00")
    cannot hold a full date: that needs three numbers, two and a month word, or one
    long run (a compact date, a timestamp).
    """
    runs = _DIGIT_RUN.findall(text)
    if len(runs) >= 3 or any(len(run) >= 5 for run in runs):
        return True
    return len(runs) == 2 and _MONTH_STEM.search(text) is not None


@lru_cache(maxsize=1024)
def _dateparser_fallback(text: str) -> str | None:
    """dateparser, Swedish, day first, demanding day, month and year."""
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["sv"],
            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ABSOLUTE},
        )
    except Exception:
        return None
    if parsed is None:
        return None
    return _own_calendar_date(parsed)


def _own_calendar_date(parsed: datetime) -> str:
    """The date a time prints in its own zone ("11/18/19 11:04 PM EST" is the 18th); a UTC instant's in Stockholm."""
    offset = parsed.utcoffset()
    if offset is not None and offset.total_seconds() == 0:
        parsed = parsed.astimezone(STOCKHOLM)
    return parsed.date().isoformat()


@lru_cache(maxsize=1024)
def _dateparser_any(text: str) -> str | None:
    """dateparser in Swedish or English, for metadata dates in other forms."""
    try:
        import dateparser

        parsed = dateparser.parse(text, languages=["sv", "en"],
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ABSOLUTE})
    except Exception:
        return None
    if parsed is None:
        return None
    return _own_calendar_date(parsed)
