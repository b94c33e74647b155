"""The crawl, re-extraction and storage sections of docs/benchmarks.md, from bench/crawl.py's figures.

Each section sits between its own markers and is replaced whole (appended at
the end of the file when missing); nothing else in the file is touched.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from bench.common import replace_section

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
MARKERS = {name: (f"<!-- {name}:start -->", f"<!-- {name}:end -->") for name in ("crawl", "reextract", "storage")}

SPEED_VS_WGET = 6.0  # pages/s at 100 ms latency, against wget
SHARE_OF_BARE = 2 / 3  # pages/s at 0 ms, against the bare Scrapy spider
SHARE_OF_BARE_AT_LATENCY = 0.9  # pages/s at 100 ms, against the bare Scrapy spider
CPU_PER_REQUEST_VS_BARE = 1.10  # CPU per request, against the bare spider fetching the project's URLs
RSS_VS_BARE = 1.5  # peak RSS, against the same
BEFORE = ROOT / "bench" / "results" / "crawl-before.json"  # the figures before issue 16
REEXTRACT_VS_TRAFILATURA = 5.0
RSS_LIMIT_MB = 300.0
RSS_GROWTH = 1.5  # the largest site's peak RSS against the smallest's
LABELS = {"project": "project `crawl`", "bare": "bare Scrapy spider",
          "bare_same": "bare Scrapy spider, the project's URLs", "wget": "wget --recursive --warc-file"}


def num(n: float | int) -> str:
    return f"{n:,}".replace(",", " ")


def pct(x: float) -> str:
    return f"{x:.0%}"


def header(result: dict[str, Any]) -> list[str]:
    m = result["machine"]
    return [f"- Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, Scrapy {m['scrapy']}, {m['wget']}",
            f"- Date: {m['date']}; commit {m['commit']}",
            f"- Command: `{result['command']}` ({result.get('total_seconds', 0) / 60:.0f} min)"]


# -- crawl --------------------------------------------------------------------------------
def case_table(case: dict[str, Any]) -> list[str]:
    lines = ["| crawler | HTML pages | requisites | other | wall (s) | pages/s | CPU s per 1,000 pages "
             "| CPU ms per request | peak RSS (MB) | WARC bytes |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in ("project", "bare", "bare_same", "wget"):
        r = case["runs"].get(name)
        if r is None:
            continue
        wall = f"{r['wall']:.1f}" + (" (time-boxed)" if r.get("timed_out") else "")
        warc = num(r["warc_bytes"]) if not name.startswith("bare") else "— (none written)"
        lines.append(f"| {LABELS[name]} | {num(r['pages'])} | {num(r['requisites'])} | {num(r['other'])} | {wall} "
                     f"| {r['pages_per_second']:.1f} | {r['cpu_per_1000_pages']:.1f} "
                     f"| {per_request if (per_request := r.get('cpu_ms_per_request')) is not None else '—'} "
                     f"| {r['max_rss_mb']:.0f} "
                     f"| {warc} |")
    return lines


def server_line(case: dict[str, Any]) -> str:
    cap = case["capacity"]
    runs = case["runs"]
    fastest = max(runs, key=lambda n: runs[n]["requests_per_second"])
    busiest = max(r["server_cpu"] / r["wall"] for r in runs.values())
    other = max(r.get("other_cpu", 0) / r["wall"] for r in runs.values())
    project = runs["project"]["requests_per_second"]
    return (f"Server: {cap['requests_per_second']:.0f} requests/s with {cap['threads']} keep-alive clients in "
            f"another process ({cap['seconds']:.0f} s): {cap['requests_per_second'] / project:.1f}x the project's "
            f"{project:.0f} requests/s (pages, requisites and other) and "
            f"{cap['requests_per_second'] / runs[fastest]['requests_per_second']:.1f}x the fastest crawler's "
            f"({LABELS[fastest]}, {runs[fastest]['requests_per_second']:.0f}); the server process was busy at "
            f"most {pct(busiest)} of one core during a crawl. Other processes on the machine used at most "
            f"{other:.2f} cores during a run (each run waited for a quiet machine first).")


def find(result: dict[str, Any], articles: int | None = None, latency: float | None = None) -> list[dict]:
    return [c for c in result["cases"] if (articles is None or c["articles"] == articles)
            and (latency is None or c["latency_ms"] == latency)]


def crawl_verdicts(result: dict[str, Any]) -> list[str]:
    out = []
    for case in find(result, latency=100.0):
        p, w, b = case["runs"]["project"], case["runs"]["wget"], case["runs"]["bare"]
        ratio = p["pages_per_second"] / w["pages_per_second"] if w["pages_per_second"] else float("inf")
        share = p["pages_per_second"] / b["pages_per_second"]
        met = ratio >= SPEED_VS_WGET and share >= SHARE_OF_BARE_AT_LATENCY
        out.append(f"- **100 ms latency, {num(case['articles'])} articles: {'met' if met else 'not met'}.** "
                   f"The project fetched {p['pages_per_second']:.1f} pages/s: {share:.2f} of the bare spider's "
                   f"{b['pages_per_second']:.1f} (target {SHARE_OF_BARE_AT_LATENCY}) and {ratio:.1f}x wget's "
                   f"{w['pages_per_second']:.1f} (one request at a time, {w['wall']:.0f} s budget; target "
                   f"{SPEED_VS_WGET:.0f}x).")
    for case in find(result, latency=0.0):
        p, b = case["runs"]["project"], case["runs"]["bare"]
        share = p["pages_per_second"] / b["pages_per_second"]
        met = share >= SHARE_OF_BARE
        out.append(f"- **0 ms latency, {num(case['articles'])} articles: {'met' if met else 'not met'}.** "
                   f"The project reached {share:.0%} of the bare spider's pages/s ({p['pages_per_second']:.1f} "
                   f"against {b['pages_per_second']:.1f}); the target is 67%."
                   + ("" if met else f" Short by {SHARE_OF_BARE - share:.0%} points: the project would have to "
                      f"be {SHARE_OF_BARE / share:.2f}x faster."))
    for case in find(result, latency=0.0):
        p, same = case["runs"]["project"], case["runs"].get("bare_same")
        if not same or not same.get("cpu_ms_per_request") or not p.get("cpu_ms_per_request"):
            continue
        cpu = p["cpu_ms_per_request"] / same["cpu_ms_per_request"]
        rss = p["max_rss_mb"] / same["max_rss_mb"]
        out.append(f"- **Archiving against fetching, {num(case['articles'])} articles at 0 ms: CPU "
                   f"{'met' if cpu <= CPU_PER_REQUEST_VS_BARE else 'not met'}, memory "
                   f"{'met' if rss <= RSS_VS_BARE else 'not met'}.** Against the bare spider fetching the same "
                   f"URLs, the project spent {p['cpu_ms_per_request']:.1f} ms of CPU per request (its parsing "
                   f"worker included) against {same['cpu_ms_per_request']:.1f}: {cpu:.2f}x, target "
                   f"{CPU_PER_REQUEST_VS_BARE:.2f}x; peak RSS {p['max_rss_mb']:.0f} MB against "
                   f"{same['max_rss_mb']:.0f}: {rss:.2f}x, target {RSS_VS_BARE}x.")
    zero = sorted(find(result, latency=0.0), key=lambda c: c["articles"])
    if len(zero) >= 2:
        small, big = zero[0]["runs"]["project"], zero[-1]["runs"]["project"]
        growth = big["max_rss_mb"] / small["max_rss_mb"]
        met = big["max_rss_mb"] < RSS_LIMIT_MB and growth <= RSS_GROWTH
        out.append(f"- **Peak RSS with the site's size: {'met' if met else 'not met'}.** {big['max_rss_mb']:.0f} MB at "
                   f"{num(zero[-1]['articles'])} articles (limit {RSS_LIMIT_MB:.0f} MB), {growth:.2f}x the "
                   f"{small['max_rss_mb']:.0f} MB at {num(zero[0]['articles'])} (limit {RSS_GROWTH}x). "
                   f"The bare spider peaked at {zero[-1]['runs']['bare']['max_rss_mb']:.0f} MB on the same site.")
    return out


def load_before(path: Path = BEFORE) -> dict[str, Any] | None:
    """The figures kept from before issue 16, if the file is there."""
    import json

    return json.loads(path.read_text()) if path.exists() else None


def before_after_lines(result: dict[str, Any], before: dict[str, Any] | None) -> list[str]:
    """The project's figures in this run beside the same case's before issue 16."""
    if not before:
        return []
    lines = ["### Before and after",
             "",
             f"The same cases before issue 16's work (commit {before['commit']}, {before['date']}, "
             f"{before.get('machine', 'another machine')}; kept in `{BEFORE.relative_to(ROOT)}`) and in this "
             "run. Where the machines differ, compare the ratios to the bare spider and to wget, which ran "
             "beside the project each time, rather than the absolute figures: the bare spider's own rows "
             "show how much the machine moved them.",
             "", "| case | figure | before | after |", "|---|---|---:|---:|"]
    for old in before["cases"]:
        now = find(result, old["articles"], old["latency_ms"])
        if not now:
            continue
        case = f"{num(old['articles'])} articles, {old['latency_ms']:g} ms"
        op, ob = old["runs"]["project"], old["runs"]["bare"]
        np_, nb = now[0]["runs"]["project"], now[0]["runs"]["bare"]

        def per_request(r: dict[str, Any]) -> float:
            return r["cpu_per_1000_pages"] * r["pages"] / (r["pages"] + r["requisites"] + r["other"])

        rows = [("project pages/s", f"{op['pages_per_second']:.1f}", f"{np_['pages_per_second']:.1f}"),
                ("bare spider pages/s", f"{ob['pages_per_second']:.1f}", f"{nb['pages_per_second']:.1f}"),
                ("project ÷ bare spider, pages/s", f"{op['pages_per_second'] / ob['pages_per_second']:.2f}",
                 f"{np_['pages_per_second'] / nb['pages_per_second']:.2f}"),
                ("project CPU ms per request", f"{per_request(op):.1f}", f"{per_request(np_):.1f}"),
                ("project peak RSS (MB)", f"{op['max_rss_mb']:.0f}", f"{np_['max_rss_mb']:.0f}")]
        if old["latency_ms"] > 0 and "wget" in now[0]["runs"]:
            ow, nw = old["runs"]["wget"], now[0]["runs"]["wget"]
            rows.append(("project ÷ wget, pages/s", f"{op['pages_per_second'] / ow['pages_per_second']:.1f}",
                         f"{np_['pages_per_second'] / nw['pages_per_second']:.1f}"))
        lines += [f"| {case} | {what} | {b} | {a} |" for what, b, a in rows]
    r, old_r = result.get("reextract"), before.get("reextract")
    if r and old_r and r["archive_articles"] == old_r["archive_articles"]:
        lines.append(f"| reextract, {num(r['archive_articles'])}-article archive | pages/s (÷ trafilatura) | "
                     f"{old_r['command']['pages_per_second']:.1f} "
                     f"({old_r['command']['pages_per_second'] / old_r['trafilatura_all']['pages_per_second']:.2f}x) | "
                     f"{r['command']['pages_per_second']:.1f} "
                     f"({r['command']['pages_per_second'] / r['trafilatura_all']['pages_per_second']:.2f}x) |")
    return lines


def profile_lines(result: dict[str, Any]) -> list[str]:
    prof = result.get("profile")
    if not prof:
        return []
    lines = ["### Where the crawl's time goes",
             "",
             f"py-spy (sampling at {prof['rate']} Hz, `bench/crawl_profile.py`) on the project's crawl of a "
             f"{num(prof['articles'])}-article site at 0 ms, {num(prof['samples'])} samples of busy threads. "
             "Each stack is charged to the component nearest its leaf:",
             "", "| component | share of CPU samples |", "|---|---:|"]
    lines += [f"| {name} | {share:.1%} |" for name, share in prof["components"].items() if share >= 0.0005]
    lines += ["", "Functions with the most own time: " + "; ".join(
        f"`{name}` {share:.1%}" for name, share in prof["top_functions"][:8]) + "."]
    return lines


def analysis_lines(result: dict[str, Any]) -> list[str]:
    """Why the figures are what they are, from the runs and the profile."""
    zero = sorted(find(result, latency=0.0), key=lambda c: c["articles"])
    prof = result.get("profile")
    if not zero:
        return []
    case = zero[0]
    p, b = case["runs"]["project"], case["runs"]["bare"]
    p_ms, b_ms = p["cpu_per_1000_pages"], b["cpu_per_1000_pages"]
    p_req = p["pages"] + p["requisites"] + p["other"]
    lines = ["### Why", "",
             f"At 0 ms both Scrapy crawlers are CPU-bound on one core (the reactor and the pipeline share one "
             f"thread; the project's parsers run in a worker process on the other core): on "
             f"{num(case['articles'])} articles the project's processes used "
             f"{p['cpu'] / p['wall']:.0%} of a core over its run and the bare spider {b['cpu'] / b['wall']:.0%}, "
             f"while the server process used {max(p['server_cpu'] / p['wall'], b['server_cpu'] / b['wall']):.0%} "
             "of the other core. So pages/s is about 1 / CPU per page: "
             f"the project spends {p_ms:.1f} ms of CPU per HTML page, the bare spider {b_ms:.1f} ms; the "
             f"{p_ms - b_ms:.1f} ms between them is the cost of archiving (and the project also makes "
             f"{num(p_req - p['pages'])} requests that are not pages: requisites, robots.txt, sitemaps)."]
    if prof:
        busy = {k: v for k, v in prof["components"].items() if not k.startswith("start-up")}
        total = sum(busy.values()) or 1
        parts = "; ".join(f"{name.split(' (')[0]} {p_ms * share / total:.1f} ms" for name, share in busy.items()
                          if share >= 0.0005)
        lines += ["", f"Spread over the project's {p_ms:.1f} ms per page by the profile's shares (start-up left "
                  f"out): {parts}."]
    if prof:
        def ms(prefix: str) -> float:
            return sum(p_ms * v / total for k, v in busy.items() if k.startswith(prefix))

        reread = result.get("reextract")
        parser_ms = (f"{1000 * reread['ours_all']['seconds'] / reread['html_records']:.1f} ms a page on this "
                     "site, measured alone in the re-extraction section" if reread else "see the re-extraction section")

        lines += ["", "What is done, and what stands between the project and the bare spider:", "",
                  "- Pages are read (decoded, classified, parsed, links and requisites listed) "
                  "by `crawler.reading.read_page` in a worker process when the crawl has no delay "
                  "(`ARCHIVE_PARSE_WORKERS`, auto), so parsing uses the second core and the reactor "
                  f"thread builds no HTML tree (parsing left on it: {ms('parsing'):.1f} ms/page; the worker's "
                  "CPU is in the CPU columns, its memory is not in the peak RSS, which is per process).",
                  "- SQLite commits in batches (`ARCHIVE_COMMIT_ITEMS` rows or `ARCHIVE_COMMIT_SECONDS`, "
                  "whole pages only), and the per-page rows go in with one prepared statement each instead of "
                  "sqlite-utils' `Table.insert`, which read the table's schema on every call "
                  f"(SQLite now {ms('SQLite'):.1f} ms/page).",
                  "- Records are validated by fastjsonschema's compiled schema; jsonschema, which lists every "
                  f"fault, runs only for a record that fails (validation {ms('schema'):.1f} ms/page).",
                  "- Start-up: pandas and numpy stay out of the program's processes (sqlite-utils imports them "
                  "whenever installed: 46 MB and 0.35 s), jsonschema is imported only on a failure, and "
                  "Scrapy's remote-control server is off.",
                  f"- Left: Twisted, asyncio and Scrapy's own per-request work ({ms('Twisted') + ms('Scrapy'):.1f} "
                  f"ms/page), which the bare spider pays too ({b_ms:.1f} ms/page in all), WARC writing "
                  f"({ms('WARC'):.1f} ms/page: gzip and digests of every record) and, above all, the parsers' "
                  f"own CPU in the worker ({parser_ms}), which the bare spider does not spend at all."]
    for lat in find(result, latency=100.0):
        q, bb, w = lat["runs"]["project"], lat["runs"]["bare"], lat["runs"]["wget"]
        req = (q["pages"] + q["requisites"] + q["other"]) / q["wall"]
        bare_req = (bb["pages"] + bb["other"]) / bb["wall"]
        ceiling = 8 / (lat["latency_ms"] / 1000)
        page_share = q["pages"] / (q["pages"] + q["requisites"] + q["other"])
        need = SPEED_VS_WGET * w["pages_per_second"] / page_share  # requests/s for the target's pages/s
        lines += ["", f"At {lat['latency_ms']:g} ms ({num(lat['articles'])} articles) the ceiling with 8 "
                  f"connections is {ceiling:.0f} requests/s. The project made {req:.0f} requests/s "
                  f"({req / ceiling:.0%} of it; {q['pages'] / (q['pages'] + q['requisites'] + q['other']):.0%} "
                  f"of them pages): each connection waited {8000 / req:.0f} ms per request, "
                  f"{8000 / req - lat['latency_ms']:.0f} ms beyond the server's latency, with the process "
                  f"{q['cpu'] / q['wall']:.0%} busy on its one thread (a page that arrives while another is being "
                  f"parsed and stored waits its turn). The bare spider waited {8000 / bare_req:.0f} ms per request "
                  f"at {bb['cpu'] / bb['wall']:.0%} CPU, so about {8000 / bare_req - lat['latency_ms']:.0f} ms "
                  "per request is Scrapy's own turnaround (engine, scheduler, connection pool), not the archiving. "
                  f"wget waits {1000 * w['wall'] / max(1, w['pages'] + w['requisites'] + w['other']):.0f} ms per "
                  "request on its one connection, so the ratio to wget is about the number of connections kept "
                  f"busy: {SPEED_VS_WGET:.0f}x wget is {SPEED_VS_WGET * w['pages_per_second']:.1f} pages/s, about {need:.0f} of the "
                  f"{ceiling:.0f} possible requests/s, so either the turnaround per request shrinks (less CPU per "
                  "page on the reactor thread, as at 0 ms) or the crawl uses more connections "
                  f"(`--concurrency {math.ceil(8 * need / req)}` would reach it at the same turnaround)."]
    return lines


def render_crawl(result: dict[str, Any], analysis: str = "") -> str:
    start, end = MARKERS["crawl"]
    lines = [start, "## Crawl speed, CPU and memory", "",
             "The project's `crawl` against the limit of any Scrapy-based archiver (a bare Scrapy spider that "
             "follows `a[href]` links on the host and discards responses, `bench/bare_spider.py`) and against "
             "what an archivist would pick instead (`wget --recursive --level=inf --page-requisites "
             "--warc-file --delete-after`), one after the other on the same generated site (`bench/site.py`: "
             "WordPress-like listings, articles, images, sitemaps; served in its own process). All three fetch "
             "at most 8 requests at a time with no delay (the project: `--delay 0 --concurrency 8`; the bare "
             "spider: 8, no robots.txt, no AutoThrottle); wget fetches one URL at a time. "
             "*Pages* are HTML responses with status 200, counted from each crawler's own records (the "
             "project's `captures`, the spider's counter, wget's WARC); requisites (images, CSS) and other "
             "responses (robots.txt, sitemaps, redirects) are apart. Pages/s = pages / wall time of the "
             "crawler process (start-up included); CPU (user + system) and peak RSS are the kernel's figures "
             "for that process (`wait4`).", "", *header(result), ""]
    for case in result["cases"]:
        lines += [f"### {num(case['articles'])} articles, {case['latency_ms']:g} ms latency", "",
                  *case_table(case), "", server_line(case), ""]
    lines += ["Notes:", "",
              f"- At 100 ms, wget was stopped after {result['wget_budget']:.0f} s (SIGTERM); its pages/s is what "
              "it fetched in that time, counted in its WARC. It fetches one URL at a time, so its rate is about "
              "1 / (latency + its own time per request) whatever the site's size.",
              "- wget does not ask for gzip, so its WARC holds identity bodies; the project keeps the "
              "gzip-encoded bodies as sent and writes request records too. The bare spider writes no WARC.",
              "- wget does not read sitemaps; the project also fetches robots.txt and the sitemaps (\"other\").",
              f"- Latencies above 0 ran only on sites of at most {num(result['latency_max_articles'])} articles: "
              "latency changes waiting, not memory, and the run would take hours.", "",
              "### Verdict", "", *crawl_verdicts(result), ""]
    if before := before_after_lines(result, load_before()):
        lines += [*before, ""]
    lines += profile_lines(result)
    lines += ["", *analysis_lines(result)]
    if analysis:
        lines += ["", analysis.strip()]
    lines.append(end)
    return "\n".join(lines)


# -- re-extraction -------------------------------------------------------------------------
def render_reextract(result: dict[str, Any]) -> str:
    start, end = MARKERS["reextract"]
    r = result.get("reextract")
    if not r:
        return f"{start}\n## Re-extraction\n\nNot run.\n{end}"
    cmd, traf = r["command"], r["trafilatura_all"]
    ratio = cmd["pages_per_second"] / traf["pages_per_second"]
    acc_o, acc_t = r["accuracy"]["ours"], r["accuracy"]["trafilatura"]
    shared = [f for f in acc_t]
    accurate = all(acc_o[f] >= acc_t[f] for f in shared)
    met = ratio >= REEXTRACT_VS_TRAFILATURA and accurate
    rows = [
        ("`allmannyttan-archive reextract` (whole command: WARC reading, parsing, validation, DB writes; "
         "own process, start-up included)", r["html_records"], cmd["wall"], cmd["pages_per_second"]),
        ("our parsers alone: `read_html` (classify, then parse the article or listing, from one tree)", r["html_records"],
         r["ours_all"]["seconds"], r["ours_all"]["pages_per_second"]),
        ("trafilatura `bare_extraction`", r["html_records"], traf["seconds"], traf["pages_per_second"]),
        ("`parse_article` alone, article records", r["article_records"], r["ours_articles"]["seconds"],
         r["ours_articles"]["pages_per_second"]),
        ("trafilatura, article records", r["article_records"], r["trafilatura_articles"]["seconds"],
         r["trafilatura_articles"]["pages_per_second"]),
    ]
    lines = [start, "## Re-extraction", "",
             f"`allmannyttan-archive reextract --archive-dir DIR` rebuilt the extracted tables of the project's "
             f"{num(r['archive_articles'])}-article archive from the crawl benchmark (0 ms) from its WARC files "
             "alone, against trafilatura over the same HTML response records (read with warcio and decoded "
             "once beforehand; reading and decoding are not in trafilatura's time, they are in the command's). "
             f"trafilatura settings: `{r['trafilatura_settings']}` with metadata (`bench/extraction.py`'s "
             "fastest). Accuracy is scored on the article records against the generated site's own model "
             "(title, date, author, role exactly; body as 4-word-shingle F1 against the `entry-content` "
             "paragraphs and subheading).", "", *header(result),
             "- Also standalone: `.venv/bin/python bench/reextract.py --archive-dir DIR --articles N`",
             *([f"- {r['note']}"] if r.get("note") else []), "",
             "| what | records | seconds | pages/s |", "|---|---:|---:|---:|"]
    lines += [f"| {what} | {num(n)} | {sec:.1f} | {pps:.1f} |" for what, n, sec, pps in rows]
    parse_ms = 1000 * r["ours_all"]["seconds"] / r["html_records"]
    budget_ms = 1000 / (REEXTRACT_VS_TRAFILATURA * traf["pages_per_second"])
    store_ms = 1000 * r["storage"]["seconds"] / r["html_records"]
    lines += ["", f"The command printed: {' '.join(cmd['output'].split())} (peak RSS {cmd['max_rss_mb']:.0f} MB, "
              f"CPU {cmd['cpu']:.1f} s).", "",
              "| field | ours | trafilatura |", "|---|---:|---:|"]
    for field, value in acc_o.items():
        other = acc_t.get(field)
        lines.append(f"| {field} {'(F1)' if field == 'body_text' else '(exact)'} | {value:.3f} | "
                     f"{'—' if other is None else f'{other:.3f}'} |")
    lines += ["", "### Verdict", "",
              f"**Target {'met' if met else 'not met'}.** The whole `reextract` command ran at "
              f"{cmd['pages_per_second']:.1f} pages/s, {ratio:.2f}x trafilatura's {traf['pages_per_second']:.1f} "
              f"over the same records, against a target of {REEXTRACT_VS_TRAFILATURA:.0f}x"
              + ("" if ratio >= REEXTRACT_VS_TRAFILATURA else f" ({ratio / REEXTRACT_VS_TRAFILATURA:.0%} of the way)")
              + f"; our parsers alone ran at {r['ours_all']['pages_per_second'] / traf['pages_per_second']:.2f}x. "
              f"Accuracy {'is at least trafilatura’s on every field it extracts' if accurate else 'falls short of trafilatura on some field'}"
              f" (author: {acc_o['author_name']:.3f} against {acc_t['author_name']:.3f}).", "",
              f"Where the command's {cmd['wall']:.1f} s and {cmd['cpu']:.1f} s of CPU go: the main process "
              "reads each WARC record once (warcio: decompressing, parsing headers), streams the pages in "
              "batches of 16 to one parsing process per core and stores their readings in one transaction "
              "(validation, upserts, versions, entries); our parsers alone took "
              f"{r['ours_all']['seconds']:.1f} s in one process, storing alone about {r['storage']['seconds']:.1f} s. "
              f"5x trafilatura is {REEXTRACT_VS_TRAFILATURA * traf['pages_per_second']:.0f} pages/s, "
              f"{1000 / (REEXTRACT_VS_TRAFILATURA * traf['pages_per_second']):.2f} ms of wall time per record for "
              f"everything, while the parsers alone take {parse_ms:.2f} ms of CPU per record. With two cores "
              f"that is {2 * budget_ms:.2f} ms of CPU per record for everything; less storing "
              f"({store_ms:.2f} ms a record, measured alone) it leaves {2 * budget_ms - store_ms:.2f} ms for "
              f"reading and parsing: parsers {parse_ms / max(0.01, 2 * budget_ms - store_ms):.1f}x as fast as "
              "these, before WARC reading, would reach it.",
              end]
    return "\n".join(lines)


# -- storage --------------------------------------------------------------------------------
def render_storage(result: dict[str, Any]) -> str:
    start, end = MARKERS["storage"]
    lines = [start, "## Storage", "",
             "Rows written through the pipeline per second of crawl (captures, articles, article versions, "
             "listing entries and parse failures, over the crawl's wall time at 0 ms), the database's size "
             "per 1,000 articles (`archive.db` with its WAL, after the crawl) and the WARC bytes per 1,000 "
             "articles (requisites and listings included). *Storage alone* stores the already parsed records of "
             "the re-extraction benchmark into a fresh database through `archive/ingest.py` (validation, "
             "upsert, versions, entries), without crawling or parsing.", "", *header(result), "",
             "| site | rows written | crawl wall (s) | rows/s in the crawl | DB bytes | DB per 1,000 articles "
             "| WARC per 1,000 articles |", "|---|---:|---:|---:|---:|---:|---:|"]
    for case in find(result, latency=0.0):
        p = case["runs"]["project"]
        rows = sum(p["rows"].values())
        per = 1000 / case["articles"]
        lines.append(f"| {num(case['articles'])} articles | {num(rows)} ({', '.join(f'{k} {num(v)}' for k, v in p['rows'].items())}) "
                     f"| {p['wall']:.1f} | {rows / p['wall']:.0f} | {num(p['db_bytes'])} "
                     f"| {p['db_bytes'] * per / 2**20:.2f} MB | {p['warc_bytes'] * per / 2**20:.2f} MB |")
    r = result.get("reextract")
    if r:
        s = r["storage"]
        rows = sum(s["rows"].values())
        lines += ["", f"Storage alone: {num(rows)} rows ({', '.join(f'{k} {num(v)}' for k, v in s['rows'].items())}) "
                  f"in {s['seconds']:.1f} s = **{s['rows_per_second']:.0f} rows/s**, {s['db_bytes'] / 2**20:.1f} MB. "
                  "The crawl writes its rows at a fraction of that rate: storage costs it CPU (see the profile in "
                  "the crawl section) but does not bound it on its own."]
    zero = find(result, latency=0.0)
    if zero:
        p = zero[-1]["runs"]["project"]
        lines += ["", f"The database is {p['db_bytes'] / p['warc_bytes']:.1f}x the WARC files it indexes: the WARC "
                  "keeps bodies gzip-compressed, while the database holds each article's text and sanitised HTML "
                  "uncompressed, again in its first version, in the full-text index, plus about "
                  f"{p['rows']['listing_entries'] / max(1, p['rows']['articles']):.0f} listing entries per "
                  "article (listing and related-post teasers, with excerpts)."]
    lines.append(end)
    return "\n".join(lines)


def render_all(result: dict[str, Any], analysis: str = "") -> str:
    return "\n\n".join((render_crawl(result, analysis), render_reextract(result), render_storage(result)))


def write_sections(result: dict[str, Any], analysis: str = "", doc: Path = DOC) -> None:
    """Replace (or append) the crawl, reextract and storage sections; nothing else."""
    sections = {"crawl": render_crawl(result, analysis), "reextract": render_reextract(result),
                "storage": render_storage(result)}
    for name, section in sections.items():
        replace_section(section, *MARKERS[name], doc)
