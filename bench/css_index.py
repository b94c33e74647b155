"""Does the home-made selector index (crawler/parsers/css.py) earn its keep?

Issue 14 asks: measure the index against lxml's cssselect compiled once per
selector group (one XPath union per flag), and keep it only if it saves more
than 5 % of ``read_page``'s time. This times ``read_page`` on the fixture and
first-sight pages both ways in one process, interleaved, best of N passes, and
prints the share of ``read_page`` the index saves. The tree index itself stays
either way: the parsers look elements up by tag, class and attribute through it.

    .venv/bin/python bench/css_index.py [--passes N]
"""

from __future__ import annotations

import sys
import time
from functools import lru_cache
from pathlib import Path

import click

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import crawler.parsers.article as article  # noqa: E402
from crawler.reading import read_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html")) + sorted(
    (ROOT / "tests" / "fixtures").glob("first_sight*/*/*.html"))


@lru_cache(maxsize=64)
def compiled(selectors: tuple[str, ...]):
    from lxml.cssselect import CSSSelector

    return CSSSelector(", ".join(selectors))


def mark_with_cssselect(index, groups):
    """dom.mark, but each group as one compiled XPath union over the tree."""
    marks: dict = {}
    for flag, selectors in groups.items():
        if selectors:
            for el in compiled(tuple(selectors))(index.root):
                marks.setdefault(el, set()).add(flag)
    return marks


def best_pass(pages: list[tuple[bytes, str]], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for body, url in pages:
            read_page(body, "text/html", url)
        best = min(best, time.process_time() - started)
    return best


@click.command()
@click.option("--passes", type=click.IntRange(min=1), default=7, show_default=True)
def main(passes: int) -> None:
    pages = [(path.read_bytes(), "https://www.allmannyttan.se/x/") for path in PAGES]
    own = article.mark
    results = {"index": [], "cssselect": []}
    for _ in range(3):  # interleaved rounds: the machine's noise falls on both alike
        article.mark = own
        results["index"].append(best_pass(pages, passes))
        article.mark = mark_with_cssselect
        results["cssselect"].append(best_pass(pages, passes))
    article.mark = own
    index, xpath = min(results["index"]), min(results["cssselect"])
    per_page = lambda seconds: seconds / len(pages) * 1000  # noqa: E731
    click.echo(f"{len(pages)} pages; read_page CPU per page: index {per_page(index):.2f} ms, "
               f"cssselect union {per_page(xpath):.2f} ms; the index saves {(xpath - index) / xpath:.1%} "
               "of read_page's time")


if __name__ == "__main__":
    main()
