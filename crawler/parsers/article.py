"""parse_article: one article page to a plain dict, layer by layer."""

from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache
from html import unescape
from itertools import chain, islice, takewhile
from datetime import date, datetime
from typing import Any, Iterable
from operator import methodcaller
from urllib.parse import unquote, urldefrag, urljoin

from lxml import etree

from . import byline as by
from . import people
from .css import TreeIndex
from .dates import (date_in_file_name, date_in_url, find_swedish_date, lead_stamp, parse_structured_date,
                    printed_day)
from .dom import (BLOCK_TAGS, HEADINGS, MODIFIED_CLASSES, PUBLISHED_CLASSES, REPAIRED, SECTION_CLASS, Element, Line,
                  Links, box_holding, has_ancestor, in_hidden_box, linearize, mark, modified_only, once, parse_html,
                  split_url, unhidden_text)
from .image import (background_credit, bank_credit, in_figure, is_chrome_image, lead_image, noscript_copy,
                    page_info_credit, source, stem)
from .profile import Profile, load_profile
from .render import body_html
from .shape import (BYLINE_TAIL, CJK_MODIFIED, DANGLING_WORD, LICENCE_TAIL, PAGER, SHARED_ON, WEEKDAY_TAIL,
                    after_modified_date,
                    date_line, ends_in_role_word, has_byline_prefix, has_digit, is_caption, is_chrome, is_hashtag_line,
                    is_modified_date, is_modified_label, is_name, is_role, is_terms_line, news_agencies, says_updated,
                    split_credit, strip_byline_prefix, strip_caption_label, strip_ellipsis, unglue)
from .structured import canonical, data_script_published, from_jsonld, meta_values, microdata, shown_text, text_content
from .teasers import (NAME_FIELD, TITLE_CLASS, YEAR_FOLDER, extract_teasers, is_article_link, is_term_link,
                      term_texts, terms_only)
from .text import address_words, clean_text, folded, slug_words

logger = logging.getLogger(__name__)

ARTICLE_KEYS = ("url", "canonical_url", "title", "published", "published_raw", "author_name",
                "author_role", "authors", "photo_credit", "image_caption", "image_url", "body_text",
                "body_html", "lead", "categories", "tags", "related", "warnings")
LIST_KEYS = ("authors", "categories", "tags", "related", "warnings")
HEADER_ZONE = 4  # lines after the title that may still be date, byline or labels
DENSE_LINE = 60  # characters of a line that counts as running text for the density check
LINK_SHARE = 0.3
LINKED_LINE_MAX = 150  # ... when it is no longer than this (a linked paragraph is still text)
LINKED_LINE = 0.8  # a line whose visible characters are more than this share links is navigation, not body text
DENSE_CHECK_BELOW = 2500  # a body this long is not a caption or a footer: no density check
DENSITY_SWITCH = 0.35  # a body shorter than this share of the densest block's text is the wrong one
BODY_LINE = 80  # characters of a line that is surely running text, not a meta line
WRAPPER_SHARE = 0.6  # a boilerplate match holding more of the page's text than this wraps the page
POST_META_LINKS = 8  # a <nav> with the post's date and author and at most this many links is its metadata
PROSE_LINE = 100  # characters of a line of running text
BREADCRUMB_LINKS = 5  # links of a breadcrumb trail looked past, above the title
SWALLOWED_SHARE = 0.25  # no prose, and less of the page's text than this left: chrome swallowed the page
LAST_WRAPPER_SHARE = 0.3  # ... and when none does, the largest holding more than this, if the page is left empty
LOST_SHARE = 0.8  # fewer of the source's <p> tags than this in lxml's tree: repair it
REPAIRED_WARNING = "html: repaired with html5lib (lxml's tree lost the body)"


def empty_article(url: str) -> dict[str, Any]:
    """The article shape with every field empty."""
    out: dict[str, Any] = dict.fromkeys(ARTICLE_KEYS)
    out.update({k: [] for k in LIST_KEYS}, url=url if isinstance(url, str) else "")
    return out


def parse_article(html: str, url: str) -> dict[str, Any]:
    """Fields of an article page; never raises, failures become warnings."""
    try:
        root = parse_html(html if isinstance(html, str) else "")
    except (Exception, RecursionError) as exc:
        return failed_article(url, exc)
    if root is None:
        out = empty_article(url)
        out["warnings"].append("parse: empty or unparseable document")
        return out
    return article_of(Page(root, url if isinstance(url, str) else "", load_profile()), html)


def article_of(page: Page, html: str) -> dict[str, Any]:
    """The article record of a parsed page (the one ``Page`` classification used too);
    never raises. ``html`` is only read again when lxml's tree lost the body."""
    try:
        article = dict(page.record)
        article["warnings"] = list(article["warnings"])
        if not article["body_text"] and lost_paragraphs(html, page.root):
            return repaired_article(html, page.url) or article
        return article
    except (Exception, RecursionError) as exc:  # a parser must never take the crawl down
        return failed_article(page.url, exc)


def failed_article(url: str, exc: BaseException) -> dict[str, Any]:
    """An empty record that says why: the parser failed, the crawl goes on."""
    logger.warning("parse_article failed on %s: %s: %s", url, type(exc).__name__, exc)
    fresh = empty_article(url)
    fresh["warnings"].append(f"parse: {type(exc).__name__}: {exc}"[:300])
    return fresh


def lost_paragraphs(html: str, root: Element) -> bool:
    """lxml's tree holds far fewer paragraphs than the source has <p> tags: it lost some."""
    written = html.count("<p>") + html.count("<p ") + html.count("<P>") + html.count("<P ")
    return written >= 2 and sum(1 for _ in root.iter("p")) < LOST_SHARE * written


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def overlap(text: str, other: str) -> float:
    """Share of the words of ``text`` that ``other`` has too."""
    words = _words(text)
    return len(words & _words(other)) / len(words) if words else 0.0


def _slug_overlap(text: str, slug: set[str]) -> float:
    """Share of a slug's words the text has, both folded to ASCII."""
    return len(slug & address_words(text)) / len(slug) if slug else 0.0


def similar(a: str, b: str) -> bool:
    """Two titles for the same headline: one holds most of the other's words."""
    return max(overlap(a, b), overlap(b, a)) >= 0.8


def repaired_article(html: str, url: str) -> dict[str, Any] | None:
    """The article read again from the tree a browser would build (html5lib), when that finds a body.

    lxml (libxml2) repairs tag soup its own way, and a stray end tag or an
    unclosed table can leave the body where no reader looks for it.
    """
    try:
        from bs4 import BeautifulSoup

        with warnings.catch_warnings():  # bs4 warns about XML-looking input; html5lib copes
            warnings.simplefilter("ignore")
            root = parse_html(str(BeautifulSoup(html, "html5lib")))
    except Exception:  # a repair that fails leaves the first reading as it was
        return None
    if root is None:
        return None
    article = Page(root, url if isinstance(url, str) else "", load_profile()).article(empty_article(url))
    if not article["body_text"]:
        return None
    article["warnings"].append(REPAIRED_WARNING)
    return article


def _credit_field(lines: list[Line], profile: Profile) -> tuple[Line, Line, str] | None:
    """A credit printed as a field: its label alone on a line ("Foto:"), the name on the next;
    (label line, name line, the credit) of the first, or None."""
    for ln, value in zip(lines, lines[1:]):
        if ln.text.endswith(":") and len(value.text) <= 60 and not value.link \
                and re.fullmatch(profile.alternation("words", "credit_words"), ln.text[:-1].strip(), re.I) \
                and (found := split_credit(f"{ln.text} {value.text}", profile)[1]):
            return ln, value, found
    return None


def _labelled_credit(lines: list[Line], profile: Profile) -> str | None:
    """The credit of the first credit field among the lines ("Foto:" / "Privat" -> "Foto: Privat")."""
    return field[2] if (field := _credit_field(lines, profile)) else None


def _same_figure(a: Element, b: Element) -> bool:
    """Two elements inside one <figure>."""
    figure = next(a.iterancestors("figure"), None)
    return figure is not None and figure in set(b.iterancestors("figure"))


# "Ansvarig utgivare: Henrik Alm" in the site's box: the one answering for the site, printed as such, not as a byline
_PUBLISHER = re.compile(r"(?i)\b(?:ansvarig utgivare|utgivare|publisher|chefredaktör|sidansvarig|innehållsansvarig)"
                        r"\s*:|^\s*(?:©|&copy;|\(c\)|copyright\b)")
# (or the copyright line of the site's owner: "© Karin Westerlund · Om bloggen", Blot's footer; or the page's owner,
# "Sidansvarig: Petra Lundin" in a municipality's footer)
_DASH_SIGNED = re.compile(r"^(?:[—–]|//?(?=\s?[^\s/]))\s*([^.!?/]+)$")  # ("/Redaktionen", "//Team CSB",
# "/ Teknik- och fastighetsförvaltningen": a Swedish sign-off)
_ABOUT = re.compile(r"(?i)^(?:om|about)\s+(\S.{2,60})$")
_COPYRIGHT_LINE = re.compile(r"(?i)^(?:copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d\d\b.{0,100}$")  # the owner's
# copyright line, its year after the sign
_READ_MORE_HEADING = re.compile(r"(?i)^(?:läs mer|read more)$")


_POSTED = re.compile(r"(?i)^(?:posted|published|publicerad|publicerat|postat|skrivet|skriven)\b")


def _footer_date(ln: Line, profile: Profile) -> tuple[str | None, str] | None:
    """The date in a post's footer line "Posted by X on <date> in <categories>" or "Posted on
    <date> …" (Typepad), or in a footer line of name, date and category links (PivotX), never a
    modified one."""
    if len(ln.text) > 200 or not (found := find_swedish_date(ln.text)) or not found[0] or is_modified_date(ln.text) \
            or not (_POSTED.match(ln.text) or any(is_term_link(h, profile) for h in ln.hrefs)
                    or len(ln.text) <= 100 and ln.el is not None and people.has_person_icon(ln.el)
                    or has_byline_prefix(ln.text, profile) and len(_META_FIELDS.split(ln.text)) >= 3
                    or _labelled_date_field(ln.text, profile)):
            # (or "by Redaktionen | 2014-02-21 13:05 | Samhälle | Comments(6)", the byline's fields: Excite's tail)
        return None  # (or a row of fields whose icons say author and date: PHP-Fusion's "👤 Redaktionen 📅 juni 02 2021")
    return found


_POST_WORD = r"(?: inlägg| artikel| post)?\s*:"  # "Föregående inlägg:", "Next Post:"
_PREV_NEXT = re.compile(rf"(?i)^(?:föregående|previous){_POST_WORD}.{{3,}}?\b(?:nästa|next){_POST_WORD}")
_PREV_OR_NEXT = re.compile(rf"(?i)^(?:föregående|previous|nästa|next){_POST_WORD}")


def _labelled_date_field(text: str, profile: Profile) -> bool:
    """A row of three or more labelled fields, one of them the date ("Kategori: Hyror | Visningar: 1204 |
    Lade till: Redaktionen | Datum: 03.12.2020", uCoz's entry details)."""
    if ":" not in text:
        return False  # (asked of every short line under the text: most hold no labelled field at all)
    fields = _META_FIELDS.split(text)
    return len(fields) >= 3 and any(
        (parts := field.split(":", 1))[1:] and _date_label(parts[0], profile) and find_swedish_date(parts[1])
        for field in fields)


_COUNT_ONLY = re.compile(r"\d{1,6}(?:\s*/\s*\d{1,4})?")
_CLOCK = r"\d{1,2}[:.]\d\d"  # "16:42", "09.30": a time of day
_DAY_ONLY = re.compile(r"\d{1,2}[/.-]\d{1,2}\.?")  # "05/14", "14.5.": a day and month, no year
_CLOCK_ONLY = re.compile(rf"(?i)(?:kl\.?\s*)?{_CLOCK}(?:\s*(?:am|pm))?")
_BULLET_GLYPH = re.compile(r"^(?:[・■▪◆●]\s*|·\s+)(?=\S)")  # a typed list's marker ("・60 platser", FC2's editor;
# "· Fyll i ansökan", Sina's): no word
_POSTED_AT = re.compile(r"(?i)^posted\s*@\s*\d")
_META_FIELDS = re.compile(r"\s*[|｜]\s*|\s+·\s+")  # "Postat av ekbacka | kl. 16:42 | Sommarjobb" ("at 11:40| …": Seesaa)
_POSTED_LINE = re.compile(r"(?i)^(?:postat|postad|publicerat|publicerad|upplagd|upplagt|inlagd|inlagt|posted)\b")


def _abbreviates(short: str, full: str) -> bool:
    """"Lena Å." is "Lena Åkesson" with her surname cut to its initial."""
    a, b = short.split(), full.split()
    return short != full and len(a) == len(b) >= 2 and all(
        x == y or len(x.rstrip(".")) == 1 and x[:1].isupper() and y.startswith(x.rstrip(".")) for x, y in zip(a, b))


def _in_profile_box(el: Element | None) -> bool:
    """The element or a box around it (three levels up) is classed as a profile or an author's box."""
    for _ in range(4):
        if el is None:
            return False
        if _PROFILE_CLASS.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


_TOC_CLASS = re.compile(r"(?i)(?:^|[\s_-])toc(?:[\s_-]|$)|table-of-contents")
_PROFILE_CLASS = re.compile(r"(?i)profile|author-?box|about-?author")
_VIDEO_CAPTION = re.compile(r"(?i)(?:^|[\s_-])(?:video|embed)[-_]?caption(?:[\s_-]|$)")
# A film's poster: a video platform's still ("i.ytimg.com/vi/…/hqdefault.jpg") or a picture in a player's overlay
# (Squarespace's ``div.sqs-video-overlay``): no picture of the article's
_VIDEO_STILL_HOST = re.compile(r"(?i)^(?:i\d?\.ytimg\.com|img\.youtube\.com|i\.vimeocdn\.com)$")
_VIDEO_OVERLAY = re.compile(r"(?i)video[-_]?(?:overlay|poster|thumb|preview)")
_TAGLINE_CLASS = re.compile(r"(?i)(?:^|[-_])(?:site-description|site-tagline|tagline|slogan)$")
_ORG_NUMBER = re.compile(r"(?i)\b(?:org\.?\s*nr|organisationsnummer|orgnr)\.?\s*:?\s*\d{6}-?\d{4}\b")
_COMMENT_COUNT_LINE = re.compile(r"(?i)(?:kommentarer|comments)\s*:\s*\d+$")
_HEAD_CLASS = re.compile(r"(?i)head|title")  # a box its class calls a heading ("comments-head": Seesaa's)
_AT_CLOCK = re.compile(rf"(?i)\s+(?:at|kl\.?|klockan)\s+{_CLOCK}[\s|｜·,]*$")  # "Posted by A och B at 11:40|" (Seesaa)


def _footer_byline(ln: Line, profile: Profile) -> list[by.Author]:
    """The name opening a post's footer line of name, date and category links ("Allmännyttan
    måndag 05 maj 2012 - 12:20 am | ¶ | Energi", PivotX), a person's or a desk's; or the byline
    before its category links ("Publicerad av Sara Lindqvist, trygghetssamordnare på Kvarnbyhem i
    <a>Trygghet</a> och taggad …", Zola's after-dark)."""
    if has_byline_prefix(ln.text, profile) and len(ln.text) <= 240 and any(is_term_link(h, profile) for h in ln.hrefs) \
            and (first := next((t for piece in ln.linked if (t := clean_text(piece))), None)) \
            and (cut := ln.text.find(first)) > 0:
        head = re.sub(r"\s+(?:i|in|under)$", "", _AT_CLOCK.sub("", ln.text[:cut].strip()))
        byline = strip_byline_prefix(head, profile)
        if several := by.signed_by_several(byline, profile):
            return several
        if (names := people.names_in(byline, profile)) and people.only_names(byline, names):
            return [{"name": n, "role": None} for n in names]
        if (pair := by.split_name_role(byline, profile)) and people.plausible_name(pair[0], profile):
            return [{"name": pair[0], "role": pair[1]}]
        if (d := _desk_name(byline, profile)) and people.desk_words(profile).search(byline):
            return [{"name": d[0], "role": None, "as_printed": True}]
        # else the label is the account's name ("Gästskribent måndag 02 april 2012 …", PivotX): read on
    if _POSTED_AT.match(ln.text) and ln.linked and (account := clean_text(ln.linked[0])) \
            and len(account) <= 60 and account[:1].isupper() and find_swedish_date(ln.text):
        return [{"name": account, "role": None, "as_printed": True}]  # "posted @ 2021-04-22 08:30 <a>Ekbacka
        # Bostäder</a> 阅读(2041)": the account that posted it (cnblogs's postDesc)
    if not _footer_date(ln, profile) or not (found := find_swedish_date(ln.text)):
        return []
    head = ln.text.split(found[1], 1)[0]
    head = re.sub(r"(?i)\s*\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\b[\s,]*$", "", head).strip(" |·,-–")
    head = _AT_CLOCK.sub("", DANGLING_WORD.sub("", head)).strip(" |·,-–")  # "Postat av Redaktionen kl. 10:12 den 20
    # september 2018" (concrete5's Greek Yogurt): the time and "den" before the date
    head = strip_byline_prefix(head, profile).strip() or head  # ("by Redaktionen | 2014-02-21 13:05 | …": Excite's)
    if people.plausible_name(head, profile):
        return [{"name": head, "role": None}]
    if head[:1].isupper() and len(head) <= 60 and not head.endswith(":") and (
            people.is_site_name(head, profile) or people.desk_words(profile).search(head)
            or people.is_byline_label(head, profile)
            or len(head.split()) <= 2 and len(ln.text) <= 100 and people.has_person_icon(ln.el)):
        return [{"name": head, "role": None, "as_printed": True}]  # the site's or a desk's account, or one named
        # by its label ("Gästskribent", PivotX's guest account)
    return []


_READ_TIME_META = re.compile(r"(?i)\(\d+\s*(?:words|ord),\s*\d+\s*(?:min|minutes?|minuter)\)|\b\d+\s*(?:min|minuters?)"
                            r"\s*(?:read|läsning|lästid)\b")


def _role_in_name(value: str, name: str, profile: Profile) -> str | None:
    """The role written into a structured author's name ("Mats Ekberg, hyresgästvärd": Jekyll's
    SEO tag takes the site's author field as it is)."""
    pair = by.split_name_role(value, profile)
    return pair[1] if pair and pair[0] == name and people.plausible_role(pair[1], name, profile) else None


def _post_hero(h1: Element) -> bool:
    """The page's one <h1>, a headline of a few words linking nowhere, in a <header> holding no
    menu: the post's own hero (the Clean starter kit's ``header.masthead``), not the site's banner."""
    header = next(h1.iterancestors("header"), None)
    return header is not None and next(header.iter("nav", "ul"), None) is None \
        and next(h1.iter("a"), None) is None and len(shown_text(h1).split()) >= 4


def _date_label(text: str, profile: Profile) -> bool:
    """A date field's label alone ("Datum", "Publicerad")."""
    return text.strip().casefold() in profile.derived(
        "date_labels", lambda: {w.casefold() for w in profile.get("words", "date_prefixes")})


def _caption_classed(el: Element, levels: int = 3) -> bool:
    """The element or a box around it is classed as a caption ("caption", "wp-caption-text", "image-caption")."""
    return any("caption" in (box.get("class") or "").lower() for box in (el, *islice(el.iterancestors(), levels)))


_LEAD_CLASS = re.compile(r"(?i)[-_](?:preamble|ingress|lead)(?:\s|$)")  # "c-article__preamble", "article-lead"


def _is_lead(ln: Line) -> bool:
    """A paragraph of running text: long, a sentence, no link, no heading."""
    return (len(ln.text) >= 80 and not ln.heading and not ln.link and len(ln.text.split()) >= 12
            and ln.text.rstrip()[-1:] in ".!?…”\"")


def _dated_byline(ln: Line, profile: Profile, header: bool = False) -> tuple[str | None, str] | None:
    """The date inside a byline by the title ("By Kathy Wise Published in FrontBurner
    December 14, 2016 2:24 pm", "Written by M. Larabel in Valve on 1 June 2019"), or inside
    any short line of the header under it ("ByTravis Haney Dec 9, 2016"), unless a modified
    date comes first."""
    text = ln.text
    if len(text) > 160 or not (has_byline_prefix(text, profile) or ln.flags & {"author", "date"} or header):
        return None
    if (rest := after_modified_date(text)) is not None and has_byline_prefix(rest, profile):
        text = rest  # the byline after the modified date, and its date (Joomla 1.5)
    found = find_swedish_date(text)
    if not found or not found[0] or says_updated(text.split(found[1], 1)[0]) or text.endswith(CJK_MODIFIED):
        return None  # ("Norrbyhem 已于 2021-06-03 14:20:11 修改": changed on, CSDN's bar)
    if header and len(text) > 100 and not has_byline_prefix(text, profile) and not ln.flags & {"author", "date"} \
            and not _dated_meta_line(text):
        return None  # a long header line dates the post only as a line of meta fields opening with the date
    return found


def selector_groups(profile: Profile) -> dict[str, list[str]]:
    """Flag name -> selectors, from the profile plus HTML semantics."""
    art = lambda key: profile.get("article", key)  # noqa: E731
    return {
        "boiler": profile.get("boilerplate", "selectors"), "container": art("container"),
        "title": art("title"), "date": art("date"), "body": art("body"),
        "author": art("author_name"), "role": art("author_role"), "lead": art("lead"),
        "caption": art("caption"), "related": art("related"),
        "excerpt": profile.get("listing", "excerpt"), "item": profile.get("listing", "item"),
        "figure": ["figure"], "aside": ["aside"],
    }


def _semantic_marks(root: Element, marks: dict) -> None:
    """<header>/<footer>: local to an article, or page chrome."""
    articles = set(root.iter("article"))
    quotes = set(root.iter("blockquote", "figure", "details"))
    mains = set(root.iter("main"))
    for tag in ("header", "footer"):
        for el in root.iter(tag):
            if tag == "footer" and quotes and has_ancestor(el.getparent(), quotes):
                continue  # a quote's attribution, a picture's credit: part of what holds them; a fold-out box's
                # own footer in the text ("Was this helpful?" closing the Guardian's quick guide), not the post's
            if has_ancestor(el.getparent(), articles):
                marks.setdefault(el, set()).add(tag)
            elif tag == "header" and any(True for _ in el.iter("h1")) and not any(True for _ in el.iter("nav")):
                if not _holds_the_text(el):  # (Jekyll Moon's <header> holds the whole post: its box, no header)
                    marks.setdefault(el, set()).add(tag)
            elif tag == "header" and _section_heading(el):
                continue  # a content block's own subheading (TYPO3's text element: <header><h2>): text
            elif _card_of_many(el) or tag == "footer" and (_POST_FOOTER.search(el.get("class") or "")
                                                          or _beside_headline(el, mains)):
                marks.setdefault(el, set()).add(tag)  # (or the post's own footer outside an <article>:
                # Ghost Massively's "section.post > footer.post-footer" with the authors' boxes; a footer
                # in the main column beside the headline, REDAXO's news entry with its date and author)
            else:
                marks.setdefault(el, set()).add("boiler")


def _article_contentinfo(index: Any, marks: dict) -> None:
    """An element inside an <article> calling itself ``role=contentinfo`` is that article's information, as its own
    <footer> is, not the page's footer (Amnesty's ``div.article-meta``: the back link, share bar and byline)."""
    for el in index.by_attribute.get("role", ()):
        if el.get("role") == "contentinfo" and "boiler" in marks.get(el, ()) \
                and any(a.tag == "article" for a in el.iterancestors()):
            marks[el].discard("boiler")
            marks[el].add("footer")


def _accordion_panels(index: Any, marks: dict) -> None:
    """A panel ``hidden`` until its button opens it, the button in a heading or both in a box its class calls an
    accordion ("<h3><button aria-controls=faq-1>Kommer bussen …?</button></h3><div id=faq-1 hidden><p>Ja …</p>",
    Blekingetrafiken's questions and answers): the text's, shut for the eye only (not a menu's or search box's panel,
    which its own marks leave out)."""
    controls = [el for el in index.by_attribute.get("aria-controls", ()) if el.get("aria-expanded") is not None]
    if not controls:
        return
    ids = {el.get("id"): el for el in index.by_attribute.get("id", ()) if el.get("hidden") is not None}
    for button in controls:
        panel = ids.get(button.get("aria-controls"))
        if panel is None or "boiler" not in marks.get(panel, ()):
            continue
        boxes = [button, *islice(button.iterancestors(), 3), panel]
        if any(b.tag in ("h2", "h3", "h4", "h5", "h6") for b in boxes[:3]) \
                or any(_ACCORDION.search(b.get("class") or "") for b in boxes):
            marks[panel].discard("boiler")


_ACCORDION = re.compile(r"(?i)accordion|faq|collaps")


def _holds_the_text(el: Element) -> bool:
    """Three or more paragraphs of running text inside: the post itself, not a header over it."""
    return sum(1 for p in el.iter("p") if len(text_content(p)) >= 100) >= 3


def _beside_headline(footer: Element, mains: set[Element]) -> bool:
    """A short dated <footer> inside <main> whose parent, not <main> itself, also holds the page's <h1>:
    the post's meta line, not the page's links."""
    parent = footer.getparent()
    return parent is not None and parent not in mains and bool(mains) and has_ancestor(parent, mains) \
        and next(parent.iter("h1"), None) is not None \
        and len(text := shown_text(footer)) <= 200 and find_swedish_date(text) is not None


_POST_FOOTER = re.compile(r"(?i)(?:^|\s)(?:post|entry|article|single)[-_]{1,2}footer(?:\s|$)")


def _card_of_many(el: Element) -> bool:
    """A <header> holding a card's linked title, the card one among its like: in a list item, or in
    a box whose siblings of its kind hold one too (Typemill's feed: ``<li class="post-entry"><header>``
    with no <article>); not a card's box of meta fields (Docsy's ``header.article-meta``). A <footer>
    right under such a card is the card's own."""
    titled = el if el.tag == "header" else el.getparent()  # (or a <footer> of such a card: its meta line, Plume's
    if titled is None or not any(h.find(".//a") is not None or h.getparent().tag == "a"  # "footer.authors")
                                 for h in titled.iter("h1", "h2", "h3", "h4", "h5", "h6")) \
            and not any(TITLE_CLASS.search(a.get("class") or "") and (a.tag == "a" or a.find(".//a") is not None)
                        for a in titled.iter("a", "header")):
        return False  # (a link classed as the title is one too: Bulma's ``a.card-header-title``; or a <header>
        # so classed around the link, VuePress's blog theme's ``header.ui-post-title``)
    card = el
    for _ in range(4):  # (Type on Strap: ``<div class="post-teaser"><span><header>``; Astro's Accessible Starter:
        # ``<li><div class="card"><div class="card__content"><footer>``; Municipio's horizontal post, four boxes
        # deep: ``div.post > div.post-horizontal > div.grid > div.post-horizontal__content > header``)
        card = card.getparent()
        if card is None or card.tag in ("body", "html", "main"):
            return False
        if card.tag == "li":
            return True
        box = card.getparent()
        if box is None:
            return False
        alike = [s for s in box if s.tag == card.tag and _classed_alike(s.get("class"), card.get("class"))]
        if len(alike) >= 2 and sum(1 for s in alike if next(s.iter(el.tag), None) is not None) >= 2:
            return True
    return False


def _classed_alike(a: str | None, b: str | None) -> bool:
    """Two class attributes of one kind of box: the same, or sharing most of their words (WordPress's posts,
    "post-9124 post type-post status-publish … hentry category-nyheter tag-energi" and the next post's, each
    with its own id, categories and tags)."""
    if a == b:
        return True
    words_a, words_b = set((a or "").split()), set((b or "").split())
    return len(shared := words_a & words_b) >= 3 and len(shared) * 2 >= min(len(words_a), len(words_b))


def _section_heading(header: Element) -> bool:
    """A <header> holding one subheading and nothing else (no link, no picture, no menu)."""
    parent = header.getparent()
    if parent is None or parent.tag == "body" or next(header.iter("a", "img", "nav", "form", "svg"), None) is not None:
        return False
    headings = [h for h in header.iter("h2", "h3", "h4", "h5", "h6")]
    return len(headings) == 1 and shown_text(header) == shown_text(headings[0])


# A class or id naming a sidebar ("td-main-sidebar", "sidebar-primary"), not a layout
# switch on a wrapper ("ast-right-sidebar", "no-sidebar", "content-sidebar-wrap").
_SIDEBAR = re.compile(r"^(?:[a-z0-9]+-)*?(?:(?:main|primary|secondary|blog|site)-)?sidebar(?:-(?:\d+|primary|secondary|"
                      r"main|left|right|inner|widgets?|first|second))?$", re.I)  # (Drupal's "region-sidebar-second")
_SWEDISH_SIDEBAR = re.compile(r"^(?:[a-z0-9]+-)*?(?:sidokolumn|sidospalt|h[oö]gerspalt|v[aä]nsterspalt)"
                              r"(?:-(?:\d+|hoger|höger|vanster|vänster))?$")  # (or the right or left column by its
# side: SportAdmin's "span3 hogerspalt" of the next game, the news archive and the partners' logos)
_SIDEBAR_LAYOUT = re.compile(r"(?:^|-)(?:left|right|no|is|has|with|both|full|two|one|content|without|sidebar|sticky"
                             r"|article|layout)-sidebar", re.I)


# A class or id naming the page's footer ("site-footer", "footer-wrap", Duda's "dmFooterContainer"),
# not a post's or a card's own ("entry-footer", "card-footer")
# (also Mobirise's numbered block, "footer1-9", and Hostinger's BEM "block--footer"; a newsletter template's
# "templateFooter", Mailchimp's: the sender's address and the unsubscribe links)
_PAGE_FOOTER = re.compile(r"^(?:[a-z0-9]+[-_](?:site|page|global|location)[-_]"
                          r"|(?:site|page|main|global|dm|theme|template)[-_]?|block--"
                          r"|[a-z]{2,3}-)?"  # (a site's or a framework's short prefix: "uk-footer"; Elementor's
                          # template slot, "elementor-location-footer")
                          r"footer(?:[-_]?(?:container|wrapper|wrap|"  # ("elgg-page-footer": a vendor's prefix)
                          r"area|inner|main|resp|bottom|widgets)|\d+-[a-z0-9]+)?$", re.I)


# A box of related posts by its class: "frame-type-blog_relatedposts" (TYPO3), "td-related-articles",
# "relatedStories" (not "unrelated", nor a post's "related-link" inside its text)
_COMMENT_BOX = re.compile(r"^(?:(?:area|u|cbox|wrap|box|section|list)[_-])+comments?$"
                          r"|^comments?[_-](?:area|list|box|wrap(?:per)?|container|section|thread)s?$")
_MODULE_COMMENTS = re.compile(r"^(?!(?:fa|no|js|is|gh)-)(?:[a-z]{1,2}-)+comments?$|^com-list$")  # a builder's module
# (Jimdo's "j-comment", its "com-list"; not an icon font's "fa-comment", nor a switch, "no-comments")
_CAMEL_COMMENTS = re.compile(r"^(?!(?:has|no|with|without|is|show|hide|num|count)[A-Z])[a-z]+Comments"
                             r"(?:Wrap|Wrapper|Area|List|Container|Section|Box)?$")  # (no switch: "hasComments")
_RELATED = re.compile(r"(?:^|[-_])related[-_]?(?:posts?|articles?|entries|stories|news|items|content)(?:[-_](?:wrap"
                      r"|wrapper|container|section|box|list))?$"  # (never a BEM modifier: "c-byline--related-content")
                      r"|(?:^|[-_])(?:post|article|news)-related(?:_(?:component|wrapper|section|list))?$")
# (or the post's related ones named after it: Relume's "section_blog-post-related", "blog-post-related_component")


# camelCase: Duda's "dmBlogPostSidebar" (not a switch: "hasSidebar", "noSidebar"; nor a sticky-sidebar
# script's wrapper, "theiaStickySidebar", which wraps the main column too)
_CAMEL_SIDEBAR = re.compile(r"^(?!(?:has|no|with|without|is|show|hide)[A-Z])(?!.*Sticky)[a-z][a-zA-Z0-9]*Sidebar$")
_NEVER_CHROME = ("html", "body", "main", "article")
# The page's side column by its BEM or layout name ("page__aside", "site-aside", "l-aside"), not a
# switch on a wrapper ("has-aside") nor a box of the article's own ("article-aside")
_SITE_FOOTER_ID = re.compile(r"^(?!entry|post|article|card|comment|news|content|item|blog|story|teaser|widget|section|"
                             r"main|body|form|modal|dialog|table|list|grid|box)[a-z]{2,8}[-_]footer$")  # an id's site prefix
_PAGE_ASIDE = re.compile(r"^(?:page|site|layout|l|main|content|body)(?:__|-|_)aside$")
_PREFIXED_ASIDE = re.compile(r"^[a-z]{2,3}[-_]aside$")  # a site's prefix on its side column ("hk-aside")
_SIDE_COLUMN = re.compile(r"(?:^|[-_])(?:right|side|secondary)[-_]?col(?:umn)?$")
_ID_HINT = re.compile(r"(?i)ooter|sidfot|cookie|kakor|consent|gdpr|widget|sidebar")
_BANNER_WORDS = ("cookie", "consent", "gdpr", "kakor")  # a cookie or consent banner's class or id (Swedish "kakor":
# Hexo Chic's site's own ``div.kakor``)
_HEADLINE_TAGS = ("h1", "h2", "h3", "h4")


_PRODUCT_CARD = re.compile(r"^(?:[a-z]+--)?(?:product|book)[-_]?"
                           r"(?:inline|list|box|card|carousel|teaser|grid|slider|tile)s?(?:block)?"
                           r"(?:_(?:root|wrapper|container)__[a-z0-9]+)?$|^(?!single|woocommerce)[a-z]{3,}-product$")
# (a CSS module's root: Next.js's "ProductCarousel_root__Ld3xZ", a design shop's products in the story; a block
# named for the product it shows, "div.frosort-product" under a seed shop's story: name, price and button)
_COMPONENT_NAMES = ("data-block", "data-component", "data-scope-component")  # a block's name in the markup, where
# its classes are hashed or atomic (Chakra UI's, Glitz's ".a{display:flex}")


_COLUMN_WIDTH = re.compile(r"(?:^|\s)(?:elementor-col-(\d+)|col-(?:md-|lg-|xl-)?(\d+))(?=\s|$)")  # a column's share
# of its row: Elementor's in hundredths, Bootstrap's grid in twelfths (its widest breakpoint, the last class)
_NARROW_GRID_COLUMN = re.compile(r"col-(?:md|lg|xl)-[1-4]")


def _column_width(column: Element) -> float | None:
    """The share of its row a page builder's or grid's column takes, by its class ("elementor-col-33",
    "col-12 col-lg-4")."""
    found = _COLUMN_WIDTH.findall(column.get("class") or "")
    if not found:
        return None
    hundredths, twelfths = found[-1]
    return int(hundredths) / 100 if hundredths else int(twelfths) / 12


def _narrow_beside_text(column: Element) -> bool:
    """A column of a third or less (Elementor's, a Bootstrap grid's) after a wider one in the same row holding the
    text (three paragraphs or more), itself holding none: a side box ("Boka en tid", a clinic's booking call; a
    Sitecore SXA promo, "Trygghet i ditt bostadsområde?")."""
    width = _column_width(column)
    if width is None or width > 0.34 or next(column.iter("h1"), None) is not None \
            or sum(len(shown_text(p)) >= 100 for p in column.iter("p")) >= 2:
        return False
    return any((wide := _column_width(sib)) is not None and wide >= 0.5
               and sum(len(shown_text(p)) >= 100 for p in sib.iter("p")) >= 3
               for sib in column.itersiblings(preceding=True) if isinstance(sib.tag, str))


def _chrome_by_name(index: Any, marks: dict) -> list[Element]:
    """Chrome the profile has no selector for, by the words of its class or id: theme sidebars,
    the page's footer (unless inside an <article>) and cookie or consent banners by class or id
    ("cookie-notice", "cky-consent-container", "gdpr-bar"; neither holding the headline). One pass over the page's
    class names, cheap tests first. Returns the page footers it found."""
    sidebars, footers, banners, related, comments, asides = [], [], [], [], [], []  # (footers, banners, related:
    # unless they hold the <h1>)
    for name, elements in index.by_class.items():
        low = name.lower()
        if "related" in low:
            if _RELATED.search(low) and "inline" not in low and "--" not in low:  # (JNews' inline box is text's)
                related += elements
        elif any(word in low for word in _BANNER_WORDS) or low.startswith("cky-"):
            banners += elements
        elif "badge" in low:  # a label inside a headline ("TOP", "NEW": YAT's post-badge), no word of it
            labels = [el for el in elements if el.tag in ("span", "small", "sup", "em", "i", "b")
                      and any(a.tag in _HEADLINE_TAGS for a in islice(el.iterancestors(), 3))]
            sidebars += labels
        elif "comment" in low and _COMMENT_BOX.match(low):  # the readers' comments' box by its class words
            comments += elements  # ("area_comment", "u_cbox_comment": Naver's comment box): the text has ended
        elif "Comments" in name and _CAMEL_COMMENTS.match(name) or "com" in low and _MODULE_COMMENTS.match(low):
            comments += [el for el in elements if el.tag in ("div", "section", "ol", "ul")]  # or in camelCase
            # (Weebly's "blogCommentsWrap"), or a builder's module (Jimdo's): a box (not a share bar's count:
            # Salon's ``span.forceComments``)
        elif "editsection" in low:  # "[redigera]" after each subheading (MediaWiki's ``mw-editsection``)
            sidebars += elements
        elif "aside" in low and _PAGE_ASIDE.match(low):  # the page's side column by its BEM name
            asides += elements  # (risotto's "section.page__aside": the site's blurb and the post's summary)
        elif low == "elementor-column" or low.startswith("col-") and _NARROW_GRID_COLUMN.fullmatch(low):
            # a page builder's or grid's narrow column beside the text's (Elementor's "Boka en tid" box in a col-33
            asides += [el for el in elements if _narrow_beside_text(el)]  # after the col-66; Bootstrap's col-lg-4)
        elif "col" in low and _SIDE_COLUMN.search(low) or "aside" in low and _PREFIXED_ASIDE.match(low):
            # a side column beside the one holding the headline
            asides += [el for el in elements if any(next(sib.iter("h1"), None) is not None for sib in el.itersiblings(
                preceding=True) if isinstance(sib.tag, str))]  # ("sabo-right-column" after "sabo-main-column", SABO's
            # SharePoint: the web parts "Om Signerat" and "Prenumerera"; a Sitevision template's "hk-aside" column
            # of puffs, "Kontakta oss", after the article's)
        elif "sidebar" in low:
            if _SIDEBAR.match(name) and not _SIDEBAR_LAYOUT.search(name) or _CAMEL_SIDEBAR.match(name):
                sidebars += elements
        elif ("sidokolumn" in low or "spalt" in low) and _SWEDISH_SIDEBAR.match(low):  # the side column in
            asides += [el for el in elements if next(el.iter("h1"), None) is None]  # Swedish ("sidokolumn", an
            # Elementor container's own class: a contractor's "Aktuell driftinformation" beside its news list)
        elif ("roduct" in low or "book" in low) and _PRODUCT_CARD.match(low):  # a shop's card of a product in
            sidebars += [el for el in elements if next(el.iter("h1"), None) is None]  # the text, or a strip of them
            # ("div.ProductInline": a book's cover, author, format, price and button; "section.ProductList", Bokus'):
            # passed over, the text goes on after it; or a block whose modifier names it ("section.block--product-
            # carousel", Naturkompaniet's strip in the text and slider in the grid of stories)
        elif low.endswith("post-navigation") and low != "post-navigation":  # the previous and next posts' box
            sidebars += elements  # of a blog module ("zpblogpost-navigation", Zoho Sites)
        elif "footer" in low and low != "footer" and _PAGE_FOOTER.match(name):  # (a bare "footer" class is a
            footers += elements  # news item's own: TYPO3)
    for el in index.by_attribute.get("id", ()):
        if not _ID_HINT.search(ident := el.get("id") or ""):
            continue  # (most ids name none of these: one search each)
        low = ident.lower()
        if "ooter" in low and (_PAGE_FOOTER.match(el.get("id")) or _SITE_FOOTER_ID.match(low)) or low == "sidfot":
            footers.append(el)  # (or named for the site: SABO's div#sabo-footer; or in Swedish: "td#sidfot", a table
            # layout's footer cell)
        elif any(word in low for word in _BANNER_WORDS):  # a banner named by its id ("cookie-notice")
            banners.append(el)
        elif low.startswith("widget-") or low.startswith("widget_") or "sidebar" in low and el.tag != "aside" \
                and _SIDEBAR.match(low) and not _SIDEBAR_LAYOUT.search(low):
            sidebars.append(el)  # a sidebar or its box named by its id (FlatPress's "widget-lastentries", PivotX's
            # div#sidebar), no class; an <aside id="sidebar"> is read as an aside (Posthaven's dates the post)
    for attribute in _COMPONENT_NAMES:  # a shop's products named by the component, its classes atomic ("<section
        for el in index.by_attribute.get(attribute, ()):  # class='ag e f' data-scope-component=ProductCarouselBlock>")
            if "roduct" in (low := el.get(attribute).lower()) and _PRODUCT_CARD.match(low) \
                    and next(el.iter("h1"), None) is None:
                sidebars.append(el)
    for el in index.by_attribute.get("id", ()):
        if el.get("id") == "post-footer" and el.tag not in _NEVER_CHROME:
            marks.setdefault(el, set()).add("footer")  # the box every post ends with, after its text (prose.sh's
            # blurb of the blog): the end of the text, its words kept where an author may be named
    articles = set(index.by_tag.get("article", ())) if asides or footers else set()
    if asides:
        for el in asides:
            if el.tag not in _NEVER_CHROME and not has_ancestor(el, articles) and not _holds_the_text(el):
                marks.setdefault(el, set()).add("aside")
    for el in comments:
        if el.tag not in _NEVER_CHROME and next(el.iter("h1"), None) is None:
            marks.setdefault(el, set()).add("footer")
    if footers:
        footers = [el for el in footers if not has_ancestor(el, articles)]
    footers = [el for el in footers if next(el.iter("h1"), None) is None and el.tag not in _NEVER_CHROME]
    for el in sidebars + [el for el in banners if next(el.iter("h1"), None) is None] + footers:
        if el.tag not in _NEVER_CHROME:
            marks.setdefault(el, set()).add("boiler")
    hooked = {el for el, f in marks.items() if "related" in f} if related else set()
    for el in related:  # (left out, not an end: a box in the text's middle is one too, CityLab's), unless
        # the profile's hook reads it or a box in it as related posts (the sample site's links are kept)
        if el.tag not in _NEVER_CHROME and next(el.iter("h1"), None) is None and not (hooked and (
                any(d in hooked for d in el.iter()) or any(a in hooked for a in el.iterancestors()))):
            marks.setdefault(el, set()).add("boiler")
    return footers


def _lists_in_pagers(index: Any, marks: dict) -> None:
    """A "pagination" box holding two or more headed posts is the paginated list itself (YAT's
    ``div.pagination`` around the post list, its pager inside), not a pager: a pager holds no
    headings."""
    for name, elements in index.by_class.items():
        if "pagination" not in name.lower():
            continue
        for el in elements:
            if "boiler" in marks.get(el, ()) and sum(1 for h in el.iter("h1", "h2", "h3", "h4")
                                                     if next(h.iter("a"), None) is not None) >= 2:
                marks[el].discard("boiler")


def _lists_in_widgets(index: Any, marks: dict) -> None:
    """A "widget" in the page's <main>, in no side column, holding five or more headlines' links is the page's list
    placed as a plugin's widget (MFN's ``section.widget_mfn_news_feed_widget`` as a WordPress press page's
    content), not a side column's box."""
    for el in index.by_class.get("widget", ()):
        if "boiler" not in marks.get(el, ()) or el.tag == "aside":
            continue
        ancestors = list(el.iterancestors())
        if not any(a.tag == "main" for a in ancestors) \
                or any(a.tag == "aside" or _SIDE_BOX.search(a.get("class") or "") for a in ancestors):
            continue
        headlines = {a.get("href") for a in el.iter("a") if a.get("href") and len(shown_text(a)) >= 20}
        if len(headlines) >= 5:
            marks[el].discard("boiler")


def _holds_picture(ln: Line) -> bool:
    """The line's own block holds a picture, and the line is short (the credit printed in it)."""
    return ln.el is not None and len(ln.text) <= 200 and next(ln.el.iter("img"), None) is not None


def _content_widgets(index: Any, marks: dict) -> None:
    """A "widget" inside the post's text element is a page builder's block of the text (SiteOrigin's
    ``div.so-panel.widget`` holding a caption, a fact box, the signature), not a sidebar's box."""
    widgets = [el for el in index.by_class.get("widget", ()) if el.tag != "aside" and "boiler" in marks.get(el, ())]
    if not widgets:
        return
    bodies = {el for el, flags in marks.items() if "body" in flags}
    for el in widgets:
        if bodies and has_ancestor(el.getparent(), bodies):
            marks[el].discard("boiler")


_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|datum|pubdate|published|post-?date|entry-?date)(?:[\s_-]|$)", re.I)
_MODIFIED_CLASS = re.compile(r"updated|modified|uppdaterad|changed", re.I)


def _modified_marks(index: Any, marks: dict, meta: dict[str, list[str]]) -> None:
    """A modified date (hAtom ``updated``, ``itemprop=dateModified``) never dates a post or a
    teaser: its text leaves the lines. ``entry-date published updated`` stays: it is both."""
    found = [el for el in index.by_attribute.get("itemprop", ()) if el.get("itemprop") == "dateModified"]
    published = _instant(next((meta[k][0] for k in ("article:published_time", "datepublished") if meta.get(k)), None))
    for name in MODIFIED_CLASSES:
        found += [el for el in index.by_class.get(name, ())
                  if not PUBLISHED_CLASSES & set((el.get("class") or "").split())]
    for stamp in _shown_modified_times(index, meta):
        marks.setdefault(stamp, set()).add("boiler")
    for el in found:
        own = text_content(el)
        if len(el) > 3 or len(own) > 80:
            continue  # a block that happens to be "updated", not a date
        if any(t.get("pubdate") is not None for t in el.iter("time")):
            continue  # livedoor's ``abbr.updated`` around the published ``<time pubdate>``: that date
        inside = set(el.iter())
        for box in list(el.iterancestors())[:2]:  # only beside the published date: else it is the page's one date
            others = [t for t in box.iter("time") if t not in inside and t not in found and t.get("datetime")]
            if others or find_swedish_date(text_content(box).replace(own, " ", 1)):
                marks.setdefault(el, set()).add("boiler")
                break
        else:
            if published is not None and (shown := next((_instant(t.get("datetime")) for t in el.iter("time")), None)) \
                    and shown.date() != published.date() and (box := el.getparent()) is not None \
                    and shown_text(box) == shown_text(el) \
                    and not any(up.get("itemprop") == "datePublished" for up in islice(el.iterancestors(), 3)):
                marks.setdefault(el, set()).add("boiler")  # the one date shown, alone in its box, but the metadata's
                # publication is another day's (GeneratePress set to show only the modified date, "time.updated-date";
                # not "Senast uppdaterad <time> av …", a labelled line the rules for update notes read)


def _shown_modified_times(index: Any, meta: dict[str, list[str]]) -> list[Element]:
    """The ``<time>`` elements showing the instant the page's metadata (``meta``, the page's <meta> values) says it
    was modified, on another day than it says it was published (tagDiv's template set to show the modified date,
    "entry-date updated", with ``article:modified_time`` the same second): the post changed then, it came out on
    the other day."""
    def stamp(*keys: str) -> datetime | None:
        return _instant(next((meta[k][0] for k in keys if meta.get(k)), None))

    modified = stamp("article:modified_time", "datemodified")
    published = stamp("article:published_time", "datepublished")
    if modified is None or published is None or modified.date() == published.date():
        return []
    return [t for t in index.by_tag.get("time", ()) if _instant(t.get("datetime")) == modified
            and all(shown_text(box) == shown_text(t) for box in islice(t.iterancestors(), 2))]  # (alone in its
    # box and the box around it: a label beside it, "Senast uppdaterad", is read with it by the rules for labelled
    # dates)


def _instant(stamp: str | None) -> datetime | None:
    """An ISO stamp with its offset as an instant, to compare two ways of writing it (none without an offset)."""
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00")) if stamp else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


def _month_first_by_clock(raw: str, read: str | None, texts: Iterable[str]) -> str | None:
    """"6/5/2024", either order, read day first (``read``), on a page whose clock runs to am and pm (Weebly's
    comments, "6/7/2024 07:51:03 pm"): month first, as a theme of the United States prints it. Not a date the
    metadata gave."""
    if not (m := _SLASH_DATE.fullmatch(raw.strip())) or int(m[1]) > 12 or int(m[2]) > 12 or m[1] == m[2] \
            or read != date(int(m[3]), int(m[2]), int(m[1])).isoformat() \
            or not any(_TWELVE_HOUR.search(t) for t in texts):
        return None
    return date(int(m[3]), int(m[1]), int(m[2])).isoformat()


_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)")
_TWELVE_HOUR = re.compile(r"(?i)\b\d{1,2}:\d\d(?::\d\d)?\s?(?:am|pm)\b")


def _labelled_by_parent(el: Element, name: str, profile: Profile) -> bool:
    """The element's box prints a byline's label before it and nothing else ("<span class=entry-byline>Av <span
    class='author vcard'>Tumba bruksmuseum</span></span>")."""
    box = el.getparent()
    return box is not None and (shown := shown_text(box).strip()) != name \
        and strip_byline_prefix(shown, profile) == name


def _in_article_box(el: Element) -> bool:
    """Inside an <article>, or a box its class calls the article ("<div class=news-article>", Liferay's journal
    article, the fact box an <aside> under its text)."""
    return any(a.tag == "article" or _ARTICLE_CLASS.search(a.get("class") or "") for a in el.iterancestors())


_ARTICLE_CLASS = re.compile(r"(?:^|[\s_-])article(?:\s|$)")


def _text_figures(marks: dict) -> None:
    """A <figure> holding a pull quote or a table and no picture is text, not an image; an
    <aside> inside an article headed or labelled "Fakta …" is the article's fact box (Kirby's
    ``aside.box``, Starlight's ``aside aria-label``), its title shown though hidden from screen readers; so is
    a box classed as facts inside the article that calls itself complementary."""
    for el, flags in list(marks.items()):
        if "figure" in flags and el.tag == "figure" and not any(
                True for _ in el.iter("img", "picture", "video", "iframe", "object", "embed")) \
                and (next(el.iter("svg"), None) is None or next(el.iter("blockquote"), None) is not None):
            # (a quote's figure may hold a quotation-mark icon: Visit Stockholm's ``figure.Quote`` with its <svg>)
            flags.discard("figure")
            if next(el.iter("blockquote"), None) is not None:  # a quote's attribution ("Birgitta Holm, hyresgäst
                for caption in el.iter("figcaption"):  # sedan 1987", CodeRed's quote block): text, no caption
                    marks.get(caption, set()).discard("caption")
        if "aside" in flags and el.tag == "aside" and (
                (_FACT_HEADING.match(_first_heading(el)) or _FACT_HEADING.match(el.get("aria-label") or "")
                 or _FACT_HEADING.fullmatch(_first_label(el)))
                and (_in_article_box(el) or _in_running_text(el) or _text_box(el.getprevious()) >= 3)
                # (or right after the box of the text's paragraphs: a Webflow post's ``aside…_fact-box``)
                or (_CALLOUT.search(el.get("class") or "")  # (or its one box's: Astro Pure's "aside-note")
                    or len(el) == 1 and _CALLOUT.search(el[0].get("class") or "")) and _in_running_text(el)
                or _FACT_CLASS.search(f'{el.get("class") or ""} {el.get("data-block") or ""}')  # a box classed
                and _in_article_box(el)):  # as facts inside the article, whatever wraps its paragraphs (AlchemyCMS), or
            # the CMS's block type naming it ("<aside data-block=factBox>" with utility classes only: a Next.js blog)
            flags.discard("aside")
            label = " ".join((el.get("aria-label") or "").split())
            for title in el.iter():  # the box's title shown on screen, hidden from screen readers that read
                if title is not el and marks.get(title) and label \
                        and " ".join("".join(title.itertext()).split()) == label:  # the label (Starlight's aside)
                    marks[title].discard("boiler")
        if "boiler" in flags and el.get("role") == "complementary" and _FACT_CLASS.search(el.get("class") or "") \
                and any(a.tag == "article" for a in el.iterancestors()):
            flags.discard("boiler")  # the article's fact box marked as complementary to it ("<div class=fact-box
            # role=complementary>" after the text, Skånes universitetssjukhus'): the article's, no page chrome


def _boilerplate_box(el: Element) -> bool:
    """The element or a box two levels up is classed as the boilerplate ("cmp-text--boilerplate")."""
    return any("boilerplate" in (box.get("class") or "").lower() for box in (el, *islice(el.iterancestors(), 2)))


def _about_in_boilerplate(el: Element) -> bool:
    """"<b>Om Deloitte</b><br>…" opening a paragraph in a box classed as the boilerplate: the firm's standing text."""
    return _ABOUT_HEADING.match(_bold_opening(el)) is not None and _boilerplate_box(el)


def _bold_opening(el: Element) -> str:
    """The bold words opening a paragraph on a line of their own ("<p><b>Om Deloitte</b><br>…"), else ""."""
    first = el[0] if len(el) else None
    if first is None or first.tag not in ("b", "strong") or (el.text or "").strip() or (first.tail or "").strip():
        return ""
    after = first.getnext()
    return " ".join("".join(first.itertext()).split()) if after is not None and after.tag == "br" else ""


def _in_running_text(el: Element) -> bool:
    """An element set after a paragraph, in a box of paragraphs: inside the text, not beside it; or the one
    thing of its wrapper, set after a box of the text's paragraphs (a CMS's components in a row: AEM's
    ``div.callout`` between two ``div.richText``)."""
    before, box = el.getprevious(), el.getparent()
    if before is not None and before.tag == "p" and box is not None \
            and sum(1 for child in box if child.tag == "p") >= 3:
        return True
    wrapper = el
    for _ in range(2):
        if box is None or len(box) != 1 or box.tag not in ("div", "section"):
            break
        wrapper, box = box, box.getparent()
    if wrapper is el:
        return False
    before, after = (_text_box(wrapper.getprevious()), _text_box(wrapper.getnext()))
    return before >= 1 and before + after >= 2


def _text_box(box: Element | None) -> int:
    """How many of the text's paragraphs a box of a component row holds (0 for anything else)."""
    if box is None or box.tag not in ("div", "section") or next(box.iter("h1"), None) is not None:
        return 0
    return sum(len("".join(p.itertext())) >= 80 for p in box.iter("p"))


# A callout's class: "starlight-aside--tip", "admonition note", "callout-info", "faktaruta"
_CALLOUT = re.compile(r"(?i)(?:^|[\s_-])(?:callout|admonition|note|tip|info|notice|fakta|faktaruta|fact[-_]?box)"
                      r"(?:[\s_-]|$)")


_FACT_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:fakta|faktaruta|faktabox|fact[-_]?box|fact[-_]?block|facts?)(?:[\s_-]|$)")
# (a BEM modifier alone: Kirby's "box box--fact")


_FACT_HEADING = re.compile(r"(?i)(snabb)?fakta\b|fakta:|facts?\b|fact box|faktaruta|bra att veta\b|good to know\b"
                           r"|om (?:undersökningen|enkäten|studien|mätningen)\b")  # (a survey's method box)


def _under_quotes(lines: list[Line]) -> frozenset[int]:
    """The places of lines right under a line of a quote (inside a <blockquote> or a <q>): there a
    "– Name, role" names the quote's speaker."""
    return frozenset(i for i in range(1, len(lines)) if _quote_line(lines[i - 1]))


def _quote_line(ln: Line) -> bool:
    return ln.el is not None and (ln.el.tag in ("blockquote", "q") or any(
        a.tag in ("blockquote", "q") for a in islice(ln.el.iterancestors(), 4)))


def _first_label(el: Element) -> str:
    """The words of a box's first child when it is a short label ("<span>Fakta</span>" over the box's
    heading, Aftonbladet's fact box)."""
    first = _first_element(el)
    text = shown_text(first) if first is not None else ""
    return text if len(text) <= 20 else ""


def _first_element(el: Element) -> Element | None:
    """The first child element of ``el``, comments passed over."""
    return next((child for child in el if isinstance(child.tag, str)), None)


def _first_heading(el: Element) -> str:
    heading = next(el.iter("h2", "h3", "h4", "h5", "h6", "strong"), None)
    return " ".join("".join(heading.itertext()).split()) if heading is not None else ""


_DATED_BYLINE = re.compile(r"(?:^|\s)(?i:by|av|par|von|posted by|publicerad av)\s+[A-ZÅÄÖ]|(?i:\bpublished\b|\bpublicerad\b)")


def _title_without(whole: str, name: str) -> str | None:
    """The <title> less a name it ends or opens with, or holds as its second part, and the separators."""
    if folded(whole).endswith(" " + folded(name)):
        return _TRAILING_SEPARATOR.sub("", whole[:-len(name)]) or None
    if folded(whole).startswith(folded(name) + " "):
        return _LEADING_SEPARATOR.sub("", whole[len(name):]) or None
    parts = _TITLE_PARTS.split(whole)
    if len(parts) >= 3 and folded(parts[1]) == folded(name):
        return parts[0].strip() or None  # "Rubrik_Bloggens namn_新浪博客": the blog's name between the
        # headline and the platform's (Sina's)
    return None


_LEADING_SEPARATOR = re.compile(r"^\s*[|–—•»«-]\s+")
# An entity left in text after the parser decoded it once ("&#8211;" of "&amp;#8211;": escaped twice)
_ESCAPED_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-z]{2,8});")
_TITLE_PARTS = re.compile(r"\s+[|–—•»«·-]\s+|(?<=[^\W\d_])_(?=[^\W\d_])")  # ("Rubrik_Kategori_Sajt": DedeCMS)
_TRAILING_SEPARATOR = re.compile(r"\s+[|–—•»«-]\s*$")


def _own_chars(el: Element, chars: int, boxes: set) -> int:
    """Visible characters of ``el`` (``chars`` in all) outside the ``boxes`` inside it."""
    inner = [d for d in el.iterdescendants() if d in boxes and _nearest_box(d, boxes) is el]
    return chars - sum(_visible_chars(d) for d in inner)


def _nearest_box(el: Element, boxes: set) -> Element | None:
    """The closest ancestor of ``el`` among ``boxes`` (None when there is none)."""
    return next((a for a in el.iterancestors() if a in boxes), None)


# what may stand between a date and "av": a time ("10:30 fm", "kl. 14.05"), commas
_AFTER_DATE_BY = re.compile(r"^[\s,]*(?:(?:kl\.?\s*)?\d{1,2}[:.]\d\d(?:\s*(?:fm|em|am|pm))?[\s,]*)?(?:[·|•–]\s*)?"
                            r"(?:(?:postat|postad|publicerat|publicerad|skrivet|skriven|posted|written)\s+)?"
                            r"(?:av|by|text:)\s+(.+)$", re.I)  # (or "2024/04/16 10:02 · Text: …", DokuWiki's blog;
# "22 april 2013 kl. 08:30 Postat av Johanna Berg", Habari's K2)


_CREATED_LABEL = re.compile(r"(?i)^(skapad|skapat|created)\b")
_PUBLISHED_WORDS = r"publicerad|publicerat|införd|infört|published|publish date|publiceringsdatum"
_PUBLISHED_LABEL = re.compile(rf"(?i)^({_PUBLISHED_WORDS})\b")
# "(senast ändrad 2 februari 2022)" between the date and the byline (Hakyll's post header)
_MODIFIED_ASIDE = re.compile(r"^\s*\((?:senast\s+)?(?:ändrad|ändrat|uppdaterad|uppdaterat|updated|modified)\b[^)]*\)", re.I)


_PUBLISHED_INSIDE = re.compile(rf"(?i)(?<=\s)(?:{_PUBLISHED_WORDS}):")


def _published_part(ln: Line) -> str | None:
    """The words from a "Publicerad" label on, on a page facts' line without links: the line opens with it, or
    it follows a short label and name, their link the line's only one ("Sidansvarig Elin Wahlberg Publicerad: ti
    14 mar 2023", SharePoint's page information)."""
    if _PUBLISHED_LABEL.match(ln.text) or _PAGE_PUBLISHED.match(ln.text):
        return None if ln.hrefs or len(ln.text) > 60 else ln.text
    inside = _PUBLISHED_INSIDE.search(ln.text)
    return ln.text[inside.start():] if inside and inside.start() <= 40 and len(ln.text) <= 80 and ln.link_text \
        and ln.link_text in ln.text[:inside.start()] else None


def _names_after_date(text: str, profile: Profile) -> list[str]:
    """The people a date line names after its date ("… 10:30 fm av Karin Lindqvist och Omar Haddad"),
    or the desk."""
    if len(text) > 120 or not (found := find_swedish_date(text)) or not found[0]:
        return []
    rest = _MODIFIED_ASIDE.sub("", _after_date(text, found), 1)
    if (m := _AFTER_DATE_BY.match(rest)) is None:
        head, tail = text[:text.find(found[1])], rest.lstrip(" ,·|•–—")
        if len(text) <= 80 and rest.lstrip()[:1] in (",", "·", "|", "•", "–", "—") and not WEEKDAY_TAIL.sub("", head).strip() \
                and (names := people.names_in(tail, profile)) and people.only_names(tail, names):
            return names  # "tis, jan 9 2024, Karin Åberg": the date, then only names (Contentstack's starter;
            # bashblog's "05 mars 2019 — Anna Berg och Erik Lund")
        field = _META_BAR.split(tail, 1)[0]
        if len(text) <= 80 and rest.lstrip()[:1] in ("·", "|", "•") and not WEEKDAY_TAIL.sub("", head).strip() \
                and len(names := people.names_in(field, profile)) == 1 \
                and (pair := by.split_name_role(field, profile)) and pair[0] == names[0]:
            return names  # "2020-03-12 · Lina Sjöberg, energistrateg på … · Energi": the date's field, then the
            # name and role in one (Gatsby Hero Blog's meta bar, its icons read as separators)
        return []
    who = _UPDATE_AFTER.split(m[1], 1)[0]  # (the update's date after the name: "Publicerad 12 nov 2023 av
    # Mälarenergi Vatten Uppdaterad 14 nov 2023", its own span)
    return people.names_in(who.strip(), profile) or _desk_name(who, profile)  # or the desk's
    # account ("Jun 18, 2024 by Redaktionen", Micro.blog)


_UPDATE_AFTER = re.compile(r"(?i)\s+(?:senast\s+)?(?:uppdaterad|uppdaterat|ändrad|ändrat|updated|modified)")


def _published_opening(text: str) -> tuple[str | None, str] | None:
    """The date right after a "Publicerad" label opening a line that goes on past it ("Publicerad 12 nov 2023 av
    Mälarenergi Vatten Uppdaterad 14 nov 2023 kl. 10.20")."""
    m = _PUBLISHED_WORD.match(text) if len(text) <= 160 else None
    return _date_right_after(text, m) if m is not None else None


# A credit in parentheses closing a caption after its sentence: "(Karl Nyström/Ängsviks Bostäder)", "(Brobyhem)"
_PAREN_CREDIT = re.compile(r"(?<=[.!?])\s+(\((?:[A-ZÅÄÖÉ][^\W\d_]*\.?(?:[\s/-]+|(?=\))))+\))$")


def _names_in_meta_row(ln: Line, lines: list[Line], profile: Profile, reach: int = 2) -> list[str]:
    """The names a date's meta row prints in a field of its own after it, each field a box of its own
    ("mars 05, 2020", "· 6 min read", "· Anna Berg": Pelican Papyrus); none unless the field is only names."""
    if len(ln.text) > 40 or ln.el is None or not (found := find_swedish_date(ln.text)) or not found[0]:
        return []
    row = ln.el.getparent()
    for field in lines[ln.index + 1: ln.index + 1 + reach]:
        if field.el is None or len(field.text) > 60 or not any(a is row for a in field.el.iterancestors()):
            return []
        if names := people.separated_names(field.text, profile):
            return names
    return []


def _byline_after_date(text: str, profile: Profile) -> list[str]:
    """The names of a byline after a line's date ("12 mars 2021 · Text: Karin Öberg och Jonas Rask", Cecil's
    post header), none unless a byline prefix opens them."""
    if len(text) > 160 or not (found := find_swedish_date(text)) or not found[0]:
        return []
    rest = _after_date(text, found).lstrip(" ,·|•–-")
    return people.names_in(rest, profile) if has_byline_prefix(rest, profile) else []


def _after_date(text: str, found: tuple[str | None, str]) -> str:
    """The words a line prints after its date."""
    return text[text.find(found[1]) + len(found[1]):]


def _before_date(text: str, found: tuple[str | None, str]) -> str:
    """The words a line prints before its date, a date label ("published on", "Publicerad") left out."""
    return _DATE_LABEL.sub("", text[:text.find(found[1])]).strip(" ,·|•")


def _after_opening_date(text: str) -> str:
    """The line after the date opening it and the separator after that date ("03.03.2024 — Text: …")."""
    found = find_swedish_date(text)
    return _after_date(text, found).lstrip(" —–-|·") if found and found[0] and text.startswith(found[1]) else text


def _reworded(structured: str, shown: str) -> bool:
    """The printed role says what the structured one says, in other case and with a word or two more ("på")."""
    words, printed = set(re.findall(r"\w+", structured.casefold())), set(re.findall(r"\w+", shown.casefold()))
    return bool(words) and words <= printed and len(printed - words) <= 2


_META_BAR = re.compile(r"\s(?:[|·•]|::)\s")  # ("Posted on … :: 4 Min Read :: …", Zola Apollo)
_META_BAR_OR_SLASH = re.compile(r"\s[·•/]\s|\s*\|\s*")  # ("09:15| Utgivare: …": a bar glued, Discuz)


def _place(ln: Line) -> bool:
    """A short line that says it prints where someone is (its class, or a map-pin icon): no role."""
    return len(ln.text) <= 40 and ln.whole and people.shows_a_place(ln.el)


def _published_field(lines: list[Line], profile: Profile) -> tuple[tuple[str | None, str], str | None] | None:
    """The date under a ``<dt>`` term saying "Publicerad" (the printed date, and its ``<time>``'s instant), or
    under such a label alone on its line (Yukina's copyright box: "<span>Publish Date</span><p>2024-03-05</p>")."""
    for term, value in zip(lines, lines[1:]):
        if len(term.text) <= 20 and (term.el.tag == "dt" and _PUBLISHED_LABEL.match(term.text) or term.whole
                                     and not term.hrefs and _PUBLISHED_LABEL.fullmatch(term.text.rstrip(" :"))) \
                and (found := date_line(value.text, profile)) and found[0]:
            return found, value.times[0] if value.times else None
    return None


def _under_another_term(ln: Line, profile: Profile) -> bool:
    """A date in a ``<dd>`` whose ``<dt>`` names something other than the publication ("Start", an outage's
    beginning in a notice's fact list)."""
    dd = next((el for el in (ln.el, *islice(ln.el.iterancestors(), 2)) if el.tag == "dd"), None)
    dt = dd.getprevious() if dd is not None else None
    if dt is None or dt.tag != "dt":
        return False
    term = shown_text(dt).strip().rstrip(":")
    return not (_PUBLISHED_LABEL.match(term) or _date_label(term, profile))


def _in_other_picture(el: Element, caption: Element) -> bool:
    """Inside a ``<figure>`` holding a picture that the caption is not part of (an author's portrait)."""
    box = el if el.tag == "figure" else next(el.iterancestors("figure"), None)
    return box is not None and not has_ancestor(caption, {box}) and next(box.iter("img"), None) is not None


def _tooltip_date(lines: list[Line]) -> tuple[str | None, str] | None:
    """The whole date in the tooltip (``title``) of an element printing a relative one ("3 days ago")."""
    for ln in lines:
        if not has_digit(ln.text) or len(ln.text) > 120:
            continue
        for el in ln.el.iter(etree.Element):
            if (tip := el.get("title")) and (whole := find_swedish_date(tip)) and whole[0] \
                    and (shown := find_swedish_date(shown_text(el))) and shown[0] is None:
                return whole[0], shown_text(el).strip()
    return None


def _date_classed_text(ln: Line, fields: bool = False) -> str | None:
    """The short text of a line's element whose class names a date (not an update), or with ``fields``
    (a line by the headline) of a field inside it so named."""
    for el in ln.el.iter(etree.Element) if fields else (ln.el,):
        cls = el.get("class") or ""
        if _DATE_CLASS.search(cls):
            if _MODIFIED_CLASS.search(cls):
                return None
            text = ln.text if el is ln.el else clean_text(shown_text(el))
            if not text or len(text) > 40 or text not in ln.text or says_updated(ln.text.split(text, 1)[0]):
                return None  # ("By Daniel Bader last updated <time class=date>4 April 17</time>": Android Central)
            return text
    return None


def _dated_meta_line(text: str) -> bool:
    """A line of meta fields opening with its date ("Publicerad okt 04, 2022 av … | Taggar: … |
    Kommentarer (2)", MODX): however long, the post's header, not its text."""
    if len(text) > 160 or not _META_BAR.search(text) or not (found := find_swedish_date(text)) or not found[0]:
        return False
    return text.find(found[1]) <= 20


_MARGIN_NOTE = re.compile(r"(?:^|\s)(?:marginnote|sidenote)(?:\s|$)")
_BIO_CLASS = re.compile(r"(?i)(?:^|[\s_-])bio(?:graphy)?(?:[\s_-]|$)")
_SIGNATURE_CLASS = re.compile(r"(?i)signat(?:ure|ur)")


_AUTHOR_BIO_CLASS = re.compile(r"(?i)author[-_]*(?:bio|description|about)\b|\bbio[-_]*author")


def _in_author_bio(el: Element) -> bool:
    """In a box its class calls the author's bio ("author-bio", "author__description"): what the writer's or the
    account's profile says of them, not the text."""
    return _in_box_classed(el, _AUTHOR_BIO_CLASS)


def _in_bio_box(el: Element) -> bool:
    """In a box its class calls a bio (Squarespace's ``BlogItem-author-bio``)."""
    return _in_box_classed(el, _BIO_CLASS)


def _in_box_classed(el: Element, pattern: re.Pattern[str]) -> bool:
    """The element, or one of its two nearest wrappers, has a class the pattern finds."""
    return any(pattern.search(box.get("class") or "") for box in (el, *islice(el.iterancestors(), 2)))


def _named_dated_line(text: str, profile: Profile) -> bool:
    """The byline, the date and a few tag words run together on one line ("Lina Ek och Omar Said
    2022-04-07 stambyteEkbacka": VuePress Reco's page-info of icon spans): the post's header."""
    if len(text) > 120 or not (found := find_swedish_date(text)) or not found[0]:
        return False
    head, _, tail = text.partition(found[1])
    head = head.strip(" |·•,-–")
    if not head or len(tail) > 40 or tail.rstrip()[-1:] in (".", "!", "?"):
        return False
    names = people.names_in(head, profile, single_word=True)
    return bool(names) and people.only_names(head, names)


_PLURAL_ROLE = re.compile(r"(?i)^\S*(?:er|ar|or|are|ande|ende|s)\b")  # "kommunikatörer", "projektledare" (or one
# form for both), "writers": a title in the plural, or one that may be


def _shared_role(text: str, last: str, profile: Profile) -> str | None:
    """The role printed once after the last of several signers' names, for them all."""
    words = split_credit(text, profile)[0]
    if last not in words or not (tail := words.split(last, 1)[1]).startswith(","):
        return None
    role = tail.strip(" ,").rstrip(".")
    return role if people.plausible_role(role, last, profile) else None


def _desk_before_date(text: str, profile: Profile, own: Iterable[str] = ()) -> str | None:
    """The desk's account a dated byline names before its date ("Publicerat av Redaktionen den 28 nov
    2023 i Trygghet"), or the site's own name there whole (``own``: "Av: Musik i Syd", no "i <category>" in
    it); None for a person's name, or a line without a date."""
    if len(text) > 160 or not find_swedish_date(text):
        return None
    rest = strip_byline_prefix(text, profile).strip()
    if site := next((n for n in own if rest.startswith(n) and rest[len(n):len(n) + 1] in ("", " ", ",", "|", "·")),
                    None):  # (not "Doktor.se" of "Av Doktor.se-redaktionen", the desk's own name)
        return site
    head = BYLINE_TAIL.split(rest, 1)[0].strip()
    return (_desk_name(head, profile) or [None])[0]


_DATE_LABEL = re.compile(r"(?i)[\s,]*(?:(?:publicerad|publicerat|published|posted|shared|uppdaterad|updated)"
                         r"(?:\s+(?:on|den))?|已?于)?[\s:]*$")  # ("Karin Ek shared on Jan 19, 2022": Hexo Aurora;
# "Karl Holmgren 于 2022-11-30 …", CSDN's "on")


def _before_co_author(role: str | None, names: set[str]) -> str | None:
    """A role less the co-author a signature names after it ("kommunikatör, och Karim Saleh"), or
    nothing when the co-author is all there is ("och Johan Åkesson" after the first name)."""
    if role and len(parts := by.AND_NEXT.split(f" {role}", 1)) == 2 and parts[1].strip().casefold() in names:
        return parts[0].strip() or None
    if role and len(role) > 12 and (at := min((at for n in names if " " in n and (at := role.casefold().find(
            f" {n}")) > 0 and not role[at + len(n) + 1:at + len(n) + 2].isalpha()), default=0)) \
            and role[at - 1].isalpha() and (before := role[:at]).rsplit(None, 1)[-1].casefold() not in _LINKING_WORDS \
            and before.casefold() not in _AUTHOR_HEADINGS:
        return before  # "kommunikatör Jonas Ekström, trafikplanerare": two writers' name and role fields, no
        # separator between them (Länstrafiken i Jämtlands län's byline); not "kommunikatör, och Karim Saleh, …"
        # (the pair's own link word), "Tillsammans med Karim Saleh" or "Om författaren Karim Saleh"
    return role


_LINKING_WORDS = {"och", "and", "samt", "med", "av", "by", "om", "för", "till", "från", "with"}


def _published_after_label(text: str) -> tuple[str | None, str] | None:
    """The date after a "Publicerad"/"Published" label inside a line that prints another date first."""
    m = _PUBLISHED_WORD.search(text)
    return _date_right_after(text, m) if m is not None and m.start() > 0 else None


def _date_right_after(text: str, label: re.Match[str]) -> tuple[str | None, str] | None:
    """(iso, as printed) of the date that starts right after the label's match, or None."""
    rest = text[label.end():]
    found = find_swedish_date(rest)
    return found if found and found[0] and rest.lstrip(" :").startswith(found[1]) else None


_PUBLISHED_WORD = re.compile(rf"(?i)\b(?:{_PUBLISHED_WORDS})\b\s*:?\s*")


def _labelled_date(ln: Line) -> tuple[str | None, str] | None:
    """The date closing a short line after a label of a word or two ("Pressmeddelande 2024-04-08
    09:30", Winter CMS's post header): not a link, nothing after the date."""
    if ln.link or len(ln.text) > 60 or is_modified_date(ln.text) or not (found := find_swedish_date(ln.text)) \
            or not found[0] or not ln.text.endswith(found[1]):  # (not "Uppdaterad 2 apr 2024")
        return None
    return found if 1 <= len(ln.text[:ln.text.find(found[1])].split()) <= 2 else None


_BYLINE_AFTER = re.compile(r"\s((?:[Aa]v:?|[Bb]y:?|[Tt]ext:)\s+\S.*)$")
_TITLE_FIELD = re.compile(r"(?i)^(?:titel|title|rubrik)\s*:\s*(.+)$")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
_DATE_LABELS = re.compile(r"(?i)^(?:[\s|·•,:–-]|skapad|skapat|uppdaterad|uppdaterat|publicerad|publicerat|senast ändrad"
                          r"|created|updated|published|modified)*$")


def _dates_and_labels_only(text: str) -> bool:
    """A line of nothing but dates, times and their labels ("2024-04-18 09:15 Skapad 2024-05-02
    13:40 Uppdaterad"): the post's date fields."""
    rest, dates = text, 0
    while (found := find_swedish_date(rest)) and found[0] and dates < 4:
        rest, dates = rest.replace(found[1], " ", 1), dates + 1
    return dates > 0 and _DATE_LABELS.match(_TIME_OF_DAY.sub(" ", rest)) is not None


def _titled_as_terms(ln: Line) -> bool:
    """A short line whose element's title (a tooltip) or class says it holds the post's category or tags
    (Instant Articles' ``h3.op-kicker`` under the last author's name: no role of hers)."""
    return len(ln.text) <= 60 and ln.el is not None and (
        people.marked_as_terms(ln.el) or SECTION_CLASS.search(ln.el.get("class") or "") is not None
        or _FIELD_LABEL.search(ln.el.get("class") or "") is not None)  # (or a field's own label: Gesso's
    # ``div.c-field__label`` "Ämne" over the subject's link, no role of the author above it)


_FIELD_LABEL = re.compile(r"(?:^|\s)(?:c-)?field(?:__|-)label(?:\s|$)")


_AUTHOR_QUERY = re.compile(r"[?&]author=[^&#]+")


def _lines_after_name(seq: list[Line], name: str, reach: int = 3) -> list[str]:
    """The texts of the few lines after the line printing only the name (a field's value)."""
    at = next((i for i, ln in enumerate(seq) if ln.text == name), None)
    return [ln.text for ln in seq[at + 1: at + 1 + reach]] if at is not None else []


_TEXT_CREDIT = re.compile(r"(?i)^text(?: och foto| & foto)?\s*:\s*\S")  # "Text: Per Holm och Sara Nilsson"
_PUBLISHED_BY = re.compile(r"(?i)^publicera(?:t|d|des)\s+av\b")  # "Publicerat av: Jonas Persson 2024-06-05"


def _signs_with_a_title(author: by.Author, seq: list[Line], profile: Profile) -> bool:
    """A signer printed as one "Name, job title" line of the text ("Erik Sandberg, kommunikatör på
    Ekbacka Bostäder"): no desk, no press contact, no title and name read from an author box's lines."""
    name, role = author["name"], author["role"]
    return bool(role) and people.plausible_name(name, profile) and not people.is_desk(name, profile) \
        and "press" not in role and any(ends_in_role_word(w.strip(",."), profile) for w in role.split()) \
        and any(_DASH_SIGNED.sub(r"\1", ln.text).strip() == f"{name}, {role}" for ln in seq)  # (or after a slash:
    # "/ Nora Abdi, ordförande i …", a guest's sign-off on Blogger)


def _same_picture(a: str | None, b: str | None) -> bool:
    """Two absolute addresses of one picture file (a background's, an <img>'s), queries aside."""
    return bool(a and b) and (one := split_url(a))[1:3] == split_url(b)[1:3] and one.path != ""


def _leading_credit(el: Element, profile: Profile) -> tuple[str, str] | None:
    """(its text, the credit) of a caption's first child when that child is a credit alone ("Foto: Johan Ek")
    and nothing is printed before it."""
    first = _first_element(el)
    if first is None or (el.text or "").strip() or first.tag not in ("span", "div", "small", "em", "p"):
        return None
    shown = clean_text(text_content(first))
    rest, credit = split_credit(shown, profile)
    return (shown, credit) if credit and not rest and shown else None


def _photographer_field(el: Element, line_text: str) -> tuple[str, str] | None:
    """(the caption before it, the credit) of a caption holding an element its class calls the photographer's
    or the credit's (``<span class=du-image__photographer><svg …>Maja Ekström</span>``): the credit as printed,
    label or none; the caption what the box prints before the field (not a link after it). Only of a caption's
    own box, the line its whole text (not a banner's header holding its credit among the title's lines)."""
    if _PHOTOGRAPHER_CLASS.search(el.get("class") or "") and 0 < len(shown := shown_text(el)) <= 60 \
            and shown == " ".join(line_text.split()) and not shown.endswith(":"):
        return "", _with_term_label(el, shown)  # the caption's box itself classed as the credit, a name alone in it ("<figcaption
        # class=image-credit--large><svg camera-icon/><span>Emma Lund</span></figcaption>": Visit Halland's hero)
    captioned = _caption_classed(el, 0)
    field = next((d for d in el.iterdescendants("span", "small", "em", "div", "cite")
                  if _PHOTOGRAPHER_CLASS.search(cls := d.get("class") or "") or captioned and _BYLINE_CLASS.search(cls)),
                 None)
    if field is None or not (credit := shown_text(field)) or len(credit) > 80 or credit.endswith(":"):
        return None  # (nor the label alone, "Foto:", a paper's empty byline field under a picture)
    credit = _with_term_label(field, credit)
    shown = shown_text(el)
    if credit not in line_text or len(shown) > len(" ".join(line_text.split())) + 40:
        return None
    at = max(shown.find(credit), 0)
    before, after = shown[:at], shown[at + len(credit):]
    for a in el.iter("a"):  # (a button's link: "Dela" opening Vattenfall's caption, "Visa originalbild" after it)
        if (label := shown_text(a)) and ((a.get("href") or "#").startswith(("#", "javascript:")) or label in after):
            before, after = before.replace(label, " ", 1), after.replace(label, " ", 1)
    return " ".join(before.split()).strip(" ·|–-") or " ".join(after.split()).strip(" ·|–-,"), credit


def _with_term_label(field: Element, credit: str) -> str:
    """A credit field's value with its term's label before it, as printed ("<dt>Fotograf:</dt> <dd class=…
    photographer>Daniel Åström</dd>": Mynewsdesk's picture facts)."""
    if field.tag == "dd" and (term := _previous_element(field)) is not None and term.tag == "dt" \
            and (label := shown_text(term)).endswith(":") and len(label) <= 20:
        return f"{label} {credit}"
    return credit


_PHOTOGRAPHER_CLASS = re.compile(r"(?i)(?:^|[-_])(?:photographer|fotograf|photo-?credit|image-?credit|credit)"
                                 r"(?:--[a-z]+)?(?:$|\s)|(?:^|\s)[\w-]*(?:image|photo|media|figure)[\w-]*[-_]byline(?:$|\s)")
# (the class's last word: not the caption's own "image-credit__text" in a figcaption classed "image-credit"; or the
# picture's byline, Vasamuseet's "image-block__byline")
_BYLINE_CLASS = re.compile(r"(?:^|\s)byline(?:$|\s)")  # a caption's plain "byline" field, its photographer's (KSF
# Media's Mosaico: ``<div class=caption><span>…</span><span class=byline>Jonas Backström</span></div>``); elsewhere
# a post's own (WordPress's ``span.byline`` beside its date)


def _box_inside_text(el: Element, levels: int = 4) -> Element | None:
    """The small box of links the element opens, set between two blocks of running text, siblings of it
    (``<p>…</p><div class="read-more-block"><h2>Läs också</h2><ul><li><a>…</ul></div><p>…</p>``; a quote before
    or after it, a subheading's list after it: Specialfastigheter's ``aside.read-also`` over a quote)."""
    for box in (el, *islice(el.iterancestors(), levels)):
        if box.tag in ("body", "main", "article"):
            return None
        before, after = _past_slots(box, _previous_element), _past_slots(box, _next_element)
        if before is not None and after is not None and before.tag == after.tag == "div":
            alike = _classed_alike(before.get("class"), after.get("class"))
            before, after = _edge(before, last=True), _edge(after, last=False)  # (text blocks of their own around
            # the box: Umbraco's ``div.block--text`` ending in a subheading, ``div.block--readalso``, then the next)
            if before is not None and before.tag in ("h2", "h3", "h4"):
                before = _previous_element(before)
            if alike and after is not None and after.tag in ("h2", "h3", "h4") \
                    and (under := _next_element(after)) is not None and under.tag == "p":
                after = under  # (the next block of the text, of the same kind, opening with its subheading: Telia's
                # ``div.rich-text``; not a disclaimer's box under its heading, Handelsbanken's "Viktig information")
        if before is not None and after is not None and (
                before.tag in ("p", "blockquote") or before.tag in ("ul", "ol") and _under_subheading(before)) and (
                after.tag in ("p", "blockquote") or after.tag in ("ul", "ol") and _next_element(box).tag in ("h2", "h3", "h4")) \
                and len(text_content(before)) >= 40 and ((shown := len(text_content(after))) >= 100
                                                          or shown >= 60 and (_next_element(box).tag in ("h2", "h3", "h4")
                                                                              or _paragraph_follows(after))) \
                and len(set(map(methodcaller("get", "href"), links := [
                    a for a in box.iter(etree.Element) if a.tag == "a" or "-" in a.tag and a.get("href")]))) <= 4:
            # (a design system's link elements too, ``<telia-link href>``); (a shorter paragraph under the text's next
            # subheading: "Under de första åtta månaderna … De vanligaste ärendena var" over its list; or one the
            # text's next paragraph follows, Lerums Tidning's "Hyresgästföreningen i Lerum välkomnar bytet …"); (four
            # addresses at most: a card links its picture, title and "Läs mer" to one post, Squarespace's summary block)
            rest = " ".join(text_content(box).replace(text_content(el), "", 1).split())  # the box's words past its
            # label (its markup's indentation no word)
            return box if len(rest) <= 400 and sum(len(text_content(a)) for a in links) * 2 >= len(rest) else None
            # (mostly links)
    return None


def _paragraph_follows(el: Element) -> bool:
    """Another paragraph of running text right after the element."""
    return (after := _next_element(el)) is not None and after.tag == "p" and len(text_content(after)) >= 60


def _edge(el: Element, last: bool, levels: int = 3) -> Element | None:
    """The last (or first) element inside a block of wrappers: the text's paragraph or subheading at its edge."""
    for _ in range(levels):
        children = [c for c in el if isinstance(c.tag, str)]
        if not children:
            return None
        el = children[-1] if last else children[0]
        if el.tag not in ("div", "section"):
            return el
    return None


def _under_subheading(el: Element) -> bool:
    """A list of the text's own words right under a subheading (Lidingö's "Fyra förslag" over its numbered
    list) or under the paragraph it ends ("… rekommenderar bland annat att" over its items: an agency's)."""
    prev = _previous_element(el)
    return prev is not None and (prev.tag in ("h2", "h3", "h4") or prev.tag == "p" and len(text_content(prev)) >= 40
                                 and sum(len(text_content(a)) for a in el.iter("a")) * 2 < len(text_content(el)))


def _past_slots(box: Element, step: Any, most: int = 2) -> Element | None:
    """The element beside ``box`` (``step``: previous or next), past at most two that are a subheading or
    a ``<div>`` of a few words (an ad slot's "Annons"; not a rule, ``<hr>``, over the press contacts)."""
    el = step(box)
    for _ in range(most):
        if el is None or not (el.tag in ("h2", "h3", "h4") or el.tag == "div" and len(text_content(el).strip()) <= 20):
            break
        el = step(el)
    return el


def _empty_box(el: Element) -> bool:
    """A <div>, <span> or <p> holding nothing at all, or only a comment or a named anchor (Sitevision's ``<div
    id="Bildtext"><!-- Bildtext --></div>``, ``<div id="Bildtext"><a name="Bildtext"></a></div>``): a field the page
    left empty, or an anchor."""
    return el.tag in ("div", "span", "p") and not (el.text or "").strip() \
        and all((not isinstance(c.tag, str) or c.tag == "a" and not c.get("href") and not len(c) and not c.text)
                and not (c.tail or "").strip() for c in el)


def _right_after_picture(el: Element) -> bool:
    """An element right after a picture of its own (``<img class="cover-image">`` then ``<p
    class="cover-caption">Foto: …</p>``, SvelteKit's blog; ``<p><img></p>`` then ``<p><font>Foto: …``,
    PHP-Nuke's story): the picture's caption line."""
    prev = _previous_element(el)
    while prev is not None and _empty_box(prev):
        prev = _previous_element(prev)  # (an empty caption field before the credit's: deGov's ``div.image__caption``)
    if prev is None and (box := el.getparent()) is not None and box.tag in ("span", "div", "ul", "ol") \
            and sum(1 for c in box if isinstance(c.tag, str) and not _empty_box(c)) == 1 \
            and not (box.text or "").strip():
        return _right_after_picture(box) or _on_background_picture(el)  # the caption's own wrapper after the
        # picture's box (Magazine 7's ``div.post-thumbnail`` then ``span.aft-image-caption > p``; a list of one,
        # ``ul.page-hero__credits > li``, after the hero's ``<picture>``)
    if prev is None:
        return _on_background_picture(el)
    return prev.tag in ("img", "picture") or prev.tag in ("a", "div", "span", "p") \
        and (next(prev.iter("img"), None) is not None or _background_picture(prev)) and not text_content(prev).strip() \
        or _on_background_picture(el)


def _address_words(text: str) -> set[str]:
    """The words of four letters or more in a file name or an address's path."""
    return {w for w in re.split(r"[^a-zåäö]+", text.casefold()) if len(w) >= 4}


_HERO_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:hero|cover|featured-image)(?:$|[\s_-])")  # a page's big picture
# (Twenty Seventeen's ``div.single-featured-image-header`` over the post)
_ARTICLE_HERO = re.compile(r"(?i)(?:article|post|entry|story|news)[-_]{1,2}(?:hero|cover)|featured-image")  # the
# post's own
_BACKGROUND_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:bg|background|hero|cover|banner)[-_]?(?:img|image|photo)(?:$|[\s_-])")


def _in_card_link(ln: Line, levels: int = 3) -> bool:
    """A line inside a link that holds another block of text too (a card: its title and description), the one
    card of its box (the post after this one; not a list of such cards, a listing's)."""
    a = next((el for el in islice(ln.el.iterancestors(), levels) if el.tag == "a"), None) if ln.el is not None else None
    if a is None or not any(el is not ln.el and el.tag in BLOCK_TAGS and (el.text or "").strip()
                            and not has_ancestor(ln.el, {el}) for el in a.iterdescendants()):
        return False
    parent = a.getparent()
    return parent is None or sum(1 for sib in parent if sib.tag == "a" and next(sib.iter("p", "div"), None) is not None) == 1


def _italic_under_picture(ln: Line, picture: Element) -> bool:
    """A short paragraph all in italics (maybe inside a styling span) right after the box that holds only
    ``picture``: its paragraph or figure (Markdown's ``*caption*``), or the cover's box before the text's
    (one.com's builder: the cover, then "<p><span><em>…</em></span></p>" opening the text)."""
    el = ln.el
    if el is None or el.tag != "p" or len(ln.text) > 200:
        return False
    inner = el
    for _ in range(3):
        if len(inner) != 1 or (inner.text or "").strip() or (inner[0].tail or "").strip() \
                or inner[0].tag not in ("span", "em", "i"):
            return False
        inner = inner[0]
        if inner.tag in ("em", "i"):
            break
    if inner.tag not in ("em", "i"):
        return False
    box = el
    for _ in range(2):  # (the text's first paragraph: the box before the text's)
        if box.getprevious() is not None or box.getparent() is None:
            break
        box = box.getparent()
    prev = box.getprevious()
    return prev is not None and prev.tag in ("p", "figure", "div") and not text_content(prev).strip() \
        and any(img is picture for img in prev.iter("img"))


def _avatar_links(box: Element, profile: Profile) -> list[str]:
    """The names of the links in ``box`` that each hold an avatar its ``alt`` calls the author's, then the name."""
    names = []
    for a in box.iter("a"):
        img = next(a.iter("img"), None)
        if img is None or not _AUTHOR_AVATAR.search(img.get("alt") or ""):
            continue
        name = clean_text(text_content(a))
        if people.plausible_name(name, profile) or people.is_desk(name, profile):
            names.append(name)
    return names


def _background_picture(el: Element) -> bool:
    """A box showing a picture as its CSS background: ``style="background-image: url(…)"``, or
    an empty box classed so (``<div class="bg-img">``, its picture set in a stylesheet: Hermit)."""
    return "background-image" in (el.get("style") or "") and "url(" in el.get("style", "") \
        or bool(_BACKGROUND_CLASS.search(el.get("class") or ""))


def _on_background_picture(el: Element) -> bool:
    """An element inside a banner whose picture is its CSS background, holding little else
    (Lektor's ``<div class="page-banner" style="background-image: …"><p>Foto: …</p>``), or such a banner holding
    one short line itself (``<div class="case-hero__media" style="background-image: …"><span>Bild: …</span>``)."""
    if _background_picture(el) and len(shown_text(el)) <= 60:
        return True
    for box in islice(el.iterancestors(), 2):
        if _background_picture(box):
            return len(shown_text(box)) <= len(shown_text(el)) + 40
    return False


_DESK_IN_PLACE = re.compile(r"(\S+(?: \S+)?) (?:i|på|hos) ([A-ZÅÄÖ][\wåäö-]+)(?: (?:kommun|stad|län|region))?")
# ("Sverigedemokraterna i Malmö", "Tillgänglighetsrådet i Norrbacka kommun", "Teamet på Tassebo")


def _desk_name(name: str, profile: Profile) -> list[str]:
    """A desk's account named as a person ("Allmännyttans redaktion" in JSON-LD ``author``), or a body whose name
    opens with its brand in lower case ("naturum Höga Kusten"), as one name."""
    name = clean_text(name)
    return [name] if 0 < len(name) <= 60 and (name[:1].isupper() and people.is_desk(name, profile)
                                              or people.lower_case_brand(name, profile)) \
        and not people.name_stoplist(profile).search(name) else []  # (not a placeholder: "Unknown", Grav's JSON-LD)


def _shown_chars(el: Element) -> int:
    """The length of an element's text as shown: a template's indentation is no text."""
    return len(shown_text(el))


def _visible_chars(el: Element) -> int:
    """Characters of text a reader could see under ``el`` (scripts and styles left out)."""
    return sum(len(t.strip()) for t in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"))


def _call_to_action_boxes(index: Any, marks: dict) -> None:
    """A box its class calls a call to action, a line and a button ("<div class=c-inline-cta><p>Vill du att fler
    gårdar blir gröna? Som Vän med WWF stöttar du …</p><a class=c-button>Bli Vän</a></div>" between the text's
    paragraphs): an appeal of the site's, no text of the post."""
    for name, elements in index.by_class.items():
        if not _CTA_CLASS.search(name):
            continue
        for box in elements:
            if box.tag not in ("body", "main", "article") and next(box.iter("a", "button"), None) is not None \
                    and _shown_chars(box) <= 300:
                marks.setdefault(box, set()).add("boiler")


_CTA_CLASS = re.compile(r"(?i)(?:^|[_-])cta(?:[_-]{1,2}(?:box|block|banner|inline|wrapper|container))?"
                        r"(?:__[0-9a-z]{5}|_[0-9a-z]{5}_\d+|_\d+)?$|^et_pb_promo$")  # (or a CSS module's: Next.js'
# "BookingCta_cta__Gh3sP", Vite's "_inline-cta_8r2dn_70"; or a page builder's call to action module: Divi's
# "et_pb_cta_0", "et_pb_promo")


def _signup_boxes(index: Any, marks: dict, profile: Profile) -> None:
    """A newsletter box inside the text ("Prenumerera på nyhetsbrevet", a line, an e-mail
    field): the form is chrome already; its heading and pitch around it are too. So is such a
    box whose button leads to the sign-up page instead."""
    for form in index.by_tag.get("form", ()):
        if not any((i.get("type") or "").lower() == "email" or "mail" in (i.get("name") or "").lower()
                   for i in form.iter("input")):
            continue
        if any(True for _ in form.iter("textarea")):
            continue  # a comment or contact form asks for a text, a sign-up never does
        box = None
        inside = set(form.iter("a"))
        for a in form.iterancestors():
            if a.tag in ("body", "article", "main") or len(text_content(a)) - len(text_content(form)) > 400 \
                    or a.tag == "footer" and sum(1 for x in a.iter("a") if x not in inside) >= 3:
                break  # (a post's <footer> holding its byline, terms and related links besides the form: Zola's
            box = a  # after-dark)
        if box is not None:
            marks.setdefault(box, set()).add("boiler")
    # a box without a form: a heading ("Prenumerera på vårt nyhetsbrev", or "Få nyheterna direkt" over "… vårt
    # nyhetsbrev": BLOX), a line, and a button to the sign-up page (Wagtail's news template); found from its
    # buttons, which are few, up to the box holding a heading
    for button in (b for tag in ("a", "button") for b in index.by_tag.get(tag, ())):
        if not (_SIGNUP_PATH.search(button.get("href") or "")  # a link to the sign-up page, or a button
                or (button.tag == "button" or button.get("role") == "button" or _BUTTON_CLASS.search(button.get("class") or ""))
                and profile.matches("words", "signup_calls", shown_text(button))):
            continue
        para = next((a for a in islice(button.iterancestors(), 2) if a.tag == "p"), None)
        if para is not None and _SIGNUP_PATH.search(button.get("href") or "") and len(pitch := shown_text(para)) <= 200 \
                and _NEWSLETTER.search(pitch) and profile.matches("words", "signup_calls", pitch):
            marks.setdefault(para, set()).add("boiler")  # one line of the text's own asking for sign-ups: "Prenumerera
            continue  # på vårt nyhetsbrev … <a>Anmäl dig här</a>." (Memoirs' closing line)
        for box in islice(button.iterancestors(), 4):
            if box.tag in ("body", "article", "main") or _shown_chars(box) > 400 \
                    or box.tag == "footer" and sum(1 for x in box.iter("a") if x is not button) >= 3:
                break  # (a post's <footer> around the box: its byline, terms and related links stay)
            heading = next(box.iter("h2", "h3", "h4", "h5", "h6"), None)
            if heading is None or len(title := shown_text(heading)) > 80:
                continue
            if profile.matches("words", "signup_headings", title) or _NEWSLETTER.search(shown_text(box)):
                marks.setdefault(box, set()).add("boiler")
                break


def _paywall_boxes(index: Any, marks: dict) -> None:
    """A box classed as the paywall ("paywall", "c-paywall__box"), short and holding a link or a button:
    the offer to buy the rest ("Läs vidare – prova för 1 kr", its selling points and "Logga in"), no
    text of the post. A box so classed holding the locked text itself (a long paragraph) is left alone."""
    for box in _classed(index, "paywall"):
        if box.tag not in _BOX_TAGS or box in marks and "boiler" in marks[box] or _shown_chars(box) > 800:
            continue  # (Bloomberg classes each locked paragraph of the text "paywall": not a box)
        if next(box.iter("a", "button"), None) is None or any(len(text_content(p)) >= 250 for p in box.iter("p")):
            continue
        marks.setdefault(box, set()).add("boiler")


def _newsletter_pitches(index: Any, marks: dict) -> None:
    """A short box classed as the newsletter's, its text a pitch naming the newsletter ("<div
    class=journal-article__newsletter><p>Vill du läsa fler historier …? Anmäl dig till nyhetsbrevet längst ner på
    sidan.</p>", Urbanears' journal): a call to sign up, no text of the post, though it holds no form or button."""
    for box in _classed(index, "newsletter"):
        if box.tag in _BOX_TAGS and _shown_chars(box) <= 300 and _NEWSLETTER.search(shown_text(box)):
            marks.setdefault(box, set()).add("boiler")


def _letter_avatars(index: Any, marks: dict) -> None:
    """An avatar drawn as its person's initial (``<div class=individual-letter-avatar>A</div>`` before "Anna
    Berg", Notion's person property): a picture made of a letter, no word of the name beside it."""
    for box in _classed(index, "avatar"):
        if 1 <= len(shown := shown_text(box)) <= 2 and shown.isalpha() and len(box) == 0:
            marks.setdefault(box, set()).add("boiler")


def _classed(index: Any, word: str) -> list[Element]:
    """The elements one of whose class names holds ``word`` ("paywall" in "c-paywall__box")."""
    return [el for token, els in index.by_class.items() if word in token.lower() for el in els]


_BOX_TAGS = {"div", "section", "aside", "footer", "form"}
_DURATION = re.compile(r"\d{1,2}(?::\d{2}){1,2}")  # a clip's length shown on its poster
_SIDE_BOX = re.compile(r"(?i)widget|sidebar|side-bar|secondary")  # (any box of a side column: "widget" too, which
# the page-level sidebar test leaves to its selectors)
_NEWSLETTER = re.compile(r"(?i)\b(?:nyhetsbrev\w*|newsletters?)\b")
_BUTTON_CLASS = re.compile(r"(?i)btn|button")
_SIGNUP_PATH = re.compile(r"(?i)/(?:nyhetsbrev|newsletter|subscribe|prenumerera)\b")
_PERMALINK_MARKS = {"", "¶", "#", "§", "🔗", "⚓", "\uf0c1"}


def _permalink_anchors(index: Any, marks: dict) -> None:
    """A heading's own permalink ("¶" after every heading of MkDocs, Sphinx, Docusaurus):
    a fragment link showing a mark, never part of the headline or the text."""
    for a in index.by_tag.get("a", ()):
        if not (href := a.get("href") or "").startswith("#"):
            continue
        if text_content(a).strip() in _PERMALINK_MARKS \
                and ("headerlink" in (a.get("class") or "").split()  # Sphinx's, after a caption too
                     or any(p.tag in HEADINGS for p in a.iterancestors())):
            marks.setdefault(a, set()).add("boiler")
        elif (heading := next((p for p in a.iterancestors() if p.tag in HEADINGS), None)) is not None \
                and unquote(href[1:]) == heading.get("id") and len(label := shown_text(a)) <= 40 \
                and shown_text(heading) != label:  # an icon and its label for screen readers ("Länk till
            marks.setdefault(a, set()).add("boiler")  # rubriken", hugo-coder) beside the heading's own words


def _post_meta_navs(index: Any, marks: dict) -> None:
    """A <nav> holding the post's date and a link to its author's page, among few links, is the
    post's own metadata column (MkDocs Material's post sidebar), not a site menu: it is read,
    with the sidebar boxes around it that hold nothing else, and its first <time> dates the post."""
    for nav in index.by_tag.get("nav", ()):
        if "boiler" not in marks.get(nav, ()) or any(p.tag == "nav" for p in nav.iterancestors()):
            continue
        links = [a.get("href") or "" for a in nav.iter("a")]
        if len(links) <= POST_META_LINKS and next(nav.iter("time"), None) is not None \
                and any(people.AUTHOR_PATH.search(split_url(h).path or "") for h in links):
            size = len(text_content(nav))
            boxes = [nav, *nav.iterdescendants("nav")]
            for box in nav.iterancestors():
                if box.tag in ("body", "main", "article") or len(text_content(box)) > size + 100:
                    break
                boxes.append(box)
            for el in boxes:
                marks.get(el, set()).discard("boiler")
            marks.setdefault(nav, set()).add("postmeta")
            marks.setdefault(next(nav.iter("time")), set()).add("date")  # its first date is the post's




def _dated_list_navs(index: Any, marks: dict) -> None:
    """A <nav> whose items are dated links, three or more, each item a date and one post's link ("14.6.2021 --
    <a>Sommarjobb för 40 unga</a>", Hugo SAM's list of posts set in ``nav[role=navigation]``): the page's list of
    posts, read, not a site menu. Not one inside the page's header or footer."""
    for nav in index.by_tag.get("nav", ()):
        if "boiler" not in marks.get(nav, ()) or any(p.tag in ("nav", "header", "footer", "aside") or _SIDE_BOX.search(
                p.get("class") or "") or "boiler" in marks.get(p, ()) for p in nav.iterancestors()):
            continue  # (a side column's "Senaste inlägg" widget set in a <nav>: Twenty Seventeen's)
        if not has_digit(text_content(nav)):
            continue  # (a site menu, most navs: no date in it)
        items = [li for li in nav.iter("li") if len(list(li.iter("a"))) == 1]
        dated = [li for li in items if has_digit(text := text_content(li))
                 and (found := find_swedish_date(text)) and found[0]]
        if len(dated) >= 3 and 2 * len(dated) >= len(items):
            marks[nav].discard("boiler")


def _post_meta_cards(index: Any, marks: dict, profile: Profile, reach: int = 4) -> None:
    """A small box in a sidebar holding the post's date and links to its authors' pages, among
    few links (ABlog's postcard in a Sphinx theme's sidebar: "05 March 2025", "Author: Karin
    Lindqvist, Omar Haddad"): the post's metadata, read, while the rest of the sidebar ("Recent
    Posts", "Archives") stays chrome. Only one such box: a widget's list of posts, each with its
    author and date, is no post's metadata, nor is a box linking a title."""
    found: dict[Element, Element] = {}
    for a in index.by_tag.get("a", ()):
        if not (people.AUTHOR_PATH.search(href := a.get("href") or "") or _term_archive(href, profile)) \
                or not any("boiler" in marks.get(up, ()) for up in a.iterancestors()):
            continue  # (its author's link, or with no author its category's and tags': ABlog's postcard)
        box, day = a, None
        for _ in range(reach):
            box = box.getparent()
            if box is None or "boiler" in marks.get(box, ()) and box.tag in ("nav", "header", "footer") \
                    or len(text_content(box)) > 600 or sum(1 for _ in box.iter("a")) > POST_META_LINKS:
                box = None
                break
            day = next((el for el in box.iter() if len(el) == 0 and el.text and len(el.text.strip()) <= 40
                        and date_line(el.text.strip(), profile)
                        and not is_modified_label(text_content(el.getparent()).strip())), None)
            if day is not None:
                break
        if box is not None and day is not None \
                and not any(len(text_content(link).split()) >= 4 for link in box.iter("a")) \
                and (people.AUTHOR_PATH.search(href) or all(_term_archive(link.get("href") or "", profile)
                                                           for link in box.iter("a"))):
            found[box] = day  # (a card found from a term link links terms only)
    if len(found) != 1:
        return
    [(box, day)] = found.items()
    path = [box, *box.iterancestors()]
    top = max((i for i, up in enumerate(path) if "boiler" in marks.get(up, ())), default=-1)
    if top < 0 or next(path[top].iter("h1"), None) is not None \
            or any("title" in flags and has_ancestor(el, {path[top]}) for el, flags in marks.items()):
        return  # not in chrome, or in a box holding the page's headline (or the title hook's, Blogger's
        # h3.entry-title beside its share bar): the post's own, not a sidebar
    for child, up in zip(path[:top], path[1:top + 1]):  # read the path down to the card, and only it
        marks.get(up, set()).discard("boiler")
        for sibling in up:
            if sibling is not child and isinstance(sibling.tag, str):
                marks.setdefault(sibling, set()).add("boiler")
    marks.get(box, set()).discard("boiler")
    marks.setdefault(box, set()).add("postmeta")
    marks.setdefault(day, set()).add("date")


_AUTHOR_AVATAR = re.compile(r"(?i)\b(?:avatar|portrait|porträtt|profilbild) (?:of|för|av) (?:the )?(?:author|writer|"
                            r"författaren|skribenten)\b|^(?:author|writer|författar|skribent)(?:ens|s)? ?(?:avatar|"
                            r"portrait|porträtt|profilbild)$")


def _term_archive(href: str, profile: Profile) -> bool:
    """A link to a category's or tag's own archive page (not a list filtered by a query, "?replytocom=…")."""
    return "?" not in href and "#" not in href and is_term_link(href, profile)


def _machine_date(el: Element | None) -> str | None:
    """The date an element (or one inside it) states for machines in a ``content`` or
    ``datetime`` attribute (RDFa ``dc:date``, microdata), as an ISO day."""
    for node in el.iter() if el is not None else ():
        if (value := node.get("content") or node.get("datetime")) and (day := parse_structured_date(value)):
            return day
    return None


_HEADLINE_CLASS = re.compile(r"(?:^|[-_])(?:headline|title)$")


# (a CSS module's hash after it; a React component's camel-case name: "imageCaption", "captionElement_4c2a1e0f")
_CAPTION_CLASS = re.compile(r"(?:^|[-_]|(?<=[a-z]))(?:[cC]aption|[bB]ild[tT]ext|(?<![-a-z])image-text|(?<=[-_])imagetext)"
                            r"(?:[A-Z][a-z]+)?(?:__?[A-Za-z0-9]{4,8})?$|^cmp-image__title$|^imagetext$")  # (Micasa's ``p.image-text``
# under the picture; a BEM block's element, HSB's ``p.news-page__image-text``; not a hero's "hero-image-text"; a county
# board's SharePoint ``span.lst-imagetext``; AEM's core image component's title shown as its caption, Hilti's; a bare
# "p.imagetext" under the main picture, KappAhl's EPiServer)


@lru_cache(maxsize=4096)  # a site's class names repeat from page to page
def _is_caption_class(name: str) -> bool:
    return _CAPTION_CLASS.search(name) is not None


def _figure_paragraphs(index: Any, marks: dict) -> None:
    """A <figure> with no <figcaption>, its picture and then one paragraph, all its text: that paragraph is the
    picture's caption (Hugo PaperMod's cover, "<figure class=entry-cover><img …><p>…</p></figure>")."""
    for fig in index.by_tag.get("figure", ()):
        paragraphs = [c for c in fig if c.tag == "p"]
        if len(paragraphs) == 1 and next(fig.iter("figcaption", "blockquote"), None) is None \
                and (img := next(fig.iter("img"), None)) is not None \
                and index.position.get(img, 0) < index.position.get(paragraphs[0], 0) \
                and 0 < len(text := shown_text(paragraphs[0])) <= 300 and shown_text(fig) == text:
            marks.setdefault(paragraphs[0], set()).add("caption")


def _caption_boxes(index: Any, marks: dict, profile: Profile) -> None:
    """A box classed as a caption ("thumbnail-caption", "image-caption") beside a picture in
    their own small box (Responsive's featured image): the picture's caption, as a
    ``figcaption`` would be."""
    for el in {el for name, els in index.by_class.items() if _is_caption_class(name) for el in els}:
        if el.tag == "span" and _TEXT_OF_IMAGE.search(el.get("class") or "") \
                and (box := el.getparent()) is not None and box.tag in BLOCK_TAGS \
                and (text := shown_text(el)) and shown_text(box) == text \
                and (img := next(box.iter("img"), None)) is not None \
                and ("cmp-image__title" not in (el.get("class") or "") or not any(
                    top < index.position.get(p, 0) < index.position.get(img, 0) and len(shown_text(p)) >= 80
                    for top in [index.position.get(next(iter(index.by_tag.get("h1", ())), None), 0)]
                    for p in index.by_tag.get("p", ()))):  # (AEM's title only under a picture over the text: a
            # picture's in the text is its own, under a hero with none, Stena Line's)
            marks.setdefault(box, set()).add("caption")  # all the text of the picture's box: its line is the caption
            continue  # (SharePoint's ``<div class=lst-mainimage><img …><span class=lst-imagetext>…</span></div>``)
        if el.tag not in BLOCK_TAGS or el.tag == "figcaption" \
                or "caption" in marks.get(el, ()) or next(el.iter("img"), None) is not None:
            continue  # (a block of its own: a span classed so may sit inside a line of text; not WordPress's
            # "wp-caption", the box around picture and caption)
        parent = el.getparent()
        if parent is None or len(shown_text(el)) > 300:
            continue
        beside = next(parent.iter("img"), None) is not None and len(shown_text(parent)) <= len(shown_text(el)) + 40
        # or first under the box right after the picture's own box (Quintype's hero, then its caption)
        after = el is next((c for c in parent if isinstance(c.tag, str)), None) and (prev := parent.getprevious()) is not None \
            and isinstance(prev.tag, str) and next(prev.iter("img"), None) is not None and not shown_text(prev)
        # or right after the picture's box, which holds no more than its credit (Drupal's caption field
        # after the media field: the picture and "Foto: Ola Hed")
        right_after = el.tag not in _SECTIONING and next(el.iter(*HEADINGS), None) is None \
            and (prev := _previous_element(el)) is not None \
            and next(prev.iter("img"), None) is not None and len(shown_text(prev)) <= 40  # (a photo post's text
        # is a <section class="caption">, Chyrp's, or a
        # "div.caption" under its own headline, Tumblr's)
        if beside or after or right_after or el.tag not in _SECTIONING \
                and _picture_box_before(el, profile) is not None:  # (or first after the picture's own box)
            marks.setdefault(el, set()).add("caption")


def _term_field(el: Element, text: str) -> bool:
    """The text is a field of the element its class calls the post's category or section ("<span class=
    news-article__category>MTR Tunnelbanan</span>" before the date: MTR's news), no one's name."""
    return any(SECTION_CLASS.search(d.get("class") or "") and shown_text(d) == text for d in el.iter()
               if isinstance(d.tag, str))


def _copy_for_noscript(img: Element) -> bool:
    """A picture in the <noscript> right after its placeholder: the copy ``image.source`` reads the placeholder
    through, not a second picture."""
    box = img.getparent()
    placeholder = _previous_element(box) if box is not None and box.tag == "noscript" else None
    return placeholder is not None and placeholder.tag == "img" and noscript_copy(placeholder) is img


def _italics_under_pictures(index: Any, marks: dict) -> None:
    """A paragraph opening with a picture, then its text all in italics ("<p><img …><br><em>Nattvandrarna samlas i
    lobbyn …</em></p>", an editor's picture set in the text: First Hotels'): the picture's caption."""
    for img in index.by_tag.get("img", ()):
        holder = img.getparent()
        if holder is not None and holder.tag == "a" and not (holder.text or "").strip():
            holder, img = holder.getparent(), holder  # (the picture in its link)
        if holder is None or holder.tag != "p" or (holder.text or "").strip() \
                or next((c for c in holder if isinstance(c.tag, str)), None) is not img:
            continue
        text = shown_text(holder)
        if 0 < len(text) <= 300 and any(shown_text(i) == text for i in holder.iter("em", "i")):
            marks.setdefault(holder, set()).add("caption")


_TEXT_OF_IMAGE = re.compile(r"(?i)(?:^|[-_])(?:imagetext|bildtext)(?:\s|$)|(?:^|\s)cmp-image__title(?:\s|$)")  # a
# caption's span by its Swedish or SharePoint name, or AEM's image title (not the "pb-caption" or
# "article-header-caption" other paths read)


def _heads_contact_box(ln: Line) -> bool:
    """A heading saying whom to call ("Kontakt", "Har du frågor?") over a box classed as contacts; or that label in
    bold opening it ("<div class='mfn-footer mfn-contacts'><p><strong>För ytterligare information, kontakta:</strong>
    <br>…": MFN's release)."""
    if ln.el is None or not (ln.heading or len(ln.text) <= 60 and (any(
            shown_text(b) == ln.text for b in ln.el.iter("strong", "b")) or _HEADING_CLASS.search(ln.el.get("class") or ""))):
        return False  # (or a paragraph classed as the box's heading: Setterwalls' ``p.contact-box__heading``)
    box = _contact_box(islice(chain([ln.el], ln.el.iterancestors()), 5))  # (the portlet's content box inside
    # Sitevision's ``div.mora-contact`` layout; not a box holding the page's title, which the ones above it hold too;
    # or the label's own paragraph, "<p class=kontakt><strong>Kontaktpersoner</strong><br>…", a Joomla article's)
    return box is not None and next((h for h in box.iter("h1") if h is not ln.el), None) is None and (  # (its own
        # heading may be an <h1>: Sitevision's "<section class='box press-contacts'><h1 class=box-title>")
        by.is_contact_label(ln.text) or (under := _next_element(ln.el)) is not None
        and _CALL_US.match(clean_text(text_content(under))) is not None)  # "Vill din förening energieffektivisera?"
    # over "Kontakta HSB Stockholms energirådgivning så …" (HSB's ``div.contact-box``)


_SCREEN_READER = re.compile(r"(?i)(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|hide-accessible)"
                            r"(?:\s|$)")  # text shown to screen readers only
_CONTACT_BOX = re.compile(r"(?i)contact|kontakt")
_HEADING_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:heading|title|rubrik)(?:[\s_-]|$)")


def _contact_box(boxes: Iterable[Element]) -> Element | None:
    """The first of the boxes, up to the article's, its class calls the contacts ("contact-box", "kontaktruta"), or
    its block's name (a CMS block's ``data-block="contact"`` under hashed class names: Knowit's Chakra UI; a
    component's, ``data-scope-component="PressContactBlock"``, Polarn O. Pyret's)."""
    return next((b for b in takewhile(lambda b: b.tag not in ("article", "main", "body"), boxes)
                 if _CONTACT_BOX.search(b.get("class") or "")
                 or any(_CONTACT_BOX.search(b.get(name) or "") for name in _COMPONENT_NAMES)), None)


def _in_contact_box(el: Element, levels: int = 3) -> bool:
    """The element, or a box a few levels around it, is a contacts' box."""
    return _contact_box(islice(chain([el], el.iterancestors()), levels + 1)) is not None
_SENDER = re.compile(r"(?i)^avsändare\s*:\s*(.+)$")
_SENDER_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:sender|avsandare|avsändare)(?:[\s_-]|$)")
_PAGE_INFO = re.compile(r"(?i)sidinformation|om sidan|information om sidan")
_PAGE_PUBLISHED = re.compile(r"(?i)^sidan (?:publicerad|publicerades)\b")  # the page information's date line
_ROLE_FIELD_WORD = re.compile(r"(?i)title|role|position|job")  # a byline's field for the writer's title
_PAGE_PUBLISHER = re.compile(r"(?i)^sidan (?:publicerad|publicerades)"
                             r"(?:\s+(?:den\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[^\W\d_]+\s+\d{4}))?"
                             r"\s+av\s*[:•·|–-]?\s*(.*)$")  # (its date before the name: "Sidan publicerad
# 2024-03-14 av Anna Persson", Sitevision's page information)
_PAGE_EDITOR = re.compile(r"^(?:Ansvarig\s+r|R)edaktör(?:er)?\s*:\s*([^|]*)")  # the page's editor in its information
# ("Redaktör: Lisa Wikström", Umeå universitet's foot; "Ansvarig redaktör: Karin Edlund | Publicerad: …", an
# Episerver page's info line), or its editors, a field each ("Redaktörer:" over two, 1177's)
# A full stop before a capital: a sentence ends there, not at a shortened word's ("leg. psykolog"), where shape's
# _SENTENCE_BREAK, made for credits, would cut
_STOP_BEFORE_CAPITAL = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
# "För Hagakyrkans församlingsstyrelse", "På uppdrag av styrelsen": on whose behalf the signer under it signs
_ON_BEHALF = re.compile(r"^(?:För|På uppdrag av|Å)\s+(?:[A-ZÅÄÖ][^.!?:]{2,55}|(?:styrelsen|föreningen|församlingen)"
                        r"[^.!?:]{0,55})$")
# A press release's place and date over its signature ("Stockholm den 8 februari 2024", "Nyköping, 2020-09-14")
_PLACE_AND_DATE = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){0,2},?\s+(?:den\s+)?"
                             r"(?:\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d\d-\d\d)$")
# The company or its board signing it: "Klövern AB (publ)", "BOSTADSSTADEN AB", "Styrelsen i Bostadsstaden AB"
_COMPANY_SIGNS = re.compile(rf"^(?:Styrelsen (?:i|för) )?{people.COMPANY_NAME.pattern}$")


# A board or working group of an association signing its post: "Styrelsen i Syltkoket Gläntan"
_BOARD_SIGNS = re.compile(r"^(?:Styrelsen|Valberedningen|Arbetsgruppen|Kommittén) (?:i|för) [A-ZÅÄÖ][^.!?:,;]{2,50}$"
                          r"|^[A-ZÅÄÖ][^.!?:,;]{2,50}s (?:styrelse|valberedning|arbetsgrupp|kommitté)$"
                          r"|^[A-ZÅÄÖ][^\s.!?:,;]*(?:teamet|gruppen|laget)"
                          r"(?: (?:på|i|för|vid) [A-ZÅÄÖ][^.!?:,;]{2,50})?$")
# (or its name in the genitive first: "Syföreningen Stygnets styrelse"; or a team's: "Dagkolloteamet på Ängshem",
# a Mailchimp newsletter's closing)


def _board_signing(body: list[Line]) -> list[by.Author]:
    """The text's last line, in italics and alone in its paragraph under the text's last paragraph in the same box,
    naming an association's board: the board signs the post, kept as printed (a jam club's Jimdo post)."""
    if len(body) < 2 or (sig := body[-1]).el is None or body[-2].el is None or not sig.whole \
            or not _BOARD_SIGNS.match(sig.text) or not _in_italics(sig.el):
        return []
    box = sig.el.getparent()
    above = [ln for ln in body[-3:-1] if ln.el is not None and ln.el.getparent() is box]
    return [{"name": sig.text, "role": None, "as_printed": True}] \
        if above and above[-1] is body[-2] and any(len(ln.text) >= 80 for ln in above) else []  # (the last
    # paragraph may be a short greeting in bold over it: "Välkommen till Björkgården! …")


def _item_of_a_list(el: Element | None) -> bool:
    """The element is one of three or more items of a list."""
    box = el.getparent() if el is not None and el.tag == "li" else None
    return box is not None and box.tag in ("ul", "ol") and sum(c.tag == "li" for c in box) >= 3


def _first_names_signing(text: str, profile: Profile) -> list[by.Author]:
    """"Amina, 16 år, sommarjobbare i fastighetsservice" or "Elias och Noor, utemiljölaget" after a slash closing the
    text (summer workers' diary posts on Tumblr): given names alone, then the role they share."""
    names, _, role = text.partition(", ")
    names = re.split(r"\s+(?:och|&)\s+", names.strip())
    if not role or len(names) > 3 or not all(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]{2,14}", n)
                                             and people.plausible_name(n, profile, single_word=True) for n in names) \
            or not people.plausible_role(role := role.strip(" ."), names[0], profile):
        return []
    return [{"name": n, "role": role} for n in names]


def _closes_press_release(text: str) -> bool:
    """A line that is the company's or its board's name alone, as a press release's closing signs."""
    return len(text) <= 60 and _COMPANY_SIGNS.match(text) is not None


_REVIEWED_BY = re.compile(r"(?i)^(?:fakta|medicinskt\s+)?granskad\s+av\b|^(?:fact-checked|reviewed)\s+by\b")  # a
# reviewer's line in the byline's box ("Granskad av Karin Bergfors, energiingenjör"): not one of the writers
_CALL_US = re.compile(r"(?i)(?:kontakta|ring|mejla|maila|hör av dig till)\b")


def _unglued(index: Any, block: list[by.Author], profile: Profile, skip: set) -> list[by.Author]:
    """The names the markup gives the block's people, when each of the block's lines glued a name to what
    followed it (``<span class=news-author__name>Lena Holm</span><span class=news-author__title>kommunikatör
    </span>`` read as "Lena Holmkommunikatör"); else the block."""
    if not block:
        return block
    marked = people.markup_authors(index, profile, skip=skip)
    glued = lambda line, name: line != name and (at := line.find(name)) >= 0 \
        and line[at + len(name):at + len(name) + 1].isalpha()  # noqa: E731  (the second name after the first's
    # role: "ABF Malmö Viktor Lindahlprojektledare")
    if marked and all(any(glued(a["name"], m["name"]) for m in marked) for a in block):
        return [{"name": m["name"], "role": None} for m in marked]  # (the second card's name glued to its title
    return block  # was read as the first one's role)


def _without_terms(ln: Line, profile: Profile) -> str:
    """The line's text without its links to category and tag archives (or classed as the post's tag or kind:
    "<a class='article-header__type tag tag--press' href=/press/pressmeddelanden/>Press</a>", no desk's byline)."""
    terms = term_texts(ln, profile) + [t for a in ln.el.iter("a") if SECTION_CLASS.search(a.get("class") or "")
                                       and (t := shown_text(a))] if ln.hrefs and ln.el is not None else []
    text = ln.text
    for term in terms:
        text = text.replace(term, " ")
    return " ".join(text.split()) if terms else text


_REPUBLISHED = re.compile(r"(?i)^(?:debattartikeln|debattinlägget|artikeln|texten|krönikan|inlägget|ledaren) "
                          r"(?:publicerades|har (?:tidigare |först )?publicerats) (?:först |tidigare |ursprungligen )?i\b")
_GUEST = re.compile(r"(?i)gäst|guest")  # a guest note's word: "Gästinlägg av", "Guest post by"
_WHAT_THE_POST_IS = re.compile(r"(?i)^(?:det här|detta) är (?:ett|en) (?:gästinlägg|gästkrönika|gästartikel|"
                               r"debattinlägg|debattartikel|krönika|insändare)\b")  # a note on the post, no caption
_ABOUT_THIS_POST = re.compile(r"(?i)^(?:om|about)\s+(?:den här|denna|this)\s+(?:artikel|artikeln|texten|article|post)$")
_ABOUT_HEADING = re.compile(r"(?i)^(?:om|about)\s+(.{2,60})$")  # "Om Jula", "About Acme" over a company's boilerplate
_DOWNLOAD_PATH = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|odt|zip)(?:$|[?#])")


def _in_downloads(el: Element) -> bool:
    """A heading over a box of links to files, or a line of that box: each link a document's address or its item
    ending in the file's size ("<h2>Dokument &amp; länkar</h2><ul><li><a>Faktablad: …</a> <span>PDF • 212
    kB</span></li></ul>")."""
    if el.tag in HEADINGS:
        return _downloads_box(_next_element(el))
    return any(_downloads_box(box) and (head := _previous_element(box)) is not None and head.tag in HEADINGS
               for box in islice(el.iterancestors(), 3))


def _downloads_box(box: Element | None) -> bool:
    """A box of links to files, little else in it (not the text's box holding one link to its press pictures'
    zip file, under the headline: HubSpot's post body)."""
    if box is None or box.tag not in ("ul", "ol", "div", "dl"):
        return False
    links = list(box.iter("a"))
    return bool(links) and all(
        _DOWNLOAD_PATH.search(a.get("href") or "") or people.FILE_SIZE.search(shown_text(a.getparent()))
        for a in links) and len(shown_text(box)) <= sum(len(shown_text(a.getparent())) for a in links) + 200


def _above_boxes(body: list[Line], top: int, box: Element | None) -> int:
    """The last line at or above ``top`` that is not in a box of its own inside ``box``: the text's paragraph
    over the boxes set between it and its signature (a fact box, a "Läs också" box: Bauhaus's column)."""
    while top >= 0 and box is not None and body[top].el.getparent() is not box and has_ancestor(body[top].el, {box}):
        top -= 1
    return top


def _signature_line(ln: Line) -> bool:
    """A short line, no sentence, whose own element its class calls the signature."""
    return ln.el is not None and ln.whole and len(ln.text) <= 60 and not ln.text.endswith((".", "?", "!", ":")) \
        and _SIGNATURE_CLASS.search(ln.el.get("class") or "") is not None and not find_swedish_date(ln.text)


def _without_party(name: str) -> str:
    """"Maria Nordin (L)" -> "Maria Nordin": a politician's name signed with the party's letter."""
    return _PARTY_MARK.sub("", name)


_PARTY_MARK = re.compile(r"\s*\((?:S|M|L|C|V|KD|MP|SD)\)$")


def _in_small_type(el: Element) -> bool:
    """The element's whole text is set small (``<small>``, or a style's "font-size: x-small")."""
    text = shown_text(el)
    return bool(text) and any(shown_text(box) == text for box in el.iter(etree.Element)
                              if box.tag == "small" or _SMALL_TYPE.search(box.get("style") or ""))


_SMALL_TYPE = re.compile(r"(?i)font-size\s*:\s*(?:xx?-small|small|smaller)\b")


def _in_italics(el: Element) -> bool:
    """An element whose text is all in one ``<em>`` or ``<i>``: an editor's note."""
    text = shown_text(el)
    return bool(text) and any(shown_text(i) == text for i in el.iter("em", "i"))


def _video_still(img: Element) -> bool:
    """A film's poster over its player (a sign-language video's YouTube still first in a deaf association's post,
    its photo after): the film, not the article's picture."""
    return bool(_VIDEO_STILL_HOST.match(split_url(source(img) or "").hostname or "")) or any(
        _VIDEO_OVERLAY.search(box.get("class") or "") for box in islice(img.iterancestors(), 2))


def _picture_box_before(el: Element, profile: Profile, levels: int = 3) -> Element | None:
    """The box holding a picture, and nothing or its credit alone, right before the element or a few of its wrappers
    (Sitevision's text portlet, ``p.bildtext`` in it, after the image portlet: "<p class=image-credit>Illustration:
    Arkitektgruppen Väster</p>" under the picture, Vadstena Slott's; an empty anchor ``<div id="Bildtext">`` passed
    over)."""
    box = el
    for _ in range(levels):
        prev = box.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or _empty_box(prev)):
            prev = prev.getprevious()
        if prev is not None:
            return prev if next(prev.iter("img"), None) is not None and (
                not (shown := shown_text(prev)) or len(shown) <= 60 and split_credit(shown, profile)[0] == "") else None
        box = box.getparent()
        if box is None or box.tag in _SECTIONING:
            return None
    return None


_SECTIONING = {"section", "article", "main", "aside", "body"}




def _section_links(el: Element) -> bool:
    """Every link in the element sits in a box classed as its category or section
    (Bloomreach's ``span.news-article__category``), whatever its address."""
    links = list(el.iter("a"))
    return bool(links) and all(any(SECTION_CLASS.search(box.get("class") or "") for box in (a, *islice(a.iterancestors(), 2)))
                               for a in links)


_UNIT_HEAD = re.compile(r"(?i)(?:avdelning|avdelningen|enhet|enheten|sektion|sektionen|förvaltning|förvaltningen)\s")
_UNIT_TAIL = re.compile(r"\s+(?:och|&)\s+[a-zåäö][a-zåäö-]+(?:\s+[a-zåäö][a-zåäö-]+)?")  # "… och återvinning"
_ONE_LABEL = re.compile(r"[^\W\d_]{3,20}\s*:")  # a field's label, one word: "Bibliotek:"
_META_REST = re.compile(r"[\s|·•,:\d–—-]+")


_POST_VIEW = re.compile(r"/(?:comments|kommentarer)/?$", re.I)  # a post's comments view at its address + /comments/
_DATED_TITLE = re.compile(r"^([^:]{4,30}):\s+(\S.{7,})$")
_TITLE_THEN_STAMP = re.compile(r"^(.{8,}?)\s*((?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?)$")


def _in_main(el: Element) -> bool:
    """Whether the element stands in the page's <main> or an <article>."""
    return any(box.tag in ("main", "article") for box in el.iterancestors())


def _without_subtitle(line: Line) -> str:
    """A headline's text less the subtitle printed inside its element (Pelican Elegant's ``<h1>Title
    <small class="subtitle">…</small></h1>``)."""
    sub = next((el for el in line.el.iter("small", "span") if "subtitle" in (el.get("class") or "")), None) \
        if line.el is not None else None
    if sub is not None and (tail := clean_text(text_content(sub))) and line.text.endswith(tail) \
            and len(tail) < len(line.text):
        return line.text[:-len(tail)].strip()
    return line.text


def _undated_title(title: str | None, profile: Profile) -> tuple[str | None, tuple[str | None, str] | None]:
    """A headline that opens with its post's date ("14 mars 2019: Stambytet i Solrosen klart",
    Nucleus CMS's default skin): the title after it, and the date."""
    if title and (m := _DATED_TITLE.match(title)) and (found := date_line(m[1], profile)) \
            and found[1] == m[1].strip():
        return m[2], found
    if title and (m := _TITLE_THEN_STAMP.match(title)) and (found := find_swedish_date(m[2])) and found[0]:
        return m[1].strip(), found  # "Sommarjobben är här2020-05-28 09:58:44": the time in the heading (Z-BlogPHP)
    return title, None


def _about_the_site(text: str, profile: Profile) -> bool:
    """"Om Allmännyttan", "About Allmännyttan.se": a heading over the site's own presentation."""
    head, _, rest = text.partition(" ")
    return head.casefold() in ("om", "about") and people.is_site_name(rest.strip(), profile)


def _in_breadcrumb(el: Element, levels: int = 4) -> bool:
    """Inside a breadcrumb trail (a class, id or label naming it: Yoast's ``p#breadcrumbs``), whose last crumb
    repeats the title."""
    return any("breadcrumb" in (box.get("class") or "").lower() or "breadcrumb" in (box.get("aria-label") or "").lower()
               or "brödsmul" in (box.get("aria-label") or "").lower() or "breadcrumb" in (box.get("id") or "").lower()
               for box in (el, *islice(el.iterancestors(), levels)))


def _over_breadcrumb(ln: Line) -> bool:
    """A heading with a breadcrumb trail right after it in its box: the page's title bar."""
    after = ln.el.getnext() if ln.heading else None
    return after is not None and isinstance(after.tag, str) and _in_breadcrumb(after, 0)


def _previous_element(el: Element) -> Element | None:
    """The element before ``el`` under its parent, comments passed over."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


def _next_element(el: Element) -> Element | None:
    """The element after ``el`` under its parent, comments passed over."""
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def _heading_buttons(index: Any, marks: dict) -> None:
    """A heading's button is its text, not a control to leave out: an accordion's section ("<h2><button
    aria-expanded=true>Vad är fukt och mögel?</button></h2>", WAI-ARIA's pattern; 1177's chapters); and a button
    around a picture alone is the picture, one to enlarge ("<button aria-label='Förstora bild'><img …></button>",
    Via TT's release image)."""
    for button in index.by_tag.get("button", ()):
        if (flags := marks.get(button)) and "boiler" in flags and (
                (up := button.getparent()) is not None and up.tag in HEADINGS
                or next(button.iter("img"), None) is not None and not shown_text(button)):
            flags.discard("boiler")


def _heading_kickers(index: Any, marks: dict) -> None:
    """A short kicker printed inside a heading before the part classed as its headline
    (OpenCms Mercury's ``<h1><span class="intro">Energi</span><span class="headline">…``):
    the section's label, not words of the title; left out like an inline piece of chrome."""
    for heading in (h for tag in ("h1", "h2", "h3") for h in index.by_tag.get(tag, ())):
        headline = next((el for el in heading if isinstance(el.tag, str)  # (a child of the heading)
                         and any(_HEADLINE_CLASS.search(c) for c in index.classes.get(el, ()))), None)
        if headline is None or not shown_text(headline):
            continue
        before = [el for el in headline.itersiblings(preceding=True) if isinstance(el.tag, str)]
        if before and not (heading.text or "").strip() \
                and 0 < sum(len(shown_text(el)) for el in before) <= 30 \
                and not any(el.tail and el.tail.strip() for el in before):
            for el in before:
                marks.setdefault(el, set()).add("boiler")
    for heading in index.by_tag.get("h1", ()):
        parts = [el for el in heading if isinstance(el.tag, str)]
        if len(parts) == 2 and parts[0].tag == parts[1].tag == "a" and not (heading.text or "").strip() \
                and "categor" in (parts[0].get("class") or "").lower() \
                and 0 < len(shown_text(parts[0])) <= 30 and len(shown_text(parts[1])) > 20:
            marks.setdefault(parts[0], set()).add("boiler")  # the category's link before the post's own inside
            # the headline (Rhymix's board: <h1><a class="category">Segregation</a> <a>Hyrorna …</a></h1>)
        for part in parts:
            if _HEADING_BADGE.search(part.get("class") or "") and 0 < len(label := shown_text(part)) <= 30 \
                    and len(shown_text(heading)) - len(label) > 15:
                marks.setdefault(part, set()).add("boiler")  # a badge inside the headline, beside its words
                # (XenForo's thread prefix, ``<span class="label label--accent">Bostadskö</span>``)


def _lead_kickers(index: Any, marks: dict) -> None:
    """A section's label glued to the start of the lead (``<div class=c-article__lead><span
    class=c-article__category>Uddevalla</span><element>Fönstren drar …``, a paper's platform): a place or a
    topic, not the lead's first word; left out like the headline's kicker."""
    for name, elements in index.by_class.items():
        if not SECTION_CLASS.search(name):
            continue
        for el in elements:
            box = el.getparent()
            if el.tag != "span" or box is None or box.tag not in ("div", "p") or (box.text or "").strip() \
                    or next((c for c in box if isinstance(c.tag, str)), None) is not el \
                    or not 0 < len(label := shown_text(el)) <= 30 or len(shown_text(box)) - len(label) < 60 \
                    or (el.tail or "")[:1].isspace():
                continue
            marks.setdefault(el, set()).add("boiler")


_HEADING_BADGE = re.compile(r"(?i)(?:^|\s)(?:label|badge|prefix|pill)(?:[\s_-]|$)")


def _labelled_duplicates(index: Any, marks: dict, profile: Profile, levels: int = 4) -> None:
    """Text hidden from screen readers because a label nearby already says it is still on
    screen: SharePoint's news cards print author and date ``aria-hidden`` and read them out
    from the title link's ``aria-label`` ("… Publicerad av Karin Lundqvist i går"). An
    ``aria-hidden`` element whose text a ``title`` or ``aria-label`` of its card repeats is
    read; so is a figure's caption its picture's ``alt`` repeats (Hexo's marked renderer);
    icons, arrows and separators repeat no label and stay chrome."""
    for el in index.by_attribute.get("aria-hidden", ()):
        if el.get("aria-hidden") != "true" or "boiler" not in marks.get(el, ()):
            continue
        text = shown_text(el).casefold()
        if len(text) < 3 or not any(c.isalnum() for c in text):
            continue
        if el.tag == "figcaption" and any(text in (img.get("alt") or "").casefold()
                                          for img in el.getparent().iter("img")):
            marks[el].discard("boiler")  # the caption the picture's alt says too (Hexo's marked renderer)
            continue
        if el.tag == "figure" and next(el.iter("img"), None) is not None and next(el.iter("figcaption"), None) is not None:
            marks[el].discard("boiler")  # a whole figure, picture and caption, hidden from screen readers as
            continue  # decoration (Hugo After Dark's header picture): on screen, and the post's
        if _picture_note(el, text, profile):
            marks[el].discard("boiler")
            continue
        boxes = list(el.iterancestors())[:levels]
        labels = [(box.get("title") or "") for box in boxes] + [
            (a.get("aria-label") or a.get("title") or "") for a in (boxes[-1].iter("a") if boxes else ())]
        if any(text in label.casefold() for label in labels if len(label) > len(text)):
            marks[el].discard("boiler")
            marks[el].add("unhidden")  # a card's byline, never the page's: still chrome to the article


def _picture_note(el: Element, text: str, profile: Profile) -> bool:
    """A credit ("© Foto: Linnea Falk") or a caption the picture's ``alt`` or ``title`` says too,
    hidden from screen readers in the picture's own box or right beside it (OpenCms Mercury
    prints both over and under the picture ``aria-hidden``): shown, and the picture's."""
    parent = el.getparent()
    box = next((b for b in (parent, parent.getparent() if parent is not None else None)
                if b is not None and next(b.iter("img"), None) is not None), None)
    if box is None or len(text) > 300:
        return False
    if len(text) >= 15 and any(text in " ".join(filter(None, (img.get("alt"), img.get("title")))).casefold()
                               for img in box.iter("img")):
        return True
    if any(_is_caption_class(name) for name in (el.get("class") or "").split()):
        return True  # a field its class calls the caption, in the picture's box ("<span class='image-metadataItem
        # image-caption' aria-hidden=true>", Amnesty's: the caption shown under the picture)
    rest, credit = split_credit(shown_text(el), profile)
    return bool(credit) and not rest


def _without_cell_labels(body: list[Line], caption: Line | None) -> list[Line]:
    """The body without the header cells over a caption's and a credit's table cells ("Bildtext", "Foto":
    Mediumish's Markdown table under the picture)."""
    table = next(caption.el.iterancestors("table"), None) if caption is not None else None
    if table is None:
        return body
    return [ln for ln in body if not (ln.el.tag == "th" and len(ln.text) <= 20 and has_ancestor(ln.el, {table}, 4))]


def _without_repeated_opening(body: list[Line]) -> list[Line]:
    """The body without a summary box over the text that repeats its opening paragraphs word for word, in a
    box of its own (Mediumish's post summary): the opening read once."""
    texts = [ln.text for ln in body]
    start = next((k for k in range(1, len(body) // 2 + 1) if texts[:k] == texts[k:2 * k] and len(texts[0]) >= 80
                  and body[0].el.getparent() is not body[k].el.getparent()), 0)
    return body[start:]


def _the_one_as_printed(names: set[str]) -> list[by.Author]:
    """The author a byline's only candidate name makes, as printed; none when there are several or none."""
    return [{"name": next(iter(names)), "role": None, "as_printed": True}] if len(names) == 1 else []


def _one_each(found: list[by.Author], profile: Profile) -> list[by.Author]:
    """Authors one by one: a byline "Elin Åberg, koordinator, och Johan Lindqvist, bovärd" read
    as one name and a long role is two authors with a role each; a name found twice counts once."""
    out: list[by.Author] = []
    for author in found:
        several = by.signed_by_several(f"{author['name']}, {author['role']}", profile) \
            if author.get("role") and not _joint_in_department(author["role"]) else []
        if any(_ORGANISATION_TAIL.search(one["name"]) for one in several[1:]):
            several = []  # (an affiliation with "&" in its name: "Baylor Scott & White Research Institute, …", no
            # second author named "White Research Institute": bioRxiv's author tooltips)
        for one in several or [author]:
            if one["name"] not in {a["name"] for a in out}:
                out.append(one)
    return out


def _joint_in_department(role: str) -> bool:
    """A role listing title, department and firm whose department's English name holds "and" ("Partner, Climate
    Change and Sustainability Services, EY Sverige"): one person's, though the words after the joint look like a
    name. A second author's joint follows a comma, opens the role ("koordinator, och Johan Lindqvist, bovärd") or
    is the byline's Swedish "och" ("projektledare, Göteborgsvarvet och Erik Svensson, fritidsledare")."""
    joints = list(by.AND_NEXT.finditer(role))
    return bool(joints) and all(j.group().split() == ["and"] for j in joints) and "," in role[:joints[0].start()]


_ORGANISATION_TAIL = re.compile(r"(?i)(?:förbund|förbundet|förening|föreningen|bolag|bolaget|kommun|region"
                                r"|universitet|högskola|AB|institute|university|center|centre|foundation)$")
# an organisation's name's last word
_AUTHOR_HEADINGS = {"författare", "författarna", "skribenter", "skribenterna", "author", "authors", "text", "av",
                    "by", "om författaren", "om skribenten", "about the author"}  # a heading, no one's role
_PART_NOTE = re.compile(r"\s*\([^()]{2,30}\)")  # " (moderator)": a person's part in an event, after the role
_NOTE_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö ]{2,30}:\s+\S")  # a note's own label opening it ("Om enkäten: …")
_SUBJECTS_LABEL = re.compile(r"^(?:Foto|Bild)\s*:\s*(?=[A-ZÅÄÖ])")  # a credit's label over a caption's sentence
_PICTURE_FIELD = re.compile(r"(?i)^(?:(?:licens|license|licence|bildlicens|användning|usage)\s*:"
                            r"|(?:ladda ner|download)(?: (?:bild|bilden|högupplöst bild|image|high-res image))?$"
                            r"|(?:ladda ner|download)(?: bild| bilden)?(?:licens:|license:|[A-Z]{3,4}\b).{0,50}$)")
# (or the download link glued to the next field: "Ladda ner bildLicens: Medieanvändning", "Ladda nerJPG · 3,1 MB")


def _publication_field(line: Line) -> bool:
    """A list item beside the title field of a publication's facts ("<li>Titel: Första jobbet …</li><li>Författare:
    Maja Lindholm, nationalekonom</li>", a report a press release presents): the report's author, not the page's;
    a play's beside its director's ("Av: Nora Amini" over "Regi: …")."""
    if line.el is None or line.el.tag != "li" or (up := line.el.getparent()) is None:
        return False
    return any(item is not line.el and item.tag == "li" and _PUBLICATION_TITLE.match(shown_text(item)) for item in up)


_PUBLICATION_TITLE = re.compile(r"(?i)^(?:titel|title|rapportens titel|isbn|utgivare|förlag|publisher"
                                r"|regi|medverkande|urpremiär|premiär|koreografi|dirigent|manus)\s*:")
# (or a production's credits: "<li>Av: Nora Amini</li><li>Regi: Oskar Lundgren</li>", a theatre's fact box)


def _unlinked(line: Line) -> str:
    """The line's text, or "" when it is all link: a category, a tag or "all posts" is never
    the role printed beside a name (the empty line keeps the others where they were)."""
    menu = len(set(line.hrefs)) > 1 and not line.plain.strip()  # links side by side, only spaces between them
    # (Listed's "Om bloggen Kontakt Guestbook Subscribe")
    linked_heading = line.heading and len(line.text.split()) >= 4 and line.link_chars >= len("".join(line.text.split()))
    # (another post's title, its heading all link: Medium's "More from" cards, the author's name then the title; not
    # the author's own name linking the profile, "<h4><a>Sara Lindqvist</a></h4>"; ``link_chars`` counts no spaces)
    return "" if line.hrefs and (line.link_chars >= len(line.text) or menu or linked_heading) else line.text


def _main_query(index: Any, marks: dict) -> None:
    """A posts loop wrapping the post itself is no related block: a block theme's single template
    puts the headline (an ``<h1>``) and the post's content in a ``wp-block-query`` (Stewart), while a
    loop of other posts holds items and no ``<h1>``."""
    related = [el for el, f in marks.items() if "related" in f]
    if not related:
        return
    bodies = [el for el, f in marks.items() if "body" in f]
    items = [el for el, f in marks.items() if "item" in f]
    h1s = index.by_tag.get("h1", ())
    for el in related:
        if any(has_ancestor(b, {el}) for b in bodies) and any(has_ancestor(h, {el}) for h in h1s) \
                and not any(has_ancestor(i, {el}) for i in items):
            marks[el].discard("related")


def _linkless_related(marks: dict) -> None:
    """A box classed related that links nowhere and holds a paragraph is a fact box of the text, no related
    posts ("<section class='box related'><h1>Så gick det till</h1><div class=box-content><p>Projektet finansieras
    av …</p>", Malmö's Sitevision news, after the text)."""
    for el in [el for el, f in marks.items() if "related" in f and "body" not in f]:
        if next(el.iter("a"), None) is None and any(len(shown_text(p)) >= PROSE_LINE for p in el.iter("p")):
            marks[el].discard("related")


def _continued_bodies(marks: dict, reach: int = 3) -> None:
    """The text's hook printed twice, a box between (a fact box between two ``news-detail__body``
    divs, only the first with ``itemprop=articleBody``, Dynamicweb): the second part and the box
    between are the text too."""
    for el in [el for el, f in marks.items() if "body" in f]:
        classes = el.get("class")
        if not classes:
            continue
        between = []
        for sib in el.itersiblings():
            if not isinstance(sib.tag, str):
                continue  # (a comment between them)
            if len(between) >= reach or marks.get(sib, set()) & {"boiler", "related", "aside"}:
                break
            if sib.tag == el.tag and sib.get("class") == classes:
                for box in (*between, sib):
                    marks.setdefault(box, set()).add("body")
                break
            between.append(sib)


_CONTENT_ELEMENT = re.compile(r"^c\d+$")  # TYPO3's id of a content element ("c1187")


def _content_elements_after(marks: dict) -> None:
    """TYPO3 news' content elements printed after the text's hook in the article ("<div id=c1187 class='frame
    frame-type-text'>" after ``div.news-text-wrap[itemprop=articleBody]``: a box of tips, a picture and more
    paragraphs): the text goes on in them."""
    for el in [el for el, f in marks.items() if "body" in f]:
        for sib in el.itersiblings():
            if not isinstance(sib.tag, str):
                continue  # (a comment between them: "<!-- content elements -->")
            if not _CONTENT_ELEMENT.match(sib.get("id") or "") or "frame" not in (sib.get("class") or "").split() \
                    or marks.get(sib, set()) & {"boiler", "related", "aside"}:
                break
            if shown_text(sib):
                marks.setdefault(sib, set()).add("body")


def _boxed_in_text(seq: list[Line], j: int, k: int) -> bool:
    """A "Läs också" box (lines j to k) standing between paragraphs of the text: running text right
    before it and two paragraphs after it, all under the parent that holds the box (Memoirs' alert
    box of links inside the post)."""
    if j == 0 or k >= len(seq):
        return False
    box = next((a for a in seq[j].el.iterancestors() if has_ancestor(seq[k].el, {a})), None)
    if box is None or box.tag in ("body", "html"):
        return False

    def prose(n: Line) -> bool:
        return not n.link and not n.heading and len(n.text) >= 60 and has_ancestor(n.el, {box})

    return prose(seq[j - 1]) and sum(map(prose, seq[k: k + 4])) >= 2


class Page:
    """One parsed page: its tree, structured data and text lines."""

    def __init__(self, root: Element, url: str, profile: Profile) -> None:
        self.root, self.url, self.profile = root, url, profile
        self.links = Links.of(root, url)
        self.ld = from_jsonld(root, url)
        self.meta = meta_values(root)
        self.index = TreeIndex(root)
        self.marks = mark(self.index, selector_groups(profile))
        _semantic_marks(root, self.marks)
        _heading_buttons(self.index, self.marks)
        _article_contentinfo(self.index, self.marks)
        _accordion_panels(self.index, self.marks)
        self.page_footers = _chrome_by_name(self.index, self.marks)
        _content_widgets(self.index, self.marks)
        _modified_marks(self.index, self.marks, self.meta)
        _text_figures(self.marks)
        _signup_boxes(self.index, self.marks, profile)
        _call_to_action_boxes(self.index, self.marks)
        _paywall_boxes(self.index, self.marks)
        _newsletter_pitches(self.index, self.marks)
        _letter_avatars(self.index, self.marks)
        _permalink_anchors(self.index, self.marks)
        _post_meta_navs(self.index, self.marks)
        _dated_list_navs(self.index, self.marks)
        _post_meta_cards(self.index, self.marks, profile)
        _labelled_duplicates(self.index, self.marks, profile)
        _heading_kickers(self.index, self.marks)
        _lead_kickers(self.index, self.marks)
        _caption_boxes(self.index, self.marks, profile)
        _figure_paragraphs(self.index, self.marks)
        _italics_under_pictures(self.index, self.marks)
        _lists_in_pagers(self.index, self.marks)
        _lists_in_widgets(self.index, self.marks)
        _main_query(self.index, self.marks)
        _linkless_related(self.marks)
        _continued_bodies(self.marks)
        _content_elements_after(self.marks)
        self._keep_headline()
        self.lines = linearize(root, self.marks, self.links, drop="boiler")
        if self._swallowed() and self._keep_wrappers():  # chrome selectors swallowed the page
            self.lines = linearize(root, self.marks, self.links, drop="boiler")
        self.hook_items = {el for el, f in self.marks.items() if "item" in f}
        self.cover_caption: Element | None = None  # the cover's caption, in a box of its own after it
        self.title_line: Line | None = None
        self.title_date: tuple[str | None, str] | None = None  # a date the headline opens with ("14 mars 2019: …")
        self.caption_line: Line | None = None  # a caption on its own line above its credit
        self.article_box: Element | None = None
        self._image_boxes: set[Element] | None = None
        self._box_chars: dict[Element, int] = {}
        self._box_authors: dict[Element | None, list[by.Author]] = {}  # the markup's authors inside a box
        self._link_paths: dict[Element | None, list[tuple[Element, str]]] = {}

    @once
    def record(self) -> dict[str, Any]:
        """The page read as an article, worked out once (classification and parsing share it)."""
        return self.article(empty_article(self.url))

    def _keep_headline(self) -> None:
        """Chrome never holds the headline: "boilerplate" comes off the <h1>'s ancestors

        when the metadata confirms that <h1> as the headline (themes put the post's
        hero in ``role=banner``), or, around the first <h1>, off an element holding
        most of the page (ASP.NET wraps every page in one <form>).
        """
        headings = list(self.root.iter("h1"))
        named = [self.strip_site_name(t) or t
                 for t in (self.ld.get("title"), self.first_meta("og:title", "twitter:title")) if t]
        if not headings:
            # no <h1>: the element printing the metadata's headline as its own text is the headline
            # (a ``div.text-4xl`` in AgencyOS's post hero, inside a <header>)
            wanted = {clean_text(t).casefold() for t in named}
            printed = next((el for el in self.root.iter("div", "p", "span", "h2") if el.text and len(el) == 0
                            and clean_text(el.text).casefold() in wanted), None) if wanted else None
            if printed is None:
                return
            headings = [printed]
        confirmed = next((h for h in headings if (text := text_content(h).strip())
                          and any(similar(text, t) for t in named)), None)
        total = len(text_content(self.root))
        hero = confirmed is None and len(headings) == 1 and _post_hero(headings[0])
        for el in (confirmed if confirmed is not None else headings[0]).iterancestors():
            flags = self.marks.get(el)
            if flags and "boiler" in flags and el.tag != "nav" and (
                    confirmed is not None or hero or len(text_content(el)) > WRAPPER_SHARE * total):
                flags.discard("boiler")

    @once
    def visible_chars(self) -> int:
        """The page's visible characters (script and style left out), counted once: the
        swallowed-page check and the wrapper rule both weigh against it."""
        return _visible_chars(self.root)

    def _swallowed(self) -> bool:
        """Whether the chrome selectors left almost nothing: under five lines, or no line of
        running text among a small share of the page's (The7's ``#main.sidebar-right`` wraps
        the post; its title, breadcrumbs and meta line are all that is left)."""
        if len(self.lines) < 5:
            return True
        if any(len(line.text) >= PROSE_LINE and not line.link for line in self.lines):
            return False
        return sum(len(line.text) for line in self.lines) < SWALLOWED_SHARE * self.visible_chars

    def _keep_wrappers(self) -> bool:
        """A "boilerplate" match holding most of the page's text is its wrapper (Blogger puts
        the post in a ``widget`` of a ``sidebar section``): it comes off. True if any did."""
        total = self.visible_chars or 1
        wrappers = [(chars, el) for el, flags in self.marks.items()
                    if "boiler" in flags and el.tag not in ("script", "style", "noscript", "template", "nav")
                    and (chars := _visible_chars(el)) > LAST_WRAPPER_SHARE * total]
        freed = [el for chars, el in wrappers if chars > WRAPPER_SHARE * total]
        if not freed and wrappers:  # nothing is left of the page: its largest "boilerplate" box is its content
            # (Blogger's Simple theme: the Blog1 widget), by the text it holds outside boxes of its own
            # (a sidebar of widgets is not freed for its widgets' text)
            boxes = {el for el, flags in self.marks.items() if "boiler" in flags}
            freed = [max(wrappers, key=lambda pair: _own_chars(pair[1], pair[0], boxes))[1]]
        for el in freed:
            self.marks[el].discard("boiler")
        return bool(freed)

    # -- small lookups ---------------------------------------------------
    def first_meta(self, *keys: str) -> str | None:
        for key in keys:
            if self.meta.get(key):
                return self.meta[key][0]
        return None

    def microdata(self, prop: str) -> str | None:
        """First itemprop value on the page (its elements come from the tree index)."""
        return microdata(self.index.by_attribute.get("itemprop", []), prop)

    def strip_site_name(self, title: str | None) -> str | None:
        """"Rubrik – Allmännyttan" -> "Rubrik"."""
        if not title:
            return None
        names = self.profile.get("site", "site_names") + self.meta.get("og:site_name", []) + self._home_link_names
        alt = "|".join(map(re.escape, sorted(set(names), key=len, reverse=True)))
        stripped = re.sub(rf"\s*(?:[-–—|:·•»«]\s*(?:{alt})|\[(?:{alt})\])\s*$", "", title, flags=re.I).strip()
        # (Svbtle's "•"; DokuWiki's "Rubrik [Allmännyttan]"; FlatPress's "Rubrik « Allmännyttan")
        if stripped == title.strip():  # the site's name and its tagline: "Rubrik | Allmännyttan - Bloggen om
            stripped = re.sub(rf"\s*[|·•]\s*(?:{alt})\s*[-–—|:]\s*[^-–—|:]{{1,60}}$", "", title, flags=re.I).strip()
            # allmännyttiga bostäder" (Jekyll's Prologue prints site.title - site.description)
        stripped = re.sub(rf"^(?:{alt})\s*[-–—|:·•»]\s*", "", stripped, flags=re.I).strip()
        return None if re.fullmatch(rf"(?:{alt})", stripped, flags=re.I) else stripped or None

    def _own_name_whole(self, found: list[by.Author]) -> list[by.Author]:
        """The site's own name whole where the byline's markup read it as two names at its "&" ("<span
        itemprop=name>Fals &amp; Rygg Bokbinderi</span>", the shop's account on Shopify)."""
        if len(found) >= 2 and not any(a.get("role") for a in found):
            for joint in (" & ", " och "):
                if folded(whole := joint.join(a["name"] for a in found)) in self.own_names:
                    return [{"name": whole, "role": None, "as_printed": True}]
        return found

    def _site_name_short(self, name: str) -> bool:
        """The site's name with its kind written as an acronym ("Sjöstadens BMK" of "Sjöstadens Badmintonklubb"):
        the site's own account, no person."""
        words = name.split()
        return len(words) == 2 and people.ACRONYM.fullmatch(words[1]) is not None and not words[0].isupper() \
            and folded(words[0]) in self._site_first_words

    def _credit_alone(self, text: str) -> str | None:
        """The credit a line prints when it is nothing else ("Foto: Henrik Wall")."""
        rest, credit = split_credit(text, self.profile)
        return credit if credit and not rest else None

    def _own_account_byline(self) -> list[by.Author]:
        """The site's own name as the markup's byline names it, outside chrome and readers' comments
        ("<span class='post-author vcard'>Upplagd av <span itemprop=author>…Tallåsens jaktlag…</span>" under a
        blog headed "Tallåsens jaktlag"): no person's name, yet the account that posted it."""
        own = self.own_names | self._home_names
        skip = self.chrome | people.comment_boxes(self.index)
        return next(([{"name": text, "role": None, "as_printed": True}] for el in people.bylines_in(self.index, skip)
                     if folded(text := strip_byline_prefix(clean_text(text_content(el)), self.profile)) in own), [])

    @once
    def _home_names(self) -> set[str]:
        """The site's names its headings linking home give, folded for comparing (Blogger's blog title)."""
        return {folded(n) for n in self._home_link_names}

    @once
    def _taglines(self) -> set[str]:
        """The site's tagline under its name, folded (WordPress's ``p.site-description``): no author's role."""
        return {folded(shown_text(el)) for name, els in self.index.by_class.items() if _TAGLINE_CLASS.search(name)
                for el in els}

    @once
    def _title_suffix(self) -> str | None:
        """The last part of a <title> of two or more, folded ("Vi behöver fler scener … | Lilla Gårdsteatern"): the
        site's name, when no metadata gives it."""
        parts = _TITLE_PARTS.split(self.head_title or "")
        return folded(parts[-1].strip()) if len(parts) >= 2 and parts[-1].strip() else None

    @once
    def _site_first_words(self) -> set[str]:
        """The first words, folded, of the site's names of two words or more (``og:site_name``, the heading
        linking home)."""
        return {folded(n).split()[0] for n in [*self.meta.get("og:site_name", []), *self._home_link_names]
                if len(n.split()) >= 2}

    @once
    def _home_link_names(self) -> list[str]:
        """The text of an <h1>'s link to a page above this one (a blog's name over every page, P2's
        ``<h1><a href="…/renoveringsbloggen/">Renoveringsbloggen</a></h1>``): the site's name."""
        page = split_url(self.url)
        names = []
        for h1 in self.index.by_tag.get("h1", ()):
            for a in h1.iter("a"):
                link = split_url(self.links.resolve(a.get("href")) or "")
                up, path = link.path if link.netloc == page.netloc else None, page.path
                if up and path.startswith(up.rstrip("/") + "/") and path.rstrip("/") != up.rstrip("/") \
                        and 0 < len(text := shown_text(a).strip()) <= 60:
                    names.append(text)
        return names

    # -- title -------------------------------------------------------------
    def title(self) -> tuple[str | None, int | None]:
        """(title, index of its line); a headline the theme cut short ("… och sänker…") is whole as the
        metadata or <title> print it (Shapely cuts the post's heading after nine words)."""
        title, at = self.shown_title()
        if title and (stem := strip_ellipsis(title)) != title and len(stem) >= 20:
            title = next((t for t in self._given_titles if t and len(t) > len(stem) + 2
                          and folded(t).startswith(folded(stem))), title)
        if title and title.endswith(".") and not title.endswith("..") and (bare := title[:-1].rstrip()) and any(
                t and folded(t) == folded(bare) for t in self._given_titles):
            title = bare  # a dot the theme sets after every headline (Hugo Winston's ``<span class="dot">.</span>``),
            # where the metadata's title has none
        if title and at is not None and (stamp := self._date_in_headline(at)) and title.startswith(stamp + " "):
            title = title[len(stamp):].strip()  # the post's date in its own field opening the headline ("<h2><span
            # class='meta date'>2 juli 2024</span> Första rundan …</h2>": iNaturalist's journal post)
        return title, at

    def _date_in_headline(self, at: int) -> str | None:
        """The date a field of the headline's element prints (a <time>, or an element classed date)."""
        el = self.lines[at].el if 0 <= at < len(self.lines) else None
        stamp = next((shown_text(d) for d in el.iterdescendants() if isinstance(d.tag, str) and (
            d.tag == "time" or "date" in (d.get("class") or "").split())), None) if el is not None else None
        return stamp if stamp and find_swedish_date(stamp) else None

    @property
    def _given_titles(self) -> tuple[str | None, str | None, str | None]:
        """The titles JSON-LD, og:title and <title> give, the site's name off (asked only of a few pages)."""
        return (self.strip_site_name(self.ld.get("title")), self.strip_site_name(self.first_meta("og:title")),
                self.strip_site_name(self.head_title))

    def shown_title(self) -> tuple[str | None, int | None]:
        """(title, index of its line) — structured data, hooks, <h1>, text shape, <title>."""
        lines = [ln for ln in self.lines if "related" not in ln.flags]
        hook = [ln for ln in lines if "title" in ln.flags]
        hook.sort(key=lambda ln: (ln.heading != 1, ln.index))
        h1 = [ln for ln in lines if ln.heading == 1]
        after_date = self._line_after_first_date(lines)
        given = [c for c in (self.strip_site_name(self.ld.get("title")),
                             self.strip_site_name(self.first_meta("og:title", "twitter:title")),
                             self.microdata("headline")) if c]
        structured = next((c for c in given if any(ln.heading and ln.text.casefold() == c.casefold() for ln in lines)),
                          None) if len(given) > 1 and not (hook or h1) else None
        structured = structured or next(iter(given), None)  # (of the metadata's titles, the one printed as the
        # headline when no <h1> says which: og:title over JSON-LD's internal name, Optimizely's Foundation)
        head = self.strip_site_name(self.head_title)
        named = [t for t in (structured, head, head and _TITLE_PARTS.split(head)[0]) if t]  # "Rubrik | Kod | Namn"
        headings = hook or h1
        if not hook and len(h1) >= 2 and not _in_main(h1[0].el):
            headings = sorted(h1, key=lambda ln: not _in_main(ln.el))  # the <h1> in <main> is the post's, over one
            # in a notice above it ("Begränsad framkomlighet vid …", Region Halland's site message); a stable sort
            # keeps the page's order within each group
        if not hook and len(h1) >= 2 and self.head_title and re.search(
                rf"[-–—|:·•»]\s*{re.escape(h1[0].text)}\s*$", self.head_title, flags=re.I):
            headings = h1[1:]  # the first <h1> is the site's name, which <title> ends with, over the post's own
            # <h1> ("Nya fönster i Norrby - Allmännyttan Nyheter": mdBook's ``h1.menu-title`` in its menu bar)
        # of several headlines, the one the metadata names ("Hi, I'm Nicolas." greets, the post is below)
        alike = [ln for ln in headings if any(similar(ln.text, t) for t in named)] if named else []
        pick = max(alike, key=lambda ln: max(min(overlap(ln.text, t), overlap(t, ln.text)) for t in named),
                   default=None)  # (the site's name in a logo <h1> is one word of the headline "Sommarjobb i
        # allmännyttan: …": the <h1> sharing most of it, Drupal's Nexus)
        whole = structured or self.head_title  # ("Rubrik - Allmännyttan bloggar" in <title>: emlog prints no og:title)
        if pick is not None and pick.link and pick.link not in self.itself and whole \
                and (rest := _title_without(whole, pick.text)) and (segment := next((
                    ln for ln in lines if 1 < ln.heading <= 3 and folded(ln.text) == folded(rest)), None)):
            pick = segment  # the <h1> linking the blog is its name, which the metadata's title ends with ("… |
            # Nyheter från Ekbacka Bostäder"), the post's headline an <h2> (Tiki's blogs), or opens with
            # ("Allmännyttans blogg | Så går stambytet till", LifeType's)
        if (pick is None or pick is headings[0] and not pick.link) and headings and self.head_title \
                and (rest := _title_without(self.head_title, headings[0].text)) \
                and (pick is None or len(rest) > len(pick.text)) and (segment := next((
                    ln for ln in lines if 1 < ln.heading <= 3 and folded(ln.text) == folded(rest)), None)):
            pick = segment  # the <h1> linking the blog is its name, the <title> "Rubrik_Bloggens namn_新浪博客" (Sina);
            # linked or not ("<h1>Allmännyttan i Norrby</h1><h2>Ljusare trapphus …</h2>", Haunt's own theme)
        if pick is None and named and (not headings or all(overlap(headings[0].text, t) < 0.34 for t in named)):
            # the <h1> names a section ("Allergies Health Center"); the post's headline is an <h2>
            pick = max((ln for ln in lines if 1 < ln.heading <= 3 and "aside" not in ln.flags
                        and any(overlap(t, ln.text) >= 0.8 for t in named)),
                       key=lambda ln: max(min(overlap(t, ln.text), overlap(ln.text, t)) for t in named), default=None)
            # (the first of the closest: not an <h2> printing the breadcrumb trail that ends with it, Zenphoto's; nor a
            # side column's "Fler pressmeddelanden" when the metadata names the list, "Pressmeddelanden": Cision's)
        visible = _without_subtitle(pick) if pick else (_without_subtitle(headings[0]) if headings else None)
        visible = _undated_title(visible, self.profile)[0]  # "14 mars 2019: Stambytet …" (Nucleus CMS)
        slug = self._slug_words if visible and len(visible.split()) <= 3 else None  # (a section's name is short)
        if slug and visible and _slug_overlap(visible, slug) < 0.34 and (by_slug := next((
                ln for k, ln in enumerate(lines) if 1 < ln.heading <= 3 and _slug_overlap(ln.text, slug) >= 0.8
                and (len(slug & address_words(ln.text)) >= 0.8 * len(address_words(ln.text))
                     or k + 1 < len(lines) and date_line(lines[k + 1].text, self.profile))), None)):
            # the <h1> names the section ("Nyheter"), a subheading is what the address spells
            # (CMS Made Simple's news module: <h3 id="NewsPostDetailTitle"> at /news/231/15/Rekordstor-…), or holds
            # the address's words over the post's date line, the address shortened ("/nyheter/pusselkvallar-i-nya-
            # kvarterslokalen" for "Pusselkvällar flyttar in i nya kvarterslokalen på Ängsgatan", Google Sites')
            pick, visible = by_slug, by_slug.text
        title = structured or visible
        if structured and visible:
            # The headline a reader sees (SEO titles and JSON-LD "headlines" are often rewritten,
            # or descriptions), unless it is a logo or a section name ("Salon", "Nyheter"): a
            # word or two where the metadata has a headline, and not what <title> names.
            logo = len(visible.split()) <= 2 < len(structured.split()) and overlap(visible, head or "") < 1 \
                or overlap(visible, structured) == 0 and overlap(visible, head or "") == 0 \
                and len(visible.split()) <= min(len(structured.split()) + 2, 5)  # a section's name, not a headline longer
            # than a page name given as every title (Umbraco's "Feriejobb 2024" over "Nu kan unga i … söka sommarjobb")
            shown = any(ln.heading and ln.text.casefold() == structured.casefold() for ln in lines)
            if logo and self._slug_words and _slug_overlap(visible, self._slug_words) >= 0.8 \
                    and len(visible.split()) >= 3:
                logo = False  # the headline the address spells ("Bruksbostäderna som fick nytt liv" at /upptack/
                # bruksbostaderna-som-fick-nytt-liv/), the SEO title another (Visit Småland's Yoast)
            if similar(structured, visible) or not (logo or shown):
                title = visible
        if not title and head and any(ln.text.casefold() == head.casefold() for ln in lines):
            title = head  # no headline markup, but a line reads as the <title> does (Joomla 1.5's td.contentheading)
        if not title and head and (tail := next((ln for ln in lines if len(ln.text) >= max(20, 0.6 * len(head))
                                                 and folded(head).endswith(" " + folded(ln.text))), None)):
            title = tail.text  # a line printing the <title>'s end: "Energi: Energilyftet i Björkdala …" less the
            # topic (PHP-Nuke's story title in bold in a table cell)
        whole_title = title or head
        if whole_title and len(first := _TITLE_PARTS.split(whole_title)[0].strip()) >= 15 and first != whole_title \
                and not any(ln.text == whole_title for ln in lines) and any(ln.text == first and not ln.link for ln in lines):
            title = first  # no headline markup, but a line prints the title's first segment ("… | Allmännyttan –
            # bloggen" in <title> and og:title: Astro Nano's headline in a <div class="text-2xl">)
        if not title and not head and (told := self.first_meta("og:description", "description")) and (opening := next((
                ln for ln in lines if 1 < ln.heading <= 3 and 8 <= len(ln.text) <= 150 and told.startswith(ln.text)),
                None)):
            title = opening.text  # a post saved untitled (an empty <h1>, "- Skellefteå Airport" in <title>), its
            # headline the heading its text opens with, as the description's auto-excerpt begins (WordPress's)
        title = title or (after_date.text if after_date else None) or head
        if not title:
            return None, None
        same = [ln for ln in lines if ln.text.casefold() == title.casefold()
                or ln.heading and ln.text.startswith(title)
                and (_undated_title(ln.text, self.profile)[0] or "").casefold() == title.casefold()]
        # (the headline's own line holding its date too: Z-BlogPHP's, not a side column's link copying it later)
        if same:  # the headline's own line, not a breadcrumb's copy of it above (AlchemyCMS), nor a sidebar
            # card's smaller heading repeating it before the post ("Recent Posts", Future Imperfect): the <h1>
            own = [ln for ln in same if not _in_breadcrumb(ln.el)] or same
            own = [ln for ln in own if ln.el.tag != "li"] or own  # (nor a "Senaste nyheter" list item linking
            # it, printed first in the source: Joomla 1.0's left column)
            own = [ln for ln in own if not _over_breadcrumb(ln)] or own  # (nor the page's title bar over the
            # breadcrumb trail that ends with it, the post's own heading under: ButterCMS's Next.js starter)
            if own[0].heading > 1 and (h1_copy := next((ln for ln in own if ln.heading == 1), None)):
                return title, h1_copy.index
            return title, own[0].index
        if pick is not None:
            return title, pick.index
        for first in (hook, h1):
            if first:
                return title, first[0].index
        return title, (after_date.index if after_date else None)

    @once
    def own_names(self) -> set[str]:
        """The site's own names its metadata gives (``og:site_name``), folded for comparing; with its first words
        shortened to their initials ("SAIK Bandy", the account of "Sandvikens AIK Bandy": an acronym kept whole)."""
        names = self.meta.get("og:site_name", [])
        short = {" ".join(["".join(w if w.isupper() else w[0] for w in words[:k]), *words[k:]])
                 for n in names if len(words := n.split()) >= 3 for k in range(2, len(words))}
        return {folded(n) for n in [*names, *short]}

    @once
    def _slug_words(self) -> set[str]:
        """The words of the address's last part, folded to ASCII ("Rekordstor-trygghetsvandring-i-Berga"),
        when it has three or more (a slug, not an id or a section)."""
        words = set()
        for url in (self.canonical or "", self.url):
            if len(found := slug_words(split_url(url).path)) >= 3:
                words |= found
        return words

    @once
    def head_title(self) -> str | None:
        """The text of <title>."""
        head_title = self.root.find(".//title")
        text = text_content(head_title) if head_title is not None else None
        return unescape(text) if text and _ESCAPED_ENTITY.search(text) else text  # ("Rubrik &amp;#8211;
        # Allmännyttan": an entity escaped twice, wp_title's output under some themes, Illdy's)

    def _line_after_first_date(self, lines: list[Line]) -> Line | None:
        """Text shape: the date line, then a short title line."""
        for i, ln in enumerate(lines[:-1]):
            if ln.link or not date_line(ln.text, self.profile):
                continue
            nxt = lines[i + 1]
            if len(nxt.text) <= 160 and not nxt.text.endswith(".") and not nxt.link:
                return nxt
            return None
        return None

    # -- where the article is ---------------------------------------------
    def scope(self, title_el: Element | None) -> Element | None:
        """The element holding the article: hook, <article>, title+body ancestor, <main>."""
        related = {el for el, f in self.marks.items() if "related" in f}
        boxes = [el for el, f in self.marks.items() if "container" in f and not has_ancestor(el, related)]
        if title_el is not None:
            for box in boxes:
                if has_ancestor(title_el, {box}):
                    return box
        elif boxes:
            return boxes[0]
        bodies = [el for el, f in self.marks.items() if "body" in f and not has_ancestor(el, related)]
        anchor = title_el if title_el is not None else (bodies[0] if bodies else None)
        if anchor is None:
            return None
        chain = list(anchor.iterancestors())
        for el in [anchor, *chain]:
            if el.tag == "article":
                return el
        if title_el is not None and bodies:
            for el in chain:
                if has_ancestor(bodies[0], {el}):
                    return el if el.tag not in ("body", "html") else None
        for el in [anchor, *chain]:
            if el.tag == "main" or el.get("role") == "main":
                return el
        return None

    def _inline_related(self, seq: list[Line]) -> set[int]:
        """Places of a "Relaterade artiklar" box inside the text (Jannah): its heading and teaser
        lines, when the text goes on after it."""
        boxed: set[int] = set()
        for j, ln in enumerate(seq):
            if ln.link or len(ln.text) > 60 or not self.profile.matches("words", "related_headings", ln.text):
                continue
            figure = next((a for a in ln.el.iterancestors() if a.tag == "figure"), None)
            if figure is not None:  # the label as the caption under a link card (Ghost's bookmark card,
                # "Läs också" in its figcaption), the text going on under it
                first = j
                while first > 0 and j - first < 8 and seq[first - 1].link and has_ancestor(seq[first - 1].el, {figure}):
                    first -= 1
                if first < j and any(not n.link and not n.heading and len(n.text) >= 60 for n in seq[j + 1: j + 3]):
                    boxed.update(range(first, j + 1))
                    continue
            k = j + 1
            while k < len(seq) and k - j <= 8 and (seq[k].link or date_line(seq[k].text, self.profile)):
                k += 1
            # the text goes on: in the body hook, or, with no hook, beside the label under one parent
            # (Ghost Casper's "Läs också:", a bookmark card, then the next subheading and paragraphs)
            if "body" in ln.flags:
                goes_on = any("body" in n.flags and not n.link and len(n.text) >= 60 for n in seq[k: k + 3]) \
                    or k < len(seq) and seq[k].heading and self.prose_follows(seq, k - 1)
                # (or a subheading of the text: "Läs också:" and two links, then "Fakta om …" and its list, Founder)
            else:  # (two paragraphs: a closing note after the links is not the text going on)
                goes_on = sum(ln.el.getparent() is not None and n.el.getparent() is ln.el.getparent()
                              and not n.link and len(n.text) >= 60 for n in seq[k: k + 4]) >= 2 \
                    or _boxed_in_text(seq, j, k) \
                    or k == j + 1 and ln.hrefs and k < len(seq) and seq[k].heading and any(
                        not n.link and len(n.text) >= 60 and not n.flags & {"related", "footer", "aside"}
                        for n in seq[k + 1: k + 8])  # (or "Läs också: <a>…</a>" on one line, then the text's next
                # subheading, its list and paragraphs: Hugo Paige's)
            if (k > j + 1 or ln.hrefs) and goes_on:
                boxed.update(range(j, k))
        return boxed

    def _after_page_footer(self, ln: Line) -> bool:
        """A line printed after the page's own footer, a box with text right under <body> or its
        wrapper (P2's keyboard help box after ``div#footer``); not after a widget's "footer-wrapper"."""
        return ln.index >= self._footer_at

    @once
    def _footer_at(self) -> int:
        """The first line printed after such a footer (past the last line when there is none)."""
        footers = [el for el in self.page_footers
                   if sum(1 for _ in islice(el.iterancestors(), 4)) <= 3 and shown_text(el).strip()]
        return min((i for el in footers if (i := self._first_line_after(el)) is not None), default=len(self.lines))

    def _first_line_after(self, el: Element) -> int | None:
        """The index of the first line whose element comes after ``el`` (and its box) in the document."""
        of = self._line_of_element
        for up in [el, *el.iterancestors()]:
            for sibling in up.itersiblings():
                for d in sibling.iter():
                    if d in of:
                        return of[d]
        return None

    @once
    def _line_of_element(self) -> dict[Element, int]:
        """Each line's element and the first line it holds."""
        of: dict[Element, int] = {}
        for ln in self.lines:
            of.setdefault(ln.el, ln.index)
        return of

    def is_end(self, seq: list[Line], j: int, ti: int = -1) -> str | None:
        """Why line j ends the body: 'hook', 'heading', 'bio', 'teasers', 'contacts', 'footer' or None
        (``ti``: the title's place; a date line right under it is the article's own)."""
        ln, words = seq[j], self.profile
        if "related" in ln.flags:
            return "hook"
        if "footer" in ln.flags or self._after_page_footer(ln):
            return "footer"
        if j > ti + HEADER_ZONE and (_PAGE_PUBLISHER.match(ln.text) or ln.heading and _PAGE_INFO.fullmatch(ln.text)):
            return "footer"  # the page's information under the text: "Sidinformation", "Sidan publicerad av: …"
        if j > ti + 1 and _heads_contact_box(ln) and not self._text_goes_on_past(ln, seq[j + 1:]):
            return "contacts"  # a press release's contacts in a box of their own under their heading ("För
            # ytterligare information, kontakta:" in ``div.press-release__contacts``, "Har du frågor?" in Micasa's
            # ``div.contact-box``): whom to call, after the text
        if j > ti + HEADER_ZONE and len(ln.text) <= 60 and _FIELD_LABEL.search(ln.el.get("class") or "") \
                and by.is_contact_label(ln.text) and not self._text_goes_on_past(ln, seq[j + 1:]):
            return "contacts"  # a field of its own after the text's, labelled whom to call ("<div class=field__label>
            # Mer information</div>" over names, numbers and addresses: Finnlines' Drupal release)
        if (ln.heading or len(ln.text) <= 60) and words.matches("words", "related_headings", ln.text):
            if ln.link_chars and not ln.heading and self.prose_follows(seq, j):
                return None  # "Läs också: <link>" inside the text: one line to skip, not the end
            if _box_inside_text(ln.el) is not None:
                return None  # a small box of links between two paragraphs of the text (a "Läs också" block in
                # the rich text, SWELL's blog card): its lines are skipped, the text goes on under it
            return "heading"
        if ln.heading and not ln.link and _READ_MORE_HEADING.match(ln.text) \
                and any(is_article_link(n.link, self.url, words) for n in seq[j + 1: j + 3]) \
                and sum(len(n.text) >= 120 and not n.link_chars for n in seq[j + 1:]) \
                <= sum(is_article_link(n.link, self.url, words) for n in seq[j + 1:]) \
                and _box_inside_text(ln.el) is None:
            return "heading"  # "Läs mer" over cards of other posts, an excerpt at most to each (Wagtail's news
            # template); not a "Read more" over links inside the text, with the story going on under them (nor a
            # box of them between its paragraphs: Lerums Tidning's ``div.read-more-box``)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.heading and not ln.link and len(ln.text) <= 40 \
                and not words.matches("words", "bio_headings", ln.text) and not _in_bio_box(ln.el) \
                and (k := self._card_heading_under(seq, j)) is not None \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 3 \
                and sum(len(n.text) >= 120 and not n.link_chars for n in seq[j + 1:]) \
                <= sum(is_article_link(n.link, self.url, words) for n in seq[j + 1:]) \
                and _box_inside_text(ln.el) is None \
                and not any(len(n.text) >= PROSE_LINE and not n.link_chars and n.el.getparent() is ln.el.getparent()
                            for n in seq[k + 1:k + 12]):
            return "heading"  # any heading over cards headed by links to other posts, after the text ("Mer opinion"
            # over the column's sister columns, Kyrkpressen's ``div.newslist``); not over links set in the text, its
            # paragraphs going on beside the heading under them (Al Jazeera's "More:")
        if (ln.heading or ln.whole and _in_bio_box(ln.el)) and not ln.link and (m := _ABOUT.match(ln.text)) \
                and people.plausible_name(m[1], words) \
                and not people.is_desk(m[1], words) and people.named_bylines(self.index, words, naming=m[1]):
            return "bio"  # "Om Erik Holm", a name the byline markup holds, over the author's box (Donovan's
            # author-title; HubSpot's ``p.blog-post__author-bio-name`` in its bio box); not "Om Bostadsbolaget
            # Gränsby" over the company's description, nor "Om Bostads AB Älvhem" over a press release's
            # boilerplate when the company signs it
        if ln.heading and not ln.link and _about_the_site(ln.text, words):
            return "bio"  # "Om Allmännyttan" over the site's own box after the post (WonderCMS's static block)
        if not ln.link and words.matches("words", "bio_headings", ln.text) and (ln.heading or ln.whole and (any(
                people.plausible_name(n.text, words) for n in seq[j + 1: j + 2]) or _in_bio_box(ln.el))):
            return "bio"  # "Om skribenten" over the writer's box inside the text's element (a shortcode), as a
            # heading or as the box's label over the name (TYPO3's blog: <div class="postauthor__intro">) or over
            # the bio in a box classed as one (a Webflow agency's ``div.author-bio-heading``)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.heading and not ln.link and _ABOUT_THIS_POST.match(ln.text) \
                and any(people.plausible_name(n.text, words) for n in seq[j + 1: j + 2]):
            return "bio"  # "Om den här artikeln" over its writers' cards, name, title and a line about each (EY's
            # about-article box)
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.link and ln.whole and len(ln.text) <= 30 \
                and people.is_byline_label(ln.text, words) and any(
                    people.plausible_name(n.text, words, single_word=True) for n in seq[j + 1: j + 2]) \
                and sum(len(seq[k].text) >= PROSE_LINE for k in range(ti + 1, j)) >= 2:
            return "bio"  # "Författare" / "Allmännyttan" / "Publicerad" …: the post's licence box (Fuwari); not the
            # byline's "Text" over the writers' names under the lead and the picture (Leo's Lekland's Next.js news)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.heading and ln.link and len(ln.text) <= 60 \
                and people.AUTHOR_PATH.search(split_url(ln.link).path or "") \
                and sum(len(seq[k].text) >= 100 for k in range(ti + 1, j)) >= 3 \
                and not any(find_swedish_date(n.text) for n in seq[j + 1: j + 3]):
            return "bio"  # a heading linking the author's page after the text: the author box (Total's), not
            # the byline of a header over the text ("Joshua Sokol" / role / "May 20, 2019": Quanta)
        if ti >= 0 and j > ti + HEADER_ZONE and len(ln.text) <= 100 and ln.hrefs and ln.linked \
                and ln.text.startswith(ln.linked[0]) and people.AUTHOR_PATH.search(split_url(ln.hrefs[0]).path or "") \
                and _in_profile_box(ln.el) and people.plausible_name(ln.linked[0], words, single_word=True) \
                and sum(len(seq[k].text) >= 100 for k in range(ti + 1, j)) >= 3:
            return "bio"  # the author's name linking their page, in a box its class calls a profile, after the
            # text: the writer's profile box (brunch's ``wrap_profile``: name, job, bio, subscribers)
        if ti >= 0 and j > ti + HEADER_ZONE and len(ln.text) <= 60 and has_byline_prefix(ln.text, words) \
                and any(people.AUTHOR_PATH.search(h) for h in ln.hrefs):
            return "bio"  # "By Maja Öberg" linking her page after the text: the author box (Newsup)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.link and ln.whole and len(ln.text) <= 40 \
                and _AUTHOR_QUERY.search(ln.link) and j + 1 < len(seq) and not seq[j + 1].hrefs \
                and (len(seq[j + 1].text) >= 40 and sum(len(seq[k].text) >= 100 for k in range(ti + 1, j)) >= 3
                     or _in_bio_box(seq[j + 1].el) and sum(len(seq[k].text) >= PROSE_LINE for k in range(ti + 1, j)) >= 2):
            return "bio"  # the author's name linking the posts by them ("?author=…"), over a line about them,
            # after the text: the author's box (Squarespace's BlogItem-author-profile; a short line in Bedford's
            # BlogItem-author-bio)
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.link and ln.whole and len(ln.text) <= 20 \
                and ln.text.endswith(":") and is_terms_line(ln.text, words) and j + 1 < len(seq) \
                and terms_only(seq[j + 1], words) and sum(len(seq[k].text) >= PROSE_LINE for k in range(ti + 1, j)) >= 2:
            return "footer"  # "Kategori:" on a line of its own over the post's term links, after its text (Drupal
            # 7's field label, Zircon's): the text has ended
        if ti >= 0 and j > ti + HEADER_ZONE and ln.heading and not ln.link and len(ln.text) <= 40 \
                and (len(after := seq[j + 1: j + 3]) == 2 and all(n.link and terms_only(n, words) for n in after)
                     or is_terms_line(ln.text, words) and after[:1] and after[0].link and terms_only(after[0], words)) \
                and sum(len(seq[k].text) >= PROSE_LINE for k in range(ti + 1, j)) >= 2:
            return "footer"  # a heading over two or more term links after the text ("Ämnen i artikeln" over
            # "Bostadsmarknad", "Hyresrätter", a local paper's topics), or a terms' heading over one ("Ämnen" over
            # "Säkerhet", Mynewsdesk's): the text has ended
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.heading and _in_author_bio(ln.el) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "bio"  # the account's line about itself in the author profile under the text, its name on the
            # line over it ("<div class=author-name>Ordväxlingen</div><div class=author-bio><p>Poesiklubb och
            # slamscen …</p>", Squarespace's blog item author profile)
        if ti >= 0 and j > ti + HEADER_ZONE and (ln.heading and (m := _ABOUT_HEADING.match(ln.text))
                                                 and (people.is_site_name(m[1], words)
                                                      or folded(m[1]) in self.own_names
                                                      or _boilerplate_box(ln.el))
                                                 or _about_in_boilerplate(ln.el)) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Om Jula" over the company's standing paragraph under every release: the press room's
            # boilerplate, not the text (or a company's, its box classed so: Kia's "Om Kia Sverige" on Mynewsdesk); or in
            # bold opening its paragraph in a box classed so: Deloitte's "<b>Om Deloitte</b><br>…" (not in a plain one,
            # which Zyte's gold keeps as text: "About my6sense")
        if ti >= 0 and j > ti + HEADER_ZONE and self._in_licence_box(ln.el) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # the post's copyright box, its author, this page's address and the licence (Hugo
            # MemE's and Hexo NexT's post-copyright): the text has ended
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.link and _COPYRIGHT_LINE.match(ln.text) \
                and not ((above := next((n for n in reversed(seq[ti + 1:j]) if not n.link), None)) and above.heading) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Copyright (C) 2024 Bostads AB Ängshem. Alla rättigheter förbehållna." after the text,
            # then whom the mail went to and how to unsubscribe (a Mailchimp newsletter's footer, no class naming it;
            # not under the site footer's column headings, "Our Channels", whose links the text has dropped)
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.link and (m := _TITLE_FIELD.match(ln.text)) \
                and m[1].casefold() == seq[ti].text.casefold():
            return "footer"  # "Titel: <the post's title>", then "Författare: …", "Länk: …": its licence box (Redefine)
        if not ln.heading and (len(ln.text) <= 30 and words.matches("words", "sign_offs", ln.text)
                               or _ON_BEHALF.match(ln.text)) and self.sign_off(seq[j:j + 2]):
            return "footer"  # "Hälsningar" over the letter's signer: what follows is the newsletter's chrome; or
            # "För Hagakyrkans församlingsstyrelse" over its chair's name and title, closing a church's statement
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.heading and not ln.link and len(ln.text) <= 60 \
                and (_PLACE_AND_DATE.match(ln.text) or _closes_press_release(ln.text)) \
                and self.press_release_signer(seq[j - HEADER_ZONE - 1:j + 4]):
            return "footer"  # a press release's place and date over its signer, or its company's name closing it
            # before the contacts: the press office's closing, not the text
        if not ln.heading and ti >= 0 and j > ti and words.matches("words", "post_footers", ln.text):
            return "footer"  # "This entry was posted on … and is filed under …" (Kubrick's postmetadata)
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.heading and len(ln.text) <= 200 and _POSTED_LINE.match(ln.text) \
                and (len(ln.text) <= 100 and find_swedish_date(ln.text) and "footer" in (ln.el.get("class") or "").lower()
                     or ln.hrefs and len(_META_FIELDS.split(ln.text)) >= 3
                     or _POSTED_AT.match(ln.text) and find_swedish_date(ln.text)) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Postat: den 12 mars 2009 14:32 av webbredaktion" under the text (dasBlog's itemFooter);
            # "Postat av ekbacka | kl. 16:42 | Sommarjobb | kommentarer(0)", the post's meta fields (JUGEM's entry_state);
            # "posted @ 2018-02-15 09:42 Ekbacka Bostäder 阅读(1312)" (cnblogs's postDesc)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.hrefs and len(ln.text) <= 300 and _PREV_NEXT.match(ln.text) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Föregående: <a>…</a> Nästa: <a>…</a>": the links to the posts around it (Discuz's portal)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.hrefs and len(ln.text) <= 200 and _PREV_OR_NEXT.match(ln.text) \
                and len(ln.link_text or "") >= len(ln.text) - 30 and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Previous Post:<a>…</a>", then "Next Post:<a>…</a>", each on its line (Hexo Obsidian)
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.heading and len(ln.text) <= 200 \
                and _labelled_date_field(ln.text, words) and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Kategori: Hyror | Visningar: 1204 | Lade till: Redaktionen | Datum: 03.12.2020": the
            # entry's fields under its text (uCoz's eDetails)
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.heading and ln.hrefs and _footer_byline(ln, words) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # the post's meta line under its text: "Redaktionen onsdag 14 mars 2012 - 10:42 am |
            # ¶ | Renovering, Hyresgäster" (PivotX's Skinny), the author, the date and the categories (a card's
            # meta line opens with its date: "2024-02-19 · 1 min läsning · energi")
        headed = ln.heading or ln.whole and len(ln.text) <= 40 and _HEAD_CLASS.search(ln.el.get("class") or "") is not None
        # (a box its class calls a heading: Breakdance's "bde-heading-1203-111", "bde-comments-list__title")
        if headed and not ln.link and words.matches("words", "comment_headings", ln.text):
            return "footer"  # "Comments (2)" over the readers' comments (beehiiv prints no hook)
        if ti >= 0 and j > ti + HEADER_ZONE and len(ln.text) <= 160 and _ORG_NUMBER.search(ln.text) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # the owner's registration number after the text ("© Pusselklubben Hörnbiten · Ideell
            # förening · Org.nr 802500-0000"): the site's footer, in Google Sites' last section with no hook
        if ti >= 0 and j > ti + HEADER_ZONE and not ln.link and _COMMENT_COUNT_LINE.match(ln.text) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Kommentarer: 2" alone on its line after the text, over the readers' comments
            # (Jimdo's ``p.com-count``)
        if ti >= 0 and j > ti + HEADER_ZONE and headed and not ln.link \
                and words.matches("words", "widget_headings", ln.text) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Senaste blogginlägg" over the side column's boxes, after the text (Tiki's modules)
        if ti >= 0 and j > ti + HEADER_ZONE and ln.link and not ln.heading and PAGER.fullmatch(ln.text) \
                and sum(len(n.text) >= PROSE_LINE for n in seq[ti + 1:j]) >= 2:
            return "footer"  # "Nästa >" after the text: the post's pager, the page's boxes under it (Joomla 2.5's
            # Atomic prints no other hook)
        if (comments := self.reader_comments) and (ln.el in comments or people.in_comment(ln.el, comments)):
            return "footer"  # a reader's comment (schema.org Comment) where no hook or heading ends the text
        near = seq[j + 1: j + 3]
        if not ln.link and date_line(ln.text, words) and any(
                is_article_link(n.link, self.url, words) and (n.heading or j > ti + HEADER_ZONE) for n in near) \
                and not self._in_box_inside_text(seq, j):
            # a teaser links elsewhere; right under the title only a linked headline makes the date a teaser's (not
            # one in a small box of links between the text's paragraphs: Squarespace's "Läs också" summary block)
            return "teasers"
        if ln.link and ln.link not in self.itself and (date_line(ln.plain, words) or date_line(ln.text, words)) \
                and "author" not in ln.flags and not people.AUTHOR_PATH.search(split_url(ln.link).path) \
                and not (0 <= ti and len(over := [n for n in seq[ti + 1:j] if not n.flags & {"caption", "figure"}])
                         < HEADER_ZONE and ln.plain and not date_line(ln.link_text or "", words)
                         and sum(len(n.text) >= PROSE_LINE for n in over) <= 1):
            return "teasers"  # (not the post's own date linking its permalink: Chaplin's meta line; nor the
            # byline's link to its author's page beside the date, "Karin Dahl 3 oktober 2024 5 min read"; nor the
            # post's section linked beside its date under the title and its lead, "<a>Västerbotten</a> för 3 timmar
            # sedan", the lead picture's caption lines between not counted; PHP-Fusion's "<a>Admin</a> augusti 19 2021
            # 864" after the text ends it)
        return None

    def _in_box_inside_text(self, seq: list[Line], j: int) -> bool:
        """Line j lies in a small box of links between the text's paragraphs, labelled "Läs också" a few lines
        over it."""
        return any(len(n.text) <= 60 and self.profile.matches("words", "related_headings", n.text)
                   and (box := _box_inside_text(n.el)) is not None and box in seq[j].el.iterancestors()
                   for n in seq[max(0, j - 12):j])

    def _card_heading_under(self, seq: list[Line], j: int) -> int | None:
        """The place of a heading linking another post (not a person's page) one or two lines under line j, only
        short lines between (a card's writer): the first card under a heading."""
        for k in range(j + 1, min(j + 3, len(seq))):
            card = seq[k]
            if card.heading and card.link and card.link not in self.itself \
                    and is_article_link(card.link, self.url, self.profile) \
                    and not people.plausible_name(card.text, self.profile):
                return k if all(len(n.text) <= 40 for n in seq[j + 1:k]) else None
        return None

    def prose_follows(self, seq: list[Line], j: int) -> bool:
        """Running text (a long unlinked paragraph) or a subheading inside the body hook within
        the next three lines, a picture's caption passed over (Extra: "Läs också", a figure,
        "Det här gör ungdomarna" and a list)."""
        after = [n for n in seq[j + 1: j + 6] if not n.flags & {"caption", "figure"}][:3]
        return any(not n.link and not n.flags & {"related", "footer", "aside"} and (
            len(n.text) >= 60 or n.heading and ("body" in n.flags  # a subheading inside the hooked text
                                                or k + 1 < len(after) and not after[k + 1].hrefs
                                                and len(after[k + 1].text) >= 30  # or over unlinked lines: a fact box
                                                and not find_swedish_date(after[k + 1].text)  # (not a comment's
                                                and not self.profile.matches("words", "comment_headings", n.text))
            # name and time under "Kommentarer: 2", Jimdo's)
            and not self.profile.matches("words", "related_headings", n.text))
            for k, n in enumerate(after))

    # -- article -----------------------------------------------------------
    def article(self, out: dict[str, Any]) -> dict[str, Any]:
        """Fill the article shape."""
        title, t = self.title()
        self.title_date = _undated_title(self.lines[t].text, self.profile)[1] if t is not None else None
        title_line = self.title_line = self.lines[t] if t is not None else None
        box = self.article_box = self.scope(title_line.el if title_line else None)
        seq = [ln for ln in self.lines_in(box) if "unhidden" not in ln.flags]  # cards' bylines: not the article's
        ti = next((i for i, ln in enumerate(seq) if ln is title_line), -1)
        if ti < 0:
            first_body = next((i for i, ln in enumerate(seq) if "body" in ln.flags), 0)
            ti = first_body - 1
        end, why = len(seq), None
        started = False  # the article's own date and byline lines look like a teaser's
        inline = self._inline_related(seq)
        for j in range(ti + 1, len(seq)):
            if j in inline:
                continue
            if started and (why := self.is_end(seq, j, ti)) or not started and "related" in seq[j].flags \
                    and (why := "hook"):
                end = j
                break
            started = started or self.opens_body(seq[j], title)
        if why == "teasers" and end - 2 > ti and not seq[end - 1].link and seq[end - 2].link \
                and seq[end - 2].link not in self.itself and is_article_link(seq[end - 2].link, self.url, self.profile):
            end -= 2  # the teaser's linked title and its excerpt above its date line (Matery's prev/next cards)
        elif why == "teasers" and end - 2 > ti and (card := seq[end - 1]).link and card.link not in self.itself \
                and card.link_text == card.text and is_article_link(card.link, self.url, self.profile):
            end -= 1  # or its linked title alone, right above it (Squarespace's summary block under "Fler uppdrag
            # från bloggen")
        if why == "teasers" and end - 1 > ti and len(seq[end - 1].text) <= 50 \
                and not re.search(r"[.!?]$", seq[end - 1].text) and not seq[end - 1].link:
            end -= 1  # the related block's own heading ("Mer att läsa")
        region = seq[ti + 1: end]
        header, rest = self.split_header(region)
        start = max(0, ti - 3)
        while start > max(0, ti - 8) and "header" in seq[start - 1].flags and "header" in seq[ti].flags:
            start -= 1  # (further up in the title's own header box: Rosberg's meta row of category and date over
            # the writers' cards, two names and titles, then the headline: MODO's)
        around = seq[start: ti + 1] + header
        boxed = {id(seq[j]) for j in inline}
        cand = [ln for ln in rest if id(ln) not in boxed and self.is_body_candidate(ln, title)]
        if (comments := people.comment_boxes(self.index)) and any("body" in ln.flags for ln in cand):
            cand = [ln for ln in cand if not people.in_comment(ln.el, comments)]  # (a comment's own "entry-content",
            # hAtom in DokuWiki's discussion, is no hook for the post's text)
        if any("body" in ln.flags for ln in cand):  # theme hook for the body wins
            first = next(i for i, ln in enumerate(cand) if "body" in ln.flags)
            # a lead paragraph printed above the hooked body (Mynewsdesk's summary) opens the text
            near = (title_line.index if title_line else -1) + HEADER_ZONE + 4  # right under the title
            lead = [ln for ln in cand[max(0, first - 2):first] if _is_lead(ln) and not ln.link_chars
                    and (ln.index <= near or any(_LEAD_CLASS.search(box.get("class") or "")
                                                 for box in (ln.el, ln.el.getparent()) if box is not None))]
            # (or further down, its box named for a lead: Timbro's ``div.c-article__preamble`` after the side column)
            cand = lead + [ln for ln in cand if "body" in ln.flags]
        prose = next((i for i, ln in enumerate(cand) if len(ln.text) >= 100), 0)
        cand = [ln for i, ln in enumerate(cand)  # "Robert Burns, AP National Security Writer" before the text
                if i >= min(prose, 3) or not by.split_name_role(ln.text, self.profile)]
        texts = [ln.text for ln in cand]
        quoted = _under_quotes(cand)
        k, block = by.author_block(texts, self.profile, quoted=quoted)
        if block and k < len(cand) and all(ln.el.tag == "li" for ln in cand[k:]) and not by.is_contact_block(texts, k):
            k, block = len(cand), []  # a list of people closing the text ("Delphis team bestod av:" over "<li>Oskar
            # Lindahl, advokat (skatterätt)</li>", a law firm's deal note): the team, no signers (not a list of whom to
            # call, each with a number, which the contacts' rules below read)
        note_after, labelled_note = None, False
        if not block and len(cand) > 3 and (_in_italics(cand[-1].el) or self.profile.matches(
                "words", "disclaimers", texts[-1]) or _REPUBLISHED.match(texts[-1])) \
                and (cand[-1].el.getparent() is not cand[-2].el.getparent() or (labelled_note := (
                    _in_italics(cand[-1].el) and bool(_NOTE_LABEL.match(texts[-1]))))):
            k, block = by.author_block(texts[:-1], self.profile, quoted=quoted)  # the signatures over an editor's
            # note in a box of its own, "Debattartikeln har tidigare publicerats i …" (an agency's debate article)
            if block and (not _in_italics(cand[-1].el) and _REPUBLISHED.match(texts[-1]) or labelled_note):
                note_after = cand[-1]  # (where first published, in plain type: a line of the text, Axfood's; or a
                # note in italics under the signature, its label opening it: "Tillägg 10 juni 2021: …", BirdLife's)
            k = k if block else len(cand)
        if not block and len(cand) > 3 and _NOTE_LABEL.match(texts[-1]) \
                and (slashed := by.slash_signed(texts[-2], self.profile)):
            k, block, note_after = len(cand) - 2, slashed, cand[-1]  # "/ Eva Lindholm, förbundsordförande …" over
            # a note on the survey ("Om enkäten: …"), which stays in the text
        over_contact = False
        if not block:  # the signer over a whole contact line closing the text
            k, block = by.signed_over_a_contact_line(texts, self.profile, quoted)
            over_contact = bool(block)
            if block and by.is_update_note(texts[-1]) and not _in_small_type(cand[-1].el):
                note_after = cand[-1]  # the editor's dated note under the signature, in the text's own type, stays
                # in it ("Uppdatering 3 mars 2020: Nu har vi repat …" after "Text: A (trumpet) och B (trombon)"; not
                # one in small grey type, an aside: Cocolog's "<span style='font-size: x-small'>Uppdaterat …")
        if block and cand[k].heading and len(cand) - k > 2:
            k, block = len(cand), []  # a heading over lines ("Fakta Ekbacken", then "Byggår: 1964"): a fact box
        elif block and not over_contact and not _TEXT_CREDIT.match(texts[k]) and by.is_contact_block(texts, k) \
                and not by.signed_with_own_details(texts, k, block):
            # "Kontakt: Anna Ek, presschef, 070-…": whom to call, not who wrote; who signed is above the contacts'
            # label (a "Text:" credit under the text's last paragraph, "… besvaras av kundservice på 090-10 20 30.",
            # signs it)
            k, block = by.signed_above_contacts(texts, k, self.profile, quoted) or (len(cand), [])
            if block and _item_of_a_list(cand[k].el):
                k, block = len(cand), []  # an item of a list in the text over the press contacts ("Kvarteret
                # Ässjan, Smedjegatans Bostäder", an area and its company), no signature
        if block and all(ln.el is not None and _in_contact_box(ln.el, 2) for ln in cand[k:]):
            block = []  # whom to call, in cards its class calls the contacts' ("<div class=contact-card>" under
            # "Frågor om dialogen"): no signers, and no text, nor the heading over them
            while k > 0 and cand[k - 1].heading and _in_contact_box(cand[k - 1].el, 2):
                k -= 1
        body = cand[:k] + ([note_after] if note_after is not None and block else [])
        while len(body) > 1 and _COUNT_ONLY.fullmatch(body[0].text):
            body = body[1:]  # "21" (the likes), "2/3" (the part of a series) over the text: counters, no words (velog)
        signed_to = cand[-1].index if block else -1  # the signature closing the text (its lines are no date's)
        related = self.related(seq, end, why)
        teaser_texts = [t for r in related for t in (r["title"], (r["excerpt"] or "")[:60]) if t]
        body_chars = sum(len(ln.text) for ln in body)
        dense = [] if body_chars >= DENSE_CHECK_BELOW else [  # related teasers stay out
            ln for ln in self.densest_text(title) if not any(t in ln.text for t in teaser_texts)]
        if dense and sum(len(ln.text) for ln in body) < DENSITY_SWITCH * sum(len(ln.text) for ln in dense):
            # The scope held a caption, a teaser or the footer: the article is where the text is.
            body, block, signed_to = dense, [], -1
            if not region or region[-1].index < dense[0].index:  # the scope held the header only: the text's
                # pictures and their captions are where the text is (Hugo Tania's ``div.article-post``)
                known = {id(ln) for ln in region}
                region = region + [ln for ln in self.lines[dense[0].index: dense[-1].index + 1] if id(ln) not in known]
            quoted = _under_quotes(dense)
            k, signers = by.author_block([ln.text for ln in dense], self.profile, quoted=quoted)
            over_contact = not signers
            if over_contact:
                k, signers = by.signed_over_a_contact_line([ln.text for ln in dense], self.profile, quoted)
            if signers and k > 0 and not (dense[k].heading and len(dense) - k > 2) \
                    and (over_contact or not by.is_contact_block([ln.text for ln in dense], k)):
                body, block, signed_to = dense[:k], signers, dense[-1].index  # the signatures closing that text
                # (Rowling's debate piece: "<strong>Name</strong><br>role", twice)
        if not block and len(body) > 3 and by.is_contact_line(body[-1].text) and body[-2].whole \
                and not body[-2].hrefs and people.desk_words(self.profile).fullmatch(body[-2].text):
            block, body = [{"name": body[-2].text, "role": None, "as_printed": True}], body[:-2]  # "Redaktionen"
            # over "Presskontakt: Petra Nyström, …, 070-…" (OverBlog's post)
        if not block and len(body) > 2 and body[-1].whole and not body[-1].hrefs and len(body[-1].text) <= 40 \
                and people.desk_words(self.profile).fullmatch(body[-1].text):
            block, body = [{"name": body[-1].text, "role": None, "as_printed": True}], body[:-1]  # "Redaktionen"
            # alone on the text's last line signs it (Tove's right-aligned paragraph)
        if not block and len(body) > 2 and (board := _board_signing(body)):
            block, body = board, body[:-1]  # "<p><em>Styrelsen i Syltkoket Gläntan</em></p>" closing the text
        if not block and why != "contacts":  # an author box after the body (entry footer; not the contacts' cards)
            last = cand[-1].index if cand else -1
            after = [ln for ln in rest + seq[end + (why == "bio"):] if ln.index > last]  # past "Om skribenterna"
            after = after[:next((i for i, ln in enumerate(after) if not ln.hrefs and len(ln.text) <= 40
                                 and (self.profile.matches("words", "related_headings", ln.text)
                                      or ln.heading and self.profile.matches("words", "comment_headings", ln.text))),
                                len(after))]
            # (a bare "Läs också" heads the cards of other posts, their authors' names and titles under it:
            # AgencyOS's post page; "Lägg till en kommentar" heads the readers' form and comments, Grav's)
            after = [ln for ln in after if "related" not in ln.flags and not ln.link
                     and not (ln.heading and _ABOUT_HEADING.match(ln.text))  # ("Om Jula" over the company's text)
                     and not _about_in_boilerplate(ln.el)  # (or in bold in a boilerplate box: Deloitte's)
                     and not is_terms_line(ln.text, self.profile) and not terms_only(ln, self.profile)
                     and not (len(ln.text) <= 160 and self.profile.matches("words", "related_headings", ln.text))
                     and not is_chrome(ln.text, self.profile) and not _in_contact_box(ln.el)]
            # (a "Läs också: …" line between the text and its signature: Type on Strap's column; the share bar's
            # "Dela LinkedIn Facebook E-post", its links buttons, no author; nor a contact's card under "Frågor om
            # arbetet?", Webflow's ``div.blog-post-content_contact``)
            after = after[:next((i for i, ln in enumerate(after) if "aside" in ln.flags
                                 and is_chrome(ln.text, self.profile)), len(after))]
            # (nor what follows a side column's "On This Page": Stellar's table of contents widget)
            block = by.author_block_at_start([ln.text for ln in after], self.profile)

        out.update(canonical_url=self.canonical, title=title)
        last = max(body[-1].index if body else ti, signed_to)
        comments = people.comment_boxes(self.index)
        below = [ln for ln in seq if ln.index > last and "related" not in ln.flags  # tag links passed over
                 and (not ln.link or ln.link in self.itself or _footer_date(ln, self.profile))
                 and ln.el not in comments and not people.in_comment(ln.el, comments) and not ln.heading
                 and not _in_contact_box(ln.el)][:3]  # (nor a contact box's lines, Bowlingförbundet's under the text; nor
        # a reader's comment's "Postat av … den …", nor the headings over the comments and their form: concrete5's
        # Greek Yogurt)
        dates, date_warning = self.published(seq, around, below)
        out.update(dates)
        if out.get("published_raw") and (month_first := _month_first_by_clock(
                out["published_raw"], out["published"], (ln.text for ln in self.lines))):
            out["published"] = month_first
        authors = self.authors(seq, around, block, box, below)
        out["authors"] = authors
        if authors:
            out.update(author_name=authors[0]["name"], author_role=authors[0]["role"])
        out.update(self.caption(seq, region))
        out["image_url"] = self.image_url(out["image_caption"])
        if out["photo_credit"] is None and out["image_caption"]:  # the photographer in the press room's image
            out["photo_credit"] = bank_credit(self.root, out["image_url"], self.links.resolve)  # bank under the text
        if out["photo_credit"] is None and out["image_url"] and box is not None and box.tag not in ("body", "html"):
            out["photo_credit"] = page_info_credit(box)  # "Fotograf:" in the page's facts under the text
        if out["photo_credit"] is None and out["image_caption"] is None and out["image_url"]:
            out["photo_credit"] = background_credit(  # "Foto: Henrik Wall" in the cover showing it as a background
                self.index.by_attribute.get("style", ()), out["image_url"], self.links.resolve, self._credit_alone)
        body = [ln for ln in body if ln is not self.caption_line]
        body = _without_cell_labels(body, self.caption_line)
        roles = {a["role"] for a in authors if a["role"]}
        if roles and body:  # an author's role on a line of its own above the text (Drupal's byline paragraphs),
            # or each author's name and role as a list's item ("<li><span class=…__name>Lina Sjöberg</span> <span
            # class=…__role>Avdelningen för penningpolitik</span></li>" under "Författare", Riksbanken's)
            prose = next((ln.index for ln in body if _is_lead(ln)), body[-1].index)
            signed = roles | {f"{a['name']}{sep}{a['role']}" for a in authors if a["role"] for sep in (" ", ", ")}
            body = [ln for ln in body if not (ln.index < prose and ln.whole and ln.text in signed)]
            who_is = {f"{a['name']} är {a['role']}" for a in authors if a["role"]}
            while len(body) > 1 and (parts := people.bio_sentences(body[-1].text)) \
                    and all(part.rstrip(".") in who_is for part in parts):
                body = body[:-1]  # "Elin Varg är energistrateg på Ekbacka Bostäder.": the debaters' closing
                # lines that gave their roles (Hugo Archie), no text of the post
        body = _without_repeated_opening(body)
        out["body_text"] = "\n\n".join(_BULLET_GLYPH.sub("", ln.text) for ln in body) or None
        if out["body_text"] and (typed := lead_stamp(out["body_text"])) and typed[1] == out["published_raw"]:
            out["body_text"] = out["body_text"][len(typed[1]):].lstrip()  # the date typed opening it is no text
        out["body_html"] = body_html(body, self.links) if body else None
        out["lead"] = self.lead(seq)
        out["categories"] = self.terms(box, "categories") or self.ld.get("categories") \
            or self.meta.get("article:section", [])
        out["tags"] = self.terms(box, "tags") or self.ld.get("tags") or self.meta.get("article:tag", [])
        out["related"] = related
        warnings = out["warnings"]
        if self.root.get(REPAIRED):  # the tree was built again, as a browser builds it (dom.parse_html)
            warnings.append(REPAIRED_WARNING)
        if date_warning:
            warnings.append(date_warning)
        if not title:
            warnings.append("title: not found")
        if not body:
            warnings.append("body_text: not found")
        return out

    def densest_text(self, title: str | None) -> list[Line]:
        """Body lines of the block holding the most running text (as Readability weighs it).

        Each paragraph-like line (long enough, few links) scores its length for
        its block's parent and half for the grandparent; the best element's
        body candidates are the answer. Related blocks and teasers do not count.
        """
        scores: dict[Element, float] = {}
        for ln in self.lines:
            if len(ln.text) < DENSE_LINE or ln.link_chars > LINK_SHARE * len(ln.text) \
                    or ln.flags & {"related", "footer", "aside", "caption", "figure"}:
                continue
            parent = ln.el.getparent()
            if parent is None:
                continue
            scores[parent] = scores.get(parent, 0.0) + len(ln.text)
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + len(ln.text) / 2
        if not scores:
            return []
        best = max(scores, key=scores.get)
        inside = self.lines_in(best)
        if sum(1 for ln in inside if ln.link and (ln.heading or "title" in ln.flags)) >= 2:
            return []  # linked headlines between the texts: a listing's teasers, not an article
        return [ln for ln in inside if self.is_body_candidate(ln, title)
                and "related" not in ln.flags and ln.link_chars <= LINK_SHARE * len(ln.text)]

    def opens_body(self, ln: Line, title: str | None) -> bool:
        """A line of running text: from here on, dated links mean another article's teaser."""
        return len(ln.text) >= BODY_LINE and not ln.link and self.is_body_candidate(ln, title)

    @once
    def credit_field_lines(self) -> set[int]:
        """The ids of the lines printing a credit field, label and name ("Foto:" / "Privat"), found once
        per page: no line of them is text."""
        return {id(line) for pair in zip(self.lines, self.lines[1:]) if _credit_field(list(pair), self.profile)
                for line in pair}

    def _flags(self, ln: Line) -> frozenset[str] | set[str]:
        """The line's flags, less "title" on a standfirst the markup calls a headline under the real one
        (Zinnia's ``div.entry-summary itemprop="headline"``)."""
        if "title" in ln.flags and ln.flags & {"lead", "excerpt"} and ln is not self.title_line and len(ln.text) >= 80:
            return ln.flags - {"title"}
        return ln.flags

    def split_header(self, region: list[Line]) -> tuple[list[Line], list[Line]]:
        """Leading date/byline/label lines under the title, and the rest."""
        p = self.profile

        def meta(ln: Line) -> bool:
            text, flags = ln.text, self._flags(ln)
            if "header" in flags and _is_lead(ln) and not flags & {"date", "author", "role", "title"}:
                return False  # a standfirst inside the article's <header> (Kirby, Plone): the text's first lines
            return bool(flags & {"date", "author", "role", "header", "title"} or date_line(text, p)
                        or len(text) <= 120 and _READ_TIME_META.search(text) is not None  # "… / March 2024 (41
                        # Words, 1 Minutes)": the byline line with its reading time (Moonwalk)
                        or is_modified_date(text) or has_byline_prefix(text, p) or is_terms_line(text, p)
                        or is_chrome(text, p) or (ln.link and len(text) <= 40)
                        or "caption" in ln.flags or "figure" in ln.flags or _dated_meta_line(text)
                        or _named_dated_line(text, p)
                        # a <time> in a short line, not a teaser's ("Wednesday January 18, 2017 … by Juli Clover")
                        or ln.times and len(text) <= 140 and not (ln.link and ln.link not in self.itself))

        def person(i: int) -> bool:  # the author's name, and the role under it (Next.js' avatar block)
            text = zone[i].text
            return len(text) <= 40 and is_name(text, p) or i > 0 and len(text) <= 80 and is_role(text) \
                and len(zone[i - 1].text) <= 40 and is_name(zone[i - 1].text, p) \
                or len(text) <= 80 and zone[i].whole and text[-1:] not in ".!?" \
                and bool(pair := by.split_name_role(text, p)) and bool(pair[1]) and people.plausible_name(pair[0], p)
            # (or both on one line: "Jonas Ekström, bosocial strateg på Norrbyhem", SPIP's subtitle)

        n = 0
        zone = region[:HEADER_ZONE + 2]
        for i, ln in enumerate(zone):
            label = len(ln.text) <= 20 and not re.search(r"[.!?]$", ln.text) \
                and any(meta(later) for later in zone[i + 1: i + 3])  # "Detaljer" above the byline and date
            if meta(ln) or label or not ln.link and person(i):
                n += 1
            else:
                break
        for lead in (1, 2) if n == 0 else ():
            # a standfirst (and a deck) between the title and the date or byline: the lead stays the
            # body's first lines
            if len(region) > lead + 1 and all(len(ln.text) >= 40 for ln in region[:lead]) and (
                    region[lead].flags & {"date", "author"} or date_line(region[lead].text, p)
                    or has_byline_prefix(region[lead].text, p)):
                m = lead
                while m < len(zone) and meta(zone[m]):
                    m += 1
                return region[lead:m], region[:lead] + region[m:]
        return region[:n], region[n:]

    def is_body_candidate(self, ln: Line, title: str | None) -> bool:
        """Not chrome, caption, meta line, related teaser or the title again."""
        p = self.profile
        if self._flags(ln) & {"caption", "figure", "title", "date", "author", "role", "aside", "related", "footer"} \
                or "header" in ln.flags and not _is_lead(ln):  # a standfirst in the <header> is text
            return False
        text = ln.text
        if len(text) <= 3 and not any(ch.isalnum() or ch in "%$€£" for ch in text) \
                or len(text) <= 30 and people.is_byline_label(text, p):
            return False  # "/" between two categories, a callout's "💡" (not a table's "%"); "Gästskribent" over
            # the guest's name (Fuwari's note)
        if ln.link_chars and title and text.endswith(title) and _in_breadcrumb(ln.el, 1):
            return False  # the breadcrumb trail ending with the title ("Hem » Om dagiset » Feriearbete …"), inside
            # the text's element (Yoast's ``p#breadcrumbs`` by shortcode)
        if len(text) <= LINKED_LINE_MAX and ln.link_chars > LINKED_LINE * len("".join(text.split())):
            return False  # a headline or menu link standing alone: another page's, not this text
        if ln.link and ln.link not in self.itself and _in_card_link(ln) \
                and ln.link_chars > LINKED_LINE * len("".join(text.split())) and is_article_link(ln.link, self.url, p):
            return False  # the description in a card linking another post, under its title in the same link (Nuxt
            # UI's next-post card after the text)
        if ln.link_chars and len(text) <= 160 and p.matches("words", "related_headings", text):
            return False  # "Läs också: <another article>"
        if len(text) <= 60 and (p.matches("words", "related_headings", text) or ln.heading and _READ_MORE_HEADING.match(
                text)) and _box_inside_text(ln.el) is not None:
            return False  # the label of such a box inside the text ("Läs också", or "Läs mer" as its heading)
        if len(text) <= 300 and p.matches("words", "disclaimers", text):
            return False  # "Detta är ett debattinlägg. Åsikterna är skribentens egna." (Apostrophe's note)
        if len(text) <= 200 and _in_downloads(ln.el):
            return False  # the post's attachments under their heading ("Dokument & länkar" over "Faktablad: … PDF •
            # 212 kB", Mynewsdesk's): files to download, not the text
        if len(text) <= 300 and self.beside_image(ln):
            return False  # the text of a picture's own small box: its caption
        if ln.hrefs and len(text) <= 80 and terms_only(ln, p) \
                and (not (plain := ln.plain.strip(" |·•,/–-")) or _ONE_LABEL.fullmatch(plain)):
            return False  # "| unga": the post's category link after a separator (Redefine's meta bar), or after a
            # vocabulary's label ("Bibliotek: <a href='/nyheter?p_r_p_categoryId=…'>…</a>", Liferay's categories)
        if len(text) <= 120 and ln.hrefs and (found := find_swedish_date(ln.plain)) and found[0] \
                and not _META_REST.sub("", ln.plain.replace(found[1], "")):
            return False  # "Lina Forsberg Energi Renovering 19 oktober 2023 | 0": links, the date and a count
            # (Mesmerize's hero meta line)
        if len(text) <= 120 and is_hashtag_line(text):
            return False  # "#sommarjobb #unga" under the date: the post's tags (WonderCMS)
        if len(text) <= 120 and _dates_and_labels_only(text):
            return False  # "2023-12-01 00:30 2023-12-01 00:30 Skapad": the date fields, twice (Redefine)
        if len(text) <= 80 and ln.whole and next(ln.el.iterchildren("img"), None) is not None \
                and ((pair := by.split_name_role(text, p)) and people.plausible_name(pair[0], p)
                     or people.is_desk(text, p) and text[:1].isupper()):
            return False  # "Sara Nyström, energistrateg på Hembo" beside her picture: the byline (Wagtail's news)
        if len(text) <= 30 and text.endswith(":") and (_date_label(text[:-1], p) or is_modified_label(text)):
            return False  # "Datum:" over the date, a field's label for screen readers (OpenCms Mercury); "Senast
            # ändrad:" over the modified date (Drupal 7's field label)
        if len(text) <= 30 and _date_label(text, p) and ln.index + 1 < len(self.lines) \
                and _dates_and_labels_only(self.lines[ln.index + 1].text):
            return False  # "Publicerad" over "09 april 2024": the date field's term without its colon (<dt>, <dd>)
        if len(text) <= 60 and id(ln) in self.credit_field_lines:
            return False  # "Foto:" / "Privat": the picture's credit field, label and name (Drupal 7's Nexus)
        if len(text) <= 100 and ln.index > 0 and len(label := self.lines[ln.index - 1].text) <= 30 \
                and people.is_byline_label(label, p) \
                and ((names := people.names_in(text, p)) and people.only_names(text, names)
                     or (pair := by.split_name_role(text, p)) and pair[1] and people.plausible_name(pair[0], p)) \
                and not (ln.index + 1 < len(self.lines) and by.split_name_role(self.lines[ln.index + 1].text, p)):
            return False  # "Av:" then "Sara Nilsson, kommunikatör, Hyresbostäder i Vällinge": the byline field (not
            # "Text:" over two "Name, role" lines closing the text: a signature of two, read as one block)
        if len(text) <= 120 and has_byline_prefix(text, p) and (names := people.names_in(strip_byline_prefix(text, p), p)) \
                and (len(text) <= 80 and people.only_names(strip_byline_prefix(text, p), names)
                     or len(names) > 1 and _shared_role(text, names[-1], p)):
            return False  # "Text: Maria Lind och Omar Haddad" on a line of its own: the byline, no text (or with their
            # one role after them: "…, kommunikatörer på Ekbacka Bostäder")
        if len(text) <= 60 and has_byline_prefix(text, p) and people.is_desk(rest := strip_byline_prefix(text, p), p) \
                and people.plausible_name(rest, p, single_word=True):
            return False  # "Text: Redaktionen" closing the text: the desk's signature (Stewart)
        if len(text) <= 120 and _DATED_BYLINE.search(text) and find_swedish_date(text):
            return False  # "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a meta line
        if len(text) <= 12 and _CLOCK_ONLY.fullmatch(text) and ln.index > 0 \
                and (date_line(above := self.lines[ln.index - 1].text, p) or _DAY_ONLY.fullmatch(above)):
            return False  # "2018/02/15", then "10:30": the post's time under its date (FC2's entry_date list;
            # "05/14", then "09:30": Hexo Async's labels)
        if len(text) <= 40 and self._bold_desk_under_title(ln):
            return False  # "<strong>Redaktionen</strong>" under the title: the byline
        if len(text) <= 120 and self.in_byline_box(ln.el):
            return False  # the byline's own small box ("Karin Ekholm Karin Ekholm", Labrador's, or its role)
        if ln.el.tag == "dt" and len(text) <= 40 and _SCREEN_READER.search(ln.el.get("class") or ""):
            return False  # a field's label for screen readers ("<dt class=visually-hidden>Publiceringsdatum</dt>" over
            # the date's field after the text, Norra Skog's info list)
        if ln.el.tag == "span" and _MARGIN_NOTE.search(ln.el.get("class") or ""):
            return False  # a note set in the margin beside its paragraph (Tufte's side and margin notes): no text
        return not (is_chrome(text, p) or is_terms_line(text, p) or is_caption(text, p)
                    or date_line(text, p) or is_modified_date(text)
                    or (title and text.casefold() == title.casefold()))

    def in_byline_box(self, el: Element, levels: int = 4) -> bool:
        """Inside a small element the markup marks as naming an author (a byline, not a bio box)."""
        for box in [el, *islice(el.iterancestors(), levels)]:
            if people.byline_names(self.index, box, self.profile) and _shown_chars(box) <= 200 \
                    and not has_ancestor(box, self.chrome):
                return True
        return False

    def beside_image(self, ln: Line) -> bool:
        """A line in a small box (not a paragraph) that also holds a picture and little else
        text: a gallery item's or an image block's caption."""
        el, size = ln.el, len(ln.text)
        boxes = [el, *list(el.iterancestors())[:2]]
        if not any(box in self.image_boxes for box in boxes[1:]):
            return False  # no picture near: no need to measure the boxes' text (a body's is long)
        if any(box.tag in ("blockquote", "q") for box in boxes):
            return False  # a quote beside its speaker's portrait, and its attribution (Friskis&Svettis' quote block)
        for box in boxes:
            if box.tag in ("body", "article", "main") or self._chars(box) > size + 60:
                return self._caption_block(ln)
            if box is not el and box in self.image_boxes:
                return self.title_line is None or box not in set(self.title_line.el.iterancestors())  # (not a
                # hero box holding the headline, its standfirst and the picture: Next.js's ``header.StoryHero``)
        return False

    @property
    def image_boxes(self) -> set[Element]:
        """Every element holding a picture (worked out on first use)."""
        if self._image_boxes is None:
            self._image_boxes = {a for img in self.index.by_tag.get("img", ()) for a in img.iterancestors()}
        return self._image_boxes

    def _caption_block(self, ln: Line) -> bool:
        """A block of its own, not a paragraph, right beside a picture in the box holding both, the
        box's only text as shown (Webnode's ``div.b-img-t`` in indented builder markup); not a name or
        a role beside an avatar (Bolt's author box), nor text beside a picture with its own <figcaption>."""
        el, parent = ln.el, ln.el.getparent()
        return parent is not None and parent in self.image_boxes and el.tag not in ("p", "li", "td") \
            and not ln.heading and next(el.iter("img"), None) is None \
            and _shown_chars(parent) <= len(ln.text) + 60 and next(parent.iter("figcaption"), None) is None \
            and not is_role(ln.text) and not people.plausible_name(ln.text, self.profile)

    def _chars(self, box: Element) -> int:
        """The length of a box's text, measured once per box (every line of a body asks of its box).

        Raw, indentation included: ``beside_image``'s bound was set on it, and measured as shown
        (``_shown_chars``) it takes an author box beside its avatar for a picture's caption (Bolt)."""
        if box not in self._box_chars:
            self._box_chars[box] = len(text_content(box))
        return self._box_chars[box]

    # -- single fields -----------------------------------------------------
    @once
    def canonical(self) -> str | None:
        """rel=canonical, else og:url, made absolute (read once: the date lookup asks too)."""
        href = canonical(self.root, self.links.resolve) or self.first_meta("og:url")
        if not href:
            return None
        absolute = urljoin(self.url, href) if self.url else href
        return absolute if absolute.startswith(("http://", "https://")) else None

    def _in_licence_box(self, el: Element) -> bool:
        """Inside one of the page's licence boxes, or itself one (three levels up at most)."""
        boxes = self.licence_boxes
        return bool(boxes) and (el in boxes or any(a in boxes for a in islice(el.iterancestors(), 3)))

    @once
    def licence_boxes(self) -> set[Element]:
        """Boxes their class calls a copyright or licence box, linking this page itself or a Creative
        Commons licence (not a picture's copyright line in the text): found once per page, from the
        tree index, not per line."""
        return {box for name, boxes in self.index.by_class.items() if "copyright" in name.lower() or "licen" in name.lower()
                for box in boxes if any("creativecommons.org/" in href or self.links.resolve(href) in self.itself
                                        for a in box.iter("a") if (href := a.get("href")))}

    @once
    def itself(self) -> set[str | None]:
        """The addresses that are this page: fetched, and canonical; and the post a view of it
        shows ("…/slug/comments/", FlatPress's comments view of the post at "…/slug/")."""
        found = {self.url, self.canonical}
        if (m := _POST_VIEW.search(self.url or "")) is not None:
            found.add(self.url[:m.start() + 1])
        return found

    def _self_linked_date(self) -> tuple[str | None, str] | None:
        """The date a link to this page shows as its whole text, outside chrome and comments."""
        itself = {urldefrag(u)[0].rstrip("/") for u in self.itself if u}
        comments = people.comment_boxes(self.index)
        for a in self.index.by_tag.get("a", ()):
            href = a.get("href")
            if not href or not has_digit(text := shown_text(a)) or len(text) > 40:
                continue
            target = self.links.resolve(href)
            if target and urldefrag(target)[0].rstrip("/") in itself and (found := date_line(text, self.profile)) \
                    and found[0] and not has_ancestor(a, self.chrome) and not people.in_comment(a, comments):
                return found
        return None

    def _date_header_above(self, seq: list[Line]) -> tuple[str | None, str] | None:
        """A heading that is only a date right over the post's box, outside it (Blogger's classic
        ``h2.date-header`` over the day's posts), or a ``<time>`` alone there (no-style-please's
        post-meta above the ``<article>``): the post's date."""
        title = self.title_line
        if title is None or not seq or seq[0] is not title:
            return None
        before = self.lines[title.index - 1] if title.index > 0 else None
        return date_line(before.text, self.profile) if before is not None and (before.heading or before.times) \
            and len(before.text) <= 40 and not before.link else None

    def published(self, seq: list[Line], around: list[Line],
                  below: list[Line] = ()) -> tuple[dict[str, Any], str | None]:
        """ISO date from the first layer that has one; raw text as printed.

        ``below``: the lines right after the body, where a post's footer prints its
        date when neither its header nor its metadata has one (Tumblr's themes)."""
        p = self.profile
        around = [ln for ln in around  # a date linking to another post is a teaser's (not a byline's link)
                  if not (is_article_link(ln.link, self.url, p) and ln.link not in self.itself
                          and find_swedish_date(ln.link_text)) and not self._over_another_post(ln)]
        updated = {id(ln) for lines in (seq, below, self.lines) for prev, ln in zip(lines, lines[1:])
                   if is_modified_label(prev.text)}  # "Updated:", then
        around = [ln for ln in around if id(ln) not in updated]  # the modified date on its own line
        if any(_PUBLISHED_LABEL.match(ln.text) and find_swedish_date(ln.text) for ln in around):
            around = [ln for ln in around if not _CREATED_LABEL.match(ln.text)]  # "Skapad den måndag, 14 mars 2016"
            # over "Publicerad tisdag, 15 mars 2016" (Joomla 2.5): when the post went out, not when it was written
        comments = people.comment_boxes(self.index)
        hooked = [ln for ln in seq if "date" in ln.flags and "related" not in ln.flags
                  and not people.in_comment(ln.el, comments) and not self._in_card(ln)] \
            + [ln for ln in self.lines if "postmeta" in ln.flags and "date" in ln.flags and ln not in seq]
        near = hooked + [ln for ln in around if ln not in hooked]
        printed_line = next((ln for ln in hooked if len(ln.text) <= 120 and not is_modified_date(ln.text)
                             and find_swedish_date(ln.text)), None)  # "Uppdaterades: 12/3 2025" in the date hook
        printed = find_swedish_date(printed_line.text) if printed_line is not None else None
        if printed is None and (printed_line := next((ln for ln in around if date_line(ln.text, p)), None)):
            printed = date_line(printed_line.text, p)
        if printed is None and (printed_line := next((ln for ln in around if ln.hrefs and date_line(ln.plain, p)
                                                      and (terms_only(ln, p) or _section_links(ln.el))), None)):
            printed = date_line(printed_line.plain, p)  # the section's link, then the date: "Arbete och
            # utbildning 26 feb. 2024" (Bloomreach's meta line)
        below_title = self.title_line.index if self.title_line else len(self.lines)
        title_at = self.title_line.index if self.title_line else -9
        by_headline = lambda ln: abs(ln.index - title_at) <= 2  # noqa: E731  (a line right over or under it)
        printed = printed or next((f for ln in around if (f := _dated_byline(ln, p, ln.index > below_title))), None) \
            or next((f for ln in around if (f := _labelled_date(ln))), None) \
            or next((f for ln in around if len(ln.text) <= 120 and (f := _published_after_label(ln.text))), None) \
            or next((f for ln in around if by_headline(ln) and (
                f := date_line(_date_classed_text(ln, fields=True) or "", p))), None) or self.title_date \
            or self._date_header_above(seq)
        # (the "Publicerad" date after the update's on one line: "Uppdaterad: 2024-03-04 Publicerad: 2024-02-29")
        if printed and (labelled := self._published_later_on(printed, near + around)):
            printed, near = labelled[1], [ln for ln in near if ln is not labelled[0]]  # (its <time> the other's)
        stamp = next((ln.times[0] for ln in near if ln.times and not (is_modified_date(ln.text) and printed)), None)
        # (not the <time> of "Uppdaterad: 2024-04-18" printed before "Publicerad: 2024-04-16", Ekerö's)
        structured = [self.ld.get("published"),
                      self.first_meta("article:published_time", "og:published_time", "og:article:published_time",
                                      "datepublished",
                                      "date", "dc.date", "dcterms.created", "dc.date.issued", "dcterms.issued",
                                      "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
                                      "article.published", "published_time", "og:regdate",
                                      "bytedance:published_time"),
                      self.microdata("datePublished"), stamp]
        iso = next((d for s in structured if s and (d := parse_structured_date(s))), None)
        if printed and printed_line is not None and iso and printed[0] != iso and (
                modified_only(printed_line.el) or says_updated(printed_line.text.split(printed[1], 1)[0])):
            printed = None  # the theme's "updated" field, the only date in the markup's meta list (WoodMart's
            # ``li.modified-date``, hidden by its stylesheet), or the only date printed says so ("Hållbarhet |
            # Uppdaterad 3 juni 2024", Alimak's): the metadata's publication date stands
        if printed is None and iso is not None and (given := self._published_beside_update(iso)):
            printed, stamp = given  # the metadata gives the update's date as the publication's (Astro Pure)
        if printed is None and iso is None and (early := next((
                ln for ln in self._early_lines(seq) if date_line(ln.text, p) and not _under_another_term(ln, p)), None)):
            # past captions and signatures the header zone did not reach: the first date line under the title
            printed, stamp = date_line(early.text, p), early.times[0] if early.times else None
            iso = parse_structured_date(stamp) if stamp else None
        if printed is None and iso is None and (early := next(
                (ln for ln in self._early_lines(seq, 2) if _dated_byline(ln, p, True)), None)):
            # the line right under the title holds the date among other words ("OSS×クラウド最新TOPICS
            # 2019年3月15日 09:43"): when nothing else dates the page
            printed, stamp = _dated_byline(early, p, True), early.times[0] if early.times else None
            iso = parse_structured_date(stamp) if stamp else None
        if printed is None and iso is None and (opening := next(
                (f for ln in self._early_lines(seq) if (f := _published_opening(ln.text))), None)):
            printed = opening  # past a status panel's fields under the title (Mälarenergi's service notices)
        if printed is None and iso is None and (field := _published_field(seq + self._sidebar_lines(seq), p)):
            printed, stamp = field  # a "Publicerad" term over its date in a list of the page's properties (Eleventy
            # Notes' side panel: <dt>Publicerad</dt><dd><time>2023-06-05</time></dd>)
            iso = parse_structured_date(stamp) if stamp else None
        if printed is None and iso is None and (named := next((
                (ln, text) for ln in [*seq, *self._sidebar_lines(seq), *below] if id(ln) not in updated
                and (text := _date_classed_text(ln, by_headline(ln)))
                and not people.in_comment(ln.el, comments)  # (a reader's comment's "comment-date": Confluence)
                and date_line(text, p)), None)):
            # an element whose class names a date, even in the article's meta <aside> (Spektrum's
            # content__meta__date) or the post's sidebar (Posthaven's "actual-date"), or a field of a meta line
            # (OS2Web's "<span class=date>5. september 2018</span> <span>Anna Berg</span>" over the headline), or in
            # the post's footer under the text, beside its update ("<footer><span class=news-page__date>19 februari
            # 2024 14:30</span><span>Uppdaterad: …</span>", a federation's Episerver page):
            # when nothing else dates the page
            named, text = named
            printed, stamp = date_line(text, p), named.times[0] if named.times else None
            iso = parse_structured_date(stamp) if stamp else None
        if printed is None and iso is None and len(signed := [
                ln for ln in self.lines if not ln.hrefs and len(ln.text) <= 160 and has_byline_prefix(ln.text, p)
                and "related" not in ln.flags and not people.in_comment(ln.el, comments) and not says_updated(ln.text)
                and (found := find_swedish_date(ln.text)) and found[0]]) == 1:
            printed, stamp = find_swedish_date(signed[0].text), signed[0].times[0] if signed[0].times else None
            # the page's one dated byline: "By Karin Holm, energistrateg på Norrbyhem, 2023-02-15" in the side column
            # (risotto's), when nothing else dates it; not one card's of many
            iso = parse_structured_date(stamp) if stamp else None
        if printed is None and iso is None and (own := self._self_linked_date()) is not None:
            printed = own  # a date linking this very page, wherever it is printed (Blot's permalink under the
            # previous and next posts' boxes, beside the tags)
        if printed is None and iso is None and (footer := next(((ln, found) for ln in below if id(ln) not in updated
                                                                and (found := date_line(ln.text, p) or _footer_date(ln, p))
                                                                ), None)):
            # (or "Posted by Allmännyttan on mars 15, 2011 at 10:42 FM in Energi": Typepad's entry footer)
            printed, stamp = footer[1], footer[0].times[0] if footer[0].times else None
            iso = parse_structured_date(stamp) if stamp else None
        if printed is None and iso is None and (labelled := next((
                (ln, found) for ln in self._then_the_rest(seq) if ln.index > title_at
                and (part := _published_part(ln)) and not ln.flags & {"related", "aside"}
                and not people.in_comment(ln.el, comments) and not self._in_card(ln)
                and (found := find_swedish_date(part)) and found[0]), None)):
            # "Publicerad: 2024-03-12" in the page's facts at its foot, past a contact box (an agency's page), or in
            # the side column beside the text (Region Halland's, over "Senast ändrad")
            printed, stamp = labelled[1], labelled[0].times[0] if labelled[0].times else None
            iso = parse_structured_date(stamp) if stamp else None
        if printed and iso is None and (labelled := self._published_later_on(printed, self._early_lines(seq))):
            printed, stamp = labelled[1], None
        by_title = self.lines[max(0, title_at - 3): title_at + 4] if title_at >= 0 else []
        if (printed is None or printed[0] is None) and iso is None and (own := _tooltip_date([*around, *by_title, *(
                ln for ln in [*seq, *below] if ln.flags & {"author", "date"} or has_byline_prefix(ln.text, p))])):
            printed = own  # a relative date ("3 days ago") by the title or in the byline, the whole date in its
            # element's tooltip (Patreon's post-published-at; Blogger's Dynamic Views: <span title="2023-08-22T00:40…">)
        if printed is None and iso is not None and (own := next((
                f for ln in self._early_lines(seq, 3) if (text := _date_classed_text(ln, fields=True))
                and (f := date_line(text, p)) and f[0]), None)) \
                and abs(date.fromisoformat(own[0]) - date.fromisoformat(iso)).days == 1:
            printed = own  # a date its class names closing the lead under the title, a day from the metadata's
            # instant read in Swedish time (Kyrkpressen's "<span class=date>8.6.2017 kl. 00:00</span>" in Finnish
            # time): the page's own date, as below
        shown = parse_structured_date(stamp) if stamp else None
        if printed and printed_line is not None and shown is None and _machine_date(printed_line.el) == printed[0]:
            shown = printed[0]  # Drupal's date field: <span property="dc:date" content="2023-08-21…">21.8.2023</span>
        if printed and printed[0] and iso and printed[0] != iso and (
                abs(date.fromisoformat(printed[0]) - date.fromisoformat(iso)).days == 1 or shown == printed[0]):
            # a day apart: the metadata's clock is off (local time labelled UTC); or the page's own <time>
            # says what its text says (a plugin's JSON-LD gives the creation date): the reader's date stands
            iso = printed[0]
        if printed and printed[0] and iso and printed[0] != iso and date_in_url(self.url) == printed[0]:
            iso = printed[0]  # the page and its address agree ("23 maj 2019" at /2019/05/23/…) against the metadata's
            # "2019-06-03" (an update written as the publication: Bard's page)
        if iso is not None and (year := next((y for u in (self.url, self.canonical or "")
                                              if (y := YEAR_FOLDER.search(split_url(u)[2]))), None)) \
                and year[1] < iso[:4]:
            printed = printed or next((f for ln in self._early_lines(seq) if len(ln.text) <= 60 and not ln.hrefs
                                       and (f := find_swedish_date(ln.text)) and f[0] and f[0][:4] == year[1]), None)
            if printed and printed[0] and printed[0][:4] == year[1]:
                iso = printed[0]  # "PRESSMEDDELANDE 2011-09-27" opening a release in the address's year folder
                # (/pressmeddelanden/2011/…, or its canonical address so), the metadata's date years later: the site's
                # move to a new system, not the release's day (Lantmännen's archive)
        if printed is None and iso is not None:  # "Posted on Mar 5" (Forem): the day without its year
            printed = next(((iso, day_text) for ln in [*around, *self._early_lines(seq)] if len(ln.text) <= 120
                            and (day_text := printed_day(ln.text, iso))), None)
        raw = printed[1] if printed else next((s for s in structured if s), None)
        if iso is None and printed is None and raw is None:
            iso = date_in_url(self.url) or date_in_file_name(self.url)  # /2018/06/28/slug/: the last word on it
        if iso is None and printed is None and raw is None and (stamp := self.ld.get("page_published")):
            iso, raw = parse_structured_date(stamp), stamp  # the page's own date in a WebPage graph, last
        if iso is None and printed is None and raw is None and (stamp := self.first_meta("dc.date.created")):
            iso, raw = parse_structured_date(stamp), stamp  # when the page was created (Episerver's DC fields), when
            # nothing else dates it: a draft's creation is no publication where a page prints one (Plone's)
        if iso is None and printed is None and raw is None:
            printed = next((typed for ln in self._early_lines(seq, 4) if (typed := lead_stamp(ln.text))), None)
            raw = printed[1] if printed else None  # ("181121 Allmännyttan har fått …": the date typed opening the
            # text, nothing else dating it)
        if iso is None and printed is None and raw is None and self.title_line is not None \
                and (stamp := data_script_published(self.root, self.title_line.text)):
            iso, raw = parse_structured_date(stamp), stamp  # the page data's own record of the post (Next.js's
            # __NEXT_DATA__ from a headless CMS), when nothing printed or in the head dates it
        warning = None
        if iso is None and printed:
            iso = printed[0]
            if iso is None:
                warning = f"published: unreadable date '{printed[1]}'"
        elif iso is None and raw:
            warning = f"published: unreadable date '{raw}'"
        elif printed and printed[0] and printed[0] != iso:
            warning = f"published: printed date {printed[0]} differs from metadata {iso}"
        return {"published": iso, "published_raw": raw}, warning

    @staticmethod
    def _published_later_on(printed: tuple[str | None, str], lines: list[Line]) -> tuple[Line, tuple] | None:
        """(line, date) when the line printing the date found first prints a "Publicerad" date later on: "Johan Wik
        3:e April 2024 at 2:40pm Publicerad 12 Mars 2024" (TiddlyWiki's modifier and modified date first)."""
        return next(((ln, f) for ln in lines if printed[1] in ln.text
                     and (f := _published_after_label(ln.text)) and f != printed), None)

    def _published_beside_update(self, iso: str) -> tuple[tuple[str | None, str], str | None] | None:
        """(printed date, its <time>) of the post when the metadata's date is the one printed as its
        update close to the title ("14 nov. 2023 / Update 1 dec. 2023" over the headline, Astro Pure):
        the earlier date printed beside it is the publication's."""
        if self.title_line is None:
            return None
        at, p = self.title_line.index, self.profile
        zone = [ln for ln in self.lines[max(0, at - 6): at + 8] if not ln.flags & {"related", "aside"}]
        if not any(is_modified_date(ln.text) and (f := find_swedish_date(ln.text)) and f[0] == iso for ln in zone):
            return None
        for ln in zone:
            if not is_modified_date(ln.text) and (found := date_line(ln.text, p)) and found[0] and found[0] < iso:
                return found, ln.times[0] if ln.times else None
        return None

    def _early_lines(self, seq: list[Line], reach: int = 8) -> list[Line]:
        """The lines right under the title, teasers' and asides' left out."""
        at = next((i for i, ln in enumerate(seq) if ln is self.title_line), None)
        if at is None:
            return []
        early = seq[at + 1: at + 1 + reach]
        return [ln for prev, ln in zip([seq[at], *early], early) if not ln.flags & {"related", "aside"}
                and not (ln.link and ln.link not in self.itself and (
                    is_article_link(ln.link, self.url, self.profile) or has_digit(ln.link_text)))
                and not is_modified_label(prev.text)]  # (a date beside its category's link is the post's)

    def authors(self, seq: list[Line], around: list[Line], block: list[by.Author],
                box: Element | None = None, below: list[Line] = ()) -> list[by.Author]:
        """Structured data, the markup's bylines, <meta>, theme hooks, then the printed
        name/role block or byline."""
        p = self.profile
        title_at = self.title_line.index if self.title_line else -1
        seq = seq[:next((i for i, ln in enumerate(seq) if ln.index > title_at and not ln.link
                         and (ln.heading or ln.whole and len(ln.text) <= 40 and _HEAD_CLASS.search(ln.el.get("class") or ""))
                         and p.matches("words", "comment_headings", ln.text)), len(seq))]
        # (no one under "Kommentarer" wrote the post: "Skriven av Lisa den 2018-05-18", Grav's comments)
        found: list[by.Author] = [  # "Karin Holm och Jonas Ek" as one JSON-LD author is two; a desk is one
            {"name": name, "role": (a.get("role") or _role_in_name(a["name"], name, p)) if len(names) == 1 else None}
            for a in self.ld.get("authors") or [] for names in [
                [a["name"]] if people.opens_site_name(a["name"], self.own_names)  # (the site's own name whole, "&"
                else people.names_in(a["name"], p, single_word=True) or _desk_name(a["name"], p)]  # and all: the
            for name in names]  # shop's account, "Lindqvists Ur & Guld", Shopify Dawn's; or its first words)
        from_metadata = bool(found)  # (JSON-LD or <meta>, which need not be printed; the markup's bylines are)
        if found and len(listed := people.listed_authors(self.meta, p)) > len(found) \
                and listed[:len(found)] == [a["name"] for a in found]:  # (Ghost's JSON-LD names the first author
            found += [{"name": n, "role": None} for n in listed[len(found):]]  # only, its "Written by" field all)
        if not found:
            skip = self.chrome
            title_el = self.title_line.el if self.title_line else None
            found = people.markup_authors(self.index, p, within=box.iter() if box is not None else None,
                                          skip=skip, title=title_el)
            if not found and box is not None and (start := self.index.position.get(box, 0)):
                # a splash header above the article's box holds the byline (New York Magazine)
                found = people.markup_authors(self.index, p, within=self.index.elements[:start], skip=skip)
            if not found and box is not None and box.tag == "article" and (wrapper := box.getparent()) is not None \
                    and wrapper.tag not in ("body", "main"):
                # the authors' section beside the <article>, in the post's own wrapper (CoreMedia's
                # ``section.cm-details__authors`` after ``article.cm-details__content``)
                found = people.markup_authors(self.index, p, within=wrapper.iter(), skip=skip)
            found = self._own_name_whole(self._outside_cards(found))  # (the writers of the opinion cards
            # under the column, "Mer opinion": Kyrkpressen's ``div.newsitem-author`` over each card's link)
            # a desk the markup's byline names is printed there: it signs ("Allmännyttans redaktion")
            found = [{**a, "as_printed": True} if people.is_desk(a["name"], p) else a for a in found]
        if not found:
            found = self._outside_cards(people.labelled_author(self.index, p, self.chrome))  # "Skribent" / name /
            # role (not "Av" / "Oskar Lindeberg" in another post's card under the text: X Shore's "Fler nyheter")
        if not found:
            found = self._writer_presented(seq)
        if not found:
            found = self.carded_writers()  # the writers' cards under "Skribenter" (Statamic Peak's team members)
        if not found:
            found = people.meta_authors(self.meta, p)
            from_metadata = bool(found)
        if not found:  # "Upplagd av Tallåsens jaktlag": the blog's own account (Blogger), no one else named
            found = self._own_account_byline()
        own = self.own_names  # ("John Mattson": a company named for a man;
        # "PostNord Sverige", the site "PostNord"'s company in one country)
        if found and from_metadata and (all(people.is_site_name(a["name"], p) or folded(a["name"]) in own
                                            or folded(a["name"]).split(" ", 1)[0] in own
                                            or self._site_name_short(a["name"]) for a in found) or not any(
                folded(a["name"]) in folded(ln.text) and folded(a["name"]) in folded(unhidden_text(ln))
                for a in found for ln in seq
                if not self._someone_elses_byline(ln, a["name"]) and not self._photographer_only(ln, a["name"])
                and not _PUBLISHER.search(ln.text))
                and not self._named_beside(box, found)):
            # the structured data's or <meta>'s author printed nowhere in the post (a theme's site-wide
            # author: Hugo Clarity, al-folio; the blog's owner: Bear Blog), or the site's own name (PHP-Nuke's
            # <meta name="AUTHOR" content="Allmännyttan">): the people the post prints wrote it
            found = self._outside_cards(self.printed_writers(seq, around, block)) \
                or self.printed_desk(seq, around) or self.signed(seq) \
                or all(people.is_desk(a["name"], p) for a in found) and self._marked_people(box) \
                or self._marked_agencies(box) or self.sign_off(seq) \
                or [a for a in self._marked_people(box) if not people.opens_site_name(a["name"], own)
                    and not people.is_site_name(a["name"], p)] or self._byline_name_field() \
                or self._body_in_byline(labelled=True) or found  # (or the unit a labelled byline prints: "Av Museets
            # pedagoger", Hallands konstmuseum's)
            # ("Hälsningar / Amir Haddad / hyresansvarig, AF Bostäder" under the text, the metadata's author printed
            # nowhere; or the writers' cards the markup prints, "<p class=article-author__name>Emma Sjö</p>" twice,
            # over Yoast's account: AcadeMedia's; not the site's own name, Folha's ``itemprop=author``)
            # (or the signature under the text: Volantis names the site's owner in its metadata; or, over a desk's
            # account, the writer the post's markup names, in its author box under "Om skribenten": Yoast's
            # "Lagabo Kommunikation" over a guest column; not a newspaper's ``itemprop=author`` Organization over
            # its reporter in JSON-LD, Folha's)
        if found and from_metadata and all(self._only_a_contact(a["name"]) for a in found) \
                and (sent := self.sender(around + self._header_zone(seq)) or self._body_in_byline()
                     or self._marked_people(box) and self.printed_writers(seq, around, block)
                     or self.printed_desk(seq, around)) \
                or found and from_metadata and all(self._only_in_prose(a["name"]) for a in found) and (sent := [
                    a for a in self._body_in_byline() if folded(a["name"]).split(" ", 1)[0] in self.own_names]):
            found = sent  # the metadata's author printed only as a press contact after the text, a sender field
            # under the title naming the organisation (TMF's ``span.article__meta-item--sender``): it sends the release;
            # or only in the text's sentences, the byline naming a unit of the site's own ("Av <span class="author
            # vcard">Jamtli Byggnadsvård</span>" over Yoast's user, the expert the text quotes); or the writers the
            # markup prints by the headline, name and title each ("<p class=forfattare><span class=namn>…", a debate
            # article over Yoast's user, its press contact)
        organisations = {a["name"] for a in self.ld.get("author_organisations") or []}

        signers_firms = {folded(b["name"]).rsplit(" ", 1)[-1] + "s" for b in block if " " in b["name"]}

        def account(a: by.Author) -> bool:
            return people.is_desk(a["name"], p) or people.is_site_name(a["name"], p) or a["name"] in organisations \
                or people.opens_site_name(a["name"], self.own_names) \
                or " " in a["name"] and folded(a["name"]).split(" ", 1)[0] in signers_firms \
                or folded(a["name"]) in self._home_names \
                or " " in a["name"] and any(n.endswith(" " + folded(a["name"])) for n in self.own_names) \
                or " " in a["name"] and folded(a["name"]).split(" ", 1)[0] in self._site_first_words \
                or folded(a["name"]) == self._title_suffix
            # (the firm a signer's surname names in the genitive: "Upplagd av Ekdahls Pianoservice" over "Gunnar
            # Ekdahl, pianostämmare"; the blog's name its heading links home: "Upplagd av Folkdanslaget Ringdansen"
            # over "/Karin Ek och …"; the site's name's last words: "Lugna Punkten" of "Akupunkturkliniken Lugna
            # Punkten"; or its first word: "Fritids Ekbacken" on "Fritids på Ekbackeskolan", "Sygruppen Lindgården"
            # on a blog headed "Sygruppen på Lindgården")

        if found and all(account(a) for a in found):  # (or the site's name its metadata gives:
            # "Av: Växa Sverige" over a debate article its two writers sign)
            # the byline or metadata names the desk's account ("Redaktionen"), the site's own (HEY World's
            # "Sveriges Allmännytta" over every post) or an organisation (JSON-LD's "Land Lantbruk Debatt"); the
            # text may sign people
            people_block = [a for a in block
                            if people.plausible_name(a["name"], p) and not people.is_desk(a["name"], p)]
            found = people_block or [a for a in self.printed_writers(seq, around, block) if not account(a)] \
                or self.opening_signature(seq) \
                or self.closing_signatures(seq) or self.sign_off(seq) or [a for a in block if a.get("as_printed")] \
                or self.sender(around + self._header_zone(seq)) \
                or from_metadata and (self._unit_over(found, seq, around) or self._printed_body()
                                      or self._byline_name_field()) \
                or found  # (a unit signing under the
            # text over the site's name in <meta>: "Tekniska avdelningen / Överkalix kommun"); ("Av Bofrid" over a
            # text closing "Med vänliga hälsningar, / Johan Berg / vd, Bofrid": the vd signs it, the account printed
            # as the byline no writer of its own, "av Västersjö Körförbund" over "Varma hälsningar" and two signers;
            # "Avsändare: Allmännyttan Fastighetsutveckling" in the meta line over the press office's account, Coop's
            # press room)
        elif found and not block and (credit := self._credit_line(seq)) is not None \
                and (credited := self.signed([credit])) \
                and (not (named := {folded(a["name"]) for a in found})
                     & (listed := {folded(a["name"]) for a in credited})
                     or named < listed and self.title_line is not None
                     and 0 < credit.index - self.title_line.index <= 4):
            found = credited  # "Text: Per Holm och Sara Nilsson" under a post the shop's account published
            # (OpenCart Journal's blog): the text's own credit names its writers; or, under the title, more of them
            # than the markup's author field ("Text: <strong>Elin Sandgren</strong>, kommunikatör …<br>och
            # <strong>Ahmed Rashid</strong>, …", Halmstad City Airport's)
        elif found and (guest := self.guest_note(seq, guests_only=True)) \
                and not {folded(a["name"]) for a in found} & {folded(a["name"]) for a in guest}:
            found = guest  # "Gästinlägg av Yusuf Demir, fritidsledare på Hagnäshem" opening a post the blog's owner
            # published ("Upplagd av Anna-Lena Holm", Blogger's): the guest wrote it
        elif found and block and all(_signs_with_a_title(a, seq, p) for a in block) \
                and (not (named := {folded(a["name"]) for a in found}) & (signers := {folded(a["name"]) for a in block})
                     or named < signers):
            found = block  # the account's byline ("Publicerad av Karin Holm"), the text signed by someone else
            # with a role above the press contacts ("Erik Sandberg, kommunikatör på …": SmartBlog's post); or by
            # the account's holder and others ("Upplagd av Robert Lind" over "Sanna Ek, ordförande / Robert Lind,
            # kassör", a darts club's board on Blogger: both sign it, in their order)
        elif found and from_metadata and len(signers := self.press_release_signer(seq)) > len(found) \
                and {folded(a["name"]) for a in found} < {folded(a["name"]) for a in signers}:
            found = signers  # the metadata's author among those signing under the place and date ("Kvarnbacken den 3
            # oktober 2024" / "Birgitta Sandell, ordförande" / "Ola Nyström, kassör", a board's letter): all of them
        hooks = [ln for ln in seq if "author" in ln.flags and "related" not in ln.flags
                 and not self._in_card(ln, 3, headed=True)]  # (not another post's card under the text: X Shore's)
        if not found:
            for ln in hooks:
                pair = by.byline(ln.text, p)
                if pair and pair["name"] not in {a["name"] for a in found}:
                    found.append(pair)
        if not found:  # (a name and role printed in a contact's card are whom to call: Prezly's contact block)
            found = [a for a in block if not self._only_a_contact(a["name"]) or self._labelled_writer(a["name"])] or [
                a for ln in around if has_byline_prefix(ln.text, p)
                and (a := by.byline(ln.text, p))] or self._credit_under_standfirst(seq) \
                or next((  # "Publicerad 12 mars 2024 | Text: Elin
                by.signed_by_several(strip_byline_prefix(part, p), p)  # Persson och Mehmet Yilmaz" (Google Sites),
                or [{"name": n, "role": None} for n in names] for ln in around  # with a role each if printed
                for part in _META_BAR.split(ln.text)[1:] if len(ln.text) <= 160 and has_byline_prefix(part, p)
                and (names := people.names_in(strip_byline_prefix(part, p), p, single_word=True))), [])
        desk: list[by.Author] = []  # a desk named after the date: the last resort, after guest notes
        if not found:  # "okt. 7, 2020, 10:30 fm av Karin Lindqvist och Omar Haddad" (Sitefinity's date line),
            found = self.dated_names(seq, around) or self.meta_line_names(seq, around)  # or a field of it (Hextra)
            if found and all(people.is_desk(a["name"], p) or self._site_office(a["name"]) for a in found):
                desk, found = [{**a, "as_printed": True} for a in found], []  # (kept as it signs; or the site's
                # office in a town, "Fastighetsbyrån Skellefteå" beside the date, under a text a broker signs)
            if not found and not desk:  # "Publicerat av Redaktionen den 28 nov 2023" (b2evolution's info line)
                desk = next(([{"name": n, "role": None}] for ln in around + self._header_zone(seq)
                             if has_byline_prefix(ln.text, p)
                             and (n := _desk_before_date(ln.text, p, self.meta.get("og:site_name", [])))), []) \
                    or [{"name": n, "role": None} for n in people.desk_bylines(
                        self.index, p, self.chrome | people.comment_boxes(self.index))[:1]] \
                    or self.printed_desk(seq, around) \
                    or self.sender(around + self._header_zone(seq))  # "Av Allmännyttans redaktion" under the title
                # (Typemill); "Avsändare: Arbete och kompetens", the department sending a press release
        if not found:  # "Elin Sandberg, energistrateg" under the title (Hugo)
            found = self.name_role_under_title(seq, around)
        if not found:  # the name beside its avatar under the title (the Next.js blog starter's Avatar)
            found = self.avatar_names(seq)
        if not found:  # "Text: Anna Ek. Foto: Bo Berg" in the running text: the credit line names the writer
            for ln in seq:
                if "related" not in ln.flags and len(ln.text) <= 120 and has_byline_prefix(ln.text, p):
                    words, credit = split_credit(ln.text, p)
                    if credit and (names := people.names_in(words, p)):
                        found = [{"name": n, "role": None} for n in names]
                        break
        if not found:  # "Text: Maja Lindgren och Oskar Nilsson" signing the text at its end
            found = self.signed(seq)
        if not found:  # "Hälsningar" / "Styrelsen i Hyresgästföreningen Nordstaden": a letter's signer
            found = self.sign_off(seq)
        if not found:  # "Stockholm den 8 februari 2024" / "BOSTADSSTADEN AB" / "Karin Ehrenborg" / "Verkställande
            found = self.press_release_signer(seq)  # direktör": a Swedish press release's closing
        if not found:  # "Det här är ett gästinlägg av Leila Nasser, forskare i ..." opening the text
            found = self.guest_note(seq) or desk  # (a guest under the desk's account: Micro.blog)
        if not found:  # the name opening the post's meta line under the text (PivotX: "Allmännyttan måndag 5
            found = next((named for ln in below if (named := _footer_byline(ln, p))), [])  # maj 2012 | ¶ | Energi")
        if not found:  # "Författare:Redaktionen | Kategori:Unga | Visningar:256" under the text (Z-BlogPHP's footer)
            found = self.meta_bar_byline(seq)
        if not found:  # "Av: White arkitekter" under the text: the site's own name, as its byline prints it
            found = next(([{"name": t, "role": None, "as_printed": True}] for ln in self.lines
                          if len(ln.text) <= 80 and has_byline_prefix(ln.text, p) and "related" not in ln.flags
                          and folded(t := strip_byline_prefix(ln.text, p).strip()) in own), [])
        if not found:  # nobody printed or named: a body the byline names in sentence case ("Av: Akavias rådgivning"
            # over JSON-LD's "Akavia"), the organisation the structured data says wrote it (or a body's name in sentence
            # case it calls a Person, Yoast's account: "Sveriges förenade studentkårer")
            found = self._printed_body() or self._byline_name_field() \
                or [{"name": a["name"], "role": None} for a in self.ld.get("author_organisations") or []] \
                or [{"name": a["name"], "role": None, "as_printed": True} for a in self.ld.get("authors") or []
                    if people.sentence_case_body(a["name"])][:1]
        if not found:  # or the site's own name as <meta name=author> gives it ("Nordiska museet", Yoast's account), or
            # a body's name in sentence case there ("Handelsanställdas förbund" over a release printing no byline)
            found = [{"name": n, "role": None, "as_printed": True} for n in self.meta.get("author", [])
                     if folded(n) in own or people.sentence_case_body(n)][:1]
        if not found and box is not None and box.tag not in ("body", "main") and self.title_line is not None:
            # the post's own copyright notice under it ("© Bostadsbolaget Vänerbo": Chyrp's rights module),
            # never the page's footer (outside the post's box)
            found = next(([{"name": holder, "role": None, "as_printed": True}] for ln in seq
                          if ln.index > self.title_line.index and "related" not in ln.flags
                          and not _ORG_NUMBER.search(ln.text)  # (not the owner's registration: the site's footer)
                          and (holder := people.rights_holder(ln.text, p))), [])
        if not found:  # the bio beside the site's avatar under the post: "Text av <strong>Allmännyttans
            found = people.bio_byline(self.index, p, self.reader_comments)  # redaktion</strong>. Vi …" (Gatsby)
        if not found:  # the site's author profile in the side column: its one name (academicpages)
            found = people.profile_box_author(self.index, p)
        if not found:  # "Sidan publicerad av • Johanna Niva" in the page's information at its foot (Sitevision)
            found = self.page_publisher()
        if len(found) == 1 and len(block) == 1 and _abbreviates(found[0]["name"], block[0]["name"]):
            found = [{"name": block[0]["name"], "role": block[0].get("role")}]  # the account "Lena Å." signs the
            # text "Lena Åkesson, trygghetsvärd, Norrbyhem" (Vox): the signature names her in full
        if found and (fuller := self._fuller_byline(seq, found)):
            found = fuller  # "Bidrag av Omar Haddad", then "Text: Sara Nilsson och Omar Haddad" opening the text
            # (Geeklog): the text's byline names them all
        found = self._department_whole(self._trimmed_to_markup(found))
        found = self.co_authors(found, seq, around, block, box)
        found = self._second_byline_line(seq, found)
        places = {id(ln) for ln in self.lines if _place(ln)}  # (a city under a name: no role, asked of both lists)
        if contacts := people.contact_boxes(self.index):  # (nor a contact card's name over its title, whom to call:
            # "Karin Holm" / "Fastighetschef" under "Kontakt"; the boxes found once from the page's classes)
            places |= {id(ln) for ln in self.lines if ln.el is not None and has_ancestor(ln.el.getparent(), contacts)}
        texts = ["" if _titled_as_terms(ln) or ln.hrefs and len(ln.text) <= 80 and terms_only(ln, p) or id(ln) in places
                 or ln.heading and "aside" in ln.flags  # (nor the side column's heading under the text's last
                 # line: SNS's report card, "Blandade hus, delade städer", under "Text: Klara Sundvik")
                 or _quote_line(ln)  # (nor a quote's
                 # speaker in its blockquote, "<em>Johanna Kvist, projektchef</em>", the byline's role printed fuller)
                 else _unlinked(ln) for ln in seq]  # (a field the tooltip calls "Kategori" under the author's:
        # OpenBlogware's meta figures; the categories' links under the name: Hugoplate's meta list; the city under
        # the name, by its map-pin icon: Fizzy's author box)
        roles = [strip_byline_prefix(ln.text, p) for ln in seq if "role" in ln.flags]
        printed = {a["name"]: a["role"] for a in block}
        skip = self.chrome
        page_texts = ["" if id(ln) in places or _titled_as_terms(ln)
                      or ln.hrefs and len(ln.text) <= 80 and terms_only(ln, p)
                      else _unlinked(ln) for ln in self.lines if "related" not in ln.flags]
        profile_lines = [ln for ln in self.lines if not ln.flags & {"related", "aside"}]
        headings = {t for ln in self.lines if ln.heading and (t := ln.text.casefold().rstrip(":")) in _AUTHOR_HEADINGS}
        names = {a["name"].casefold() for a in found}  # one author's name is never another's role,
        if self.title_line is not None:  # nor the headline
            names.add(self.title_line.text.casefold())
        for i, author in enumerate(found):
            if author.get("signature"):
                continue  # a pseudonym signing a letter: no role is looked up for it
            name, structured = author["name"], people.clean_role(author.get("role"))
            choices = (lambda: author.get("role"), lambda: printed.get(name),  # noqa: B023 (used at once)
                       lambda: by.role_for(name, texts, p), lambda: roles[i] if i < len(roles) else None,
                       lambda: next((a["role"] for a in self.dated_names(seq, around) if a["name"] == name), None),
                       lambda: people.markup_role(self.index, name, p, skip),  # noqa: B023
                       lambda: people.role_after_name(page_texts, name, p),  # noqa: B023
                       lambda: people.role_in_bio(texts, name, p),  # noqa: B023
                       lambda: people.role_in_bio(page_texts, name, p),  # noqa: B023  (an author box beside the post)
                       lambda: people.person_card_role(self.index, name, p),  # noqa: B023
                       lambda: people.profile_card_role(profile_lines, name, p),  # noqa: B023
                       lambda: self._role_under_byline(seq, name),  # noqa: B023
                       lambda: people.labelled_role([ln.text for ln in takewhile(  # noqa: B023  (above the text:
                           lambda ln: len(ln.text) < 100, self._header_zone(seq, 6))], name, p),  # not a book's "Titel:")
                       lambda: people.labelled_role(_lines_after_name(seq, name), name, p),  # noqa: B023
                       lambda: next((a["role"] for a in people.meta_authors(self.meta, p)  # noqa: B023
                                     if a["name"] == name), None))  # (the author field's "Leila Haddad,
            # gästskribent", printed as two author links: Datenstrom Yellow)
            # (a "Titel:" field under the byline: Drupal 7's Professional Theme; "Text:" / name / "Roll:" / role
            # fields under the text, Acquia Slate's)
            author["role"] = next((role for choice in choices  # in order, each looked up only if needed
                                   if people.plausible_role(role := people.unbracketed(_before_co_author(
                                       people.clean_role(choice()), names)), name, p)
                                   and role.casefold() not in headings and not by.is_contact_label(role)
                                   and folded(role) not in self._taglines  # (nor the site's tagline under its name)
                                   # (nor "Kontakt för media" heading the contacts' box under the byline: Tom Tits')
                                   # ("Författare" heading the author
                                   # box: Stockholm Exergi's blog; not Municipio's "Författare" printed as a role)
                                   and not (people.desk_words(p).fullmatch(role) and role[:1].isupper())  # ("Redaktionen",
                                   # the account's byline; not a role written small, "Leila Haddad, gästskribent")
                                   and not any(role.casefold().startswith(n) and not role[len(n):len(n) + 1].isalpha()
                                               or role.casefold().endswith(n) for n in names)), None)
            # (nor opens with one: "Johan Ekström in Renovering" after "By Maria Lindqvist, …", Ghost Journal's byline;
            # nor ends with one: the next author's initials avatar "JW", then "Jonatan Wikström", a paper's)
            if author["role"] and author["role"] != structured and people.is_desk(name, p) \
                    and not any(ends_in_role_word(w.strip(",."), p) for w in author["role"].split()):
                author["role"] = None  # an account's tagline under its name ("Nyheter om allmännyttiga
                # bostäder", AnZhiYu's copyright box), not a person's title
            if structured and author["role"] == structured:  # "Bostadsstrateg" in JSON-LD, printed in full
                shown = people.markup_role(self.index, name, p, skip) or people.role_after_name(page_texts, name, p)
                if shown and (len(shown) > len(structured) and shown.casefold().startswith(structured.casefold())
                              or shown != structured and shown[:1].isalnum() and _reworded(structured, shown)) \
                        and not any(f" {n}" in shown.casefold() for n in names if n != name.casefold()):
                    author["role"] = shown  # (not the next writer's name and role run on after a break: "…
                    # Halmstad City Airport<br>och Ahmed Rashid, projektledare …"); or the same words as printed:
                    # "projektledare på Norrhamns Bostäder" under the name, "Projektledare, Norrhamns Bostäder" in
                    # JSON-LD (Gevalia's)
            elif (role := author["role"]) and role.endswith(")") and (shown := people.markup_role(
                    self.index, name, p, skip)) and role.startswith(shown) and _PART_NOTE.fullmatch(role[len(shown):]):
                author["role"] = shown  # the byline's own field, "projektledare, SNS", over the text's list of the
                # panel, "<li><strong>Maria Lindh</strong>, projektledare, SNS (moderator)</li>": her part that day
        newsrooms = {a["name"] for a in people.meta_authors(self.meta, p)}  # "BBC News" in the author field,
        newsrooms |= {n for a in self.ld.get("authors") or [] for n in _desk_name(a["name"], p)}  # a desk in JSON-LD
        newsrooms |= {a["name"] for a in self.ld.get("author_organisations") or [] if people.is_desk(a["name"], p)}
        # (or its Organization author: "Allmännyttans redaktion", Chalk's jekyll-seo-tag)
        if all(not people.plausible_name(a["name"], p, single_word=True) for a in found):
            newsrooms |= {a["name"] for a in self.ld.get("author_organisations") or []}  # (an organisation alone:
            # nothing printed names anyone, "Malmö universitet" in JSON-LD and <meta name=author> wrote it)
            newsrooms |= {a["name"] for a in found if people.opens_site_name(a["name"], self.own_names)}  # (or the
            # site's own account, Yoast's Person "Nordiska museet", the og:site_name, or its first words)
        return _one_each([{"name": a["name"], "role": a.get("role")} for a in found
                          if (people.plausible_name(a["name"], p, single_word=True) or a["name"] in newsrooms
                              or a.get("as_printed") or people.lower_case_brand(a["name"], p)
                              or people.is_desk(a["name"], p) and any(
                                  a["name"] in ln.text for ln in around + self._header_zone(seq)))
                          and not _REVIEWED_BY.match(a["name"])], p)  # (a desk's byline by the title, its name
        # no person's: "Av Doktor.se-redaktionen")

    def _printed_body(self) -> list[by.Author]:
        """A body named in sentence case in the byline's own element ("Av <span class='author vcard'>Musikverkets
        konstnärliga råd</span>", a statement over the metadata's "Redaktionen"): it signs, as printed."""
        for el in people.bylines_in(self.index, self.chrome):
            printed = clean_text(text_content(el))
            text = strip_byline_prefix(printed, self.profile)
            if text != printed and people.sentence_case_body(text) \
                    and el.tag != "a" and next(el.iter("a"), None) is None and not people.is_desk(text, self.profile):
                return [{"name": text, "role": None, "as_printed": True}]  # (printed after its "Av", no link: not
                # "Se skribentens artiklar" linking the account's page)
        return []

    def _labelled_writer(self, name: str) -> bool:
        """A byline's label ("Skribent") a few lines over the name's first line: a writer's card, though its box is
        classed as contacts (TCO's ``ContactPersons_list`` under "Skribent")."""
        at = next((ln.index for ln in self.lines if name in ln.text), 0)
        return any(len(ln.text) <= 30 and people.is_byline_label(ln.text, self.profile)
                   for ln in self.lines[max(0, at - 3):at])

    def _only_a_contact(self, name: str) -> bool:
        """The name is printed, and only in a contacts' box (a press contact's card)."""
        where = [ln for ln in self.lines if name in ln.text]
        return bool(where) and all(_in_contact_box(ln.el) for ln in where)

    def _byline_name_field(self) -> list[by.Author]:
        """The one name a byline's name field prints by the headline that is no person's, as printed: the club's
        account ("<span class=Byline_name__R5vXo>Linköping HC</span>") or its desk ("HV71 Kommunikation") over
        structured data naming the organisation alone or a person printed nowhere."""
        if self.title_line is None:
            return []
        near = {id(ln.el) for ln in self._header_zone(self.lines, 8)} | {
            id(ln.el) for ln in self.lines[max(0, self.title_line.index - 8):self.title_line.index]}
        shown = {t for el in people.byline_elements(self.index) if not has_ancestor(el, self.chrome)
                 for d in el.iter() if isinstance(d.tag, str) and NAME_FIELD.search(d.get("class") or "")
                 and not len(d) and (t := shown_text(d).strip()) and t[:1].isupper()
                 and (2 <= len(t.split()) <= 4 or folded(t) in self.own_names)  # (or the site's one-word name)
                 and t[-1:].isalnum()  # (not a dateline's place, "Washington,", in the name field after "Reuters,")
                 and (not people.names_in(t, self.profile) or folded(t) in self.own_names)
                 and not re.search(r"[@/:?!=<>#|]", t)
                 and any(id(a) in near for a in (d, *d.iterancestors()))}
        return _the_one_as_printed(shown)

    def _department_whole(self, found: list[by.Author]) -> list[by.Author]:
        """Two "names" that are one department of the site's own, its name and "&" or "och" between them, as a line
        prints them ("Text: Cramo Säkerhet & Miljö": Cramo's safety and environment unit, no person "Miljö")."""
        if len(found) == 1 and _UNIT_HEAD.match(name := found[0]["name"]) and (whole := next((
                ln.text[at:] for ln in self.lines if len(ln.text) <= 80 and (at := ln.text.find(f"{name} ")) >= 0
                and has_byline_prefix(ln.text, self.profile) and _UNIT_TAIL.fullmatch(ln.text[at + len(name):])),
                None)):
            return [{"name": whole, "role": None, "as_printed": True}]  # "Av: Avdelning Avfall och återvinning"
            # closing its line: the unit's name goes on in lower case after "och" (Höglandets kommunalförbund's)
        if len(found) != 2:
            return found
        first, second = found[0]["name"], found[1]["name"]
        own = folded(first).split(" ", 1)[0] in self.own_names  # (or the site's whole name: "Avsändare Eriksberg Vilt
        whole = next((f"{first}{joint}{second}" for joint in (" & ", " och ") for ln in self.lines  # & Natur")
                      if f"{first}{joint}{second}" in ln.text
                      and (own or folded(f"{first}{joint}{second}") in self.own_names)), None)
        return [{"name": whole, "role": None, "as_printed": True}] if whole else found

    def _body_in_byline(self, labelled: bool = False) -> list[by.Author]:
        """The one name a byline element prints that is no person's, as printed ("Publicerad av <span class="author
        vcard">Ordfront förlag</span>": the publisher's account over a release whose metadata names its press
        contact); with ``labelled``, only an element printing its label too ("<span class=blog-meta__author>Av Museets
        pedagoger</span>")."""
        if self.title_line is None:
            return []
        order, elements = self.index.position, people.byline_elements(self.index)
        inner = set(elements) - {a for el in elements for a in el.iterancestors()}  # (the name's own element)
        header = self.title_line.el.getparent()  # (or over it in the title's own header: "<header class=entry-header>
        # <div class=entry-meta>… Av <span class='author vcard'>…</span></div><h1>", Sydsvenska Handelskammaren's)
        shown = {t for el in elements if el in inner and (order.get(el, 0) > order.get(self.title_line.el, 0)
                                                          or header is not None and header.tag == "header"
                                                          and has_ancestor(el, {header}))
                 and not has_ancestor(el, self.chrome) and not in_hidden_box(el)  # (nor Webflow's hidden list)
                 and all(folded(n) in self.own_names or folded(n).split(" ", 1)[0] in self.own_names
                         for n in people.byline_names(self.index, el, self.profile))  # (or the site's own name,
                 # "Got Event", or a unit of it: "Jamtli Byggnadsvård", no person)
                 and (t := strip_byline_prefix(whole := shown_text(el).strip(), self.profile))  # ("Av Museets
                 and (not labelled or t != whole or _labelled_by_parent(el, t, self.profile))  # pedagoger")
                 and t[:1].isupper() and len(t.split()) <= 5 and not re.search(r"[\d@/:?!=<>#|]", t)}
        return _the_one_as_printed(shown)

    def _only_in_prose(self, name: str) -> bool:
        """The name is printed, and only in the text's running sentences ("… sammanfattar Jamtlis byggnadsantikvarie
        Jonas Ahlin de råd …"): someone the post tells of, no byline."""
        where = [ln for ln in self.lines if name in ln.text]
        return bool(where) and all(len(ln.text) >= PROSE_LINE and not has_byline_prefix(ln.text, self.profile)
                                   for ln in where)

    def sender(self, lines: list[Line]) -> list[by.Author]:
        """The department a "Avsändare:" field under the title names, as printed: a sender is never a person's
        byline, so its name need not look like one ("Arbete och kompetens", a municipality's unit); or a field its
        class calls the sender, the name alone in it ("<span class=article__meta-item--sender>Trä- och Möbelföretagen
        </span>", TMF's; not "Pressmeddelande från <a>…</a>", Altinget's, read by the byline's link)."""
        for ln in lines:
            sent = next((t for e in ln.el.iter() if isinstance(e.tag, str)
                         and _SENDER_CLASS.search(cls := e.get("class") or "") and "label" not in cls.lower()
                         # (not the field's label: "press-sender__label", "Från")
                         and not len(e) and len(t := shown_text(e)) <= 60 and t[:1].isupper() and len(t.split()) <= 6
                         and not re.search(r"[\d@/:?!=<>#]", t)), None) if ln.el is not None else None
            if sent:
                return [{"name": sent, "role": None, "as_printed": True}]
        for ln in lines:
            fields = [ln.text] if not ln.hrefs else []  # (or its own field in the meta line, the name linking the
            if ln.el is not None and "avsändare:" in ln.text.casefold():  # sender's posts: "<span class=avsandare>
                fields += [t for e in ln.el.iterdescendants() if isinstance(e.tag, str)  # Avsändare: <a>…")
                           and (t := shown_text(e))[:10].casefold() == "avsändare:"]
            for text in fields:
                if len(text) <= 80 and (m := _SENDER.match(text)) \
                        and (name := m[1].strip(" .")) and name[:1].isupper() and len(name.split()) <= 6 \
                        and not re.search(r"[\d@/:?!=<>#.]", name):
                    return [{"name": name, "role": None, "as_printed": True}]
        return []

    def page_publisher(self) -> list[by.Author]:
        """Who published the page, as its page information says under the text ("Sidan publicerad av • Johanna
        Niva", or the label and the name as two fields): the author when nothing else names one."""
        p, start = self.profile, self.title_line.index if self.title_line is not None else 0
        for ln, nxt in zip(self.lines[start:], [*self.lines[start + 1:], None]):
            if len(ln.text) > 120 or not (m := _PAGE_PUBLISHER.match(ln.text) or _PAGE_EDITOR.match(ln.text)):
                continue
            if m.re is _PAGE_EDITOR and (editors := self._page_editors(
                    [m[1].strip()] if m[1].strip() else [f.text for f in self.lines[ln.index + 1:ln.index + 5]])):
                return editors
            name = m[1].strip() or (nxt.text if nxt is not None and len(nxt.text) <= 60 else "")
            if name and (people.plausible_name(name, p) or people.is_desk(name, p)):  # (a department is a desk)
                return [{"name": name, "role": None, "as_printed": True}]
        return []

    def _page_editors(self, fields: list[str]) -> list[by.Author]:
        """The editors the page information's fields name under its label, "Name, role" each ("Elin Forsberg,
        1177.se, nationella redaktionen"), up to the next label."""
        found: list[by.Author] = []
        for text in fields:
            if len(text) > 100 or text.endswith(":") or not (pair := by.split_name_role(text, self.profile)) \
                    or not people.plausible_name(pair[0], self.profile):
                break
            found.append({"name": pair[0], "role": pair[1]})
        return found

    def _named_beside(self, box: Element | None, found: list[by.Author]) -> bool:
        """The metadata's authors each printed as a heading or line of their own in the article box's
        wrapper, beside it (CoreMedia's "Skribenter" section after the <article>): they are printed."""
        wrapper = box.getparent() if box is not None and box.tag not in ("body", "main") else None
        if wrapper is None or wrapper.tag == "body":
            return False
        inside = set(wrapper.iter())
        shown = {folded(ln.text) for ln in self.lines if ln.el in inside and len(ln.text) <= 60
                 and not ln.flags & {"related", "aside", "footer"}}
        return all(folded(a["name"]) in shown for a in found)

    def _second_byline_line(self, seq: list[Line], found: list[by.Author]) -> list[by.Author]:
        """The byline under the title ("Text: Amir Haddad, sommarjobbare hos Kvarnbyhem"), then a name and a role
        alone on the next line ("Lova Berg, sekreterare i Hörnbiten", Google Sites' text boxes): a second writer."""
        if len(found) != 1:
            return found
        p, early = self.profile, self._early_lines(seq, 6)
        at = next((k for k, ln in enumerate(early) if has_byline_prefix(ln.text, p) and found[0]["name"] in ln.text),
                  None)
        if at is None or at + 1 >= len(early) or (nxt := early[at + 1]).heading or nxt.link \
                or nxt.flags & {"caption", "figure", "date"} or len(nxt.text) > 100:
            return found
        pair = by.split_name_role(nxt.text, p)
        if pair and pair[1] and pair[0] != found[0]["name"] and people.plausible_name(pair[0], p) \
                and people.plausible_role(pair[1], pair[0], p):
            return [*found, {"name": pair[0], "role": pair[1]}]
        return found

    def _fuller_byline(self, seq: list[Line], found: list[by.Author]) -> list[by.Author]:
        """A "Text: A och B" line right under the title naming the markup's author and more."""
        p, have = self.profile, {a["name"] for a in found}
        for ln in {id(ln): ln for ln in self._header_zone(seq) + self._early_lines(seq, 4)}.values():  # (once each)
            if len(ln.text) <= 120 and has_byline_prefix(ln.text, p) \
                    and (names := people.names_in(strip_byline_prefix(_META_BAR.split(ln.text)[0], p), p)) \
                    and len(names) > len(have) and have <= set(names):  # (the byline's field only: not "| Lästid 3
                # min" after it, Uminova's)
                return [{"name": n, "role": None} for n in names]
        return []

    def _above_title(self, seq: list[Line], lines: int = 3) -> list[Line]:
        """The few lines right above the headline outside the article's lines (a feature picture's
        credit printed over the title, Leonids' "Photo Credit: …" in its own image box)."""
        if self.title_line is None:
            return []
        inside = {id(ln) for ln in seq}
        at, above = self.title_line.index, []
        for ln in reversed(self.lines[max(0, at - lines - BREADCRUMB_LINKS):at]):
            above.insert(0, ln)
            if sum(not (a.link and a.whole) for a in above) >= lines:  # (a breadcrumb trail's links between the
                break  # hero and the title are not counted: Villaägarna's "Start › Rådgivning › …" under its credit)
        return [ln for ln in above if id(ln) not in inside]

    def _then_the_rest(self, seq: list[Line]) -> list[Line]:
        """The article's lines, then the page's others (a side column's) in their order."""
        inside = {id(ln) for ln in seq}
        return seq + [ln for ln in self.lines if id(ln) not in inside]

    def _over_another_post(self, ln: Line) -> bool:
        """A date line over the title, right over a line that is one link to another post, the two one item of a
        list of such items: that post's date ("<p class=liten><b>2024-09-18</b><br><a href=…/Myntets-dag/FD.php>
        Myntets dag</a></p>", the side column's coming events before the text's cell in a table layout)."""
        if ln.link or self.title_line is None or ln.index >= self.title_line.index - 1 or len(ln.text) > 40:
            return False
        after = self.lines[ln.index + 1]
        if not (after.link and after.link_text == after.text and after.link not in self.itself
                and is_article_link(after.link, self.url, self.profile) and date_line(ln.text, self.profile)):
            return False
        item = box_holding(ln.el, after.el) if ln.el is not after.el else ln.el
        row = item.getparent() if item is not None else None
        return row is not None and len(text_content(item)) <= 160 \
            and sum(1 for c in row if c.tag == item.tag and c.get("class") == item.get("class")) >= 2

    def _sidebar_lines(self, seq: list[Line]) -> list[Line]:
        """The lines of the page's asides outside the article's lines (a post's sidebar), related posts left out;
        asked for only when nothing else dates the page."""
        inside = {id(ln) for ln in seq}
        return [ln for ln in self.lines if "aside" in ln.flags and "related" not in ln.flags and id(ln) not in inside]

    def _role_under_byline(self, seq: list[Line], name: str) -> str | None:
        """The role in a field of its own on the line under the byline line naming the author
        ("Inskickat av Maria Holm den ons, 2016-09-14", then "projektledare, Vätternhem": Drupal 7)."""
        p = self.profile
        for ln, nxt in zip(seq, seq[1:]):
            if len(ln.text) <= 120 and name in ln.text and has_byline_prefix(ln.text, p) \
                    and len(nxt.text) <= 80 and nxt.whole and not nxt.link and is_role(nxt.text) \
                    and not re.fullmatch(p.alternation("words", "credit_words"), nxt.text.rstrip(": "), re.I) \
                    and not p.matches("words", "related_headings", nxt.text) and not is_chrome(nxt.text, p) \
                    and not is_terms_line(nxt.text, p) and split_credit(nxt.text, p)[1] is None \
                    and any("field" in (box.get("class") or "") for box in (nxt.el, *islice(nxt.el.iterancestors(), 3))):
                return nxt.text  # (not the tags' field label under a signature closing the text: "Ämnen", Drupal's;
                # nor the picture's caption field with its credit: "Västerhöjden under byggtiden, våren 1968. Foto: …")
        return None

    def printed_writers(self, seq: list[Line], around: list[Line], block: list[by.Author]) -> list[by.Author]:
        """The people the post prints as its writers, in this order: a byline in the text ("Av Hanna
        Berglund, projektledare, och …"), a guest note opening it, the date line's names ("Publicerad
        2024-03-05 av Maja Ekström"), the signature under it ("Ewa Marklund, ordförande i …"); no desk."""
        p = self.profile
        person = lambda a: people.plausible_name(a["name"], p) and not people.is_desk(a["name"], p) \
            and not self._site_office(a["name"])  # noqa: E731
        return _unglued(self.index, self.signed(seq) or self.guest_note(seq)
                        or [a for a in self.dated_names(seq, around) if person(a)]
                        or [a for a in self.name_role_under_title(seq, around) if person(a)]
                        or [a for a in people.labelled_author(self.index, p, self.chrome) if person(a)]
                        or [a for a in self.meta_line_names(seq, around) if person(a)]
                        or [a for a in block if person(a)], p, self.chrome)

    def _site_office(self, name: str) -> bool:
        """The site's own name and a town ("Fastighetsbyrån Skellefteå" beside the date): one of its offices, an
        account like a desk's, not a person."""
        words = folded(name).split()
        return len(words) == 2 and (people.is_site_name(words[0], self.profile)
                                    or words[0] in self.own_names)

    def _someone_elses_byline(self, ln: Line, name: str) -> bool:
        """A byline naming another person first ("Av Karin Öberg, energistrateg på Sveriges
        Allmännytta", Astro Cactus): the metadata's author named in it is her employer, not printed
        as the author."""
        p = self.profile
        return len(ln.text) <= 160 and has_byline_prefix(ln.text, p) \
            and bool(names := people.names_in(strip_byline_prefix(ln.text, p), p)) \
            and folded(name) not in folded(names[0])  # (not "Andrea WongAndrea Wong", two copies glued)

    def _photographer_only(self, ln: Line, name: str) -> bool:
        """A line naming the metadata's author only as a picture's photographer ("… i köket. Foto: Maja Ek" under
        a picture in the text, "Av Redaktionen" over it): she is not printed as the writer."""
        caption, credit = split_credit(ln.text, self.profile)
        return bool(credit) and folded(name) in folded(credit) and folded(name) not in folded(caption)

    def carded_writers(self, reach: int = 8) -> list[by.Author]:
        """The people in cards under a heading that names them the writers ("Skribenter", "Om skribenterna": each
        card a name and a role, the role first or last, two lines in one box: Statamic Peak's team members, Webador's
        "<strong>Anna Berg</strong><br>projektledare …")."""
        p = self.profile
        at = next((ln.index for ln in self.lines if ln.heading and not ln.hrefs and len(ln.text) <= 30
                   and (p.matches("words", "writer_headings", ln.text) or people.is_bio_heading(ln.text, p))), None)
        if at is None:
            return []
        found: list[by.Author] = []
        cards = self.lines[at + 1: at + 1 + reach]
        for a, b in zip(cards, cards[1:]):
            if a.heading or b.heading:
                break
            if a.el is None or b.el is None or a.el is not b.el and a.el.getparent() is not b.el.getparent() \
                    or any(x["name"] in (a.text, b.text) for x in found):
                continue
            for name, role in ((a.text, b.text), (b.text, a.text)):
                if people.plausible_name(name, p) and is_name(name, p) and not is_name(role, p) and is_role(role):
                    found.append({"name": name, "role": role})
                    break
        return found

    def _marked_people(self, box: Element | None) -> list[by.Author]:
        """The people, not desks, the post's markup names as its authors; not a quote's speaker in its
        ``<cite class="…__author">`` (Spectra's quote block)."""
        p = self.profile
        quoted = " ".join(text_content(q) for q in self.root.iter("blockquote", "cite", "q"))
        return self._outside_cards([a for a in self._markup_authors_in(box) if people.plausible_name(a["name"], p)
                                    and not people.is_desk(a["name"], p) and a["name"] not in quoted])

    def _marked_agencies(self, box: Element | None) -> list[by.Author]:
        """A news agency the post's byline markup names ("<span class=byline__name>FNB</span>", Vasabladet's
        wire story), over an account of the metadata printed nowhere."""
        agencies = news_agencies(self.profile)
        return [a for a in self._markup_authors_in(box) if a["name"] in agencies]

    def _markup_authors_in(self, box: Element | None) -> list[by.Author]:
        """The authors the markup names inside the box (the whole page for None), worked out once per box."""
        if box not in self._box_authors:
            title = self.title_line.el if self.title_line else None
            self._box_authors[box] = self._own_name_whole(people.markup_authors(
                self.index, self.profile, within=box.iter() if box is not None else None, skip=self.chrome,
                title=title))
        return self._box_authors[box]

    def printed_desk(self, seq: list[Line], around: list[Line]) -> list[by.Author]:
        """The desk a byline by the title or a signature under the text names ("Text: Redaktionen",
        Gridsome): over a person named only in <meta> or structured data and printed nowhere."""
        p = self.profile
        early = around + self._header_zone(seq)
        for ln in early + [ln for ln in reversed(seq) if not ln.flags & {"related", "footer"}]:  # (not a reader's
            text = _without_terms(ln, p)  # "Commented by Jenny at …" in the comments' box, Excite's; the
            # categories' links, "Gästkrönika Trygghet" over the title, are no desk's byline)
            if len(text) > 80 and has_byline_prefix(text, p) and len(first := text.split(". ", 1)[0]) <= 40:
                text = first  # "Text: Redaktionen. Texten får citeras med källhänvisning …" (Hexo Inside's closing line)
            if len(text) > 80:
                continue
            # the byline opens the line, or follows its date ("Publicerad 09.10.2023 Av Allmännyttans redaktion")
            tail = text if has_byline_prefix(text, p) else (m[1] if (m := _BYLINE_AFTER.search(text))
                                                            and find_swedish_date(text) else "")
            fields = re.split(r"\s+[|·•–—-]\s+", ln.text, maxsplit=1)
            if not tail and len(fields) == 2 and people.is_byline_class(ln.el.get("class")) \
                    and not find_swedish_date(fields[0]) and find_swedish_date(fields[1]):
                tail = fields[0]  # "Redaktionen · February 8, 2024" in the byline's own element (Reverie's
                # "author_title"), not "Published on April 17, 2024" (Mataroa's)
            elif not tail and ln.text.startswith("/") and (m := _DASH_SIGNED.match(ln.text)) and "," not in m[1]:
                tail = m[1]  # "/Redaktionen" closing the text (no-style-please's post; not a first name and a role,
                # "/Amina, 16 år, sommarjobbare i fastighetsservice", a summer worker's diary on Tumblr)
            elif not tail and len(fields) == 2 and ln in early and not ln.link_chars and date_line(fields[0], p) \
                    and not find_swedish_date(fields[1]) and len(fields[1].split()) <= 5 \
                    and any(people.desk_words(p).fullmatch(w) for w in fields[1].split()):  # (a desk word: not a
                # category, "Bostadsbyggande", after the date)
                tail = fields[1]  # "2024-02-08 | Allmännyttans redaktion" under the title (WonderCMS's page)
            elif not tail and ln.link and ln.whole and len(ln.text) <= 40 and not is_chrome(ln.text, p) \
                    and (title := self.title_line) is not None \
                    and ln.index == title.index + 1 and ln.index + 1 < len(self.lines) \
                    and find_swedish_date(self.lines[ln.index + 1].text) and not find_swedish_date(ln.text) \
                    and not any(SECTION_CLASS.search(e.get("class") or "") for e in (*ln.el.iter("a"), ln.el.getparent())):
                tail = ln.text  # the account's link right under the title, the date line under it ("Ekbacka
                # Bostäder", then "0.8 2021.01.11 09:48:09 字数 702": Jianshu's author box); not ReadSpeaker's
                # "Lyssna", nor a tag's link in the tag list ("Pressmeddelanden" in Ellevio's ``ul.c-tag-list``), nor
                # the date's own link over the updated date ("Publicerad: 2024-02-12", Elementor's post info)
            elif not tail and ln in early and not ln.link_chars \
                    and len(parts := re.split(r"\s+[|·•]\s+", ln.text)) == 3 and date_line(parts[1], p) \
                    and not find_swedish_date(parts[2]) and len(parts[2].split()) <= 5 and people.is_desk(parts[2], p):
                tail = parts[2]  # "Pressmeddelande | 2023-11-14 | Länsstyrelsen Östergötland" opening the text: the
                # release's kind, its date and its sender (naturum Tåkern's)
            elif not tail and ln in early and ln.whole and not ln.link and text[:1].isupper() \
                    and "redaktion" in text.casefold() and people.desk_words(p).fullmatch(text) \
                    and ln.index + 1 < len(self.lines) and date_line(self.lines[ln.index + 1].text, p):
                tail = text  # "Redaktionen" alone over "2024-05-21 · 4 min läsning" beside the avatar, no class
                # naming either (a Next.js blog's byline with utility classes; not a section's label over a card's
                # date, "Press" or "Fastigheter")
            elif not tail and self._bold_desk_under_title(ln):
                tail = ln.text  # "<strong>Redaktionen</strong>" alone right under the title (no-style-please's post)
            elif not tail and ln in early and ln.whole and len(text) <= 40 and people.is_byline_class(
                    cls := ln.el.get("class")) and not _ROLE_FIELD_WORD.search(cls) and people.is_desk(text, p):
                tail = text  # "<p class=news-article__byline>Redaktionen</p>": the byline's own element, the desk
                # alone in it (Sweden Rock Festival's release)
            elif not tail and ln in early and len(text) <= 80 and (found := find_swedish_date(text)) and found[0] \
                    and people.desk_words(p).fullmatch(head := _before_date(text, found)):
                tail = head  # "Redaktionen published on March 04, 2021" (Zola's DeepThought): the desk, then the date
            elif not tail and ln in early and len(text) <= 80 and (found := find_swedish_date(text)) and found[0] \
                    and text.lstrip("[( ").startswith(found[1]) and len(after := _after_date(text, found).strip(
                        " [](),|–—-:").split()) <= 5 and len(after) >= 2 and _desk_name(" ".join(after), p):
                return [{"name": " ".join(after), "role": None, "as_printed": True}]  # "[2019-03-14] Hyresnämnden i
                # Västerås" under the title (a court's date and source line), the board's name whole
            if tail and (m := _DESK_IN_PLACE.fullmatch(whole := strip_byline_prefix(tail, p).strip())) \
                    and _desk_name(m[1], p):
                return [{"name": whole, "role": None, "as_printed": True}]  # "Av Sverigedemokraterna i Malmö": the
                # body's branch in its town, whole
            named = BYLINE_TAIL.split(strip_byline_prefix(tail, p).strip(), 1)[0].strip() if tail else ""
            if tail and (desk := _desk_name(named, p)):
                return [{"name": desk[0], "role": None, "as_printed": True}]  # (or "Text: naturum Fulufjället")
        for box in self.index.by_class.get("author", ()):  # the post's author box, its heading the desk's name
            heading = next(box.iter("h2", "h3", "h4", "h5"), None) if box.tag in ("section", "div", "aside") else None
            if heading is not None and not has_ancestor(box, self.chrome) \
                    and people.desk_words(p).fullmatch(name := clean_text(text_content(heading))):
                return [{"name": name, "role": None, "as_printed": True}]  # ("<section class="author"><h4>Redaktionen
                # </h4><p>Vi skriver om …</p>", Casper's post footer on Hexo and Jekyll)
        return []

    def _unit_over(self, found: list[by.Author], seq: list[Line], around: list[Line]) -> list[by.Author]:
        """The unit a byline prints ("Text: Kommunikationsenheten") over the organisation the metadata names
        (JSON-LD's author "Arboga kommun"), when no line credits the metadata's name."""
        p = self.profile
        if any(has_byline_prefix(ln.text, p) and folded(a["name"]) in folded(ln.text) for a in found for ln in seq):
            return []
        desk = self.printed_desk(seq, around)
        return desk if desk and all(people.names_a_unit(d["name"], p) and not any(
            folded(a["name"]) in folded(d["name"]) for a in found) for d in desk) else []

    def _bold_desk_under_title(self, ln: Line) -> bool:
        """The desk's name alone in bold on the line right under the title: the post's byline."""
        return ln.whole and not ln.hrefs and len(ln.text) <= 40 and self.title_line is not None \
            and ln.index == self.title_line.index + 1 and people.desk_words(self.profile).fullmatch(ln.text) \
            and any(shown_text(b) == ln.text for b in ln.el.iter("strong", "b"))

    def name_role_under_title(self, seq: list[Line], around: list[Line]) -> list[by.Author]:
        """"Elin Sandberg, energistrateg" on a line of its own under the title (Hugo's Ananke), or
        opening the text with the name in bold ("<strong>Mikael Sjöberg</strong>, projektledare för …")."""
        if self.title_line is None:
            return []
        p, at = self.profile, self.title_line.index
        opening = self._early_lines(seq, 4)[:3]
        for ln in [ln for ln in around if ln.index > at] + [ln for ln in opening if ln not in around]:
            if len(ln.text) > (80 if ln in around else 120) or ln.flags & {"caption", "figure"} \
                    or p.matches("words", "guest_note", ln.text):
                continue  # ("Gästinlägg av Amira Jovanović, projektledare …": the guest's note, read below)
            if (field := next((c for c in ln.el.iterdescendants() if isinstance(c.tag, str)
                               and NAME_FIELD.search(c.get("class") or "")
                               and people.is_byline_class(c.get("class"))), None)) is not None \
                    and (name := shown_text(field)) and ln.text.startswith(name) and is_name(name, p) \
                    and people.plausible_name(name, p) \
                    and (role := ln.text[len(name):].strip(" ,–-")) and people.plausible_role(role, name, p):
                return [{"name": name, "role": role}]  # the byline's name field, then its title field, a comma in
                # the title ("Karin Sjöström" / "Energistrateg, Allmännyttan": a WordPress theme's author fields)
            pair = by.split_name_role(ln.text, p)
            if not pair or not pair[1] or not people.plausible_name(pair[0], p):
                continue
            if any(shown_text(a) == pair[1] and people.names_an_author(a) for a in ln.el.iter("a")):
                continue  # a second writer linking his author page, no role ("<a href=/author/elin-norrgard/>Elin
                # Norrgård</a>, <a href=/author/oskar-wiklund/>Oskar Wiklund</a>": Wowchemy's byline)
            if ln not in around and not any(shown_text(b) == pair[0] for b in ln.el.iter("strong", "b")) \
                    and not (ln.whole and next(ln.el.iterchildren("img"), None) is not None):
                continue  # (in the text, only a name set in bold opens it as a signature, or one printed beside
                # the author's picture: Wagtail's news template)
            if author := by.byline(ln.text, p):
                return [author]
        after = [ln for ln in around if ln.index > at]
        if after and len(after[0].text) <= 40 and is_name(after[0].text, p) and people.plausible_name(after[0].text, p):
            # "Karin Dahl" / "projektledare, Ådalshem", then the next author's two lines, under the title
            # (Strapi's Next.js starter prints each beside the author's round picture); no links (tags)
            unlinked = list(takewhile(lambda ln: not ln.hrefs, after))
            found = by.author_block_at_start([ln.text for ln in unlinked], p)
            if found and all(a["role"] and people.plausible_name(a["name"], p)
                             and people.plausible_role(a["role"], a["name"], p) for a in found):
                return found
        return []

    def meta_line_names(self, seq: list[Line], around: list[Line]) -> list[by.Author]:
        """The people a field of the post's dated meta line names, each field an element of its own
        ("Publicerad 12 mars 2024" · "Sara Lindholm och Mehmet Aydin" · "Renovering": Icarus)."""
        for ln in around + self._header_zone(seq):
            if ln.el is not None and len(ln.el) >= 2 and len(ln.text) <= 200 and find_swedish_date(ln.text) \
                    and (found := by.field_authors(ln.el, self.profile)):
                return found
            if ln.el is not None and ln.el.tag == "li" and self.title_line is not None \
                    and ln.index > self.title_line.index and (box := ln.el.getparent()) is not None \
                    and len(box) >= 2 and find_swedish_date(text := " ".join(
                        shown_text(item) for item in box if isinstance(item.tag, str))) and len(text) <= 200 \
                    and (found := by.field_authors(box, self.profile)):
                return found  # each field an item of the meta list ("<li>Per Holm</li><li>3 oktober 2022</li>":
                # ButterCMS's Next.js starter)
        return []

    def _header_zone(self, seq: list[Line], more: int = 0) -> list[Line]:
        """The lines of ``seq`` right under the title (``more`` lines further down)."""
        return [ln for ln in seq if self.title_line is not None
                and self.title_line.index < ln.index <= self.title_line.index + HEADER_ZONE + more]

    def meta_bar_byline(self, seq: list[Line]) -> list[by.Author]:
        """The author a field of a meta bar after the title names: a labelled one ("Författare:Redaktionen |
        Kategori:Unga & sommarjobb | Visningar:256"), or a name or the desk beside the date ("28 Nov 2020 /
        Redaktionen", "Unga och sommarjobb • 7 juni 2019 • Redaktionen • 0 kommentarer": CouchCMS's sample)."""
        p = self.profile
        after = self.title_line.index if self.title_line is not None else -1
        for ln in seq:
            if ln.index <= after or len(ln.text) > 160 or ln.flags & {"related", "aside"} \
                    or not ("|" in ln.text or " / " in ln.text or " • " in ln.text or " · " in ln.text):
                continue  # (not another post's date and sender in the side column: SportAdmin's "Senaste nytt")
            parts = [part.strip() for part in _META_BAR_OR_SLASH.split(ln.text)]
            dates = [part for part in parts if date_line(part, p)]
            for part in parts:  # "Författare:Redaktionen | …"; "28 Nov 2020 / Redaktionen" (Monstra's blog)
                if part.startswith("©"):
                    break  # the copyright's field and the licence's after it ("© Vänerbo • Creative Commons BY-NC",
                    # Chyrp Lite's): no byline's
                labelled = has_byline_prefix(part, p)
                if not (labelled or dates) or part in dates or not (named := strip_byline_prefix(part, p)):
                    continue
                names = people.names_in(named, p, single_word=labelled)
                if names and people.only_names(named, names):
                    return [{"name": n, "role": None} for n in names]
                if people.is_desk(named, p) and (labelled or people.desk_words(p).fullmatch(named)):
                    return [{"name": named, "role": None, "as_printed": True}]
        return []

    def avatar_names(self, seq: list[Line]) -> list[by.Author]:
        """The people (or the desk) a line by the title names beside a picture of theirs: the line
        prints what the picture's ``alt`` says ("Sara Nyström och Ali Hassan"), in the box after it."""
        p = self.profile
        pictured: list[by.Author] = []  # each a person under an avatar its alt calls the author's (Kontent.ai's sample:
        # alt="Avatar of author AnnaBerg.", then "Anna Berg" and "(kommunikatör, Hembo)")
        for ln in self._header_zone(seq, 4):
            if ln.hrefs and len(ln.text) <= 80 and (linked := _avatar_links(ln.el, p)):
                pictured.extend({"name": n, "role": None} for n in linked if n not in {a["name"] for a in pictured})
                continue  # each name beside its avatar inside the link (Nuxt UI's author buttons: "Author avatar")
            prev = ln.el.getprevious() if ln.el is not None and len(ln.text) <= 80 else None
            if prev is not None and any(_AUTHOR_AVATAR.search(img.get("alt") or "") for img in prev.iter("img")) \
                    and (pair := by.split_name_role(ln.text, p)) and people.plausible_name(pair[0], p):
                pictured.append({"name": pair[0], "role": people.unbracketed(pair[1])})
                continue
            if pictured or prev is None or not any(clean_text(img.get("alt")) == ln.text for img in prev.iter("img")):
                continue
            if names := people.names_in(ln.text, p, single_word=True):
                return [{"name": n, "role": None} for n in names]
            if people.is_desk(ln.text, p):
                return [{"name": ln.text, "role": None, "as_printed": True}]
        return pictured

    def dated_names(self, seq: list[Line], around: list[Line]) -> list[by.Author]:
        """The people (or the desk) a date line by the title names after its date."""
        p = self.profile
        for ln in around + self._header_zone(seq) + [ln for ln in seq if _published_opening(ln.text)]:
            # (or a "Publicerad <date> av <name>" line anywhere in the article: under a status panel, or at its
            # foot, Umeå Energi's)
            if names := _names_in_meta_row(ln, self.lines, p):
                return [{"name": n, "role": None} for n in names]
            if not (names := _names_after_date(ln.text, p)) and len(ln.text) <= 120 \
                    and (found := find_swedish_date(ln.text)) and found[0] and (head := _before_date(ln.text, found)) \
                    and (not ln.hrefs or len(set(ln.hrefs)) == 1 and ln.link_text == head) \
                    and not _term_field(ln.el, head) \
                    and (names := people.names_in(head, p, single_word=SHARED_ON.search(ln.text) is not None)) \
                    and people.only_names(head, names):
                return [{"name": n, "role": None} for n in names]  # "Amira Yousef & Per Holmqvist, Publicerad
                # 12 juni 2024" (Nextra's blog): the names before the date; the name linking the writer's blog
                # ("<a>Karl Holmgren</a> 于 2022-11-30 23:48:10 发布", CSDN's bar)
            if names:
                tail = ln.text[ln.text.find(names[0]):]  # "Maja Ekström, trygghetssamordnare • 6 min läsning"
                if len(names) > 1 and (several := by.signed_by_several(tail, p)) \
                        and [a["name"] for a in several] == names:
                    return several  # "Anna Lind, trygghetssamordnare, och Omar Haddad": a role each, as printed
                pair = by.split_name_role(tail, p) if len(names) == 1 else None
                role = people.clean_role(pair[1]) if pair and pair[0] == names[0] else None
                return [{"name": n, "role": role} for n in names]
        return []

    def signed(self, seq: list[Line]) -> list[by.Author]:
        """The people a short byline-prefixed line in the text names, the last such line first
        ("Text: Anna Ek och Bo Berg" under the text); none unless every name is a person's."""
        p = self.profile
        def names_of(text: str) -> list[str]:  # "Text och foto: Sara Nilsson": the credit names the writer too
            found = people.names_in(split_credit(text, p)[0], p) or people.names_in(strip_byline_prefix(text, p), p)
            head = BYLINE_TAIL.split(strip_byline_prefix(text, p), 1)[0]  # "… och Omar Haddad i Energi och taggad …":
            more = people.names_in(head, p) if " och " in head or " and " in head or "&" in head else []  # the
            return more if len(more) > len(found) else found  # names end before the category (Zola's after-dark)

        def byline_of(ln: Line) -> str | None:  # the line, or its field after a label ("Krönika | Av Elin
            if has_byline_prefix(ln.text, p):  # Sundberg, kommunstyrelsens ordförande (S)": a municipality's column;
                return ln.text  # not a card's "18 september 2023 · Av …", nor a theme's link "Article | by …")
            fields = _META_BAR.split(ln.text)
            return fields[-1] if len(fields) == 2 and len(fields[0]) <= 30 and not ln.link_chars \
                and not any(ch.isdigit() for ch in fields[0]) and has_byline_prefix(fields[-1], p) else None

        lines = (ln for ln in reversed(seq) if "related" not in ln.flags and len(ln.text) <= 120
                 and not (ln.link and ln.link not in self.itself and is_article_link(ln.link, self.url, p))
                 # (another post's card: its summary's credit; not the byline linking its author's page)
                 and (text := byline_of(ln)) and (names := names_of(text))
                 and not all(people.is_desk(n, p) for n in names)  # "Written by" the desk's account
                 and not _publication_field(ln))
        line = next(lines, None)
        if line is not None and _PUBLISHED_BY.match(line.text):  # "Publicerat av: Jonas Persson 2024-06-05" in the
            line = next((ln for ln in lines if _TEXT_CREDIT.match(ln.text)), line)  # page's info under "Text: Linnea
            # Åberg och Hampus Berg": the writers sign the text, the publisher put it on the web (Härjegårdar's)
        if line is None:
            return self.dash_signature(seq) or self.closing_signatures(seq)
        text = byline_of(line) or line.text
        if not line.whole and (more := next(iter(self.lines[line.index + 1:line.index + 2]), None)) is not None \
                and more.el is line.el and len(more.text) <= 120:
            if by.AND_NEXT.match(f" {more.text}"):
                text = f"{text} {more.text}"  # "Text: Elin Sandgren, kommunikatör …<br>och Ahmed Rashid, projektledare
                # …": the second writer on the line after the break (Halmstad City Airport's Sitevision byline)
            elif (first := by.split_name_role(strip_byline_prefix(text, p), p)) and first[1] \
                    and (pair := by.split_name_role(more.text, p)) and pair[1] and people.plausible_name(pair[0], p):
                text = f"{text} och {more.text}"  # "Text: Sara Holm, HR-chef, …<br>Johan Ek, kommunikatör, …": a
                # second name and role under the first, the same paragraph (an Elementor text box's byline)
        # "Av Jonas Ek, projektledare, och Leila Karimi, ordförande i …": two people, each with a role
        signed = by.signed_by_several(strip_byline_prefix(text, p), p) or [
            {"name": n, "role": None} for n in names_of(text)]
        if len(signed) == 2 and _ORGANISATION_TAIL.search(signed[1]["name"]) \
                and strip_byline_prefix(text, p).strip(" .") == f"{signed[0]['name']}, {signed[1]['name']}":
            signed = [{"name": signed[0]["name"], "role": signed[1]["name"]}]  # "Text: Jonas Berg, Stockholms
            # Fotbollförbund": the writer and whom he writes for, no second writer
        if len(signed) == 1 and not signed[0]["role"] and (pair := by.split_name_role(_STOP_BEFORE_CAPITAL.split(
                strip_byline_prefix(split_credit(text, p)[0], p), 1)[0].strip(" ."), p)) \
                and pair[0] == signed[0]["name"]:
            signed = [{**signed[0], "role": pair[1]}]  # "Text: Maria Eklund, energistrateg på Ekbacka Bostäder. Hon har
            # tidigare …": the role in the line's first sentence (Tufte's margin note; the full stop of a shortened
            # word, "leg. psykolog", is no sentence's end)
        if len(signed) > 1 and not any(a["role"] for a in signed) and (role := _shared_role(text, signed[-1]["name"], p)):
            signed = [{**a, "role": role if _PLURAL_ROLE.match(role) or a is signed[-1] else None} for a in signed]
            # "Text: Anna Lind och Omar Haddad, kommunikatörer på Ekbacka Bostäder": one role in the plural for both
            # (Argon's closing line); "Text: Erik Lund och Sara Nilsson, energistrateg på …", the last one's alone
        return signed if all(people.plausible_name(a["name"], p) for a in signed) else []

    def _credit_under_standfirst(self, seq: list[Line]) -> list[by.Author]:
        """The writers a "Text:" credit right under the standfirst names, each with a role ("<p class=sv-font-liten>
        Text: Maja Berglund, kommunikatör …, och Jonas Rehn, antikvarie …</p>", a Sitevision news page)."""
        credit = self._credit_line(seq)
        if credit is None or self.title_line is None or not 0 < credit.index - self.title_line.index <= 4:
            return []
        return by.signed_by_several(strip_byline_prefix(credit.text, self.profile), self.profile)  # (one writer's
        # credit there is read by the rules for a byline in the text: "Text: Maria Eklund, energistrateg på … Hon har
        # tidigare …", Tufte's margin note)

    def _credit_line(self, seq: list[Line]) -> Line | None:
        """The "Text:" credit among the text's last lines ("Text: Per Holm och Sara Nilsson"), or over its first
        paragraph: the people it names are read by ``signed``."""
        line = next((ln for ln in reversed(seq[-12:]) if "related" not in ln.flags and len(ln.text) <= 120
                     and _TEXT_CREDIT.match(ln.text)
                     and not (ln.link and is_article_link(ln.link, self.url, self.profile))), None)
        # (not another post's card, one link)
        if line is None and self.title_line is not None:  # or the last one over the text's first paragraph, under
            # the post's meta line ("Text: Örebro Konserthus", then "<em>Text: Malin Ek, producent …, och Oskar
            # Brandt, altviolinist …</em>" opening the text: Elementor's post info over the writers' credit)
            under = [ln for ln in seq if ln.index > self.title_line.index and not ln.flags & {"related", "caption"}][:8]
            prose = [k for k, ln in enumerate(under) if len(ln.text) >= 80 and _TEXT_CREDIT.match(ln.text) is None]
            if prose and prose[0] <= 1:
                prose = prose[1:]  # (past the standfirst right under the title: "<p class=sv-font-ingress>…</p><p
                # class=sv-font-liten>Text: Maja Berglund, …, och Jonas Rehn, …</p>", Sitevision's)
            opening = under[:prose[0] if prose else len(under)]
            line = next((ln for ln in reversed(opening) if _TEXT_CREDIT.match(ln.text) and not ln.link), None)
        return line

    def closing_signatures(self, seq: list[Line]) -> list[by.Author]:
        """The text's last lines, one to three, each a name in bold and a role after a comma ("<strong>Lena
        Ahlqvist</strong>, vd, Sjöstadshem<br><strong>Omar Haddad</strong>, ordförande, …": a debate
        article's signatures, Chaplin's)."""
        body = [ln for ln in seq if not ln.flags & {"related", "footer", "aside"} and not ln.link
                and ln.link_chars * 2 < len(ln.text)]  # (nor the tags' links under the text)
        body = body[:next((i for i, ln in enumerate(body) if ln.heading and by.is_contact_label(ln.text)), len(body))]
        # (whom to call under a contacts' heading, "Kontakta oss gärna" over "<strong>Annika Sjöholm</strong>,
        # pressansvarig …", signs nothing)
        if signed := self._signature_run(body, len(body) - 1) or self._bold_name_over_role(body) \
                or self._signature_box_pairs(body) or self._pseudonym(body, self.profile) \
                or self._plain_name_over_role(body):
            return signed
        for last in range(len(body) - 2, max(len(body) - 13, 0), -1):  # or a few lines up, right under the text's
            # last paragraph in its box, with nothing after them there but a note in italics ("Debattartikeln
            # publicerades i …"): the page's own lines after the text's box follow (an agency's "Senast uppdaterad");
            # not a quote's speaker in a box of its own under the quote
            if (signed := self._signature_run(body, last)) and last >= len(signed) \
                    and self._text_ends_at(body, top := max(_above_boxes(body, last - len(signed),
                                                                         body[last].el.getparent()), 0)) \
                    and (body[top].el.getparent() is body[last].el.getparent()
                         or self._box_of_signatures(body[last - len(signed) + 1: last + 1], body[top])) \
                    and all(ln.el.getparent() is not body[last].el.getparent() or _in_italics(ln.el)
                            or self.profile.matches("words", "disclaimers", ln.text) for ln in body[last + 1:]):
                return signed
        return []

    def _bold_name_over_role(self, body: list[Line]) -> list[by.Author]:
        """"<p><strong>Lena Åberg</strong><br>vd, Vänersborgsbostäder</p>" under the text's last paragraph, only
        boxes of their own after it (a landlord's fact box)."""
        for k in range(len(body) - 1, max(len(body) - 8, 1), -1):
            if not self._bold_pair(body, k) or not all(
                    ln.el.getparent() is not body[k].el.getparent() or _in_italics(ln.el) for ln in body[k + 1:]):
                continue  # (an update note in italics may close the text under them: Motala's)
            signed, j = [], k
            while j >= 1 and self._bold_pair(body, j):  # two signers, a pair each (Motala's column)
                signed.insert(0, {"name": _without_party(body[j - 1].text), "role": body[j].text})
                j -= 2
            if j >= 0 and (len(body[j].text) >= 80 or len(body[j].text) >= 40 and body[j].text.endswith((".", "!"))
                           and body[j].el.getparent() is body[k].el.getparent()):  # (a short closing sentence in
                return signed  # the text's box: "Tillsammans kan vi se till att fler väljer att bygga sitt liv här.")
        return []

    def _plain_name_over_role(self, body: list[Line]) -> list[by.Author]:
        """"<p>Henrik Sjöholm</p><p>VD</p>" closing the text's box, a long paragraph of it above them and only
        other boxes after (a press release's contact column): the name and role sign it (Bjuvsbostäder's)."""
        for k in range(len(body) - 1, max(len(body) - 12, 1), -1):
            name, role, above = body[k - 1], body[k], body[k - 2]
            box = role.el.getparent()
            if name.el.tag == role.el.tag == "p" and role.el.getprevious() is name.el and box is not None \
                    and above.el.getparent() is box and len(above.text) >= 80 and len(name.text) <= 40 \
                    and " " in name.text and people.plausible_name(name.text, self.profile) and len(role.text) <= 40 \
                    and people.plausible_role(role.text, name.text, self.profile) \
                    and all(ln.el.getparent() is not box for ln in body[k + 1:]):
                return [{"name": name.text, "role": role.text}]
        return []

    def _bold_pair(self, body: list[Line], k: int) -> bool:
        """A name in bold over its role in one paragraph, or in a paragraph of its own over the role's (Nya Åland's
        letters: "<p><strong>SARA HOLMSTRÖM</strong></p><p>ordförande, …</p>"), or both lines of one paragraph in
        italics ("<p><em>Lotta Grenholm<br>Apotekschef, …</em></p>": Lloyds'), ending at ``body[k]``."""
        name, role = body[k - 1], body[k]
        return (name.el is role.el or name.el.tag == role.el.tag == "p" and role.el.getprevious() is name.el
                and shown_text(name.el).strip() == name.text) and len(name.text) <= 40 \
            and (any(shown_text(b) == name.text for b in name.el.iter("strong", "b"))
                 or name.el is role.el and _in_italics(name.el)) \
            and people.plausible_name(_without_party(name.text), self.profile) and len(role.text) <= 80 \
            and people.plausible_role(role.text, name.text, self.profile)

    def _signature_box_pairs(self, body: list[Line]) -> list[by.Author]:
        """Name lines over role lines in a box its class calls the signature ("<div class=signature><p class=
        signature__name>Karin Wiklund</p><p class=signature__title>regiondirektör, …</p><p>Gävle den 12 januari
        2024</p></div>", an agency's column; two signers, each "<p class=signature><strong>Name</strong><br><span>
        role</span></p>"), in their order."""
        for k in range(len(body) - 2, max(len(body) - 10, 0), -1):  # (the page's dates, share bar and a box
            pairs: list[by.Author] = []  # about the column may follow: Torsby's)
            while k >= 0 and self._signed_pair(body[k], body[k + 1]):
                pairs.insert(0, {"name": _without_party(body[k].text), "role": body[k + 1].text})
                k -= 2
            if pairs:
                return pairs
        return []

    @staticmethod
    def _pseudonym(body: list[Line], profile: Profile) -> list[by.Author]:
        """A letter's pseudonym in the line its class calls the signature, under the text's last paragraph ("<p
        class=Opinion_signature>Trött hyresgäst på Norr</p>"; the paper's call for letters in a box after it),
        kept as printed and given no role."""
        for k in range(len(body) - 1, max(len(body) - 9, 0), -1):  # (a fact box's lines may follow: Aneby's)
            if _signature_line(sig := body[k]) and len(body[k - 1].text) >= 80 \
                    and body[k - 1].el.getparent() is sig.el.getparent():
                if slashed := by.slash_signed(sig.text, profile):  # "/ Ebba Lindqvist" (Smålands-Tidningen's)
                    return [{**a, "signature": True} for a in slashed]
                name = strip_byline_prefix(sig.text, profile).strip()  # ("Text: Sektor samhällsbyggnad": the
                # department a municipality's news is signed by, in its signature paragraph)
                head, _, rest = name.partition(",")
                if rest.strip() and people.names_a_unit(head.strip(), profile):
                    return [{"name": head.strip(), "role": rest.strip(), "as_printed": True, "signature": True}]
                # ("Arbetsmarknadsenheten, Dorotea kommun": the unit, then the organisation it belongs to)
                if pair := by.name_with_role(name, profile):
                    return [{"name": pair[0], "role": pair[1], "signature": True}]  # "Gunnel Axelsson,
                    # kommunstyrelsens ordförande (C)" (Bollebygd's chair signing her column)
                return [{"name": name, "role": None, "as_printed": True, "signature": True}] if name else []
        return []

    def _signed_pair(self, name: Line, role: Line) -> bool:
        """A name line over a role line in a box its class calls the signature (or in one paragraph so classed,
        parted by a ``<br>``: Torsby's "<p class=tk-signatur>Ingrid Svärd<br>kommunstyrelsens ordförande</p>")."""
        box = name.el if name.el is role.el or role.el.getparent() is name.el else name.el.getparent()  # (or the
        # role in its own span: "<p class=signature><strong>Karin Ödlund</strong><br><span>vd, …</span></p>")
        classed = [box, box.getparent()] if box is not None and name.el is role.el else [box]  # (or the paragraph
        # of name and role, parted by a <br>, in the box so classed: Viking Line's ``div.press-release__signature``)
        return box is not None and (role.el is box or role.el.getparent() is box) \
            and any(b is not None and _SIGNATURE_CLASS.search(b.get("class") or "") for b in classed) \
            and len(name.text) <= 40 and people.plausible_name(_without_party(name.text), self.profile) \
            and not _closes_press_release(name.text) \
            and len(role.text) <= 80 and people.plausible_role(role.text, name.text, self.profile)  # (not the company
        # signing over its officer: "VIKING LINE ABP" over "Henrik Mattsson")

    @staticmethod
    def _box_of_signatures(run: list[Line], above: Line) -> bool:
        """The signature lines stand in a box of their own (Ronneby's "Signatur" portlet after the text's), not
        under a quote (a quote block's speaker)."""
        box = run[-1].el.getparent()
        return box is not None and all(ln.el.getparent() is box for ln in run) \
            and len(shown_text(box)) <= sum(len(ln.text) for ln in run) + 10 \
            and not any(el.tag in ("blockquote", "q") or "quote" in (el.get("class") or "")
                        for el in chain([above.el], above.el.iterancestors()))

    def _signature_run(self, body: list[Line], last: int) -> list[by.Author]:
        """One to three lines ending at ``last``, each a name in bold and a role after a comma."""
        signed: list[by.Author] = []
        italic = 0  # (how many of the run's lines, from its top, are signatures by their italics alone)
        for ln in reversed(body[max(last - 2, 0):last + 1]):
            pair = by.name_with_role(ln.text, self.profile) if len(ln.text) <= 120 else None
            if not pair or ends_in_role_word(pair[0].split()[0], self.profile) or _quote_line(ln):
                break  # (not a title read as a name: "Affärsområdeschef Fastighet, Bredband2" under the signer's name;
                # nor the speaker a quote names inside its blockquote, "<em>Erik Sandin, fuktsakkunnig …</em>")
            if any(shown_text(b) == pair[0] for b in ln.el.iter("strong", "b")) \
                    or any(_SIGNATURE_CLASS.search(box.get("class") or "") for box in (ln.el, ln.el.getparent())):
                italic = 0  # (a name in bold; or a line its class calls a signature, an agency's ``p.signature``)
            elif ln.text in shown_text(ln.el) and _in_italics(ln.el):
                italic += 1  # (a whole line in italics: Järfälla's "<em>Sara Nilsson, ordförande i …</em>"; or a
                # line of one, Cirkus Cirkör's "<em>Maria Holmgren, cirkuspedagog<br>Jonas Ekberg, …</em>")
            else:
                break
            signed.insert(0, {"name": pair[0], "role": pair[1]})
        top = _above_boxes(body, last - len(signed), body[last].el.getparent() if signed else None)
        if italic and not (top >= 0 and self._text_ends_at(body, top)):
            return signed[italic:]  # lines in italics sign only right under the text's last paragraph (Västra
            # Nyland's letter, two signers in italics, one a line)
        return signed

    def _text_ends_at(self, body: list[Line], top: int) -> bool:
        """The text's last paragraph is at ``top``; or its closing and the group signing it are ("Med vänliga
        hälsningar" / "Boendegruppen Gläntan" over its members' signatures in italics: an open letter)."""
        return len(body[top].text) >= 80 or top >= 1 and len(body[top].text) <= 60 \
            and self.profile.matches("words", "sign_offs", body[top - 1].text)

    def dash_signature(self, seq: list[Line]) -> list[by.Author]:
        """A short last line of the text "— Amir Haddad, projektledare för Energiskolan" (Volantis's
        posts): a name and a role after a dash sign it; a quote's dash opens a sentence instead."""
        body = [ln for ln in seq if not ln.flags & {"related", "footer", "aside"} and not ln.link]
        body = [ln for ln in body if "body" in ln.flags] or body  # (the text's hook, when the theme has one)
        while body and body[-1].hrefs and self.profile.matches("words", "related_headings", body[-1].text):
            body = body[:-1]  # (a "Läs också: <a>…</a>" line under the signature)
        last = body[-1] if body else None
        if last is None or len(last.text) > 100 or not (m := _DASH_SIGNED.match(last.text)):
            return []
        pair = by.name_with_role(m[1], self.profile)
        if pair is None and last.text.startswith("/"):
            return _first_names_signing(m[1], self.profile)
        return [{"name": pair[0], "role": pair[1]}] if pair else []

    @staticmethod
    def _text_goes_on_past(ln: Line, after: list[Line]) -> bool:
        """The text goes on under the box the line opens: a subheading and paragraphs of it past the box's own lines
        (a contact card set in the text, ``aside.contact-card`` between two of its sections)."""
        box = next((b for b in islice(ln.el.iterancestors(), 3) if b.tag == "aside"
                    or _CONTACT_BOX.search(b.get("class") or "")), None)  # (or a box classed as contacts between
        # the lead and the text, Ramboll's ``div.contact-box.visible-xs``)
        if box is None:
            return False
        past = [n for n in after if not has_ancestor(n.el, {box})][:6]
        return sum(len(n.text) >= PROSE_LINE and "aside" not in n.flags for n in past) >= (2 if box.tag == "aside" else 4)
        # (the whole text past a contacts' box, not a release's closing notice under its contacts: Balder's)

    def press_release_signer(self, seq: list[Line]) -> list[by.Author]:
        """Who signs a Swedish press release under its place and date ("Stockholm den 8 februari 2024", then the
        company in capitals, the name, the role), or the company alone as the text's last line before the press
        contacts ("Fabege AB (publ)"): the person when one is named (the people, in turn, when a statement is signed
        by more than one), else the company or board as printed."""
        p, at = self.profile, self.title_line.index if self.title_line is not None else -1
        for i, ln in enumerate(seq):
            if ln.index <= at + HEADER_ZONE or ln.heading or ln.link:
                continue
            if _closes_press_release(ln.text) and (i + 1 == len(seq) or by.is_contact_label(seq[i + 1].text)
                                                   or seq[i + 1].heading):
                return [{"name": ln.text, "role": None, "as_printed": True}]
            if not _PLACE_AND_DATE.match(ln.text) or not find_swedish_date(ln.text):
                continue
            company, signers, roles = None, [], set()
            for k, under in enumerate(seq[i + 1:i + 8], start=i + 1):
                if under.heading or under.link or len(under.text) > 80 or by.is_contact_label(under.text) \
                        or len(signers) == 3:
                    break
                if id(under) in roles:
                    continue  # (the role line under a signer's name, read with it)
                if _closes_press_release(under.text) and not signers:
                    company = company or under.text
                elif pair := by.split_name_role(under.text, p):
                    if not people.plausible_name(pair[0], p):
                        break
                    nxt = seq[k + 1] if k + 1 < len(seq) else None
                    role = pair[1] or (nxt.text if nxt is not None and nxt.el is under.el
                                       and people.plausible_role(nxt.text, pair[0], p) else None)
                    if role and not pair[1]:
                        roles.add(id(nxt))
                    signers.append({"name": pair[0], "role": role})  # (each signer of a statement in turn:
                    # "<strong>Annika Lövgren</strong><br>ordförande", then the secretary, Folktinget's)
            if signers:
                return signers
            return [{"name": company, "role": None, "as_printed": True}] if company else []
        return []

    def sign_off(self, seq: list[Line]) -> list[by.Author]:
        """The signer under a letter's closing ("Hälsningar" / "Karin Holm, ordförande", or a board's
        name as printed), the last such closing first; none when the line under it is a sentence."""
        p = self.profile
        for closing, signer in reversed(list(zip(seq, seq[1:]))):
            if closing.heading or not (len(closing.text) <= 30 and p.matches("words", "sign_offs", closing.text)
                                       or _ON_BEHALF.match(closing.text)):
                continue
            text = signer.text.strip()
            if signer.link or signer.heading or not text[:1].isupper() or len(text) > 80 \
                    or len(text.split()) > 8 or text.endswith((".", "?", "!", ":")):
                return []
            if (pair := by.split_name_role(text, p)) and people.plausible_name(pair[0], p):
                under = seq[seq.index(signer) + 1] if signer is not seq[-1] else None
                role = pair[1] or (under.text if under is not None and under.el is signer.el and len(under.text) <= 80
                                   and people.plausible_role(under.text, pair[0], p) else None)
                signers = [{"name": pair[0], "role": role}]  # (the role on the line under the name, in the same
                # paragraph)
                for more in seq[seq.index(signer) + 1:] if pair[1] else ():  # "Maria Ekdahl, driftchef" / "Samir
                    if more.el is not signer.el or not (two := by.split_name_role(more.text.strip(), p)) \
                            or not two[1] or not people.plausible_name(two[0], p):  # Nouri, energiansvarig": each
                        break  # line of the signature's paragraph one signer
                    signers.append({"name": two[0], "role": two[1]})
                return signers
            return [{"name": text, "role": None, "as_printed": True}]  # (a board, a desk: kept as it signs)
        return []

    def _writer_presented(self, seq: list[Line]) -> list[by.Author]:
        """The writer a sentence in the byline's box presents under the title ("<div class=writer><img alt='Maria
        Grönqvist'><p class=writer-info>Maria Grönqvist är diakoniarbetare i …</p></div>", Kyrkpressen's columns)."""
        p = self.profile
        for ln in self._early_lines(seq, 4):
            if len(ln.text) <= 160 and (m := people.WHO_IS.match(ln.text)) and any(
                    people.is_byline_class(box.get("class")) for box in (ln.el, ln.el.getparent()) if box is not None) \
                    and people.plausible_name(m[1], p) and (role := people.role_in_bio([ln.text], m[1], p)):
                return [{"name": m[1], "role": role}]
        return []

    def _trimmed_to_markup(self, found: list[by.Author]) -> list[by.Author]:
        """A name read from a byline's text with the next field's first word glued on ("av Camilla Nordström Forum
        2019-04, sida 03", the issue after the name's ``span.author``): the name the markup's author field holds."""
        if not any(len(a["name"].split()) >= 3 for a in found):
            return found
        marked = {n for _, names in people.named_bylines(self.index, self.profile, skip=self.chrome) for n in names}
        return [{**a, "name": m} if a["name"] not in marked and (m := next((
            n for n in marked if a["name"].startswith(n + " ") and len(a["name"].split()) == len(n.split()) + 1), None))
                else a for a in found]

    def _outside_cards(self, found: list[by.Author]) -> list[by.Author]:
        """The authors printed somewhere but in other posts' cards under the text (X Shore's Webflow "Fler
        nyheter": each card a link around its heading, "Av" and the card's writer in it)."""
        return [a for a in found if not self._only_in_cards(a["name"])]

    def _only_in_cards(self, name: str) -> bool:
        """The name is printed, and only in teaser cards, each headed by a link to another article of the site, under
        the post's text (three paragraphs of it at least between the title and the first card)."""
        printed = [ln for ln in self.lines if name in ln.text]
        at = self.title_line.index if self.title_line is not None else len(self.lines)
        return bool(printed) and all(self._in_card(ln, 3, headed=True) for ln in printed) \
            and sum(len(ln.text) >= PROSE_LINE for ln in self.lines[at + 1:printed[0].index]) >= 3

    def _in_card(self, ln: Line, levels: int = 3, headed: bool = False) -> bool:
        """A line in a small box linking another article of the site: a teaser card's (Enfold's
        content slider under the post: its ``slide-meta`` dates that post, not this one); with ``headed``, a box
        whose heading links it (not an author's card, its heading the author's linked name)."""
        stops = ("body", "main", "article") if headed else ("body", "main")
        for box in islice(ln.el.iterancestors(), levels) if ln.el is not None else ():
            if box.tag in stops or box is self.article_box \
                    or self.title_line is not None and has_ancestor(self.title_line.el, {box}):
                return False  # the post's own box: its links to other posts are not its date's
            links = (a for h in box.iter("h2", "h3", "h4") for a in h.iter("a")) if headed else box.iter("a")
            if headed and box.tag == "a" and (head := next(box.iter("h2", "h3", "h4"), None)) is not None \
                    and ln.el is not head and not has_ancestor(ln.el, {head}):
                links = chain(links, [box])  # (or the whole card a link around its heading, the line under it:
                # Mynewsdesk's ``a.material-card__link``; not the line that is the heading, an author card's name:
                # CoreMedia's ``a.cm-author__link``)
            if any((href := self.links.resolve(a.get("href"))) and href not in self.itself
                   and is_article_link(href, self.url, self.profile)
                   and not (headed and people.plausible_name(shown_text(a).strip(), self.profile)) for a in links):
                return True
        return False

    def opening_signature(self, seq: list[Line]) -> list[by.Author]:
        """A name line over a role line opening the text, in one paragraph or two side by side
        (OnePress's author group "Nadia Rahimi" / "projektledare för ombyggnad" under the desk's byline)."""
        p = self.profile
        start = next((i for i, ln in enumerate(seq) if ln is self.title_line), -1) + 1
        opening = [ln for ln in seq[start:start + 10]
                   if not ln.flags & {"header", "date", "author", "caption", "figure"}]

        def signer(ln: Line, role: Line) -> bool:
            return len(ln.text) <= 40 and not ln.link and people.plausible_name(ln.text, p) \
                and not people.is_desk(ln.text, p) and is_role(role.text) \
                and people.plausible_role(role.text, ln.text, p) \
                and (ln.el is role.el or ln.el.getparent() in (role.el.getparent(), role.el))

        for k in range(min(len(opening) - 1, 2)):
            if signer(opening[k], opening[k + 1]):
                signed = [{"name": opening[k].text, "role": opening[k + 1].text}]
                while k + 3 < len(opening) and len(signed) < 4 and opening[k].heading \
                        and opening[k + 2].heading and signer(opening[k + 2], opening[k + 3]):
                    k += 2  # the next card of a name as its heading over the role (Spectra's team blocks opening a
                    signed.append({"name": opening[k].text, "role": opening[k + 1].text})  # debate article: its
                return signed  # signers, each in a card of its own)
        return self._italic_signatures_on_top(seq[start:start + 8])

    def _italic_signatures_on_top(self, lines: list[Line]) -> list[by.Author]:
        """One to three lines in italics opening the text, each "Name, role", over a paragraph of it: a column's
        signers under a desk's byline (LUF's "<em>Wilma Sandberg, förbundsordförande LUF<br>Oskar Nyqvist, …</em>")."""
        p = self.profile
        lines = [ln for ln in lines if not ln.flags & {"header", "date", "author", "caption", "figure"}]
        signed: list[by.Author] = []
        for ln in lines[:3]:
            pair = by.name_with_role(ln.text, p) if len(ln.text) <= 120 and ln.el is lines[0].el else None
            if not pair or ends_in_role_word(pair[0].split()[0], p) or not _in_italics(ln.el):
                break
            signed.append({"name": pair[0], "role": pair[1]})
        below = lines[len(signed)] if len(signed) < len(lines) else None
        return signed if signed and below is not None and len(below.text) >= 80 else []

    def guest_note(self, seq: list[Line], guests_only: bool = False) -> list[by.Author]:
        """The writer a note among the text's first lines names ("ett gästinlägg av X, role"); ``guests_only``:
        a note that names a guest as one ("Gästinlägg av …", "Guest post by …"), not any "Text av" or "Inlägg av"."""
        p = self.profile
        for ln in [ln for ln in seq if "related" not in ln.flags and not ln.heading][:4]:
            if len(ln.text) > 250:
                continue
            for pattern in p.patterns("words", "guest_note"):
                if (match := pattern.search(ln.text)) and not (guests_only and not _GUEST.match(match[0])):
                    rest = ln.text[match.end():].strip().rstrip(".")
                    if several := by.signed_by_several(rest, p):  # "av Maria Engström, förvaltare, och Johan …"
                        return several
                    if pair := by.split_name_role(rest, p):
                        return [{"name": pair[0], "role": pair[1]}]
                    return [{"name": n, "role": None} for n in people.names_in(rest, p)]
        return []

    def co_authors(self, found: list[by.Author], seq: list[Line], around: list[Line],
                   block: list[by.Author], box: Element | None = None) -> list[by.Author]:
        """The authors found, with the co-authors another printed byline adds.

        Structured data and theme hooks often name only the first of two
        authors; a printed "Av Anna Ek och Bo Berg", a name/role block or the
        markup's byline elements naming both are then the fuller list. Another
        source counts only when it names every author already found, so a
        teaser's or a comment's names never join.
        """
        if not found:
            return found
        p = self.profile
        known = [a["name"].casefold() for a in found]
        found_roles = {a["role"] for a in [*found, *block] if a.get("role")}
        first = found[0]["name"]  # a fuller list names the first author too
        lines = around + [ln for ln in seq if ln.flags & {"author", "role"} and "related" not in ln.flags]
        lines += [ln for ln in seq if first in ln.text and (has_byline_prefix(ln.text, p) or _POSTED_LINE.match(ln.text))
                  and "related" not in ln.flags][:3]  # ("Postat: 05.10.2009 09:15 av A och B", dasBlog's footer)
        texts = [split_credit(ln.text, p)[0] or ln.text for ln in lines if first in ln.text]  # ("Text: A och B.
        # Foto: B": the writers, not the photographer)
        sources = [by.signed_by_several(strip_byline_prefix(text, p), p)  # with their roles, if printed
                   or [{"name": n, "role": None} for n in people.names_in(text, p) or _byline_after_date(text, p)]
                   for text in texts if first in text]
        sources.append(self._names_and_roles_in_one_box(seq, first))
        around_box = box.getparent() if box is not None else None
        if around_box is not None and not any(  # (only when a byline element sits beside the box, not in it)
                has_ancestor(el, {around_box}) and not has_ancestor(el, {box}) for el in people.byline_elements(self.index)):
            around_box = None
        for other in [block, *sources, None, *([around_box] if around_box is not None else [])]:
            carded = other is None or other is around_box
            if carded:  # last, and only when needed: the markup's author cards, one
                # person each; in the article's box, then in the box around it (Ghost Dope's after <article>)
                within = box if other is None else around_box
                other = self._outside_cards(people.markup_authors(
                    self.index, p, within=within.iter() if within is not None else None, skip=self.chrome,
                    title=self.title_line.el if self.title_line else None, one_each=True))
                if not all(is_name(a["name"], p) for a in other[len(known):]):
                    break  # a co-author the markup adds is a person's name, not the role element beside it
            printed = any(other is s for s in sources) or carded and len(known) <= 2 and all(  # (the writers' cards
                # in any order, over metadata naming one or two of them (not a paper's sixteen, among affiliations),
                is_name(a["name"], p) and not any(k in a["name"].casefold() and k != a["name"].casefold() for k in known)
                for a in other)  # each a name of its own: Jordens Vänner's two over the metadata's second;
            # not a name glued to its role, "Erik LundReporter")
            other = [a for a in other if a["name"] not in found_roles]  # (the organisation a writer's role names:
            # "Text: Jonas Berg, Stockholms Fotbollförbund", no second writer)
            names = [a["name"].casefold() for a in other]
            if len(names) > len(known) and (names[: len(known)] == known or set(known) <= set(names)
                                            and printed):  # (a printed byline, in its order:
                # "Text: Amir Said och Petra Lund" over <meta name=author content="Petra Lund">)
                roles = {a["name"]: a.get("role") for a in found}
                return [{"name": a["name"], "role": roles.get(a["name"]) or a.get("role")} for a in other]
            if names == known and printed and not carded and not any(a.get("role") for a in found) \
                    and all(a.get("role") for a in other):
                return [{**a, "role": b["role"]} for a, b in zip(found, other)]  # the same writers, each with the role
                # the printed byline gives in parentheses ("Text: Amira Yusuf (sommarjobbare) och Johan Ek (…)")
        return found

    def _names_and_roles_in_one_box(self, seq: list[Line], first: str) -> list[by.Author]:
        """The writers of a box under the title printing a name and role a line, the first author's first ("Sara
        Lindqvist, vd, …<br>Omar Haddad, tandtekniker och skyddsombud": an Elementor text widget as the byline)."""
        zone = self._header_zone(seq, 4)  # (four more lines: the box's other writers)
        at = next((k for k, ln in enumerate(zone) if ln.text.startswith(first)), None)
        if at is None:
            return []
        box = zone[at].el
        pairs = [by.name_with_role(ln.text, self.profile) for ln in takewhile(lambda ln: ln.el is box, zone[at:])]
        return [{"name": name, "role": role} for name, role in pairs] if len(pairs) > 1 and all(pairs) else []

    def caption(self, seq: list[Line], region: list[Line]) -> dict[str, str | None]:
        """The first image caption and its credit, label and credit split off."""
        p = self.profile
        if self.cover is not None:  # the cover's caption comes first
            inside = set(self.cover.iter()) | (set(self.cover_caption.iter()) if self.cover_caption is not None
                                               else set())
            cover = [ln for ln in self.lines if ln.el in inside]
            seq, region = cover + seq, cover + region
        hooked = [ln for ln in seq if "caption" in ln.flags and not ln.flags & {"related", "aside"}
                  and not any(_VIDEO_CAPTION.search(a.get("class") or "") for a in islice(ln.el.iterancestors(), 3))
                  # (not a film's: Squarespace's ``div.video-caption``, "Filmen är textad …")
                  and (not ln.text.endswith(":") or strip_caption_label(ln.text, p))]  # (a field's label, "Bildtext:";
        # not a side column's card, Typecho Joe's "hot posts" with their figcaptions)
        hooked = [ln for k, ln in enumerate(hooked) if not (
            ln.el.get("aria-hidden") == "true" and any(o.text.startswith(ln.text) for o in hooked[k + 1:k + 2]))]
        # (the caption set over the picture for the eye, hidden from screen readers, then the figcaption with its
        # credit: a paper's ``div.image__overlay-caption``)
        hooked = [ln for k, ln in enumerate(hooked) if not (
            ln.el.tag == "dt" and any(o.text.startswith(ln.text) for o in hooked[k + 1:k + 2])
            or _PICTURE_FIELD.match(ln.text))]
        # (nor a field's label its value repeats, nor the picture's licence or download link: "<dt
        # class=visually-hidden>Licens</dt><dd>Licens: Medieanvändning</dd>", "Ladda ner bild", a press room's
        # picture box)
        shaped = [ln for ln in region if is_caption(ln.text, p) and "related" not in ln.flags
                  and not p.matches("words", "disclaimers", ln.text)] or [  # (a licence's "© …" is no credit)
            ln for ln in seq if "related" not in ln.flags and is_caption(ln.text, p)
            and strip_caption_label(ln.text, p) != ln.text]  # "Bilden ovan: …" after a "Läs också" line
        heroes = [
            ln for ln in [*seq, *self._above_title(seq)] if self.title_line is not None  # the hero's
            and ln.index < self.title_line.index
            and "related" not in ln.flags and is_caption(ln.text, p)
            and (self.beside_image(ln) or _holds_picture(ln) or _right_after_picture(ln.el)
                 or "header" in ln.flags and split_credit(ln.text, p)[0] == "")]  # (a credit alone in the
        # header over the title: its picture a stylesheet's background, Hux Blog's ``div.header-img-credit``)
        # over the title; or in the picture's own box (Vantage's entry-thumbnail: <img><span class="media-credit">);
        # or in the box right after the picture's (gatsby-theme-blog's hero caption)
        hooked = [ln for ln in hooked[:1] if self.captions_lead_image(ln)]  # else a later picture's caption
        shaped = [ln for ln in shaped[:1] if self.captions_lead_image(ln)] \
            or [ln for ln in heroes[:1] if self.captions_lead_image(ln)]  # (the hero's credit over the title when
        # the text's first caption is a later picture's: DHL's ``span.c-leadspace__copyright``)
        if not hooked and (field := _credit_field(region[:HEADER_ZONE + 6], p)):
            # Drupal's "Foto:" field, then "Privat"; the caption field after it, a field item of its own
            _, value, labelled = field
            after = region[region.index(value) + 1] if value is not region[-1] else None
            caption = after.text if after is not None and "field-item" in (after.el.get("class") or "") \
                and not after.flags & {"lead", "body"} and len(after.text) <= 200 and not after.link else None
            if caption:
                self.caption_line = after
            return {"photo_credit": labelled, "image_caption": caption}
        credit_only = [ln for ln in seq if split_credit(ln.text, p)[0] == ""  # (a later picture's: not the lead's)
                       and ("figure" in ln.flags or self.beside_image(ln) or _right_after_picture(ln.el))
                       and self.captions_lead_image(ln)]
        text = hooked[0].text if hooked else (shaped[0].text if shaped else None)
        if not text and not credit_only and (beside := next((
                ln for ln in region[:HEADER_ZONE + 6] if "related" not in ln.flags and self.lead_picture is not None
                and self._caption_block(ln) and self.lead_picture in set(ln.el.getparent().iter("img"))
                and not date_line(ln.text, p) and not ln.flags & {"author", "date"}), None)):
            # (not the post's date beside it: Livro's header group; nor its meta line, Graphy's entry-meta)
            text = beside.text  # no label, no credit, no caption markup: the text in the lead picture's own box
        if not text and not credit_only and self.lead_picture is not None and (italic := next((
                ln for ln in region[:HEADER_ZONE + 12] if _italic_under_picture(ln, self.lead_picture)
                and not has_byline_prefix(ln.text, p) and not is_modified_date(ln.text)
                and not by.is_update_note(ln.text)
                and not _REPUBLISHED.match(ln.text) and not _WHAT_THE_POST_IS.match(ln.text)), None)):  # (not the
            # byline in italics: "Av Elin Strand, …"; nor an update's note: "<p><em>Uppdaterad 17 maj 2023 kl.
            # 10.15</em></p>", "Uppdatering 9 januari: Isen är åter öppen …";
            # nor where a debate article ran first: "<p><em>Debattartikeln publicerades i
            # Helsingborgs Dagblad …"; nor what the post is: "<p><em>Det här är ett gästinlägg från Sjöstadshem …")
            text = italic.text  # an italic paragraph alone under the paragraph holding the lead picture, no credit
            # in it (Markdown's "*caption*" under "![…](…)": Nuxt UI's content pages)
        if not text and not credit_only and self.lead_picture is not None and (bare := next((
                ln for ln in [*region[:HEADER_ZONE + 6], *self._above_title(seq)] if "related" not in ln.flags
                and (field := _photographer_field(ln.el, ln.text)) is not None and not field[0]
                and any(self.lead_picture in set(b.iter("img")) for b in (ln.el, *islice(ln.el.iterancestors(), 2)))),
                None)):
            return {"photo_credit": bare.text, "image_caption": None}  # a credit field alone in the lead picture's
            # box, no label, no caption ("<span class=media__credit>LEHTIKUVA / JONNA VARTIAINEN</span><img>", Åbo
            # Underrättelser's agency pictures), or labelled in a hero over the title (Läkarmissionen's
            # ``span.hero__photographer``)
        if not text:
            if credit_only:
                credit_line = credit_only[0]
                return {"photo_credit": split_credit(credit_line.text, p)[1],
                        "image_caption": self.caption_before(seq, credit_line) or self.caption_after(seq, credit_line)}
            caption, credit = self.script_caption()
            return {"photo_credit": credit or self._byline_photo_credit(seq), "image_caption": caption}  # (no
            # caption: the story's credits closing it, "Text: Hedda Alm" / "Foto: Erik Lundmark", Next.js's)
        caption, credit = split_credit(text, p)
        source = (hooked or shaped or [None])[0] or next((ln for ln in region if ln.text == text), None)  # (or the
        # line in the lead picture's box: "<span class=vf-image-info__credit>Fotograf: …</span> <span>…</span>")
        if source is not None and (lead := _leading_credit(source.el, p)) and text.startswith(lead[0]) \
                and len(text) > len(lead[0]):
            caption, credit = text[len(lead[0]):].strip(), lead[1]  # the credit's field first, then the caption's
            # (Gota Media's ``<span class=image__byline>Foto: Johan Ek</span> <span>Noah Ali och …</span>``)
        if source is not None and (field := _photographer_field(source.el, source.text)) is not None:
            caption, credit = field  # the caption's own field for its photographer: "Foto Tomas Berg" with no colon,
            # a name after a camera icon (Högskolan Dalarna), a "Visa originalbild" link after it (Sitevision)
        if credit is None and (m := _PAREN_CREDIT.search(caption)):  # "… sedan dess. (Karl Nyström/Ängsviks
            caption, credit = caption[:m.start()].strip(), m.group(1)  # Bostäder)": Arc XP's credit, as printed
        signs = bool(credit and has_byline_prefix(caption, p) and (people.names_in(caption, p) or find_swedish_date(caption)))
        if credit and not signs and (day := find_swedish_date(caption)) and caption.startswith(day[1]):
            signs = has_byline_prefix(_after_date(caption, day).strip(), p)  # "16 juli 2024 Text: Maja Lindholm |
            # Foto: Jonas Berg": the meta line's date, byline and credit (Naturkompaniet's)
        if signs:
            caption = ""  # "Text: Anna Ek. Foto: Bo Berg": a credit line for words and picture; "Publicerad av
            # Karin Holmqvist den mars 05, 2024 Foto: …": the byline beside the banner's credit (Orchard Core)
        if credit is None and (hooked or shaped) and (first := (hooked or shaped)[0]) in seq:
            at = seq.index(first)
            for ln in seq[at + 1: at + 3]:  # "Bild: …" under the figure
                rest, maybe = split_credit(ln.text, p)
                if maybe is None and (field := _photographer_field(ln.el, ln.text)):
                    rest, maybe = field  # (a photographer's field in the picture's meta line under the caption)
                if maybe and (not rest or _PICTURE_FIELD.match(rest)) and not _in_other_picture(ln.el, first.el):
                    # (the licence's field after it, Mynewsdesk's picture meta; not the byline portrait's
                    # "Foto: Privat" in its own <figure> under the caption: Méthode's)
                    credit = maybe
                    break
            credit = credit or _labelled_credit(seq[at + 1: at + 4], p)  # a "Foto:" field under it (Backdrop)
            if credit is None and (field := _credit_field(seq[at + 1:], p)) \
                    and "field-label" in (field[0].el.get("class") or ""):
                credit = field[2]  # the node's own "Fotograf:" field after the text (Drupal 7's Adaptivetheme)
            if credit is None and at > 0 and (not split_credit((ln := seq[at - 1]).text, p)[0] or len(ln.text) <= 60
                                              and _PHOTOGRAPHER_CLASS.search(ln.el.get("class") or "")) and (
                    "figure" in ln.flags and "figure" in first.flags and _same_figure(ln.el, first.el)
                    or (box := _previous_element(first.el)) is not None and has_ancestor(ln.el, {box})
                    and next(box.iter("img"), None) is not None
                    or (box := _picture_box_before(first.el, p)) is not None and has_ancestor(ln.el, {box})
                    or (box := box_holding(first.el, ln.el)) is not None and next(box.iter("img"), None) is not None
                    and _shown_chars(box) <= len(first.text) + len(ln.text) + 20):
                credit = split_credit(ln.text, p)[1] or ln.text  # the credit over the picture's corner, then the
                # caption (Brightspot's "Figure-credit" before its figcaption); the credit in the picture's box, the
                # caption in the box after it, or both fields in the picture's own box (Drupal's media fields); the
                # credit labelled, or bare in a field its class names (Kyrkpressen's gallery: "<div class=gallery-
                # photographer>Mikaela Storå</div><div class=gallery-caption>…</div>")
            if credit is None and (signed := next((
                    pair[1] for ln in self.lines[max(0, first.index - 3):first.index] if len(ln.text) <= 120
                    and (pair := split_credit(ln.text, p))[1]
                    and has_byline_prefix(byline := _after_date(pair[0], day).strip(" |·")
                                          if (day := find_swedish_date(pair[0])) else pair[0], p)
                    and people.names_in(strip_byline_prefix(byline, p), p)), None)):
                credit = signed  # the meta line over the picture credits it too ("Publicerad 03.05.2024 Text: Sara
                # Wendt | Foto: Jonas Ek", the caption under the picture with no credit of its own: Halmstad
                # Golfklubb's)
        caption = LICENCE_TAIL.sub("", strip_caption_label(caption, p))  # (the picture's licence field after the
        # caption's: "… i Västerås. Licens: Användning i media", Mynewsdesk's meta under its description)
        if credit is None and (label := _SUBJECTS_LABEL.match(caption)) and len(caption[label.end():].split()) > 8:
            caption = caption[label.end():]  # "Foto: Maria Lindqvist, energistrateg …, och Jonas Berg, …, i
            # undercentralen …": the label over who is in the picture, no photographer (Energikontoret i
            # Mälardalen's)
        if caption.casefold() in ("null", "undefined", "none", "nan"):
            caption = ""  # a template's empty field printed as its value ("<p class=caption>null</p>": Mynewsdesk's)
        if _PICTURE_FIELD.match(caption):
            caption = ""  # the licence's field after the credit's in one line ("Fotograf: … Licens: Användning i
            # media", Mynewsdesk's picture meta)
        line = hooked[0] if hooked else shaped[0] if shaped else None
        if credit and not caption and not signs and line is not None and line in seq:  # (not a credit above the
            caption = self.caption_before(seq, line) or self.caption_after(seq, line)  # title; nor the text's
            # closing credit line, "Text: … Foto: …", under its last paragraph)
            if caption and _PICTURE_FIELD.match(caption):
                caption = ""  # (nor the picture's download link and licence under it: Mynewsdesk's actions)
        return {"photo_credit": credit or self.script_caption()[1] or self._byline_photo_credit(seq),
                "image_caption": caption or None}

    def _byline_photo_credit(self, seq: list[Line]) -> str | None:
        """The picture's credit printed in the byline under the title, its caption crediting no one: "Text: Anna
        Berg och Erik Lund | Foto: Sara Holm" (Omni CMS's news byline), or in the signature closing the text
        (Wallenstam's "Text: Maja Lind, kommunikatör | Foto: Jonas Ek")."""
        if self.lead_picture is None:
            return None
        p = self.profile
        tail = [ln for ln in seq if "related" not in ln.flags][-12:]  # (past the page information's fields and
        # a list of links: 1177's foot)
        for ln in chain(self._header_zone(seq), tail):
            text = unglue(_after_opening_date(ln.text))  # ("03.03.2024 — Text: Hanna Wirén<span>Foto: Jonas
            # Falk", the hero's meta line, its spans glued: Maria Nilsdotter's Next.js journal)
            if len(text) <= 160 and has_byline_prefix(text, p) and (parts := split_credit(text, p))[1] \
                    and people.names_in(strip_byline_prefix(parts[0].rstrip(" |.,;·"), p), p):
                return parts[1]
            if len(ln.text) <= 80 and has_byline_prefix(ln.text, p) and ln.index + 1 < len(self.lines) \
                    and not (parts := split_credit((under := self.lines[ln.index + 1]).text, p))[0] and parts[1] \
                    and under.el.getparent() is ln.el.getparent() and people.names_in(strip_byline_prefix(ln.text, p), p):
                return parts[1]  # "Text: Sara Lindqvist<br>Foto: Mikael Öhrn" closing the text (HSB's news)
        return None

    @once
    def reader_comments(self) -> set[Element]:
        """Readers' comments as schema.org marks them (``Comment``, ``itemprop=comment``); a class
        "comments" may be the byline's comment count."""
        return {el for el in people.comment_boxes(self.index)
                if "comment" in (el.get("itemprop") or "").lower().split()
                or (el.get("itemtype") or "").rstrip("/").endswith("/Comment")}

    @once
    def chrome(self) -> set[Element]:
        """Elements marked boilerplate or related posts, and cards' bylines hidden from screen
        readers: no byline, role, term or picture is taken from inside them."""
        return {el for el, f in self.marks.items() if f & {"boiler", "related", "unhidden"}}

    @once
    def shown_pictures(self) -> list[Element]:
        """The page's pictures (``img``, ``amp-img``) outside chrome, in document order."""
        order = self.index.position
        return sorted((img for tag in ("img", "amp-img") for img in self.index.by_tag.get(tag, ())
                       if not has_ancestor(img.getparent() if img.get("aria-hidden") == "true" else img, self.chrome)
                       and not _copy_for_noscript(img) and not in_hidden_box(img)),
                      key=lambda img: order.get(img, 0))  # (a picture hidden from screen readers is still shown:
        # Blogifier's cover; not one a class hides, Webflow's "w-condition-invisible" hero when the post has no cover)

    @once
    def pictures(self) -> list[Element]:
        """The article's pictures: in its box, its cover, or after its title (read once both are known)."""
        box, order = self.article_box, self.index.position
        after = order.get(self.title_line.el, 0) if self.title_line else 0
        in_box = set(box.iter()) if box is not None else set()
        if self.cover is not None:
            in_box |= set(self.cover.iter())
        return [img for img in self.shown_pictures if order.get(img, 0) > after or img in in_box]

    @once
    def cover(self) -> Element | None:
        """A figure printed right before the article's box, outside it (Kirby's ``note-cover``):
        the article's lead picture; its caption may follow it in a box of its own (Ghost's Liebling:
        the hero, then "Bilden ovan: … Foto: Privat", then the article)."""
        prev = self._box_before()
        if prev is not None and next(prev.iter("img"), None) is None and len(text := shown_text(prev)) <= 300 \
                and is_caption(text, self.profile) and (before := self._sibling_before(prev)) is not None:
            self.cover_caption, prev = prev, before
        if prev is None or not (prev.tag == "figure" or sum(1 for _ in prev.iter("img")) == 1 and (
                next(prev.iter("figcaption"), None) is not None or not text_content(prev).strip()
                or any("caption" in (el.get("class") or "") for el in prev.iter()))
                or _background_picture(prev) and not text_content(prev).strip()):
            return None  # a figure, or one picture alone (maybe linked) or with its caption (a hero's), or a
            # box showing its picture as a CSS background (Hermit's ``div.bg-img``)
        return prev if len(text_content(prev)) <= 300 else None

    def _sibling_before(self, el: Element) -> Element | None:
        """The element printed right before ``el`` under its parent, chrome passed over."""
        prev = el.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or prev in self.chrome):
            prev = prev.getprevious()
        return prev

    def _box_before(self, levels: int = 3) -> Element | None:
        """The element printed right before the article's box, chrome (a sidebar, the breadcrumbs' <nav>)
        passed over, looking a few levels up when the box opens its wrapper (Minimal Mistakes prints its
        ``page__hero`` before ``#main``, whose first child is the sidebar; a hero over the breadcrumbs and the
        column holding the post, Visit Kinnekulle's ``div.article-hero``)."""
        box = self.article_box
        for _ in range(levels + 1):
            if box is None or box.tag in ("body", "html"):
                return None
            prev = box.getprevious()
            while prev is not None and (not isinstance(prev.tag, str) or prev in self.chrome or prev.tag == "nav"):
                prev = prev.getprevious()
            if prev is not None:
                return prev
            box = box.getparent()
        return None

    @once
    def lead_picture(self) -> Element | None:
        """The article's first picture (featured image, else the first in the body), chrome
        (avatars, portraits, logos, teaser thumbnails) left out."""
        shown = (img for img in self.pictures if img.tag == "img"
                 and (source(img) is not None or getattr(img.getparent(), "tag", None) == "picture")
                 and not is_chrome_image(img, self.url, self.links.resolve) and not self._beside_its_name(img)
                 and not _video_still(img))
        # (an <img src=""> printed when the post has no hero, Craft's Europa, shows nothing)
        first = next(shown, None)
        order, title = self.index.position, self.title_line
        if first is not None and title is not None and order.get(first, 0) < order.get(title.el, 0) \
                and (named := {stem(self.links.resolve(u)) for u in (self.ld.get("image"), self.first_meta("og:image"))
                               if isinstance(u, str)} - {None}) \
                and stem(self.links.resolve(source(first))) not in named:
            # a banner over the headline the metadata does not name, and a picture under it that it does
            # (Hexo Reimu's header banner, the theme's own, then the post's picture): the post's
            return next((img for img in shown if order.get(img, 0) > order.get(title.el, 0)
                         and stem(self.links.resolve(source(img))) in named), first)
        if title is not None and (first is None or order.get(first, 0) > order.get(title.el, 0)) \
                and (named := {stem(self.links.resolve(u)) for u in (self.ld.get("image"), self.first_meta("og:image"))
                               if isinstance(u, str)} - {None}) \
                and (first is None or stem(self.links.resolve(source(first))) not in named) and (hero := next((
                    img for img in self.shown_pictures if order.get(img, 0) < order.get(title.el, 0)
                    and stem(self.links.resolve(source(img))) in named
                    and _HERO_CLASS.search(classes := " ".join(
                        box.get("class") or "" for box in (img, *islice(img.iterancestors(), 2))))
                    and not is_chrome_image(img, self.url, self.links.resolve)
                    and (self._named_for_page(img) or _ARTICLE_HERO.search(classes))),
                    None)) is not None:
            return hero  # the hero over the page, outside the article's box, the metadata's picture, before a
            # picture in the text it does not name, or with none in the text (Läkarmissionen's ``img.hero__image``
            # over the breadcrumbs; Visit Kinnekulle's ``figure.article-hero__figure``, its class the post's); not
            # the site's banner the metadata gives every page (Hexo Async's ``img.trm-banner-cover``, banner.jpg)
        if first is not None and title is not None and order.get(first, 0) > order.get(title.el, 0) \
                and not self.ld.get("image") and not self.first_meta("og:image") and (hero := next((
                    img for img in self.shown_pictures if order.get(img, 0) < order.get(title.el, 0)
                    and _HERO_CLASS.search(" ".join(box.get("class") or "" for box in (img, *islice(img.iterancestors(), 2))))
                    and not is_chrome_image(img, self.url, self.links.resolve) and self._named_for_page(img)),
                    None)) is not None:
            return hero  # no metadata naming a picture: the hero over the title named for the page ("gard-vasterangen-
            # hero.jpg" at /nyheter/traning-pa-garden-vasterangen), before a picture in the text (Friskis&Svettis')
        return first

    def _named_for_page(self, img: Element) -> bool:
        """The picture's file name shares a word with the page's address ("kvarnbacken-fasad.jpg" at
        /reportage/energilyftet-i-ovre-kvarnbacken/): this page's own picture, not the site's."""
        return bool(_address_words(stem(self.links.resolve(source(img))) or "")
                    & _address_words(split_url(self.url).path))

    def _beside_its_name(self, img: Element) -> bool:
        """A portrait: a picture whose alt text is a person's name that its small box prints as a byline beside it
        ("Amanda Lindqvist" beside "Av Amanda Lindqvist", a byline's avatar in hashed CSS-module classes)."""
        alt = " ".join((img.get("alt") or "").split())
        said = people.PICTURE_OF.match(alt)  # "Bild av Amir Haddad": the alt text says it shows that person
        alt = alt[said.end():] if said else alt
        if not alt or len(alt) > 40 or not is_name(alt, self.profile) or in_figure(img):
            return False  # (a portrait set as the post's picture, in its figure with a caption naming the sitter, is
            # the lead: a guest's column)
        return any(len(text := " ".join(" ".join(box.itertext()).split())) <= 200 and alt in text
                   and (said or has_byline_prefix(text[:text.find(alt)] + alt, self.profile))
                   and not split_credit(text, self.profile)[1]  # (a guest's portrait credited in its box is the
                   # post's picture: "Porträtt av Maria Lind" over "Fotograf: Nils Ek/Mediahuset", FirstSpirit's)
                   for box in islice(img.iterancestors(), 4))  # (the card around the avatar's own box: Mentimeter's;
        # its fields read apart, "Skriven av" and "Elin Markström" two paragraphs: Kry's)

    def captions_lead_image(self, line: Line) -> bool:
        """Whether a figure caption belongs to the article's lead image."""
        figure = next((a for a in (line.el, *islice(line.el.iterancestors(), 3)) if a.tag == "figure"), None)
        if figure is not None and next(figure.iter("img", "picture", "amp-img"), None) is None \
                and (next(figure.iter("iframe", "video", "embed", "object", "audio"), None) is not None
                     or next(figure.iter("svg"), None) is not None):
            return False  # a film's caption (Ghost's embed card: "Se filmen … Film: Sörbyhem"), no picture's; or
            # an icon's and a name's (OpenBlogware's ``figure.sas-author``: an avatar icon, then the author)
        lead = self.lead_picture
        if (title := self.title_line) is not None and line.index > title.index and any(
                (bg := box.get("data-bg") or box.get("data-background-image")) and not has_ancestor(line.el, {box})
                and not (lead is not None and _same_picture(self.links.resolve(bg), self.links.resolve(source(lead))))
                for box in islice(title.el.iterancestors(), 4)):  # (unless it is the text's first picture, captioned
            # under it in the text: Sleek's hero)
            return False  # the header's background picture, loaded lazily, over the title is the lead, with no
            # caption of its own; a later picture's caption is not its (Strikingly's blog header; a theme's
            # style="background-image" may be its default cover, and the text's first picture the lead)
        if lead is None:
            return True
        holder = next((a for a in [line.el, *list(line.el.iterancestors())[:3]]  # the caption's own small box
                       if any(True for _ in a.iter("img")) and _shown_chars(a) <= len(line.text) + 200), None)
        if holder is not None:
            return lead in set(holder.iter("img"))
        # no box of its own: it captions the picture printed last before it (a featured image
        # without caption, then a body picture with its caption line under it, is not captioned)
        order = self.index.position
        at = order.get(line.el, 0)
        before = [img for img in self.pictures if img.tag == "img" and order.get(img, 0) < at
                  and not is_chrome_image(img, self.url, self.links.resolve)]
        return not before or before[-1] is lead

    def script_caption(self) -> tuple[str | None, str | None]:
        """(caption, credit) of the lead picture's ``title`` when the picture is classed ``caption``:
        Joomla's caption script prints that title under it ("Rören i källaren. Foto: Jonas Ekman"). A
        credit only in ``alt`` or in another picture's ``title`` is never shown to the reader: none."""
        lead = self.lead_picture
        value = lead.get("title") if lead is not None and "caption" in (lead.get("class") or "").split() else None
        if not value:
            return None, None
        caption, credit = split_credit(clean_text(value), self.profile)
        return caption or None, credit

    def image_url(self, caption: str | None) -> str | None:
        """The lead image: among the article's pictures, the one the caption belongs to,
        else the first; else JSON-LD ``image``, ``og:image``, ``twitter:image``."""
        return lead_image(self.pictures, self.links.resolve, caption=caption, elsewhere=self.shown_pictures,
                          structured=[self.ld.get("image"), self.first_meta("og:image", "og:image:url",
                                                                             "og:image:secure_url",
                                                                             "twitter:image")],
                          page_url=self.url)

    def caption_before(self, seq: list[Line], credit_line: Line) -> str | None:
        """The caption printed on its own line just above a credit-only line, in the
        same small box (a table cell or a caption element holding just the two), or
        right under the lead picture's own box (page builders give picture, caption
        and credit a component each: Liferay's fragments)."""
        at = seq.index(credit_line)
        if at == 0:
            return None
        prev = seq[at - 1]
        if prev.flags & {"title", "date", "author", "role", "header"} or prev.heading or not prev.text \
                or has_byline_prefix(prev.text, self.profile) or self.profile.matches("words", "more_links", prev.text) \
                or at > 1 and is_role(prev.text) and is_name(seq[at - 2].text, self.profile) \
                or prev.hrefs and terms_only(prev, self.profile) or _TOC_CLASS.search(prev.el.get("class") or "") \
                or is_chrome(prev.text, self.profile) or prev.el.tag in ("th", "dt") or _DURATION.fullmatch(prev.text) \
                or len(prev.text) <= 40 and (dated := date_line(prev.text, self.profile)) and dated[1] == prev.text:
            return None  # (the post's date alone over its picture, "5 mars 2024" in small grey type: Google Sites';
            # a video's length on its poster, "2:05", TV4's player; an author's name and role
            # above the picture, Next.js' avatar block; the meta line's
            # "1 kommentar", Newsblock's; the post's tag links over the banner, Hexo Kaze's; the table of
            # contents' "Innehåll", Hugo DoIt's ``toc-title``; the picture's file name, size and weight, Discourse's
            # lightbox: "sommarjobb-gard1600×1066 312 KB"; a field's header cell, Rhymix's "Bildkälla" | "Foto: Privat", or
            # its term's label, "<dt class=visually-hidden>Fotograf</dt><dd>Foto: …</dd>", Norra Skog's info list)
        box = box_holding(credit_line.el, prev.el) \
            if credit_line.el is not prev.el else credit_line.el
        room = len(prev.text) + len(credit_line.text) + 20
        if (box is None or len(text_content(box)) > room
                and (_shown_chars(box) > room or _picture_box_before(box, self.profile) is None)) \
                and not ((len(prev.text) <= 150 or len(prev.text) <= 300 and _caption_classed(prev.el))
                         and prev.el is not credit_line.el and self._under_lead_picture(prev)):
            # (a long paragraph under the picture is the text's first, PHP-Fusion's standfirst, unless its box
            # says caption: a news gallery's "div.caption"; nor is the line over the credit in a paragraph of more
            # lines, the signatures closing BirdLife's text over "Foto på tornseglare: Mats Ekholm"; the box's
            # indentation counts, unless the box is the picture's card right after it, Squarespace's image block)
            return None
        self.caption_line = prev
        return strip_caption_label(prev.text, self.profile) or None

    def caption_after(self, seq: list[Line], credit_line: Line) -> str | None:
        """The caption printed on its own line just below a credit-only line, two fields side
        by side in the picture's own small box (Drupal's media fields: the photographer, then
        the caption); not the text's first paragraph in a box beside the figure."""
        at = seq.index(credit_line)
        if at + 1 >= len(seq):
            return None
        nxt = seq[at + 1]
        if nxt.flags & {"title", "date", "author", "role", "header", "lead"} or nxt.heading or nxt.link \
                or nxt.el.getparent() not in (credit_line.el.getparent(), credit_line.el.getparent().getparent()) \
                or len(nxt.text) > 300 or split_credit(nxt.text, self.profile)[1] or has_byline_prefix(nxt.text, self.profile) \
                or people.is_byline_class(nxt.el.get("class")):
            return None  # (the author's name and title beside a portrait credited "Foto: Privat", a paper's debate
            # byline)
        box = box_holding(credit_line.el, nxt.el)
        if box is None or _shown_chars(box) > len(nxt.text) + len(credit_line.text) + 20:
            return None
        if next(box.iter("img"), None) is None:
            if (before := _picture_box_before(box, self.profile)) is None or self.lead_picture is None \
                    or self.lead_picture not in set(before.iter("img")):
                return None  # the two lines in a box of their own right after the lead picture's (Sitevision's
                # text portlet under the image portlet: "<p class=fotograf>Foto: …</p><p class=bildtext>…</p>")
        elif nxt.el.tag == credit_line.el.tag == "p":
            return None  # a paragraph after the credit's paragraph: the text going on (Statocles' first section)
        self.caption_line = nxt
        return strip_caption_label(nxt.text, self.profile) or None

    def _under_lead_picture(self, line: Line) -> bool:
        """The line's box (itself or one of its nearest ancestors) comes right after the box
        holding the lead picture and nothing else of the text."""
        lead = self.lead_picture
        if lead is None:
            return False
        for box in [line.el, *list(line.el.iterancestors())[:3]]:
            if box is not line.el and not 0 <= clean_text(text_content(box)).find(line.text[:40]) <= 150:
                return False  # the line comes after the text in its box, not after a short line or two (BirdLife's
                # signatures closing the text; not FirstSpirit's caption cell, the guest writer's line over it)
            before = _previous_element(box)  # (a comment between the components passed over)
            if before is not None and any(img is lead for img in before.iter("img")):
                return len(text_content(before).strip()) <= 40  # the picture's box, not a paragraph beside it
        return False

    def lead(self, seq: list[Line]) -> str | None:
        """Ingress from the page, else the description in metadata."""
        hooked = [ln.text for ln in seq if "lead" in ln.flags and "related" not in ln.flags]
        text = " ".join(hooked) or self.ld.get("description") \
            or self.first_meta("og:description", "description", "twitter:description")
        return strip_ellipsis(text) or None if text else None

    def terms(self, box: Element | None, key: str) -> list[str]:
        """Category or tag links from the theme hooks, in the article."""
        skip = self.chrome
        found: list[str] = []
        hits: list = []
        for sel in self.profile.get("article", key):  # first selector with hits wins
            hits = [el for el in self.index.select([sel], within=box) if not has_ancestor(el, skip)]
            if hits:
                break
        if not hits:  # links to the site's category / tag archives, inside the article
            paths = "category_paths" if key == "categories" else "tag_paths"
            hits = [a for a, path in self.link_paths(box) if self.profile.matches("urls", paths, path)]
        for el in hits:
            text = strip_ellipsis(text_content(el).strip())
            if text and text not in found:
                found.append(" ".join(text.split()))
        return found

    def link_paths(self, box: Element | None) -> list[tuple[Element, str]]:
        """(<a>, path of its absolute href) in the article's non-related lines, repeats kept; once per page."""
        if box not in self._link_paths:
            links: dict[Element, list[tuple[Element, str]]] = {}  # per block element
            found: list[tuple[Element, str]] = []
            for ln in self.lines_in(box):
                if "related" in ln.flags:
                    continue
                if ln.el not in links:
                    links[ln.el] = [(a, split_url(self.links.resolve(a.get("href")) or "").path)
                                    for a in ln.el.iter("a")]
                found += links[ln.el]
            self._link_paths[box] = found
        return self._link_paths[box]

    def lines_in(self, box: Element | None) -> list[Line]:
        """The lines inside an element (all of them for None)."""
        if box is None:
            return list(self.lines)
        inside = set(box.iter())
        return [ln for ln in self.lines if ln.el in inside]

    def related(self, seq: list[Line], end: int, why: str | None) -> list[dict[str, Any]]:
        """Teasers of the related-posts block: theme hook, else what follows the body."""
        lines = [ln for ln in self.lines if "related" in ln.flags]
        if not lines and why in ("heading", "teasers", "bio") and end < len(seq):
            lines = self.lines[seq[end].index:]
            lines = [ln for ln in lines if "footer" not in ln.flags]
        return extract_teasers(lines, self.url, self.profile, self.hook_items) if lines else []
