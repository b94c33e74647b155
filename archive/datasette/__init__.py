"""Serving the archive with Datasette 0.65: metadata, plugin and settings in one place.

The ``serve`` command and the tests build Datasette from the same pieces:
``metadata.yaml`` beside this file (titles, descriptions, facets, canned
queries), the hooks in :mod:`archive.datasette.plugin`, and :data:`SETTINGS`.
"""

from __future__ import annotations

import sqlite3
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
METADATA_PATH = PACKAGE_DIR / "metadata.yaml"  # for `datasette --metadata`, run from an installed tree
PLUGIN_NAME = "allmannyttan-archive"

SETTINGS: dict[str, Any] = {
    # Long article texts are cut in tables; a row's own page shows them whole.
    "truncate_cells_html": 300,
    "default_page_size": 50,
    # Facets over the whole archive and prefix searches need more than 200 ms on big archives.
    "facet_time_limit_ms": 1000,
    "sql_time_limit_ms": 5000,
}


def load_metadata() -> dict[str, Any]:
    """The shipped Datasette metadata (title, licence, descriptions, facets, queries)."""
    return yaml.safe_load(resources.files(__name__).joinpath("metadata.yaml").read_text(encoding="utf-8"))


def register_plugin() -> None:
    """Register the archive's Datasette hooks once per process.

    An installed package registers them through its ``datasette`` entry point
    (so plain ``datasette`` and ``datasette publish`` get them too); this covers
    a checkout that is imported without being installed."""
    from datasette.plugins import pm

    from archive.datasette import plugin

    if not pm.is_registered(plugin) and pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(plugin, name=PLUGIN_NAME)


def is_being_written(db_path: Path) -> bool:
    """True while a crawl may be writing the archive, so it must not be opened immutable.

    Two signs: a non-empty write-ahead log (``archive.db-wal``: commits not yet
    checkpointed, which SQLite clears when the last writer closes cleanly), or
    a crawl still marked ``running``. A crawl that died leaves both behind; the
    archive is then served read-only but not immutable, which only costs speed.
    Read-only readers leave an empty WAL file, which does not count.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        running = conn.execute("SELECT 1 FROM crawls WHERE status = 'running' LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return running is not None


def archive_metadata(replay_url: str | None = None) -> dict[str, Any]:
    """The shipped metadata, plus the plugin's configuration: the replay's base URL when
    one is given (``serve --replay-url``), read by the plugin as Datasette plugin config."""
    metadata = load_metadata()
    if replay_url:
        metadata.setdefault("plugins", {})[PLUGIN_NAME] = {"replay_url": replay_url}
    return metadata


def datasette_kwargs(db_path: Path, replay_url: str | None = None) -> dict[str, Any]:
    """Keyword arguments for ``datasette.app.Datasette`` on this archive."""
    immutable = not is_being_written(db_path)
    return {
        "files": [] if immutable else [str(db_path)],
        "immutables": [str(db_path)] if immutable else [],
        "metadata": archive_metadata(replay_url),
        "settings": dict(SETTINGS),
    }


def serve_arguments(db_path: Path, *, host: str, port: int, replay_url: str | None = None) -> list[str]:
    """Arguments for ``datasette serve`` equivalent to :func:`datasette_kwargs`."""
    database = ["-i", str(db_path)] if not is_being_written(db_path) else [str(db_path)]
    settings = [arg for name, value in SETTINGS.items() for arg in ("--setting", name, str(value))]
    metadata = str(METADATA_PATH)
    if replay_url:  # the plugin's configuration travels in the metadata file Datasette reads
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", prefix="archive-metadata-", delete=False,
                                         encoding="utf-8") as handle:
            yaml.safe_dump(archive_metadata(replay_url), handle, allow_unicode=True, sort_keys=False)
        metadata = handle.name
    return [*database, "--metadata", metadata, "--host", host, "--port", str(port), *settings]


def make_datasette(db_path: Path, replay_url: str | None = None):
    """A Datasette instance on the archive, hooks registered (used by the tests)."""
    from datasette.app import Datasette

    register_plugin()
    return Datasette(**datasette_kwargs(db_path, replay_url))
