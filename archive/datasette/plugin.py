"""Datasette hooks that make the archive pleasant to read.

- ``escape_fts`` is replaced, for the archive database only, by
  :func:`archive.datasette.search.prefix_query`, so the search box and the
  ``?_search=`` API match every term as a prefix (``allmännyttan`` finds
  ``Allmännyttans``).
- ``word_diff(old, new)`` is an SQL function for the ``version_diff`` query.
- A ``year`` facet groups articles by the year of an ISO date column.
- Page script (archive.js): column descriptions fold away above tables and
  show on hover; a row's own page reads as a record, field under field.
- On the dashboard pages (datasette-dashboards, configured in metadata.yaml),
  dashboard.js puts a "data" link beside each chart's title: the canned query
  the chart draws, with the dashboard's filters as its parameters.
- Cells: article HTML (sanitised again with nh3, folded away), search snippets
  with ``<mark>``, word diffs in colour, and provenance links next to each
  article URL — with a link to the capture's replay in pywb when a replay
  server is known: ``serve --replay-url`` (the ``ALLMANNYTTAN_REPLAY_URL``
  environment variable), or an ``allmannyttan-archive replay`` running on the
  same archive dir.
- An article's own page (``/archive/articles/<id>``) also shows its lead image,
  from the archive (pywb's ``id_`` URL when a replay is known, else the route
  below; never the live site), and its versions, each with its replay and a
  link to its word diff against the one before. Datasette 0.65 gives
  ``render_cell`` no request, so ``asgi_wrapper`` notes each request's path.
- ``/-/archived/<timestamp>/<url>`` (timestamp: 1-14 digits or ISO 8601) answers
  with the archived body of the capture of ``url`` closest to that time, with
  its archived Content-Type, straight from the WARC files beside the database;
  404 when the archive has none.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit, urlunsplit

import markupsafe
import nh3
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import Response
from warcio.timeutils import PAD_14_DOWN, pad_timestamp, timestamp_to_iso_date

from archive.database import ArchiveDB
from archive.datasette import PLUGIN_NAME
from archive.datasette.diff import MARKERS, word_diff
from archive.datasette.search import prefix_query
from archive.replay import REPLAY_URL_ENV, replay_url, running_replay_url
from archive.warc import read_stored_response

DATABASE = "archive"


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette):
    # trylast: Datasette's own escape_fts is registered first and ours replaces it.
    if database != DATABASE:
        return
    conn.create_function("escape_fts", 1, prefix_query, deterministic=True)
    conn.create_function("word_diff", 2, word_diff, deterministic=True)


@hookimpl
def register_facet_classes():
    return [YearFacet]


class YearFacet(Facet):
    """Articles per year of an ISO date column; a year filters on ``column__startswith``."""

    type = "year"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            sql = (f"select substr({escape_sqlite(column)}, 1, 4) as value, count(*) as count "
                   f"from ({self.sql}) where {escape_sqlite(column)} glob '[0-9][0-9][0-9][0-9]*' "
                   f"group by value order by value desc limit {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            arg = f"{column}__startswith"
            values = []
            for row in rows.rows[:size]:
                selected = (arg, row["value"]) in pairs
                toggle = (path_with_removed_args(self.request, {arg: row["value"]}) if selected
                          else path_with_added_args(self.request, {arg: row["value"]}))
                values.append({
                    "value": row["value"], "label": row["value"], "count": row["count"],
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                    "selected": selected,
                })
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {"_facet_year": column})),
                "truncated": len(rows) > size,
            })
        return results, timed_out


def _is_web_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def article_links(datasette, url: str, replay: str | None = None) -> markupsafe.Markup:
    """The article's URL plus links to its captures, versions, changes and (optionally) replay."""
    query = urlencode({"article_url": url})
    captures = f"{datasette.urls.table(DATABASE, 'article_captures')}?{query}"
    versions = f"{datasette.urls.table(DATABASE, 'article_versions')}?{query}&_sort=version"
    changes = f"{datasette.urls.query(DATABASE, 'version_diff')}?{urlencode({'url': url})}"
    links = markupsafe.Markup(
        '<a href="{0}">{0}</a><br><small><a href="{1}">captures</a> · '
        '<a href="{2}">versions</a> · <a href="{3}">changes</a>'
    ).format(url, captures, versions, changes)
    if replay:
        links += markupsafe.Markup(' · <a href="{0}" class="replay-link">replay</a>').format(replay)
    return links + markupsafe.Markup("</small>")


def replay_base(datasette) -> str | None:
    """Base URL of the pywb replay server: the plugin's configuration (``serve --replay-url``,
    or ``plugins: allmannyttan-archive: replay_url`` in a metadata file), the older
    environment variable, else an ``allmannyttan-archive replay`` running on this archive."""
    configured = (datasette.plugin_config(PLUGIN_NAME) or {}).get("replay_url") or os.environ.get(REPLAY_URL_ENV)
    if configured:
        return configured
    database = datasette.databases.get(DATABASE)
    if database is None or not database.path:
        return None
    return running_replay_url(Path(database.path).parent)


def _value(row, column: str):
    try:
        return row[column]
    except (KeyError, IndexError, TypeError):
        return None


async def article_capture(datasette, row, url: str) -> tuple[str | None, str]:
    """(When, which URL) an articles row was captured: its capture's WARC date and URL (the
    first URL of a redirect), else its last_seen and its own URL."""
    capture = None
    if _value(row, "capture_id") is not None:
        capture = (await datasette.get_database(DATABASE).execute(
            "select url, warc_date from captures where id = ?", [_value(row, "capture_id")])).first()
    return (capture["warc_date"], capture["url"]) if capture else (_value(row, "last_seen"), url)


async def article_links_with_replay(datasette, row, table: str, url: str,
                                    base: str) -> markupsafe.Markup:
    """:func:`article_links` plus the replay link of the row's capture."""
    if table == "articles":
        timestamp, target = await article_capture(datasette, row, url)
    elif table == "article_captures":
        timestamp, target = _value(row, "fetched_at"), url
    else:  # a version: the time it was captured
        timestamp, target = _value(row, "captured_at"), url
    replay = replay_url(base, timestamp, target) if timestamp else None
    return article_links(datasette, url, replay)


def highlighted(snippet: str) -> markupsafe.Markup:
    """A search snippet with only its ``<mark>`` tags left as HTML."""
    escaped = markupsafe.escape(snippet)
    return markupsafe.Markup(
        str(escaped).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))


def diff_html(diff: str) -> markupsafe.Markup:
    """Word-diff notation as <del>/<ins>, everything else escaped."""
    out, last = [], 0
    for match in MARKERS.finditer(diff):
        out.append(markupsafe.escape(diff[last:match.start()]))
        deleted, inserted = match.groups()
        if deleted is not None:
            out.append(markupsafe.Markup('<del style="background:#ffebe9">{}</del>').format(deleted))
        else:
            out.append(markupsafe.Markup('<ins style="background:#dafbe1">{}</ins>').format(inserted))
        last = match.end()
    out.append(markupsafe.escape(diff[last:]))
    return markupsafe.Markup('<div style="white-space:pre-wrap;max-width:60em">{}</div>').format(
        markupsafe.Markup("").join(out))


def article_body(body_html: str) -> markupsafe.Markup:
    # Sanitised at ingest already; cleaned again because this cell is HTML.
    return markupsafe.Markup(
        '<details><summary>formatted text</summary><div class="article-body">{}</div></details>'
    ).format(markupsafe.Markup(nh3.clean(body_html)))


# Folds column descriptions away and lays a row's own page out as a record.
PAGE_SCRIPT = resources.files("archive.datasette").joinpath("archive.js").read_text(encoding="utf-8")


# Links each dashboard chart to the canned query behind it.
DASHBOARD_SCRIPT = resources.files("archive.datasette").joinpath("dashboard.js").read_text(encoding="utf-8")
DASHBOARD_TEMPLATES = {"dashboard_view.html", "dashboard_chart.html"}


def chart_sources(datasette, slug: str, chart_slug: str | None = None) -> dict[str, dict]:
    """For each chart of a dashboard (or the one chart): the URL, title and parameters of the
    canned query its ``source`` names."""
    dashboard = (datasette.plugin_config("datasette-dashboards") or {}).get(slug) or {}
    queries = datasette.metadata("queries", database=DATABASE, fallback=False) or {}
    sources = {}
    for name, chart in (dashboard.get("charts") or {}).items():
        query = queries.get(chart.get("source"))
        if query is None or (chart_slug is not None and name != chart_slug):
            continue
        sources[name] = {"url": datasette.urls.query(DATABASE, chart["source"]),
                         "title": query.get("title") or chart["source"],
                         "params": list(query.get("params") or [])}
    return sources


@hookimpl
def extra_body_script(template, database, request, datasette):
    if database == DATABASE:
        return PAGE_SCRIPT
    if template in DASHBOARD_TEMPLATES and request is not None:
        sources = chart_sources(datasette, request.url_vars.get("slug", ""),
                                request.url_vars.get("chart_slug"))
        if sources:
            data = json.dumps(sources, ensure_ascii=False).replace("<", "\\u003c")
            return f"(function () {{\nvar SOURCES = {data};\n{DASHBOARD_SCRIPT}}})();"
    return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE or not isinstance(value, str) or not value:
        return None
    if table == "articles" and column == "body_html":
        return article_body(value)
    if table == "articles" and column == "url" and _is_web_url(value) and is_article_page(datasette):
        return article_page(datasette, row, value, replay_base(datasette))
    if table == "articles" and column == "image_url" and _is_web_url(value):
        return archived_link(datasette, value, _value(row, "last_seen"))
    if (table, column) in {("articles", "url"), ("article_versions", "article_url"),
                           ("article_captures", "article_url")} and _is_web_url(value):
        base = replay_base(datasette)
        if base:
            return article_links_with_replay(datasette, row, table, value, base)
        return article_links(datasette, value)
    if table is None and column == "snippet":
        return highlighted(value)
    if table is None and column.endswith("_diff"):
        return diff_html(value)
    return None


# -- an article's own page: its lead image from the archive, its versions ------------------------

# The path of the request being answered (render_cell gets no request in Datasette 0.65).
_REQUEST_PATH: contextvars.ContextVar[str | None] = contextvars.ContextVar("archive_request_path", default=None)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def noting_the_path(scope, receive, send):
            token = _REQUEST_PATH.set(scope.get("path") if scope.get("type") == "http" else None)
            try:
                await app(scope, receive, send)
            finally:
                _REQUEST_PATH.reset(token)
        return noting_the_path
    return wrap


def is_article_page(datasette) -> bool:
    """Whether the page being rendered is one article's own page (``/archive/articles/<id>``),
    not the articles table or another view of it."""
    path = _REQUEST_PATH.get()
    prefix = datasette.urls.table(DATABASE, "articles") + "/"
    if not path or not path.startswith(prefix):
        return False
    rest = path[len(prefix):]
    return bool(rest) and "/" not in rest and not rest.endswith(".json")


def archived_path(datasette, timestamp: str | None, url: str) -> str:
    """This Datasette's address of the archived body of ``url`` nearest ``timestamp``."""
    digits = _digits(timestamp) or "9999"  # no time known: the capture nearest the year 9999, the newest
    return datasette.urls.path(f"/-/archived/{digits}/{quote(url, safe=_URL_SAFE)}")


def archived_link(datasette, url: str, timestamp: str | None) -> markupsafe.Markup:
    """The image URL, linking to its archived copy (not to the live site)."""
    return markupsafe.Markup('<a href="{0}" title="the archived copy">{1}</a>').format(
        archived_path(datasette, timestamp, url), url)


def archived_image_src(datasette, base: str | None, timestamp: str | None, url: str) -> str:
    """Where an ``<img>`` finds the archived image: the replay's ``id_`` URL when a replay
    is known, else this Datasette's ``/-/archived/`` route; never the live URL."""
    if base and timestamp:
        return replay_url(base, timestamp, quote(url, safe=_URL_SAFE), modifier="id_")
    return archived_path(datasette, timestamp, url)


async def article_page(datasette, row, url: str, base: str | None) -> markupsafe.Markup:
    """The URL cell of an article's own page: its provenance links (and replay), its lead
    image from the archive, and its versions with their replays and word diffs."""
    db = datasette.get_database(DATABASE)
    captured_at, target = await article_capture(datasette, row, url)
    replay = replay_url(base, captured_at, target) if base and captured_at else None
    out = article_links(datasette, url, replay)

    image = _value(row, "image_url")
    if _is_web_url(image):
        src = archived_image_src(datasette, base, captured_at, image)
        out += markupsafe.Markup(
            '<figure class="lead-image" style="margin:0.8em 0"><a href="{0}">'
            '<img src="{0}" alt="{1}" style="max-width:100%;max-height:28em"></a></figure>'
        ).format(src, _value(row, "image_caption") or "")

    versions = (await db.execute(
        "select version, captured_at from article_versions where article_url = ? order by version",
        [url])).rows
    if versions:
        items = []
        diff = datasette.urls.query(DATABASE, "version_diff")
        for version in versions:
            links = []
            if base and version["captured_at"]:
                links.append(markupsafe.Markup('<a href="{0}" class="replay-link">replay</a>').format(
                    replay_url(base, version["captured_at"], url)))
            if version["version"] > 1:
                links.append(markupsafe.Markup('<a href="{0}" class="diff-link">diff</a>').format(
                    f"{diff}?{urlencode({'url': url, 'version': version['version']})}"))
            items.append(markupsafe.Markup('<li class="article-version">version {0}, captured {1}{2}</li>').format(
                version["version"], version["captured_at"] or "?",
                markupsafe.Markup(" · ").join([markupsafe.Markup(""), *links]) if links else ""))
        out += markupsafe.Markup('<div class="article-versions"><strong>Versions</strong><ol>{0}</ol></div>').format(
            markupsafe.Markup("").join(items))
    return out


# -- /-/archived/<timestamp>/<url>: an archived body, from the WARC files --------------------------

# Characters left as they are when a URL goes into a path: the URL's own delimiters, and %.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
ARCHIVED_ROUTE = r"^/-/archived/(?P<timestamp>\d{1,14}|\d{4}-[0-9T:.+Z-]*)/(?P<url>https?:/.*)$"


def _digits(timestamp: str | None) -> str | None:
    """A 14-digit timestamp (or its start) from ISO 8601 or digits."""
    if not timestamp:
        return None
    if timestamp.isdigit():
        return timestamp[:14]
    return re.sub(r"\D", "", timestamp)[:14] or None


def _iso(timestamp: str) -> str:
    """ISO 8601 UTC instant of a timestamp given as 1-14 digits or ISO."""
    if timestamp.isdigit():
        return timestamp_to_iso_date(pad_timestamp(timestamp[:14], PAD_14_DOWN))
    return timestamp


def url_variants(url: str) -> list[str]:
    """The URL as asked, and the forms a crawl stores (percent-encoded or not, lower-case
    scheme and host, no fragment): the same resource, one of them in the archive."""
    variants = [url]
    try:
        parts = urlsplit(url)
        plain = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))
    except ValueError:
        return variants
    for form in (plain, quote(plain, safe=_URL_SAFE), unquote(plain)):
        if form not in variants:
            variants.append(form)
    return variants


def archived_body(db_path: Path, url: str, timestamp: str) -> tuple[str, bytes, dict[str, Any]] | None:
    """(Content-Type, payload, capture) of the capture of ``url`` nearest ``timestamp``
    that has a body; None when the archive has none. Reads the database and a WARC file."""
    try:
        archive = ArchiveDB.read_only(db_path)
    except FileNotFoundError:
        return None
    try:
        capture = next((found for form in url_variants(url)
                        if (found := archive.nearest_capture(form, _iso(timestamp)))), None)
    finally:
        archive.close()
    name = capture and capture["body_warc_filename"]
    if not name or Path(name).name != name:  # a file of the archive's warc/ folder, nothing else
        return None
    try:
        stored = read_stored_response(db_path.parent / "warc" / name, capture["body_warc_offset"])
    except (OSError, StopIteration, ValueError):
        return None
    if stored is None:
        return None
    headers, body = stored
    content_type = next((value for key, value in headers if key.lower() == "content-type"), None)
    return content_type or capture["content_type"] or "application/octet-stream", body, capture


async def archived(datasette, request) -> Response:
    """The archived body of a URL at a time, with its archived Content-Type; 404 if none."""
    url = re.sub(r"^(https?):/+", r"\1://", request.url_vars["url"])
    if request.query_string:
        url += "?" + request.query_string
    database = datasette.databases.get(DATABASE)
    found = None
    if database is not None and database.path:
        found = await asyncio.get_running_loop().run_in_executor(
            None, archived_body, Path(database.path), url, request.url_vars["timestamp"])
    if found is None:
        return Response.text(f"Not in the archive: {url}\n", status=404)
    content_type, body, capture = found
    return Response(body, content_type=content_type, headers={
        # Archived pages are someone else's markup: never run on this origin.
        "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
        "X-Content-Type-Options": "nosniff",
        "X-Archive-Capture-Date": capture["warc_date"] or "",
        "X-Archive-Target-URI": quote(capture["url"], safe=_URL_SAFE),
    })


@hookimpl
def register_routes(datasette):
    return [(ARCHIVED_ROUTE, archived)]
