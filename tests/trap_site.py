"""The sample site with the crawl traps and variant URLs of a real WordPress site.

A real WordPress news site links every article to dozens of URLs that are not
new content: share buttons, ``?replytocom=`` reply links, comment feeds, AMP
copies, comment pages, shortlinks, attachment pages, print and language
views, search results, deep author/tag archive pages, and an events calendar
that pages on forever. An archival crawler should spend (almost) no requests
on them. This module builds a copy of ``crawler/sample_site`` with those links
injected into every article and serves the URLs behind them, so the crawler's
tests can count the wasted requests with :func:`classify`::

    root = build_trap_site(tmp_path / "site")
    with serve_trap_site(root) as site:
        ...  # crawl site.url
        wasted = Counter(classify(r["path"]) for r in site.requests)

All content is fictional. robots.txt only forbids ``/wp-admin/``, so search
pages are reachable: the crawler itself has to avoid them.
"""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
import urllib.parse
import zlib
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from crawler.sample_site import load_ground_truth
from crawler.sample_site.server import (
    SampleSiteServer, _error_page, _redirect_page, _Response, accepts_gzip, copy_site,
)

GROUND_TRUTH = load_ground_truth()
ARTICLES: dict[str, dict] = GROUND_TRUTH["articles"]

# Stable WordPress post IDs, in sorted path order: {"/slug/": 101, ...}.
POST_IDS: dict[str, int] = {path: 101 + i for i, path in enumerate(sorted(ARTICLES))}
_PATH_BY_ID = {pid: path for path, pid in POST_IDS.items()}
ATTACHMENT_OFFSET = 1000  # ?attachment_id= is the post ID plus this

CATEGORIES = ("calendar", "share", "replytocom", "feed", "amp", "comment_page", "shortlink",
              "attachment", "print", "lang", "search", "author_page", "tag_page")
# The "WordPress classic" variants: everything but the calendar.
CLASSIC_CATEGORIES = frozenset(CATEGORIES) - {"calendar"}

# Status each kind of injected link answers with (200 unless listed).
LINK_STATUS = {"share": 302, "shortlink": 301}

CALENDAR_PATH = "/evenemang/"
DEFAULT_MONTH = (2026, 12)
ARCHIVE_PAGES = 3  # author and tag archives have pages 1..3, then 404
TAGS = {"boende": "Boende", "hyresgaster": "Hyresgäster"}
SEARCH_WORDS = ("trygghet", "renovering", "gård", "energi", "boende")
SHARE_NETWORKS = ("facebook", "twitter", "email", "linkedin")
SHARE_TARGETS = {  # network -> off-site sharer; anything else goes to Facebook's
    "twitter": "https://x.com/intent/tweet?url=",
    "linkedin": "https://www.linkedin.com/sharing/share-offsite/?url=",
}
FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php?u="
COMMENTS = (  # (name, date, text), the same three under every article
    ("Ingrid B.", "3 maj 2022 kl. 09:14", "Tack för en intressant text! Så här borde fler bolag jobba."),
    ("Mehmet K.", "4 maj 2022 kl. 18:40", "Vi har provat något liknande i vår förening, med blandat resultat."),
    ("Lena från Norrby", "6 maj 2022 kl. 07:55", "Finns det någon kontaktperson man kan höra av sig till?"),
)
EVENTS = ("Grannträff på gården", "Loppis i gamla tvättstugan", "Cykelverkstad för barn",
          "Odlingskväll i växthuset", "Informationsmöte om stambyte", "Höstfest i samlingslokalen")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")

_MARK_START, _MARK_END = "<!-- trap-links -->", "<!-- /trap-links -->"
_REPLY_ATTRS = ' rel="nofollow" class="comment-reply-link"'


# -- the links ---------------------------------------------------------------
def slugify(text: str) -> str:
    """WordPress-style slug: ``"Jöns Åkerlund"`` -> ``"jons-akerlund"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def author_slug(path: str) -> str:
    """The author archive slug of an article: its first author, or ``redaktionen``."""
    name = ARTICLES[path].get("author_name")
    return slugify(name) if name else "redaktionen"


AUTHORS = {author_slug(p): ARTICLES[p].get("author_name") or "Redaktionen" for p in ARTICLES}


def _tag(path: str) -> str:
    return sorted(TAGS)[POST_IDS[path] % len(TAGS)]


def _word(path: str) -> str:
    return SEARCH_WORDS[POST_IDS[path] % len(SEARCH_WORDS)]


def comment_ids(path: str) -> list[int]:
    """The three comment IDs under an article, unique site-wide."""
    return [POST_IDS[path] * 10 + k for k in range(1, len(COMMENTS) + 1)]


def trap_links(path: str) -> list[str]:
    """Every href injected into the article at ``path``, in page order (``&`` unescaped)."""
    pid, word = POST_IDS[path], urllib.parse.quote(_word(path))
    author, tag = f"/author/{author_slug(path)}/", f"/tag/{_tag(path)}/"
    return [
        *(f"{path}?share={net}&nb=1" for net in SHARE_NETWORKS),
        *(f"{path}?replytocom={cid}#respond" for cid in comment_ids(path)),
        f"{path}comment-page-1/#comments", f"{path}comment-page-2/#comments",
        f"{path}feed/", f"{path}amp/", f"/?p={pid}",
        f"{path}attachment/bild-{pid}/", f"/?attachment_id={pid + ATTACHMENT_OFFSET}",
        f"{path}?print=1", f"{path}?print=print", f"{path}?lang=en", f"{path}?lang=fi",
        f"/?s={word}", f"/search/{word}/",
        author, f"{author}page/2/", f"{author}page/3/", tag, f"{tag}page/2/",
        CALENDAR_PATH,
    ]


def expected_status(href: str) -> int:
    """The status an injected link answers with (redirects not followed)."""
    return LINK_STATUS.get(classify(href) or "", 200)


def _a(href: str, text: str, attrs: str = "") -> str:
    return f'<a{attrs} href="{html.escape(href)}">{html.escape(text)}</a>'


def _trap_block(path: str) -> str:
    """The links a WordPress theme plus the usual plugins print under a post."""
    links = iter(trap_links(path))
    pid = POST_IDS[path]
    shares = "".join(
        f'<li class="share-{net}">'
        + _a(next(links), net.capitalize() if net != "email" else "E-post",
             f' rel="nofollow noopener noreferrer" class="share-{net} sd-button"'
             f' data-shared="sharing-{net}-{pid}" target="_blank"') + "</li>\n"
        for net in SHARE_NETWORKS)
    comments = "".join(
        f'<li id="comment-{cid}" class="comment"><div class="comment-body">'
        f'<footer class="comment-meta"><b class="fn">{html.escape(name)}</b> '
        f'<time>{date}</time></footer>'
        f'<div class="comment-content"><p>{html.escape(text)}</p></div>'
        f'<div class="reply">{_a(next(links), "Svara", _REPLY_ATTRS)}'
        f"</div></div></li>\n"
        for cid, (name, date, text) in zip(comment_ids(path), COMMENTS))
    rest = list(links)
    texts = ["Äldre kommentarer", "Nyare kommentarer", "Kommentarsflöde", "Mobilversion (AMP)",
             "Kortlänk", "Bilaga: bild", "Bilden i full storlek", "Skriv ut", "Utskriftsvänlig version",
             "English", "Suomi", f"Sök: {_word(path)}", f"Fler träffar för {_word(path)}",
             f"Fler inlägg av {AUTHORS[author_slug(path)]}", "Sida 2", "Sida 3",
             f"Etikett: {TAGS[_tag(path)]}", "Fler med etiketten", "Kalender"]
    extras = "".join(f"<li>{_a(href, text)}</li>\n" for href, text in zip(rest, texts, strict=True))
    return (f"{_MARK_START}\n"
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Dela detta:</h3>\n'
            f"<ul>\n{shares}</ul></div>\n"
            '<div id="comments" class="comments-area"><h2 class="comments-title">3 kommentarer</h2>\n'
            f'<ol class="comment-list">\n{comments}</ol></div>\n'
            f'<aside class="widget-area" role="complementary"><ul>\n{extras}</ul></aside>\n'
            f"{_MARK_END}\n")


def _inject(file: Path, block: str, encoding: str, before: tuple[str, ...]) -> None:
    text = file.read_bytes().decode(encoding)
    marker = next(m for m in before if m in text)
    text = text.replace(marker, block + marker, 1)
    file.write_bytes(text.encode(encoding, errors="xmlcharrefreplace"))


def build_trap_site(dest: Path) -> Path:
    """Copy the sample site to ``dest`` and inject the trap links; returns ``dest``."""
    root = copy_site(dest)
    for path, meta in ARTICLES.items():
        page = root / path.strip("/") / "index.html"
        encoding = meta.get("encoding") or "utf-8"
        _inject(page, _trap_block(path), encoding, ("</article>", "</body>"))
        # WordPress names every post's shortlink in its head.
        _inject(page, f"<link rel='shortlink' href='{{{{origin}}}}/?p={POST_IDS[path]}'>\n",
                encoding, ("</head>",))
    _inject(root / "index.html", f'<p class="evenemang">{_a(CALENDAR_PATH, "Kalender")}</p>\n',
            "utf-8", ("</body>",))
    (root / "robots.txt").write_text(
        "User-agent: *\nDisallow: /wp-admin/\n\nSitemap: {{origin}}/sitemap.xml\n", encoding="utf-8")
    return root


# -- classification ------------------------------------------------------------
_ARCHIVE_PAGE = re.compile(r"^/(author|tag)/[^/]+/page/(\d+)/?$")


def classify(path: str) -> str | None:
    """The trap category of a request target (query included), or None for real content."""
    split = urllib.parse.urlsplit(path)
    p = urllib.parse.unquote(split.path) or "/"
    q = urllib.parse.parse_qs(split.query, keep_blank_values=True)
    if p == CALENDAR_PATH:  # (the sample site's /evenemang/<slug>/ pages are real)
        return "calendar"
    for key in ("share", "replytocom", "print", "lang"):
        if key in q:
            return key
    if p.startswith("/search/") or (p == "/" and "s" in q):
        return "search"
    if p == "/" and "p" in q:
        return "shortlink"
    if "attachment_id" in q or re.search(r"/attachment/[^/]+/?$", p):
        return "attachment"
    if re.search(r"(^|/)feed/?$", p):
        return "feed"
    if p.endswith(("/amp/", "/amp")) or "amp" in q:
        return "amp"
    if re.search(r"/comment-page-\d+/?$", p):
        return "comment_page"
    m = _ARCHIVE_PAGE.match(p)
    if m and int(m.group(2)) >= 2:
        return f"{m.group(1)}_page"
    return None


# -- generated pages -------------------------------------------------------------
def _page(title: str, body_class: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n<meta charset="UTF-8">\n'
            f"<title>{html.escape(title)} – Allmännyttan</title>\n{head}"
            '<link rel="stylesheet" href="/wp-content/themes/allmannyttan/style.css?ver=1.4.2">\n'
            f'</head>\n<body class="{body_class}">\n'
            '<header class="site-header"><p class="site-title"><a href="/">Allmännyttan</a></p></header>\n'
            f'<main id="main" class="site-main">\n{main}</main>\n</body>\n</html>\n').encode("utf-8")


def _pick(seed: str, n: int = 3) -> list[str]:
    """``n`` article paths, chosen by ``seed`` (the same every time)."""
    paths = sorted(ARTICLES)
    start = zlib.crc32(seed.encode("utf-8")) % len(paths)
    return [paths[(start + i) % len(paths)] for i in range(n)]


def _teasers(paths: list[str]) -> str:
    out = []
    for path in paths:
        meta = ARTICLES[path]
        lead = meta["body_text"].split("\n\n")[0]
        out.append(f'<article class="post type-post"><h2 class="entry-title">'
                   f'{_a(path, meta["title"], " rel=bookmark")}</h2>'
                   f'<div class="entry-summary"><p>{html.escape(lead[:160])}...</p></div></article>\n')
    return "".join(out)


def _article_of(slug: str) -> str | None:
    path = f"/{slug}/"
    return path if path in ARTICLES else None


class TrapSiteServer(SampleSiteServer):
    """The sample site plus the dynamic WordPress URLs behind the trap links."""

    def __repr__(self) -> str:
        return f"<TrapSiteServer {self.url} root={self.root}>"

    def _resolve(self, target: str, req_headers, version: str) -> _Response:
        split = urllib.parse.urlsplit(target)
        path = urllib.parse.unquote(split.path) or "/"
        q = {k: v[0] for k, v in urllib.parse.parse_qs(split.query, keep_blank_values=True).items()}
        gz = accepts_gzip(req_headers.get("Accept-Encoding"))
        m = re.fullmatch(r"/([^/]+)/comment-page-(\d+)/", path)
        if m and _article_of(m.group(1)) and int(m.group(2)) >= 1:
            return super()._resolve(f"/{m.group(1)}/", req_headers, version)  # the article itself
        answer = self._trap(path, q, gz)
        return answer if answer is not None else super()._resolve(target, req_headers, version)

    def _trap(self, path: str, q: dict[str, str], gz: bool) -> _Response | None:
        """The response for a trap URL, or None to serve the file as usual."""
        if "share" in q:
            sharer = SHARE_TARGETS.get(q["share"], FACEBOOK_SHARER)
            return self._redirect(sharer + urllib.parse.quote(self.origin + path, safe=""), 302, gz)
        if path == "/" and "p" in q:
            article = _PATH_BY_ID.get(int(q["p"])) if q["p"].isdigit() else None
            return self._redirect(self.origin + article, 301, gz) if article else self._missing(path, gz)
        if path == "/" and "attachment_id" in q:
            n = int(q["attachment_id"]) if q["attachment_id"].isdigit() else 0
            article = _PATH_BY_ID.get(n - ATTACHMENT_OFFSET)
            return self._attachment(article, n, f"/?attachment_id={n}", gz)
        if path == "/" and "s" in q:
            return self._search(q["s"], 1, gz)
        if path == CALENDAR_PATH:
            return self._calendar(q.get("manad"), gz)
        if m := re.fullmatch(r"/search/([^/]+)/(?:page/(\d+)/)?", path):
            return self._search(m.group(1), int(m.group(2) or 1), gz)
        if m := re.fullmatch(r"/(author|tag)/([^/]+)/(?:page/(\d+)/)?", path):
            return self._archive(m.group(1), m.group(2), int(m.group(3) or 1), gz)
        m = re.fullmatch(r"/([^/]+)/(feed|amp|attachment/bild-(\d+))/", path)
        article = _article_of(m.group(1)) if m else None
        if article is None:
            return None
        kind = m.group(2)
        if kind == "feed":
            return self._feed(article, gz)
        if kind == "amp":
            return self._amp(article, gz)
        n = int(m.group(3))
        return self._attachment(article if n == POST_IDS[article] else None, n, path, gz)

    # -- responses ---------------------------------------------------------
    def _respond(self, body: bytes, gz: bool, ctype: str) -> _Response:
        resp = self._html(200, body, gz)
        resp.headers[0] = ("Content-Type", ctype)
        return resp

    def _redirect(self, location: str, status: int, gz: bool) -> _Response:
        return self._html(status, _redirect_page(location), gz, [("Location", location)])

    def _missing(self, path: str, gz: bool) -> _Response:
        return self._html(404, _error_page(404, path), gz)

    def _calendar(self, month: str | None, gz: bool) -> _Response:
        """A month of events with links to the months before and after, forever."""
        m = re.fullmatch(r"(\d{4})-(\d{2})", month or "")
        year, mon = (int(m.group(1)), int(m.group(2))) if m else DEFAULT_MONTH
        if month is not None and (not m or not 1 <= mon <= 12 or year < 1):
            return self._missing(CALENDAR_PATH, gz)
        index = year * 12 + mon - 1
        events = {7: EVENTS[index % len(EVENTS)]}
        if index % 2:
            events[21] = EVENTS[(index + 3) % len(EVENTS)]
        rows = "".join(
            "<tr>" + "".join(
                f"<td>{day or ''}" + (f'<br><span class="evenemang">{html.escape(events[day])}</span>'
                                      if day in events else "") + "</td>" for day in week) + "</tr>\n"
            for week in calendar.Calendar().monthdayscalendar(year, mon))

        def link(i: int, text: str, rel: str) -> str:
            y, mo = divmod(i, 12)
            if not 1 <= y <= 9999:
                return ""
            return _a(f"{CALENDAR_PATH}?manad={y:04d}-{mo + 1:02d}&vy=manad", text, f' rel="{rel}"')

        title = f"Evenemang i {MONTHS[mon - 1]} {year}"
        head_cells = "".join(f"<th>{d}</th>" for d in ("mån", "tis", "ons", "tor", "fre", "lör", "sön"))
        main = (f"<h1>{title}</h1>\n<p class=\"kalender-nav\">{link(index - 1, 'Föregående månad', 'prev')}"
                f" | {link(index + 1, 'Nästa månad', 'next')}</p>\n"
                f'<table class="kalender">\n<tr>{head_cells}</tr>\n{rows}</table>\n')
        return self._html(200, _page(title, "evenemang-kalender", main), gz)

    def _search(self, word: str, page: int, gz: bool) -> _Response:
        """Search results: always the same three articles, and always a next page."""
        if page < 1:
            return self._missing(f"/search/{word}/", gz)
        base = f"/search/{urllib.parse.quote(word)}/"
        nxt = f"{base}page/{page + 1}/"
        main = (f"<h1>Sökresultat för ”{html.escape(word)}”</h1>\n{_teasers(_pick(word))}"
                f'<nav class="navigation pagination">{_a(nxt, "Nästa sida", " class=next")}</nav>\n')
        head = f'<link rel="next" href="{self.origin}{html.escape(nxt)}">\n'
        return self._html(200, _page(f"Du sökte efter {word}", "search search-results", main, head), gz)

    def _archive(self, kind: str, slug: str, page: int, gz: bool) -> _Response | None:
        """An author or tag archive: pages 1..ARCHIVE_PAGES, then 404."""
        names = AUTHORS if kind == "author" else TAGS
        if slug not in names:
            return None  # the base server's 404
        if not 1 <= page <= ARCHIVE_PAGES:
            return self._missing(f"/{kind}/{slug}/page/{page}/", gz)
        base = f"/{kind}/{slug}/"
        url = lambda n: base if n == 1 else f"{base}page/{n}/"  # noqa: E731
        nav, head = [], ""
        if page < ARCHIVE_PAGES:
            nav.append(_a(url(page + 1), "Äldre inlägg", ' class="next"'))
            head += f'<link rel="next" href="{self.origin}{url(page + 1)}">\n'
        if page > 1:
            nav.append(_a(url(page - 1), "Nyare inlägg", ' class="prev"'))
            head += f'<link rel="prev" href="{self.origin}{url(page - 1)}">\n'
        label = "Författare" if kind == "author" else "Etikett"
        title = f"{label}: {names[slug]}" + (f" – Sida {page} av {ARCHIVE_PAGES}" if page > 1 else "")
        main = (f"<h1 class=\"page-title\">{html.escape(title)}</h1>\n"
                f"{_teasers(_pick(f'{kind}/{slug}/{page}', 2 + page % 2))}"
                f'<nav class="navigation posts-navigation">{" ".join(nav)}</nav>\n')
        body_class = f"archive {kind} {kind}-{slug}" + (f" paged paged-{page}" if page > 1 else "")
        return self._html(200, _page(title, body_class, main, head), gz)

    def _attachment(self, article: str | None, n: int, path: str, gz: bool) -> _Response:
        """An image attachment page; its canonical is itself."""
        if article is None:
            return self._missing(path, gz)
        meta = ARTICLES[article]
        image = meta.get("image") or "/wp-content/themes/allmannyttan/img/logo.png"
        main = (f'<h1 class="entry-title">bild-{n}</h1>\n<p class="attachment">'
                f'<img src="{image}" alt="bild-{n}" width="160" height="100"></p>\n'
                f'<p>Publicerad i {_a(article, meta["title"])}</p>\n')
        head = f'<link rel="canonical" href="{self.origin}{html.escape(path)}">\n'
        return self._html(200, _page(f"bild-{n}", f"attachment single-attachment attachmentid-{n}",
                                     main, head), gz)

    def _amp(self, article: str, gz: bool) -> _Response:
        """The AMP plugin's copy: title and first paragraph, canonical to the article."""
        meta = ARTICLES[article]
        lead = meta["body_text"].split("\n\n")[0]
        body = (f'<!doctype html>\n<html amp lang="sv-SE">\n<head>\n<meta charset="utf-8">\n'
                f"<title>{html.escape(meta['title'])} – Allmännyttan</title>\n"
                f'<link rel="canonical" href="{self.origin}{article}">\n'
                '<meta name="viewport" content="width=device-width">\n</head>\n<body>\n'
                f'<article class="amp-wp-article"><h1 class="amp-wp-title">{html.escape(meta["title"])}</h1>\n'
                f'<div class="amp-wp-article-content"><p>{html.escape(lead)}</p></div></article>\n'
                "</body>\n</html>\n")
        return self._html(200, body.encode("utf-8"), gz)

    def _feed(self, article: str, gz: bool) -> _Response:
        """The post's RSS 2.0 comment feed."""
        meta, link = ARTICLES[article], self.origin + article
        items = "".join(
            f"<item><title>Av: {xml_escape(name)}</title><link>{link}#comment-{cid}</link>"
            f'<guid isPermaLink="false">{link}#comment-{cid}</guid>'
            f"<description>{xml_escape(text)}</description></item>\n"
            for cid, (name, _, text) in zip(comment_ids(article), COMMENTS))
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
                f"<title>Kommentarer till: {xml_escape(meta['title'])}</title>\n<link>{link}</link>\n"
                "<description>Vi visar vad allmännyttan gör</description>\n<language>sv-SE</language>\n"
                f"{items}</channel>\n</rss>\n")
        return self._respond(body.encode("utf-8"), gz, "application/rss+xml; charset=utf-8")


def serve_trap_site(root: Path) -> TrapSiteServer:
    """Start a :class:`TrapSiteServer` on ``root`` (from :func:`build_trap_site`); already listening."""
    return TrapSiteServer(root).start()
