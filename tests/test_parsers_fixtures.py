"""Golden-page tests: every fixture page, every field."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from crawler.parsers import classify_page, decode_html, parse_article, parse_listing
from bench.scoring import normalise, shingle_f1

PAGES = Path(__file__).parent / "fixtures" / "pages"
SCHEMAS = Path(__file__).parent.parent / "schemas"
EXACT = ("title", "published", "published_raw", "author_name", "author_role", "photo_credit",
         "image_caption", "canonical_url")
GOLDEN = sorted(PAGES.glob("*.expected.json"))


def load(path: Path) -> tuple[dict, str]:
    golden = json.loads(path.read_text(encoding="utf-8"))
    html = decode_html(path.with_name(path.name.replace(".expected.json", ".html")).read_bytes(), None)
    return golden, html


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def norm_authors(authors: list[dict]) -> list[tuple[str, str]]:
    return [(normalise(a["name"]), normalise(a["role"])) for a in authors]


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name.split(".")[0])
def test_classify(path: Path) -> None:
    golden, html = load(path)
    assert classify_page(html, golden["url"]) == golden["kind"]


@pytest.mark.parametrize("path", [p for p in GOLDEN if "listing" not in json.loads(p.read_text())["kind"]],
                         ids=lambda p: p.name.split(".")[0])
def test_article(path: Path) -> None:
    golden, html = load(path)
    want = golden["expected"]
    got = parse_article(html, golden["url"])
    jsonschema.validate(got, schema("article.schema.json"))
    for field in EXACT:
        assert normalise(got[field]) == normalise(want[field]), field
    assert norm_authors(got["authors"]) == norm_authors(want["authors"])
    assert got["categories"] == want["categories"] and got["tags"] == want["tags"]
    assert shingle_f1(got["body_text"], want["body_text"]) >= 0.95
    body = normalise(got["body_text"])
    if want["image_caption"]:
        assert normalise(want["image_caption"]) not in body
    for teaser in want["related"]:
        assert normalise(teaser["title"]) not in body
        assert normalise(teaser["excerpt"])[:60] not in body
    got_related = [(t["article_url"], t["title"], t["published"]) for t in got["related"]]
    assert got_related == [(t["article_url"], t["title"], t["published"]) for t in want["related"]]
    for key in ("<script", "onclick", "javascript:", "<iframe", "<img"):
        assert key not in (got["body_html"] or "")


@pytest.mark.parametrize("path", [p for p in GOLDEN if json.loads(p.read_text())["kind"] == "listing"],
                         ids=lambda p: p.name.split(".")[0])
def test_listing(path: Path) -> None:
    golden, html = load(path)
    got = parse_listing(html, golden["url"])
    entry_schema = schema("listing_entry.schema.json")
    for entry in got:
        jsonschema.validate(entry, entry_schema)
    assert [{k: normalise(v) if isinstance(v, str) else v for k, v in e.items()} for e in got] == \
        [{k: normalise(v) if isinstance(v, str) else v for k, v in e.items()} for e in golden["expected"]]


def test_decode_cp1252_labelled_latin1() -> None:
    body = '<meta charset="iso-8859-1"><p>”Allmännyttan” – 5 sep.</p>'.encode("cp1252")
    assert "”Allmännyttan” – 5 sep." in decode_html(body, None)


def test_decode_header_beats_meta() -> None:
    body = '<meta charset="iso-8859-1"><p>Gårdsfest</p>'.encode("utf-8")
    assert "Gårdsfest" in decode_html(body, "text/html; charset=utf-8")


def test_decode_undeclared_cp1252_is_detected() -> None:
    body = "<p>Hyresgästföreningen i Västerås träffades på gården för att prata om ”trygghet”.</p>".encode("cp1252")
    assert "Hyresgästföreningen i Västerås" in decode_html(body, None)


def test_clean_text() -> None:
    from crawler.parsers.text import clean_text

    assert clean_text("A&nbsp;b\u00a0c\u200bd\u00ade  \n f") == "A b cde f"
    assert clean_text("Ga\u030ard") == "Gård"
