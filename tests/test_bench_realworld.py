"""The real-world benchmark's scoring rules on small hand-written inputs (no corpus, no network)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.realworld import (Page, author_ok, body_scores, date_ok, gold_date, html_text, instant_dates,
                             mercury_gold, mercury_pages, meta_content_restored, normalise, readability_pages,
                             score_page, sentences, summarise, table, title_ok, zyte_pages)


def test_normalise_unifies_case_quotes_dashes_and_space() -> None:
    assert normalise("  It’s  “Big” —\u00a0News\n") == "it's \"big\" - news"
    assert normalise("Cafe\u0301") == normalise("Café")  # NFC
    assert normalise("STRASSE") == normalise("straße")  # casefold, not lower
    assert normalise("soft\u00adhy\u200bphen") == "softhyphen"
    assert normalise(None) == ""


def test_sentences_split_on_punctuation_and_lines_and_drop_short_fragments() -> None:
    text = "One two three four five. Six seven eight nine ten!\nShort line.\nA B C D E F? tail"
    assert sentences(text) == ["one two three four five.", "six seven eight nine ten!", "a b c d e f?"]
    assert sentences("") == []
    assert sentences("Mr. Smith went to the big city today.") == ["smith went to the big city today."]


def test_title_exact_containment_the_80_percent_rule_and_site_name_segments() -> None:
    assert title_ok("United States to Lift Sudan Sanctions", "united states to lift sudan  sanctions")
    assert title_ok("A long headline about nothing", "A long headline about nothing | Site")  # 29 of 36
    assert title_ok("How to Build a Terrarium", "How to Build a Terrarium | eHow")  # a whole segment
    assert title_ok("Samantha and The Great Big Lie", "Samantha and The Great Big Lie - John C. Welch - Medium")
    assert title_ok("Friday Facts #282 - 0.17 in sight", "Friday Facts #282 - 0.17 in sight | Factorio")
    assert not title_ok("How to Build", "How to Build a Terrarium | eHow")  # part of a segment
    assert not title_ok("Monitoring Distributed Systems", "Google - Site Reliability Engineering")
    assert not title_ok("Lorem", "Base URL test")
    assert not title_ok("", "Anything")
    assert not title_ok(None, None)


def test_author_every_name_in_the_byline_and_at_least_one() -> None:
    assert author_ok(["Daniel Kahn Gillmor"], "Daniel Kahn Gillmor")
    assert author_ok(["Stella Kim", "Jennifer Jett"], "Stella Kim, Jennifer Jett")
    assert author_ok(["Scott Cunningham"], "By\n\t\t\tScott  Cunningham")
    assert not author_ok(["By Daniel Kahn Gillmor"], "Daniel Kahn Gillmor")  # the "By" is not in the byline
    assert not author_ok(["Ben Silverman", "Games Editor"], "Ben Silverman")  # one wrong name spoils it
    assert not author_ok([], "Ben Silverman")
    assert not author_ok(["", "  "], "Ben Silverman")


def test_date_is_the_calendar_date_as_written_in_the_gold() -> None:
    assert gold_date("2019-01-03T07:00:02.000Z") == "2019-01-03"
    assert gold_date("2017-11-03 03:01:00.000000") == "2017-11-03"
    assert gold_date("March 3, 2019") is None
    assert date_ok("2024-12-06", "2024-12-06T22:00:40.000Z")
    assert not date_ok("2024-12-07", "2024-12-06T22:00:40.000Z")  # no time-zone conversion
    assert not date_ok(None, "2024-12-06")
    assert not date_ok("2024-12-06", None)


def test_body_scores_wanted_boilerplate_and_empty() -> None:
    gold = "The first sentence has six words. The second sentence also has six words.\nTiny."
    got = "Share this on Facebook and Twitter today.\nThe first sentence has six words."
    scores = body_scores(got, gold)
    assert scores is not None
    assert scores["wanted"] == 0.5
    assert scores["boiler"] == 0.5
    assert scores["empty"] is False
    assert scores["missed"] == ["the second sentence also has six words."]
    assert scores["kept"] == ["share this on facebook and twitter today."]
    perfect = body_scores(gold.replace("\n", " ").upper(), gold)
    assert perfect is not None and perfect["wanted"] == 1.0 and perfect["boiler"] == 0.0
    empty = body_scores("", gold)
    assert empty is not None and empty == {**empty, "wanted": 0.0, "boiler": 0.0, "empty": True}
    assert body_scores("anything at all goes here", "一二三四五六七八九十。") is None  # no 5-word gold sentence


def test_html_text_breaks_lines_at_blocks_and_drops_scripts() -> None:
    text = html_text("<div><h1>Head line</h1><p>One <b>bold</b> word.</p><script>var x = 1;</script>"
                     "<ul><li>first item</li><li>second</li></ul></div>")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == ["Head line", "One bold word.", "first item", "second"]
    assert html_text("   ") == ""


def test_score_page_applies_only_the_rules_the_gold_has() -> None:
    gold = {"title": "A Title Here", "byline": "By Jane Doe", "published": "2020-05-01T10:00:00Z",
            "body": "This gold body sentence has seven words."}
    out = {"title": "A Title Here", "published": "2020-05-01", "authors": ["Jane Doe"],
           "body": "This gold body sentence has seven words.", "kind": "article", "error": None}
    scores = score_page(Page("readability", "x", "http://x/", b"", gold), out)
    assert (scores["title"], scores["author"], scores["date"], scores["classified"]) == (True, True, True, True)
    assert (scores["author_none"], scores["date_none"], scores["wanted"], scores["boiler"]) == (False, False, 1.0, 0.0)
    zyte = score_page(Page("zyte", "y", "http://y/", b"", {"body": gold["body"]}), {**out, "kind": None})
    assert zyte["title"] is None and zyte["author"] is None and zyte["date"] is None and zyte["classified"] is None
    assert zyte["wanted"] == 1.0


def test_summarise_and_table_average_only_where_a_score_applies() -> None:
    def result(corpus: str, ours: dict, theirs: dict) -> dict:
        return {"corpus": corpus, "ours": {"scores": ours, "error": None, "seconds": 0.5},
                "trafilatura": {"scores": theirs, "error": "boom", "seconds": 1.0}}
    keys = ("title", "title_real", "author", "author_none", "date", "date_none", "wanted", "boiler", "empty",
            "classified")
    blank = dict.fromkeys(keys)
    results = [result("readability", {**blank, "title": True}, {**blank, "title": False}),
               result("readability", {**blank, "title": False}, {**blank, "title": False}),
               result("zyte", {**blank, "wanted": 0.5}, {**blank, "wanted": 1.0})]
    summary = summarise(results)
    assert summary["title correct [readability]/ours"] == {"pages": 2, "value": 0.5}
    assert summary["body: wanted sentences present [zyte]/trafilatura"] == {"pages": 1, "value": 1.0}
    assert summary["date correct [readability]/ours"] == {"pages": 0, "value": None}
    assert summary["errors/trafilatura"]["value"] == 3 and summary["errors/ours"]["value"] == 0
    text = table(summary, summary, "first sight, commit abc")
    assert "| title correct | readability | 2 | 0.500 | 0.500 | 0.000 |" in text
    assert text.splitlines()[0] == ("| field | corpus | pages | ours, first sight, commit abc | ours, this run "
                                    "| trafilatura |")
    assert "| title correct | readability | 2 | 0.500 | 0.000 |" in table(summary)


def test_corpus_loaders_read_the_documented_layout(tmp_path: Path) -> None:
    page = tmp_path / "readability" / "site-1"
    page.mkdir(parents=True)
    (page / "source.html").write_bytes(b"<html><title>T</title></html>")
    (page / "expected.html").write_text("<p>Body sentence with enough words here.</p>", encoding="utf-8")
    (page / "expected-metadata.json").write_text(json.dumps({"title": "T", "byline": "  ", "publishedTime": None}))
    (pages,) = readability_pages(tmp_path / "readability")
    assert (pages.name, pages.gold["title"], pages.gold["byline"]) == ("site-1", "T", None)
    assert "Body sentence with enough words here." in pages.gold["body"]
    zyte = tmp_path / "zyte"
    (zyte / "html").mkdir(parents=True)
    (zyte / "html" / "abc.html").write_bytes(b"<html></html>")
    (zyte / "ground-truth.json").write_text(json.dumps({"abc": {"articleBody": "B", "url": "https://e.x/a"},
                                                        "missing": {"articleBody": "C"}}))
    (only,) = zyte_pages(zyte)
    assert (only.name, only.url, only.gold["body"]) == ("abc", "https://e.x/a", "B")


MERCURY_TEST = """
describe('X', () => {
  beforeAll(() => {
    url =
      'https://e.x/2016/12/a-story/';
    const html = fs.readFileSync('./fixtures/e.x.html');
  });
  it('works', async () => {
    const { title, author } = await result;
    assert.equal(title, 'It\\'s a \\u2018story\\u2019');
    assert.equal(
      author,
      "Jane Doe and " + 'John Roe'
    );
    assert.equal(date_published, `2016-12-22T03:30:00.000Z`);
    assert.equal(lead_image_url, 'https://e.x/a.jpg');
  });
  it('works with a feature', async () => {
    const html = fs.readFileSync('./fixtures/e.x--feature.html');
    const uri = 'https://e.x/feature/';
    const { title } = await Mercury.parse(uri, { html });
    assert.equal(title, 'Feature');
  });
});
"""


def test_mercury_gold_pairs_each_assertion_with_the_fixture_and_url_set_before_it() -> None:
    gold = mercury_gold(MERCURY_TEST)
    assert gold == {"e.x.html": {"url": "https://e.x/2016/12/a-story/", "title": "It's a \u2018story\u2019",
                                 "author": "Jane Doe and John Roe", "date_published": "2016-12-22T03:30:00.000Z"},
                    "e.x--feature.html": {"url": "https://e.x/feature/", "title": "Feature"}}


def test_a_utc_instant_may_be_any_calendar_date_from_utc_minus_12_to_plus_14() -> None:
    assert instant_dates("2016-12-22T03:30:00.000Z") == {"2016-12-21", "2016-12-22"}
    assert instant_dates("2016-12-22T12:00:00Z") == {"2016-12-22", "2016-12-23"}
    assert instant_dates("not a date") == set() and instant_dates(None) == set()
    page = Page("mercury", "e", "https://e.x/", b"", {"title": None, "byline": None, "body": "",
                                                    "published_dates": ["2016-12-21", "2016-12-22"]})
    out = {"title": None, "published": "2016-12-21", "authors": [], "body": "", "kind": "other", "error": None}
    assert score_page(page, out)["date"] is True
    assert score_page(page, {**out, "published": "2016-12-23"})["date"] is False


def test_mercury_meta_values_are_restored_as_content() -> None:
    raw = b'<meta name="a" value="1"><META VALUE="2" name=b><meta content="3" value="4"><input value="5">'
    assert meta_content_restored(raw) == (b'<meta name="a" content="1"><META content="2" name=b>'
                                          b'<meta content="3" value="4"><input value="5">')


def test_mercury_loader_reads_fixtures_and_their_tests(tmp_path: Path) -> None:
    tests = tmp_path / "src" / "extractors" / "custom" / "e.x"
    tests.mkdir(parents=True)
    (tests / "index.test.js").write_text(MERCURY_TEST, encoding="utf-8")
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "e.x.html").write_bytes(b'<meta property="og:title" value="T">')
    (page,) = mercury_pages(tmp_path)  # the feature's fixture file is missing: left out
    assert (page.corpus, page.name, page.url) == ("mercury", "e.x", "https://e.x/2016/12/a-story/")
    assert page.raw == b'<meta property="og:title" content="T">'
    assert page.gold["byline"] == "Jane Doe and John Roe"
    assert page.gold["published_dates"] == ["2016-12-21", "2016-12-22"]


def test_a_corpus_added_later_keeps_its_own_first_sight() -> None:
    from bench.realworld import merged_first_sight

    old = {"meta": {"crawler": "dd4722d", "pages": {"readability": 2}},
           "summary": {"date correct [readability]/ours": {"pages": 2, "value": 0.5}}}
    new = {"meta": {"crawler": "315c3f6", "pages": {"readability": 2, "mercury": 3}},
           "summary": {"date correct [readability]/ours": {"pages": 2, "value": 0.9},
                       "date correct [mercury]/ours": {"pages": 3, "value": 0.7}}}
    merged = merged_first_sight([old, new])
    assert merged["summary"]["date correct [readability]/ours"]["value"] == 0.5
    assert merged["summary"]["date correct [mercury]/ours"]["value"] == 0.7
    assert merged["meta"]["crawler"] == "dd4722d (readability); 315c3f6 (mercury)"
    assert merged_first_sight([]) is None
