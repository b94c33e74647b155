"""SQL views over the archive's tables, for researchers browsing it in Datasette.

Views hold no data, so they are dropped and recreated whenever their SQL
changes; :func:`create_views` is idempotent and writes nothing when every view
is already current. They use plain SQL only, so they work in any SQLite
client, not only in Datasette.
"""

from __future__ import annotations

import sqlite_utils

# Every change of an article: each version beside the one before it.
ARTICLE_VERSION_PAIRS = """
SELECT
  v.article_url,
  p.version AS previous_version,
  v.version,
  p.captured_at AS previous_captured_at,
  v.captured_at,
  p.crawl_id AS previous_crawl_id,
  v.crawl_id,
  p.title AS previous_title,
  v.title,
  p.title IS NOT v.title AS title_changed,
  p.published AS previous_published,
  v.published,
  p.author_name AS previous_author_name,
  v.author_name,
  p.body_text AS previous_body_text,
  v.body_text,
  p.body_text IS NOT v.body_text AS body_changed,
  length(v.body_text) - length(p.body_text) AS body_length_change,
  p.warc_filename AS previous_warc_filename,
  p.warc_offset AS previous_warc_offset,
  v.warc_filename,
  v.warc_offset
FROM article_versions AS v
JOIN article_versions AS p
  ON p.article_url = v.article_url AND p.version = v.version - 1
"""

# Provenance: every capture of every article, the current one marked.
# The capture that produced the stored row is matched by id too, because a
# redirected article is captured under its request URL as well.
ARTICLE_CAPTURES = """
SELECT
  a.id AS article_id,
  a.url AS article_url,
  a.title,
  c.id AS capture_id,
  c.crawl_id,
  c.fetched_at,
  c.status,
  c.record_type,
  c.warc_filename,
  c.warc_offset,
  c.warc_length,
  c.warc_record_id,
  c.id = a.capture_id AS is_current,
  a.first_seen,
  a.last_seen,
  a.removed_at
FROM articles AS a
JOIN captures AS c ON c.url = a.url OR c.id = a.capture_id
"""

VIEWS: dict[str, str] = {
    "article_version_pairs": ARTICLE_VERSION_PAIRS,
    "article_captures": ARTICLE_CAPTURES,
}


def _create_statement(name: str, select: str) -> str:
    return f"CREATE VIEW {name} AS{select.rstrip()}"


def create_views(db: sqlite_utils.Database) -> list[str]:
    """Create or update the archive's views; return the names (re)created."""
    changed = []
    for name, select in VIEWS.items():
        wanted = _create_statement(name, select)
        row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?",
                         [name]).fetchone()
        if row is not None and row[0] == wanted:
            continue
        with db.atomic():
            db.execute(f"DROP VIEW IF EXISTS {name}")
            db.execute(wanted)
        changed.append(name)
    return changed
