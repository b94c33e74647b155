"""The generated benchmark site's content: a seeded model of N articles and its pages.

Everything here is a pure function of (articles, seed, changed_fraction) and an
:class:`Edition` (generation number and when each generation appeared): no I/O
and no clock, so the same inputs give the same bytes. ``bench/site.py`` serves it.

The markup copies the bundled sample site's classic WordPress theme
(``crawler/sample_site/site/trygghetsvandring-i-hagaby/``, ``page/2/``), so the
project's parsers read the pages as they read the real site.

Generations: in generation g ≥ 1, ``round(changed_fraction * articles)``
articles (the lowest seeded hashes for g) get new text in paragraphs 2..n
and the subheading, and a sitemap lastmod equal to the time generation g
appeared. Title, date, lead (and so every teaser and listing) stay the same,
as when an editor corrects an article in WordPress.
"""

from __future__ import annotations

import hashlib
import html
import random
import re
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

PER_PAGE = 10  # teasers per listing page
PER_SITEMAP = 1000  # urls per post sitemap
ARTICLES_PER_IMAGE = 10
FIRST_DAY = datetime(2009, 1, 5, tzinfo=timezone.utc)
LAST_DAY = datetime(2024, 6, 28, tzinfo=timezone.utc)
SITE_EPOCH = datetime(2024, 6, 28, 12, 0, tzinfo=timezone.utc)  # Last-Modified of fixed files
STYLE_PATH = "/wp-content/themes/allmannyttan/style.css"

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
CATEGORIES = (("segregation", "Segregation"), ("renovering", "Renovering"), ("energi", "Energi"),
              ("trygghet", "Trygghet"), ("hyresgaster", "Hyresgäster"),
              ("innovationslabb", "Innovationslabb"), ("sommarjobb", "Sommarjobb"),
              ("boinflytande", "Boinflytande"))
STATIC_PAGES = {
    "/om-allmannyttan/": ("Om allmännyttan",
                          "Allmännyttan är de kommunala bostadsföretagen, som tillsammans äger "
                          "och förvaltar vart femte hyreshus i Sverige."),
    "/kontakt/": ("Kontakt", "Redaktionen nås på info@allmannyttan.se eller 08-555 010 00."),
}

# --- vocabulary: fictional, Swedish-looking ---------------------------------------
FIRST_NAMES = ("Anna", "Åsa", "Björn", "Elin", "Erik", "Frida", "Göran", "Hamza", "Ida", "Jöns",
               "Karin", "Lars", "Linnéa", "Maja", "Märta", "Nils", "Olle", "Rasmus", "Signe",
               "Sölve", "Tove", "Ulf", "Yusuf", "Åke", "Ebba", "Henrik", "Leila", "Astrid")
SURNAMES = ("Åkerlund", "Bergkvist", "Bäckström", "Dahlgård", "Ekelöf", "Grönvall", "Hägglund",
            "Hörnfeldt", "Käll", "Lindqvist", "Nordén", "Nyström", "Öberg", "Ödqvist", "Ström",
            "Strömbäck", "Törnqvist", "Wåhlin", "Ågren", "Älvström", "Sjögren", "Lundmark")
TITLES = ("projektledare", "förvaltare", "områdesutvecklare", "vd", "boendesocial samordnare",
          "trygghetssamordnare", "energistrateg", "kommunikatör", "bovärd", "hyresgästrepresentant")
COMPANIES = ("Kvarnbyhem", "Hagabyhem", "Strömsbo Bostäder", "Norrbyhem", "Sjöstadshus i Örebro",
             "Granbackens Bostads AB", "Tallbo Fastigheter", "Älvsåkers Hyresbostäder")
PLACES = ("Kvarnby", "Hagaby", "Norrby", "Sjöstaden", "Granbacken", "Ekdalen", "Björkhagen",
          "Tallbo", "Strömsbo", "Älvsåker", "Östra Ängby", "Vårberga", "Lärkängen", "Solhöjden")
SUBJECTS = ("Hyresgästerna", "Bostadsbolaget", "Kommunen", "Förvaltarna", "Ungdomarna",
            "Grannarna", "Projektledaren", "Styrelsen", "Fastighetsvärdarna", "De boende",
            "Hyresgästföreningen", "Områdesvärdarna", "Föreningen", "Personalen")
VERBS = ("planerar", "bygger", "renoverar", "utvecklar", "diskuterar", "samlar in idéer om",
         "prövar", "förbättrar", "följer upp", "satsar på", "tar ansvar för", "lyfter fram",
         "genomför", "utvärderar", "startar")
OBJECTS = ("nya lekplatser", "tryggare trapphus", "gemensamma odlingar", "energismarta lösningar",
           "ljusare gårdar", "sommarjobb för unga", "läxhjälp i tvättstugan", "solceller på taken",
           "stambyten med hyresgästerna", "mötesplatser i området", "digitala bovärdar",
           "öppna områdeskontor", "en cykelverkstad", "bättre belysning", "gröna innergårdar",
           "nya tvättstugor", "trygghetsvandringar", "ett kvarterskök", "fler hyresrätter",
           "tillgängliga entréer")
TIMES = ("under våren", "i höstas", "sedan förra året", "varje onsdag", "under sommarlovet",
         "i början av året", "efter flera års arbete", "redan i år", "under hösten")
CLAUSES = ("tillsammans med kommunen", "med stöd av hyresgästerna", "utan att hyrorna höjs",
           "för att fler ska känna sig hemma", "i nära dialog med de boende",
           "som ett led i arbetet mot segregation", "med små medel", "i hela bostadsområdet")
GOALS = ("fler ska vilja bo kvar", "ingen ska behöva känna sig otrygg", "energin ska räcka längre",
         "unga ska få en första rad i cv:t", "grannar ska lära känna varandra",
         "hyresgästerna ska kunna påverka mer")
TITLE_FORMS = ("{obj} i {place}", "{subj} i {place} {verb} {obj}", "Så fick {place} {obj}",
               "{obj} – ett lyft för {place}", "Därför satsar {place} på {obj}",
               "{subj} {verb} {obj} {time}")


def swedish_date(moment: datetime) -> str:
    """``5 september 2018``, as the theme prints it."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def stockholm(moment: datetime) -> datetime:
    """The UTC moment in Swedish local time (CET/CEST, EU rules), offset kept."""
    def last_sunday(year: int, month: int) -> datetime:
        day = datetime(year, month + 1, 1, 1, tzinfo=timezone.utc) - timedelta(days=1)
        return day - timedelta(days=(day.weekday() + 1) % 7)
    summer = last_sunday(moment.year, 3) <= moment < last_sunday(moment.year, 10)
    return moment.astimezone(timezone(timedelta(hours=2 if summer else 1)))


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(timezone.utc), usegmt=True)


def slugify(text: str) -> str:
    text = text.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(rng: random.Random) -> str:
    """One generated sentence."""
    form = rng.randrange(5)
    if form == 0:
        return f"Målet är att {rng.choice(GOALS)}."
    if form == 1:
        return (f"{rng.randint(12, 480)} hushåll i {rng.choice(PLACES)} har {rng.choice(TIMES)} "
                f"fått {rng.choice(OBJECTS)}.")
    if form == 2:
        return (f"Det handlar om {rng.choice(OBJECTS)}, säger {rng.choice(FIRST_NAMES)} "
                f"{rng.choice(SURNAMES)}, {rng.choice(TITLES)} på {rng.choice(COMPANIES)}.")
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), "i", rng.choice(PLACES)]
    if rng.random() < 0.6:
        parts.append(rng.choice(TIMES))
    if rng.random() < 0.5:
        parts.append(rng.choice(CLAUSES))
    return " ".join(parts) + "."


def paragraph(rng: random.Random, low: int = 3, high: int = 5) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


@dataclass(frozen=True)
class Edition:
    """Which generation the site is in, and when each generation ≥ 1 appeared (UTC)."""

    generation: int = 0
    changed_at: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class Article:
    index: int
    post_id: int
    slug: str
    title: str
    published: datetime  # local time with offset
    modified: datetime  # generation 0's lastmod
    categories: tuple[int, ...]
    author: int
    image: int

    @property
    def path(self) -> str:
        return f"/{self.slug}/"


@dataclass(frozen=True)
class Page:
    """A rendered response: status, what kind of URL it is, and the bytes."""

    status: int
    kind: str  # article, listing, page, sitemap, robots, requisite, other
    content_type: str
    body: bytes
    modified: datetime | None = None
    location: str | None = None  # redirects: a root-relative path

    @property
    def compressible(self) -> bool:
        return self.content_type.startswith(("text/", "application/xml"))


class BenchSite:
    """The site model: articles, listings, sitemaps, and a renderer per path."""

    def __init__(self, articles: int, seed: int = 0, changed_fraction: float = 0.0) -> None:
        if articles < 1:
            raise ValueError("the site needs at least one article")
        if not 0.0 <= changed_fraction <= 1.0:
            raise ValueError("changed_fraction must be between 0 and 1")
        self.seed, self.changed_fraction = seed, changed_fraction
        rng = random.Random(f"{seed}:site")
        self.authors = [(f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                         f"{rng.choice(TITLES)}, {rng.choice(COMPANIES)}") for _ in range(48)]
        self.photographers = [f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(12)]
        self.articles: list[Article] = []
        self.by_path: dict[str, Article] = {}
        span = (LAST_DAY - FIRST_DAY).total_seconds()
        step = span / articles
        for i in range(articles):
            a_rng = random.Random(f"{seed}:article:{i}")
            title = capitalise(rng_title(a_rng))
            slug, n = slugify(title), 2
            while f"/{slug}/" in self.by_path or f"/{slug}/" in STATIC_PAGES:
                slug, n = f"{slugify(title)}-{n}", n + 1
            day = FIRST_DAY + timedelta(seconds=step * i + a_rng.uniform(0, step * 0.5))
            published = stockholm(day.replace(hour=a_rng.randint(6, 14), minute=a_rng.choice((0, 15, 30, 45)), second=0, microsecond=0))
            modified = min(published + timedelta(hours=a_rng.choice((0, 0, 2, 26, 200, 700))), SITE_EPOCH)
            first = a_rng.randrange(len(CATEGORIES))
            cats = (first,) if a_rng.random() < 0.6 else tuple(sorted({first, a_rng.randrange(len(CATEGORIES))}))
            article = Article(i, 1000 + 3 * i, slug, title, published, stockholm(modified), cats,
                              a_rng.randrange(len(self.authors)), i // ARTICLES_PER_IMAGE)
            self.articles.append(article)
            self.by_path[article.path] = article
        self.newest_first = self.articles[::-1]
        self.by_category = [[a for a in self.newest_first if c in a.categories]
                            for c in range(len(CATEGORIES))]
        self.images = {self.image_path(k): k for k in range(self.articles[-1].image + 1)}
        self._changed: dict[int, frozenset[int]] = {}
        self._leads: dict[int, str] = {}

    # -- generations ---------------------------------------------------------------
    def changed_in(self, generation: int) -> frozenset[int]:
        """Indexes of the articles that generation ``generation`` changes (none for 0)."""
        if generation < 1:
            return frozenset()
        if generation not in self._changed:
            count = round(self.changed_fraction * len(self.articles))
            ranked = sorted(range(len(self.articles)), key=lambda i: hashlib.sha256(
                f"{self.seed}:{generation}:{i}".encode()).digest())
            self._changed[generation] = frozenset(ranked[:count])
        return self._changed[generation]

    def changed_paths(self, generation: int) -> list[str]:
        """Article paths whose text differs between generation-1 and ``generation``."""
        return sorted(self.articles[i].path for i in self.changed_in(generation))

    def version(self, article: Article, edition: Edition) -> tuple[int, datetime]:
        """How many times the article has changed by this edition, and its lastmod."""
        version, modified = 0, article.modified
        for g in range(1, edition.generation + 1):
            if article.index in self.changed_in(g):
                version += 1
                modified = edition.changed_at[g - 1] if g <= len(edition.changed_at) else modified
        return version, modified

    # -- text ------------------------------------------------------------------------
    def lead(self, article: Article) -> str:
        """The first paragraph; the same in every generation (teasers quote it)."""
        text = self._leads.get(article.index)
        if text is None:
            text = paragraph(random.Random(f"{self.seed}:lead:{article.index}"), 3, 4)
            self._leads[article.index] = text
        return text

    def excerpt(self, article: Article) -> str:
        words = self.lead(article).split()
        return " ".join(words[:26]).rstrip(",.") + "..."

    def image_path(self, image: int) -> str:
        day = self.articles[image * ARTICLES_PER_IMAGE].published
        return f"/wp-content/uploads/{day.year}/{day.month:02d}/bild-{image + 1}.png"

    def related(self, article: Article) -> list[Article]:
        pool = self.by_category[article.categories[0]]
        if len(pool) < 4:
            pool = self.articles
        rng = random.Random(f"{self.seed}:related:{article.index}")
        picks: list[Article] = []
        for _ in range(20):
            if len(picks) == 3 or len(pool) < 2:
                break
            candidate = rng.choice(pool)
            if candidate is not article and candidate not in picks:
                picks.append(candidate)
        return picks

    # -- rendering -------------------------------------------------------------------
    def render(self, path: str, origin: str, edition: Edition = Edition()) -> Page:
        """The response for a root-relative path (query already removed)."""
        if path in self.by_path:
            return self.article_page(self.by_path[path], origin, edition)
        if path == "/" or path.startswith(("/page/", "/kategori/")):
            return self.listing_route(path, origin)
        if path == "/robots.txt":
            return Page(200, "robots", "text/plain; charset=utf-8", self.robots(origin), SITE_EPOCH)
        if path == "/sitemap.xml":
            return self.sitemap_index(origin, edition)
        match = re.fullmatch(r"/post-sitemap-(\d+)\.xml", path)
        if match:
            return self.post_sitemap(int(match.group(1)), origin, edition)
        if path == "/page-sitemap.xml":
            return self.page_sitemap(origin, edition)
        if path == STYLE_PATH:
            return Page(200, "requisite", "text/css; charset=utf-8", STYLESHEET, SITE_EPOCH)
        if path in self.images:
            return Page(200, "requisite", "image/png", png(self.seed, self.images[path]), SITE_EPOCH)
        if path in STATIC_PAGES:
            return self.static_page(path, origin)
        return self.not_found(path, origin)

    def listing_route(self, path: str, origin: str) -> Page:
        match = re.fullmatch(r"(/|/kategori/([a-z]+)/)(?:page/(\d+)/)?", path)
        if not match:
            return self.not_found(path, origin)
        base, slug, number = match.group(1), match.group(2), int(match.group(3) or 1)
        if match.group(3) == "1":
            return Page(301, "other", "text/html; charset=utf-8", b"", location=base)
        if slug is None:
            items, heading, classes = self.newest_first, None, "home blog"
        else:
            slugs = [s for s, _ in CATEGORIES]
            if slug not in slugs:
                return self.not_found(path, origin)
            c = slugs.index(slug)
            items, heading, classes = self.by_category[c], f"Kategori: {CATEGORIES[c][1]}", f"archive category category-{slug}"
        pages = max(1, -(-len(items) // PER_PAGE))
        if number > pages:
            return self.not_found(path, origin)
        chunk = items[(number - 1) * PER_PAGE:number * PER_PAGE]
        return self.listing_page(base, number, pages, chunk, heading, classes, origin)

    def article_page(self, a: Article, origin: str, edition: Edition) -> Page:
        version, modified = self.version(a, edition)
        rng = random.Random(f"{self.seed}:body:{a.index}")
        count = rng.randint(4, 8)
        heading_at = rng.randint(2, count - 1)
        caption_rng = random.Random(f"{self.seed}:caption:{a.index}")
        text_rng = random.Random(f"{self.seed}:body:{a.index}:v{version}")
        paragraphs = [self.lead(a)] + [paragraph(text_rng) for _ in range(count - 1)]
        heading = f"{text_rng.choice(OBJECTS)} {text_rng.choice(TIMES)}".upper()
        blocks = [f"<p>{esc(p)}</p>" for p in paragraphs]
        blocks.insert(heading_at, f"<h2>{esc(heading)}</h2>")
        image = self.image_path(a.image)
        caption = (f"Bilden ovan: {caption_rng.choice(FIRST_NAMES)} {caption_rng.choice(SURNAMES)} "
                   f"visar {caption_rng.choice(OBJECTS)} i {caption_rng.choice(PLACES)}. "
                   f"Foto: {caption_rng.choice(self.photographers)}")
        blocks.append(
            f'<figure id="attachment_{a.post_id + 1}" aria-describedby="caption-attachment-{a.post_id + 1}" '
            f'style="width: 160px" class="wp-caption alignnone"><img class="size-large wp-image-{a.post_id + 1}" '
            f'src="{image}" alt="" width="160" height="100" loading="lazy">'
            f'<figcaption id="caption-attachment-{a.post_id + 1}" class="wp-caption-text">{esc(caption)}'
            f"</figcaption></figure>")
        name, role = self.authors[a.author]
        cats = "".join(f"category-{CATEGORIES[c][0]} " for c in a.categories).strip()
        cat_links = ", ".join(f'<a href="/kategori/{CATEGORIES[c][0]}/" rel="category tag">{CATEGORIES[c][1]}</a>'
                              for c in a.categories)
        related = "\n".join(
            f'<div class="related-post">\n<span class="related-date">{swedish_date(r.published)}</span>\n'
            f'<h3 class="related-post-title"><a href="{r.path}">{esc(r.title)}</a></h3>\n'
            f'<p class="related-excerpt">{esc(self.excerpt(r))}</p>\n{self.teaser_author(r)}\n</div>'
            for r in self.related(a))
        main = f"""<main id="main" class="site-main">
<article id="post-{a.post_id}" class="post-{a.post_id} post type-post status-publish format-standard has-post-thumbnail hentry {cats}">
<header class="entry-header">
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a.published.isoformat()}">{swedish_date(a.published)}</time></span></div>
</header>
<div class="entry-content">
{chr(10).join(blocks)}
</div>
<div class="byline">
<span class="author vcard"><span class="fn n">{esc(name)}</span></span><br>
<span class="author-role">{esc(role)}</span>
</div>
<footer class="entry-footer">
<span class="cat-links">Publicerad i {cat_links}</span>
</footer>
</article>
<section class="related-posts" aria-label="Relaterade inlägg">
<h2 class="related-title">Mer att läsa</h2>
{related}
</section>
</main>"""
        body_class = f"post-template-default single single-post postid-{a.post_id} single-format-standard"
        doc = self.document(a.title, origin, a.path, body_class, main)
        return Page(200, "article", "text/html; charset=utf-8", doc, modified)

    def teaser_author(self, a: Article) -> str:
        name, role = self.authors[a.author]
        return (f'<p class="teaser-author"><span class="author-name">{esc(name)}</span><br>'
                f'<span class="author-role">{esc(role)}</span></p>')

    def listing_page(self, base: str, number: int, pages: int, items: list[Article],
                     heading: str | None, classes: str, origin: str) -> Page:
        def page_path(n: int) -> str:
            return base if n == 1 else f"{base}page/{n}/"
        teasers = "\n".join(
            f"""<article id="post-{a.post_id}" class="post-{a.post_id} post type-post status-publish format-standard hentry">
<header class="entry-header">
<div class="entry-meta"><time class="entry-date published" datetime="{a.published.isoformat()}">{swedish_date(a.published)}</time></div>
<h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
</header>
<div class="entry-summary"><p>{esc(self.excerpt(a))}</p></div>
<footer class="entry-footer">
{self.teaser_author(a)}
</footer>
</article>""" for a in items)
        nav = []
        if number < pages:
            nav.append(f'<div class="nav-previous"><a href="{page_path(number + 1)}">Äldre inlägg</a></div>')
        if number > 1:
            nav.append(f'<div class="nav-next"><a href="{page_path(number - 1)}">Nyare inlägg</a></div>')
        head = "".join([f'<link rel="prev" href="{origin}{page_path(number - 1)}">\n' if number > 1 else "",
                        f'<link rel="next" href="{origin}{page_path(number + 1)}">\n' if number < pages else ""])
        title_block = f'<header class="page-header">\n<h1 class="page-title">{esc(heading)}</h1>\n</header>\n' if heading else ""
        main = (f'<main id="main" class="site-main">\n{title_block}{teasers}\n'
                f'<nav class="navigation posts-navigation" aria-label="Inlägg">\n'
                f'<h2 class="screen-reader-text">Inläggsnavigering</h2>\n'
                f'<div class="nav-links">{"".join(nav)}</div>\n</nav>\n</main>')
        if number > 1:
            classes += f" paged paged-{number}"
        title = heading or "Allmännyttan"
        doc = self.document(title if number == 1 else f"{title} – Sida {number}", origin,
                            page_path(number), classes, main, head)
        modified = max(a.modified for a in items) if items else SITE_EPOCH
        return Page(200, "listing", "text/html; charset=utf-8", doc, modified)

    def static_page(self, path: str, origin: str) -> Page:
        title, text = STATIC_PAGES[path]
        main = (f'<main id="main" class="site-main">\n<article class="page type-page status-publish hentry">\n'
                f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>\n'
                f'<div class="entry-content"><p>{esc(text)}</p></div>\n</article>\n</main>')
        doc = self.document(title, origin, path, "page-template-default page", main)
        return Page(200, "page", "text/html; charset=utf-8", doc, SITE_EPOCH)

    def not_found(self, path: str, origin: str) -> Page:
        main = (f'<main id="main" class="site-main">\n<h1 class="page-title">Sidan hittades inte</h1>\n'
                f"<p>Sidan du söker finns inte, eller har flyttats.</p>\n<p><code>{esc(path)}</code></p>\n</main>")
        return Page(404, "other", "text/html; charset=utf-8",
                    self.document("Sidan hittades inte", origin, path, "error404", main))

    def document(self, title: str, origin: str, path: str, body_class: str, main: str,
                 head: str = "") -> bytes:
        menu = "\n".join(f'<li class="menu-item"><a href="/kategori/{slug}/">{name}</a></li>'
                         for slug, name in CATEGORIES)
        return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – Allmännyttan</title>
<link rel="canonical" href="{origin}{path}">
{head}<link rel="stylesheet" id="allmannyttan-style-css" href="{STYLE_PATH}?ver=1.4.2" media="all">
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<p class="site-title"><a href="/" rel="home">Allmännyttan</a></p>
<p class="site-description">Vi visar vad allmännyttan gör</p>
</div>
<nav id="site-navigation" class="main-navigation" aria-label="Huvudmeny">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Meny</button>
<ul id="primary-menu" class="menu">
<li class="menu-item menu-item-home"><a href="/">Start</a></li>
{menu}
<li class="menu-item"><a href="/om-allmannyttan/">Om allmännyttan</a></li>
<li class="menu-item"><a href="/kontakt/">Kontakt</a></li>
</ul>
</nav>
</header>
<div id="content" class="site-content">
{main}
</div>
{FOOTER}
</div>
</body>
</html>
""".encode("utf-8")

    # -- robots and sitemaps ---------------------------------------------------------
    def robots(self, origin: str) -> bytes:
        return (f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
                f"Disallow: /?s=\n\nSitemap: {origin}/sitemap.xml\n").encode("ascii")

    def post_sitemap_count(self) -> int:
        return -(-len(self.articles) // PER_SITEMAP)

    def lastmods(self, articles: list[Article], edition: Edition) -> list[datetime]:
        return [self.version(a, edition)[1] for a in articles]

    def sitemap_index(self, origin: str, edition: Edition) -> Page:
        entries = []
        for k in range(1, self.post_sitemap_count() + 1):
            chunk = self.articles[(k - 1) * PER_SITEMAP:k * PER_SITEMAP]
            entries.append((f"{origin}/post-sitemap-{k}.xml", max(self.lastmods(chunk, edition))))
        entries.append((f"{origin}/page-sitemap.xml", self.home_lastmod(edition)))
        body = "".join(f"\t<sitemap>\n\t\t<loc>{loc}</loc>\n\t\t<lastmod>{w3c(m)}</lastmod>\n\t</sitemap>\n"
                       for loc, m in entries)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
               f"{body}</sitemapindex>\n")
        return Page(200, "sitemap", "application/xml; charset=utf-8", xml.encode("utf-8"),
                    max(m for _, m in entries))

    def urlset(self, entries: list[tuple[str, datetime]]) -> Page:
        body = "".join(f"\t<url>\n\t\t<loc>{loc}</loc>\n\t\t<lastmod>{w3c(m)}</lastmod>\n\t</url>\n"
                       for loc, m in entries)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
               f"{body}</urlset>\n")
        return Page(200, "sitemap", "application/xml; charset=utf-8", xml.encode("utf-8"),
                    max(m for _, m in entries))

    def post_sitemap(self, k: int, origin: str, edition: Edition) -> Page:
        chunk = self.articles[(k - 1) * PER_SITEMAP:k * PER_SITEMAP] if k >= 1 else []
        if not chunk:
            return self.not_found(f"/post-sitemap-{k}.xml", origin)
        return self.urlset([(origin + a.path, m) for a, m in zip(chunk, self.lastmods(chunk, edition))])

    def home_lastmod(self, edition: Edition) -> datetime:
        return max(self.lastmods(self.articles, edition))

    def page_sitemap(self, origin: str, edition: Edition) -> Page:
        entries = [(origin + "/", self.home_lastmod(edition))]
        entries += [(origin + path, SITE_EPOCH) for path in STATIC_PAGES]
        return self.urlset(entries)


def rng_title(rng: random.Random) -> str:
    return rng.choice(TITLE_FORMS).format(
        obj=rng.choice(OBJECTS), place=rng.choice(PLACES), subj=rng.choice(SUBJECTS),
        verb=rng.choice(VERBS), time=rng.choice(TIMES))


def w3c(moment: datetime) -> str:
    """A sitemap lastmod: full time with offset (a bare date would mean "sometime that day")."""
    return moment.isoformat(timespec="seconds")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def png(seed: int, image: int, width: int = 40, height: int = 25) -> bytes:
    """A small, valid, deterministic PNG: a two-colour gradient."""
    rng = random.Random(f"{seed}:image:{image}")
    top, bottom = [rng.randrange(256) for _ in range(3)], [rng.randrange(256) for _ in range(3)]
    rows = b"".join(
        b"\x00" + bytes(int(top[c] + (bottom[c] - top[c]) * y / (height - 1)) for c in range(3)) * width
        for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


FOOTER = """<footer id="colophon" class="site-footer">
<div class="footer-about">
<p>Allmännyttan.se ges ut av Sveriges Allmännytta, bransch- och intresseorganisation för de kommunala bostadsföretagen. Här berättar vi vad allmännyttan är och vad den gör runt om i landet.</p>
<p>Vill ditt bolag synas här? <a href="/kontakt/">Kontakta redaktionen</a>!</p>
</div>
<div class="footer-contact">
<span class="org">Sveriges Allmännytta</span>
<span class="adr">Box 4711, 116 92 Stockholm</span>
<a class="email" href="mailto:info@allmannyttan.se">info@allmannyttan.se</a>
</div>
<p class="site-info"><a href="/wp-admin/" rel="nofollow">Logga in</a></p>
</footer>"""

STYLESHEET = b"""/* Generated benchmark copy of the allmannyttan theme */
body { font-family: Georgia, serif; margin: 0; color: #222; }
.site-header { background: #004f71; color: #fff; padding: 1rem 2rem; }
.site-header a { color: #fff; }
.main-navigation ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
.site-content { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
.entry-title { font-size: 2rem; line-height: 1.2; }
.entry-meta, .related-date { color: #666; font-size: .9rem; }
.wp-caption-text { font-size: .85rem; color: #555; }
.byline { margin: 1.5rem 0; font-style: italic; }
.related-posts { border-top: 1px solid #ddd; margin-top: 2rem; }
.nav-links { display: flex; justify-content: space-between; }
.site-footer { background: #f2f2f2; padding: 2rem; font-size: .9rem; }
.screen-reader-text { position: absolute; left: -9999px; }
"""
