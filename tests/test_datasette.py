"""The researchers' archive in Datasette: metadata, Swedish search, facets, queries, views.

A small archive is built here with ArchiveDB's verbs: five original Swedish
articles by fictional people, two crawls a month apart. The second crawl
finds one article changed and one gone (its removal is set by SQL here; the
verb comes with a later issue).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from archive.database import ArchiveDB
from archive.datasette import datasette_kwargs, is_being_written, load_metadata, make_datasette
from archive.datasette.diff import word_diff
from archive.datasette.plugin import diff_html, highlighted
from archive.datasette.search import prefix_query
from archive.views import VIEWS, create_views
from tests.conftest import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
SITE = "https://www.allmannyttan.se"


def _article(slug: str, **fields) -> dict:
    return {"url": f"{SITE}/{slug}/", "photo_credit": None, "image_caption": None, "lead": None,
            "tags": [], **fields}


VASTERBY_V1 = _article(
    "nyheter/allmannyttan-bygger-i-vasterby",
    title="Allmännyttan bygger 300 nya hyresrätter i Västerby",
    published="2024-03-12", published_raw="12 mars 2024",
    author_name="Karin Holmqvist", author_role="reporter",
    authors=[{"name": "Karin Holmqvist", "role": "reporter"}],
    categories=["Nybyggnation", "Nyheter"], tags=["Västerby"],
    lead="Västerbyhem har fått bygglov för tre nya kvarter vid stationen.",
    body_text="Västerbyhem har fått bygglov för tre nya kvarter vid stationen.\n"
              "De första hyresgästerna väntas kunna flytta in hösten 2026.\n"
              "Hyrorna ska ligga på en nivå som vanliga hushåll klarar, säger vd Sven Ekdahl.",
    body_html="<p>Västerbyhem har fått bygglov för tre nya kvarter vid stationen.</p>",
)
VASTERBY_V2 = {
    **VASTERBY_V1,
    "title": "Allmännyttan bygger 320 nya hyresrätter i Västerby",
    "body_text": VASTERBY_V1["body_text"].replace("hösten 2026", "våren 2026")
    + "\nEtt av kvarteren byggs med en egen förskola.",
}
GARDEN = _article(
    "reportage/gardarna-i-norrbacka",
    title="Hyresgästerna får bestämma över gården",
    published="2023-09-05", published_raw="5 september 2023",
    author_name="Olof Berglund", author_role="kommunikatör, Norrbackabostäder",
    authors=[{"name": "Olof Berglund", "role": "kommunikatör, Norrbackabostäder"}],
    categories=["Reportage", "Hyresgäster"],
    body_text="I Norrbacka får hyresgästerna själva rita om innergården.\n"
              "Enligt Allmännyttans nya riktlinjer ska de boende vara med från början.\n"
              "Snart planteras äppelträd och bärbuskar mellan husen.",
    body_html="<p>I Norrbacka får hyresgästerna själva rita om innergården.</p>",
)
STAIRWELL = _article(
    "blogg/far-och-son-renoverar",
    title="Far och son renoverar trapphuset",
    published="2023-02-20", published_raw="20 februari 2023",
    author_name="Maja Lindén", author_role="skribent",
    authors=[{"name": "Maja Lindén", "role": "skribent"}],
    categories=["Blogg"],
    body_text="När Leif och hans far Bertil tog sig an trapphuset i kvarteret Linden "
              "hade de aldrig målat en vägg tillsammans.\nNu har huset ljusa väggar och nya lampor.",
    # As if a row had bypassed the ingest sanitiser: the page must still not run it.
    body_html="<p>När Leif och hans far Bertil tog sig an trapphuset.</p>"
              "<script>alert('xss')</script><img src=x onerror=alert(1)>",
)
ANNUAL_REPORT = _article(
    "nyheter/arsredovisning-underhall",
    title="Årsredovisningen visar ökade underhållskostnader",
    published="2022-11-30", published_raw="30 november 2022",
    author_name="Karin Holmqvist", author_role="reporter",
    authors=[{"name": "Karin Holmqvist", "role": "reporter"},
             {"name": "Olof Berglund", "role": "kommunikatör, Norrbackabostäder"}],
    categories=["Ekonomi", "Nyheter"],
    body_text="ÅTGÄRDER mot fuktskador och stambyten drev upp kostnaderna under året.\n"
              "Styrelsen bedömer att underhållet måste fortsätta i samma takt.",
    body_html="<p>ÅTGÄRDER mot fuktskador och stambyten drev upp kostnaderna under året.</p>",
)
OPEN_HOUSE = _article(
    "nyheter/oppet-hus-i-norrbacka",
    title="Öppet hus i Norrbacka på lördag",
    published="2022-05-02", published_raw="2 maj 2022",
    author_name="Olof Berglund", author_role="kommunikatör, Norrbackabostäder",
    authors=[{"name": "Olof Berglund", "role": "kommunikatör, Norrbackabostäder"}],
    categories=["Evenemang"],
    body_text="Välkommen att titta på de nyrenoverade lägenheterna i Norrbacka.\n"
              "Kaffe och bullar bjuder vi på.",
    body_html="<p>Välkommen att titta på de nyrenoverade lägenheterna i Norrbacka.</p>",
)
CRAWLS = [
    ("2024-04-01T08:00:00Z", "2024-04-01T09:00:00Z",
     [VASTERBY_V1, GARDEN, STAIRWELL, ANNUAL_REPORT, OPEN_HOUSE]),
    ("2024-05-01T08:00:00Z", "2024-05-01T09:00:00Z",
     [VASTERBY_V2, GARDEN, STAIRWELL, ANNUAL_REPORT]),
]


def build_sample_archive(archive_dir: Path) -> Path:
    """Two crawls of five sample articles into ``archive_dir/archive.db``; returns its path."""
    db_path = archive_dir / "archive.db"
    archive = ArchiveDB(db_path)
    for number, (started, finished, articles) in enumerate(CRAWLS, start=1):
        crawl_id = archive.start_crawl([f"{SITE}/"], {"delay": 1.5}, started_at=started)
        warc = f"allmannyttan-{started[:10].replace('-', '')}080000000-00001-1~test.warc.gz"
        listing = []
        for position, article in enumerate(articles, start=1):
            capture = {
                "crawl_id": crawl_id, "url": article["url"], "status": 200,
                "content_type": "text/html; charset=utf-8",
                "fetched_at": f"{started[:11]}08:{position:02d}:00Z",
                "warc_filename": warc, "warc_offset": 1000 * position, "warc_length": 900,
                "warc_record_id": f"<urn:uuid:00000000-0000-0000-000{number}-00000000000{position}>",
                "record_type": "response", "page_kind": "article",
            }
            capture["id"] = archive.record_capture(capture)
            archive.upsert_article(article, crawl_id=crawl_id, capture=capture)
            listing.append({"position": position, "article_url": article["url"],
                            "title": article["title"], "published": article["published"]})
        archive.record_listing(f"{SITE}/nyheter/", listing, crawl_id=crawl_id, capture_id=None)
        archive.finish_crawl(crawl_id, {"articles_found": len(articles)}, finished_at=finished)
    assert archive.mark_removed(OPEN_HOUSE["url"], CRAWLS[1][1])  # the verb a crawl uses on a 404/410
    archive.close()
    return db_path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_sample_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def ds(db_path):
    return make_datasette(db_path)


def get(ds, path: str):
    """GET a path from Datasette in-process; fail on anything but 200."""
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response


def get_json(ds, path: str):
    return get(ds, path).json()


def slugs(rows: list[dict], key: str = "url") -> set[str]:
    return {row[key].removeprefix(SITE + "/").split("/")[1] for row in rows}


# -- metadata -------------------------------------------------------------------

def test_metadata_has_title_description_source_and_licence(ds):
    metadata = get_json(ds, "/-/metadata.json")
    assert metadata["title"] == "allmännyttan.se archive"
    assert "public-housing" in metadata["description_html"]
    assert metadata["source"] == "allmännyttan.se"
    assert metadata["source_url"] == "https://www.allmannyttan.se/"
    assert "research" in metadata["license"]
    page = get(ds, "/").text
    assert "allmännyttan.se archive" in page and "archived for research" in page


def test_every_table_view_and_column_is_described(db_path):
    tables = load_metadata()["databases"]["archive"]["tables"]
    archive = ArchiveDB(db_path)
    try:
        schema = {
            name: [row[1] for row in archive.db.execute(f"PRAGMA table_info([{name}])")]
            for (name,) in archive.db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%'")
        }
    finally:
        archive.close()
    assert {"articles", "article_versions", "article_version_pairs", "article_captures"} <= set(schema)
    missing = []
    for name, columns in schema.items():
        described = tables.get(name, {})
        if not described.get("description"):
            missing.append(name)
        missing += [f"{name}.{c}" for c in columns if c not in described.get("columns", {})]
    assert not missing, f"describe these in archive/datasette/metadata.yaml: {missing}"


def test_served_immutable_when_nobody_writes(ds, db_path, tmp_path):
    databases = get_json(ds, "/-/databases.json")
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("archive", False)]
    # A crawl still marked running means a writer may be busy: read-only, not immutable.
    copy = tmp_path / "archive.db"
    copy.write_bytes(db_path.read_bytes())
    archive = ArchiveDB(copy)
    archive.start_crawl([f"{SITE}/"], {})
    archive.close()
    assert is_being_written(copy)
    kwargs = datasette_kwargs(copy)
    assert kwargs["files"] == [str(copy)] and kwargs["immutables"] == []
    # Uncheckpointed commits in the write-ahead log are the other sign; an empty log is not.
    (tmp_path / "idle").mkdir()
    idle = tmp_path / "idle" / "archive.db"
    idle.write_bytes(db_path.read_bytes())
    wal = idle.with_name("archive.db-wal")
    wal.write_bytes(b"")
    assert not is_being_written(idle)
    wal.write_bytes(b"\0" * 32)
    assert is_being_written(idle)


# -- search ---------------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    # Prefix: the bare word finds the possessive form in another article.
    ("allmännyttan", {"allmannyttan-bygger-i-vasterby", "gardarna-i-norrbacka"}),
    ("Allmännyttans", {"gardarna-i-norrbacka"}),
    # ä is a letter of its own: without it the word is a different one.
    ("allmannyttan", set()),
    # får (gets) and far (father) are different words.
    ("får", {"gardarna-i-norrbacka"}),
    ("far", {"far-och-son-renoverar"}),
    # Case folding includes Å: ÅTGÄRDER is found by åtgärd.
    ("åtgärd", {"arsredovisning-underhall"}),
    ("ÖPPET", {"oppet-hus-i-norrbacka"}),
    # Author names are indexed; a phrase stays a phrase.
    ("holmqvist", {"allmannyttan-bygger-i-vasterby", "arsredovisning-underhall"}),
    ('"nya hyresrätter"', {"allmannyttan-bygger-i-vasterby"}),
    ('"hyresrätter nya"', set()),
    # Operators and stray quotes are words, not FTS5 syntax errors.
    ('norrbacka NOT kaffe', set()),
    ('"bärbuskar', {"gardarna-i-norrbacka"}),
])
def test_search_through_json_api(ds, query, expected):
    rows = get_json(ds, f"/archive/articles.json?_search={query}&_shape=array&_col=url")
    assert slugs(rows) == expected


def test_raw_searchmode_keeps_fts5_syntax(ds):
    exact = get_json(ds, "/archive/articles.json?_search=allmännyttan&_searchmode=raw&_shape=array")
    assert slugs(exact) == {"allmannyttan-bygger-i-vasterby"}
    either = get_json(ds, "/archive/articles.json?_search=trapphuset OR kaffe"
                          "&_searchmode=raw&_shape=array")
    assert slugs(either) == {"far-och-son-renoverar", "oppet-hus-i-norrbacka"}


def test_search_in_the_ui_shows_matching_articles(ds):
    page = get(ds, "/archive/articles?_search=allmännyttan").text
    assert "2 rows where search matches" in page
    assert "Allmännyttan bygger 320 nya hyresrätter i Västerby" in page
    assert "Hyresgästerna får bestämma över gården" in page
    assert "Far och son renoverar trapphuset" not in page


def test_prefix_query_quotes_every_term():
    assert prefix_query("allmännyttan") == '"allmännyttan"*'
    assert prefix_query('"nya hyresrätter" västerby') == '"nya hyresrätter"* "västerby"*'
    assert prefix_query('a"b OR') == '"ab"* "OR"*'
    # NFD input (a + combining diaeresis) is normalised like the stored text.
    assert prefix_query("allma\u0308nnyttan") == '"allmännyttan"*'
    assert prefix_query("") == prefix_query('  ""  ') == '""'


# -- facets and sorting -------------------------------------------------------------

def test_articles_have_facets_and_newest_first(ds):
    data = get_json(ds, "/archive/articles.json")
    facets = data["facet_results"]
    assert {"author_name", "author_role", "published", "categories"} <= set(facets)
    assert facets["published"]["type"] == "year"
    assert [(r["value"], r["count"]) for r in facets["published"]["results"]] == [
        ("2024", 1), ("2023", 2), ("2022", 2)]
    assert {r["value"]: r["count"] for r in facets["author_name"]["results"]} == {
        "Karin Holmqvist": 2, "Olof Berglund": 2, "Maja Lindén": 1}
    assert {r["value"]: r["count"] for r in facets["categories"]["results"]}["Nyheter"] == 2
    assert {r["value"] for r in facets["author_role"]["results"]} == {
        "reporter", "kommunikatör, Norrbackabostäder", "skribent"}
    published = [row[data["columns"].index("published")] for row in data["rows"]]
    assert published == sorted(published, reverse=True)


def test_year_facet_filters(ds):
    data = get_json(ds, "/archive/articles.json?published__startswith=2023")
    year = data["facet_results"]["published"]["results"]
    assert [(r["value"], r["selected"]) for r in year] == [("2023", True)]
    assert "published__startswith" not in year[0]["toggle_url"]
    assert len(data["rows"]) == 2


# -- rendering and provenance ----------------------------------------------------------

def test_body_html_is_sanitised_when_shown(ds, db_path):
    article_id = get_json(ds, f"/archive/articles.json?url={STAIRWELL['url']}&_shape=array")[0]["id"]
    page = get(ds, f"/archive/articles/{article_id}").text
    assert "<p>När Leif och hans far Bertil tog sig an trapphuset.</p>" in page
    assert "<script>alert" not in page and "onerror" not in page


def test_article_rows_link_to_their_provenance(ds):
    page = get(ds, "/archive/articles").text
    captures_link = "/archive/article_captures?article_url=https%3A%2F%2Fwww.allmannyttan.se%2F"
    assert captures_link + "nyheter%2Fallmannyttan-bygger-i-vasterby%2F" in page
    assert "/archive/version_diff?url=" in page
    captures = get_json(ds, "/archive/article_captures.json?_shape=array&_sort=fetched_at"
                            f"&article_url={VASTERBY_V1['url']}")
    assert [(c["crawl_id"], c["is_current"], c["warc_offset"]) for c in captures] == [
        (1, 0, 1000), (2, 1, 1000)]
    assert captures[-1]["warc_filename"].endswith(".warc.gz")
    assert captures[0]["first_seen"] == "2024-04-01T08:01:00Z"
    assert captures[0]["last_seen"] == "2024-05-01T08:01:00Z"


def test_article_page_lists_its_versions_and_the_table_does_not(ds):
    article_id = get_json(ds, f"/archive/articles.json?url={VASTERBY_V1['url']}&_shape=array")[0]["id"]
    page = get(ds, f"/archive/articles/{article_id}").text
    assert page.count('<li class="article-version">') == 2
    assert "version 1, captured 2024-04-01T08:01:00Z" in page
    diff = "/archive/version_diff?" + urllib.parse.urlencode({"url": VASTERBY_V1["url"], "version": 2})
    assert f'<a href="{diff.replace("&", "&amp;")}" class="diff-link">diff</a>' in page
    assert "lead-image" not in page  # no image_url, no picture
    table = get(ds, "/archive/articles").text
    assert "article-version" not in table and "/archive/version_diff?url=" in table
    assert get_json(ds, f"/archive/articles/{article_id}.json")["rows"]


# -- canned queries --------------------------------------------------------------------

def test_every_canned_query_runs(ds):
    queries = load_metadata()["databases"]["archive"]["queries"]
    assert {"search", "articles_per_year", "articles_per_author", "changes_between_crawls",
            "removed_articles", "version_diff", "new_and_changed"} <= set(queries)
    for name in queries:
        page = get(ds, f"/archive/{name}").text
        assert queries[name]["title"] in page


def test_search_query_highlights_snippets(ds):
    rows = get_json(ds, "/archive/search.json?q=allmännyttan&_shape=array")
    assert slugs(rows) == {"allmannyttan-bygger-i-vasterby", "gardarna-i-norrbacka"}
    assert any("<mark>Allmännyttans</mark>" in row["snippet"] for row in rows)
    page = get(ds, "/archive/search?q=Bertil").text
    # The mark is HTML; the rest of the snippet is escaped text.
    assert "<mark>Bertil</mark>" in page
    assert not get_json(ds, "/archive/search.json?q=&_shape=array")


def test_articles_per_year_and_per_author(ds):
    years = get_json(ds, "/archive/articles_per_year.json?_shape=array")
    assert [(y["year"], y["articles"], y["removed"]) for y in years] == [
        ("2024", 1, 0), ("2023", 2, 0), ("2022", 2, 1)]
    authors = {a["author"]: a for a in get_json(ds, "/archive/articles_per_author.json?_shape=array")}
    assert authors["Olof Berglund"]["articles"] == 3  # co-author of the annual report
    assert authors["Olof Berglund"]["roles"] == "kommunikatör, Norrbackabostäder"
    assert authors["Karin Holmqvist"]["articles"] == 2
    assert authors["Maja Lindén"]["latest_published"] == "2023-02-20"


def test_changes_between_crawls(ds):
    latest = get_json(ds, "/archive/changes_between_crawls.json?_shape=array")
    assert {(r["change"], slugs([r]).pop()) for r in latest} == {
        ("changed", "allmannyttan-bygger-i-vasterby"), ("removed", "oppet-hus-i-norrbacka")}
    changed = next(r for r in latest if r["change"] == "changed")
    assert (changed["from_version"], changed["to_version"]) == (1, 2)
    first = get_json(ds, "/archive/changes_between_crawls.json?from_crawl=0&to_crawl=1&_shape=array")
    assert [r["change"] for r in first] == ["new"] * 5


def test_removed_articles(ds):
    rows = get_json(ds, "/archive/removed_articles.json?_shape=array")
    assert [(r["title"], r["removed_at"], r["last_seen"]) for r in rows] == [
        ("Öppet hus i Norrbacka på lördag", "2024-05-01T09:00:00Z", "2024-04-01T08:05:00Z")]
    assert rows[0]["warc_filename"] and rows[0]["warc_offset"] == 5000


def test_version_diff_query(ds):
    rows = get_json(ds, f"/archive/version_diff.json?url={VASTERBY_V1['url']}&_shape=array")
    assert len(rows) == 1 and rows[0]["versions"] == "1 → 2"
    assert rows[0]["title_diff"] == "Allmännyttan bygger [-300-]{+320+} nya hyresrätter i Västerby"
    assert "[-hösten-]{+våren+}" in rows[0]["body_diff"]
    assert "{+Ett av kvarteren byggs med en egen förskola.+}" in rows[0]["body_diff"]
    page = get(ds, f"/archive/version_diff?url={VASTERBY_V1['url']}").text
    assert '<ins style="background:#dafbe1">320</ins>' in page
    # One change: the version's own against the one before (none before version 1).
    for version, expected in (("2", ["1 → 2"]), ("1", []), ("", ["1 → 2"])):
        rows = get_json(ds, f"/archive/version_diff.json?url={VASTERBY_V1['url']}&version={version}&_shape=array")
        assert [r["versions"] for r in rows] == expected, version


def test_atom_feed_of_new_and_changed_articles(ds):
    response = get(ds, "/archive/new_and_changed.atom")
    assert response.headers["content-type"].startswith("application/xml")
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)
    assert feed.findtext("atom:title", namespaces=ns) == "New and changed articles on allmännyttan.se"
    titles = [e.findtext("atom:title", namespaces=ns) for e in feed.findall("atom:entry", ns)]
    assert len(titles) == 6
    assert "Changed (version 2): Allmännyttan bygger 320 nya hyresrätter i Västerby" in titles
    assert "New: Far och son renoverar trapphuset" in titles
    assert ".atom" in get(ds, "/archive/new_and_changed").text


# -- views -------------------------------------------------------------------------------

def test_version_pairs_view_sets_versions_side_by_side(ds):
    rows = get_json(ds, "/archive/article_version_pairs.json?_shape=array")
    assert len(rows) == 1
    row = rows[0]
    assert (row["previous_version"], row["version"]) == (1, 2)
    assert row["previous_title"] == VASTERBY_V1["title"] and row["title"] == VASTERBY_V2["title"]
    assert row["title_changed"] == 1 and row["body_changed"] == 1
    assert (row["previous_crawl_id"], row["crawl_id"]) == (1, 2)


def test_create_views_is_idempotent(tmp_path):
    archive = ArchiveDB(tmp_path / "archive.db")
    try:
        assert set(archive.db.view_names()) >= set(VIEWS)
        assert create_views(archive.db) == []
        archive.db.execute("DROP VIEW article_captures")
        assert create_views(archive.db) == ["article_captures"]
    finally:
        archive.close()


def test_cells_leave_only_their_own_markup_as_html():
    assert highlighted("a <b>&</b> <mark>Bertil</mark>") == (
        "a &lt;b&gt;&amp;&lt;/b&gt; <mark>Bertil</mark>")
    assert diff_html("<i>[-a-]{+<b>+}") == (
        '<div style="white-space:pre-wrap;max-width:60em">&lt;i&gt;'
        '<del style="background:#ffebe9">a</del><ins style="background:#dafbe1">&lt;b&gt;</ins></div>')


def test_word_diff():
    assert word_diff("Far och son", "Far och dotter") == "Far och [-son-]{+dotter+}"
    assert word_diff("Ett.\nTvå.\nTre.", "Ett.\nTre.") == "…\n[-Två.-]\n…"
    assert word_diff("samma", "samma") == ""
    assert word_diff(None, "ny") == "{+ny+}"
    assert word_diff(None, None) is None


# -- the serve command --------------------------------------------------------------------

def test_serve_command(db_path):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--archive-dir", str(db_path.parent),
         "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"}, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        metadata = json.loads(wait_for(f"{base}/-/metadata.json", process))
        assert metadata["title"] == "allmännyttan.se archive"
        databases = json.loads(wait_for(f"{base}/-/databases.json", process))
        assert databases[0]["is_mutable"] is False
        query = urllib.parse.quote("allmännyttan")
        rows = json.loads(wait_for(f"{base}/archive/articles.json?_search={query}&_shape=array",
                                   process))
        assert slugs(rows) == {"allmannyttan-bygger-i-vasterby", "gardarna-i-norrbacka"}
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_plain_datasette_loads_the_archive_plugin_from_its_entry_point():
    """`datasette` and `datasette publish` get the archive's functions without the project's CLI."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    datasette = Path(sys.executable).parent / "datasette"
    listed = json.loads(subprocess.run([str(datasette), "plugins"], capture_output=True, text=True,
                                       check=True, timeout=60).stdout)
    ours = [p for p in listed if p["name"] == "allmannyttan-archive"]
    assert ours and {"prepare_connection", "render_cell", "extra_body_script"} <= set(ours[0]["hooks"])
