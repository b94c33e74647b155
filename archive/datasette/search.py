"""Full-text queries for the archive: every term a prefix, FTS5 syntax escaped.

The index (``articles_fts``) uses SQLite's ``unicode61`` tokenizer with
``remove_diacritics 0``: letters are case-folded (``Å`` = ``å``) but keep their
diacritics, so ``får`` and ``far`` stay different words. Swedish inflects by
suffix (``Allmännyttan``, ``Allmännyttans``, ``Allmännyttornas``), so a reader's
query matches each term as a prefix: ``allmännyttan`` becomes
``"allmännyttan"*``. Quoting every term keeps FTS5 operators and punctuation
from being read as syntax; Datasette's ``_searchmode=raw`` still offers the
full FTS5 query language to those who want it.
"""

from __future__ import annotations

import re
import unicodedata

# A "quoted phrase" or a run of non-space characters.
_TERMS = re.compile(r'"([^"]*)"|(\S+)')

# FTS5 matches nothing for an empty phrase (and fails on an empty query).
MATCH_NOTHING = '""'


def prefix_query(query: str | None) -> str:
    """The FTS5 query for what a reader typed: each word or quoted phrase as a prefix."""
    if not query:
        return MATCH_NOTHING
    query = unicodedata.normalize("NFC", query)
    terms = []
    for phrase, word in _TERMS.findall(query):
        text = (phrase or word).replace('"', "").strip()
        if text:
            terms.append(f'"{text}"*')
    return " ".join(terms) or MATCH_NOTHING
