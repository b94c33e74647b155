"""classify_page: 'article', 'listing' or 'other', by what the page means."""

from __future__ import annotations

import logging
import re
from urllib.parse import urljoin, urlsplit

from .article import Page
from .dates import date_in_file_name, date_in_url
from .dom import parse_html, split_url
from .listing import microformat_teasers
from .profile import load_profile
from .shape import is_name
from .structured import ARTICLE_TYPES, LISTING_TYPES, shown_text
from .teasers import ONE_POST_QUERY, TITLE_CLASS, extract_teasers, is_article_link
from .text import text_weight

logger = logging.getLogger(__name__)


def classify_page(html: str, url: str) -> str:
    """'article' | 'listing' | 'other'; never raises ('other' when unsure)."""
    try:
        url = url if isinstance(url, str) else ""
        root = parse_html(html if isinstance(html, str) else "")
        if root is None:
            return "other"
        return classify(Page(root, url, load_profile()))
    except (Exception, RecursionError) as exc:  # counted as "other", never a crash
        logger.warning("classify_page failed on %s: %s: %s", url, type(exc).__name__, exc)
        return "other"


def classify(page: Page) -> str:
    """'article' | 'listing' | 'other' for a parsed page (may raise; classify_page does not)."""
    p = page.profile
    body = page.root.find("body")
    classes = set((body.get("class") or "").split()) if body is not None else set()
    prefixes = {c.split("-")[0] for c in classes}
    # 1. WordPress body classes from the theme
    if classes & set(p.get("classify", "article_body_classes")) or "postid" in prefixes:
        return "article"
    listing = classes & set(p.get("classify", "listing_body_classes"))
    if classes == {"home"}:
        listing = set()  # Pelican's theme puts a bare "home" on every page; WordPress never prints it alone
    if listing == {"home"} and any(c.startswith("page-id-") for c in classes):
        # a static front page ("home page page-id-12") lists posts, unless it is one post (a plugin's)
        return "article" if _one_article(page) else "listing"
    if listing and (not _og_article(page)  # NPR's own "blog" class on a story the page calls an article
                    or page.ld.get("kinds", set()) & LISTING_TYPES and not page.ld.get("kinds", set()) & ARTICLE_TYPES):
        return "listing"  # (unless its structured data calls it a list too: Yoast's CollectionPage on Timbro's topic
        # archive, "archive category", whose og:type says article)
    static = classes & set(p.get("classify", "page_body_classes"))
    if static == {"page"} and not any(c.startswith("page-id-") for c in classes):
        static = set()  # a bare "page" is every page's class elsewhere (AEM's "page basicpage"), not WordPress's
    if static and _built_by_wordpress(page):
        # a static page is not an article, but one built around a blog module lists posts (a port of a
        # WordPress theme may print WordPress's classes on every page: Hexo's Sakura, "page page-id-1297")
        found = extract_teasers(page.lines, page.url, p, page.hook_items)
        dated = [t for t in found if _dated(t)]
        if len(found) <= 4 and "article" in page.meta.get("og:type", []) and _one_article(page) \
                and not _text_of_excerpts(page, dated) and not _posts_in_full(page, dated) \
                and not _titles_as_text(page, dated):
            return "article"  # a page template holding one dated article, a few other cards beside it or none (ABF's
            # debate pieces, "page-template-article" with three dated course cards in the side column; a press
            # release a plugin shows in a page, Cision's; a list's page prints more)
        if len(dated) >= 3 or _cards_make_the_page(page, [t for t in found if t["excerpt"]]):
            return "listing"  # (or its undated excerpted cards are the page: Tingsryd's news archive, a page template)
        return "other"
    # 2. structured data
    kinds = page.ld.get("kinds", set())
    if kinds & ARTICLE_TYPES:
        # unless the page is no one post but many dated ones (Blowfish's section lists call themselves
        # Article), or its one "post" is the text of their excerpts (AstroPaper's list, a BlogPosting)
        one = _one_article(page, dated=False)
        if one and (_linked_headings(page) < 2 or "article" in page.meta.get("og:type", [])):
            return "article"  # (no cards to read: the common case, decided without them; or og:type agrees)
        teasers = [t for t in extract_teasers(page.lines, page.url, p, page.hook_items) if _dated(t)]
        if len(teasers) < 3 or one and not _text_of_excerpts(page, teasers):
            return "article"
        return "listing"
    if kinds & LISTING_TYPES and not _og_article(page):  # Hashnode's "Blog" graph around the post it shows
        return "listing"
    # 3. URL rules for archives and paginated views
    try:
        parts = urlsplit(page.url)
        path, query = parts.path or "/", parts.query
    except ValueError:  # a malformed page URL says nothing about the page
        path = query = ""
    if path and p.matches("urls", "listing_paths", path) and not ONE_POST_QUERY.search(query) or _PAGED.search(query):
        return "listing"  # (also a list's later page by its query: "?page=2", WordPress's "?paged=2", Sitevision's "&skip=8")
    # 4. shape: one dated article with a body, or many dated teasers
    found = extract_teasers(page.lines, page.url, p, page.hook_items)
    teasers = [t for t in found if _dated(t)]
    if len(teasers) >= 3 and _FRONT_PAGE.match(path or "/") and not query:
        return "listing"  # the site's front page with its latest posts, whatever its og:type (Webnode's)
    if len(teasers) >= 3 and "profile" in page.meta.get("og:type", []):
        return "listing"  # a person's or a channel's page of dated posts, og:type "profile" (Dzen's channel feed:
        # card titles under an overlay link, no linked heading to tell the cards from one post's text)
    if len(teasers) >= 5 and page.record["published_raw"] == teasers[0]["published_raw"] \
            and _YEAR.search(page.record["published_raw"] or "") and "article" not in page.meta.get("og:type", []) \
            and len({t["published_raw"] for t in teasers}) >= 3 and _linked_headings(page) >= 5:
        return "listing"  # the "post's" date is the first card's, five cards or more under linked headings: a
        # newsroom's list under its introduction and an "about us" box, no date of its own (a Mynewsdesk newsroom's
        # latest news); a date with its year, not "4 years ago" that a post and its first comment may share (Reddit)
    if len(teasers) >= 4 and _section_name(page) and not is_name(page.record["title"] or "", p) \
            and len({t["published"] for t in teasers}) >= 4 and _linked_headings(page) >= 4 \
            and "article" not in page.meta.get("og:type", []):
        return "listing"  # a section's name over four or more cards under linked headings, each dated its own day,
        # the first card's post printed whole (Joomla's category blog, "Klubbnytt" over its leading item)
    if _one_article(page) and not _text_of_excerpts(page, _without_buttons(page, teasers)) \
            and not _posts_in_full(page, teasers) \
            and not _titles_as_text(page, teasers) and not _section_front(page, teasers):
        return "article"
    if len(teasers) >= 2:
        return "listing"
    if page.record["published_raw"] is None and ("article" not in page.meta.get("og:type", []) or _section_name(page)
                                                 and not is_name(page.record["title"] or "", p)) \
            and _cards_make_the_page(page, [t for t in found if t["excerpt"]]):
        return "listing"  # an undated page that is not a post, of three or more excerpted cards (a home
        # page's or a category's cards that print no dates: Hugo Ananke, Shopify's Dawn, Docsy); or one titled by a
        # section's name whatever its og:type (Sitevision's "article" on every page: Västerås Flygplats' "Nyheter")
    if _one_article(page, 100) and "article" in page.meta.get("og:type", []) or _og_article(page):
        return "article"
    if not found and sum(bool(t["published"]) for t in microformat_teasers(page)) >= 3:
        return "listing"  # three dated posts or more in microformats2, no card in the lines (Micro.blog's archive)
    return "other"


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAGED = re.compile(r"(?:^|&)(?:page|paged|sida|skip|offset)=\d+(?:&|$)", re.I)


def _dated(teaser: dict) -> bool:
    """A teaser that prints its date, or holds one (microdata, a day-archive link) beside an
    excerpt: a post of a list, where a relative "6 dagar sen" is all the reader sees; or one
    signed by its author beside its excerpt (Bolt's home page cards print no date)."""
    return bool(teaser["published_raw"] or teaser["excerpt"] and (teaser["published"] or teaser["author_name"]))


def _without_buttons(page: Page, teasers: list[dict]) -> list[dict]:
    """The teasers whose link is no button: a call to action between the text's blocks ("Sök feriejobb i
    e-tjänsten", ``a.env-button``) reads as a card over the paragraph under it, but is the article's own."""
    if not teasers:
        return teasers
    buttons, links = set(), {}
    for a in page.root.iter("a"):
        if href := a.get("href"):
            if _BUTTON.search(a.get("class") or ""):
                buttons.add(urljoin(page.url, href))
            else:
                links.setdefault(urljoin(page.url, href), []).append(a)
    return [t for t in teasers if t["article_url"] not in buttons
            or any(shown_text(a) in (t["title"], "") for a in links.get(t["article_url"], ()))]  # (texts read only
    # for a button's address)
    # (a card's "Läs mer" button beside its linked title, or its linked picture, is the card's; not beside the
    # archive bar's "Tidigare nummer" linking the same list of issues, a Mailchimp letter's)


_BUTTON = re.compile(r"(?i:(?:^|[\s_-])(?:button|btn|cta)(?:[\s_-]|$))|[a-z]Button(?:\s|$)")  # (or camelCase,
# Mailchimp's ``a.mcnButton`` "Läs mer hos Granbyhem" under a newsletter's text)


def _text_of_excerpts(page: Page, teasers: list[dict]) -> bool:
    """The "article" read from the page is its teasers: cards whose linked heading comes under
    the page's <h1> and whose excerpt is in its text, two of them, or one dated as the page is
    or among three dated cards (a category page of full-width cards under the category's name:
    MkDocs' blog, Grav's tag filter; a home page's featured card under its hero, Statamic's) on
    a page that does not call itself an article. A byline's link is no card title."""
    text, printed = page.record["body_text"] or "", page.record["published_raw"]
    below = page.title_line.index if page.title_line else -1
    # a card's title: a linked heading, or, on a page that does not call itself an article, a
    # headline's words linked alone on a line (VuePress's <header>; a menu's "Kontakt" is no headline)
    article = "article" in page.meta.get("og:type", [])
    titles = {t["title"] for t in teasers if len((t["title"] or "").split()) >= 4} if not article else set()
    headed = {ln.link for ln in page.lines if ln.index > below and ln.link
              and (ln.heading or (ln.text in titles or _BRACKETED_LABEL.sub("", ln.text) in titles)
                   and not ln.flags & {"related", "aside"})}  # (after a pinned post's label: "[置顶] Så söker du …")
    where = {ln.link: ln.index for ln in reversed(page.lines) if ln.link in headed}  # (each card's first title)
    if not article:  # a card's title printed unlinked under the link laid over the card (Mr. Green's cards)
        shown = {ln.text: ln.index for ln in reversed(page.lines) if ln.index > below and not ln.link and not ln.hrefs}
        for t in teasers:
            if t["article_url"] not in headed and t["title"] in titles and t["title"] in shown:
                headed.add(t["article_url"])
                where[t["article_url"]] = shown[t["title"]]
    inside = [t for t in teasers if t["article_url"] in headed and len(t["excerpt"] or "") >= 40
              and t["excerpt"][:60] in text  # a sentence of it, printed under the card's title (not the post's
              and any(ln.index > where[t["article_url"]] and 0 <= ln.text.find(t["excerpt"][:60]) <= 12  # text read
                      for ln in page.lines)]  # as the excerpt of a "Läs också" link under it: Statiq's CleanBlog)
    return len(inside) >= 2 or not article \
        and any(t["published_raw"] == printed or len(teasers) >= 3 for t in inside)


def _posts_in_full(page: Page, teasers: list[dict]) -> bool:
    """Three or more dated posts under linked headings, printed whole (SimpleSite's blog page): the "article"
    read from the page, the longest of them, sits under one of their headings linking its own page, not
    under the page's title, on a page that does not call itself an article."""
    text = page.record["body_text"] or ""
    if len(teasers) < 3 or "article" in page.meta.get("og:type", []) or not text:
        return False
    first = next((ln for ln in page.lines if ln.text and text.startswith(ln.text[:60])), None)
    heading = next((ln for ln in reversed(page.lines[:first.index]) if ln.heading), None) if first else None
    return heading is not None and heading.link is not None and heading is not page.title_line \
        and sum(1 for t in teasers if t["article_url"] == heading.link) == 1 and heading.link not in page.itself


def _titles_as_text(page: Page, teasers: list[dict]) -> bool:
    """The "article" read from the page is its list: three or more dated teasers, and most of the text's
    paragraphs open with one of their titles (listmonk's archive, "<a>Title</a> <span class=date>…")."""
    paragraphs = [t for t in (page.record["body_text"] or "").split("\n\n") if t]
    titles = [t["title"] for t in teasers if t["title"]]
    if len(titles) < 3 or not paragraphs:
        return False
    return sum(any(par.startswith(title) for title in titles) for par in paragraphs) >= 0.8 * len(paragraphs)


def _section_front(page: Page, teasers: list[dict]) -> bool:
    """A section's page: a name for its title ("Aktuellt", "Nyheter - Jönköping"), a short text (the section's
    introduction, a notice) and five or more dated cards under linked headings, on a page that does not call itself
    an article (VGR's news, a Joomla category blog's leading item)."""
    return len(teasers) >= 5 and _section_name(page) and len(page.record["body_text"] or "") < 700 \
        and "article" not in page.meta.get("og:type", []) and _linked_headings(page) >= 5


def _section_name(page: Page) -> bool:
    """The page's title is a section's name, a word or two ("Aktuellt", "Nyheter - Jönköping"), no headline."""
    return 0 < len(_WORDS.findall(page.record["title"] or "")) <= 2


_WORDS = re.compile(r"\w+")  # ("Nyheter - Jönköping": two words and a dash)


_BRACKETED_LABEL = re.compile(r"^[\[【(（][^\]】)）]{1,12}[\]】)）]\s*")  # "[置顶] " before a pinned post's title


def _linked_headings(page: Page) -> int:
    """Linked headings under the page's title, or links in a box classed as a title (Icarus'
    ``<p class="title"><a>``): the cards a list would have."""
    below = page.title_line.index if page.title_line else -1
    return sum(1 for ln in page.lines if ln.index > below and ln.link and (
        ln.heading or ln.el is not None and TITLE_CLASS.search(ln.el.get("class") or "")))


_FRONT_PAGE = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]{2})?/?)?$")  # "/", "/sv", "/en-gb/"


_TERM_FILTER = re.compile(r"(?i)(?:^|&)(?:selected|filter|active|current)?_?"
                          r"(?:tag|tags|category|categories|kategori|topic)=")


def _cards_make_the_page(page: Page, excerpted: list[dict]) -> bool:
    """Three or more excerpted cards, and the page's "text", if any, is mostly theirs: no post of
    its own with cards of related posts under or in it (an undated article, a lyrics page)."""
    if len(excerpted) < 3:
        return False
    text = page.record["body_text"] or ""
    parts = split_url(page.url)  # ("http://[::1": no front page to know)
    if text_weight(text) < 300 or _FRONT_PAGE.match(parts.path or "/") and not parts.query:  # ("/?p=123": a post)
        return True  # (a site's front page lists its posts among its other boxes: Pimcore's, Shopify's)
    if _TERM_FILTER.search(parts.query or ""):
        return True  # the list filtered by a tag ("/pop-magazine?selectedTag=PO.P+Cares": Polarn O. Pyret's)
    inside = [t["excerpt"] for t in excerpted if t["excerpt"][:60] in text]
    return len(inside) * 2 >= len(excerpted) and sum(map(len, inside)) * 2 >= len(text)  # (most of it)


def _og_article(page: Page) -> bool:
    """The page calls itself an article (og:type) and has one: its own title and a text, dated or
    not (Fortune's and Le Monde's dates are only in their addresses or scripts)."""
    return "article" in page.meta.get("og:type", []) and _one_article(page, dated=False)


def _built_by_wordpress(page: Page) -> bool:
    """The page loads WordPress's files or says WordPress made it."""
    for el in page.root.iter("link", "script", "meta", "img"):
        ref = el.get("href") or el.get("src") or ""
        if "/wp-content/" in ref or "/wp-includes/" in ref or "/wp-json" in ref \
                or el.tag == "meta" and (el.get("content") or "").startswith("WordPress"):
            return True
    return False


def _one_article(page: Page, min_body: int = 300, dated: bool = True) -> bool:
    """A dated post with its own title (a teaser's links to another page) and a body."""
    art, p, title_line = page.record, page.profile, page.title_line
    own_title = art["title"] and not (title_line and title_line.link not in page.itself  # (its canonical address)
                                      and (is_article_link(title_line.link, page.url, p)
                                           or _links_home(title_line.link, page.url)))
    return bool((art["published_raw"] is not None or not dated
                 or art["published"] and (date_in_url(page.url) or date_in_file_name(page.url)))
                and own_title  # (dated by its address: a relative "3 år sedan" is all it prints, Mezzanine)
                and text_weight(art["body_text"] or "") >= min_body)


def _links_home(href: str | None, page_url: str) -> bool:
    """A heading linking to the site's front page is the site's name (Blogger's
    ``h1`` on every page), not the headline of the page it sits on."""
    if not href:
        return False
    try:
        target, page = urlsplit(href), urlsplit(page_url)
    except ValueError:
        return False
    return target.path in ("", "/") and not target.query and target.hostname == page.hostname \
        and (page.path not in ("", "/") or bool(page.query))
