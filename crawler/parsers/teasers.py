"""Teasers (date, linked title, excerpt, author) found by meaning in a run of lines."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from itertools import chain, islice, takewhile
from typing import Any, Iterator
from dataclasses import replace
from urllib.parse import urldefrag, urljoin, urlsplit

from . import byline as by
from . import people
from .dates import (archive_month, date_in_url, date_of_day_archive, day_and_month,
                    day_slash_month, epoch_date, find_swedish_date, is_month_and_year, iso_month_day, opening_stamp,
                    parse_structured_date, parse_swedish_date, with_year)
from .dom import (BLOCK_TAGS, BRACKETED_COUNT, HEADINGS, MODIFIED_CLASSES, NAME_FIELD, SECTION_CLASS, TERMS_CLASS,
                  Line, box_holding, has_ancestor, in_hidden_box, modified_only, split_url, unhidden_text)
from .profile import Profile
from .structured import shown_text, text_content
from .text import address_words, clean_text, folded, slug_words
from .shape import (BYLINE_TAIL, DANGLING_WORD, PAGER, SHARED_ON, after_modified_date, date_line, has_byline_prefix,
                    has_digit, is_chrome, is_hashtag_line, is_modified_date, is_name, is_role, is_terms_line, split_credit, role_tail,
                    news_agencies, split_name_role, says_updated, strip_byline_prefix, strip_ellipsis, strip_end,
                    unglue, unglue_between)

META_LINE = 160  # characters of a teaser's meta line (date, byline; Twenty Twelve's lists its categories and tags too)
_BY = re.compile(r"(?i)(?:^|[\s|·•—–-])(?:(?:av|by):?|skriven av:?|skrivet av:?|text:)\s+(.+)$")  # "Skriven av: …" (Joomla)
TEASER_KEYS = ("position", "article_url", "title", "published", "published_raw",
               "excerpt", "author_name", "author_role")


def is_article_link(href: str | None, page_url: str, profile: Profile) -> bool:
    """A link that can point at an article of this site."""
    if not href:
        return False
    try:
        _, page_host, _, page_itself = _link_parts(page_url or "")
        scheme, host, path, itself = _link_parts(href)
    except ValueError:
        return False
    if scheme not in ("http", "https"):
        return False
    hosts = profile.derived("hosts", lambda: {h.lower() for h in profile.get("site", "hosts")})
    if host != page_host and (host or "") not in hosts:
        return False
    posted = one_post_query(itself)  # "/?Nyheter&realblog_id=47": CMSimple_XH's pages are queries on "/"
    if profile.matches("urls", "non_article_paths", path or "/") and not (posted and path in ("", "/")) \
            or people.AUTHOR_PATH.search(path) or profile.matches("urls", "listing_paths", path or "/") and not posted \
            or "?" in itself and profile.matches("urls", "non_article_queries", itself):
        return False  # a section or list ("Tillbaka till index", "?tag=unga"), or an author's page (Wix's
        # "/profile/<name>/profile")
    return itself != page_itself


def one_post_query(url: str) -> bool:
    """A query naming one post at a list's address ("/blogg/?d=2019/02/11/13/40/55-laxhjalp", BlogoText)."""
    return "?" in url and ONE_POST_QUERY.search(url.split("?", 1)[1]) is not None


ONE_POST_QUERY = re.compile(r"(?:^|&)(?:(?:d|id|eid|post|post_id|article|sid|nid|NID"
                            r"|(?:realblog|news|article|artikel|nyhet|story|blog|entry|item)_?id)=[^&]*\d"
                            r"|(?:post|article|artikel|entry|nyhet|story)=[^&=\s-]+(?:-[^&=\s-]+)+(?:&|$)"
                            r"|data=[^&]*/[Rr]elease/[^&]*)")
# (or a slug of two words or more: pluck's "?file=aktuellt&module=blog&page=viewpost&post=tryggare-entreer-i-norrby";
# or the release's own address in the list page's query: Cision's "?data=…/v2.0/Release/GetDetail/9C41E7A2…";
# a news item's number, SportAdmin's "?ID=612404&NID=1530452", beside the section's ID its list shares)


@lru_cache(maxsize=4096)  # a site's menus and widgets link the same addresses from every page
def _link_parts(url: str) -> tuple[str, str | None, str, str]:
    """A URL's scheme, host name, path, and the URL without fragment or trailing slash (raises ValueError)."""
    parts = urlsplit(url)
    return parts.scheme, parts.hostname, parts.path, urldefrag(url)[0].rstrip("/")


def _anchor_ok(line: Line, page_url: str, profile: Profile) -> bool:
    text = line.link_text or line.text
    if _untitled(line, profile):
        return is_article_link(line.link, page_url, profile) and date_of_day_archive(line.link) is None
    if "permalink" in line.flags:
        return True
    return (len(text) >= 4 and _WORD.search(text) is not None  # "2024": an archive's year, not a title
            and not is_month_and_year(text)  # "december 2016": a month's archive (Typepad's sidebar)
            and is_article_link(line.link, page_url, profile)
            and date_line(text, profile) is None
            and not profile.matches("words", "more_links", text)
            and not _PERSONS_BLOG.match(text)
            and not (profile.matches("words", "calls_to_action", text)
                     and not (line.heading and len(text.split()) >= 5))  # (a post's headline opening as a call:
            # "Anmäl dig till trygghetsvandringen i centrum", Aneby's news archive)
            and not (len(text) <= 30 and is_chrome(text, profile))  # ("Lyssna", ReadSpeaker's link over the list)
            and not (is_chrome(text, profile) and _links_up(line.link, page_url))  # ("Tillbaka till alla
            # pressmeddelanden", the list this release is shown in)
            and not _COMMENT_FRAGMENT.search(line.link or "")  # a widget of the latest comments (PluXml)
            and not (len(text) <= 60 and (is_name(text, profile) or people.names_in(text, profile)
                                          or people.is_desk(text, profile) and text[:1].isupper())
                     and _byline_link(line))
            and not _dated_name(text, profile, desks=not line.heading)  # (a headline naming a board and the day it
            # met, "Regionstyrelsen 2022-04-27": Region Dalarna's decisions)
            and not people.is_site_name(text, profile)  # the site's name linking its start, or its logo heading
            and not (line.heading == 1 and _in_logo(line))
            and not (not line.heading and _IN_SECTION.fullmatch(line.plain) and len(text.split()) <= 3)  # ("i <a>
            # Trygghet</a>": the post's category under its date, Movable Type's Rainier)
            and not (not line.heading and _terms_box(line))  # a post's one tag ("nyproduktion" in Lume's
            # ``div.post-tags``, at "/archive/nyproduktion/"), never its title
            and not (not line.heading and _term_rel(line)))  # nor a link its rel calls the post's category or tag
    # ("<a rel='category tag' href=/om/pressmeddelande/>Pressmeddelande</a>" over the card's title, KFUM's)


def _term_rel(line: Line) -> bool:
    """The line's one link is marked rel=category or rel=tag (WordPress's term links)."""
    if line.el is None or len(set(line.hrefs)) != 1:
        return False
    href = line.hrefs[0]
    return any({"tag", "category"} & set((a.get("rel") or "").lower().split()) for a in line.el.iter("a")
               if (own := (a.get("href") or "").strip()) and (own == href or href.endswith(own)))


_IN_SECTION = re.compile(r"(?i)\s*(?:i|in|under|filed under|arkiverad under|postad i|publicerad i)\s*:?\s*")
# "Lena Sandbergs blogg": a link to a person's blog (Drupal's blog module), never a post
_PERSONS_BLOG = re.compile(r"^[A-ZÅÄÖ][\w.-]*(?:\s[A-ZÅÄÖ][\w.-]*){0,3}(?:s|'s|’s) (?:blogg|blog)$")


_LOGO = {"logo", "site-logo", "site-title", "site-name", "site-branding", "navbar-brand", "brand"}


def _in_logo(line: Line) -> bool:
    """The line's link sits in a box classed as the site's logo or name (DokuWiki's ``h1.logo``; not
    Confluence's "logo-heading-block" beside each post's heading)."""
    el = line.el
    for _ in range(3):
        if el is None:
            return False
        if not _LOGO.isdisjoint((el.get("class") or "").lower().split()):
            return True
        el = el.getparent()
    return False


def _dated_name(text: str, profile: Profile, desks: bool = True) -> bool:
    """A link reading a name and a date, "Sara Lindqvist - juni 14, 2023" (Type on Strap's link to
    the author's card): the card's meta line, never its title; a desk's name too unless ``desks`` is false."""
    if len(text) > 80 or not (found := find_swedish_date(text)) or not found[0]:
        return False
    rest = text.replace(found[1], " ").strip(" -–—|·,")
    return bool(rest) and (is_name(rest, profile) or bool(people.names_in(rest, profile))
                           or desks and people.is_desk(rest, profile) and rest[:1].isupper() and len(rest.split()) <= 4
                           and (" " in rest or people.desk_words(profile).fullmatch(rest) is not None))
    # (one word is a desk's only when it says so, "Redaktionen - juni 14, 2023"; not "Fullmäktigebeslut 27 juni
    # 2022", a municipality's headline; nor "2024-11-01 Nytt ägardirektiv för kommunens bostadsbolag", Södertälje's)


def _byline_link(line: Line, levels: int = 3) -> bool:
    """The line's link sits in markup that says it names an author (Mediumish's
    ``<span class="author-meta"><span class="post-name"><a>Karin Lindqvist</a>``, linking an
    about page): a card's byline, never its title."""
    if line.el is None:
        return False
    links = [a for a in line.el.iter("a") if shown_text(a) == line.link_text]
    links += [a for a in islice(line.el.iterancestors(), levels) if a.tag == "a"]  # (the name's own block inside
    for a in links:  # the link: Starlight's ``<a class="sl-blog-author"><div>Redaktionen</div></a>``)
        el = a
        for _ in range(levels):
            if el is None:
                break
            if people.is_byline_class(el.get("class")) or people.names_an_author(el):
                return True
            el = el.getparent()
    return False


# "#c18-2", "#comment-12", "#comments", MODX Quip's "#qcom-article-…", "#respond", "#disqus_thread"
_COMMENT_FRAGMENT = re.compile(r"(?i)#(?:c\d|[a-z]*com(?:ment)?s?(?:[-_\d]|$)|respond$|disqus|kommentar)")


def _untitled(line: Line, profile: Profile) -> tuple[str | None, str] | None:
    """The date of a post without a title: its heading is one link showing the date
    (WriteFreely's untitled notes link their permalink from the date), or a line that is one link
    holding only a ``<time>`` (Micro.blog's untitled posts)."""
    if not line.link or line.plain or not line.heading and not line.times:
        return None
    found = date_line(line.link_text, profile)
    return found if found and found[0] else None


_PERMALINK_LABEL = re.compile(r"(?i)^(?:direktlänk|permalänk|permanent länk|permalink)$")


def _labelled_permalink(line: Line, page_url: str, profile: Profile) -> tuple[str, str] | None:
    """(address, label) of a link labelled as the post's permalink in a heading line of several
    links, its author's and its actions' (P2's ``<h4>`` over a status post: "Jonas Berg kl. 07:55 den
    24 juni 2024 Direktlänk | Svara | Redigera"): an untitled post's only link to itself."""
    for a in line.el.iter("a"):
        if _PERMALINK_LABEL.match(label := shown_text(a).strip()) and (href := _joined(page_url, a.get("href") or "")) \
                and is_article_link(href, page_url, profile) and not _COMMENT_FRAGMENT.search(href):
            return href, label
    return None


_POST_DATE_CLASS = re.compile(r"(?i)(?:^|\s)post-date(?:\s|$)")  # a date linking its post (Tumblr's ``a.post-date``)


def _dated_permalink(line: Line, page_url: str, profile: Profile) -> tuple[str, str] | None:
    """(address, date as shown) of a meta line's date linking its post (``rel=bookmark``) in a post's box
    that holds no heading: an untitled post's only link to itself (Twenty Ten's aside, its text first and
    "Publicerat den <a>5 juni 2024</a> av …" under it)."""
    dated = next(((href, label) for a in line.el.iter("a") if ("bookmark" in (a.get("rel") or "").split()
                                                               or _POST_DATE_CLASS.search(a.get("class") or ""))
                  and (found := date_line(label := shown_text(a).strip(), profile)) and found[0]
                  and (href := _joined(page_url, a.get("href") or ""))
                  and is_article_link(href, page_url, profile) and not _COMMENT_FRAGMENT.search(href)), None)
    if dated is None:
        return None
    for box in islice(line.el.iterancestors(), 3):  # (the boxes looked at only for such a link) the line's box, or
        # the post's around the footer holding it (Tumblr's ``section.panel`` beside ``section.post``)
        tags = {el.tag for el in box.iter()}
        if tags & HEADINGS.keys() or box.tag in ("body", "main"):
            return None
        if "p" in tags:
            return dated
    return None


def find_anchors(lines: list[Line], page_url: str, profile: Profile) -> list[int]:
    """Positions of teaser title links; repeated links to one article count once."""
    anchors: list[int] = []
    for i, line in enumerate(lines):
        if not _anchor_ok(line, page_url, profile):
            continue
        if not line.heading and line.plain and (len(words := (line.link_text or "").split()) <= 2
                                                or len(words) <= 4 and _classed_category(line)) \
                and find_swedish_date(line.plain) and any(
                    n.heading and n.link and n.link != line.link and _anchor_ok(n, page_url, profile)
                    for n in lines[max(0, i - 1): i] + lines[i + 1: i + 3]):
            continue  # "2021-04-20 11:05:42 | <a>Boendeinflytande</a>" over the linked headline: the date line's
            # category (goo blog's ``/c/<id>``), not the card's title; or under it (SP Page Builder's meta line
            # "12 mars 2024 <a>Renovering</a> Lina Ekholm"; a longer one its class calls the category, "<a
            # class=news-card__cat>Vd har ordet</a> <time>", Uppsala Auktionskammare's)
        if not line.heading and len((line.link_text or line.text).split()) <= 3 and _classed_category(line) \
                and any(n.heading and n.link and n.link != line.link and _anchor_ok(n, page_url, profile)
                        for n in lines[i + 1: i + 3]):
            continue  # "<span class=post-card__category><a>Guider</a></span>" over the card's linked headline: its
            # category (Way Out West's archive), not a post
        if anchors and not line.heading and len((line.link_text or line.text).split()) <= 3 \
                and _folder_of(line.link, lines[anchors[-1]].link) and _named_category(line.el):
            continue  # "Kategori: <a>Allmänt</a>" under the card's title, linking the folder the post sits in
            # (JA Teline's /nyheter/allmant over /nyheter/allmant/151-…): its section, not a post
        if anchors and urldefrag(lines[anchors[-1]].link or "")[0] == urldefrag(line.link or "")[0] \
                and not (len(anchors) > 1 and _closed_group(lines[anchors[-2]], lines[anchors[-1]], line)):
            last = lines[anchors[-1]]
            if line.heading and (not last.heading or not _same_card(last.el, line.el)) \
                    or not last.heading and _untitled(last, profile) and not _untitled(line, profile) \
                    or "permalink" in last.flags and "permalink" not in line.flags \
                    or not last.heading and len((last.link_text or last.text).split()) == 1 \
                    and len((line.link_text or line.text).split()) >= 3 \
                    or not last.heading and not _classed_title(last) and _classed_title(line) \
                    or _listed_copy(last, line):
                # a one-word label linking the post before its title ("Oläst", AnZhiYu's unvisited-post mark);
                # a badge over the post's picture before the box its classes make the title (AgencyOS); a list
                # item's title after a promo's headline of the same post ("I fokus", Sitevision's news archive; a
                # puff's ``p.sv-font-puffrubrik`` over Ljusdalshem's archive)
                anchors[-1] = i  # of two headings far apart, the later: the list's own copy after a promo
                # (Sitecore); the title after a card's linked date (the post is untitled only without one)
            continue
        anchors.append(i)
    return anchors


def _folder_of(href: str | None, post: str | None) -> bool:
    """Whether ``href`` is a folder that the post's address sits in (``/nyheter/allmant`` of
    ``/nyheter/allmant/151-sommarjobb``), below the site's root."""
    folder = split_url(href or "").path.rstrip("/")
    return folder.count("/") >= 2 and split_url(post or "").path.startswith(folder + "/")  # (not a user's
    # page holding their posts, Forem's /petralundqvist/…)


def _named_category(el: Any) -> bool:
    """An element its class or tooltip calls the post's category (Joomla's ``dd.category-name``, "Kategori: ")."""
    return el is not None and _CATEGORY_FIELD.search(f"{el.get('class') or ''} {el.get('title') or ''}") is not None


_CATEGORY_FIELD = re.compile(r"(?i)categor|kategori")
_CATEGORY_LINK = re.compile(r"(?i)(?:^|[-_\s])(?:cat|categor(?:y|ies)|kategori(?:er)?)(?:[-_\s]|$)")


def _classed_category(line: Line) -> bool:
    """The line's link, its box or the line's element is classed as the post's category ("news-card__cat",
    "<span class=post-card__category><a>…")."""
    return line.el is not None and (_CATEGORY_LINK.search(line.el.get("class") or "") is not None or any(
        _CATEGORY_LINK.search(f"{a.get('class') or ''} {a.getparent().get('class') or ''}")
        for a in line.el.iter("a") if shown_text(a).strip() == line.link_text))  # (or the link's own box)


def _closed_group(before: Line, first: Line, again: Line) -> bool:
    """A post's link titled in a box with the post before it, a box that does not hold its link again:
    the same post in two groups of cards (the last of a "Senast uppdaterade" strip, then the list's first
    card, Hugo Monochrome; Kontent.ai's "Mest läst" strip over its list), each a teaser of its own, not
    one card's picture and title (nor its date's link in the card's meta box: Forem's)."""
    if before.el is None or first.el is None or again.el is None \
            or any(len((ln.link_text or ln.text).split()) < 3 for ln in (before, first)):
        return False
    around = set(before.el.iterancestors())
    group = next((el for el in first.el.iterancestors() if el in around), None)
    return group is not None and not any(el is group for el in again.el.iterancestors())


def _classed_title(line: Line) -> bool:
    return line.el is not None and _CARD_TITLE.search(line.el.get("class") or "") is not None


def _listed_copy(promo: Line, line: Line) -> bool:
    """Whether ``line``, a title of a few words, sits in a list item that the headline ``promo`` of the
    same post is outside of, in another box: the list's own copy of a promoted post."""
    if line.heading or len((line.link_text or line.text).split()) < 3:
        return False
    item = next((el for el in islice(chain([line.el], line.el.iterancestors()), 4) if el.tag == "li"), None)
    return item is not None and not any(el is item for el in promo.el.iterancestors()) \
        and not _same_card(promo.el, line.el)


def _same_card(a: Any, b: Any, levels: int = 3) -> bool:
    """Two elements within a few levels of a common box (one card's title and its subtitle), not
    each in a box of its own with its own text under that box (Jekyll Swiss's "Utvalt" box, then the
    list's card of the same post, side by side in the page's container)."""
    near = [a, *list(a.iterancestors())[:levels]]
    common = next((box for box in [b, *list(b.iterancestors())[:levels]] if any(box is n for n in near)), None)
    if common is None:
        return False
    if common is a or common is b:
        return True
    branches = [next(box for box in [el, *el.iterancestors()] if box.getparent() is common) for el in (a, b)]
    return not all(box is not el and next(box.iter("p"), None) is not None for box, el in zip(branches, (a, b)))


def _items(lines: list[Line], anchors: list[int], hook_items: set) -> dict[int, object]:
    """Per anchor: the largest element holding it and no other anchor."""
    owner: dict = {}
    for k, a in enumerate(anchors):
        el = lines[a].el
        while el is not None:
            owner.setdefault(el, set()).add(k)
            el = el.getparent()
    items: dict[int, object] = {}
    for k, a in enumerate(anchors):
        el, best = lines[a].el, None
        while el is not None and owner.get(el) == {k}:
            best = el
            if el in hook_items:
                break
            el = el.getparent()
        items[k] = best
    return items


def _up_to_its_more_link(lines: list[Line], own: list[Line], at: int, end: int) -> list[Line]:
    """A card's own lines, and when its heading is linked by a "Continue reading" outside its box (previews
    printed one after another in one box: Cryogen's), the lines after, down to that link."""
    anchor = lines[at]
    if "via_more" not in anchor.flags or any(ln.link == anchor.link for ln in own if ln is not anchor):
        return own
    after = [ln for ln in lines[at + 1: end] if ln not in own]
    stop = next((i for i, ln in enumerate(after) if ln.link == anchor.link), None)
    return own if stop is None else own + after[: stop + 1]


def segments(lines: list[Line], anchors: list[int], hook_items: set,
             profile: Profile, items: dict[int, object] | None = None) -> list[list[Line]]:
    """The lines of each teaser: by its own element if it has one, else by position."""
    if not anchors:
        return []
    items = items if items is not None else _items(lines, anchors, hook_items)
    item_of = {el: k for k, el in items.items() if el is not None}
    by_item: dict[int, list[Line]] = {k: [] for k in items}
    for line in lines:
        el = line.el
        while el is not None:
            if el in item_of:
                by_item[item_of[el]].append(line)
                break
            el = el.getparent()
    rich = sum(len(seg) > 1 for seg in by_item.values())
    if rich * 2 >= len(anchors):
        # a card whose own element is its title alone (an Escenic top story: the heading, then its lead
        # and sub-links beside it in the card's box) takes the lines after it inside that box
        return [_up_to_its_more_link(lines, by_item[k], a, anchors[k + 1] if k + 1 < len(anchors) else len(lines))
                if len(by_item[k]) > 1 else _in_same_box(lines, a, anchors[k + 1] if k + 1 < len(anchors)
                                                         else a + 1, items.get(k), item_of)
                for k, a in enumerate(anchors)]
    segs = _by_position(lines, anchors, profile)
    for k in range(len(anchors)):  # a card of its own among bare links keeps its lines (a date badge above
        own = by_item[k]  # its heading, Squiz's news promo; "2021-03-15 · av Karin Lund och Omar Haddad" over it,
        # Dinky's), and the link before it ends there
        above = [ln for ln in own if ln.index < lines[anchors[k]].index]
        if above and len(above) <= 2 and all(len(ln.text) <= 40 or len(ln.text) <= 80 and date_line(ln.text, profile)
                                             for ln in above) \
                and (not k or own[0].index > lines[anchors[k - 1]].index):
            segs[k] = own
            if k and segs[k - 1] and segs[k - 1][-1].index >= own[0].index:
                segs[k - 1] = [ln for ln in segs[k - 1] if ln.index < own[0].index] or segs[k - 1][:1]
    for k, a in enumerate(anchors):  # a bare title link alone in its list item ends with the list: what follows
        segs[k] = _within_its_list(segs[k], lines[a])  # is the page's (Joomla's "Fler artiklar" list, then the pager)
        if (item := items.get(k)) is not None and len(by_item[k]) > 1 and (item.tag == "article" or item.tag in (
                "div", "li", "section") and _CARD_BOX.search(item.get("class") or "")):  # (not Bitrix's
            # ``p.news-item``, which the parser closes before its author's box)
            segs[k] = by_item[k]  # and a card of its own, an <article> or a box classed as a teaser, keeps its lines:
            # its date line does not go to the card under it as a date over its headline (Säffle-Tidningen's "Av
            # Maria Lindh | 2023-11-07"), the last card never takes the side column and the footer (Region Halland)
        if len(anchors) > 1 \
                and (end := _side_column_from(segs[k], lines[a], lines[anchors[k - 1 if k else 1]])) is not None:
            segs[k] = segs[k][:end]  # nor does the last card of a list take the side column after it
    return segs


def _side_column_from(seg: list[Line], anchor: Line, other: Line) -> int | None:
    """Where the card's lines run into a side column outside the cards: the first aside line after the anchor whose
    box shared with the anchor also holds another card's anchor (SportAdmin's "Nästa aktivitet" after the news
    table's last row; not a card's own aside, Joomla 3's ``aside.article-aside`` of its date and author)."""
    if "aside" in anchor.flags or anchor.el is None or other.el is None:
        return None
    return next((i for i, ln in enumerate(seg) if ln.index > anchor.index and "aside" in ln.flags
                 and ln.el is not None and has_ancestor(other.el, {box_holding(anchor.el, ln.el)})), None)


_CARD_BOX = re.compile(r"(?i)(?:^|\s)(?:teaser|card|news-item|post-item)(?:\s|$)")


def _within_its_list(seg: list[Line], anchor: Line) -> list[Line]:
    """The lines of a bare list item's segment up to the end of its list."""
    item = anchor.el if anchor.el is not None and anchor.el.tag == "li" else None
    if item is None or not seg or seg[0] is not anchor or len(seg) == 1 or not anchor.link \
            or (listing := item.getparent()) is None:
        return seg
    kept = [anchor]
    for line in seg[1:]:
        if line.el is None or not any(up is listing for up in line.el.iterancestors()):
            break
        kept.append(line)
    return kept


def _in_same_box(lines: list[Line], start: int, end: int, item: Any, item_of: dict | None = None) -> list[Line]:
    """The title's line and those after it, before ``end``, inside the box holding the title's element; not
    those of the next card's own element (its date row over its title: Setterwalls' cards linked whole)."""
    box = item.getparent() if item is not None else None
    taken = [lines[start]]
    for line in lines[start + 1:end] if box is not None else ():
        if line.el is None or not any(up is box for up in line.el.iterancestors()) \
                or item_of and any(up in item_of and up is not item for up in chain([line.el], line.el.iterancestors())):
            break
        taken.append(line)
    return taken


def _group_date_heading(lines: list[Line], at: int, profile: Profile) -> bool:
    """The line before a teaser's title is a date heading of a higher rank than that title
    (``<h2 class="date-header">`` over ``<h3>`` entries: Typepad, Blogger): it heads the group
    of posts under it, not the post above it."""
    title, before = lines[at], lines[at - 1] if at > 0 else None
    return before is not None and bool(title.heading) and bool(before.heading) and before.heading < title.heading \
        and not before.link and date_line(before.text, profile) is not None


def _by_position(lines: list[Line], anchors: list[int], profile: Profile) -> list[list[Line]]:
    def date_before(j: int) -> int | None:
        floor = anchors[j - 1] if j else -1
        for k in (anchors[j] - 1, anchors[j] - 2):
            if k > floor and date_line(lines[k].text, profile):
                return k
        return None

    leading = date_before(0) is not None
    starts = []
    for j, a in enumerate(anchors):
        before = date_before(j) if leading else None
        starts.append(a if before is None else before)
    ends = [s - 1 if _group_date_heading(lines, s, profile) else s for s in starts[1:]]
    segs = [lines[s:e] for s, e in zip(starts, ends)]  # (the next group's date heading is no teaser's)
    longest = max((len(s) for s in segs), default=5)
    segs.append(lines[starts[-1]: starts[-1] + longest])
    return segs


_AUTHOR_THUMB = re.compile(r"(?i)(?:^|[\s_-])(?:author|avatar)(?:[\s_-]|$)")


def meta_fields(line: Line, profile: Profile) -> tuple[tuple[str | None, str] | None, list[str], str | None]:
    """(date found, author names, role) of a teaser's meta line, each when present.

    A link to an author archive names its author; so does "av"/"by" + a name.
    """
    text = unglue_between(unhidden_text(line), line.el.itertext() if line.el is not None else ())  # "Av Omar
    # HaddadPublicerat den …": two elements without a space between (not "CrossFit" in one, Shopify's card; and
    # not what a box classed hidden holds: Avada's author h-card for machines)
    text = after_modified_date(text) or text  # ("Senast uppdaterad ( … ) Skriven av …": Joomla 1.5's blog item)
    found = find_swedish_date(text)
    if found and found[0] is None and len(text) > 60:
        found = None  # "För ett år sedan gick …": a sentence of the excerpt, not a relative date
    rest = _DATE_WORD.sub(" · ", text.replace(found[1], " · ")) if found else text  # "av Per Ek den 2024-09-12"
    for term in term_texts(line, profile) + _label_texts(line):  # "… den 3 oktober 2024 Boinflytande Trygghet":
        rest = rest.replace(term, " · ")  # the categories' links, or a label classed as a tag or a section
    if not found and line.times and line.el is not None:  # a <time> whose text this reader does not take for
        for stamp in line.el.iter("time"):  # a whole date ("Av Oskar Jansson <time>10 mars</time>", no year):
            if shown := clean_text(text_content(stamp)):  # the date's field still ends the name
                rest = rest.replace(shown, " · ")
    names: list[str] = []
    role = None
    labelled = None if _BY.search(rest) else _labelled_byline(rest, profile)  # "Författare: Redaktionen" (Bitrix)
    if labelled or (m := _BY.search(rest)) and sum(w.isalpha() and w.islower() for w in rest[:m.start()].split()) <= 3 \
            and not (len(m.group(1).split()) > 6 and rest.rstrip().endswith((".", "!", "?"))):  # (nor a sentence
        # going on after "av": "En genomgång av Orsahems 40 största hus visar att …")
        # "av Redaktionen": after an explicit "av", one word is a name; not in a sentence
        # ("Vi har kommit överens … efter renoveringen av Norrbackavägen.")
        named = labelled or m.group(1).strip(" ·")  # (where the date was: "By A, B · ")
        named = DANGLING_WORD.sub("", named)  # "av Karin Lindqvist i <a>Energi</a>", the category's
        # link taken out (Hugo's bootstrap4-blog)
        head = BYLINE_TAIL.split(named, 1)[0].strip().rstrip(" /|·•")  # (the bar the date stood after: "Av helene /
        # 20 maj 2024 / Aktuellt", Astra's meta line)
        names = people.names_in(named, profile, single_word=True) \
            or people.names_in(head, profile, single_word=True) or ([head] if _desk(head, profile) else []) \
            or ([head] if _linked_handle(head, [line]) or _submitted_handle(head, [line])
                or _marked_handle(head, line.el) else [])
        # ("Av: jonas.ek", the account's link; "Skickat av mlind den mån, 2019-03-04", Drupal's submitted line;
        # "Publicerad av <span class="p-author h-card">redaktionen</span>", Publify's)
        if names and (pair := split_name_role(named, profile)) \
                and not (len(names) > 1 and (is_name(pair[1] or "", profile) or (pair[1] or "").startswith(names[1]))):
            # "By A, B": no role; nor "Lina Ekdahl , Omar Haddad , Karin Vik" (ABlog's author links)
            role = pair[1]
        elif len(names) > 1 and (several := by.signed_by_several(named, profile)) and several[0]["name"] == names[0]:
            role = several[0]["role"]  # "Text: Amira Yusuf (sommarjobbare) och Johan Ek (trädgårdsmästare)"
    if not names and (wire := next((pair for part in rest.split(" · ") if "/" in part
                                    and (pair := split_name_role(part.strip(), profile))
                                    and pair[1] in news_agencies(profile)), None)):
        names, role = [wire[0]], wire[1]  # "Erik Lund/TT" beside the card's time: the agency's reporter
    if not names and line.link and _author_href(line.link) and len(set(line.hrefs)) == 1:  # (two authors' links
        shown = unglue(line.link_text) or text  # are read one by one below: CoreMedia's teaser)
        names = people.names_in(shown, profile, single_word=True)
        if len(names) == 1 and (pair := split_name_role(shown, profile)) and pair[0] == names[0] and pair[1] \
                and not is_name(pair[1], profile):
            role = pair[1]  # "Lars Engström, energiingenjör" as the author link's text (Future Imperfect)
    if not names and line.el is not None:  # a meta line of several links: the author archive's
        for a in line.el.iter("a"):
            if (_author_href(a.get("href") or "") or "author" in (a.get("rel") or "").split()) and not in_hidden_box(a):
                names, role = _named(a, profile)
                if not names and (people.ACRONYM.fullmatch(shown := shown_text(a)) or people.sentence_case_body(shown)
                                  or _NAME_AT_PLACE.fullmatch(shown)):
                    names = [shown]  # the organisation's acronym or its name in sentence case linking its author page
                    # ("av <a href=/author/unf/>UNF</a>", UNF's cards; "Lunds universitets studentkårer", Wix's), or
                    # a name and its place (a Substack publication's account, "Syrligt på Lövgården")
                break
    if not names and line.el is not None and (found or len(text) <= 60 or people.is_byline_class(line.el.get("class"))):
        # a date and <span class="blog-author">, or a short line ("Karin Lundqvist i går"), or a byline box
        # (Naviga's "teaser__byline" of name and title): the markup says who; or a person icon before the
        # name ("mdi-account-outline" then "Redaktionen", dotCMS)
        for el in line.el.iter():
            if el is not line.el and (people.is_byline_class(el.get("class")) or people.names_an_author(el)) \
                    and not _only_term_links(el, profile) and not in_hidden_box(el):  # (Matery's "publish-author"
                # holds the category; Pixwell's ``aside.is-hidden`` the h-card for machines)
                names, role = _named(el, profile)
                if len(names) == 1 and not role and (pair := split_name_role(rest.strip(" ·"), profile)) \
                        and pair[0] == names[0] and pair[1] and not is_name(pair[1], profile):
                    role = pair[1]  # "<span class=author>Birgitta Sundin</span>, <span class=authorRole>ordförande,
                    # …</span>": the role in a field of its own beside the name's (a paper's debate card)
                if names:  # (an avatar classed "author-thumb" before the author's box names no one)
                    break
    if not names and line.el is not None and (thumb := next((img for img in line.el.iter("img")
                                                             if _AUTHOR_THUMB.search(img.get("class") or "")), None)) \
            is not None and (after := BYLINE_TAIL.split(DANGLING_WORD.sub("", clean_text(thumb.tail or "")), 1)[0].strip()):
        names = people.names_in(after, profile, single_word=True) or ([after] if _desk(after, profile) else [])
        # the name after the author's picture in the card's meta line ("<img class="author-thumb"> Karin Holm on
        # #nyproduktion, 2 Mar 2021": Casper's on Hugo and Jekyll)
    if not names and found and len(rest) <= 120:  # "10/1 2024 • Petra Lundin", "… · 2 min · Kim Berg",
        # "2025-03-10 · Redaktionen"
        for beside in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", rest):
            beside = strip_byline_prefix(_LEADING_SYMBOLS.sub("", beside.strip(" \t—–-,/")), profile)
            # ("✍️ Redaktionen": Hugo Zzo's icons; never "Publicerad av redaktionen" as a desk's name)
            if names := people.names_in(beside, profile, single_word=SHARED_ON.search(text) is not None) \
                    or ([beside] if _desk(beside, profile) or _labelled_link(beside, line, profile)
                        else []):  # ("Norrbyhem shared on …": the one word too; "Lade till: <a>admin</a>")
                if (pair := split_name_role(beside, profile)) and not is_name(pair[1] or "", profile):
                    role = pair[1]  # "Kim Berg, Amira Yusuf" is two authors, not a name and a role
                break
    if not names and found and (m := _POSTED_AT_ACCOUNT.match(text)) and m[1][:1].isupper():
        names = [m[1]]  # "posted @ 2020-12-01 10:00 Ekbacka Bostäder 阅读(5512)": the account (cnblogs's postDesc)
    if len(names) == 1 and line.el is not None and (whole := next((
            shown for a in line.el.iter("a") if (_author_href(a.get("href") or "") or "author" in (a.get("rel") or "").split())
            and (shown := shown_text(a)).startswith(names[0] + " ")
            and (people.sentence_case_body(shown) or _NAME_AT_PLACE.fullmatch(shown))), None)):
        names = [whole]  # the organisation's name in sentence case linking its author page, read as a first name and
        # a word ("av <a rel=author>Frisk i naturen</a>", Divi's post meta), or a name and its place ("Upplagd av
        # <a rel=author>Smedjan i Backa</a>", Blogger's)
    if len(names) == 1 and (tail := role_tail(names[0], profile)):
        names, role = [tail[0]], role or tail[1]  # "av Per SandbergFörhandlingschef" (Uncode)
    if role and len(parts := by.AND_NEXT.split(role, 1)) == 2 and (parts[1].strip() in names
                                                                   or is_name(parts[1].strip(), profile)):
        role = parts[0].strip(" ,") or None  # "Anna Lind, trygghetssamordnare, och Omar Haddad": the first's role
    return found, names, role


# "Smedjan i Backa": a firm named for its place
_NAME_AT_PLACE = re.compile(r"[A-ZÅÄÖ][\w-]+ (?:i|på|vid|från) [A-ZÅÄÖ][\w-]+")
_EXCERPT_CLASS = re.compile(r"(?i)[-_](?:excerpt|summary|description|desc|ingress|preamble)(?:\s|$)")
_POSTED_AT_ACCOUNT = re.compile(r"(?i)^posted\s*@\s*[\d-]+(?:\s+\d{1,2}:\d\d)?\s+([^\d()（）|·]{2,60}?)\s*(?:阅读|閱讀|[(（|·]|$)")
# Medium's tracking of where a link was clicked, closing a post's address ("?source=collection_tagged-----…----0--…")
_MEDIUM_SOURCE = re.compile(r"[?&]source=[\w.]*-{3,}[\w.-]*$")
_AUTHOR_QUERY = re.compile(r"(?:^|&)author(?:_name)?=[^&]+", re.I)


def _author_href(href: str) -> bool:
    """A link to an author's page or list: ``/author/<slug>/``, a relative "authors/sara-nystrom/"
    (Nikola's), or a list filtered by its query (``?author=3``: WordPress, DNN Blog)."""
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[::1": no author's page
        return False
    return bool(people.AUTHOR_PATH.search("/" + (parts.path or "").lstrip("./")) or _AUTHOR_QUERY.search(parts.query))


_GLUED_BY = re.compile(r"(?:By|Av)(?=[A-ZÅÄÖ])")


def _named(el: Any, profile: Profile) -> tuple[list[str], str | None]:
    """The names an author element or link prints, and the role after a lone name ("Karin Holm,
    energistrateg på …": VuePress's author element, LoveIt's author link)."""
    if (glued := _glued_name_and_role(el, profile)) is not None:
        return [glued[0]], glued[1]
    if (field := next((c for c in el.iterchildren() if isinstance(c.tag, str)
                       and NAME_FIELD.search(c.get("class") or "")), None)) is not None \
            and not (field.tail or "").strip():  # (not "<span class=…-name>Jonas Berglund</span>, ordförande i …")
        return _named(field, profile)  # the box's name field, its role in the field after it ("<span class=
        # teaser__author-name>Henrik Lund</span><span class=teaser__author-title>chefredaktör</span>", glued)
    links = [a for a in el.iter("a") if a.get("href") and (
        _author_href(a.get("href")) or people.names_an_author(a) or people.is_byline_class(a.get("class")))]
    if len(links) > 1 and (each := [n for a in links for n in people.names_in(shown_text(a), profile, single_word=True)]):
        return each, None  # one link for each author ("Sanna Olofsson" "Jonas Holm", CoreMedia's teaser)
    shown = shown_text(el)
    if (glued := _GLUED_BY.match(shown)) is not None:
        shown = shown[glued.end():]  # "By" and the name in two boxes of the link, glued (Quintype)
    shown = strip_byline_prefix(shown, profile) or shown  # ("<span class=ArticleCard__author>Av Bokus redaktion</span>")
    names = people.names_in(shown, profile, single_word=True) \
        or ([shown] if _desk(shown, profile) else [])
    if not names and el.tag == "a" and _HANDLE.fullmatch(shown) and people.names_an_author(el):
        names = [shown]  # an account's handle linking its author page, rel=author ("webbredaktionen", Zinnia)
    if len(names) == 1 and (pair := split_name_role(shown, profile)) and pair[0] == names[0] and pair[1] \
            and not is_name(pair[1], profile):
        return names, pair[1]
    after = el.getnext()  # the role in a box of its own beside the name ("teaser__byline-title", Naviga's)
    if len(names) == 1 and after is not None and _ROLE_CLASS.search(after.get("class") or "") \
            and after.tag not in ("h1", "h2", "h3", "h4", "h5", "h6") \
            and is_role(role := shown_text(after)) and not is_name(role, profile):
        return names, role
    return names, None


_HANDLE = people.ACCOUNT_HANDLE


def _linked_handle(name: str, seg: list[Line]) -> bool:
    """The name is a handle a link of the card's names as its author: rel=author or an author page
    (Zinnia), or a link classed as a user name, or to a user's page, after "Av:" or "Författare:"
    (Drupal's ``a.username``; DataLife Engine's /user/ekbacka_admin/; JUGEM's "?author=norrbyhem"),
    or on the line after a lone "av" (vBulletin's CMS); any link after "Postat av:" (blogg.se's); or an organisation's
    acronym or its name in sentence case so linked ("av <a href=/author/unf/>UNF</a>", "av <a rel=author>Frisk i
    naturen</a>"), or a firm named for its place ("Upplagd av <a rel=author>Smedjan i Backa</a>")."""
    return (_HANDLE.fullmatch(name) is not None or people.ACRONYM.fullmatch(name) is not None
            or people.sentence_case_body(name) or _NAME_AT_PLACE.fullmatch(name) is not None) and any(
        shown_text(a) == name and (people.names_an_author(a) or (
            "username" in (a.get("class") or "").split() or _USER_PAGE.search(a.get("href") or "")
            or _USER_QUERY.search(a.get("href") or "") or _author_href(a.get("href") or ""))
            and (_BY.search(line.text) is not None or _AUTHOR_LABEL.match(line.text) is not None
                 or k > 0 and _LONE_BY.fullmatch(seg[k - 1].text) is not None)
            or (colon := _BY_COLON.search(line.text)) is not None and colon[1] == name)
        for k, line in enumerate(seg) if line.el is not None and line.hrefs for a in line.el.iter("a"))



def _labelled_link(name: str, line: Line, profile: Profile) -> bool:
    """A handle that is a field of the line after a byline's label and the whole text of a link: the
    account that posted ("Lade till: <a onclick="window.open('/index/8-1' …)">admin</a>", uCoz's details)."""
    return line.el is not None and _HANDLE.fullmatch(name) is not None \
        and any(has_byline_prefix(field, profile) and strip_byline_prefix(field, profile) == name
                for field in re.split(r"\s*[|·•]\s*", line.text)) \
        and any(shown_text(a).strip() == name for a in line.el.iter("a"))


_LONE_BY = re.compile(r"(?i)av:?|by:?")
_BY_COLON = re.compile(r"(?i)\b(?:av|by):\s*(\S+)")  # "Postat av: <a href="/">allmannyttan</a>" (blogg.se's account)


def _marked_handle(name: str, el: Any) -> bool:
    """The handle is what an element the markup calls the author prints (``span.p-author``, Drupal's
    ``field--name-uid``)."""
    return el is not None and _HANDLE.fullmatch(name) is not None and any(
        sub is not el and (people.is_byline_class(sub.get("class")) or _USER_FIELD.search(sub.get("class") or ""))
        and shown_text(sub).strip() == name for sub in el.iter() if isinstance(sub.tag, str))


def _user_field_handle(seg: list[Line], anchor: Line) -> str | None:
    """A handle in Drupal's author field inside a card's meta line ("Av <span class="field--name-uid">
    norrbyhem_webb</span> | 13 mars 2024", Solo's front page): the account that posted it."""
    for line in seg:
        if line is anchor or line.el is None or len(line.text) > META_LINE:
            continue
        for sub in line.el.iter():
            if sub is not line.el and isinstance(sub.tag, str) and _USER_FIELD.search(sub.get("class") or "") \
                    and _HANDLE.fullmatch(handle := shown_text(sub).strip()):
                return handle
    return None


def _submitted_handle(name: str, seg: list[Line]) -> bool:
    """The name is an account's handle a "Skickat av" line names (Drupal's submitted line prints the
    user name, linked or not: "Skickat av mlind den mån, 2019-03-04 08:40")."""
    return _HANDLE.fullmatch(name) is not None and any(
        _SUBMITTED.match(line.text) and f" {name} " in f" {line.text} " for line in seg)


_SUBMITTED = re.compile(r"(?i)^(?:in)?skicka[dt] av\s|^submitted by\s")
_USER_QUERY = re.compile(r"[?&](?:userId|user_id|uid|userid)=\d", re.I)  # LifeType's "index.php?blogId=3&userId=4"
_USER_PAGE = re.compile(r"/(?:user|users|member|members|medlem|anvandare)/[^/?#]+/?$"
                        r"|/[^/?#]+/(?:prof|profile|profil)/?$", re.I)  # (goo's "/allmannyttan_red/prof")
_AUTHOR_LABEL = re.compile(r"(?i)^(?:författare|skribent|author)\s*:")
_AUTHOR_NAME_FIELD = re.compile(r"(?i)author[-_]{0,2}name(?:[-_]|\s|$)")  # "wp-block-post-author-name", "author__name"
_ACCOUNT_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöé]{3,24}")


def _account_in_name_field(line: Line, profile: Profile) -> bool:
    """One capitalised word alone in the card's author-name field: the account's display name,
    though it reads as a job ("Webbredaktör": Twenty Twenty-Three's post-author-name block); or a firm's name of
    two to four such words, the field perhaps inside the line's box ("Rådhus Partners", HubSpot's
    ``<div class="blog-index__post-author"><span class="blog-index__post-author-name">``)."""
    words = line.text.split()
    return (_ACCOUNT_WORD.fullmatch(line.text) is not None
            or 2 <= len(words) <= 4 and all(_ACCOUNT_WORD.fullmatch(w) for w in (words[0], words[-1]))
            and people.titled_words(words, profile)) \
        and any(_AUTHOR_NAME_FIELD.search(el.get("class") or "") for el in line.el.iter()
                if isinstance(el.tag, str) and (el is line.el or shown_text(el) == line.text))


_USER_FIELD = re.compile(r"(?:^|\s)(?:views-field-uid|field--name-uid|user-name)(?:\s|$)")  # Drupal's author field
# in a view; Wix's "<span class=user-name data-hook=user-name>Igelkottsgruppen</span>" over a card's date


_ROLE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:title|role|jobtitle|job-title|position|befattning|titel|roll)(?:[\s_-]|$)")


def _without_pin_label(title: str, anchor: Line) -> str:
    """The title without a pinned post's label set in an element of its own inside the title's link
    ("… vid ån<i class="article-topping">Fäst</i>", Hexo Ayer; "<span class="article-type">原创</span> …", CSDN)."""
    if anchor.el is None or not _TITLE_MARK.search(title):  # (glued to the title: "ånFäst")
        return title
    for el in anchor.el.iter():
        label = shown_text(el).strip() if el is not anchor.el and isinstance(el.tag, str) and len(el) == 0 else ""
        if label and _TITLE_MARK.fullmatch(label.strip("[]【】()（）")) and title != label:  # ("[置顶]": cnblogs)
            if title.endswith(label):
                title = title[:-len(label)].rstrip(" -–|·")
            elif title.startswith(label):
                title = title[len(label):].lstrip(" -–|·:")
    return title


def _without_badge(title: str, anchor: Line) -> str:
    """The title without a badge that opens it, a sign alone in an element of its own named for screen readers
    (``<span class=plus aria-label="Plus">+</span>``, a paywalled post's mark on Schibsted's fronts)."""
    if anchor.el is None or not title[:1]:
        return title
    if title[:1].isalnum():
        return _without_paid_mark(title, anchor)
    badge = next((el for el in anchor.el.iter() if el is not anchor.el and isinstance(el.tag, str)
                  and (el.text or "").strip()), None)
    sign = (badge.text or "").strip() if badge is not None and len(badge) == 0 else ""
    if sign and len(sign) <= 2 and not any(c.isalnum() for c in sign) and badge.get("aria-label") \
            and title.startswith(sign):
        return title[len(sign):].lstrip() or title
    return title


def _without_kicker(title: str, anchor: Line) -> str:
    """The title without the kicker that opens its heading, a word in a span of its own, then a separator in
    another (``<h2><span>Lidköping</span><span>•</span>Nya laddplatser …</h2>``, a local paper's section front;
    a paywall mark before them passed over), or in a span classed as the kicker ending in a colon."""
    if anchor.el is None or not anchor.heading:
        return title
    if title[:1] in _SEPARATORS and any(isinstance(el.tag, str) and text_content(el).strip() == title[:1]
                                        for el in anchor.el):
        return title[1:].lstrip()  # the separator's own span left over once the kicker is gone ("•Låt unga …")
    spans = [el for el in anchor.el if isinstance(el.tag, str) and el.tag == "span"
             and not _PAID_MARK.search(el.get("class") or "")]
    if spans and SECTION_CLASS.search(spans[0].get("class") or "") and spans[0].getprevious() is None \
            and not (anchor.el.text or "").strip() and (kicker := " ".join(text_content(spans[0]).split())).endswith(":") \
            and title.startswith(kicker) and len(rest := title[len(kicker):].strip()) > 15:
        return rest  # ``<h2><span class=teaser__kicker>Granskning: </span>Hissarna står still …</h2>``
    if spans and _KICKER_CLASS.search(spans[0].get("class") or "") and spans[0].getprevious() is None \
            and not (anchor.el.text or "").strip() \
            and 0 < len(kicker := " ".join(text_content(spans[0]).split())) <= 30 \
            and title.startswith(kicker + " ") and len(rest := title[len(kicker):].strip()) > 15:
        return rest  # ``<h2><span class=teaser__kicker>Navestad</span> Stambytet i Navestad …</h2>``: named a kicker
    if len(spans) < 2 or spans[1] is not spans[0].getnext() or (spans[0].tail or "").strip():
        return title
    kicker, sep = (" ".join(text_content(el).split()) for el in spans[:2])
    if not kicker or len(kicker) > 30 or sep not in _SEPARATORS or not title.startswith(kicker):
        return title
    rest = title[len(kicker):].lstrip()
    rest = rest[len(sep):].lstrip() if rest.startswith(sep) else ""
    return rest if len(rest) > 15 else title


_ARCHIVE_TITLE = re.compile(r"(?i)(?:nyhets|news |press)?arkiv(?:et)?(?: för)?\s+(?:19|20)\d\d"
                            r"|(?:news )?archives?\s+(?:19|20)\d\d")
_KICKER_CLASS = re.compile(r"(?i)kicker|vignett")
_SEPARATORS = {"•", "·", "|", "/", "–", "—", ":"}


def _without_paid_mark(title: str, anchor: Line) -> str:
    """The title without the subscribers' mark opening it, a short word in an element classed as such
    (``<span class="teaser__premium">Plus</span> Hyresgäster …``, a local paper's section front)."""
    mark = next((el for el in anchor.el.iter() if el is not anchor.el and isinstance(el.tag, str)
                 and (el.text or "").strip()), None)
    label = " ".join(text_content(mark).split()) if mark is not None else ""
    if mark is None or not _PAID_WORD.fullmatch(label) and not any(
            _PAID_MARK.search(f"{el.get('class') or ''} {el.get('aria-label') or ''}")
            for el in takewhile(lambda el: el is not anchor.el, chain([mark], mark.iterancestors()))):
        return title  # (the mark's class on the box around its words for screen readers: a paper's
        # ``<span class=Teaser_premium><svg/><span class=visually-hidden>Premium</span></span>``; or the words
        # say it, the classes hashed: "<span class=sc-4f2a0684-0>Plusartikel: </span>", a Next.js front)
    rest = title[len(label):].lstrip(" :|·–-") if label and (len(label) <= 15 or _PAID_WORD.fullmatch(label)) \
        and title.startswith(label) else ""  # ("Låst artikel för prenumeranter." for screen readers, Di's)
    return rest if len(rest) > 15 else title


_PAID_MARK = re.compile(r"(?i)premium|paywall|locked|subscriber|prenumerant|(?:^|[\s_-])plus(?:[\s_-]|artikel|$)")
_PAID_WORD = re.compile(r"(?i)(?:plus|premium)(?:artikel|innehåll)?\s*:?|(?:låst artikel )?för prenumeranter\s*[.:]?"
                        r"|låst artikel\s*[.:]?")
_SUMMARY_LABEL = re.compile(r"^(?:摘要|概要|要約|Sammanfattning|Summary)\s*[:：]\s*")  # ("摘要：", cnblogs's list)
_TITLE_MARK = re.compile(r"(?i)fäst|fästad|fäst inlägg|fastnålad|klistrad|klistrat|sticky|pinned|top|置顶"
                        r"|原创|转载|翻译|pressmeddelande|pressinbjudan|krönika|debatt|notis")  # (a post's kind set the
# same way: original, repost, translation, CSDN's list; a press release, a column, Hammarö's list)


_LEADING_SYMBOLS = re.compile(r"^(?:[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?\s*)+")  # arrows, signs and emoji
_TRAILING_SYMBOLS = re.compile(r"(?:\s*[\u2190-\u21ff\u2b00-\u2bff])+$")  # arrows only
_DATE_WORD = re.compile(r"(?i)\s+(?:(?:(?:shared|posted|published)\s+on|den|on)\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag"
                        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)?,?\s*·")  # the word(s) that
# stood before a date ("Karin Ek shared on Jan 19, 2022": Hexo Aurora's card footer; "Posted by Sara Nyström
# Friday, June 2, 2023": CleanWhite's)


def _labelled_byline(text: str, profile: Profile) -> str | None:
    """The names after a byline label opening a short line ("Författare: Lena Ström / Ali Karimi"),
    or None."""
    text = text.strip(" ·")
    if len(text) > 80 or not has_byline_prefix(text, profile):
        return None
    return strip_byline_prefix(text, profile).strip(" ·") or None


def term_texts(line: Line, profile: Profile) -> list[str]:
    """The texts of the line's links to category and tag archives (also of a line cut at its "3
    kommentarer" link, which keeps its element but not its links: SmartBlog's meta line)."""
    if line.el is None:
        return []
    return [t for a in line.el.iter("a") if is_term_link(href := a.get("href") or "", profile)
            and not _author_href(href) and (t := shown_text(a))]  # (not "?author=norrbyhem": JUGEM's)


_YEAR_ARCHIVE = re.compile(r"/(?:19|20)\d\d(?:/\d{1,2}){0,2}/?$")


def is_term_link(href: str, profile: Profile) -> bool:
    """A link to a category's or tag's archive, or to a list filtered by one ("/nyheter?categories=
    sommarjobb": Apostrophe's topic chips)."""
    return people.is_term_path(split_url(href).path or "/", profile) \
        or "?" in href and profile.matches("urls", "non_article_queries", href) \
        or "#" in href and _TERMS_PAGE_ANCHOR.search(href) is not None  # "/categories/#unga" (Jekyll Sleek)


_TERMS_PAGE_ANCHOR = re.compile(r"(?i)/(?:categories|category|kategorier|kategori|tags|taggar|etiketter)"
                                r"(?:/|\.html?)?#[^/]+$")  # ("/categories.html#energi", Mundana)


_META_HINT = re.compile(r"(?i)\b(?:av|by|text|skriven|författare|skribent|sedan|sen|ago|igår|idag|går|dag|today"
                        r"|yesterday)\b|\d")


def _may_hold_meta(line: Line) -> bool:
    """Whether meta_fields can find anything in the line: a digit, a link, or a byline or
    relative-date word (most excerpt and category lines have none), or a person icon before a
    short name (dotCMS's "Redaktionen")."""
    return bool(line.hrefs) or _META_HINT.search(line.text) is not None \
        or len(line.text) <= 40 and line.el is not None and people.has_person_icon(line.el)


def _item_author(item: Any) -> str | None:
    """The author a card names for machines: ``<meta itemprop="author" content="…">``."""
    for el in item.iter("meta"):
        if "author" in (el.get("itemprop") or "").split() and (name := " ".join((el.get("content") or "").split())):
            return name
    return None


def _glued_name_and_role(el: Any, profile: Profile) -> tuple[str, str] | None:
    """The name and the role in the element's two fields, printed with nothing between them ("<span
    class=authorName>Maria Öberg</span><span class=authorRole>vd, Ljusängen Bostäder</span>", a Gatsby card)."""
    if el is None or len(fields := [c for c in el if isinstance(c.tag, str)]) != 2 \
            or (el.text or "").strip() or any((c.tail or "").strip() for c in fields):
        return None
    name, role = (shown_text(c) for c in fields)
    return (name, role) if name and role and shown_text(el) == name + role and is_name(name, profile) \
        and is_role(role) else None


def _desk(text: str, profile: Profile) -> bool:
    """A desk's account named beside a date ("2025-03-10 · Redaktionen"): a capitalised word
    or two, one of them a desk word; or a body whose name opens with its brand in lower case ("naturum Getterön")."""
    words = text.split()
    if people.is_site_name(text, profile) or people.lower_case_brand(text, profile):
        return True  # the site's own name signing the card ("Allmännyttan - 14 februari 2024", Hugo Poison)
    return 0 < len(words) <= 5 and text[:1].isupper() \
        and ((any(people.names_a_desk(w, profile) for w in words) or people.GENITIVE_UNIT.fullmatch(text) is not None)
             and people.titled_words(words, profile) or len(words) <= 3 and people.hyphenated_desk(text, profile))
    # ("Redaktionen kl. 09.00" is not all of it; "Dammparkens parkråd": a body's council; "Stå stadigt-redaktionen",
    # the blog's name in sentence case and a desk word after a hyphen)


def _time_text(line: Line, profile: Profile) -> tuple[str | None, str] | None:
    """The date a <time> element of the line prints, when its own text is a date."""
    if line.el is None or len(line.text) > META_LINE:
        return None
    for el in line.el.iter("time"):
        text = shown_text(el)
        if text and text in line.text and (found := date_line(text, profile)):
            return found
    return None


_DAY_MONTH_BYLINE = re.compile(r"(?i)^([^,·|•–-]{3,16}?)\s*[,·|•–-]\s*(?:av|by)\s")


def _runs_on(text: str, profile: Profile) -> bool:
    """A line opening with a byline that goes on as a sentence, eight or more lower-case words and
    no date ("Av Leila Haddad, … En kall kväll i november samlades ett trettiotal boende": a summary
    that opens with the post's byline, Hugo's and Blot's automatic ones); not a meta line of date,
    name and categories ("Postat den 3 maj 2024 av …", "Detta inlägg publicerades i …")."""
    return has_byline_prefix(text, profile) and sum(1 for w in text.split() if w[:1].islower()) >= 8 \
        and find_swedish_date(text) is None


def _split_at_more(line: Line, anchor: Line, profile: Profile) -> list[Line]:
    """A line of excerpt, "Read more" link and date, one paragraph (Lagrange's home page: "… ska
    ligga ... Read more 14 Jun 2021 - less than 1 minute read"): the excerpt, then the date line."""
    if line is anchor or not line.hrefs or len(line.text) < 40:
        return [line]
    for piece in line.linked:
        label = " ".join(piece.split())
        if label and profile.matches("words", "more_links", label) and (at := line.text.rfind(label)) > 0:
            before, after = line.text[:at].strip(), line.text[at + len(label):].strip()
            if after and date_line(after, profile):
                return [replace(line, text=before, hrefs=[], linked=[], unlinked=[before], link_chars=0, times=[]),
                        replace(line, text=after, hrefs=[], linked=[], unlinked=[after], link_chars=0)]
    return [line]


_BADGE_TAIL = re.compile(r"\s+[-–·|•]\s+")
_MINUTES = re.compile(r"(?i)\b\d+\s*(?:min|minut|minuter|minute|minutes)\b")


_MORE_LINK_CLASS = re.compile(r"(?i)(?:^|\s)(?:more-link|read-?more(?:-link)?)(?:\s|$)")


def _more_link(line: Line) -> bool:
    """A line that is all one link its class calls the card's "read more" ("<a class=more-link>Se bilderna</a>",
    WordPress's more link with its own words: Piratförlaget's gallery post), no excerpt."""
    return line.link is not None and line.el is not None and line.link_text == line.text and any(
        _MORE_LINK_CLASS.search(a.get("class") or "") for a in line.el.iter("a")
        if shown_text(a).strip().startswith(line.text))  # (its words for screen readers after them)


def _first_of_glued_links(name: str, line: Line) -> str:
    """The first author of a byline whose author links, or author fields, follow each other with no word between
    ("By <a>Karin Lindqvist</a> <a>Omar Haddad</a> in …", Attila's card): read as one name, the first one's text."""
    pieces = [" ".join(piece.split()) for piece in line.linked]
    if (glued := next((a for a, b in zip(pieces, pieces[1:]) if f"{a} {b}" == name), None)) is not None:
        return glued
    fields = [shown for el in line.el.iter() if isinstance(el.tag, str) and len(el) == 0
              and people.is_byline_class(el.get("class")) and (shown := shown_text(el))] if line.el is not None else []
    return fields[0] if len(fields) > 1 and "".join(fields) == name else name  # ("<span class=post-card__author>
    # Elin Wahlgren</span><span class=post-card__author>Oskar Nyström</span>", a law firm's archive)


def _date_badge(seg: list[Line], anchor: Line) -> tuple[str, tuple[int, int], set[int], bool] | None:
    """A date printed without its year: (as printed, (month, day), the lines it took, whether it
    stands in the title's row). Flatsome's badge puts day and month on two lines ("30", "apr")."""
    for line, after in zip(seg, [*seg[1:], None]):
        if (16 < len(line.text) <= 60 or line is anchor and len(line.text) <= META_LINE) and line.el is not None:
            # SharePoint's "Karin Lundqvist 9 januari": the date in an element classed as one; Hugo
            # LoveIt's archive prints "06-10" (month-day, the ISO order less its year) beside the title
            for el in islice(line.el.iter(), 40):  # (the line's own elements: a block's first ones)
                if len(el) == 0 and "date" in (el.get("class") or "").lower() \
                        and (shown := shown_text(el)) \
                        and (found := day_and_month(shown) or iso_month_day(shown) or (
                            (ago := find_swedish_date(shown)) and ago[0] is None
                            and day_and_month(el.get("title") or ""))):
                    return shown, found, {id(line)} if line is not anchor else set(), False  # (or "2 dagar sedan"
                    # whose title gives the day, "<span class='post-metadata__date time-ago' title='18 sep.'>", Wix's)
        if line is anchor and line.plain and (found := day_and_month(line.plain)):
            return line.plain, found, set(), True  # "<a>Title</a> <span>28 jan</span>": a year archive's row (Middleman)
        if line is anchor and line.plain and (found := day_slash_month(line.plain)) \
                and line.text.startswith(line.plain.strip()):
            return line.plain.strip(" :"), found, set(), False  # "29/05: <a>Title</a>" (Nucleus CMS)
        if line is not anchor and len(line.text) <= META_LINE and (m := _DAY_MONTH_BYLINE.match(line.text)) \
                and (found := day_and_month(m[1])):
            return m[1], found, set(), False  # "28 maj, av Karin Lindqvist" (SPIP prints this year's dates so): the
            # line still names the author
        if line is not anchor and 16 < len(line.text) <= 60 and len(parts := _BADGE_TAIL.split(line.text, 1)) == 2 \
                and (found := day_and_month(parts[0])) and _MINUTES.search(parts[1]):
            return parts[0], found, {id(line)}, False  # "June 14 - less than 1 minute read" (Lagrange's archive)
        if line is anchor or len(line.text) > 16:
            continue
        if found := day_and_month(line.text):
            return line.text, found, {id(line)}, False
        if after is not None and line.text.isdigit() and (found := day_and_month(f"{line.text} {after.text}")):
            return f"{line.text} {after.text}", found, {id(line), id(after)}, False
    return None


def _modified_times_only(line: Line) -> bool:
    """Every ``<time>`` in the line is the post's modified date by its own class ("<time class='entry-date
    updated-date'>", GeneratePress set to show only the modified date): the card shows no publication. (Not by
    its microdata alone: Responsive prints the published date as ``time.updated[itemprop=dateModified]`` inside
    "Publicerat den <span itemprop=datePublished>".)"""
    times = list(line.el.iter("time")) if line.el is not None else []
    return bool(times) and all(set((t.get("class") or "").split()) & (MODIFIED_CLASSES - {"updated"})
                               for t in times)


def _item_date(item: Any) -> str | None:
    """The publication date a card holds for machines only: ``itemprop=datePublished``
    (Beaver Builder's post grid), a ``<time class="published">`` hidden by the theme
    (Soledad's hentry block), a Unix time beside a relative date, or the ISO time of an
    empty span a script fills (Jianshu's ``data-shared-at``)."""
    for el in item.iter("meta", "time"):
        props = (el.get("itemprop") or "").casefold().split()
        if "datepublished" in props or el.tag == "time" and "published" in (el.get("class") or "").split():
            if found := parse_structured_date(el.get("content") or el.get("datetime")):
                return found
    for el in item.iter():  # a relative date and the Unix time it is computed from ("8 months ago",
        # data-unix-time="1714511700": Posthaven's; "data-utime", "data-timestamp")
        for name in ("data-unix-time", "data-utime", "data-timestamp", "data-time"):
            if (stamp := epoch_date(el.get(name))) and (shown := find_swedish_date(shown_text(el))) and not shown[0]:
                return stamp
        if (title := el.get("title")) and has_digit(title) and ((shown := find_swedish_date(text := shown_text(el)))
                                                                and not shown[0] or _TODAY.match(text.strip())) \
                and (stamp := parse_structured_date(title) or (
                    (whole := find_swedish_date(title)) and whole[0])):
            return stamp  # "17 hours ago" in <span title="3/19/2024, 11:04:00 PM"> (Steemit's feed); "I dag 12:31"
            # in <span title="12.06.2015 12:31"> (a paper's section front)
        if el.tag == "div" and not len(el) and "display:none" in (el.get("style") or "").replace(" ", "") \
                and (sort := _UTC_STAMP_TAIL.search(el.text or "")):
            return parse_structured_date(sort[1])  # the card's hidden sort fields, its UTC time among them
            # ("<div class=story-sort-data style='display:none;'>… 2024-08-19 22:00:00Z 0</div>": ClubRunner's)
        if el.tag == "span" and not len(el) and not (el.text or "").strip():  # an empty field a script fills from
            for name, value in el.attrib.items():  # its ISO time (data-shared-at="2020-08-14T15:05:31+08:00": Jianshu)
                if name.startswith("data-") and _STAMP_NAME.search(name) and _ISO_STAMP.match(value):
                    return parse_structured_date(value)
    return None


def _titled_year(item: Any, month_day: tuple[int, int]) -> str | None:
    """The whole date an element's title gives for the day and month the card prints without a year."""
    for el in item.iter():
        if isinstance(el.tag, str) and (title := el.get("title")) and has_digit(title) \
                and (found := find_swedish_date(title)) and found[0] \
                and with_year(month_day, int(found[0][:4])) == found[0]:
            return found[0]
    return None


_TODAY = re.compile(r"(?i)(?:i dag|idag|i går|igår|today|yesterday)\b")  # a day named, not dated: "I dag 12:31"
_STAMP_NAME = re.compile(r"(?:[-_](?:at|date|time|datetime|published))$")
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_UTC_STAMP_TAIL = re.compile(r"\s(\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?Z)(?:\s+\d+)?\s*$")


def teaser(seg: list[Line], anchor: Line, profile: Profile, item: Any = None) -> dict[str, Any]:
    """One listing entry from a teaser's lines (``item``: the element holding it, if any)."""
    seg = [ln for ln in seg if ln is anchor or not in_hidden_box(ln.el)]  # (what the theme hides, the reader
    # never sees)
    title = _TRAILING_SYMBOLS.sub("", _LEADING_SYMBOLS.sub("", anchor.link_text or anchor.text)) \
        or anchor.link_text or anchor.text  # (an arrow after it marks a link off the site: "⇗", Notepadium's)
    # ("📌 Nytt kvarter …": a pinned post's emoji, Hugo Zzo's)
    title = _without_pin_label(title, anchor)
    title = _without_badge(title, anchor)
    title = _without_kicker(title, anchor)
    if anchor.link and len(set(anchor.hrefs)) > 1:  # one link for all that Line.link reads as one: the title and its
        title = BRACKETED_COUNT.sub("", title) or title  # comment count's link after it ("[3]", Rhymix's list)
    untitled = _untitled(anchor, profile)
    entry: dict[str, Any] = dict.fromkeys(TEASER_KEYS)
    entry.update(article_url=_MEDIUM_SOURCE.sub("", urldefrag(anchor.link or "")[0]), title=title,
                 _headline=bool(anchor.heading) or "title" in anchor.flags  # an <hN>, or a.post-title in a <p>,
                 or anchor.el is not None and _CARD_TITLE.search(anchor.el.get("class") or "") is not None,
                 # or a box classed as a card's title (Bootstrap's "card-title", sphinx-design's "sd-card-title")
                 _via_more="via_more" in anchor.flags)  # a plain heading over a "Läs mer"
    seg = [part for ln in seg for part in _split_at_more(ln, anchor, profile)]
    used = {id(anchor)}
    if untitled:
        entry.update(title=None, published=untitled[0], published_raw=untitled[1])
    elif "permalink" in anchor.flags:  # its author and time are on its line: read as a meta line's
        entry["title"] = None
        seg = [replace(ln, text=ln.plain) if ln is anchor else ln for ln in seg]
    # "Updated: 2 Sep, 2024" alone: when the post changed, not when it came out (AstroPaper)
    changed = {id(ln) for ln in seg if ln is not anchor and ln.times and (
        is_modified_date(ln.text) or modified_only(ln.el)  # (WoodMart's hidden ``li.modified-date`` in each card)
        or _modified_times_only(ln)
        or (shown := find_swedish_date(ln.text)) and says_updated(ln.text[:ln.text.find(shown[1])][-24:]))}
    # ("7 minuters läsning Ändrad: 19 augusti 2020": the label right before the date, After Dark's)
    for line in seg if not untitled else ():
        if id(line) in changed:
            continue
        stamp = line.times[0] if line.times else None
        found = date_line(line.plain if line is anchor else line.text, profile)
        if found is None and line is anchor and (shown := find_swedish_date(line.plain)) and shown[0] \
                and _BY.match(line.plain.replace(shown[1], " ").strip(" »|·-–")):
            found = shown  # "2021-10-04 » <a>Title</a> av Karin Lund": the date and byline around the title (Hacker)
        if found is None and line is not anchor and "min" in line.text:  # "Mar 5, 20254 min read"
            found = date_line(unglue(line.text), profile)
        if found is None and line is not anchor and line.el is not None and len(line.text) <= META_LINE \
                and (field := next((d for d in line.el.iterdescendants() if isinstance(d.tag, str)
                                    and _DATE_FIELD.search(d.get("class") or "")), None)) is not None \
                and (own := shown_text(field)) and own in line.text and (dated := date_line(own, profile)) and dated[0]:
            found = dated  # the date's own field among the card's labels ("Utvald Krönika <span class=news-featured__
            # date>2024 10 08</span>": a date read only alone, Smile's)
        if stamp and not found and (shown := find_swedish_date(line.text)) and shown[0] == parse_swedish_date(stamp):
            found = shown  # the <time>'s own text beside a label ("Pressmeddelande Maj 14, 2024"): as printed
        if stamp and not found and (shown := _time_text(line, profile)) and shown[0] \
                and (machine := parse_swedish_date(stamp)) \
                and abs(date.fromisoformat(shown[0]) - date.fromisoformat(machine)).days == 1:
            found = shown  # the <time>'s own date a day from its instant read in Swedish time, among the card's
            # meta fields ("Nyheter Ida Mattsson - <time datetime=2024-06-10T21:40:19+00:00>11 juni 2024</time>", in
            # Finnish time: Nya Åland's): the reader's date, as above
        if not stamp and not found and line is not anchor:
            found = _time_text(line, profile)  # <time>12-02-2025</time> <span>Pressmeddelande</span>
        if stamp or found:
            # the date printed for the reader, when it is a full one, over the machine's instant: a UTC
            # time late at night falls on the next day in Stockholm, not on the site's (WriteFreely)
            entry["published"] = (found[0] if found else None) or (parse_swedish_date(stamp) if stamp else None)
            entry["published_raw"] = found[1] if found else stamp
            if not _leading_date(line) and not _opens_summary(line) and not _closing_date(line):  # (the summary
                used.add(id(line))  # the date opens or closes stays the excerpt)
            break
    if entry["published_raw"] is None and (badge := _date_badge(seg, anchor)):
        entry["published_raw"], entry["_day_month"] = badge[0], badge[1]
        if item is not None and (whole := _titled_year(item, badge[1])):
            entry["published"] = whole  # the year the date's title gives ("<span title='2 feb. 2024'>2 feb.</span>",
            # Wix's): no guess from the cards around (a pinned post from February over June's)
        if badge[3]:  # beside the title ("<a>Title</a> 24 jun"): a date only under a year heading
            entry["published_raw"], entry["_in_row"] = None, badge[0]
        used.update(badge[2])
    rest = [ln for ln in seg if id(ln) not in used and not profile.matches("words", "more_links", ln.text)
            and not is_chrome(ln.text, profile) and not _more_link(ln)]  # (the page's "© 2025 … Powered by Soopr"
    # after the last card)
    roles = _role_lines(seg, anchor, profile)
    for line in seg:  # meta lines: "Publicerat den 2 mars 2012 av Maria Testberg", "28.5.2020"
        if line is anchor or len(line.text) > META_LINE or line not in rest and id(line) not in used \
                or not _may_hold_meta(line) or id(line) in changed or _prose(line.text):
            continue
        found, names, role = meta_fields(line, profile)
        if names:  # (a label its class names, "<span class=NewsCard_label__Vb6Tq>Inside Sommarland</span>" before
            names = [n for n in names if n not in _card_labels(line)]  # the date: the card's series, no author)
        if found and entry["published_raw"] is None:
            entry.update(published=found[0], published_raw=found[1])
            if not _leading_date(line) and not _opens_summary(line) and not _closing_date(line):  # (the summary
                used.add(id(line))  # the date opens or closes stays the excerpt)
        if names and entry["author_name"] is None and not _runs_on(line.text, profile):
            entry.update(author_name=_first_of_glued_links(names[0], line),
                         author_role=role or _text(roles.get(id(line))))
            used.add(id(line))
    if entry["author_name"] is None and anchor.hrefs and _BY.search(anchor.plain):  # "2021-10-04 » <a>Title</a>
        _, names, role = meta_fields(replace(anchor, text=anchor.plain, hrefs=[], linked=[]), profile)  # av Karin
        if names:  # Lund" (Jekyll's Hacker list): the byline beside the title link
            entry.update(author_name=names[0], author_role=role)
    if entry["author_name"] and not entry["author_role"] and (role := next((
            r for ln in seg if ln is not anchor and ln.whole and entry["author_name"] in ln.text
            and len(ln.text) <= META_LINE and (r := meta_fields(ln, profile)[2])), None)):
        entry["author_role"] = role  # the name read off the card's header, its byline a line of its own under its
        # label ("Krönika", then "8 maj 2024 Av <span class=vcard>Lena Dahl</span>, <span>vd, Jägersro</span>")
    if entry["author_name"] and not entry["author_role"] \
            and (role := people.profile_card_role(seg, entry["author_name"], profile)):
        entry["author_role"] = role  # the job title in the author's profile card (Drupal's compact user view)
        used.update(id(ln) for ln in seg if ln.text == role)
    if entry["author_name"] and not entry["author_role"] and any(":" in ln.text for ln in rest) \
            and (role := people.labelled_role([ln.text for ln in rest], entry["author_name"], profile)):
        entry["author_role"] = role  # "Befattning:" / "områdeschef, …" (Drupal 6's CCK field)
        used.update(id(ln) for ln in rest if ln.text == role or people.is_role_label(ln.text, profile))
    role_ids = {id(ln) for ln in roles.values()}
    rest = [ln for ln in rest if id(ln) not in used and id(ln) not in role_ids]
    for i, line in enumerate(rest):
        if entry["author_name"] is not None:
            break
        if len(line.text) <= 20 and people.is_byline_label(line.text, profile):
            after = rest[i + 1] if i + 1 < len(rest) else None
            if after is not None and after.link and after.whole and len(after.text) <= 40 \
                    and (names := people.names_in(after.text, profile, single_word=True)
                         or ([after.text] if _desk(after.text, profile) or _HANDLE.fullmatch(after.text) else [])):
                entry["author_name"] = names[0]  # "av" over the account's link ("norrbyhem_info", vBulletin's
                used.add(id(after))  # CMS: the name opens a member menu)
                break
            if after is not None and not after.link and len(after.text) <= 40 and after.text[:1].isupper() \
                    and people.is_desk(after.text, profile) and not people.plausible_name(after.text, profile):
                entry["author_name"] = after.text  # "Av" over the desk's name, no link ("Laddkraft-redaktionen",
                used.add(id(after))  # a Webflow blog's author list)
                break
            continue  # "By" on a line of its own over the name (Quintype's author link)
        if entry["published_raw"] and (names := people.separated_names(line.text, profile)):
            entry["author_name"] = names[0]  # "· Anna Berg", a field of the dated meta row (Pelican Papyrus)
            used.add(id(line))
            break
        if line.text.startswith("@") and len(line.text) <= 40 \
                and (names := people.names_in(line.text, profile, single_word=True)):
            entry["author_name"] = names[0]  # "@ Linnea Åberg" on the card (Hugo Dream; Anubis's "@Karin Lund")
            used.add(id(line))
            break
        if ("author" in line.flags or is_name(line.text, profile) and not _kicker(line) and "caption" not in line.flags) \
                and not terms_only(line, profile) and not _terms_box(line):
            name_role = split_name_role(line.text, profile)
            if name_role:
                name, role = name_role
                role = role or _text(roles.get(id(line)))
                if role is None and i + 1 < len(rest) and is_role(rest[i + 1].text) \
                        and "excerpt" not in rest[i + 1].flags \
                        and not is_name(rest[i + 1].text, profile) and not terms_only(rest[i + 1], profile):
                    role = rest[i + 1].text
                    used.add(id(rest[i + 1]))
                entry.update(author_name=name, author_role=role)
                used.add(id(line))
                break
        user = line.el is not None and any(_USER_FIELD.search(f.get("class") or "") for f in (
            line.el, *(c for c in line.el.iterchildren() if isinstance(c.tag, str) and shown_text(c) == line.text)))
        # (or the line's one field printing all of it: Wix's user name in the card's metadata box)
        if line.el is not None and len(line.text) <= 40 and (line.whole or clean_text(line.el.text) == line.text) \
                and (user or people.is_byline_class(line.el.get("class"))) \
                and (names := people.names_in(line.text, profile, single_word=True)
                     or ([line.text] if _desk(line.text, profile) or user and _HANDLE.fullmatch(line.text)
                         or _account_in_name_field(line, profile) else [])):
            # ("Allmännyttans redaktion", Quintype; "webbredaktor" in Drupal 8's views-field-uid)
            entry["author_name"] = names[0]  # <p class="wp-block-post-author__name">Redaktionen</p> (Ollie)
            if len(names) == 1 and (pair := split_name_role(line.text, profile)) and pair[0] == names[0] and pair[1] \
                    and not is_name(pair[1], profile):
                entry["author_role"] = pair[1]  # "<p class=teaser__byline>Sara Holmqvist, pensionsekonom</p>"
            used.add(id(line))
            break
        if line.el is not None and len(line.text) <= 40 and line.whole and not line.hrefs and line.text[:1].isupper() \
                and (i + 1 == len(rest) and next(line.el.iterchildren("img"), None) is not None
                     and people.is_desk(line.text, profile)
                     or ":" not in line.text and _desk(line.text, profile) and line.text not in _card_labels(line)
                     # (not "Press" as the card's label, Liljevalchs' ``span.news-card__label``)
                     and (box := line.el.getparent()) is not None
                     and (next(box.iter("img"), None) is not None
                          or line.el.tag == "li" and any(find_swedish_date(shown_text(li)) for li in box
                                                     if li is not line.el and isinstance(li.tag, str)))):
            entry["author_name"] = line.text  # "Redaktionen" beside its round picture, last in the card (Wagtail's
            # news); "Allmännyttans redaktion" beside its avatar, the date under it (AgencyOS's post card); an item
            # of the card's meta list, the date another ("<li>Redaktionen</li><li>15 februari 2023</li>", ButterCMS)
            used.add(id(line))
            break
    unit = None  # a unit's name an hCard prints, kept as printed
    if entry["author_name"] is None:
        entry["author_name"] = _name_beside_more(seg, anchor, profile) or _user_field_handle(seg, anchor) \
            or (unit := _hcard_unit(seg))
    if entry["author_name"] is None and item is not None and (name := _item_author(item)) \
            and any(line.text == name or line.text.endswith(" " + name) for line in seg):
        entry["author_name"] = name  # printed, and the card's microdata says it is the author (Jekyll TeXt's
        # "Redaktionen"; the microdata alone names the site's default, not a byline)
    used_texts = {line.text for line in seg if id(line) in used}
    # the text under the title first: a kicker over it ("segregation – Mötesplatser", Feeling
    # Responsive's subheadline) is no excerpt while the card has one below
    for line in [ln for ln in rest if ln.index > anchor.index] + [ln for ln in rest if ln.index <= anchor.index]:
        if id(line) in used or line.heading or line.flags & {"caption", "figure"} - anchor.flags:
            continue  # a thumbnail's caption (unless the card itself is the figure: Enfold's masonry)
        if line.index > anchor.index and _subtitle_over_summary(line, anchor, rest):
            continue
        if "title" in line.flags and "title" not in anchor.flags - line.flags and line.index > anchor.index \
                and any(ln.index > line.index and len(ln.text) >= 40 and not ln.link for ln in rest):
            continue  # a deck the markup calls a headline too (``<blockquote itemprop="headline">``, After Dark),
            # over the card's summary
        if is_chrome(line.text, profile) or is_hashtag_line(line.text) or _POST_STATS.match(line.text) \
                or len(line.text) <= 60 and is_modified_date(line.text) and _text_follows(line, rest):
            continue  # "Dela på:" over the card's share icons, inside a box classed "excerpt" (Hugo Clarity);
            # "Senast uppdaterad: 3 juni 2024", the card's modified date over its text (Joomla 4's ``dd.modified``);
            # the card's tags as hashtags ("#energi #solceller", Hugo Terminal); its word count and reading
            # time ("Words count 2.2k Reading time 2 mins.", Hexo Obsidian)
        if line.text in used_texts:
            continue  # the meta line again (Soledad prints it twice, once for machines)
        caption, credit = split_credit(line.text, profile)
        if credit and (not caption or _text_follows(line, rest) or _under_picture(line)):
            continue  # the thumbnail's credit ("Foto: Per Hallin/Mostphotos"), or its caption over the text or
            # right under the picture ("<figure><img></figure><p><small>… (Foto: Privat)</small></p>", Tumblr's)
        if len(line.text) <= 60 and anchor.link in line.hrefs and _set_aside(line) and any(
                len(after.text) >= 60 and not after.heading and after.link_chars < len(after.text) / 2
                for after in rest[rest.index(line) + 1:]):
            continue  # "<p><em>Detta galleri innehåller <a>8 bilder</a>.</em></p>": a note on the post linking it,
            # set in italics over its text (Twenty Ten's gallery post), no summary
        if _alone_with_picture(line) and _text_follows(line, rest):
            continue  # the picture's caption in its box, no markup calling it one, over the text (Weebly's
            # ``div.wsite-image``: the img, then "<div style=font-size:90%>…</div>")
        if line.hrefs and anchor.link not in line.hrefs and (terms_only(line, profile) or _terms_box(line)) \
                or is_terms_line(line.text, profile) or len(line.text) <= 80 and has_byline_prefix(line.text, profile) \
                and not (line.text.endswith(("...", "…")) and line.el is not None
                         and _EXCERPT_CLASS.search(line.el.get("class") or "")):
            continue  # the card's category links ("Energi och klimatHyresgäster", Prezly; "tags: …" and
            # "By A B", Pelican; tag links in a box classed as tags, Lume's ``div.post-tags``); not a summary cut
            # short in the excerpt's field, the post's opening byline ("<p class=article-card__excerpt>Text: Amir
            # Haddad, produktionschef …, och Elin Berg,...</p>", Shopify Dawn's automatic excerpt)
        if line.link and line.link == anchor.link and (len(line.text) < 40 and not _EXCERPT_CLASS.search(
                line.el.get("class") or "") or line.text == title or _more_about(line.text, title, profile)):
            continue  # the title again, or "Läs mer", linking to the same post (a card that is one link keeps its text);
            # or "Läs mer » om <title>", the title for screen readers in a hidden span (Liferay's ``hide-accessible``)
            # (a short summary in its own field of a card linked whole is the excerpt: "<p class=news-card__excerpt>Tio
            # enkla råd för chefer och kollegor.</p>", HRF's)
        if len(line.text) <= 60 and not line.hrefs and "excerpt" not in line.flags and _kicker(line):
            continue  # ``<span class=news-list__category>Trafik och samhällsplanering</span>`` under the title
        if len(line.text) <= 80 and (names := people.names_in(line.text, profile)) and people.only_names(line.text, names):
            continue  # the card's authors alone on a line ("Karin Lund och Omar Haddad", Hexo Yun's post-author)
        if entry["author_name"] and line.text.startswith(entry["author_name"]) and len(line.text) <= 120 \
                and line.el is not None and people.is_byline_class(line.el.get("class")) \
                or entry["author_role"] and line.text == entry["author_role"]:
            continue  # the byline box of name and title ("Per Sjöberg , ordförande i …", a paper's debate teaser), or
            # its title field on a line of its own ("<span class=teaser__byline-title>ordförande, …</span>")
        if len(line.text) <= 80 and _EVENT_TIME.search(line.text) and (on := find_swedish_date(line.text)) \
                and line.text.startswith(on[1]):
            continue  # the event's day, hours and place ("12 juni 2024, kl. 08.00–09.30 · Stockholm", Delphi's
            # seminar card): when it happens, no summary
        if line.text[:2] in ("| ", "· ", "• ") and "excerpt" not in line.flags and len(line.text) <= 80:
            continue  # "| Bygga, bo och miljö, Kommun och politik": the meta row's categories after an empty
            # date (Hjo's)
        if ("excerpt" in line.flags or len(line.text) >= 25 and len(line.text.split()) >= 3) \
                and _WORD.search(line.text):  # not an e-mail address, nor a comment count ("3")
            following = _paragraphs_after(line, rest, profile)
            own = line.text
            if label := _leading_label(line):
                own = own[len(label):].lstrip()  # "Trygghet, Boende" in its own span opening the paragraph
            elif (opening := _leading_date(line)) and entry["published_raw"] in (None, opening[1]):
                own = own[len(opening[1]):].lstrip(" -–—|·•:")  # "<span class=…__date>2024-09-18</span> Under hösten
                entry["published"], entry["published_raw"] = opening  # …": the card's date opening its summary
                if (label := _label_after_date(line)) and own.startswith(label) and len(own) > len(label) + 20:
                    own = own[len(label):].lstrip(" -–—|·•:")  # "– Uppleva och göra | På söndag …": the
                    # card's categories after its date
            elif (first := _opening_element(line)) is not None and _DATE_FIELD.search(first.get("class") or "") \
                    and not text_content(first).strip():
                own = own.lstrip(" -–—|·•:")  # "<span class=news-teaser__date></span> - Nya värmeväxlare …": the
                # separator after the card's empty date field (Jysk's)
            elif _opens_summary(line) and (stamp := opening_stamp(own)) and entry["published"] in (None, stamp[0]):
                own = own[stamp[2]:]  # "(Pressmeddelande 24-04-16) Tyresö kommun och …": the card's date and
                entry["published"], entry["published_raw"] = stamp[:2]  # kind, in parentheses opening its summary
            if (closing := _closing_date(line)) and own.endswith(closing[1]) \
                    and entry["published"] in (None, closing[0]):
                own = own[:-len(closing[1])].rstrip()  # the card's date closing its summary in a field of its own
                if entry["published_raw"] is None:
                    entry["published"], entry["published_raw"] = closing
            text = " ".join([own, *(after.text for after in following)])
            used.update(id(after) for after in following)
            last = following[-1] if following else line
            if last.linked and (label := " ".join(last.linked[-1].split())) and text.endswith(label) \
                    and len(label) < len(text) and profile.matches("words", "more_links", label):
                text = text[: -len(label)].rstrip()  # the paragraph's own "More" link closing it (Bimber's)
            elif title and text.endswith(title) and last.linked \
                    and (label := " ".join(" ".join(last.linked[-2:]).split())).endswith(title) \
                    and text.endswith(label) and len(label) < len(text) \
                    and profile.matches("words", "more_links", label[:-len(title)].strip()):
                text = text[: -len(label)].rstrip()  # "Läs mer om <the title>", its last words for screen readers
                # in a span of their own (Sitevision Envision's assistive text)
            for more in profile.patterns("words", "more_tail"):
                text = strip_end(more, text)
            entry["excerpt"] = strip_ellipsis(_SUMMARY_LABEL.sub("", text))
            used.add(id(line))
            break
    if entry["excerpt"] is None and (sub := next((ln for ln in rest if _subtitle(ln, anchor)), None)):
        entry["excerpt"] = strip_ellipsis(sub.text)  # the standfirst set as a heading, when no paragraph is
    if entry["title"] and entry["excerpt"] and _title_under_quote(entry["title"], entry["excerpt"], anchor, seg):
        entry.update(title=entry["excerpt"], excerpt=entry["title"])  # a quote post's card: the quote, then the
        # title its address spells, in one link (OceanWP's ``div.post-quote-content``, ``div.post-quote-author``)
    if entry["published"] is None and item is not None and (stamp := _item_date(item)):
        entry["published"] = stamp  # the card's microdata, or a hidden <time>
    if entry["published"] is None:  # a link to the day's archive beside a relative date (Silverstripe)
        entry["published"] = next((d for line in seg for href in line.hrefs if (d := date_of_day_archive(href))), None)
    if entry["published"] is None:  # /2018/06/28/slug/: the address says when
        entry["published"] = date_in_url(entry["article_url"])
    if entry["author_name"] is None:  # a field of the card's dated meta line: "Maria Lindqvist, energistrateg" (Icarus)
        for line in seg:
            if line is not anchor and line.el is not None and len(line.el) >= 2 and len(line.text) <= META_LINE \
                    and find_swedish_date(line.text) and (named := [
                        n for n in by.field_authors(line.el, profile)
                        if n["name"] not in _kicker_texts(line.el) and n["name"] not in _label_texts(line)
                        and n["name"] not in _card_labels(line)]):  # (nor the card's label over the headline)
                entry.update(author_name=named[0]["name"], author_role=named[0]["role"])
                break
    if entry["author_name"] is None:  # "© 2024 Lina Berggren" in the card's footer (Chyrp's rights module)
        entry["author_name"] = next((h for line in seg if line is not anchor
                                     and (h := people.rights_holder(line.text, profile))), None)
    if entry["author_name"] is None:
        for line in rest:
            if id(line) not in used and not _terms_box(line) and not terms_only(line, profile) \
                    and "caption" not in line.flags \
                    and (pair := split_name_role(line.text, profile)) and not _kicker(line):  # (not the card's
                # picture's caption, "Foto Allmännyttan" in its figcaption: Sitevision's news list)
                entry.update(author_name=_without_card_label(pair[0], line), author_role=pair[1])
                break
    if entry["author_name"] is None:  # the card's authors alone on a line, "Omar Haddad och Lina Ek" (Harp's
        entry["author_name"] = next((names[0] for line in rest if id(line) not in used  # post list): the first
                                     and len(line.text) <= 80 and set(line.hrefs) <= {anchor.link}
                                     and len(names := people.names_in(text := line.text.replace(" · ", ", "),
                                                                      profile)) > 1
                                     and people.only_names(text, names)), None)  # (or parted by their avatars,
        # "Fatima Noor · Erik Sjöholm", in a card linked whole: Super.so's person property)
    if entry["author_name"] and not people.plausible_name(entry["author_name"], profile, single_word=True) \
            and not _desk(entry["author_name"], profile) and entry["author_name"] != unit \
            and not _linked_handle(entry["author_name"], seg) and not _submitted_handle(entry["author_name"], seg) \
            and not any(_marked_handle(entry["author_name"], ln.el) or _labelled_link(entry["author_name"], ln, profile)
                        for ln in seg) \
            and not any(  # ("Allmännyttans redaktion" is the desk's; a user field's handle, Drupal 8's
                ln.text == entry["author_name"] and (_USER_FIELD.search(ln.el.get("class") or "")  # views-field-uid,
                                                     or _account_in_name_field(ln, profile))  # is the author's; so is
                for ln in seg if ln.el is not None):  # an author-name field's)
        entry.update(author_name=None, author_role=None)  # "Dela Kommentarer": the card's share links
    elif entry["author_role"]:
        role = people.clean_role(entry["author_role"])  # "energiingenjör inga kommentarer": the count after it
        if role and len(several := by.signed_by_several(f"{entry['author_name']}, {role}", profile)) > 1 \
                and several[0]["name"] == entry["author_name"]:
            role = several[0]["role"]  # "Text: Linnea Åberg, kommunikatör, och Omar Haddad, projektledare": the first
            # writer's own role, the card naming one author
        if not people.plausible_role(role, entry["author_name"], profile) or is_name(role, profile):
            role = None  # "3 1 402": the card's comment and view counts after the name;
            # "Ahmed Yusuf, Karin Holm": a second author (Quarto), not a role
        entry["author_role"] = role
    return entry


def _terms_box(line: Line, levels: int = 3) -> bool:
    """A line inside an element whose class says it holds the card's tags or categories
    (Municipio's ``c-tags`` chips "Renovering Kvarngärdet"): never the author."""
    el = line.el
    while el is not None and levels:
        if (classes := el.get("class")) and TERMS_CLASS.search(classes):
            return True
        el, levels = el.getparent(), levels - 1
    return False


def _hcard_unit(seg: list[Line]) -> str | None:
    """The name an hCard author field prints after "av" on the card's meta line that is no person's, as printed
    ("av <span class='author vcard'>Museets pedagoger</span>", a WordPress theme's byline naming a unit)."""
    for line in seg:
        if line.el is None or len(line.text) > 120 or not (by := _BY.search(line.text)):
            continue
        for el in line.el.iter("span", "a"):
            if (cls := el.get("class") or "") and "vcard" in cls and "author" in cls.split() \
                    and (text := shown_text(el).strip()) and text[:1].isupper() and 1 < len(text.split()) <= 4 \
                    and not has_digit(text) and by[1].startswith(text):
                return text
    return None


def _name_beside_more(seg: list[Line], anchor: Line, profile: Profile) -> str | None:
    """The author's name printed in one row with "Läs mer »" (Bolt's cards); never a row with a date
    (Bridgetown's tag chip and date beside its button)."""
    for line in seg:
        if line is not anchor and line.hrefs and 0 < len(line.plain) <= 40 \
                and not any(c.isdigit() for c in line.plain) \
                and profile.matches("words", "more_links", line.link_text) \
                and len(names := people.names_in(line.plain, profile, single_word=True)) == 1:
            return names[0]
    return None


def _title_under_quote(title: str, excerpt: str, anchor: Line, seg: list[Line]) -> bool:
    """The card is one link, its first line a sentence its address does not spell, the next the title it does."""
    slug = slug_words(urlsplit(anchor.link or "").path)
    return len(slug) >= 3 and len(title) > len(excerpt) and not title.endswith(("…", "...")) \
        and len(slug & address_words(title)) <= len(slug) // 3 and slug <= address_words(excerpt) \
        and any(ln.link == anchor.link and ln.text == excerpt for ln in seg if ln is not anchor)


def _set_aside(line: Line, tags: tuple[str, ...] = ("em", "i")) -> bool:
    """The line's block is one italic (or other given) element and nothing else: a note set apart from the text."""
    el = line.el
    return el is not None and len(el) == 1 and el[0].tag in tags and not (el.text or "").strip() \
        and not (el[0].tail or "").strip()


def _alone_with_picture(line: Line) -> bool:
    """The line is the only text of a small box holding a picture (the line's parent or the box above it)."""
    box = line.el
    if box is None or next(box.iter("img"), None) is not None or len(line.text) > 150 \
            or strip_ellipsis(line.text) != line.text:
        return False  # (an excerpt its thumbnail floats in, or one cut short under it: the text, not a caption)
    for _ in range(2):
        if box is None or (box := box.getparent()) is None or box.tag in ("body", "article", "main", "li"):
            return False
        if next(box.iter("img"), None) is not None:
            return len(shown_text(box)) <= len(line.text) + 20
    return False


def _under_picture(line: Line) -> bool:
    """The line's block is set apart in small or italic type right after a picture's box (a caption)."""
    el = line.el
    before = el.getprevious() if el is not None else None
    return before is not None and _set_aside(line, ("em", "i", "small")) \
        and (before.tag == "img" or next(before.iter("img"), None) is not None)


def _text_follows(line: Line, rest: list[Line]) -> bool:
    """A paragraph of running text after the line in the teaser (the excerpt under a
    picture's caption that ends in its credit: Nikola's summaries)."""
    return any(len(after.text) >= 60 and not after.hrefs and not after.heading
               for after in rest[rest.index(line) + 1:])


def _paragraphs_after(line: Line, rest: list[Line], profile: Profile) -> list[Line]:
    """The paragraphs right after an excerpt's, side by side in its box: a summary of two
    paragraphs (Backdrop's) is one excerpt."""
    following = []
    for after in rest[rest.index(line) + 1:]:
        if after.el is None or line.el is None or after.el.getparent() is not line.el.getparent() \
                or after.el.tag != "p" or line.el.tag != "p" or after.hrefs or after.heading \
                or len(after.text.split()) < (3 if after.text.endswith((".", "!", "?")) else 6) \
                or profile.matches("words", "more_links", after.text) \
                or len(after.text) <= 80 and has_byline_prefix(after.text, profile) \
                or people.is_byline_class(after.el.get("class")):
            break  # (a short sentence of its own counts: "Inflyttning planeras till våren 2025.", Hugo NexT's summary;
            # not the card's byline under it, "<p class=PostCard_author>Av Maja Lind och Omar Haddad</p>")
        if len(cut := strip_ellipsis(after.text)) >= 40 and line.text.startswith(cut):
            break  # the same summary cut short for small screens ("<p class=hidden-xs>…</p><p class=visible-xs>
            # Under våren … åt varvs...</p>", a museum's press list): one summary, not two paragraphs
        following.append(after)
    return following


def _subtitle_over_summary(line: Line, anchor: Line, rest: list[Line]) -> bool:
    """A short line without a full stop beside the title in its own box, with the card's summary
    paragraph further down (Future Imperfect's ``div.title``: h2, then the post's description): a
    subtitle, not the excerpt."""
    if len(line.text) > 120 or line.text.endswith(_SENTENCE_END) or line.el is None or anchor.el is None \
            or line.el.getparent() is not anchor.el.getparent() and line.el.getparent() is not anchor.el:
        return False
    return any(ln.index > line.index and len(ln.text) >= 100 and (not ln.link or ln.link == anchor.link)
               and (ln.text.endswith(_SENTENCE_END) or len(ln.text) >= 2 * len(line.text)) for ln in rest)
    # (or inside the title's box, all one link, the summary cut mid-sentence: brunch's "tit_sub" over "article_content")


_SENTENCE_END = (".", "!", "?", "…")


def _subtitle(line: Line, anchor: Line) -> bool:
    """A sentence set as a smaller heading under the card's title (Hugo Stack's
    ``h3.article-subtitle``; Orchard Core's Clean Blog links it with the title): the card's
    standfirst, its excerpt; not the title again in a smaller heading (Avada's ``h4.fusion-rollover-title`` over the
    card's picture)."""
    return bool(anchor.heading) and line.heading > anchor.heading and line is not anchor \
        and (not line.hrefs or line.link is not None and line.link == anchor.link) and len(line.text.split()) >= 6 \
        and line.text != anchor.text


_POST_STATS = re.compile(r"(?i)^(?:words? count|antal ord|ord)\s*:?\s*[\d.,]+\s*k?\b.{0,60}$"
                         r"|^(?:\s*\d[\d\s.,]*(?:visningar|visning|kommentarer|kommentar|views?|comments?|likes?)\s*)+"
                         r"(?:\d+\s*)?$")
# (or its counters alone, glued: "51 visningar0 kommentarer", Wix's post stats; the likes after them a bare number:
# "120 visningar 0 kommentarer 2")


def _role_lines(seg: list[Line], anchor: Line, profile: Profile) -> dict[int, Line]:
    """Per line naming an author (a link to an author's page, or a name), the role line
    under it (Docusaurus's author cards: name, then title; inside the same link, Starlight's
    blog): a role, never an excerpt."""
    roles = {}
    for k, (line, after) in enumerate(zip(seg, seg[1:])):
        if line is anchor or after.hrefs and (set(after.hrefs) != set(line.hrefs) or anchor.link in after.hrefs) \
                or not is_role(after.text) or is_name(after.text, profile) or people.is_byline_label(line.text, profile) \
                or len(after.text.split()) > 10 or any(n.text == after.text for n in seg[k + 2:]):
            continue  # (inside the author's own link, never a card that is one link; "By", then the name; a cut
            # summary of fifteen words under the byline, Magazine 7's, is no role: a card's role is a few words;
            # nor a label the card prints twice, its category's pill for narrow and wide screens: Cosmic's)
        if line.link and people.AUTHOR_PATH.search(_link_parts(line.link)[2]) or is_name(line.text, profile):
            roles[id(line)] = after
    return roles


def _text(line: Line | None) -> str | None:
    return line.text if line is not None else None


def with_overlay_links(lines: list[Line], page_url: str, profile: Profile) -> list[Line]:
    """Link posts whose headline leaves the site, read at the post's own permalink; cards whose
    only link is an empty overlay over the card beside a heading or an element classed as its
    title (Hugo's ``a.entry-link``, Notion's list rows,
    Bootstrap's ``stretched-link``) or a "Läs mer" under an unlinked heading (Cision's
    feed; not the page's one <h1> over a hero's button, Concrete's): the card's heading reads
    as a linked title."""
    out = []
    for at, line in enumerate(lines):
        if line.heading and line.hrefs and not is_article_link(line.link, page_url, profile) \
                and (own := _permalink(line.el, page_url, profile) or _card_permalink(line.el, page_url, profile)):
            # a link post: its headline links the story elsewhere, an icon or rel=permalink the post
            # (Minimal Mistakes, Grav): the post's own address is the teaser's, its label no title
            href, label = own
            text = " ".join(line.text.removesuffix(label).split()) if label else line.text
            line = replace(line, text=text, hrefs=[href], linked=[text], unlinked=[], link_chars=len(text))
        elif line.heading and len(set(line.hrefs)) > 1 and line.el is not None \
                and (labelled := _labelled_permalink(line, page_url, profile)):
            href, label = labelled  # an untitled status post: its author, its time and its permalink
            line = replace(line, hrefs=[href], linked=[label], unlinked=[line.text.replace(label, " ")],
                           link_chars=len(line.text), flags=line.flags | {"permalink"})
        elif not line.heading and len(set(line.hrefs)) > 1 and line.el is not None \
                and (dated := _dated_permalink(line, page_url, profile)):
            href, label = dated  # an untitled aside: its meta line's date links the post (the date is read
            line = replace(line, hrefs=[href], linked=[label], unlinked=[line.text],  # as the line's own)
                           link_chars=len(line.text), flags=line.flags | {"permalink"})
        elif not line.heading and len(set(line.hrefs)) > 1 and line.el is not None \
                and (titled := _titled_meta_line(line, page_url, profile)):
            # "Title · 2025-05-12 · Petra Nyman" (ABlog's post list): the title links the post, the
            # rest of the line is its date and its author's page
            href, title = titled
            line = replace(line, hrefs=[href], linked=[title], unlinked=[line.text[len(title):]],
                           link_chars=len(line.text.replace(" ", "")))
        elif not line.heading and len(set(line.hrefs)) == 1 and line.el is not None \
                and (labelled_date := _date_and_labels_beside(line, page_url, profile)):
            # "2024-02-20 07:30 <a>Title</a> <span class=mfn-tags>Pressmeddelande</span>" (MFN's news feed): the
            # title links the post, its date opens the line, its labels close it
            title, shown = labelled_date
            line = replace(line, linked=[title], unlinked=[f"{shown} "], link_chars=len(title.replace(" ", "")))
        elif (line.heading or TITLE_CLASS.search(line.el.get("class") or "")) and not line.hrefs:
            boxes = [line.el, *list(line.el.iterancestors())[:3]]
            href = next((h for b in boxes if (h := _overlay(b))), None)
            more = href is None \
                and not (line.heading == 1 and _only_h1(line.el) and not _in_post_among_posts(line.el)) \
                and (href := _read_more_link(boxes[1:], profile, page_url)
                     or (_more_before_next_heading(lines, at, profile, page_url) if line.heading else None)) is not None
            titled = more and href is not None and any(  # (not a box's heading, "Senaste nytt", over a card whose
                n.link == _joined(page_url, href) and len(n.link_text.split()) >= 3 and not n.heading  # own linked
                and not profile.matches("words", "more_links", n.link_text)  # title its "Läs mer" repeats: MFN's
                and _same_card(line.el, n.el) for n in lines[at + 1: at + 8])  # featured release)
            if href is not None and (target := _joined(page_url, href)) and not titled:
                line = replace(line, hrefs=[target], linked=[line.text], unlinked=[], link_chars=len(line.text),
                               flags=line.flags | {"via_more"} if more else line.flags)
        elif line.link and not line.plain and line.el is not None \
                and (dated := _date_in_link(line.link_text, line.el)) and not _dated_name(line.link_text, profile):  # (not an author's "Sara Lindqvist - juni 14, 2023")
            # the date printed inside the title's link ("<a>Title <small><time>2024-04-18</time></small></a>",
            # Hugo Etch): the title is the rest, the date is read as if printed beside it
            title, shown = dated
            line = replace(line, linked=[title], unlinked=[f" {shown}"], link_chars=len(title.replace(" ", "")))
        out.append(line)
    return out


def _more_about(text: str, title: str | None, profile: Profile) -> bool:
    """"Läs mer » om <title>": a "read more" link naming the post for screen readers."""
    if not title or not text.endswith(title):
        return False
    more = text[:-len(title)].strip(" »›→:-–").removesuffix(" om").removesuffix(" about").strip(" »›→:-–")
    return profile.matches("words", "more_links", more)


def _date_and_labels_beside(line: Line, page_url: str, profile: Profile) -> tuple[str, str] | None:
    """(title, date as printed) of a line holding one link to a post, its date and labels beside it in elements
    their class calls tags, categories or types, and nothing else."""
    if not any(c.isdigit() for c in line.plain) or not (found := find_swedish_date(line.plain)) or not found[0] \
            or not is_article_link(line.hrefs[0], page_url, profile) or (first := next(line.el.iter("a"), None)) is None \
            or len((title := shown_text(first)).split()) < 3:
        return None  # (most lines of one link print no date beside it: asked first, cheaply)
    rest = f" {line.plain.replace(found[1], ' ', 1)} "
    labels = [shown for el in line.el.iter() if el is not line.el and isinstance(el.tag, str)
              and _LABEL_CLASS.search(el.get("class") or "") and (shown := shown_text(el))]
    for label in labels:
        rest = rest.replace(f" {label} ", " ", 1)
    return (title, found[1]) if labels and not rest.strip(" |·•,–-") else None


_LABEL_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:tags?|categor(?:y|ies)|kategori(?:er)?|type|label)(?:[\s_-]|$)")


def _date_in_link(text: str, box: Any) -> tuple[str, str] | None:
    """(title, date as printed) of a link's text that opens or ends with a full date in an
    element of its own (a date ending the title's words, "Ny hyra från 1 januari 2025", is the title's)."""
    if not any(ch.isdigit() for ch in text):  # (most links, a menu's, hold no date: no need to walk them)
        return None
    for el in box.iter():
        if el is box or not isinstance(el.tag, str) or not (shown := shown_text(el)) \
                or not (text.endswith(shown) or text.startswith(shown)):
            continue
        found = find_swedish_date(shown)
        if found and found[0] and found[1] == shown or day_and_month(shown):  # (or "28 nov." under a year:
            # hello-friend-ng's archive)
            title = (text[:-len(shown)] if text.endswith(shown) else text[len(shown):]).strip(" -–—|·,:")
            return (title, shown) if len(title.split()) >= 2 and _WORD.search(title) else None
    return _date_over_classed_title(text, box)


def _date_over_classed_title(text: str, box: Any) -> tuple[str, str] | None:
    """(title, date) of a card linked whole whose meta row, its type and date, opens the link before the element
    classed as its title ("<a><span>Nyheter</span> <span>2024-10-22</span><span class=card__title>…</span></a>",
    Setterwalls' news cards without an excerpt)."""
    title = next((shown for el in box.iter() if el is not box and isinstance(el.tag, str)
                  and TITLE_CLASS.search(el.get("class") or "") and (shown := shown_text(el))
                  and text.endswith(shown) and len(shown) < len(text)), None)
    if title is None or len(title.split()) < 2:
        return None
    head = text[:-len(title)]
    return next(((title, shown) for el in box.iter() if isinstance(el.tag, str) and (shown := shown_text(el))
                 and shown in head and (found := find_swedish_date(shown)) and found[0] and found[1] == shown), None)


def _titled_meta_line(line: Line, page_url: str, profile: Profile) -> tuple[str, str] | None:
    """(post address, title) of a line opened by a link to one post whose other links go to
    no post (an author's page, a category), when the rest of the line holds a date."""
    posts = [h for h in dict.fromkeys(line.hrefs) if is_article_link(h, page_url, profile)]
    if len(posts) != 1 or line.hrefs[0] != posts[0]:
        return None
    first = next(line.el.iter("a"), None)
    title = shown_text(first) if first is not None else ""
    if first is not None and ("author" in (first.get("rel") or "").split() or people.is_byline_class(first.get("class"))):
        return None  # the author's page ("Omar Said, trygghetssamordnare", LoveIt's rel=author link)
    if len(title.split()) < 3 or not line.text.startswith(title) \
            or find_swedish_date(line.text[len(title):]) is None:
        return None
    return posts[0], title


_CARD_TITLE = re.compile(r"(?:^|[\s_-])card(?:-|__)title(?:[\s_-]|$)"
                         # or Tailwind's large bold type, a headline by its look ("text-xl font-semibold")
                         r"|(?=.*(?:^|\s)(?:\w+:)?text-(?:lg|[2-5]?xl)(?:\s|$))(?:^|.*\s)font-(?:semibold|bold|extrabold)(?:\s|$)",
                         re.I)
_EVENT_TIME = re.compile(r"(?i)\bkl\.?\s*\d{1,2}[.:]\d{2}|\b\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}")  # "kl. 08.00"
TITLE_CLASS = re.compile(r"(?:^|[\s_-])title(?:[\s_-]|$)", re.I)  # "notion-property__title", "card-title"


def _links_up(href: str, page_url: str) -> bool:
    """A link to the page itself or a folder above it, whatever the query: the way back to its list."""
    try:
        up, here = urlsplit(href), urlsplit(page_url)
    except ValueError:
        return False
    return up.netloc == here.netloc and here.path.startswith(up.path.rstrip("/") or "/")


def _joined(page_url: str, href: str) -> str | None:
    """``href`` made absolute against the page, or None when the page's own address is malformed
    ("http://[::1"): no teaser can be read from such a link."""
    try:
        return urljoin(page_url, href)
    except ValueError:
        return None


def _permalink(heading: Any, page_url: str, profile: Profile) -> tuple[str, str] | None:
    """The post's own address inside a heading, and the label its link shows ("Permalink" for
    screen readers): a link with ``rel=permalink``/``bookmark`` or one showing no text (an
    icon), to an article of this site."""
    for a in heading.iter("a"):
        href = _joined(page_url, (a.get("href") or "").strip())
        rel = (a.get("rel") or "").lower().split()
        label = " ".join("".join(a.itertext()).split())
        if href and ({"permalink", "bookmark"} & set(rel) or not label) and is_article_link(href, page_url, profile):
            return href, label
    return None


def _card_permalink(heading: Any, page_url: str, profile: Profile, levels: int = 3) -> tuple[str, str] | None:
    """A link post's own address in its card's footer: the one ``rel=bookmark`` link to an article of
    this site in the nearest box holding no other heading (Chyrp's "Permanent link to …" date); or, when the
    heading links nowhere ("<a href='#'><h4>…</h4></a>"), the one picture linking an article in that box (Iteam's
    cards: only the image links the post)."""
    own = [*heading.iter("a"), *heading.iterancestors("a")]
    dead = bool(own) and all((h := (a.get("href") or "").strip()) in ("", "#") or h.startswith("javascript:")
                             for a in own)
    for box in list(heading.iterancestors())[:levels]:
        if box.tag in ("body", "main") or sum(1 for _ in box.iter(*HEADINGS)) > 1:
            return None
        marks = {urldefrag(href)[0] for a in box.iter("a") if "bookmark" in (a.get("rel") or "").lower().split()
                 and (href := _joined(page_url, (a.get("href") or "").strip()))
                 and is_article_link(href, page_url, profile)}
        if dead and not marks:
            marks = {urldefrag(href)[0] for a in box.iter("a") if next(a.iter("img"), None) is not None
                     and not shown_text(a) and (href := _joined(page_url, (a.get("href") or "").strip()))
                     and is_article_link(href, page_url, profile)}
        if len(marks) == 1:
            return marks.pop(), ""
    return None


def _only_h1(heading: Any) -> bool:
    """The page's one <h1> (its own name), not one of several (Tumblr's photo posts title each in one)."""
    return sum(1 for _ in heading.getroottree().getroot().iter("h1")) == 1


def _in_post_among_posts(el: Any) -> bool:
    """The element is inside an <article> with <article> siblings: one post of a list (Tumblr's text post
    whose own text opens with an <h1>), not the page's own heading."""
    post = next((a for a in el.iterancestors("article")), None)
    parent = post.getparent() if post is not None else None
    return parent is not None and sum(1 for s in parent if s.tag == "article") > 1


def _read_more_link(boxes: list[Any], profile: Profile, page_url: str) -> str | None:
    """The post a "Läs mer" links in the nearest box holding links, when that box is one card (a
    single heading) whose links all go to that one post, or to no post at all (its category, its
    tags: Piranha's cards)."""
    for box in boxes:
        links = [a for a in box.iter("a") if (a.get("href") or "").strip()]
        if not links:
            continue
        if sum(1 for _ in box.iter(*HEADINGS)) != 1:
            return None
        targets = {urldefrag(href)[0] for a in links if (href := _joined(page_url, a.get("href").strip()))
                   and (len(links) == 1 or is_article_link(href, page_url, profile))}
        if len(targets) != 1:
            return None
        target = targets.pop()
        to_target = [a for a in links if urldefrag(_joined(page_url, a.get("href").strip()) or "")[0] == target]
        if any(profile.matches("words", "more_links", " ".join("".join(a.itertext()).split())) for a in to_target) \
                or any(next(a.iter("img", "picture"), None) is not None for a in to_target):
            return target  # (the post's address, not "2 kommentarer"'s "#comments"); or the card's picture links
            # it (Ghost Edge's grid: <figure class="post"><a class="post-link"><img></a><figcaption><h2>)
        # else the post's one link here is no "Läs mer" ("View project"): the card's box around may say more
    return None


def _more_before_next_heading(lines: list[Line], at: int, profile: Profile, page_url: str) -> str | None:
    """The post that the first "Continue reading" after an unlinked heading links, before the next heading:
    previews printed one after another in a single box, an ``<hr>`` between them (Cryogen's home page)."""
    level = lines[at].heading
    for line in reversed(lines[max(0, at - 12): at]):
        if line.link and profile.matches("words", "more_links", line.link_text or "") or line.heading and line.heading >= level:
            break  # the preview before ended
        if line.heading:
            return None  # a subheading inside a preview's text
    for line in lines[at + 1: at + 12]:
        if line.heading and line.heading <= level:
            break
        if line.link and profile.matches("words", "more_links", line.link_text or ""):
            return line.link if is_article_link(line.link, page_url, profile) \
                and not PAGER.fullmatch(line.link_text or "") else None  # (the preview's end; not the pager's
            # "Föregående" under a page's last section, GitBook's)
        if line.link and is_article_link(line.link, page_url, profile):
            return None  # a box's heading over linked titles ("Senaste nytt"), not a preview's
    return None


def _overlay(box: Any) -> str | None:
    """The href of the box's first child link that shows nothing (no text, no picture) or only
    the word "Link" (Gridsome's ``a.post-card__link``, stretched over the card, its word hidden)."""
    for a in box.iterchildren("a"):
        href = (a.get("href") or "").strip()
        if href and "".join(a.itertext()).strip().casefold() in _OVERLAY_WORDS \
                and next(a.iter("img", "svg", "picture"), None) is None:
            return href
    return None


_OVERLAY_WORDS = {"", "link", "länk", "permalink"}


def _headlines_of_one_page(seg: list[Line], anchor: Line) -> bool:
    """The anchor's link is also the link of two other headlines in its segment: a box of notices, each line
    linking the one page that lists them (a landlord's side column of service disruptions)."""
    link = anchor.link
    others = [ln for ln in seg if ln is not anchor and ln.link == link and ln.link_text not in ("", anchor.link_text)]
    return bool(link) and len(others) >= 2 and find_swedish_date(anchor.plain) is not None \
        and sum(find_swedish_date(ln.plain) is not None for ln in others) >= 2  # (each a date and a headline)


def extract_teasers(lines: list[Line], page_url: str, profile: Profile,
                    hook_items: set | None = None, main_heading: int | None = None,
                    links: Any = None,
                    site_names: set[str] = frozenset()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    """Teasers in page order, numbered from 1; date-less ones dropped when most have dates.

    ``main_heading``: the place of the page's one <h1>; a group of teasers wholly before it,
    of another kind than those after it, is a box printed first in the source (a sidebar's
    press releases), not the list. ``links``: the page's <a> elements, for its archive box.
    ``site_names``: the site's own names (``og:site_name``), folded: its account signing cards."""
    lines = with_overlay_links(lines, page_url, profile)
    anchors = find_anchors(lines, page_url, profile)
    items = _items(lines, anchors, hook_items or set()) if anchors else {}
    segs = segments(lines, anchors, hook_items or set(), profile, items)
    found = all_found = [teaser(seg, lines[a], profile, items.get(k))
                         for k, (seg, a) in enumerate(zip(segs, anchors))]
    _dated_by_group_heading(found, segs, lines, profile)
    if site_names:
        _signed_by_the_site(found, segs, site_names, profile)
    _years_from_neighbours(found)
    _names_run_together(found)
    _years_from_archive_address(found, page_url)
    _years_from_archive_links(found, links)
    _month_first(found)
    kinds = [_kind(el) for el in items.values()]
    kind_of = {id(t): k for t, k in zip(all_found, kinds)}
    # dated: printed, for machines, or in its address; a card naming its author beside its excerpt is a post too
    dated = lambda t: (t["published_raw"] or t["published"]  # noqa: E731
                       or t["excerpt"] and t["author_name"] and t.get("_headline"))
    dated_kinds = {k for t, k in zip(found, kinds) if t["published_raw"] and k}
    more = _more_items(found, segs, lines, profile)
    alike = _alike_dated(found, items, hook_items or set()) | _signed_cards(found, kind_of) | more \
        | _items_of_a_dated_list(found, items)
    if not any(dated(t) or t["excerpt"] for t in found):
        alike |= _title_tiles(found, kind_of)
    alike |= _headline_beside_summary(found, items)
    found = [t for t in found if dated(t) or t["excerpt"] or id(t) in alike]
    if sum(bool(t["published_raw"] or t["author_name"]) for t in found) * 2 >= len(found):
        # a post without a date in the list is kept: it sits in the same kind of item as the dated
        # ones, or is a featured card above them (a headline and an excerpt: Hestia, Drupal views)
        first_dated = next((i for i, t in enumerate(found) if t["published_raw"]), 0)
        shapes = None
        def shaped(t: dict[str, Any]) -> bool:  # (the dated posts' paths worked out once, when a card asks)
            nonlocal shapes
            shapes = shapes or _path_shapes([t["article_url"] for t in found if t["published_raw"]])
            return _shaped_as(t["article_url"], shapes)
        place = {id(t): k for k, t in enumerate(all_found)}
        def featured(t: dict[str, Any]) -> bool:  # under a promo heading, or in a box classed featured (Pico's
            k = place[id(t)]  # "Utvalt" box): the featured post, wherever it lives
            return bool(segs[k]) and (_under_promo_heading(lines, segs[k][0], profile, 12)
                                      or _in_featured_box(items.get(k), itself=True))
        found = [t for i, t in enumerate(found) if dated(t) or id(t) in alike or t["excerpt"] and (
            kind_of[id(t)] in dated_kinds or t["_headline"] and i < first_dated and (
                shaped(t) or featured(t) and _in_posts_section(t["article_url"], shapes, page_url)))]  # (shapes:
        # worked out by shaped(), asked first)
        # (a card above the list linking a page not shaped as its posts is the site's own puff: Sametinget's
        # election box)
    if main_heading is not None and not any(t["title"] == lines[main_heading].text for t in all_found):
        # (an <h1> naming a post the page lists is a hero's headline, not the page's: Mundana's sticky post)
        after = {k for a, k in zip(anchors, kinds) if a > main_heading}
        listed = {t["article_url"] for t, a in zip(all_found, anchors) if a > main_heading}
        newest = max((t["published"] for t, a in zip(all_found, anchors) if a > main_heading and t["published"]),
                     default=None)
        folder = _posts_folder([t["article_url"] for t, a in zip(all_found, anchors)
                                if a > main_heading and t["published_raw"]])[1]
        before = {id(t) for i, (t, a, k) in enumerate(zip(all_found, anchors, kinds)) if a < main_heading
                  and k not in after and not (_in_featured_box(items.get(i), itself=True)
                                              and t["article_url"] not in listed and newest and t["published"]
                                              and t["published"] >= newest and folder
                                              and _path_parts(t["article_url"])[:len(folder)] == folder)}
        # (not the featured post over the list's heading, the newest, in the posts' folder, not listed again: City
        # Gross's newsroom; an older one featured there is a promotion, Envo Blog's slider, and so is a campaign's
        # banner elsewhere, Beijer's)
        if after and before:
            found = [t for t in found if id(t) not in before]
    repeated = {u for u, n in Counter(t["article_url"] for t in found).items() if n > 1}
    promo = {id(t) for k, (t, seg) in enumerate(zip(all_found, segs))  # only a repeated post has two copies
             if seg and t["article_url"] in repeated
             and (_under_promo_heading(lines, seg[0], profile) or _in_carousel(items.get(k))
                  or (seg[0].heading or _labels_box(seg)) and not seg[0].hrefs
                  and profile.matches("words", "promo_headings", seg[0].text))}
    # (the promo's own heading may open the copy's lines: "I fokus" over Joomla 1.5's module; Jekyll
    # Swiss's "Utvalt" printed in its box over the card)
    widget_words = ("promo_headings", "widget_headings")
    widgetish = {id(t) for t, seg in zip(all_found, segs) if seg and (
        "aside" in seg[0].flags or _under_promo_heading(lines, seg[0], profile, 12, widget_words))}
    widget_headed = {id(t) for t, seg in zip(all_found, segs)  # under "Senaste inläggen", not "Utvalt"
                     if seg and _under_promo_heading(lines, seg[0], profile, 12, ("widget_headings",))}
    continuing = _list_goes_on(found, all_found, segs, lines, anchors, items) | more
    found = _without_bare_widgets(found, kind_of, alike, widgetish, widget_headed, continuing)
    in_aside = {id(t) for t, seg in zip(all_found, segs) if seg and "aside" in seg[0].flags}
    found = _without_headed_widget_after(found, widget_headed, in_aside)
    found = _without_side_column_cards(found, kind_of, in_aside)
    found = _without_lone_buttons(found, kind_of, more)
    found = _without_repeating_boxes(found, kind_of)
    found = _fullest_of_each(found, kind_of, promo)
    carousel = {id(t): a for k, (t, a) in enumerate(zip(all_found, anchors)) if _in_carousel(items.get(k))}
    sliding = {id(t) for t in all_found if not t["published_raw"] and id(t) in carousel}
    if sliding and any(t["published_raw"] and id(t) not in sliding for t in found):
        found = [t for t in found if id(t) not in sliding]  # an undated slider's cards over a dated list: a promo
        # strip of featured posts, listed or not (Zinnia's ``ul.slides``)
    kept = {id(t) for t in found}
    dated_rest = [a for t, a in zip(all_found, anchors) if id(t) in kept and id(t) not in carousel and t["published_raw"]]
    if carousel and len(dated_rest) >= 3:
        folder = _posts_folder([t["article_url"] for t in found if id(t) not in carousel and t["published_raw"]])[1]
        found = [t for t in found if carousel.get(id(t), -1) < max(dated_rest) and not (
            id(t) in carousel and folder and _path_parts(t["article_url"])[:len(folder)] != folder)]
        # a carousel under the dated list, or one of pages outside the posts' folder: a strip of other pages the site
        # promotes ("Aktuella insikter" under Deloitte's press releases; exhibitions and events over Artipelag's news)
    ticking = {id(t) for k, t in enumerate(all_found) if _in_ticker(items.get(k))}
    if ticking and sum(bool(t["published_raw"]) for t in found if id(t) not in ticking) >= 3:
        found = [t for t in found if id(t) not in ticking]  # a news ticker's strip of headlines over the list
        # ("Senaste nytt": times and titles in ``div.ticker``, a tech paper's front page)
    featured = {id(t) for k, t in enumerate(all_found) if _in_featured_box(items.get(k))}
    listed = {t["article_url"] for t in found if id(t) not in featured}
    if featured and len(listed) >= len(featured) \
            and sum(t["article_url"] in listed for t in all_found if id(t) in featured) >= 2:
        found = [t for t in found if id(t) not in featured]  # a featured box repeating the list's posts, and
        # one or two older ones beside them: a promo strip, dated or not (Dyad 2's ``featured-content``; not
        # Joomla's "blog-featured" front page, the list itself, repeated in a side column's box)
    heads = {id(t): (head, lines[a].el) for t, a in zip(all_found, anchors)
             if (head := _heading_above(lines, lines[a], 12)) is not None
             and any(profile.matches("words", key, head.text) for key in ("section_headings", "event_headings"))
             and not any(head.index < b < a for b in carousel.values())}
    others = {box for t, a in zip(all_found, anchors) if id(t) not in heads and lines[a].el is not None
              for box in lines[a].el.iterancestors()} if heads else set()  # (worked out only under such a heading)
    sections = {k for k, (head, el) in heads.items() if el is None or head.el is None
                or box_holding(el, head.el) not in others}  # (a card whose box with the heading holds the list's
    # other cards is the list's own, in reach under the heading of a box of coming events over it: Crafoord's
    # "Kommande auktioner")
    # (not cards after a slider the heading heads: the news grid under "Kommande evenemang" and its slides, Saab
    # Arena's)
    if sections and len([t for t in found if id(t) not in sections]) >= 2:
        found = [t for t in found if id(t) not in sections]  # the section's subsections in a box of their own
        # over its posts ("Sektioner", Hugo Paige), or its coming events under theirs ("Kommande aktiviteter", OS2Web)
    shows = {id(t) for k, t in enumerate(all_found) if _in_slideshow(items.get(k))}
    bare = {id(t) for t in found if (id(t) in featured and not t["published_raw"] or id(t) in shows) and not t["excerpt"]}
    if bare and sum(bool(t["published_raw"] and t["excerpt"]) for t in found if id(t) not in featured | shows) >= 3:
        found = [t for t in found if id(t) not in bare]  # a featured box of headlines alone (their dates only in
        # their addresses) over a list of dated, excerpted posts: a promo, not the list (Canard's featured content;
        # a slideshow's slides, dated and signed but without excerpts: Toujours's)
    found = _with_off_site_posts(found, all_found, items, anchors, lines, page_url, profile)
    found = _without_section_links(found)
    named = next((t for t, a in zip(all_found, anchors) if a == main_heading), None)
    if named is not None and not (named["published"] or named["published_raw"]) \
            and sum(bool(t["published_raw"]) for t in found if t is not named) >= 2:
        found = [t for t in found if t is not named]  # the page's one <h1>, linking its section's start page
        # over the section's dated posts ("Radio Norrby" over its news): the list's name, not a post of it
    post_shapes = None
    def dated_shapes() -> tuple[set[int], list[str]]:
        nonlocal post_shapes  # (the dated posts' depths and folder, worked out once, when first asked)
        post_shapes = post_shapes or _posts_folder([c["article_url"] for c in found if c["published_raw"]])
        return post_shapes
    def promoted_page(k: int, t: dict[str, Any], boxed: bool = False) -> bool:
        # an undated card linking no page shaped as a post (``boxed``, a card in a campaign's box: any page outside
        # the posts' folder)
        if (item := items.get(k)) is None:
            return False
        return outside_posts(t) and (
            boxed or len(_path_parts(t["article_url"])) not in dated_shapes()[0]
            or _in_box_called(chain([item], item.iterancestors()), _PUFF, 3))  # (neither
        # in the posts' folder nor at their depth: Pico's featured press release, /press/<slug> over /blogg/<slug>,
        # is a post; at their depth, a box its class calls a promotion, Kävlinge's "kb-puff" linking a service page)
    def outside_posts(t: dict[str, Any], dated: bool = False) -> bool:
        # linking a page outside the folder of the list's dated posts, when it has one (``dated``: of the others)
        folder = _posts_folder([c["article_url"] for c in found if c["published_raw"] and c is not t])[1] \
            if dated else dated_shapes()[1]
        parts = _path_parts(t["article_url"])
        return bool(folder and parts and parts[:len(folder)] != folder)
    def own_kind_of_post(t: dict[str, Any]) -> bool:
        # an item of the dated posts' own kind linking into their folder
        folder = _posts_folder([c["article_url"] for c in found if c["published_raw"] and c is not t])[1]
        parts = _path_parts(t["article_url"])
        return kind_of[id(t)] in dated_kinds and bool(folder and parts and parts[:len(folder)] == folder)
    not_news = {id(t) for k, (t, seg) in enumerate(zip(all_found, segs)) if not t["published_raw"] and (
        _sponsored(_within(seg, items.get(k)), profile) and not own_kind_of_post(t)  # (the site's own "Annons",
        # a job ad among its news cards, "<p class=news-card__meta>Annons</p>" where the others print "20 september
        # 2024 | Nyhet": a galloping track's)
        or kind_of[id(t)] not in dated_kinds and (
            _labelled(seg, profile, "notice_labels") or _in_campaign_box(lines[anchors[k]].el, items.get(k))
            or promoted_page(k, t))
        or (not t.get("_headline") or promoted_page(k, t, boxed=True))
        and _in_campaign_box(lines[anchors[k]].el, items.get(k))) or t["published_raw"]
        and _in_box_called(lines[anchors[k]].el.iterancestors(), _CAMPAIGN, 4) and outside_posts(t, dated=True)}
    # (or dated, in a campaign's box linking outside the posts' folder: the current exhibition's dates, "14 september
    # 2024 – 26 januari 2025", in Millesgården's ``section.promo--exhibition`` over its news)
    # (also an item of the list's own kind, when its campaign box is titled by its button, "Bli månadsgivare" in
    # Frälsningsarmén's ``li.news-list__item--promo``, or links a page outside the posts' folder, TCO's
    # ``li.PromoCard_promo`` "Hitta ditt fackförbund", Universeum's ``article.news-card--promo`` "Påsklov på …")
    # (a notice set in the list itself, an item of the same kind as the news, is one of its posts: Magnolia's
    # "Viktigt")
    paid = {id(t) for t, a in zip(all_found, anchors) if (el := lines[a].el) is not None
            and any("sponsored" in (link.get("rel") or "").split() for link in chain(el.iter("a"), el.iterancestors("a")))}
    one_page = {id(t) for t, seg, a in zip(all_found, segs, anchors) if _headlines_of_one_page(seg, lines[a])}
    if one_page and sum(id(t) not in one_page for t in found) >= 3:
        found = [t for t in found if id(t) not in one_page]  # a box of notices whose headlines all link one page
        # ("Driftstörningar": three dated lines, each linking /artikel/driftstorningar): that page's summary, no posts
    if paid and sum(id(t) not in paid for t in found) >= 3:
        found = [t for t in found if id(t) not in paid]  # an advertiser's card, its title's link marked as paid for
        # (``<a rel=sponsored>`` under "Annons · I samarbete med …"), on a front that dates none of its cards
    if not any(t["published_raw"] or t["published"] or _DATED_PATH.search(t["article_url"] or "") for t in found) \
            and (common := Counter(kind_of[id(t)] for t in found).most_common(1)) \
            and common[0][0] and common[0][1] >= 3:
        dominant = common[0][0]  # an undated list of cards of one kind: a campaign's tile set among them (Mio's
        # ``li.…__item--promo``), or a hero of another kind over them (its theme's banner)
        hero = {id(t) for k, t in enumerate(all_found) if (item := items.get(k)) is not None
                and _in_box_called(chain([item], item.iterancestors()), _HERO, 2)}
        first = next((i for i, t in enumerate(found) if kind_of[id(t)] == dominant), 0)
        found = [t for i, t in enumerate(found) if not (
            id(t) in not_news or id(t) in hero and kind_of[id(t)] != dominant and i < first)]
    if not_news and sum(bool(t["published_raw"]) for t in found) >= 3:
        found = [t for t in found if id(t) not in not_news]  # an advertiser's card among the dated posts
        # ("Partnerinnehåll · I samarbete med …" over an undated card, a trade paper's list); a service notice
        # over the list ("Viktigt just nu" over "Avbrott i varmvattnet …", a housing company's news page); a
        # campaign's card over it ("Sök sommarjobb hos oss!" in ``section.promo-puff``), or a card linking a page
        # outside the posts' folder ("Snart inflyttning …" linking /hyra/lediga-lagenheter/…, a county board's "I
        # fokus" box linking its housing market analysis)
    boxed = [t for k, t in enumerate(all_found) if (item := items.get(k)) is not None
             and _in_box_called(chain([item], item.iterancestors()), _EVENTS, 3)]
    posts = [t for t in found if all(t is not b for b in boxed)]
    folders = {tuple(_path_parts(t["article_url"])[:1]) for t in posts}
    events = {id(t) for t in boxed if len(parts := _path_parts(t["article_url"])) >= 2
              and tuple(parts[:1]) not in folders}  # (in a folder: not a post at the site's root, Fores's seminar)
    if events and sum(bool(t["published_raw"]) for t in posts) >= 3:
        found = [t for t in found if id(t) not in events]  # the events a box lists beside the posts, dated by their
        # own day and linking pages in a folder none of the posts is in (Norrlandsoperan's ``ul.nb-event-list`` of
        # meetings at /evenemang/…)
    found = _without_notices(found, all_found, segs, items, lines, profile)
    seg_of = {id(t): seg for t, seg in zip(all_found, segs)}
    cut = len(found)  # a box of suggested posts after the list ("Post You Might Like" under Bloglo's pagination):
    section = _path_parts(page_url)[:1]
    own = [seg[0] for t in found if _path_parts(t["article_url"])[:1] == section and (seg := seg_of.get(id(t)))] \
        if section else []
    while cut and (seg := seg_of.get(id(found[cut - 1]))) and (head := _heading_above(lines, seg[0], 12)) and (
            _under_promo_heading(lines, seg[0], profile, 12) and _boxed_with(head, seg[0])
            or len(own) >= 3 and _path_parts(found[cut - 1]["article_url"])[:1] != section
            and _heads_box_of(head, seg[0]) and not _heads_box_of(head, own[-1])):
        cut -= 1  # a promo strip, not the list going on (asked from the end: of the last cards only; not the list's
        # next grid after a product strip whose heading, "Populära fröer just nu", heads its own box: Weibulls');
        # or another section's box under a heading of its own after the section's list ("Från pressrummet" linking
        # /press/… under /blogg's posts, a Webflow campaign site)
    if cut < len(found) and sum(bool(t["published_raw"]) for t in found[:cut]) >= 3:
        found = found[:cut]
    if len(found) > 2:  # a card titled by its box's heading ("Utvalt" over a promo's text and its "Läs artikeln"
        # link, Sitecore's promo in the side column): a box, not a post
        found = [t for t in found if not (t["title"] and any(
            profile.matches("words", key, t["title"]) for key in ("promo_headings", "widget_headings")))]
        found = [t for t in found
                 if not (t["title"] and not t["published_raw"] and _ARCHIVE_TITLE.fullmatch(t["title"]))]
        # ("Nyhetsarkiv 2023" under "Äldre nyheter" after the list: a year's archive, no post)
    for t in all_found:
        t.pop("_day_month", None)
        t.pop("_in_row", None)
        t.pop("_headline", None)
        t.pop("_via_more", None)
    for i, t in enumerate(found, 1):
        t["position"] = i
    return found





def _within(seg: list[Line], item: Any) -> list[Line]:
    """The segment's lines inside the card's item, when it has one: not the ad's "Annons" label after the last card
    of a row (a paper's front: the top cards, then an ad slot, then the feed)."""
    if item is None:
        return seg
    inside = [ln for ln in seg if ln.el is not None and (ln.el is item or has_ancestor(ln.el, {item}))]
    return inside or seg


def _labelled(seg: list[Line], profile: Profile, key: str) -> bool:
    """A card whose first lines hold a label of the ``key`` words list, alone on its line."""
    return any(len(ln.text) <= 40 and profile.matches("words", key, ln.text) for ln in seg[:3])


def _sponsored(seg: list[Line], profile: Profile) -> bool:
    """A card labelled as paid for ("Partnerinnehåll", "Annons från …"), in a field of its own or as
    a line, or linking its post with ``rel=sponsored`` (HTML's word for a paid link)."""
    for ln in seg[:6]:
        if len(ln.text) > 160 or ln.el is None:
            continue
        if profile.matches("words", "sponsored_labels", ln.text) or any(
                "sponsored" in (a.get("rel") or "").split() for a in ln.el.iter("a")):
            return True
        if any(len(t := text_content(el).strip()) <= 80 and profile.matches("words", "sponsored_labels", t)
               for el in ln.el.iterdescendants() if isinstance(el.tag, str)):
            return True
    return False


def _without_section_links(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Without an undated heading linking the folder the other posts sit in ("Utvalda inlägg" linking
    "/post/" over "/post/<slug>/" cards, Hugo After Dark's featured box): a section, not a post."""
    paths = [split_url(t["article_url"] or "").path.rstrip("/") + "/" for t in found]
    section = {i for i, (t, path) in enumerate(zip(found, paths)) if not (t["published"] or t["published_raw"])
               and (sum(other != path and other.startswith(path) for other in paths) >= 2 or _year_archive(path, paths))}
    return [t for i, t in enumerate(found) if i not in section] if section else found


def _year_archive(path: str, paths: list[str]) -> bool:
    """A year's folder ("/nyheter/2018/") beside two or more posts in other years' folders of the same parent
    ("/nyheter/2019/<slug>/"): the link to an older year's archive under the list (Friskis&Svettis')."""
    if (year := YEAR_FOLDER.search(path)) is None or year.end() != len(path):
        return False
    parent = path[:year.start()]
    return sum(other != path and other.startswith(parent) and YEAR_FOLDER.match(other, len(parent)) is not None
               for other in paths) >= 2


YEAR_FOLDER = re.compile(r"/((?:19|20)\d\d)/")  # a year's folder in a path


def _path_shapes(urls: list[str]) -> tuple[set[int], set[str]]:
    """The depths of the dated posts' paths, and the first part of the folder they share ("/l/…")."""
    depths, folder = _posts_folder(urls)
    return depths, set(folder[:1])


def _without_notices(found: list[dict[str, Any]], all_found: list[dict[str, Any]], segs: list[list[Line]],
                     items: dict[int, Any], lines: list[Line], profile: Profile) -> list[dict[str, Any]]:
    """The list without the service notices under a "Driftinformation" heading beside the news, or labelled so in
    a box of their own, dated and summed up too, linking pages outside the folder the news shares (Ljusdalshem's
    side column, Oskarshamnshem's alert over the list): the landlord's notices, not its posts. A notice set in the
    list itself, beside the posts, is one of them (Magnolia's "Viktigt")."""
    labelled = {k for k, seg in enumerate(segs) if seg and _labelled(seg, profile, "notice_labels")}
    post_lists = {items[k].getparent() for k, t in enumerate(all_found)
                  if t["published_raw"] and k not in labelled and items.get(k) is not None}
    noticed = {id(t) for k, (t, seg) in enumerate(zip(all_found, segs)) if seg and (
        (head := _heading_above(lines, seg[0], 12)) is not None and profile.matches("words", "notice_labels", head.text)
        and _heads_box_of(head, seg[0])
        or k in labelled and (items.get(k) is None or items[k].getparent() not in post_lists))}
    folder = _posts_folder([t["article_url"] for t in found if t["published_raw"] and id(t) not in noticed])[1] \
        if noticed else []
    outside = {id(t) for t in found if id(t) in noticed and _path_parts(t["article_url"])[:len(folder)] != folder} \
        if folder else set()
    return [t for t in found if id(t) not in outside] if outside and len(found) - len(outside) >= 3 else found


def _path_parts(url: str | None) -> list[str]:
    return [p for p in split_url(url or "").path.split("/") if p]


def _posts_folder(urls: list[str]) -> tuple[set[int], list[str]]:
    """The depths of the dated posts' paths, and the folder all of them are in ("/malardalen/om-oss/nyheter-och-
    press/nyheter---malardalen/" for a county board's news), when there are two or more."""
    folders = [parts[:-1] for u in urls if (parts := _path_parts(u))]
    common = list(takewhile(lambda level: len(set(level)) == 1 and not level[0].isdigit(), zip(*folders))) \
        if len(folders) >= 2 else []  # (not a date's year or month: /nyhetsarkiv/2024/… holds this year's posts only)
    return {len(f) + 1 for f in folders}, [level[0] for level in common]


def _shaped_as(url: str | None, shapes: tuple[set[int], set[str]]) -> bool:
    """Whether a featured card's path is shaped as the dated posts' are: the site's service pages, a
    plain heading over a "Läs mer" button above its news ("/felanmalan/" over "/l/<post>/", Webnode's),
    are no posts."""
    depths, firsts = shapes
    parts = _path_parts(url)
    return not (depths and len(parts) not in depths or firsts and (not parts or parts[0] not in firsts))


def _in_posts_section(url: str | None, shapes: tuple[set[int], set[str]], page_url: str) -> bool:
    """Whether a featured card belongs to the section whose list the page is: on "/nyheter", the list of the posts
    in "/nyheter/…", a case featured from "/case/…" over it is the site's showcase, not a post (a Webflow agency's
    "Utvalt case"); a home page's featured post may come from any section (Pico's "/press/…" over "/blogg/…")."""
    own, parts = _path_parts(page_url), _path_parts(url)
    return not (own and own[0] in shapes[1]) or bool(parts) and parts[0] == own[0]


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # "http://[::1": no host to compare
        return None


def _with_off_site_posts(found: list[dict[str, Any]], all_found: list[dict[str, Any]], items: dict[int, Any],
                         anchors: list[int], lines: list[Line], page_url: str,
                         profile: Profile) -> list[dict[str, Any]]:
    """The list's posts with those whose headline links another site (a link post: Hugo's
    ``external_link``, a report hosted elsewhere), read where they sit: an item like the list's
    others (three or more under one parent), dated or with an excerpt, linking nothing of this site."""
    el_of = {id(t): items.get(k) for k, t in enumerate(all_found)}
    at = {id(t): lines[a].index for t, a in zip(all_found, anchors)}
    title_marks = {(lines[a].el.tag, lines[a].el.get("class")) for a in anchors if lines[a].el is not None}
    host = _host(page_url)
    groups: dict[Any, list[Any]] = {}
    for t in found:
        if (el := el_of.get(id(t))) is not None and el.getparent() is not None:
            groups.setdefault((el.tag, el.getparent()), []).append(el)
    added = []
    for (tag, parent), taken in groups.items():
        if len(taken) < 3:
            continue
        all_dated = all(t["published_raw"] for t in found if el_of.get(id(t)) in taken)  # (then a link post is dated
        # too; an undated box of another site's among dated posts is a sponsor's card: Jekyll Massively's)
        for child in parent.iterchildren(tag):
            if child in taken:
                continue
            inside = set(child.iter())
            seg = [ln for ln in lines if ln.el in inside]
            if any(is_article_link(h, page_url, profile) for ln in seg for h in ln.hrefs):
                continue
            anchor = next((ln for ln in seg if ln.link and ln.link.startswith(("http:", "https:"))
                           and _host(ln.link) not in (None, host)  # (another site's)
                           and len(ln.link_text) >= 4 and _WORD.search(ln.link_text)
                           and (ln.heading or (ln.el.tag, ln.el.get("class")) in title_marks)  # titled as the rest
                           and not profile.matches("words", "more_links", ln.link_text)
                           and not profile.matches("words", "calls_to_action", ln.link_text)), None)
            if anchor is None:
                continue
            entry = teaser(seg, anchor, profile, child)
            if entry["published_raw"] or entry["excerpt"] and not all_dated:
                added.append(entry)
                at[id(entry)] = anchor.index
                for t in found:  # the post above read this item's line as its excerpt (a list of bare lines)
                    if t["excerpt"] == anchor.text:
                        t["excerpt"] = None
    if not added:
        return found
    for entry in added:
        for key in ("_day_month", "_headline", "_via_more"):
            entry.pop(key, None)
    return sorted(found + added, key=lambda t: at.get(id(t), 0))


def _dated_by_group_heading(found: list[dict[str, Any]], segs: list[list[Line]], lines: list[Line],
                            profile: Profile) -> None:
    """A teaser without a date of its own takes the date line printed above its group:
    lists that print the day once for all its posts (Blogger's date header, WordPress's
    ``the_date()``) put it between the posts, in no teaser's own lines."""
    position = {id(line): i for i, line in enumerate(lines)}
    group: tuple[str | None, str] | None = None
    year = None
    last = first = -1
    for entry, seg in zip(found, segs):
        at = [position[id(line)] for line in seg if id(line) in position]
        if not at:
            continue
        # an archive's year heading over "mar 5", "feb 26", "06-10" (a teaser cut by position
        # may end with the next group's heading)
        year = next((found for ln in reversed(lines[first + 1: min(at)]) if (found := _heading_year(ln))), year)
        if (seg[0].heading or not seg[0].link) and _YEAR.match(seg[0].text):
            year = int(seg[0].text)  # the heading opening the teaser's own lines (Tania: "2019", then "nov. 29";
            # Serene's <div class="year">)
        first = min(at)
        for line in lines[last + 1: min(at)]:  # between the previous teaser and this one
            if _YEAR.match(line.text):
                continue
            elif len(line.text) <= 60 and (dated := date_line(line.text, profile)):
                group = dated
            elif len(line.text) > 200 or line.heading and not line.link:
                group = None  # a text ran between: that date was an article's own (Payload's related cards); or
                # a heading of another box ("Mest lästa just nu" in the side column under the last day's posts)
        if seg[0].heading and not seg[0].link and len(seg[0].text) <= 60 \
                and (dated := date_line(seg[0].text, profile)):
            group = dated  # the day's heading opening this teaser's lines heads the next ones too (blogg.se's
            # "torsdag 15 mars 2012" over two posts)
        last = max(last, *at)
        if entry["published"] is None and entry["published_raw"] is None and group is not None:
            entry.update(published=group[0], published_raw=group[1])
        if entry.get("_day_month") and year and (entry["published"] is None or entry.get("_in_row")):
            iso = with_year(entry["_day_month"], year)
            entry["published"] = entry["published"] or iso
            if entry.get("_in_row") and entry["published"] == iso:  # (its address may have dated it already)
                entry["published_raw"] = entry["published_raw"] or entry["_in_row"]


_YEAR = re.compile(r"^(19|20)\d\d$")


def _heading_year(line: Line) -> int | None:
    """The year a line heads a list with: "2019" alone, or an archive's year heading ("Nyhetsarkiv 2018" over
    "26 jun", Örebro's)."""
    if _YEAR.match(line.text):
        return int(line.text)
    if line.heading and not line.link and _ARCHIVE_TITLE.fullmatch(line.text):
        return int(line.text[-4:])
    return None


_WORD = re.compile(r"[^\W\d_]{2}")


_ARCHIVE_MONTH = re.compile(r"(?:^|/)((?:19|20)\d\d)[-/](\d\d)(?:/|$)")


def _years_from_archive_address(found: list[dict[str, Any]], page_url: str) -> None:
    """Dates without their year on a month's archive ("/archive/1/2019-05", "/2019/05/") take
    the address's year when their month is the archive's (Nucleus CMS prints "29/05: <title>")."""
    if not any(t.get("_day_month") and not t["published"] for t in found) \
            or not (m := _ARCHIVE_MONTH.search(split_url(page_url).path or "")):
        return
    for t in found:
        if not t["published"] and (month_day := t.get("_day_month")) and month_day[0] == int(m[2]):
            t["published"] = with_year(month_day, int(m[1]))


def _years_from_archive_links(found: list[dict[str, Any]], links: Any) -> None:
    """Date badges without a year ("17 May", Grav's Antimatter) on a list no full date dates take
    the year of the page's archive link for their month ("Maj 2018" in the side column's archive
    box; ``links``: the page's <a> elements), when only one year has it."""
    if not links or not any(t.get("_day_month") and not t["published"] for t in found):
        return
    years: dict[int, set[int]] = {}
    for link in links:
        if len(text := clean_text(text_content(link))) <= 30 and (found_month := archive_month(text)):
            years.setdefault(found_month[1], set()).add(found_month[0])
    for t in found:
        if not t["published"] and (month_day := t.get("_day_month")) and len(years.get(month_day[0], ())) == 1 \
                and not t.get("_in_row"):
            t["published"] = with_year(month_day, next(iter(years[month_day[0]])))


def _years_from_neighbours(found: list[dict[str, Any]]) -> None:
    """A date badge without its year ("30 apr") takes the year of the nearest dated teaser
    before it, a year less when its month and day come later (the list runs newest first),
    else of the nearest after it."""
    full = [(i, date.fromisoformat(t["published"])) for i, t in enumerate(found)
            if t["published"] and not t.get("_day_month")]
    if len(full) > 1 and full[0][0] == 0 and full[0][1] < max(d for _, d in full[1:]):
        full = full[1:]  # the first card older than a later one is pinned, out of the list's order (Wix's pinned
        # post, "15 aug. 2023", over "18 juli": this year's dates printed without it)
    for i, t in enumerate(found):
        if t["published"] or not (month_day := t.get("_day_month")) or not full or t.get("_in_row"):
            continue  # (a row "<a>Title</a> 24 jun" takes its year from its archive's year heading only: a
            # sidebar calendar's events are dated by no post beside them)
        before = [d for j, d in full if j < i]
        if before:
            near = before[-1]
            t["published"] = with_year(month_day, near.year - (month_day > (near.month, near.day)))
        else:
            near = next(d for j, d in full if j > i)
            t["published"] = with_year(month_day, near.year + (month_day < (near.month, near.day)))


_CAROUSEL = re.compile(r"(?:^|[\s_-])(?:slider|carousel|swiper|slick|flexslider|owl-item)(?:[\s_-]|$)", re.I)


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d\d)\b")  # ("6/22/21": Bay's short year too)


def _month_first(found: list[dict[str, Any]]) -> None:
    """One list prints its dates in one order: when a "5/20/2025", "03.21.2024" or "6/22/21" can only be
    month first, so is "4/3/2025" beside it (an American theme's default, ExpressionEngine's;
    Craft's "m.d.Y"), and no date of the list can only be day first."""
    numeric = [(t, m) for t in found if t["published_raw"] and (m := _NUMERIC_DATE.search(t["published_raw"]))]
    if not any(int(m[1]) <= 12 < int(m[3]) for _, m in numeric) or any(int(m[3]) <= 12 < int(m[1]) for _, m in numeric):
        return
    for t, m in numeric:
        try:
            year = int(m[4]) if len(m[4]) == 4 else 2000 + int(m[4])
            t["published"] = date(year, int(m[1]), int(m[3])).isoformat()
        except ValueError:
            continue


def _in_box_called(boxes: Any, pattern: re.Pattern[str], levels: int) -> bool:
    """Whether one of the first ``levels`` boxes has an id or a class the pattern finds."""
    return any(pattern.search(f"{box.get('id') or ''} {box.get('class') or ''}") for box in islice(boxes, levels))


def _in_slideshow(item: Any, levels: int = 5) -> bool:
    """A card inside a box whose id or class calls it a slideshow (Toujours's ``#featured-slideshow``)."""
    return item is not None and _in_box_called(item.iterancestors(), _SLIDESHOW, levels)


_SLIDESHOW = re.compile(r"(?:^|[\s_-])slideshow(?:[\s_-]|$)", re.I)


def _in_ticker(item: Any, levels: int = 3) -> bool:
    """A card inside a box whose id or class calls it a news ticker ("ticker", "news-ticker",
    "breaking-news", "marquee")."""
    return item is not None and _in_box_called(chain([item], item.iterancestors()), _TICKER, levels)


_TICKER = re.compile(r"(?:^|[\s_-])(?:ticker|newsticker|breaking[-_]news|marquee)(?:[\s_-]|$)", re.I)


def _section_labels(elements: Any) -> Iterator[tuple[Any, str]]:
    """(element, text) of the elements classed as a kicker, a category, a section or a tag."""
    return ((d, " ".join(text_content(d).split())) for d in elements
            if isinstance(d.tag, str) and SECTION_CLASS.search(d.get("class") or ""))


def _kicker_texts(el: Any) -> set[str]:
    """The texts of the elements inside ``el`` classed as a kicker or section label (a place or topic)."""
    return {t for _, t in _section_labels(el.iter())}


def _label_texts(line: Line) -> list[str]:
    """The texts of the elements inside a meta line classed as a tag, a category or a section, none of them
    also classed as a byline (``span.tag--region`` "Region Norr" before a card's date): a label, never the author."""
    if line.el is None:
        return []
    badges = ((d, " ".join(text_content(d).split())) for d in line.el.iterdescendants()
              if isinstance(d.tag, str) and _MARK_OR_PLACE.search(d.get("class") or ""))
    return [t for d, t in chain(_section_labels(line.el.iterdescendants()), badges)
            if t and len(t) < len(line.text) and not people.is_byline_class(d.get("class"))]


# A card's label: "…__label", or a CSS module's "NewsCard_label__Vb6Tq"; not Drupal's "field__label" over a field,
# its "field--label-hidden" nor a view's "views-label" before the author's name
_CARD_LABEL = re.compile(r"(?:^|\s)(?!field|views)[\w-]*[_-]label(?:__[A-Za-z0-9]{4,8})?(?=\s|$)")
_CARD_TYPE = re.compile(r"(?:^|\s)[\w-]*__type(?=\s|$)")  # the card's kind in a BEM field ("teaser__type")
# A card's mark for subscribers or its place ("<span class=teaser__premium>Plus</span><span class=teaser__location>
# Luleå</span>" before its time, "<span class=news-teaser__region>Region Öst</span>" after it), or its label
# ("<span class=news-teaser__label>Hela Skåne</span>", Skånetrafiken's): no name
_MARK_OR_PLACE = re.compile(_PAID_MARK.pattern + r"|(?:^|[\s_-])(?:location|region)(?:[\s_-]|$)"
                            r"|" + _CARD_LABEL.pattern)


def _classed_texts(line: Line, pattern: re.Pattern[str]) -> set[str]:
    """The texts of the elements inside the line whose class the pattern finds, none its class calls a byline."""
    return {shown_text(d) for d in line.el.iterdescendants() if isinstance(d.tag, str)
            and pattern.search(d.get("class") or "") and not people.is_byline_class(d.get("class"))} \
        if line.el is not None else set()


def _card_labels(line: Line) -> set[str]:
    """The texts of the elements inside the line classed as a card's label (its series or kind, never a name)."""
    return _classed_texts(line, _CARD_LABEL)


def _without_card_label(name: str, line: Line) -> str:
    """The name without the card's kind opening its line ("Forskarbloggen" in ``span.teaser__type`` before
    "<span class=teaser__author>Ahmed Yusuf</span>": a Drupal theme's teaser meta)."""
    return next((name[len(kind):].strip() for kind in _classed_texts(line, _CARD_TYPE)
                 if name.startswith(kind + " ")), name)


def _kicker(line: Line) -> bool:
    """A line whose element is, or holds no more than, one classed as the card's kicker or section label
    (``span.teaser__kicker`` "Östra Göinge" over a paper's headline): a place or a topic, however much it
    looks like a name."""
    return line.el is not None and (SECTION_CLASS.search(cls := line.el.get("class") or "") is not None
                                    or _LABELS_BOX.search(cls) is not None
                                    or line.text in _kicker_texts(line.el) or _labels_only(line)
                                    or line.text in _card_labels(line))  # (the card's label alone on its line:
    # "<span class=news-card__label>Kungliga Filharmonikerna</span>" over the headline, the Konserthus' news)


# A card's box of labels ("<div class=news-teaser__labels><span class=label>Nyhet</span><span class=label>Kvarnbacken
# </span></div>", a type and a place; Altinget's topic and type): its words are no name
_LABELS_BOX = re.compile(r"(?:^|[\s_-])(?:labels|badges)(?=\s|$)")


_BADGE_CLASS = re.compile(_PAID_MARK.pattern + r"|badge")  # a paywall mark, or any badge beside a kicker


def _labels_only(line: Line) -> bool:
    """A line made of a kicker and badges only (``span.teaser__premium`` "Premium" beside ``span.teaser__vignette``
    "Mora": a paper's paywall mark and its place), or opened by a paywall mark, however much the words look like
    a name."""
    labels = [(d, " ".join(text_content(d).split())) for d in line.el.iterdescendants()
              if isinstance(d.tag, str) and (SECTION_CLASS.search(cls := d.get("class") or "") or _BADGE_CLASS.search(cls))]
    if labels and labels[0][1] and line.text.startswith(labels[0][1]) and _BADGE_CLASS.search(labels[0][0].get("class") or ""):
        return True  # a paywall mark opening the line ("Premiumartikel" for screen readers, then "Lidköping")
    return any(SECTION_CLASS.search(d.get("class") or "") for d, _ in labels) \
        and " ".join(t for _, t in labels if t) == line.text


def _opening_element(line: Line) -> Any:
    """The element opening the line's paragraph, nothing printed before it."""
    el = line.el
    if el is None or (el.text or "").strip():
        return None
    children = [child for child in el if isinstance(child.tag, str)]
    while children and children[0].tag in BLOCK_TAGS and not (children[0].tail or "").strip():
        children = children[1:]  # (the card's heading, a line of its own, over the field: Sitevision's
        # ``<h2>…</h2><time class=…__date>2024-11-12</time><span class=…__intro>Nu börjar …</span>``)
    return children[0] if children else None


def _label_after_date(line: Line) -> str | None:
    """The text of a field classed as the card's categories right after the date opening its summary
    (``<time class=…__date>1 december 2025</time> - <span class=…__categories>Uppleva och göra</span> | På söndag
    …``, Sitevision's list): a label, not the summary."""
    date = _opening_element(line)
    label = date.getnext() if date is not None else None
    if label is None or not isinstance(label.tag, str) or not any(
            SECTION_CLASS.search(el.get("class") or "") for el in label.iter() if isinstance(el.tag, str)):
        return None
    shown = " ".join(text_content(label).split())
    return shown if 0 < len(shown) <= 60 else None


def _opening_field(line: Line, classes: re.Pattern[str]) -> str | None:
    """The text of the element opening the line's paragraph, nothing printed before it, when its class matches."""
    first = _opening_element(line)
    if first is None or not classes.search(first.get("class") or ""):
        return None
    shown = " ".join(text_content(first).split())
    return shown if shown and len(shown) < len(line.text) and line.text.startswith(shown) else None


def _leading_label(line: Line) -> str | None:
    """The text of an element classed as the card's categories or label opening its summary paragraph
    (``<p><span class="news-teaser__categories">Trygghet, Boende</span> När …</p>``; its theme, "<span
    class=news-list__theme>Om oss</span>", the Coast Guard's): a label, not the summary."""
    return _opening_field(line, _LABEL_FIELD)


_LABEL_FIELD = re.compile(SECTION_CLASS.pattern + r"|(?:^|[\s_-])(?:theme|tema)(?:[\s_-]|$)")


def _prose(text: str) -> bool:
    """Sentences, not a meta line ("AB Bostäder och Hyresgästföreningen är överens. Bostadshyrorna höjs … från den
    1 januari 2025.": a card's summary, its date and names those of the text)."""
    return len(text) >= 80 and text.endswith((".", "!", "?")) and len(text.split()) >= 12 and ". " in text


def _leading_date(line: Line) -> tuple[str, str] | None:
    """(iso, as printed) of an element classed as a date opening the card's summary paragraph (Tierp's
    ``<p><span class="tierp-newsitem__date">2024-09-18</span> Under hösten …</p>``)."""
    if (shown := _opening_field(line, _DATE_FIELD) or _date_field_opening(line)) is None:
        return None
    found = find_swedish_date(shown)
    rest = line.text[len(shown):].strip(" -–—|·•:")
    return (found[0], shown) if found and found[0] and found[1] == shown \
        and len(rest) >= 40 and len(rest.split()) >= 6 and not find_swedish_date(rest) else None  # (a sentence after
    # it, not the rest of a meta line)


_DATE_FIELD = re.compile(r"(?i)(?:^|[\s_-])(?:date|datum|published)(?:[\s_-]|$)")


def _date_field_opening(line: Line) -> str | None:
    """The text of a field classed as a date, deeper in the card, that the line opens with: the date at the end of
    the card's link, its title a line of its own, then the summary after the link ("<a><span class=…-title>…</span>
    <span class=cmp-list__item-date>05.09.2024</span></a><span class=…-description>Avtalet …</span>", AEM's list)."""
    if line.el is None:
        return None
    for d in islice(line.el.iterdescendants(), 20):
        if isinstance(d.tag, str) and _DATE_FIELD.search(d.get("class") or "") \
                and (shown := " ".join(text_content(d).split())) and len(shown) < len(line.text) \
                and line.text.startswith(shown):
            return shown
    return None


def _closing_date(line: Line) -> tuple[str, str] | None:
    """(iso, as printed) of an element classed as a date closing the card's summary paragraph, nothing after it
    (Kyrkpressen's ``<p>Församlingen i Karleby bygger … <span class=date>30.1.2025 kl. 14:12</span></p>``), or a
    ``<time>`` (Malmö's Sitevision list: "<p>Medan bostadsbolaget byter … <time datetime=…>2024-10-02
    16:42</time>")."""
    el = line.el
    last = el[-1] if el is not None and len(el) else None
    if last is None or not isinstance(last.tag, str) or (last.tail or "").strip() \
            or not (last.tag == "time" or _DATE_FIELD.search(last.get("class") or "")):
        return None
    shown = " ".join(text_content(last).split())
    found = find_swedish_date(shown) if shown and line.text.endswith(shown) else None
    rest = line.text[:-len(shown)].strip() if found else ""
    return (found[0], shown) if found and found[0] and len(rest) >= 40 and len(rest.split()) >= 6 \
        and not find_swedish_date(rest) else None


def _opens_summary(line: Line) -> bool:
    """Whether the line is a summary opened by its dated label in parentheses ("(Pressmeddelande 2023-11-06) Nu
    lanseras …"): the date is the card's, the rest its excerpt."""
    return bool((stamp := opening_stamp(line.text)) and len(line.text) - stamp[2] >= 40)


def _in_campaign_box(title: Any, item: Any) -> bool:
    """A card in a box whose id or class calls it a campaign, a promotion, an event or an alert
    ("campaign-puff", "promo-puff", "skr-puff--event", "kommun-puff--alert"): the site's own advertising or
    notice, not one of its posts. Asked of the boxes from the card's title up to three above its item."""
    if title is None or item is None:
        return False
    boxes = list(takewhile(lambda el: el is not item, title.iterancestors()))
    return _in_box_called(chain(boxes, [item], item.iterancestors()), _CAMPAIGN, len(boxes) + 3)


_PUFF = re.compile(r"(?:^|[\s_-])puff(?:[\s_-]|$)", re.I)  # a promotion box (Swedish "puff")
_DATED_PATH = re.compile(r"/(?:19|20)\d\d(?:[-/]\d\d)*(?:/|-[a-z]|$)")  # "/2023/09/", "/2023-09-19/": a post's date
_HERO = re.compile(r"(?:^|[\s_-])hero(?:[\s_-]|$)", re.I)  # a page's banner over its list
_EVENTS = re.compile(r"(?:^|[\s_-])(?:events?|evenemang|kalender|calendar)(?:[\s_-]|$)", re.I)  # a box of events
_CAMPAIGN = re.compile(r"(?i:(?:^|[\s_-])(?:campaign|kampanj|promo|event|alert)(?:[\s_-]|$))"
                       r"|(?:^|[\s_-])(?:[Pp]romo|[Cc]ampaign|[Kk]ampanj)(?=[A-Z])")  # (or a CSS module's camel-case
# name, "PromoCard_root__Hn6Fs": a Next.js site's promotion card)


def _in_featured_box(item: Any, levels: int = 3, itself: bool = False) -> bool:
    """A card inside a box classed as featured posts or a banner ("featured-content", "site-banner";
    not a post's own "tag-featured"); or, with ``itself``, classed so on its own (Pico's ``section.featured``)."""
    return item is not None and any(_FEATURED.search(box.get("class") or "") for box in islice(
        chain([item], item.iterancestors()) if itself else item.iterancestors(), levels + itself))


_FEATURED = re.compile(r"(?:^|\s)(?!tag-|category-)[\w-]*(?<![\w])(?:featured|banner)(?:[-_]\w+)*(?=\s|$)", re.I)


def _labels_box(seg: list[Line]) -> bool:
    """A short first line printed by the box the next line sits in: the box's label."""
    first = seg[0]
    return len(seg) > 1 and len(first.text) <= 40 and first.el is not None and seg[1].el is not None \
        and any(box is first.el for box in seg[1].el.iterancestors())


def _in_carousel(item: Any, levels: int = 4) -> bool:
    """A card of a slider or carousel (MH Magazine's ``mh-slider-item``): a promo strip
    showing posts the list shows too."""
    boxes = [item, *list(item.iterancestors())[:levels]] if item is not None else []
    return any(_CAROUSEL.search(box.get("class") or "") for box in boxes)


def _under_promo_heading(lines: list[Line], first: Line, profile: Profile, reach: int = 40,
                         words: tuple[str, ...] = ("promo_headings",)) -> bool:
    """Whether the nearest unlinked heading above a teaser names a promo strip ("Featured"),
    or one of the other ``words`` lists ("Senaste inläggen": a widget's)."""
    line = _heading_above(lines, first, reach)
    return line is not None and any(profile.matches("words", key, line.text) for key in words)


def _heading_above(lines: list[Line], first: Line, reach: int = 40) -> Line | None:
    """The nearest unlinked heading above a teaser, within ``reach`` lines."""
    at = first.index if 0 <= first.index < len(lines) and lines[first.index] is first else lines.index(first)
    for line in reversed(lines[max(0, at - reach): at]):
        if (line.heading or _box_title(line, first) or _bold_label(line)) and not line.hrefs:
            return line
    return None


def _signed_by_the_site(found: list[dict[str, Any]], segs: list[list[Line]], site_names: set[str],
                        profile: Profile) -> None:
    """A card whose meta line prints the site's own name beside its date ("<time>16 maj 2024</time><span>Johan &amp;
    Nyström</span>", Shopify Dawn's article card, the shop's account signing its blog): that account is its author,
    as printed, however little it reads as a person's name ("Av L:a Bruket"; "Sophie by Sophie", not "Sophie")."""
    for t, seg in zip(found, segs):
        raw = t["published_raw"]
        line = next((ln for ln in seg if raw in ln.text and len(ln.text) <= 120), None) if raw else None
        if line is not None and (name := _site_account(line, raw, site_names, profile)
                                 or _site_name_field(seg, line, site_names)) \
                and (not t["author_name"] or t["author_name"] in name):
            t["author_name"], t["author_role"] = name, None


def _names_run_together(found: list[dict[str, Any]]) -> None:
    """A card's author of four words or more that ends in another card's author's name is two people printed with
    only a space between them ("Av Elin Söderberg Tobias Rask" beside "Av Tobias Rask", Ghost's card): the first."""
    names = {t["author_name"] for t in found if t["author_name"] and len(t["author_name"].split()) in (2, 3)}
    for t in found:
        if (name := t["author_name"]) and len(name.split()) >= 4 and (other := next(
                (n for n in names if name.endswith(" " + n) and len(name[:-len(n)].split()) >= 2), None)):
            t["author_name"] = name[:-len(other)].strip()


def _site_name_field(seg: list[Line], dated: Line, site_names: set[str]) -> str | None:
    """The site's own name, or its first words, alone in a name field on the line over the card's date line
    ("<span class='user-name'><span>Frukostklubben</span></span>" on "Frukostklubben Solbacken", Wix's post card)."""
    above = next((ln for ln in reversed(seg) if ln.index < dated.index), None)
    if above is None or above.el is None or above.hrefs or len(text := above.text) > 60 \
            or not (folded(text) in site_names or people.opens_site_name(text, site_names)):
        return None
    return text if any(isinstance(d.tag, str) and NAME_FIELD.search(d.get("class") or "")
                       and clean_text(text_content(d)) == text for d in above.el.iter()) else None


def _ends_in_site_name(text: str, site_names: set[str]) -> bool:
    """The text is the site's own name, or one word and that name when it has two words or more ("Matskolan Unga
    kockar" on "Unga kockar"; not "Per Andersson, utredare, Sveriges Allmännytta", a person and the role)."""
    text = folded(text)
    return text in site_names or any(" " in n and text.endswith(" " + n) and text[: -len(n) - 1].isalpha()
                                     for n in site_names)


def _site_account(line: Line, raw: str, site_names: set[str], profile: Profile) -> str | None:
    """The site's own name beside the date on a card's meta line, in a bare field of its own: not the card's
    category, place or link ("<span class='news-card__category tag'>Hagström</span>"), nor a box hidden for
    machines."""
    parts = re.split(r"\s*[|·•/]\s*|\s{2,}", line.text.replace(raw, "  "))
    name = next((named for part in parts if (named := strip_byline_prefix(part.strip(), profile) or part.strip())
                 and (folded(named) in site_names or people.opens_site_name(named, site_names))),
                None)  # (or its first words: "Jäst &amp; Råg" on "Jäst &amp; Råg Surdegsbageri", "Yrkesmässan" on
    # "Yrkesmässan Bo &amp; Bygg")
    if name is None and line.el is not None:
        name = next((t for d in line.el.iter() if isinstance(d.tag, str) and people.is_byline_class(d.get("class"))
                     and _ends_in_site_name(t := clean_text(text_content(d)), site_names)), None)  # (or in a field
        # its class calls the author's, the card's category before it with no separator: Squarespace's
        # ``span.blog-author``; or the site's name of two words or more closing it, "Matskolan Unga kockar" on "Unga
        # kockar", Elementor's ``span.elementor-post-author``)
    if name is None or line.el is None:
        return None
    field = next((d for d in line.el.iter() if isinstance(d.tag, str)
                  and (strip_byline_prefix(shown := clean_text(text_content(d)), profile) or shown) == name), None)
    if field is None:  # a bare part of the meta line's text, no element of its own ("3 mars 2024 · 3 min ·
        # Fröbanken", Hugo PaperMod's entry footer), in no link and no box hidden
        return name if any(name in (d.text or "") or d is not line.el and name in (d.tail or "")
                           for d in line.el.iter() if isinstance(d.tag, str) and d.tag != "a"
                           and not any(a.tag == "a" for a in d.iterancestors())) \
            and not in_hidden_box(line.el) else None
    return name if next(field.iter("a"), None) is None \
        and not any(a.tag == "a" for a in field.iterancestors()) and not in_hidden_box(field) \
        and not SECTION_CLASS.search(cls := field.get("class") or "") and not _MARK_OR_PLACE.search(cls) else None


def _boxed_with(heading: Line, first: Line) -> bool:
    """The teaser is in the box the heading opens (past wrappers holding the heading alone)."""
    box = heading.el.getparent()
    for _ in range(2):
        if box is None or box.getparent() is None or clean_text(text_content(box)) != heading.text:
            break
        box = box.getparent()
    return box is not None and first.el is not None and any(a is box for a in first.el.iterancestors())


def _heads_box_of(heading: Line, first: Line) -> bool:
    """The heading's box, or the box around that, holds the teaser: an alert box's "Driftinformation" over the
    notices in it, not over the news list in the next box (Ånge's)."""
    boxes = [b for b in (heading.el.getparent(),) if b is not None]
    boxes += [b.getparent() for b in boxes if b.getparent() is not None]
    return first.el is not None and any(b in boxes for b in first.el.iterancestors())


def _bold_label(line: Line) -> bool:
    """A short line that is all bold, a heading set as ``<strong>`` ("Fler artiklar...", Joomla
    1.5's ``div.blog_more``)."""
    return len(line.text) <= 40 and line.el is not None and any(
        shown_text(b) == line.text for b in line.el.iter("strong", "b"))


def _box_title(line: Line, first: Line) -> bool:
    """A short line in a box classed as a title, heading the box the teaser sits in (Matery's
    ``<div class="title">Rekommenderade artiklar</div>`` before its cards' row)."""
    if len(line.text) > 40 or line.el is None or not TITLE_CLASS.search(line.el.get("class") or ""):
        return False
    box = line.el.getparent()
    return box is not None and first.el is not None and any(a is box for a in first.el.iterancestors())


def _fullest_of_each(found: list[dict[str, Any]], kind_of: dict[int, Any],
                     promo: set[int] = frozenset()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    """One teaser per article: a featured slider or a "most read" box repeats some of
    the list's posts. The copy in the list keeps its place: the one not under a promo
    heading, then the one titled by a heading (not a picture mosaic's "Härligt! >", Magnolia),
    then the one among the most siblings of its kind, else the fullest."""
    size: dict[Any, int] = {}
    for t in found:
        kind = kind_of.get(id(t))
        size[kind] = size.get(kind, 0) + 1

    def rank(t: dict[str, Any]) -> tuple[bool, bool, int, int]:
        kind = kind_of.get(id(t))
        return id(t) not in promo, bool(t.get("_headline")), (size[kind] if kind is not None else 0), _filled(t)

    best: dict[str, dict[str, Any]] = {}
    for t in found:
        have = best.get(t["article_url"])
        if have is None or rank(t) > rank(have):
            best[t["article_url"]] = t
    return [t for t in found if best[t["article_url"]] is t]


def _filled(entry: dict[str, Any]) -> int:
    return sum(entry[k] is not None for k in ("published", "excerpt", "author_name", "author_role"))


def _headline_beside_summary(found: list[dict[str, Any]], items: dict[int, Any]) -> set[int]:
    """The ids of headline-only cards set beside a card of the same class holding an excerpt, in one row (a paper's
    section front: ``<article class="teaser teaser--medium">`` with only its ``<h2>``, beside one with its preamble)."""
    card = {id(t): items.get(k) for k, t in enumerate(found)}
    full = {(el.getparent(), (el.get("class") or "").split()[:1][0]) for t in found
            if t["excerpt"] and (el := card[id(t)]) is not None and el.get("class")}
    return {id(t) for t in found if not t["excerpt"] and t["_headline"] and (el := card[id(t)]) is not None
            and el.get("class") and (el.getparent(), el.get("class").split()[0]) in full}


def _kind(el: Any) -> tuple[str, int] | None:
    """Where a teaser sits: its tag under its parent. The list's posts are siblings,
    whatever their post type or category classes; a widget's are elsewhere."""
    if el is None:
        return None
    return el.tag, id(el.getparent())


def terms_only(line: Line, profile: Profile) -> bool:
    """A line of category or tag links ("Energi Renovering" above a teaser's title), also when its
    element holds the card's other links (Sleek's labels are inline in ``div.post-card``)."""
    hrefs = [h for h in line.hrefs if not _COMMENT_FRAGMENT.search(h)]  # ("Publicerat i <a rel='category tag'>
    # Nyheter</a> <a href=…#respond>Lämna en kommentar</a>": the card's footer, Flatsome's)
    return line.el is not None and (_only_term_links(line.el, profile) or bool(hrefs)
                                    and all(is_term_link(h, profile) for h in hrefs))


def _only_term_links(el: Any, profile: Profile) -> bool:
    """An element holding links, all to category or tag archives (or year archives)."""
    hrefs = [a.get("href") or "" for a in el.iter("a")]
    return bool(hrefs) and all(is_term_link(h, profile) or _YEAR_ARCHIVE.search(split_url(h).path or "/")
                               for h in hrefs)  # (and "/blog/2023": al-folio)


def _title_tiles(found: list[dict[str, Any]], kind_of: dict[int, Any], least: int = 4) -> set[int]:
    """Headline cards and nothing else, four or more of one kind, on a list where no card prints a
    date or an excerpt (Jekyll Millennial's picture tiles, each a linked <h2>)."""
    count = Counter(kind_of.get(id(t)) for t in found if t.get("_headline"))
    return {id(t) for t in found if t.get("_headline") and kind_of.get(id(t)) is not None
            and count[kind_of.get(id(t))] >= least}


def _signed_cards(found: list[dict[str, Any]], kind_of: dict[int, Any], least: int = 3) -> set[int]:
    """Headline cards naming their author, three or more siblings of one kind: a feed whose posts
    print no date (Hashnode's home page: title and author's name)."""
    count = Counter(kind_of.get(id(t)) for t in found if t.get("_headline") and t["author_name"])
    return {id(t) for t in found if t.get("_headline") and t["author_name"]
            and kind_of.get(id(t)) is not None and count[kind_of.get(id(t))] >= least}


def _items_of_a_dated_list(found: list[dict[str, Any]], items: dict[int, Any]) -> set[int]:
    """Undated items of one list (<ul>/<ol>) whose other items are dated, three or more and most of them: the
    list's posts that print no date ("14.6.2021 -- <a>…</a>" beside "<a>…</a>" alone, Hugo SAM's list)."""
    by_list: dict[Any, list[dict[str, Any]]] = {}
    for k, t in enumerate(found):
        if (el := items.get(k)) is not None and el.tag == "li" and (parent := el.getparent()) is not None:
            by_list.setdefault(parent, []).append(t)
    kept: set[int] = set()
    for members in by_list.values():
        dated = sum(bool(t["published_raw"]) for t in members)
        if dated >= 3 and 2 * dated > len(members):
            kept.update(id(t) for t in members)
    return kept


def _alike_dated(found: list[dict[str, Any]], items: dict[int, Any], hook_items: set | frozenset = frozenset()) -> set[int]:
    """Teasers titled by a heading in the same card template as the dated ones: the same tag
    carrying every class the dated cards share (Ghost's ``gh-card post`` in a topic strip
    without dates, Flatsome's ``col post-item`` with a year-less badge). A widget's items
    are other markup, or print full dates (then the bare-widget rule judges them)."""
    by_teaser = {id(t): items.get(k) for k, t in enumerate(found)}
    dated = [el for t in found if t["published_raw"] and (el := by_teaser[id(t)]) is not None]
    if not dated:  # a list printing no dates: three or more headline cards with excerpts set its template
        dated = [el for t in found if t["excerpt"] and t.get("_headline") and (el := by_teaser[id(t)]) is not None]
        dated = dated if len(dated) >= 3 else []
    if not dated:  # nor excerpts: three or more headline cards, each a post's own <article> (or the theme's
        # item) side by side, are the list's template (Ghost London's photo grid prints titles only)
        posts = [el for t in found if t.get("_headline") and (el := by_teaser[id(t)]) is not None
                 and (el.tag == "article" or el in hook_items)]
        dated = posts if len(posts) >= 3 and len({_kind(el) for el in posts}) == 1 else []
    cores: dict[str, set[str]] = {}
    for el in dated:
        classes = set((el.get("class") or "").split())
        cores[el.tag] = cores[el.tag] & classes if el.tag in cores else classes
    return {id(t) for t in found if t.get("_headline") and (el := by_teaser[id(t)]) is not None
            and cores.get(el.tag) and cores[el.tag] <= set((el.get("class") or "").split())}


def _without_bare_widgets(found: list[dict[str, Any]], kind_of: dict[int, Any], alike: set[int] = frozenset(),
                          widgetish: set[int] = frozenset(),  # type: ignore[assignment]
                          widget_headed: set[int] = frozenset(),  # type: ignore[assignment]
                          continuing: set[int] = frozenset()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    """When the list's posts show excerpts, a group elsewhere on the page with none
    ("Senaste inläggen" as titles and dates) is a widget, not the list."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for t in found:
        groups.setdefault(kind_of.get(id(t)), []).append(t)
    if not any(k is not None and len(g) >= 2 and sum(bool(t["excerpt"]) for t in g) * 2 >= len(g)
               and any(t["published"] or t["published_raw"] for t in g) for k, g in groups.items()):
        return found  # (one featured card with an excerpt is not a list: Kirby's home page)
    # a group whose posts name their authors is richer than a widget ("Utvalt" cards: title, date, author),
    # unless a widget's heading stands over it after the list ("Senaste inläggen" in DNN's side column:
    # "date | author" lines; Newspack's "Senaste nytt" section above its excerpted cards is the page's);
    # one card under a heading of its own before the list is its featured post (Concrete's), not a widget
    first_rich = next((i for i, t in enumerate(found) if t["excerpt"]), len(found))
    last_rich = max((i for i, t in enumerate(found) if t["excerpt"]), default=-1)
    after = {id(t) for t in found[last_rich + 1:]}
    signed = {k for k, g in groups.items() if any(x["author_name"] for x in g)
              and not all(id(x) in widget_headed and id(x) in after for x in g)}
    return [t for i, t in enumerate(found) if id(t) in alike and not (t["published_raw"] and not t.get("_day_month"))
            and not (id(t) in widgetish and not t["published_raw"] and not t["excerpt"])  # (titles alone under "Mest
            # läst", their cards classed as the list's: SeedProd's posts block)
            or any(x["excerpt"] for x in groups[kind_of.get(id(t))]) or kind_of.get(id(t)) in signed
            or i < first_rich and len(groups[kind_of.get(id(t))]) == 1 and t.get("_headline")
            or _own_module(groups, kind_of.get(id(t)), widgetish) or id(t) in continuing]


def _without_headed_widget_after(found: list[dict[str, Any]], widget_headed: set[int],
                                 aside: set[int]) -> list[dict[str, Any]]:
    """Bare headlines under a widget's heading ("Senaste nytt": times and titles) after a list of three or more
    excerpted posts are the widget, also when the list dates none of its posts (a paper's section front); or
    after three or more posts of any kind, the widget in the page's side column (``<aside>``: "Mest läst")."""
    own = [i for i, t in enumerate(found) if id(t) not in widget_headed]
    if len(own) < 3:
        return found
    rich = sum(bool(found[i]["excerpt"]) for i in own) >= 3
    return [t for i, t in enumerate(found) if not (id(t) in widget_headed and i > own[-1] and not t["excerpt"]
                                                   and not t["author_name"] and (rich or id(t) in aside))]


def _without_repeating_boxes(found: list[dict[str, Any]], kind_of: dict[int, Any]) -> list[dict[str, Any]]:
    """A box of bare links after the excerpted list that repeats two or more of its posts is a box of
    every post ("Tidigare inlägg": the list's posts and older ones, titles and dates, Nanoc's page
    footer), not more of the list: its posts the list does not show are left out too."""
    last_rich = max((i for i, t in enumerate(found) if t["excerpt"]), default=-1)
    if last_rich < 0:
        return found
    listed = {t["article_url"] for t in found[: last_rich + 1] if t["excerpt"]}
    groups: dict[Any, list[dict[str, Any]]] = {}
    for t in found[last_rich + 1:]:
        groups.setdefault(kind_of.get(id(t)), []).append(t)
    boxes = {k for k, g in groups.items() if k is not None and not any(t["excerpt"] for t in g)
             and sum(t["article_url"] in listed for t in g) >= 2 and len(g) > sum(t["article_url"] in listed for t in g)
             and not any(kind_of.get(id(t)) == k for t in found[: last_rich + 1])}
    return [t for i, t in enumerate(found) if i <= last_rich or kind_of.get(id(t)) not in boxes] if boxes else found


def _more_items(found: list[dict[str, Any]], segs: list[list[Line]], lines: list[Line], profile: Profile) -> set[int]:
    """Bare title links under a "Fler artiklar …" heading, or in the box Joomla's class names for them, after
    excerpted posts, outside any sidebar: the rest of the list (Joomla's category blog prints its older items so)."""
    first = next((k for k, t in enumerate(found) if t["excerpt"] and segs[k]), None)
    if first is None:
        return set()
    return {id(t) for t, seg in zip(found[first + 1:], segs[first + 1:]) if seg and not t["excerpt"]
            and "aside" not in seg[0].flags
            and (_under_promo_heading(lines, seg[0], profile, 12, ("more_items_headings",))
                 or seg[0].el is not None and any(_MORE_ITEMS_BOX.search(box.get("class") or "")
                                                  for box in islice(seg[0].el.iterancestors(), 4)))}


# Joomla's box of the category blog's older items, titles only: "<div class=items-more><ol
# class=com-content-blog__links>" (Joomla 4), "items-more" (Joomla 3)
_MORE_ITEMS_BOX = re.compile(r"(?:^|\s)(?:items-more|com-content-blog__links)(?:\s|$)")


def _list_goes_on(found: list[dict[str, Any]], all_found: list[dict[str, Any]], segs: list[list[Line]],
                  lines: list[Line], anchors: list[int], items: dict[int, Any]) -> set[int]:
    """Bare dated links after excerpted cards, inside the cards' own container and under no heading
    of their own: the list goes on in a compact form (Squiz's "Aktuellt": two promos, then four
    dated titles in the same grid), no widget."""
    rich = [k for k, t in enumerate(all_found) if t["excerpt"] and items.get(k) is not None and segs[k]]
    if not rich:
        return set()
    kept = {id(t) for t in found}
    containers = {items[k].getparent() for k in rich}
    titles = {lines[a].index for a in anchors}
    headings = [ln.index for ln in lines if ln.heading and ln.index not in titles]
    starts = [segs[k][0].index for k in rich]
    goes_on = set()
    for k, t in enumerate(all_found):
        item, seg = items.get(k), segs[k]
        if id(t) not in kept or t["excerpt"] or not t["published"] or item is None or not seg:
            continue
        if any(a in containers for a in item.iterancestors()) and any(
                r < seg[0].index and not any(r < h < seg[0].index for h in headings) for r in starts):
            goes_on.add(id(t))
    return goes_on


def _without_side_column_cards(found: list[dict[str, Any]], kind_of: dict[int, Any],
                               aside: set[int]) -> list[dict[str, Any]]:
    """Cards in the page's side column (``<aside>``) after the list, of a kind the list never uses, when it has
    three or more cards of its own: the column's box of other posts ("Ledare och kolumner", Kyrkpressen's
    ``div.opinion-item`` beside its ``div.newsitem``), however full its cards; not a featured post in an
    ``<aside>`` over the list (Pelican's ``aside#featured``)."""
    main = [i for i, t in enumerate(found) if id(t) not in aside]
    kinds = {kind_of.get(id(found[i])) for i in main}
    if len(main) < 3 or len(main) == len(found):
        return found
    return [t for i, t in enumerate(found) if id(t) not in aside or i < main[-1] or kind_of.get(id(t)) in kinds]


def _without_lone_buttons(found: list[dict[str, Any]], kind_of: dict[int, Any],
                          more: set[int] = frozenset()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    """Beside a list of two or more cards titled by headings, a lone block whose link is a
    button or a "Läs mer" under a plain heading ("Ny hyresgäst?", "Anmäl dig": Payload's content
    blocks) is a box of the page, not a post."""
    size = Counter(kind_of.get(id(t)) for t in found)
    headed = {k for k, n in size.items() if k is not None and n >= 2
              and all(t.get("_headline") for t in found if kind_of.get(id(t)) == k)}  # lists of headline cards
    if not headed:
        return found
    return [t for t in found if t.get("_headline") and not t.get("_via_more") or t["published_raw"]
            or t["published"] or t["author_name"] or kind_of.get(id(t)) in headed or id(t) in more]


def _own_module(groups: dict[Any, list[dict[str, Any]]], kind: Any, widgetish: set[int]) -> bool:
    """A group of headline cards (not list items) that repeats none of the page's other posts:
    a home page's module of its own (MH Magazine's stacked posts, Publisher's blocks). A widget
    lists posts the page shows elsewhere, is a list of links, sits in an <aside> or under a
    widget's heading ("Senaste inläggen", "Mest läst")."""
    if kind is None or kind[0] == "li" or len(groups[kind]) < 2 \
            or not all(t.get("_headline") and id(t) not in widgetish for t in groups[kind]):
        return False
    elsewhere = {t["article_url"] for k, g in groups.items() if k != kind for t in g}
    return not any(t["article_url"] in elsewhere for t in groups[kind])
