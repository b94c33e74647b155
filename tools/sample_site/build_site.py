"""Generate the sample site (``site/``) and ``ground_truth.json`` from ``content.py``.

    python -m tools.sample_site.build_site            # rewrite crawler/sample_site/site/ and ground_truth.json
    python -m tools.sample_site.build_site --out DIR  # write DIR/site and DIR/ground_truth.json

The output is deterministic: running it again reproduces the same bytes.
Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import shutil
import struct
import sys
import unicodedata
import zlib
from html.parser import HTMLParser
from pathlib import Path

if __package__ in (None, ""):  # allow `python tools/sample_site/build_site.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tools.sample_site"

from .content import (ARTICLES, CATEGORIES, EXCERPT_WORDS, GONE, MISSING, OFF_SITE, PAGES,  # noqa: E402
                      PER_PAGE, REDIRECTS, SEARCH_LINKS)

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "crawler" / "sample_site"  # where the output ships
SITE_DIR = PACKAGE_DIR / "site"
GROUND_TRUTH_FILE = PACKAGE_DIR / "ground_truth.json"

O = "{{origin}}"  # replaced by the server with e.g. http://127.0.0.1:41234
THEME = "/wp-content/themes/allmannyttan"
CSS_URL = f"{THEME}/style.css?ver=1.4.2"
JS_URL = f"{THEME}/js/meny.js?ver=1.4.2"
LOGO_URL = f"{THEME}/img/logo.png"
PDF_URL = "/wp-content/uploads/2017/03/energirapport-stromsbo-2016.pdf"
SITE_NAME = "Allmännyttan"

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.",
               "nov.", "dec."]

# --------------------------------------------------------------------------- text helpers

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BARE_AMP = re.compile(r"&(?!#?[A-Za-z0-9]+;)")


def norm(text: str) -> str:
    """Ground-truth normal form: entities decoded, whitespace (incl. NBSP) collapsed, NFC."""
    return unicodedata.normalize("NFC", " ".join(html.unescape(text).split()))


def esc_text(text: str) -> str:
    """Escape for HTML text, keeping deliberate entities such as &nbsp;."""
    return _BARE_AMP.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def inline(src: str) -> str:
    out, pos = [], 0
    for m in _LINK.finditer(src):
        out.append(esc_text(src[pos:m.start()]))
        out.append(f'<a href="{attr(m.group(2))}">{esc_text(m.group(1))}</a>')
        pos = m.end()
    out.append(esc_text(src[pos:]))
    return "".join(out)


def plain(src: str) -> str:
    return norm(_LINK.sub(lambda m: m.group(1), src))


# --------------------------------------------------------------------------- dates


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - 6) % 7)


def utc_offset(day: dt.date) -> str:
    """Europe/Stockholm offset for a daytime hour on ``day``."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return "+02:00" if summer else "+01:00"


def iso_datetime(date: str, time: str) -> str:
    day = dt.date.fromisoformat(date)
    return f"{date}T{time}:00{utc_offset(day)}"


def swedish_date(date: str, style: str = "long") -> str:
    d = dt.date.fromisoformat(date)
    if style == "iso":
        return date
    if style == "abbr":
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    text = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return "den " + text if style == "den" else text


# --------------------------------------------------------------------------- binary assets


def make_png(width: int, height: int, palette: int) -> bytes:
    """A tiny, valid RGB PNG: a sky gradient over a row of houses with windows."""
    hues = [(70, 120, 180), (200, 120, 60), (90, 150, 90), (150, 90, 140), (180, 160, 70),
            (60, 140, 150), (120, 110, 200), (190, 80, 90), (100, 170, 120), (170, 130, 100),
            (110, 140, 60)]
    base = hues[palette % len(hues)]
    ground = height * 3 // 4
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y >= ground:
                px = (60, 90, 50)
            else:
                block = x // max(1, width // 5)
                roof = height // 3 + ((block * 7 + palette * 3) % 4) * (height // 16)
                if y >= roof:
                    window = (x % 8 in (3, 4)) and (y % 8 in (3, 4)) and y < ground - 4
                    px = (240, 220, 120) if window else tuple(max(0, c - 40 - block * 8) for c in base)
                else:
                    t = (y * 8 // max(1, roof)) * 12
                    px = (min(255, 170 + t // 2), min(255, 200 + t // 3), 235)
            row += bytes(px)
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def make_pdf() -> bytes:
    """A minimal hand-assembled PDF 1.4 with correct xref offsets (WinAnsi text)."""
    lines = [
        ("Strömsbo Bostäder – Energirapport 2016", 18, 770),
        ("Uppföljning av energiåtgärder på Lärkgatan 2012–2016.", 11, 740),
        ("Energianvändningen har halverats jämfört med 2011.", 11, 722),
    ]
    ops = []
    for text, size, y in lines:
        raw = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"BT /F1 %d Tf 60 %d Td (%s) Tj ET" % (size, y, raw))
    stream = b"\n".join(ops) + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (Energirapport 2016) /Producer (sample_site) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref))
    return bytes(out)


STYLE_CSS = """/* Tema: Allmännyttan 1.4.2 (exempelsajt) */
:root { --gron: #1f6f50; --text: #222; --ljus: #f4f1ea; }
body { margin: 0; font: 17px/1.6 Georgia, serif; color: var(--text); background: #fff; }
.site-header { background: var(--gron); color: #fff; padding: 1rem 2rem; }
.site-header a { color: #fff; text-decoration: none; }
.main-navigation ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1.2rem; }
.main-navigation .sub-menu { display: none; }
.main-navigation li:hover > .sub-menu { display: block; position: absolute; }
.site-main, .wp-block-group { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
.entry-title, .wp-block-post-title { font: 700 2rem/1.2 Helvetica, Arial, sans-serif; }
.entry-meta, .wp-block-post-date, .related-date { color: #666; font-size: .9rem; }
.wp-caption, .wp-block-image { margin: 1.5rem 0; max-width: 100%; }
.wp-caption-text, .wp-element-caption { font-size: .85rem; color: #555; }
.author-info, .wp-block-post-author, .entry-author { border-top: 1px solid #ddd; padding-top: 1rem; }
.author-name, .wp-block-post-author__name { font-weight: 700; margin: 0; }
.related-posts { background: var(--ljus); padding: 1rem 2rem; }
.site-footer { background: #333; color: #eee; padding: 2rem; font-size: .9rem; }
.site-footer a { color: #cfe; }
"""

MENU_JS = """/* Meny för små skärmar (exempelsajt). */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var nav = document.getElementById('site-navigation');
    if (!nav) { return; }
    var knapp = nav.querySelector('.menu-toggle');
    if (knapp) {
      knapp.addEventListener('click', function () {
        nav.classList.toggle('toggled');
        knapp.setAttribute('aria-expanded', nav.classList.contains('toggled') ? 'true' : 'false');
      });
    }
  });
}());
"""

ROBOTS_TXT = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /?s=
Disallow: /search/

Sitemap: {{origin}}/sitemap.xml
"""

WP_ADMIN = """<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="robots" content="noindex, nofollow">
<title>Logga in &lsaquo; Allmännyttan &#8212; WordPress</title>
</head>
<body class="login">
<h1>Logga in</h1>
<p>Den här sidan är bara för redaktörer. Om du ser den har crawlern inte respekterat robots.txt.</p>
<form method="post" action="/wp-login.php"><p><label>Användarnamn <input name="log"></label></p>
<p><label>Lösenord <input type="password" name="pwd"></label></p><p><button>Logga in</button></p></form>
</body>
</html>
"""

# --------------------------------------------------------------------------- model


class Site:
    def __init__(self) -> None:
        self.articles = [dict(a) for a in ARTICLES]
        for i, a in enumerate(self.articles):
            a["path"] = f"/{a['slug']}/"
            a["post_id"] = 1200 + i * 17
            a["published_raw"] = swedish_date(a["date"], a["date_style"])
            a["datetime"] = iso_datetime(a["date"], a["time"])
            a.setdefault("modified", a["date"])
            a.setdefault("sitemap_only", False)
            a["body_text"] = "\n\n".join(plain(t) for _, t in a["body"])
            first = plain(a["body"][0][1]).split()
            assert len(first) > EXCERPT_WORDS, a["slug"]
            a["excerpt"] = " ".join(first[:EXCERPT_WORDS])
        self.by_path = {a["path"]: a for a in self.articles}
        self.listed = sorted((a for a in self.articles if a["listed"]),
                             key=lambda a: a["datetime"], reverse=True)
        assert len({a["date"] for a in self.listed}) == len(self.listed), "listing dates must be unique"
        for a in self.articles:
            others = [b for b in self.listed if b is not a]
            d0 = dt.date.fromisoformat(a["date"])
            others.sort(key=lambda b: (abs((dt.date.fromisoformat(b["date"]) - d0).days), b["date"]))
            a["related"] = others[:3]


# --------------------------------------------------------------------------- page chrome


def head(title: str, canonical: str | None, extra: str = "") -> str:
    canon = f'<link rel="canonical" href="{O}{canonical}">\n' if canonical else ""
    return (f'<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n<meta charset="UTF-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc_text(title)}</title>\n{canon}{extra}"
            f'<link rel="stylesheet" id="allmannyttan-style-css" href="{CSS_URL}" media="all">\n'
            f'<script src="{JS_URL}" id="allmannyttan-meny-js"></script>\n'
            f"</head>\n")


def site_header() -> str:
    cats = "".join(f'<li class="menu-item"><a href="/kategori/{CATEGORIES[c]}/">{c}</a></li>\n'
                   for c in ("Segregation", "Renovering", "Energi", "Trygghet"))
    return (
        '<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>\n'
        '<header id="masthead" class="site-header">\n'
        '<div class="site-branding">\n'
        f'<a href="/" class="custom-logo-link" rel="home"><img src="{LOGO_URL}" class="custom-logo" '
        'alt="Allmännyttan" width="120" height="30"></a>\n'
        '<p class="site-title"><a href="/" rel="home">Allmännyttan</a></p>\n'
        '<p class="site-description">Vi visar vad allmännyttan gör</p>\n'
        "</div>\n"
        '<nav id="site-navigation" class="main-navigation" aria-label="Huvudmeny">\n'
        '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Meny</button>\n'
        '<ul id="primary-menu" class="menu">\n'
        '<li class="menu-item menu-item-home"><a href="/">Start</a></li>\n'
        f"{cats}"
        '<li class="menu-item menu-item-has-children"><a href="/innovationslabb/allmannyttans-innovationslabb/">'
        "Innovationslabb</a>\n"
        '<ul class="sub-menu"><li class="menu-item"><a href="/innovationslabb/vara-labb/">Våra labb</a></li></ul>\n'
        "</li>\n"
        '<li class="menu-item"><a href="/om-allmannyttan/">Om allmännyttan</a></li>\n'
        '<li class="menu-item"><a href="/kontakt/">Kontakt</a></li>\n'
        "</ul>\n</nav>\n</header>\n"
    )


def site_footer() -> str:
    return (
        '<footer id="colophon" class="site-footer">\n'
        '<div class="footer-about">\n'
        "<p>Allmännyttan.se ges ut av Sveriges Allmännytta, bransch- och intresseorganisation för de "
        "kommunala bostadsföretagen. Här berättar vi vad allmännyttan är och vad den gör runt om i landet. "
        f'Mer om organisationen finns på <a href="{OFF_SITE}">dess webbplats</a>.</p>\n'
        '<p>Vill ditt bolag synas här? <a href="/kontakt/">Kontakta redaktionen</a>!</p>\n'
        "</div>\n"
        '<div class="footer-contact">\n'
        '<span class="org">Sveriges Allmännytta</span>\n'
        '<span class="adr">Box 4711, 116 92 Stockholm</span>\n'
        '<span class="tel">08-555 010 00</span>\n'
        '<a class="email" href="mailto:info@allmannyttan.se">info@allmannyttan.se</a>\n'
        f'<a class="url" href="{OFF_SITE}">www.sverigesallmannytta.se</a>\n'
        "</div>\n"
        '<p class="site-info"><a href="/wp-admin/" rel="nofollow">Logga in</a></p>\n'
        "</footer>\n"
    )


def document(title: str, canonical: str | None, body_class: str, main: str, extra_head: str = "") -> str:
    return (head(title, canonical, extra_head)
            + f'<body class="{body_class}">\n<div id="page" class="site">\n'
            + site_header()
            + f'<div id="content" class="site-content">\n{main}</div>\n'
            + site_footer()
            + "</div>\n</body>\n</html>\n")


# --------------------------------------------------------------------------- article parts


def img_tag(photo: dict, cls: str) -> str:
    w, h = photo["size"]
    src = f"/wp-content/uploads/{photo['file']}"
    extra = ""
    if photo.get("srcset"):
        big = f"/wp-content/uploads/{photo['srcset']}"
        extra = (f' srcset="{src} {w}w, {big} {w * 2}w" '
                 f'sizes="(max-width: {w * 2}px) 100vw, {w * 2}px"')
    return (f'<img class="{cls}" src="{src}" alt="{attr(photo["alt"])}" width="{w}" height="{h}"'
            f'{extra} loading="lazy">')


def caption_text(photo: dict) -> str:
    return f"Bilden ovan: {esc_text(photo['caption'])} {esc_text(photo['credit'])}"


def figure_html(a: dict) -> str:
    photo = a["photo"]
    aid = a["post_id"] + 1
    w = photo["size"][0]
    if photo["style"] == "block":
        return (f'<figure class="wp-block-image size-large">{img_tag(photo, f"wp-image-{aid}")}'
                f'<figcaption class="wp-element-caption">{caption_text(photo)}</figcaption></figure>\n')
    if photo["style"] == "div":
        return (f'<div id="attachment_{aid}" style="width: {w + 10}px" class="wp-caption aligncenter">'
                f'{img_tag(photo, f"size-full wp-image-{aid}")}\n'
                f'<p class="wp-caption-text">{caption_text(photo)}</p></div>\n')
    return (f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            f'style="width: {w}px" class="wp-caption alignnone">{img_tag(photo, f"size-large wp-image-{aid}")}'
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{caption_text(photo)}'
            f"</figcaption></figure>\n")


def body_html(a: dict, block: bool = False) -> str:
    parts = []
    for kind, text in a["body"]:
        if kind == "p":
            parts.append(f"<p>{inline(text)}</p>\n")
        elif kind == "strong":
            parts.append(f"<p><strong>{inline(text)}</strong></p>\n")
        else:
            cls = ' class="wp-block-heading"' if block else ""
            parts.append(f"<{kind}{cls}>{inline(text)}</{kind}>\n")
    photo = a["photo"]
    if photo:
        placement = photo["placement"]
        if placement == "p-em":
            aid = a["post_id"] + 1
            parts.insert(0, f'<p>{img_tag(photo, f"aligncenter size-large wp-image-{aid}")}</p>\n')
            parts.append(f"<p><em>{caption_text(photo)}</em></p>\n")
        else:
            at = {"top": 0, "middle": 2, "bottom": len(parts)}[placement]
            parts.insert(at, figure_html(a))
    return "".join(parts)


def cat_links(a: dict, sep: str = ", ") -> str:
    return sep.join(f'<a href="/kategori/{CATEGORIES[c]}/" rel="category tag">{c}</a>'
                    for c in a["categories"])


def author_html(a: dict) -> str:
    authors = a["authors"]
    if not authors:
        return ""
    style = a["byline"]
    if style == "box":
        inner = "".join(f'<div class="author-info">\n<p class="author-name">{esc_text(n)}</p>\n'
                        f'<p class="author-title">{esc_text(r)}</p>\n</div>\n' for n, r in authors)
        return f'<div class="author-box">\n{inner}</div>\n'
    if style == "vcard":
        inner = "".join(f'<span class="author vcard"><span class="fn n">{esc_text(n)}</span></span><br>\n'
                        f'<span class="author-role">{esc_text(r)}</span>\n' for n, r in authors)
        return f'<div class="byline">\n{inner}</div>\n'
    if style == "plain":
        return "".join(f'<div class="entry-author"><strong>{esc_text(n)}</strong><br>\n{esc_text(r)}</div>\n'
                       for n, r in authors)
    if style == "block":
        return "".join(
            '<div class="wp-block-post-author"><div class="wp-block-post-author__content">'
            f'<p class="wp-block-post-author__name">{esc_text(n)}</p>'
            f'<p class="wp-block-post-author__bio">{esc_text(r)}</p></div></div>\n' for n, r in authors)
    raise ValueError(style)


def teaser_author(a: dict, cls: str) -> str:
    if not a["authors"]:
        return ""
    name, role = a["authors"][0]
    return (f'<p class="{cls}"><span class="author-name">{esc_text(name)}</span><br>'
            f'<span class="author-role">{esc_text(role)}</span></p>\n')


def related_html(a: dict, block: bool = False) -> str:
    items = []
    for r in a["related"]:
        items.append(
            ('<li class="wp-block-post">' if block else '<div class="related-post">')
            + f'\n<span class="related-date">{swedish_date(r["date"])}</span>\n'
            f'<h3 class="related-post-title"><a href="{r["path"]}">{esc_text(r["title"])}</a></h3>\n'
            f'<p class="related-excerpt">{esc_text(r["excerpt"])}...</p>\n'
            + teaser_author(r, "related-author")
            + ("</li>\n" if block else "</div>\n"))
    if block:
        return ('<div class="wp-block-group related-posts">\n<h2 class="wp-block-heading">Mer från '
                'allmännyttan.se</h2>\n<ul class="wp-block-post-template">\n' + "".join(items) + "</ul>\n</div>\n")
    return ('<section class="related-posts" aria-label="Relaterade inlägg">\n<h2 class="related-title">'
            "Mer att läsa</h2>\n" + "".join(items) + "</section>\n")


def structured_data(a: dict) -> str:
    img = f"{O}/wp-content/uploads/{a['photo']['file']}" if a["photo"] else None
    desc = a["excerpt"] + "..."
    meta = [
        ('property', 'og:locale', 'sv_SE'), ('property', 'og:type', 'article'),
        ('property', 'og:title', a["title"]), ('property', 'og:description', desc),
        ('property', 'og:url', f"{O}{a['path']}"), ('property', 'og:site_name', SITE_NAME),
        ('property', 'article:published_time', a["datetime"]),
        ('property', 'article:modified_time', iso_datetime(a["modified"], "10:15")),
    ]
    if img:
        meta.append(('property', 'og:image', img))
    if a["authors"]:
        meta.append(('name', 'author', a["authors"][0][0]))
    tags = "".join(f'<meta {k}="{v}" content="{attr(c)}">\n' for k, v, c in meta)
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": a["title"],
        "datePublished": a["datetime"],
        "dateModified": iso_datetime(a["modified"], "10:15"),
        "author": [{"@type": "Person", "name": n, "jobTitle": r} for n, r in a["authors"]],
        "publisher": {"@type": "Organization", "name": "Sveriges Allmännytta",
                      "logo": {"@type": "ImageObject", "url": f"{O}{LOGO_URL}"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{O}{a['path']}"},
        "inLanguage": "sv-SE",
        "articleSection": a["categories"],
    }
    if len(a["authors"]) == 1:
        ld["author"] = ld["author"][0]
    if img:
        ld["image"] = {"@type": "ImageObject", "url": img,
                       "width": a["photo"]["size"][0], "height": a["photo"]["size"][1]}
    return tags + ('<script type="application/ld+json">'
                   + json.dumps(ld, ensure_ascii=False, separators=(",", ":")) + "</script>\n")


def article_classic(a: dict) -> str:
    cats = " ".join(f"category-{CATEGORIES[c]}" for c in a["categories"])
    thumb = " has-post-thumbnail" if a["photo"] else ""
    date = (f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            f'datetime="{a["datetime"]}">{a["published_raw"]}</time></span></div>\n')
    title = f'<h1 class="entry-title">{esc_text(a["title"])}</h1>\n'
    # The vcard variant prints the date under the title; the others above it.
    header = title + date if a["byline"] == "vcard" else date + title
    footer_bits = []
    if a["byline"] == "oneline":
        n, r = a["authors"][0]
        footer_bits.append(f'<p class="byline">{esc_text(n)}, {esc_text(r)}</p>\n')
    if a["categories"]:
        footer_bits.append(f'<span class="cat-links">Publicerad i {cat_links(a)}</span>\n')
    main = (
        '<main id="main" class="site-main">\n'
        f'<article id="post-{a["post_id"]}" class="post-{a["post_id"]} post type-post status-publish '
        f'format-standard{thumb} hentry {cats}">\n'
        f'<header class="entry-header">\n{header}</header>\n'
        f'<div class="entry-content">\n{body_html(a)}</div>\n'
        + (author_html(a) if a["byline"] != "oneline" else "")
        + f'<footer class="entry-footer">\n{"".join(footer_bits)}</footer>\n'
        "</article>\n"
        + related_html(a)
        + "</main>\n")
    extra = structured_data(a) if a["jsonld"] else ""
    return document(f"{a['title']} – {SITE_NAME}", a["path"],
                    f"post-template-default single single-post postid-{a['post_id']} single-format-standard",
                    main, extra)


def article_block(a: dict) -> str:
    terms = "".join(
        (f'<span class="wp-block-post-terms__separator">, </span>' if i else "")
        + f'<a href="/kategori/{CATEGORIES[c]}/" rel="tag">{c}</a>' for i, c in enumerate(a["categories"]))
    main = (
        '<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">\n'
        f'<div class="wp-block-group post-{a["post_id"]} post type-post hentry">\n'
        f'<div class="wp-block-post-date"><time datetime="{a["datetime"]}">{a["published_raw"]}</time></div>\n'
        f'<h1 class="has-text-align-left wp-block-post-title">{esc_text(a["title"])}</h1>\n'
        f'<div class="taxonomy-category wp-block-post-terms">{terms}</div>\n'
        f'<div class="entry-content wp-block-post-content is-layout-flow">\n{body_html(a, block=True)}</div>\n'
        + author_html(a)
        + "</div>\n"
        + related_html(a, block=True)
        + "</main>\n")
    return document(f"{a['title']} – {SITE_NAME}", a["path"],
                    f"wp-singular post-template-default single single-post postid-{a['post_id']} "
                    "wp-theme-allmannyttan", main, structured_data(a) if a["jsonld"] else "")


def article_legacy(a: dict) -> bytes:
    """Hand-made 2009 HTML: tables, <br> paragraphs, entities; encoded windows-1252."""
    parts = []
    for kind, text in a["body"]:
        parts.append(f"<b>{inline(text)}</b>" if kind != "p" else inline(text))
    body = "\n<br><br>\n".join(parts)
    photo = a["photo"]
    w, h = photo["size"]
    name, role = a["authors"][0]
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        "<html>\n<head>\n"
        '<meta charset="windows-1252">\n'
        f"<title>{esc_text(a['title'])} - Allm&auml;nnyttan</title>\n"
        '<style type="text/css">td { font-family: Verdana, Arial; font-size: 12px; }</style>\n'
        "</head>\n"
        '<body bgcolor="#FFFFFF" text="#000000" link="#1F6F50">\n'
        '<table width="640" border="0" cellspacing="0" cellpadding="6" align="center">\n'
        '<tr><td bgcolor="#1F6F50"><font color="#FFFFFF"><b>Allm&auml;nnyttan &ndash; nyheter</b></font>'
        ' &nbsp; <a href="/"><font color="#FFFFFF">Startsidan</font></a></td></tr>\n'
        f'<tr><td><font size="1" color="#666666">Publicerad: {a["published_raw"]}</font></td></tr>\n'
        f"<tr><td><h1>{esc_text(a['title'])}</h1></td></tr>\n"
        f"<tr><td>\n{body}\n</td></tr>\n"
        f'<tr><td><img src="/wp-content/uploads/{photo["file"]}" width="{w}" height="{h}" border="0" '
        f'alt="{attr(photo["alt"])}"><br>\n<i>{caption_text(photo)}</i></td></tr>\n'
        f"<tr><td>&nbsp;</td></tr>\n"
        f"<tr><td>{esc_text(name)}<br>\n{esc_text(role)}</td></tr>\n"
        '<tr><td><hr size="1" noshade><font size="1">Allm&auml;nnyttan &ndash; en tj&auml;nst fr&aring;n '
        "Sveriges Allmännytta</font></td></tr>\n"
        "</table>\n</body>\n</html>\n")
    return page.replace("\n", "\r\n").encode("cp1252")


# --------------------------------------------------------------------------- listings & pages


def teaser(a: dict) -> str:
    cats = " ".join(f"category-{CATEGORIES[c]}" for c in a["categories"])
    foot = teaser_author(a, "teaser-author")
    return (
        f'<article id="post-{a["post_id"]}" class="post-{a["post_id"]} post type-post status-publish '
        f'format-standard hentry {cats}">\n'
        '<header class="entry-header">\n'
        f'<div class="entry-meta"><time class="entry-date published" datetime="{a["datetime"]}">'
        f'{swedish_date(a["date"])}</time></div>\n'
        f'<h2 class="entry-title"><a href="{a["path"]}" rel="bookmark">{esc_text(a["title"])}</a></h2>\n'
        "</header>\n"
        f'<div class="entry-summary"><p>{esc_text(a["excerpt"])}...</p></div>\n'
        + (f'<footer class="entry-footer">\n{foot}</footer>\n' if foot else "")
        + "</article>\n")


def listing_pages(base: str, items: list[dict], heading: str | None, title: str, body_class: str,
                  sidebar: str = "") -> dict[str, str]:
    pages = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    paths = [base if n == 1 else f"{base}page/{n}/" for n in range(1, len(pages) + 1)]
    out = {}
    for n, (path, chunk) in enumerate(zip(paths, pages), start=1):
        rel = ""
        if n > 1:
            rel += f'<link rel="prev" href="{O}{paths[n - 2]}">\n'
        if n < len(pages):
            rel += f'<link rel="next" href="{O}{paths[n]}">\n'
        nav = ""
        if len(pages) > 1:
            older = (f'<div class="nav-previous"><a href="{paths[n]}">Äldre inlägg</a></div>'
                     if n < len(pages) else "")
            newer = f'<div class="nav-next"><a href="{paths[n - 2]}">Nyare inlägg</a></div>' if n > 1 else ""
            nav = ('<nav class="navigation posts-navigation" aria-label="Inlägg">\n'
                   f'<h2 class="screen-reader-text">Inläggsnavigering</h2>\n<div class="nav-links">{older}{newer}'
                   "</div>\n</nav>\n")
        hdr = f'<header class="page-header">\n<h1 class="page-title">{esc_text(heading)}</h1>\n</header>\n' \
            if heading else ""
        main = ('<main id="main" class="site-main">\n' + hdr + "".join(teaser(a) for a in chunk) + nav
                + "</main>\n" + sidebar)
        page_title = title if n == 1 else f"{title} – Sida {n} av {len(pages)}"
        out[path] = document(page_title, path, body_class + (f" paged paged-{n}" if n > 1 else ""), main, rel)
    return out


def static_page(p: dict, page_id: int) -> str:
    parts = []
    for kind, text in p["body"]:
        parts.append(f"<p>{inline(text)}</p>\n" if kind == "p" else f"<{kind}>{inline(text)}</{kind}>\n")
    main = ('<main id="main" class="site-main">\n'
            f'<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">\n'
            f'<header class="entry-header">\n<h1 class="entry-title">{esc_text(p["title"])}</h1>\n</header>\n'
            f'<div class="entry-content">\n{"".join(parts)}</div>\n'
            "</article>\n</main>\n")
    return document(f"{p['title']} – {SITE_NAME}", p["path"], f"page-template-default page page-id-{page_id}",
                    main)


def sitemaps(site: Site) -> dict[str, str]:
    def urlset(entries):
        rows = "".join(f"\t<url>\n\t\t<loc>{O}{loc}</loc>\n\t\t<lastmod>{lm}</lastmod>\n\t</url>\n"
                       for loc, lm in entries)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n")

    posts = sorted(((a["path"], iso_datetime(a["modified"], "10:15")) for a in site.articles),
                   key=lambda e: e[1])
    newest = site.listed[0]
    pages = [("/", iso_datetime(newest["modified"], "10:15"))]
    pages += [(p["path"], iso_datetime("2019-11-04", "15:30")) for p in PAGES]
    post_last = max(lm for _, lm in posts)
    page_last = max(lm for _, lm in pages)
    index = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
             f"\t<sitemap>\n\t\t<loc>{O}/post-sitemap.xml</loc>\n\t\t<lastmod>{post_last}</lastmod>\n\t</sitemap>\n"
             f"\t<sitemap>\n\t\t<loc>{O}/page-sitemap.xml</loc>\n\t\t<lastmod>{page_last}</lastmod>\n\t</sitemap>\n"
             "</sitemapindex>\n")
    return {"/sitemap.xml": index, "/post-sitemap.xml": urlset(posts), "/page-sitemap.xml": urlset(pages)}


# --------------------------------------------------------------------------- link graph (for ground truth)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("a", "link") and a.get("href"):
            if tag == "link" and a.get("rel") not in ("stylesheet", "next", "prev", "canonical", "icon"):
                return
            self.links.append(a["href"])
        if tag in ("img", "script") and a.get("src"):
            self.links.append(a["src"])
        if tag == "img" and a.get("srcset"):
            self.links += [part.split()[0] for part in a["srcset"].split(",") if part.strip()]


def _robots_blocked(path: str) -> bool:
    return path.startswith(("/wp-admin/", "/?s=", "/search/")) and not path.startswith(
        "/wp-admin/admin-ajax.php")


def crawl_graph(files: dict[str, bytes], routes: dict) -> dict:
    """Follow links from '/' through the generated files, as a robots-obeying crawler would."""
    def file_for(path: str) -> str | None:
        p = path.split("?", 1)[0]
        key = p + "index.html" if p.endswith("/") else p
        return key if key in files else None

    seen, queue, reachable, linked_redirects = set(), ["/"], set(), set()
    missing, gone, disallowed = set(), set(), set()
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        if _robots_blocked(path):
            disallowed.add(path)
            continue
        bare = path.split("?", 1)[0]
        if bare in routes["redirects"]:
            linked_redirects.add(bare)
            queue.append(routes["redirects"][bare])
            continue
        if bare in routes["status"]:
            gone.add(bare)
            continue
        key = file_for(path)
        if key is None:
            missing.add(bare)
            continue
        reachable.add(path)
        if key.endswith(".html"):
            data = files[key]
            parser = _Links()
            parser.feed(data.decode("cp1252" if b'charset="windows-1252"' in data[:400] else "utf-8"))
            for href in parser.links:
                href = href.replace(O, "")
                if not href.startswith("/") or href.startswith("//"):
                    continue  # off-site, mailto:
                queue.append(href.split("#", 1)[0])
    return {"reachable": sorted(reachable), "redirects": sorted(linked_redirects),
            "missing": sorted(missing), "gone": sorted(gone), "disallowed": sorted(disallowed)}


# --------------------------------------------------------------------------- build


def render(site: Site) -> tuple[dict[str, bytes], dict]:
    files: dict[str, str | bytes] = {}

    def put(url_path: str, content: str | bytes) -> None:
        key = url_path + "index.html" if url_path.endswith("/") else url_path
        assert key not in files, key
        files[key] = content

    chunked: list[str] = []
    sidebar = ('<aside id="secondary" class="widget-area">\n<section class="widget widget_search_terms">\n'
               '<h2 class="widget-title">Populära sökord</h2>\n<ul>\n'
               + "".join(f'<li><a href="{s}">{s.split("=", 1)[1]}</a></li>\n' for s in SEARCH_LINKS)
               + "</ul>\n</section>\n</aside>\n")
    listings: dict[str, list[dict]] = {}
    home = listing_pages("/", site.listed, None, f"{SITE_NAME} – Vi visar vad allmännyttan gör",
                         "home blog", sidebar)
    groups = [("/", site.listed, home)]
    for name, slug in CATEGORIES.items():
        items = [a for a in site.listed if name in a["categories"]]
        if items:
            pages = listing_pages(f"/kategori/{slug}/", items, f"Kategori: {name}",
                                  f"{name} – {SITE_NAME}", f"archive category category-{slug}")
            groups.append((f"/kategori/{slug}/", items, pages))
    for base, items, pages in groups:
        for n, (path, content) in enumerate(pages.items()):
            put(path, content)
            chunked.append(path)
            listings[path] = [
                {"position": i + 1, "article_url": a["path"], "title": a["title"], "published": a["date"],
                 "excerpt": a["excerpt"],
                 "author_name": a["authors"][0][0] if a["authors"] else None,
                 "author_role": a["authors"][0][1] if a["authors"] else None}
                for i, a in enumerate(items[n * PER_PAGE:(n + 1) * PER_PAGE])]

    content_types = {}
    for a in site.articles:
        if a["template"] == "legacy":
            put(a["path"], article_legacy(a))
            content_types[a["path"]] = "text/html; charset=windows-1252"
        elif a["template"] == "block":
            put(a["path"], article_block(a))
        else:
            put(a["path"], article_classic(a))
    for i, p in enumerate(PAGES):
        put(p["path"], static_page(p, 40 + i))
    put("/wp-admin/", WP_ADMIN)
    put("/robots.txt", ROBOTS_TXT)
    for path, xml in sitemaps(site).items():
        put(path, xml)

    put(CSS_URL.split("?")[0], STYLE_CSS)
    put(JS_URL.split("?")[0], MENU_JS)
    put(LOGO_URL, make_png(120, 30, 0))
    put(PDF_URL, make_pdf())
    for a in site.articles:
        photo = a["photo"]
        if photo:
            w, h = photo["size"]
            put(f"/wp-content/uploads/{photo['file']}", make_png(w, h, photo["palette"]))
            if photo.get("srcset"):
                put(f"/wp-content/uploads/{photo['srcset']}", make_png(w * 2, h * 2, photo["palette"]))

    routes = {
        "redirects": dict(REDIRECTS),
        "status": {**{p: 410 for p in GONE}},
        "content_types": content_types,
        "chunked": chunked,
    }
    put("/_routes.json", json.dumps(routes, ensure_ascii=False, indent=2) + "\n")

    data = {k: (v.encode("utf-8") if isinstance(v, str) else v) for k, v in files.items()}
    graph = crawl_graph(data, routes)
    assert graph["missing"] == sorted(MISSING), graph["missing"]
    assert graph["gone"] == sorted(GONE), graph["gone"]
    assert graph["redirects"] == sorted(REDIRECTS), graph["redirects"]

    articles_gt = {}
    for a in sorted(site.articles, key=lambda a: a["datetime"], reverse=True):
        photo = a["photo"]
        articles_gt[a["path"]] = {
            "title": norm(a["title"]),
            "published": a["date"],
            "published_raw": a["published_raw"],
            "author_name": a["authors"][0][0] if a["authors"] else None,
            "author_role": a["authors"][0][1] if a["authors"] else None,
            "authors": [{"name": n, "role": r} for n, r in a["authors"]],
            "photo_credit": norm(photo["credit"]) if photo else None,
            "image_caption": norm(photo["caption"]) if photo else None,
            "image": f"/wp-content/uploads/{photo['file']}" if photo else None,
            "body_text": a["body_text"],
            "categories": list(a["categories"]),
            "encoding": "windows-1252" if a["template"] == "legacy" else "utf-8",
            "in_sitemap_only": a["sitemap_only"],
            "in_listings": a["listed"],
            "template": a["template"],
            "structured_data": a["jsonld"],
            "modified": a["modified"],
            "related": [r["path"] for r in a["related"]] if a["template"] != "legacy" else [],
        }
        if a["sitemap_only"]:
            assert a["path"] not in graph["reachable"], a["path"]
        else:
            assert a["path"] in graph["reachable"], a["path"]

    requisites = sorted(p for p in graph["reachable"] if p.startswith("/wp-content/"))
    truth = {
        "_about": ("Expected extraction results for crawler/sample_site. Generated by build_site.py; "
                   "see README.md for the conventions (author_name = first author, image_caption without "
                   "'Bilden ovan:' and credit, body_text paragraphs joined by a blank line)."),
        "articles": articles_gt,
        "listings": listings,
        "pages": [p["path"] for p in PAGES],
        "page_titles": {p["path"]: p["title"] for p in PAGES},
        "redirects": dict(REDIRECTS),
        "missing": list(MISSING),
        "gone": list(GONE),
        "robots_disallowed": ["/wp-admin/", "/?s=", "/search/"],
        "robots_disallowed_links": graph["disallowed"],
        "requisites": requisites,
        "sitemaps": ["/sitemap.xml", "/post-sitemap.xml", "/page-sitemap.xml"],
        "chunked": chunked,
        "off_site_links": [OFF_SITE],
        "reachable_by_links": graph["reachable"],
    }
    return data, truth


def build(out_site: Path = SITE_DIR, out_truth: Path = GROUND_TRUTH_FILE) -> None:
    data, truth = render(Site())
    out_site = Path(out_site)
    if out_site.exists():
        shutil.rmtree(out_site)
    for rel, content in sorted(data.items()):
        target = out_site / rel.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    Path(out_truth).write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write OUT/site and OUT/ground_truth.json instead")
    args = parser.parse_args(argv)
    if args.out:
        build(args.out / "site", args.out / "ground_truth.json")
    else:
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
