"""The parsers against the project's sample site and its ground truth."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from crawler.parsers import classify_page, decode_html, parse_article, parse_listing
from bench.scoring import normalise, shingle_f1

SAMPLE = Path(__file__).parent.parent / "crawler" / "sample_site"
SITE = SAMPLE / "site"
ORIGIN = "http://127.0.0.1:8000"
TRUTH_FILE = SAMPLE / "ground_truth.json"
SCHEMAS = Path(__file__).parent.parent / "schemas"

TRUTH = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
EXACT = ("title", "published", "published_raw", "author_name", "author_role", "photo_credit",
         "image_caption")


def page(path: str) -> str:
    """The page at a site path, decoded as a crawler would, origin filled in."""
    routes = json.loads((SITE / "_routes.json").read_text(encoding="utf-8"))
    content_type = routes.get("content_types", {}).get(path, "text/html; charset=utf-8")
    file = SITE / path.strip("/") / "index.html" if path != "/" else SITE / "index.html"
    html = decode_html(file.read_bytes(), content_type)
    return html.replace("{{origin}}", ORIGIN)


def absolute(path: str | None) -> str | None:
    return ORIGIN + path if path and path.startswith("/") else path


ARTICLES = sorted(TRUTH.get("articles", {}))
LISTINGS = sorted(TRUTH.get("listings", {}))
OTHERS = sorted(set(TRUTH.get("pages", [])) | set(TRUTH.get("page_titles", {})))


@pytest.mark.parametrize("path", ARTICLES)
def test_article(path: str) -> None:
    want = TRUTH["articles"][path]
    html = page(path)
    assert classify_page(html, ORIGIN + path) == "article"
    got = parse_article(html, ORIGIN + path)
    jsonschema.validate(got, json.loads((SCHEMAS / "article.schema.json").read_text(encoding="utf-8")))
    for field in EXACT:
        assert normalise(got[field]) == normalise(want[field]), field
    assert [(normalise(a["name"]), normalise(a["role"])) for a in got["authors"]] == \
        [(normalise(a["name"]), normalise(a["role"])) for a in want["authors"]]
    assert got["categories"] == want["categories"]
    assert shingle_f1(got["body_text"], want["body_text"]) >= 0.95
    body = normalise(got["body_text"])
    if want["image_caption"]:
        assert normalise(want["image_caption"]) not in body
    related = [t["article_url"] for t in got["related"]]
    assert related == [absolute(p) for p in want.get("related", [])]
    for teaser in got["related"]:
        assert normalise(teaser["title"]) not in body


@pytest.mark.parametrize("path", ARTICLES)
def test_lead_image(path: str) -> None:
    """image_url is the ground truth's "image" (a site path; the origin differs), or None."""
    got = parse_article(page(path), ORIGIN + path)["image_url"]
    assert got is None or got.startswith(ORIGIN + "/")
    assert (urlsplit(got).path if got else None) == TRUTH["articles"][path].get("image")


@pytest.mark.parametrize("path", LISTINGS)
def test_listing(path: str) -> None:
    html = page(path)
    assert classify_page(html, ORIGIN + path) == "listing"
    got = parse_listing(html, ORIGIN + path)
    want = TRUTH["listings"][path]
    assert len(got) == len(want)
    for g, w in zip(got, want):
        for key, value in w.items():
            value = absolute(value) if key == "article_url" else value
            assert normalise(str(g[key])) == normalise(str(value)), (g["position"], key)


@pytest.mark.parametrize("path", OTHERS)
def test_other_pages(path: str) -> None:
    assert classify_page(page(path), ORIGIN + path) == "other"
