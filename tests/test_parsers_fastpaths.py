"""Shortcuts taken for speed answer exactly as the slower code they skip."""

from __future__ import annotations


import pytest

from crawler.parsers import decode_html
from crawler.parsers.article import Page
from crawler.parsers.css import _XML_SPACE, xml_tokens
from crawler.parsers.dom import linearize, parse_html
from crawler.parsers.profile import load_profile
from crawler.parsers.shape import date_line, has_digit, is_caption, split_credit

from .test_parsers_css import PAGES, URL

ODD = ["", " ", "a b", " a\tb  c ", "a\fb", "a\vb", "a\xa0b", "a\u2003b", "a\x1cb", "a\u200bb", "a\x85b",
       "5 sep. 2018", "²³", "٣ maj ٢٠١٨", "Foto: Anna Ek", " Bilden ovan: X", "Rubrik ", "x:"]


@pytest.mark.parametrize("value", ODD)
def test_xml_tokens_split_as_xpath(value: str) -> None:
    assert xml_tokens(value) == _XML_SPACE.findall(value)


@pytest.mark.parametrize("text", ODD)
def test_has_digit_is_isdigit(text: str) -> None:
    assert has_digit(text) == any(c.isdigit() for c in text)


CAPTIONS = [  # text -> (caption left, credit), is_caption
    ("Foto: Anna Ek", ("", "Foto: Anna Ek"), True),
    ("Fotograf: Per Holm/Bildbyrån Norr", ("", "Fotograf: Per Holm/Bildbyrån Norr"), True),
    ("Hyresgäster på gården. Foto: Privat", ("Hyresgäster på gården.", "Foto: Privat"), True),
    ("Bild: Norrbyhem (arkiv)", ("", "Bild: Norrbyhem (arkiv)"), True),
    ("Bilden ovan: Boende i Kvarnbyn.", ("Bilden ovan: Boende i Kvarnbyn.", None), True),
    ("Foto: en mycket lång rad som inte alls är ett namn på en fotograf här", None, False),
    ("Det sa hon. Foto: Anna Ek. Sedan gick vi hem", None, False),
    ("Rubrik ", None, False),
    ("x:", None, False),
]


@pytest.mark.parametrize(("text", "split", "caption"), CAPTIONS)
def test_captions_and_credits(text: str, split: tuple | None, caption: bool) -> None:
    profile = load_profile()
    assert split_credit(text, profile) == (split or (text, None))
    assert is_caption(text, profile) is caption


@pytest.mark.parametrize("text", ODD)
def test_a_date_line_has_a_digit(text: str) -> None:
    assert date_line(text, load_profile()) is None or has_digit(text)


@pytest.mark.parametrize("key", ["chrome_lines", "related_headings", "more_links"])
def test_joined_patterns_match_as_the_list(key: str) -> None:
    profile = load_profile()
    texts = ["Dela", "Dela på Facebook", "Läs mer", "Relaterat", "Mer att läsa", "mer", "Tillbaka till start",
             "Något annat", "", "LinkedIn", "Du kanske också gillar"]
    for text in texts:
        assert profile.matches("words", key, text) == any(p.search(text) for p in profile.patterns("words", key))


@pytest.mark.parametrize("html", [p.read_bytes() for p in PAGES])
def test_dropped_blocks_leave_the_same_lines(html: bytes) -> None:
    root = parse_html(decode_html(html, None))
    page = Page(root, URL, load_profile())
    everything = [ln for ln in linearize(root, page.marks, page.links) if "boiler" not in ln.flags]
    kept = linearize(root, page.marks, page.links, drop="boiler")
    assert [(ln.text, ln.el, ln.flags, ln.whole, ln.hrefs) for ln in kept] == \
        [(ln.text, ln.el, ln.flags, ln.whole, ln.hrefs) for ln in everything]


# Short texts the date filter keeps from dateparser: dateparser finds no full date in any.
NO_FULL_DATE = ["3 kommentarer", "17:00", "Vecka 12", "2 318 visningar", "maj 2024", "1 maj", "kl. 9",
                "2024", "12/2024", "Sept 2024", "Hyran höjs 1 april", "Oct 14", "5 min read", "Nr 3 2021",
                "Posted on Mar 5", "0 Comments", "2 of 10", "Sida 2"]
# Texts it must still send there: three numbers, two and a month word, a compact run.
FULL_DATE = ["mars 2024 (2)", "25–26 maj", "09.04.19", "2019.02.04. 07:45", "Nov 4 '24", "20190305"]


@pytest.mark.parametrize("text", NO_FULL_DATE + FULL_DATE)
def test_the_date_filter_skips_only_texts_dateparser_reads_as_nothing(text: str) -> None:
    from crawler.parsers.dates import _dateparser_fallback, _may_hold_full_date

    if not _may_hold_full_date(text):
        assert _dateparser_fallback(text) is None
    assert _may_hold_full_date(text) == (text in FULL_DATE)


CSS_SAMPLES = ["a{x} b{display:block}", "@media (min-width:40em){.c, .d{display : flex}} .e{color:red}",
               "/* .f{display:block} */ .g{display:grid}", ".h{display:block", "{display:block}", ".i{display:block{",
               "@import url(x.css);.j{display:list-item}", ".k{display:block;display:flex}", ".l{display:inline}",
               ".m{}\n.n\n{\n  display: block;\n}", "", "}{display:block}"]


@pytest.mark.parametrize("css", CSS_SAMPLES)
def test_block_rules_found_from_their_display_as_by_reading_every_rule(css: str) -> None:
    import re

    from crawler.parsers.dom import _CSS_BLOCK, _selectors_showing_blocks

    every_rule = [sel for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css) if _CSS_BLOCK.search(body)]
    assert sorted(set(_selectors_showing_blocks(css))) == sorted(set(every_rule))
