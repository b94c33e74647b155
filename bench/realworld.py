"""Real-world benchmark: our parsers against trafilatura on pages of the general web.

Two public corpora with hand-made gold standards, unpacked outside the repository
(bench/fetch_corpora.md says how): Mozilla Readability's test pages (title,
byline, publishedTime, article HTML) and Zyte's article-extraction benchmark
(articleBody). Every page goes through decode_html -> classify_page ->
parse_article and through trafilatura.bare_extraction, and both are scored by the
same pure functions below. ``--json`` keeps the per-page results; ``--write-doc``
records the table in docs/benchmarks.md between the realworld markers, beside the
figures of an earlier run (``--first-sight``, default DIR/first-sight.json).

    .venv/bin/python bench/realworld.py --corpus /work/corpora [--limit N] [--json OUT] [--write-doc]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import click
import lxml.html
from lxml import etree

if __package__ in (None, ""):  # run as a script: make the `bench` package importable
    # appended, not prepended: an explicit PYTHONPATH still decides which `crawler` is measured
    sys.path.append(str(Path(__file__).resolve().parent.parent))

from bench.common import replace_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- realworld:start -->", "<!-- realworld:end -->"
PLACEHOLDER_URL = "http://fakehost/test/page.html"  # the URL Readability's own tests give its pages
REPOS = {"readability": "mozilla/readability (test/test-pages)",
         "zyte": "scrapinghub/article-extraction-benchmark (html/, ground-truth.json)",
         "mercury": "postlight/parser (fixtures/, src/extractors/custom/*/index.test.js)"}
TRAFILATURA = {"with_metadata": True, "include_comments": False,
               "date_extraction_params": {"original_date": True, "extensive_search": True}}
EXTRACTORS = ("ours", "trafilatura")
MIN_WORDS = 5
TITLE_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|·|::|»)\s+|\s*_\s*)")
NOTHING = {"title": None, "published": None, "authors": [], "body": "", "kind": None, "error": None}
UNIFY = str.maketrans({**dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟«»″", '"'),
                       **dict.fromkeys("‐‑‒–—―−", "-"), "\u00a0": " "})
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
BLOCKS = set("address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
             "header hr li main ol p pre section table td th tr ul".split())


# ---- scoring: pure functions -------------------------------------------------------------------

def normalise(text: str | None) -> str:
    """NFC, casefolded, quotes and dashes unified, invisible characters dropped, whitespace collapsed."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text or "")).translate(UNIFY).casefold()
    return " ".join(text.split())


def sentences(text: str | None) -> list[str]:
    """Normalised sentences: split after . ! ? and at line breaks; fragments under 5 words dropped."""
    parts = (normalise(part) for part in SPLIT.split(text or ""))
    return [part for part in parts if len(part.split()) >= MIN_WORDS]


def title_ok(got: str | None, gold: str | None) -> bool:
    """Equal once normalised, or one contains the other and the shorter is >= 80% of the longer,
    or one is a whole segment of the other split at a site-name separator: Readability's gold
    is the page's <title> ("Headline | Site", "Headline - Author - Medium")."""
    got, gold = normalise(got), normalise(gold)
    if not got or not gold:
        return False
    short, long_ = sorted((got, gold), key=len)
    return got == gold or (short in long_ and len(short) >= 0.8 * len(long_)) \
        or got in title_parts(gold) or gold in title_parts(got)


def title_parts(title: str) -> set[str]:
    """Every run of whole segments a title splits into at site-name separators, from either end:
    "A - B | Site" -> {"A", "A - B", "B | Site", "B", "Site", ...}."""
    pieces = TITLE_SEPARATOR.split(title)  # text, separator, text, ...
    texts = pieces[::2]
    runs = set(texts)
    for k in range(1, len(texts)):
        runs.add("".join(pieces[: 2 * k - 1]))
        runs.add("".join(pieces[2 * k:]))
    return runs


def author_ok(names: list[str], byline: str | None) -> bool:
    """At least one name, and every name we return appears in the normalised gold byline."""
    names = [normalise(name) for name in names if normalise(name)]
    gold = normalise(byline)
    return bool(names) and all(name in gold for name in names)


def gold_date(published_time: str | None) -> str | None:
    """The calendar date as written at the start of the gold value (no time-zone conversion)."""
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", published_time or "")
    return match.group(1) if match else None


def date_ok(got: str | None, gold: str | None) -> bool:
    """Our YYYY-MM-DD equals the gold's calendar date."""
    return bool(got) and gold_date(gold) is not None and str(got).strip()[:10] == gold_date(gold)


def body_scores(extracted: str | None, gold: str | None) -> dict[str, Any] | None:
    """wanted: share of gold sentences in the extracted text; boiler: share of extracted sentences
    not in the gold text (0 when none were extracted; `empty` counts those pages); None when the
    gold has no sentence of 5 words (e.g. Chinese or Japanese text without spaces)."""
    want = sentences(gold)
    if not want:
        return None
    text, gold_text = normalise(extracted), normalise(gold)
    got = sentences(extracted)
    missed = [s for s in want if s not in text]
    kept = [s for s in got if s not in gold_text]
    return {"wanted": 1 - len(missed) / len(want), "boiler": len(kept) / len(got) if got else 0.0,
            "empty": not text, "missed": missed[:3], "kept": kept[:3]}


def html_text(html: str) -> str:
    """The text of an HTML fragment, a line break around every block element."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    etree.strip_elements(root, "script", "style", etree.Comment, with_tail=False)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    return root.text_content()


# ---- corpora and extractors --------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """One page: raw bytes and its gold fields (title, byline, published, body)."""

    corpus: str
    name: str
    url: str
    raw: bytes
    gold: dict[str, Any]


def readability_pages(folder: Path) -> list[Page]:
    """test-pages/<name>/{source.html, expected-metadata.json, expected.html}."""
    pages = []
    for sub in sorted(p for p in folder.iterdir() if (p / "source.html").exists()):
        meta = json.loads((sub / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = sub / "expected.html"
        body = html_text(expected.read_text(encoding="utf-8")) if expected.exists() else ""
        gold = {"title": meta.get("title"), "byline": (meta.get("byline") or "").strip() or None,
                "published": meta.get("publishedTime"), "body": body,
                "synthetic": "lorem ipsum" in body.casefold()}  # Readability's own unit-test pages
        pages.append(Page("readability", sub.name, PLACEHOLDER_URL, (sub / "source.html").read_bytes(), gold))
    return pages


def zyte_pages(folder: Path) -> list[Page]:
    """html/<id>.html with ground-truth.json's articleBody and url."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [Page("zyte", key, entry.get("url") or PLACEHOLDER_URL, (folder / "html" / f"{key}.html").read_bytes(),
                 {"body": entry.get("articleBody") or ""})
            for key, entry in sorted(truth.items()) if (folder / "html" / f"{key}.html").exists()]


# A JavaScript string literal ('…', "…" or `…`), maybe several joined with `+`.
_JS_STRING = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)"""
_JS_VALUE = rf"({_JS_STRING}(?:\s*\+\s*{_JS_STRING})*)"
_JS_EVENTS = re.compile(
    rf"readFileSync\(\s*'\./fixtures/(?P<fixture>[^']+)'"
    rf"|\b(?:url|uri)\s*=\s*{_JS_VALUE.replace('(', '(?P<url>', 1)}"
    rf"|assert\.equal\(\s*(?P<field>title|author|date_published)\s*,\s*{_JS_VALUE.replace('(', '(?P<value>', 1)}")


def js_string(literal: str) -> str:
    """The value of a JS string literal (or of literals joined with +): quotes off, escapes read."""
    text = "".join(part[1:-1] for part in re.findall(_JS_STRING, literal))
    return re.sub(r"\\(u\{?[0-9a-fA-F]{4,5}\}?|.)", _js_escape, text)


def _js_escape(match: re.Match[str]) -> str:
    """The character one backslash escape stands for: \\u2019, \\u{1F600}, \\n, \\t, \\' ..."""
    code = match.group(1)
    if code[0] == "u" and len(code) > 1:
        return chr(int(code[1:].strip("{}"), 16))
    return {"n": "\n", "t": "\t"}.get(code, code)


def mercury_gold(test_source: str) -> dict[str, dict[str, str]]:
    """Per fixture file, the url, title, author and date_published a Mercury test asserts.

    An assertion belongs to the fixture read last before it and the url set last before it.
    """
    gold: dict[str, dict[str, str]] = {}
    fixture = url = None
    for event in _JS_EVENTS.finditer(test_source):
        if event.group("fixture"):
            fixture = event.group("fixture")
        elif event.group("url"):
            url = js_string(event.group("url"))
        elif fixture and url:
            entry = gold.setdefault(fixture, {"url": url})
            entry.setdefault(event.group("field"), js_string(event.group("value")))
    return gold


def instant_dates(instant: str | None) -> set[str]:
    """Calendar dates a UTC instant falls on somewhere (UTC-12 to UTC+14).

    Mercury's gold converts every date to UTC and loses the page's own offset;
    the page's calendar date is one of these.
    """
    try:
        moment = dt.datetime.fromisoformat((instant or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return set()
    return {(moment + dt.timedelta(hours=hours)).date().isoformat() for hours in (-12, 0, 14)}


_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_META_VALUE = re.compile(rb"(\s)value=", re.IGNORECASE)


def meta_content_restored(raw: bytes) -> bytes:
    """Mercury saved its fixtures after renaming each <meta content=> to value=: renamed back."""
    return _META_TAG.sub(lambda m: m.group(0) if re.search(rb"\scontent=", m.group(0), re.IGNORECASE)
                         else _META_VALUE.sub(rb"\1content=", m.group(0), count=1), raw)


def mercury_pages(folder: Path) -> list[Page]:
    """fixtures/<name>.html with the title, author and date its src/extractors/custom/*/index.test.js asserts."""
    pages = []
    for test in sorted(folder.glob("src/extractors/custom/*/index.test.js")):
        for fixture, gold in sorted(mercury_gold(test.read_text(encoding="utf-8")).items()):
            html = folder / "fixtures" / fixture
            if html.exists() and len(gold) > 1:
                raw = meta_content_restored(html.read_bytes())
                pages.append(Page("mercury", fixture.removesuffix(".html"), gold["url"], raw,
                                  {"title": gold.get("title"), "byline": gold.get("author"),
                                   "published_dates": sorted(instant_dates(gold.get("date_published"))),
                                   "body": ""}))
    return pages


def run_ours(raw: bytes, url: str) -> dict[str, Any]:
    """decode_html (no content type), classify_page, parse_article; its caught failures count as errors."""
    from crawler.parsers import classify_page, decode_html, parse_article

    html = decode_html(raw, None)
    kind = classify_page(html, url)
    art = parse_article(html, url)
    names = [a.get("name") or "" for a in art.get("authors") or []] or [art.get("author_name") or ""]
    errors = [w for w in art.get("warnings") or [] if str(w).startswith("parse:")]
    return {"title": art.get("title"), "published": art.get("published"), "authors": [n for n in names if n],
            "body": art.get("body_text") or "", "kind": kind, "error": errors[0] if errors else None}


def run_trafilatura(raw: bytes, url: str) -> dict[str, Any]:
    """trafilatura.bare_extraction on the raw bytes (it decodes them itself); authors split at ';'."""
    import trafilatura

    doc = trafilatura.bare_extraction(raw, url=url, **TRAFILATURA)
    if doc is None:
        return dict(NOTHING)
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"title": doc.title, "published": doc.date, "authors": authors, "body": doc.text or "",
            "kind": None, "error": None}


def score_page(page: Page, out: dict[str, Any]) -> dict[str, Any]:
    """Every score that applies to this page (None where the gold has nothing to compare)."""
    gold, body = page.gold, body_scores(out["body"], page.gold["body"]) or {}
    dates = gold.get("published_dates") or ([gold_date(gold.get("published"))] if gold_date(gold.get("published"))
                                            else [])
    has_title, has_byline, has_date = bool(gold.get("title")), bool(gold.get("byline")), bool(dates)
    title = title_ok(out["title"], gold["title"]) if has_title else None
    return {"title": title, "title_real": title if not gold.get("synthetic") else None,
            "author": author_ok(out["authors"], gold["byline"]) if has_byline else None,
            "author_none": not out["authors"] if has_byline else None,
            "date": any(date_ok(out["published"], day) for day in dates) if has_date else None,
            "date_none": not out["published"] if has_date else None,
            **{key: body.get(key) for key in ("wanted", "boiler", "empty")},
            "classified": out["kind"] == "article" if has_byline and has_date and out["kind"] else None,
            "missed": body.get("missed", []), "kept": body.get("kept", [])}


def run_page(page: Page, name: str) -> dict[str, Any]:
    """One extractor on one page: its fields, scores, seconds and any exception (caught)."""
    started = time.perf_counter()
    try:
        out = (run_ours if name == "ours" else run_trafilatura)(page.raw, page.url)
    except Exception as exc:  # counted, never fatal
        out = {**NOTHING, "error": f"{type(exc).__name__}: {exc}"[:300]}
    seconds = time.perf_counter() - started
    return {**{k: v for k, v in out.items() if k != "body"}, "body_chars": len(out["body"]),
            "body_head": out["body"][:160], "seconds": seconds, "scores": score_page(page, out)}


# ---- summary, table, doc -----------------------------------------------------------------------

BODY_ROWS = (("body: wanted sentences present", "wanted"), ("body: boilerplate kept (lower is better)", "boiler"),
             ("body: empty", "empty"))
META_ROWS = (("title correct", "title"), ("author correct", "author"), ("author: nothing found", "author_none"),
             ("date correct", "date"), ("date: nothing found", "date_none"),
             ("classified 'article' (gold byline and date)", "classified"))
ROWS = tuple((label, key, "readability") for label, key in (
    ("title correct", "title"), ("title correct, real pages (Lorem-ipsum unit tests left out)", "title_real"),
    ("author correct", "author"), ("author: nothing found", "author_none"),
    ("date correct", "date"), ("date: nothing found", "date_none"))) + tuple(
    (label, key, corpus) for corpus in ("zyte", "readability") for label, key in BODY_ROWS) + (
    ("classified 'article' (gold byline and date)", "classified", "readability"),) + tuple(
    (label, key, "mercury") for label, key in META_ROWS)


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Per row and extractor: the mean over the pages where the score applies, and their count."""
    summary: dict[str, Any] = {}
    for label, key, corpus in ROWS:
        for name in EXTRACTORS:
            values = [r[name]["scores"][key] for r in results if r["corpus"] == corpus
                      and r[name]["scores"][key] is not None]
            summary[f"{label} [{corpus}]/{name}"] = {"pages": len(values),
                                                     "value": statistics.fmean(values) if values else None}
    for name in EXTRACTORS:
        summary[f"errors/{name}"] = {"pages": len(results), "value": sum(bool(r[name]["error"]) for r in results)}
        summary[f"seconds/{name}"] = {"pages": len(results), "value": sum(r[name]["seconds"] for r in results)}
    return summary


def table(summary: dict[str, Any], first: dict[str, Any] | None = None, first_label: str = "") -> str:
    """Markdown: one row per field, ours (and the first-sight ours) and trafilatura."""
    cols = [f"ours, {first_label}", "ours, this run", "trafilatura"] if first else ["ours", "trafilatura"]
    lines = [f"| field | corpus | pages | {' | '.join(cols)} |", "|---|---|---:|" + "---:|" * len(cols)]
    fmt = lambda cell: "—" if cell is None or cell["value"] is None else (  # noqa: E731
        f"{cell['value']:.3f}" if isinstance(cell["value"], float) else str(cell["value"]))
    keys = [(label, corpus, f"{label} [{corpus}]") for label, _, corpus in ROWS]
    keys += [("exceptions (pages)", "both", "errors"), ("seconds, all pages", "both", "seconds")]
    for label, corpus, key in keys:
        cells = ([fmt(first.get(f"{key}/ours"))] if first else []) + [fmt(summary[f"{key}/{n}"]) for n in EXTRACTORS]
        lines.append(f"| {label} | {corpus} | {summary[f'{key}/ours']['pages']} | {' | '.join(cells)} |")
    return "\n".join(lines)


def git_state(path: Path) -> str:
    """Short commit of the tree at `path`, '+changes' when crawler/parsers differs from it."""
    def git(*args: str) -> str:
        run = subprocess.run(["git", "-C", str(path), *args], capture_output=True, text=True)
        return run.stdout.strip() if run.returncode == 0 else ""
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (" + uncommitted changes" if git("status", "--porcelain", "--", "crawler/parsers") else "")


def doc_section(run: dict[str, Any], first: dict[str, Any] | None) -> str:
    """The realworld section of docs/benchmarks.md."""
    meta, label = run["meta"], f"first sight, commit {first['meta']['crawler']}" if first else ""
    corpora = "; ".join(f"`{REPOS[c]}` at commit {meta['corpus_commits'][c]}, {n} pages"
                        for c, n in meta["pages"].items())
    options = ", ".join(f"{k}={v!r}" for k, v in TRAFILATURA.items())
    return "\n".join([
        START, "## Real-world pages", "",
        "Our parsers against trafilatura on real news and blog pages of the general web, scored against the "
        "corpora's hand-made gold standards. Both get the raw bytes (ours: `decode_html(raw, None)`, `classify_page`, "
        f"`parse_article`; trafilatura: `bare_extraction(raw, url=..., {options})`) and the corpus URL (Zyte) or a "
        "placeholder (Readability). The rules are the functions in `bench/realworld.py`: title equal once "
        "normalised (or one containing the other at >= 80% of its length, or one a whole segment of the other "
        "split at a site-name separator such as ` | ` or ` - `; the first-sight column was scored without that "
        "last rule); every author name inside the gold "
        "byline; the gold's calendar date (Mercury's gold is a UTC instant: any calendar date it falls on from "
        "UTC-12 to UTC+14); body sentences of >= 5 words, the gold's found in the extracted text "
        "(wanted) and the extracted ones not found in the gold (boilerplate), averaged per page. `pages` counts "
        "the pages whose gold has the field (body: a sentence of >= 5 words, so Chinese and Japanese pages drop out).",
        "", "- Command: `.venv/bin/python bench/realworld.py --corpus /work/corpora --write-doc` (corpus folder "
        "recreated as `bench/fetch_corpora.md` says; the first-sight column is an earlier run's `--json` file)",
        f"- Corpus: {corpora}",
        f"- Date: {meta['date']}; trafilatura {meta['trafilatura']}; `ours` is commit {meta['crawler']}",
        f"- These pages were never used to tune the parsers at the time of their first measurement "
        f"({label or 'this run'}; each corpus at the commit named beside it); later columns are in-sample.",
        "- Caveats: Readability's gold title is the page's `<title>` (site names included) and about 20 of its "
        "pages are synthetic unit tests (`Lorem ipsum`); Mercury saved its fixtures with every `<meta content>` "
        "renamed `value`, which the loader renames back for both extractors; Mercury's gold is what its per-site "
        "extractors were tested to return (title, author, date), Readability's and Zyte's were made by hand; "
        "`seconds` is one pass's wall time, decoding included, each column from its own run (the first-sight "
        "column's from the first run listed, on fewer pages).", "",
        table(run["summary"], first and first["summary"], label), "", END])


def merged_first_sight(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Earlier runs as one first-sight column: each corpus's figures from the first run that
    measured it (a corpus added later has its own first sight)."""
    if not runs:
        return None
    summary: dict[str, Any] = {}
    commits: list[str] = []
    seen: set[str] = set()
    for run in runs:
        corpora = sorted(set(run["meta"].get("pages", {})) - seen)
        added = {k: v for k, v in run["summary"].items()
                 if k not in summary and (not seen or any(f"[{c}]" in k for c in corpora))}
        seen.update(corpora)
        if added:
            summary.update(added)
            commits.append(run["meta"]["crawler"] + (f" ({', '.join(corpora)})" if len(runs) > 1 else ""))
    return {"meta": {**runs[0]["meta"], "crawler": "; ".join(commits)}, "summary": summary}


@click.command()
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False), required=True)
@click.option("--write-doc", is_flag=True, help="record the table in docs/benchmarks.md")
@click.option("--limit", type=int, default=None, help="at most N pages per corpus")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option("--first-sight", type=click.Path(path_type=Path, dir_okay=False), multiple=True,
              help="an earlier --json run shown beside this one (default DIR/first-sight.json and, for the "
                   "corpora it lacks, DIR/<corpus>-first-sight.json); may be given several times")
def main(corpus_dir: Path, write_doc: bool, limit: int | None, json_out: Path | None,
         first_sight: tuple[Path, ...]) -> None:
    import crawler

    crawler_root = Path(crawler.__file__).resolve().parent.parent
    print(f"crawler imported from {crawler_root}")
    pages, commits = [], {}
    for name, loader in (("readability", readability_pages), ("zyte", zyte_pages), ("mercury", mercury_pages)):
        folder = corpus_dir / name
        if not folder.is_dir():
            print(f"corpus {name}: missing ({folder}), skipped")
            continue
        found = loader(folder)[:limit]
        commits[name] = (folder / "COMMIT").read_text().strip()[:12] if (folder / "COMMIT").exists() else "?"
        print(f"corpus {name}: {len(found)} pages")
        pages += found
    results = [{"corpus": page.corpus, "name": page.name, "url": page.url,
                "gold": {k: v for k, v in page.gold.items() if k != "body"},
                **{name: run_page(page, name) for name in EXTRACTORS}} for page in pages]
    meta = {"date": dt.date.today().isoformat(), "crawler": git_state(crawler_root), "crawler_path": str(crawler_root),
            "trafilatura": metadata.version("trafilatura"), "corpus_commits": commits,
            "pages": {c: sum(p.corpus == c for p in pages) for c in commits}, "limit": limit}
    run = {"meta": meta, "summary": summarise(results), "pages": results}
    paths = list(first_sight) or [corpus_dir / "first-sight.json",
                                  *sorted(corpus_dir.glob("*-first-sight.json"))]
    paths = [p for p in paths if p.exists() and not (json_out and p.resolve() == json_out.resolve())]
    first = merged_first_sight([json.loads(p.read_text(encoding="utf-8")) for p in paths])
    label = f"first sight, commit {first['meta']['crawler']}" if first else ""
    print(table(run["summary"], first and first["summary"], label))
    if json_out:
        json_out.write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
    if write_doc:
        replace_section(doc_section(run, first), START, END, DOC)
        print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
