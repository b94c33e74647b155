"""Text-shape rules on markup the profile knows nothing about."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.profile import load_profile
from crawler.parsers.shape import is_name, split_credit, split_name_role, strip_caption_label

P = load_profile()
PARA = "<p>" + "Hyresgästerna i kvarteret har under året träffats varje månad för att planera gården. " * 3 + "</p>"


def page(*blocks: str) -> str:
    return "<html><body><div class=x>" + "".join(blocks) + "</div></body></html>"


@pytest.mark.parametrize(("text", "credit", "rest"), [
    ("Bilden ovan: Anna Ek på gården. Foto: Lena Exempel", "Foto: Lena Exempel", "Bilden ovan: Anna Ek på gården."),
    ("Anna Ek på gården. Fotograf: Per Påhittad/Bildbyrån", "Fotograf: Per Påhittad/Bildbyrån", "Anna Ek på gården."),
    ("Kartan över labben. Illustration: Sölve Exempel", "Illustration: Sölve Exempel", "Kartan över labben."),
    ("Anna Ek. Foto: Privat", "Foto: Privat", "Anna Ek."),
    ("Fasaden. Bild: Bostadsbolaget", "Bild: Bostadsbolaget", "Fasaden."),
    ("Ingen fotograf här.", None, "Ingen fotograf här."),
])
def test_credit(text: str, credit: str | None, rest: str) -> None:
    assert split_credit(text, P) == (rest, credit)


def test_caption_label() -> None:
    assert strip_caption_label("Bilden ovan: Två grannar.", P) == "Två grannar."


@pytest.mark.parametrize(("text", "expected"), [
    ("Martina Exempel, boendeexpert, Sveriges Allmännytta", ("Martina Exempel", "boendeexpert, Sveriges Allmännytta")),
    ("Anna-Karin von Exempel", ("Anna-Karin von Exempel", None)),
    ("SOCIALA FAKTORER", None),
    ("Det här är en mening, inte ett namn.", None),
])
def test_name_role(text: str, expected: tuple | None) -> None:
    assert split_name_role(text, P) == expected


def test_names() -> None:
    assert is_name("Åke Törnqvist", P) and is_name("Jöns Åkerlund", P)
    assert not is_name("Läs mer", P) and not is_name("Tack", P) and not is_name("Box 474", P)


def test_invalid_printed_date_warns() -> None:
    got = parse_article(page("<h1>Rubrik om gården</h1><p>31 februari 2019</p>", PARA), "https://x.se/a/")
    assert got["published"] is None and got["published_raw"] == "31 februari 2019"
    assert "published: unreadable date '31 februari 2019'" in got["warnings"]


def test_two_authors_and_org_title_role() -> None:
    got = parse_article(page("<h1>Rubrik om gården</h1><p>5 sep. 2018</p>", PARA,
                             "<p>Karin Exempel</p><p>Malmö universitet. Följeforskare till labbet</p>",
                             "<p>Olle Påhittad</p><p>vd, Bostadsbolaget</p>"), "https://x.se/a/")
    assert got["authors"] == [{"name": "Karin Exempel", "role": "Malmö universitet. Följeforskare till labbet"},
                              {"name": "Olle Påhittad", "role": "vd, Bostadsbolaget"}]
    assert "Olle" not in got["body_text"]


def test_caption_paragraph_is_not_body() -> None:
    got = parse_article(page("<h1>Rubrik om gården</h1><p>5 sep. 2018</p>", PARA,
                             "<p>Bilden ovan: Grannar på gården. Foto: Lena Exempel/Byrån</p>"), "https://x.se/a/")
    assert got["photo_credit"] == "Foto: Lena Exempel/Byrån"
    assert got["image_caption"] == "Grannar på gården."
    assert "Bilden" not in got["body_text"]


def test_body_html_is_sanitised() -> None:
    evil = '<p onclick="x()">Text <a href="javascript:alert(1)">länk</a><script>alert(1)</script> här är mer text.</p>'
    got = parse_article(page("<h1>Rubrik om gården</h1><p>5 sep. 2018</p>", PARA, evil), "https://x.se/a/")
    html = got["body_html"]
    assert "onclick" not in html and "javascript" not in html and "<script" not in html
    assert "Text" in html
