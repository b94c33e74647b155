"""Shortcuts taken for speed answer exactly as the slower code they skip."""

from __future__ import annotations

import re

import pytest

from crawler.parsers import decode_html
from crawler.parsers.article import Page
from crawler.parsers.css import _XML_SPACE, xml_tokens
from crawler.parsers.dom import linearize, parse_html
from crawler.parsers.profile import load_profile
from crawler.parsers.shape import (_credit_re, date_line, has_digit, is_caption, split_credit,
                                   strip_caption_label)

from .test_parsers_css import PAGES, URL

ODD = ["", " ", "a b", " a\tb  c ", "a\fb", "a\vb", "a\xa0b", "a\u2003b", "a\x1cb", "a\u200bb", "a\x85b",
       "5 sep. 2018", "²³", "٣ maj ٢٠١٨", "Foto: Anna Ek", " Bilden ovan: X", "Rubrik ", "x:"]


@pytest.mark.parametrize("value", ODD)
def test_xml_tokens_split_as_xpath(value: str) -> None:
    assert xml_tokens(value) == _XML_SPACE.findall(value)


@pytest.mark.parametrize("text", ODD)
def test_has_digit_is_isdigit(text: str) -> None:
    assert has_digit(text) == any(c.isdigit() for c in text)


@pytest.mark.parametrize("text", ODD)
def test_caption_shortcuts(text: str) -> None:
    profile = load_profile()
    m = _credit_re(profile).search(text)  # what split_credit ran before its colon shortcut
    assert (split_credit(text, profile)[1] is not None) == \
        (m is not None and len(m[2].split()) <= 8 and not re.search(r"[.!?]\s", m[2]))
    assert is_caption(text, profile) == (strip_caption_label(text, profile) != text
                                         or split_credit(text, profile)[1] is not None)
    assert date_line(text, profile) is None or has_digit(text)


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
