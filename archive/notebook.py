"""The archive from a notebook: ``from archive import open_archive``.

    archive = open_archive("data")
    rows = archive.articles(search="segregation")          # list of dicts
    frame = archive.articles_frame(where="published >= ?", params=["2020"])  # pandas, if installed
    archive.versions(url); captures = archive.captures(url)
    html = archive.html(captures[-1])                      # the archived bytes, from the WARC

The archive is opened read-only: looking at it from a notebook can never
change it. Every read verb of :class:`~archive.database.ArchiveDB` is
available on the object too (``archive.crawl_fill_rates()``, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive.database import ArchiveDB
from archive.warc import read_stored_response


class Archive:
    """An archive dir opened for reading: the database's verbs, and the WARC bytes behind them."""

    def __init__(self, archive_dir: Path | str) -> None:
        self.archive_dir = Path(archive_dir)
        self.db = ArchiveDB.read_only(self.archive_dir / "archive.db")

    def __getattr__(self, name: str) -> Any:
        # ArchiveDB's verbs; its writing verbs fail, the connection is read-only.
        return getattr(self.db, name)

    def __repr__(self) -> str:
        return f"<Archive {self.archive_dir}>"

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def articles_frame(self, *args: Any, **kwargs: Any):
        """:meth:`ArchiveDB.articles` as a pandas DataFrame (pandas is not a dependency)."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError("articles_frame needs pandas: pip install pandas "
                              "(or use archive.articles(), a list of dicts)") from error
        return pandas.DataFrame(self.db.articles(*args, **kwargs))

    def html(self, capture: dict[str, Any]) -> bytes:
        """The body archived for a capture (one of :meth:`captures`), as the server sent it
        (decompressed). A revisit gives the body of the capture it confirms."""
        filename = capture.get("body_warc_filename") or capture.get("warc_filename")
        offset = capture.get("body_warc_offset", capture.get("warc_offset"))
        if not filename or offset is None:
            raise LookupError(f"no body archived for this capture of {capture.get('url')} "
                              f"(status {capture.get('status')}, error {capture.get('error')!r})")
        stored = read_stored_response(self.archive_dir / "warc" / filename, offset)
        if stored is None:
            raise LookupError(f"the record at {filename}:{offset} is not a response")
        return stored[1]


def open_archive(archive_dir: Path | str = "data") -> Archive:
    """The archive in ``archive_dir`` (where ``allmannyttan-archive crawl`` wrote it), read-only."""
    return Archive(archive_dir)
