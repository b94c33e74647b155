"""Records are checked against the JSON Schemas; faults are named, not just counted."""

from archive.ingest import problems


def article(**changes):
    record = {"url": "http://s.se/a/", "canonical_url": None, "title": "Rubrik", "published": "2020-01-05",
              "published_raw": "5 januari 2020", "author_name": None, "author_role": None, "authors": [],
              "photo_credit": None, "image_caption": None, "image_url": None, "body_text": "Text.",
              "body_html": "<p>Text.</p>", "lead": None, "categories": [], "tags": [], "related": [], "warnings": []}
    record.update(changes)
    return record


def test_a_valid_article_has_no_problems():
    assert problems("article", article()) == []


def test_every_fault_is_named():
    found = problems("article", article(published="5/1 2020", authors="Anna", title=3))
    fields = {field for field, _ in found}
    assert {"published", "authors", "title"} <= fields
    assert all(reason for _, reason in found)


def test_image_url_is_absolute_or_null():
    assert problems("article", article(image_url="https://s.se/bild.jpg")) == []
    assert [field for field, _ in problems("article", article(image_url="/bild.jpg"))] == ["image_url"]


def test_listing_entry_position_must_be_positive():
    entry = {"position": 0, "article_url": "http://s.se/a/", "title": "T", "published": None,
             "published_raw": None, "excerpt": None, "author_name": None, "author_role": None}
    assert [field for field, _ in problems("listing_entry", entry)] == ["position"]
    assert problems("listing_entry", dict(entry, position=1)) == []
