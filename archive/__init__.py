"""Everything about the stored archive: WARC files, the SQLite database and what reads them.

``from archive import open_archive`` opens an archive dir for reading in a notebook.
"""

from archive.notebook import open_archive

__all__ = ["open_archive"]
