"""Authors by meaning: what the markup says is a byline, whatever the theme.

Semantic markup first — ``itemprop=author``, ``rel=author``, hCard ``fn``,
links to ``/author/<slug>/`` — then elements whose class or id says
author/byline/writer/skribent/författare, then ``<meta>`` author fields. Every
candidate is split into names ("Anna Ek och Bo Berg", "By Anna Ek") and each
name must look like a person's: navigation, categories and calls to action
("Läs mer", "Ad Choices", "Nyhetsbrev") are refused, and a job title is a
role, never a second author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from typing import Any
from weakref import WeakKeyDictionary

from .dom import BLOCK_TAGS, NAME_FIELD, NAME_FIELD_CLASS, TERMS_CLASS, role_field, split_url, title_after_name_field
from .profile import Profile
from .shape import (COMPOUND_TAIL, WEEKDAY_TAIL, ends_in_role_word, has_byline_prefix, is_chrome, is_name, is_role,
                    news_agencies, passive_before_by, split_credit, split_name_role, strip_byline_prefix)
from .structured import Element, shown_text, text_content
from .text import CJK, clean_text, folded

Author = dict[str, str | None]

# Elements whose class or id names the byline, in any theme and in Swedish.
_BYLINE_CLASS = re.compile(r"(^|[\s_-])(authors?|byline|writer|skribent|forfattare|författare|"
                           r"post-?author|entry-?author|td-post-author-name|meta-author|posted-by|created-?by|submitted)"
                           r"([\s_-]|$|name)", re.I)
# Classes of byline-ish elements that hold something else: avatars, bio text, links to all posts.
# A shop's or a publisher's card of a book or product ("book-teaser", "ProductInline"): its writer wrote the book
_PRODUCT_BOX = re.compile(r"(?:^|\s)(?:[Bb]ook|[Pp]roduct|[Pp]rodukt)(?:[A-Z_-]|s?(?=\s|$))")
_NOT_BYLINE_CLASS = re.compile(r"avatar|desc(?:ription)?\b|bio\b|meta-prep|quote-?block|pull-?quote|"
                               r"(?:^|[\s_-])quote[_-]{1,2}|citat(?!ion)|testimonial|"
                               r"author-?box__?text|about|posts-?link|byline[_-]{1,2}title|"
                               r"author-?info__?desc|gravatar|social|share|comment|(?:author|byline)[_-]+(?:date|time)\b"
                               r"|(?:authors?|byline)[_-]+(?:role|position|befattning)\b|authors?__title\b"
                               r"|(?:image|img|photo|foto|bild|picture|media)[_-]{1,2}byline",
                               re.I)  # a commenter's name; the date beside the name (Hugo Winston's "author-date");
# (a picture's byline, "p.image-byline": its photographer, Elmia's)
# (a quote's speaker under it, "quote-block__byline", "quote__author", "c-quote__author": the person quoted, no
# author of the post; ABC News' "ShareByline": the byline, its date and the share buttons in one box; AP's
# "field-byline-title" under the names: their desk, "Associated Press")
# An author's archive or profile: /author/anna-ek/, Wix's /profile/anna-ek/profile
# ... or a handle's page: Hashnode's and Medium's /@sofialindgren
AUTHOR_PATH = re.compile(r"/(author|authors|forfattare|skribent|skribenter|writer|profil|profile)/[^/?#]+"
                         r"(?:/(?:profile|posts|about))?/?$|(?:^|//(?!(?:www\.)?(?:tiktok|youtube|threads)\.)[^/?#]+)"
                         r"/@[\w.-]+(?:/posts)?/?$", re.I)
# ("/@elin-sjoberg/posts": velog's profile card; not a channel's handle on a video site, "tiktok.com/@fritidsgardarna"
# in the side column's "Följ oss")
_SPLIT = re.compile(r"\s*(?:,\s*|\s+och\s+|\s+and\s+|\s+und\s+|\s+et\s+|\s*&\s*|\s*;\s*|\s*\|\s*|\s+/\s+)\s*",
                    re.I)
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_WORD_AFTER_BAR = re.compile(r"\s*\|\s*[^\W\d_][\w-]*\s*(?:[|,].*)?$")  # one word after a bar ends the names: the
# post's category beside its byline ("av Sofia Lind | Brandlarm", Divi's meta line), no second author
# A separator, then the date's label, after the names: the date's field of a meta line
_LABEL_TAIL = re.compile(r"(?i)\s*[·|•–—]\s*(?:publicerad|publicerat|published|posted|uppdaterad|updated)\b.*$")
# Where a date begins in a byline: a digit, or a month name followed by one.
# " at" closing a byline before its time ("By Maria Söderlund at <time>", deno_blog)
_AT_TAIL = re.compile(r"\s+at$")
# " in Malmö", " i Örebro" closing a byline: the writer's town, one capitalised word
_PLACE_TAIL = re.compile(r"\s+(?:in|i)\s+[A-ZÅÄÖ][a-zåäöé]+$")
_DATE_TAIL = re.compile(r"(?i)\s+(?=\d)|\s+(?=(?:jan|feb|mar|apr|may|maj|jun|jul|aug|sep|oct|okt|nov|dec)"
                        r"[a-zé]*\.?\s+\d)|\s+(?:on\s+|den\s+)?(?=(?:monday|tuesday|wednesday|thursday|friday|saturday"
                        r"|sunday|(?:mån|tis|ons|tors|fre|lör|sön)dag),?\s)|\s+on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun),\s)")
# (also at the weekday before it, or its short form after "on": "… on Tue, Mar 5, 2024", Hugo Puppet;
# "Johan Ek och Mira Saleh on Thursday, October 5, 2023", CleanWhite)
_PICTURES = re.compile(r"(?i)(?:\s*(?:,|\band\b|\boch\b|&))?\s*[^,()&]*\((?:[^)]*\b)?(?:foto|photo|bild|illustr)[^)]*\)")
_INITIAL = re.compile(r"^[A-ZÅÄÖÉÜ]\.$")
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?$")


def name_stoplist(profile: Profile) -> re.Pattern[str]:
    return profile.derived("not_name_words", lambda: re.compile(
        rf"(?i)(^|\s)({profile.alternation('words', 'not_name_words')})(\s|$)"))


def role_words(profile: Profile) -> re.Pattern[str]:
    return profile.derived("role_words", lambda: re.compile(
        rf"(?i)\b({profile.alternation('words', 'role_words')})"))


_DOTTED_ACRONYM = re.compile(r"(?:[A-ZÅÄÖ]\.){2,}")  # "I.O.O.F.", "K.F.U.M."


def strip_prefix(text: str, profile: Profile) -> str:
    """"Av Anna Ek", "By Anna Ek", "Text: Anna Ek" -> "Anna Ek" (the profile's byline prefixes)."""
    return strip_byline_prefix(text, profile).strip(" \t\n-–—:|,")


_CJK_NAME = re.compile(rf"^[{CJK}]{{1,6}}(?:[ ・·　][{CJK}]{{1,6}})?$")
_CJK_DIGITS = re.compile(rf"(?<=[{CJK}])\s*\d")


_ACRONYM_UNIT = re.compile(r"[A-ZÅÄÖ]{2,6}:s\s+[a-zåäöéüæø]{4,30}")


@lru_cache(maxsize=4096)  # the same bylines recur on every page of a site
def plausible_name(text: str, profile: Profile, *, single_word: bool = False) -> bool:
    """A person's (or a named desk's) name: capitalised words, no digits, no chrome, no job title;
    in Chinese, Japanese or Korean script, two to a dozen characters ("松村太郎", "谢若含")."""
    text = text.strip()
    if _CJK_NAME.match(text):
        return len(text.replace(" ", "")) >= 2 and not name_stoplist(profile).search(text)  # ("编辑 更多": edit, more)
    if _ACRONYM_UNIT.fullmatch(text) and is_desk(text, profile):
        return True  # "SMFF:s säkerhetskommitté": an organisation's unit after its acronym in the genitive
    if not text or len(text) > 60 or re.search(r"[\d@/:?!=<>#]|https?", text):
        return False
    if text in news_agencies(profile):
        return True  # "TT", "AFP": an agency's byline, though in capitals and short
    words = text.split()
    if len(words) > 6 or (len(words) < 2 and not single_word):
        return False
    if len(words) == 1 and (len(text) < 3 or text.isupper() or (tail := COMPOUND_TAIL.search(text))
                            and not desk_words(profile).fullmatch(tail[0][1:])):
        return False  # "MS", "RD": credentials after a name, not a second author; "VVS-konsult": a compound's
        # lower-case tail, a title (but "Rötter-redaktionen": a magazine's desk)
    if len(words) == 1 and text.casefold() in profile.derived(
            "byline_labels", lambda: {w.casefold() for w in profile.get("words", "byline_prefixes")}):
        return False  # "Författare" printed under the name (Municipio's author block): the field's label
    if name_stoplist(profile).search(text) or role_words(profile).search(text) \
            or len(words) == 1 and ends_in_role_word(text, profile):  # ("Karin Sjöström | Energistrateg", Zoho)
        return False
    particles = profile.derived("name_particles", lambda: set(profile.get("words", "name_particles")))
    if words[0] in particles or words[-1] in particles:
        return False  # "Publicerat den", "Inlägg av": a label, not a name
    if passive_before_by(words):
        return False  # "Finansieras av Åsbyhem": who pays for it, no name
    for word in words:
        if word in particles or _INITIAL.match(word):
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
    return True


def only_names(text: str, names: list[str]) -> bool:
    """A text that is the names and what joins them, nothing else ("Sara Lindholm och Mehmet Aydin")."""
    rest = text
    for name in names:
        rest = rest.replace(name, " ")
    return not _SPLIT.sub(" ", f" {rest} ").strip()


def separated_names(text: str, profile: Profile) -> list[str]:
    """The names of a meta field set off by its separator ("· Anna Berg" after the date's field, Pelican
    Papyrus), when the field is only names, or the desk."""
    if len(text) > 60 or (m := _SEPARATED_FIELD.match(text)) is None:
        return []
    names = names_in(m[1], profile)
    if names and only_names(m[1], names):
        return names
    return [m[1].strip()] if is_desk(m[1].strip(), profile) else []  # ("· Redaktionen")


_SEPARATED_FIELD = re.compile(r"^[·•|]\s*(.+)$")


def names_in(text: str | None, profile: Profile, *, single_word: bool = False) -> list[str]:
    """The names a byline text holds: "Av Anna Ek och Bo Berg, Norrbyhem" -> ["Anna Ek", "Bo Berg"].

    A part that is not a name ends the list (it is a role, a date or chrome).
    """
    return list(_names_in(text, profile, single_word))


_COMPOUND_HALF = re.compile(r"^[^\W\d_]+-\s+(?:och|eller|and|&)\s+\w")  # (opening the text: not a role's
# "budget- och skuldrådgivare" after a name)


@lru_cache(maxsize=2048)  # a site prints the same bylines and meta lines on many pages
def _names_in(text: str | None, profile: Profile, single_word: bool) -> tuple[str, ...]:
    text = clean_text(text or "")
    if text.startswith("@") and (rest := text[1:].lstrip())[:1].isupper() \
            and (" " in rest or desk_words(profile).fullmatch(rest)):
        text = rest  # "@Karin Lund", "@ Linnea Åberg": the author's link printed as a handle (Hugo's Anubis and
        # Dream; not "@KateFazzini")
    if not text or len(text) > 160 or text.startswith("/"):
        return ()  # ("/TT" in an element after the name's: the agency the reporter signs with, no name)
    text = _PICTURES.sub(" ", strip_prefix(text, profile))  # "and Bo Berg (photography)": not a writer
    text = _PARENS.sub(" ", text).strip()
    text = _DATE_TAIL.split(text, 1)[0].strip(" ,|·-–—/")  # "Nathan Willis March 25, 2015"
    text = _AT_TAIL.sub("", text)  # "By Maria Söderlund och Johan Pettersson at <time>" (deno_blog's byline)
    text = _LABEL_TAIL.sub("", text)  # "Av Anna Berg och Erik Lund · Publicerad den <date>" (a Docus byline line)
    text = _CJK_DIGITS.split(text, 1)[0]  # "谢若含2017-03-01 14:27:02"
    if (place := _PLACE_TAIL.search(text)) and " " in (head := text[:place.start()]) and not is_desk(head, profile):
        text = head  # "Hanna Persson in Malmö": where she writes from (VuePress's blog theme); not a company's
        # name, "Hyresbostäder i Norrfors"
    if text.endswith(".") and len(text.split()[-1]) > 2 and not _DOTTED_ACRONYM.fullmatch(text.split()[-1]):
        text = text[:-1]  # the sentence's full stop ("Text: Anna Ek."), not an initial ("Anna E.") nor an acronym's
        # last ("Svenska Storlogen I.O.O.F.")
    if _COMPOUND_HALF.search(text):
        return ()  # "Energi- och klimatrådgivningen": one unit's name, its first half written short
    parts = [p.strip() for p in _SPLIT.split(_WORD_AFTER_BAR.sub("", text)) if p and p.strip()]
    names: list[str] = []
    for part in parts:
        part = strip_prefix(part, profile)
        if plausible_name(part, profile, single_word=single_word or len(parts) > 1 and bool(names)):
            names.append(" ".join(part.split()))
        else:
            break
    return tuple(names)


_BYLINES: WeakKeyDictionary[Any, tuple[list[Element], set[Element], dict[Element, list[str]]]] = WeakKeyDictionary()


def named_bylines(index: Any, profile: Profile, within: Iterable[Element] | None = None,
                  skip: set[Element] | None = None, naming: str | None = None) -> list[tuple[Element, list[str]]]:
    """The elements the markup marks as naming an author (inside ``within``, outside ``skip``)
    with the names each holds, in document order; ``naming``: only those whose text holds
    that name. The elements and their names are worked out once per page: the byline and
    the role lookups share them."""
    elements, _, names_of = _bylines_of(index)
    keep = set(within) if within is not None else None
    found = []
    for el in elements:
        if keep is not None and el not in keep or naming and naming not in text_content(el) \
                or skip and (el in skip or any(a in skip for a in el.iterancestors())):
            continue
        if el not in names_of:
            names_of[el] = _element_names(el, profile)
        if names_of[el]:
            found.append((el, names_of[el]))
    return found


def byline_names(index: Any, el: Element, profile: Profile) -> list[str]:
    """The names a byline element holds (none for an element the markup does not mark as a
    byline), worked out once per page as ``named_bylines`` does."""
    _, members, names_of = _bylines_of(index)
    if el not in members:
        return []
    if el not in names_of:
        names_of[el] = _element_names(el, profile)
    return names_of[el]


def byline_elements(index: Any) -> list[Element]:
    """The page's byline elements in document order (worked out once per page)."""
    return _bylines_of(index)[0]


def _bylines_of(index: Any) -> tuple[list[Element], set[Element], dict[Element, list[str]]]:
    """The page's byline elements in document order, as a set, and the names found so far."""
    if index not in _BYLINES:
        elements = _byline_elements(index)
        _BYLINES[index] = (elements, set(elements), {})
    return _BYLINES[index]


_POSTAL_CODE = re.compile(r"(?<!\d)\d{3} ?\d{2}\s*[A-ZÅÄÖ][a-zåäö]+")  # a Swedish postal code and town ("161 89 Stockholm")


def _byline_elements(index: Any) -> list[Element]:
    """Elements the markup marks as naming an author, in document order (from the tree index)."""
    found: set[Element] = set()
    found.update(el for el in index.by_attribute.get("itemprop", ())
                 if "author" in (el.get("itemprop") or "").split())
    found.update(el for el in index.by_tag.get("a", ())
                 if "author" in (el.get("rel") or "").lower().split()
                 or AUTHOR_PATH.search(el.get("href") or ""))
    found.update(el for el in index.by_class.get("fn", ()) if _has_vcard_ancestor(el) and not in_contact_card(el))
    found.update(el for el in index.by_tag.get("address", ())  # the contact of an <article>'s author, as HTML
                 if any(a.tag == "article" for a in el.iterancestors())  # means it (Facebook Instant Articles)
                 and not _POSTAL_CODE.search(text_content(el)))  # (not the company's postal address in its standing
    # paragraph under a release: "AB Trav och Galopp, ATG<br>Hästsportens Hus<br>161 89 Stockholm", ATG's)
    found.update(a for a in index.by_tag.get("a", ()) if _avatar_link(a))
    found.update(a for img in index.by_tag.get("img", ()) if (a := _name_beside_portrait(img)) is not None)
    for name, elements in index.by_class.items():
        if _says_byline(name):
            found.update(el for el in elements
                         if not _NOT_BYLINE_CLASS.search(el.get("class") or "") and el.tag not in _NOT_BYLINE_TAGS)
    for attribute in _TEST_HOOKS:  # a test hook naming the byline (Mirror's ``data-testid="entry-byline"``)
        found.update(el for el in index.by_attribute.get(attribute, ())
                     if _says_byline(el.get(attribute) or "") and el.tag not in _NOT_BYLINE_TAGS)
    found.update(el for el in index.by_attribute.get("id", ())
                 if _BYLINE_CLASS.search(el.get("id") or "") and el.tag not in _NOT_BYLINE_TAGS
                 and not _NOT_BYLINE_CLASS.search(el.get("id") or ""))  # (cnblogs's "a_comment_author_385042")
    # an author icon with no text of its own marks the element after it (Hugo Mainroad's
    # <svg class="icon-author"> then <span>Redaktionen</span>; Font Awesome's <i class="fa-user">;
    # AstroWind's <svg data-icon="tabler:user">)
    found.update(el for tag in ("svg", "i", "span") for el in index.by_tag.get(tag, ())
                 if (tag == "svg" or el.get("class") or el.get("data-icon") or len(el))  # (else nameless)
                 and (tag != "span" or not len(el) and not (el.text or "").strip())
                 and _USER_ICON.search(_icon_name(el)))
    for el in [el for el in found if (el.tag in ("svg", "i") or el.tag == "span" and not len(el)
                                      and _USER_ICON.search(_icon_name(el)))  # (an empty span is an icon only by its
               and not "".join(el.itertext()).strip()]:  # name; one holding the author's picture is none)
        found.discard(el)
        if (el.tail or "").strip(" \xa0|·,") and (parent := el.getparent()) is not None \
                and 0 < len(shown_text(parent)) <= 120 and not _menu_link(parent):
            found.add(parent)  # the name is the icon's tail, in the meta line's box ("<i class="fas fa-user">
            # </i>&nbsp;Lina Berg", Beautiful Hugo's)
        elif (after := el.getnext()) is not None and isinstance(after.tag, str) \
                and 0 < len(text_content(after).strip()) <= 120:
            found.add(after)
    comments = comment_boxes(index)
    if comments:
        found = {el for el in found if not in_comment(el, comments)}
    # a picture's caption names its photographer, never the post's author ("Foto: <a href="/author/
    # oskar/">Oskar Nyberg</a>", Ghost Alto)
    found = {el for el in found if not any(a.tag == "figcaption" for a in el.iterancestors())
             and not _HIDDEN_CLASS.search(el.get("class") or "")  # (a theme's hidden h-card for machines,
             and not any(_PRODUCT_BOX.search(box.get("class") or "") for box in (el, *islice(el.iterancestors(), 4)))}
    # (nor a book's writer in the shop's or the publisher's card of it: "<p class=book-teaser__author>", Bokus'
    # "ProductInline" with its "Item__authors"; the post is not theirs)
    if not found:  # "post-hidden-author", names the site: Hugo's Anubis)
        return []
    order = index.position
    return sorted(found, key=lambda el: order.get(el, 0))


def sentence_case_body(text: str) -> bool:
    """A body's name in sentence case: two to five words, the first capitalised, the rest lower case ("Musikverkets
    konstnärliga råd", "Frisk i naturen"), no digits or marks: no person's name."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and words[0].isalpha() \
        and all(w.islower() and w.isalpha() for w in words[1:])


def bylines_in(index: Any, skip: set[Element] | None = None) -> list[Element]:
    """The elements the markup marks as bylines, outside ``skip``, in document order."""
    return [el for el in _bylines_of(index)[0]
            if not (skip and (el in skip or any(a in skip for a in el.iterancestors())))]


def desk_bylines(index: Any, profile: Profile, skip: set[Element] | None = None) -> list[str]:
    """Desks the byline markup names on its own (Gatsby's ``<span class="…--author--…">Redaktionen
    </span>`` before the date), outside ``skip``: a desk signs only when nobody else does."""
    found: list[str] = []
    marked = bylines_in(index, skip)
    inner = {a for el in marked for a in el.iterancestors()} & set(marked)  # (a byline box around the desk's own
    # element reads the avatar's initials with it: "TK Tallink Silja Kommunikation", Liferay's metadata-author)
    for el in marked:
        if el in inner:
            continue
        shown = clean_text(_without_initials(el))
        text = strip_byline_prefix(shown, profile)  # ("Text: Tele2 Redaktionen")
        if 0 < len(text) <= 60 and text[:1].isupper() and is_desk(text, profile) and text not in found \
                and not text.endswith(":") and not _LONE_NUMBER.search(text):  # (the box of name and date: its
            found.append(text)  # name's own element comes next, Drupal's "submitted" box around the uid field; not
            # the byline's label, "Text:", in its own span; a company's digit, "Tele2 Redaktionen", is a name's)
        elif text != shown and ACCOUNT_HANDLE.fullmatch(text) and text not in found:
            found.append(text)  # "Postat av graffitiverkstan": the account's handle after the byline's label (Tumblr)
    return found


def _without_initials(el: Element) -> str:
    """The element's text less the initials an avatar in it prints for screen readers to skip (``<span
    aria-hidden=true>R</span><span>Redaktionen</span>``, a Next.js blog's avatar): the name alone."""
    text = text_content(el)
    for mark in el.iterdescendants():
        if isinstance(mark.tag, str) and mark.get("aria-hidden") == "true" \
                and len(initials := text_content(mark).strip()) <= 3 and initials.isupper() \
                and text.lstrip().startswith(initials):
            return text.lstrip()[len(initials):]
    return text


ACCOUNT_HANDLE = re.compile(r"[a-zåäö][a-zåäö0-9_.-]{2,29}")  # a user name: one lower-case word ("webbredaktör")
_LONE_NUMBER = re.compile(r"(?<![^\W\d_])\d")  # a digit not glued to a word's letters ("2024", not "Tele2")


def _name_beside_portrait(img: Element, levels: int = 3) -> Element | None:
    """The link printing the name an author's picture shows (Mediumish: ``<img class="author-thumb"
    alt="Karin Lindqvist">`` in one column, the link "Karin Lindqvist" in the next)."""
    alt, classes = img.get("alt"), img.get("class") or ""
    if not alt or len(alt) > 60 or not (_BYLINE_CLASS.search(classes) or "avatar" in classes.lower()) \
            or in_contact_card(img):
        return None  # (a press contact's portrait and name, Mynewsdesk's ``li.contact-card``: whom to call)
    alt, box = clean_text(alt), img
    for _ in range(levels):
        box = box.getparent()
        if box is None:
            return None
        if (link := next((a for a in box.iter("a") if clean_text(text_content(a)) == alt), None)) is not None:
            return link
    return None


def _avatar_link(a: Element) -> bool:
    """A link showing a person's picture and name, its title and the picture's alt the same name
    (Hextra's byline: ``<a title="Elin Sjöberg"><img alt="Elin Sjöberg"><div>Elin Sjöberg</div></a>``)."""
    title = a.get("title")
    if not title or len(title) > 60:
        return False
    img = next(a.iter("img"), None)
    return img is not None and clean_text(img.get("alt") or "") == clean_text(title) == clean_text(text_content(a))


def comment_boxes(index: Any) -> set[Element]:
    """The page's readers' comments (schema.org ``Comment``, ``itemprop=comment``, a box of
    class ``comment``/``comments``/``comment-body``, a webmention's ``h-cite``), found once per
    page from the tree index."""
    if index not in _COMMENTS:
        _COMMENTS[index] = {
            *(el for el in index.by_attribute.get("itemprop", ()) if "comment" in el.get("itemprop").lower().split()),
            *(el for el in index.by_attribute.get("itemtype", ())
              if el.get("itemtype").rstrip("/").endswith("/Comment")),
            *(el for name in _COMMENT_CLASSES for el in index.by_class.get(name, ())),
            *(el for name, els in index.by_class.items() if _COMMENT_ENTRY.search(name) for el in els)}
    return _COMMENTS[index]


def in_comment(el: Element, comments: set[Element]) -> bool:
    """Inside one of the ``comments``: its author is a commenter, its date the comment's."""
    return bool(comments) and any(a in comments for a in el.iterancestors())


_COMMENTS: WeakKeyDictionary[Any, set[Element]] = WeakKeyDictionary()
_COMMENT_ENTRY = re.compile(r"(?i)(?:^|[-_])comments?[-_]?(?:entry|entries|list)$")  # a comment's own item or the
# list of them by its class's last words ("cc-m-comment-entry", Jimdo's; "comment-list", "commentlist")
_COMMENT_CLASSES = ("comment", "comments", "js-comment", "comment-body", "comment__content", "comment-content",
                    "comment_wrapper", "comment_body", "comment_head",  # (DokuWiki's discussion plugin)
                    "guestBook-entry",  # (concrete5's guestbook block, its pages' comments)
                    # webmentions (microformats: a cited entry, a like, a reply; Astro Cactus' list of them)
                    "h-cite", "p-like", "p-comment", "p-repost", "webmention", "webmentions")


_NOT_BYLINE_TAGS = {"html", "body", "article", "main", "section", "img"}


# Attributes a front end's tests find elements by, named like classes ("entry-byline", "author-name")
_TEST_HOOKS = ("data-testid", "data-test", "data-test-id", "data-qa", "data-cy")


@lru_cache(maxsize=4096)  # a theme's class names recur on every page
def _says_byline(class_name: str) -> bool:
    return (_BYLINE_CLASS.search(class_name) is not None or _BYLINE_HUMP.search(class_name) is not None) \
        and not _NOT_BYLINE_CLASS.search(class_name)


# The last word of a camel-case class ("authorByline_8ab1c2d3", SharePoint's CSS modules; "postAuthor"),
# not its first ("authorContainerWithWatchLive" holds more than the name)
_BYLINE_HUMP = re.compile(r"(?<=[a-z])(?:Author|Byline|Writer)(?:Name)?(?=[\s_-]|$)")


@lru_cache(maxsize=4096)
def is_byline_class(classes: str | None) -> bool:
    """A class attribute that says its element names an author (not an avatar or a bio)."""
    return bool(classes) and any(_says_byline(c) for c in classes.split())


def in_contact_card(el: Element) -> bool:
    """An element inside a box its class calls the page's contact ("<aside class='contact-us vcard'>", Malmö stad's
    "Kontakta oss"; "div.c-contact-card" under "Kontakt", Svenska kyrkan's): whom to call, not who wrote."""
    return any(_CONTACT_CARD.search(a.get("class") or "") for a in el.iterancestors())


_CONTACT_CARD = re.compile(r"(?i)(?:^|[\s_-])(?:contact|kontakt)(?:[\s_-]|$)")


def contact_boxes(index: Any) -> set[Element]:
    """The boxes the page's classes call its contacts (whom to call), found once per page from the tree index."""
    if index not in _CONTACTS:
        _CONTACTS[index] = {el for name, elements in index.by_class.items() if _CONTACT_CARD.search(name)
                            for el in elements}
    return _CONTACTS[index]


_CONTACTS: WeakKeyDictionary[Any, set[Element]] = WeakKeyDictionary()


def _has_vcard_ancestor(el: Element) -> bool:
    return any("vcard" in (a.get("class") or "").split() or "author" in (a.get("class") or "").split()
               for a in el.iterancestors())


_HIDDEN_CLASS = re.compile(r"(?:^|[\s_-])(?<!label-)hidden(?:[\s_-]|$)", re.I)  # (Drupal's "field--label-hidden"
# hides the field's label, not the field)


_INITIAL_AVATAR = re.compile(r"[A-ZÅÄÖ]{1,2}")  # a round avatar of a person's initials, printed as text


def block_lines(el: Element, names_only: bool = False) -> list[str]:
    """The element's text, one line per block child (a name <div> and a role <div> stay apart); a
    short block that says it prints a place is left out, and with ``names_only`` a span its class
    calls a role (the LA Times' "author-title" after the name: "Staff Writer" names no one)."""
    pieces: list[str] = []

    def visit(node: Element) -> None:
        role = node.tag in ("span", "small") and role_field(node)
        if names_only and (role or node is not el and any(_ROLE_CLASS.match(c) for c in (node.get("class") or "").split())):
            return  # (a field classed as the role names no one: SR's ``span.byline__title`` "Radio Norrby")
        block = node.tag in BLOCK_TAGS or node.tag == "br" or role
        if block:
            pieces.append("\n")
        if node.text and node.tag not in ("script", "style"):
            pieces.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _HIDDEN_CLASS.search(child.get("class") or "") \
                    and not (child.tag in BLOCK_TAGS and shows_a_place(child) and len(text_content(child)) <= 40):
                visit(child)  # (a copy hidden from sight: Labrador's "lab-hidden-byline-name"; the city by its
                # map-pin icon under the name, Fizzy's author box: where they are, not what they do)
            if child.tail:
                if _glued_line(child):
                    pieces.append("\n")
                pieces.append(child.tail)
        if block:
            pieces.append("\n")

    visit(el)
    return [line for line in (" ".join(p.split()) for p in "".join(pieces).split("\n")) if line]


def _glued_line(link: Element) -> bool:
    """A link whose words run into the text after it with no space ("<a>Leila Haddad</a>Gästskribent, …",
    an Instant Articles ``<address>``): two lines the reader sees apart, not one word."""
    return link.tag == "a" and (link.tail or "")[:1].isupper() and text_content(link)[-1:].isalpha()


# An icon's name for a person: "tabler:user", "#icon-user", "fa-user", "bi-person" (not "users", "user-plus")
_USER_ICON = re.compile(r"(?i)(?:^|[\s:#_-])(?:user|author|person|writer|account)"
                        r"(?:[\s_]|-(?:circle|alt|o|line|fill|outline)\b|$)")


def _icon_name(icon: Element) -> str:
    """What an icon says it shows: its class, ``data-icon``, and the symbol its ``<use>`` draws."""
    return " ".join([icon.get("class") or "", icon.get("data-icon") or "",
                     *(u.get("href") or u.get("{http://www.w3.org/1999/xlink}href") or u.get("xlink:href") or ""
                       for u in icon.iter("use"))])


PICTURE_OF = re.compile(r"(?i)^\s*(?:foto|bild|photo|picture|image|avatar|profilbild|porträtt)\b"
                         r"\s*(?:av|of|för|:)?\s*")


# A place, not a role: "about-card-location", "author-city", Font Awesome's "fa-map-marker-alt"
_PLACE = re.compile(r"(?i)(?:^|[\s_-])(?:location|city|ort|plats|hometown|map-marker|map-pin|fa-map)(?:[\s_-]|$)")


def shows_a_place(el: Element) -> bool:
    """An element that says it prints where someone is (Tranquilpeak's about card prints the
    author's city under the name): its id or class, or a map-pin icon inside it."""
    return _PLACE.search(f"{el.get('id') or ''} {el.get('class') or ''}") is not None \
        or any(_PLACE.search(_icon_name(icon)) for icon in el.iter("i", "svg", "span") if icon is not el)


def _menu_link(el: Element) -> bool:
    """A link in an item of a list of three or more links: a menu's ("<li><a><i class='icon icon-user'></i> Min
    Golf</a></li><li><a>…</i> Boka tid</a></li>…", Halmstad Golfklubb's quick links: the member login, no
    author)."""
    return el.tag == "a" and (item := el.getparent()) is not None and item.tag == "li" \
        and (menu := item.getparent()) is not None \
        and sum(1 for li in menu if li.tag == "li" and next(li.iter("a"), None) is not None) >= 3


def has_person_icon(el: Element) -> bool:
    """An icon for a person inside the element ("mdi-account-outline", "tabler:user")."""
    return any(_USER_ICON.search(_icon_name(icon)) for icon in el.iter("i", "svg", "span")
               if icon.tag == "svg" or icon.get("class") or icon.get("data-icon"))


def names_an_author(el: Element) -> bool:
    """Markup that says "this is the author" outright: one word ("Redaktionen") is then a name;
    so does an author icon right before it."""
    if "author" in (el.get("rel") or "").lower().split() \
            or AUTHOR_PATH.search((el.get("href") or "").split("?", 1)[0].split("#", 1)[0]):  # ("/@tim?source=…")
        return True
    icon = el.getprevious()
    return icon is not None and icon.tag in ("svg", "i", "span") and (
        is_byline_class(icon.get("class")) or has_person_icon(icon)) \
        and not "".join(icon.itertext()).strip() \
        and not any(is_byline_class(d.get("class")) for d in icon.iterdescendants() if isinstance(d.tag, str))
    # (or the <svg> inside the <i>: "icon-tabler-user", Hugo's Tailwind; not an empty byline field holding an empty
    # author field, "<span class=byline><span class='author vcard'></span></span> / <span class=cat-links>…")


def _microdata_names(text: str, profile: Profile) -> list[str]:
    """The names an author's ``itemprop=name`` holds; a desk's too ("Allmännyttans redaktion",
    Feeling Responsive's page meta), since the microdata says it is the author."""
    return names_in(text, profile, single_word=True) \
        or ([text] if len(text.split()) <= 4 and text[:1].isupper() and is_desk(text, profile) else [])


_META_PARTS = re.compile(r"\s[|·•—–]\s")  # (Garland: "tor, 2009-03-12 14:20 — Redaktionen")


def _name_fields(el: Element, profile: Profile) -> list[str]:
    """The names in the element's name fields, one to four, each field one name and nothing else: a field of one
    name, no label's box or two links in it (not Drupal's ``c-field--name-field-guest-name`` around its label, nor
    Nikola's ``p-name`` around both authors' links), nor the photographer's ("Foto: <span class=byline__name>…")."""
    fields = [d for d in el.iterdescendants() if isinstance(d.tag, str) and NAME_FIELD.search(d.get("class") or "")
              and not any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or c.tag == "a") for c in d)]
    if not 0 < len(fields) <= 4 or len(clean_text(text_content(el))) > 300:
        return []
    fields = [f for f in fields if split_credit(clean_text(text_content(f.getparent())), profile)[1] is None]
    names = [clean_text(text_content(f)) for f in fields]
    return list(dict.fromkeys(names)) if names and all(names_in(n, profile) == [n] for n in names) else []


def lower_case_brand(text: str, profile: Profile) -> str | None:
    """A body's name that opens with its brand in lower case, the rest a proper name ("naturum Fulufjället",
    "naturum Höga Kusten"): the name as printed, when it reads as one with its first letter raised."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not re.fullmatch(r"[a-zåäö]{4,}", words[0]) \
            or not all(w[:1].isupper() for w in words[1:]):
        return None
    raised = words[0].capitalize() + text[len(words[0]):]
    return text if plausible_name(raised, profile) or is_desk(raised, profile) else None


def _login(a: Element) -> list[str]:
    """The account's login printed as its name, linking its own page ("<a href=/author/emma/>emma</a>", a
    WordPress user with no display name set): the name, as printed."""
    text = clean_text(text_content(a))
    path = split_url(a.get("href") or "").path or ""
    return [text] if _LOGIN.fullmatch(text) and not _SITE_ACCOUNT.search(text) \
        and path.rstrip("/").rsplit("/", 1)[-1] == text and AUTHOR_PATH.search(path) else []


_LOGIN = re.compile(r"[a-zåäö][a-zåäö0-9._-]{2,30}")
_SITE_ACCOUNT = re.compile(r"admin|webmaster|^(?:root|user\d*|test\w*|editor|author|guest|wp\w*)$")  # ("admin",
# "jdadmin": the site's account, no writer)


def _element_names(el: Element, profile: Profile) -> list[str]:
    inner = [d for d in el.iter() if "name" in (d.get("itemprop") or "").split()]
    if inner:
        return [n for d in inner for n in _microdata_names(clean_text(d.get("content") or text_content(d)), profile)]
    single = names_an_author(el)
    if el.get("content"):
        return names_in(el.get("content"), profile, single_word=single)
    if single and el.tag == "a" and not text_content(el).strip():  # an author's avatar linking their page: its
        img = next(el.iter("img"), None)  # title or the picture's alt names them (Ghost's Dawn), not "Foto av …"
        label = el.get("title") or (PICTURE_OF.sub("", img.get("alt") or "") if img is not None else None)
        return [n for n in names_in(label, profile) if n == clean_text(label)]
    if len(text_content(el)) <= 600 and (fielded := _name_fields(el, profile)):
        return fielded  # the cards' name fields, each its title glued after it ("<span class=name>Maria Öhman</span>
        # <span class=title>utredare, …</span>", Tiden's)
    names: list[str] = []
    if not single and (links := [a for a in el.iter("a") if names_an_author(a)]):
        # a byline box linking its authors' pages names them by those links, whatever is printed beside
        # ("Karin Sjöberg reporter" / "Ali Demir": Escenic's author list, the role in a span of its own)
        for a in links:
            names += [n for n in names_in(text_content(a), profile, single_word=True) or _login(a) if n not in names]
        shown = clean_text(text_content(el))
        if names and len(shown) <= 120 and len(every := names_in(shown, profile)) > len(names) \
                and set(names) <= set(every) and only_names(shown, every):
            return every  # a guest without an author page printed beside the linked one ("<a>Anna Berg</a>, Erik
            # Lund": Newsphere's byline)
        if names:
            return names
    if el.tag in ("ul", "ol") and len(items := [c for c in el if c.tag == "li"]) >= 2 \
            and all(firsts := [_element_names(li, profile)[:1] for li in items]):
        return [n for first in firsts for n in first]  # a list of the writers' cards, a name and a title each
        # ("<ul data-testid=blog-post-authors><li>…Amir Haddad…Projektledare …</li><li>…Sofia Lind…</li>")
    if "author" in (el.get("itemprop") or "").split() and len(el) == 0:  # <span itemprop="author">Allmännyttans
        return _microdata_names(clean_text(text_content(el)), profile)  # redaktion</span> (Tilda's feed post)
    # an inline element is one line, its source's line breaks no breaks, unless blocks sit in it (a link holding
    # the name's <h1> and the motto's <div>: Hexo Solitude's author card)
    lines = block_lines(el, names_only=True) if el.tag in BLOCK_TAGS or any(c.tag in BLOCK_TAGS for c in el) \
        else [" ".join(block_lines(el, names_only=True))]
    for line in lines[:6]:  # after an explicit "Text:" or "Av", one word is a name ("Redaktionen")
        line = _GLUED_DATE_LABEL.sub(" ", line)  # (the byline's spans glued: "Text: Veidekke KommunikationUppdaterad
        # 02.12.2023"; not a brand's "LinkNaija", which is one name)
        found = names_in(line, profile, single_word=(single or has_byline_prefix(line, profile))
                         and len(line.split()) <= 6)  # (a bio's sentence names no one by its first word: Leonids)
        if not found and _META_PARTS.search(line):  # "Postat den 21 augusti 2023 | Lina Berg | Omar Haddad":
            found = [n for part in _META_PARTS.split(line)  # the meta line's parts that are names alone
                     if (named := names_in(part, profile)) and only_names(part, named) for n in named]
        if not found and names:
            break  # a role line, or the bio text: the names are over
        if names and all(is_desk(n, profile) for n in found) and not any(is_desk(n, profile) for n in names):
            break  # the people's desk on the line under their names ("Associated Press", AP's byline-title)
        names += found
    if not names and len(el) >= 2 and not any(c.tail for c in el):
        names = _glued_parts_names(el, profile)
    desk = _EMAIL_AFTER.sub("", strip_byline_prefix(lines[0], profile)) if len(lines) == 1 else ""  # ("Author:
    # …", Stun's licence box; not "Redaktionen den 2012/03/14 10:20", the date after it; "Redaktionen
    # nyheter@…": the desk's address after its name, VF's byline box)
    if not names and desk and not any(c.isdigit() for c in desk) and (is_byline_class(el.get("class"))
                                                                      or el.tag == "address") \
            and len(words := desk.split()) <= 4 \
            and desk[:1].isupper() and is_desk(desk, profile) \
            and (len(words) > 1 or desk_words(profile).fullmatch(desk) is not None) \
            and not (len(words) > 1 and words[0].endswith(",") and ends_in_role_word(words[0][:-1], profile)):
        return [desk]  # a desk in a byline-classed element: "Skapad av <span class="author">Allmännyttans
        # redaktion</span>" (Confluence's page metadata), "Publicerat av <span class="author vcard">Redaktionen"
        # (XWiki's blog); not the role under an author's name, "Projektledare, Bostadsbolaget Älvdalen" in
        # Limepark's ``lp-author__title``
    return names


_EMAIL_AFTER = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _glued_parts_names(el: Element, profile: Profile) -> list[str]:
    """The names of a byline whose parts a flex box lays out side by side, no space between them in the
    source ("<a>Johan Berg</a><span>0x5cE1…8E1a</span><span>·</span><span>1 dec</span>", Mirror's entry
    byline): each child read as its own part, the parts that are a name alone."""
    found: list[str] = []
    for child in el:
        part = clean_text(text_content(child)) if isinstance(child.tag, str) else ""
        if part and (named := names_in(part, profile)) and only_names(part, named) \
                and not role_words(profile).search(part):
            found += [n for n in named if n not in found]
    return found


def markup_authors(index: Any, profile: Profile, within: Iterable[Element] | None = None,
                   skip: set[Element] | None = None, title: Element | None = None,
                   one_each: bool = False) -> list[Author]:
    """Authors the page's markup names (roles left to the caller).

    Pages name other people too (teasers, sidebars, comments): the byline is
    the first naming element after the title (else the first at all), with
    those beside it — under the same parent or grandparent — for co-authors.
    ``one_each``: only elements naming one person each (a theme's loop of
    author cards), not a byline text that may read a role as a name.
    """
    found = [pair for pair in named_bylines(index, profile, within, skip)
             if (not one_each or len(pair[1]) == 1 or _each_a_link(*pair)) and not _credit_row(pair[0], profile)
             and not _titled_card_field(pair[0]) and not title_after_name_field(pair[0])]
    if not found:
        return []
    order = index.position
    after = [pair for pair in found if title is None or order.get(pair[0], 0) > order.get(title, 0)]
    first, first_names = (after or found)[0]
    family = {first.getparent(), *(a for a in list(first.iterancestors())[1:2])}
    near = set(list(first.iterancestors())[:3])
    # the same byline again close by, with the co-authors the first left out (Ghost Solo prints the
    # authors' pictures, the second one an icon, then their names side by side): its box
    again = {box for el, found_names in found if el is not first and set(found_names) & set(first_names)
             and near & set(list(el.iterancestors())[:3])
             and (box := el.getparent()) is not None and len(text_content(box).strip()) <= 120}  # (a line of names)
    names: list[str] = []
    for el, found_names in found:
        if el is first or el.getparent() in family and not _headline_between(index, first, el) \
                or any(a is first for a in el.iterancestors()) \
                or _sibling_cards(first, el) or _wrapped_alike(first, el) or el.getparent() in again:
            for name in found_names:
                if name.casefold() not in {n.casefold() for n in names}:
                    names.append(name)
    return [{"name": n, "role": None} for n in names]


def _titled_card_field(el: Element, levels: int = 3) -> bool:
    """A name field of one of three or more small cards alike, each linking its own title (a side column's book tips:
    "<div class=arena-record><div class=arena-record-title><a>Grannarna</a></div><div class=arena-record-author>
    Hanna Lövgren</div>", Västerås library's Arena carousel): the book's author, not the page's."""
    for box in islice(el.iterancestors(), levels):
        if (cls := box.get("class")) and len(text_content(box)) <= 200 and (row := box.getparent()) is not None \
                and sum(1 for card in row if card.tag == box.tag and card.get("class") == cls) >= 3:
            own = text_content(el)
            return any((t := clean_text(text_content(a))) and t not in own
                       and not AUTHOR_PATH.search(a.get("href") or "") for a in box.iter("a"))
    return False


def _credit_row(el: Element, profile: Profile) -> bool:
    """A name field in the photographer's row of a byline box ("<p class=byline__row--photo><span>Foto:</span>
    <span class=byline__name>Sara Holm</span></p>", Kommunalarbetaren's), or a row that is the credit alone
    ("<div class=byline-row><div class=byline-label>Foto:</div><div class=byline-value>Oskar Lund</div>", a
    Webflow byline's second row): she took the pictures."""
    box = el.getparent()
    if el.tag == "span" and box is not None and split_credit(clean_text(text_content(box)), profile)[1] is not None:
        return True
    return any(row is not None and len(text := clean_text(text_content(row))) <= 80
               and split_credit(text, profile) == ("", text) for row in (el, box))


def _each_a_link(el: Element, names: list[str]) -> bool:
    """Each name the element holds is the whole text of a link of its own: a list of person cards (SEI's
    ``ul.person-list`` under ``div.article-header__authors``), no role read as a name."""
    linked = {shown_text(a).strip() for a in el.iter("a")}
    return all(name in linked for name in names)


def _headline_between(index: Any, a: Element, b: Element) -> bool:
    """A headline (``h1`` to ``h3``) between two bylines, outside both: each signs its own
    story (LWN's weekly edition, one "FeatureByline" under each story in one box)."""
    order = index.position
    low, high = sorted((order.get(a, 0), order.get(b, 0)))
    return any(low < order.get(h, 0) < high and not any(x is a or x is b for x in h.iterancestors())
               for tag in ("h1", "h2", "h3") for h in index.by_tag.get(tag, ()))


def _wrapped_alike(a: Element, b: Element) -> bool:
    """Two author links each alone in a wrapper of its own under one box ("<span><a>Anna
    Bergström</a></span>, <span><a>Erik Nilsson</a></span>": Hugo Blox's byline)."""
    pa, pb = a.getparent(), b.getparent()
    return pa is not None and pb is not None and len(pa) == 1 and len(pb) == 1 and pa.tag == pb.tag \
        and pa.getparent() is not None and pa.getparent() is pb.getparent()


def _sibling_cards(a: Element, b: Element, levels: int = 4) -> bool:
    """Two author elements in sibling boxes of one class (MkDocs Material's ``md-profile``
    cards, one per author) or items of one list, at the same depth below their common parent."""
    for box_a, box_b in zip(list(a.iterancestors())[:levels], list(b.iterancestors())[:levels]):
        if box_a is box_b:
            return False
        if box_a.getparent() is box_b.getparent() and box_a.tag == box_b.tag \
                and box_a.get("class") == box_b.get("class") and (box_a.get("class") or box_a.tag == "li"):
            return True  # (items of one list of authors, Statamic Peak's <ul>)
    return False


def meta_authors(meta: dict[str, list[str]], profile: Profile) -> list[Author]:
    """<meta> author fields: author, parsely-author, dc.creator, article:author, twitter's "Written by"."""
    values = _author_fields(meta)
    names: list[str] = []
    roles: dict[str, str] = {}
    persons = [n for v in values if not _one_body(v)
               for n in names_in(v, profile, single_word=True) if not is_desk(n, profile)]
    site = {folded(v) for key in ("og:site_name", "dc.publisher", "dcterms.publisher") for v in meta.get(key, [])}
    for value in values:  # (a person in one field: the newsroom in another, Hexo's article:author, is no co-author)
        found = [value.strip()] if _one_body(value) and not persons or opens_site_name(value, site) \
            else names_in(value, profile, single_word=True) or ([] if persons else _organisation(value, profile))
        if found and "," in value \
                and all(is_desk(n, profile) if " " in n else n.endswith(("en", "et")) for n in found) \
                and len((body := value.rsplit(",", 1)[1].strip()).split()) > 1 and is_desk(body, profile) \
                and (whole := _organisation(value, profile)):
            found = whole  # a unit, a noun in its definite form, and the body it belongs to ("Konsumentvägledningen,
            # Ljungsta kommun", "Miljöenheten, Region Gotland"): one name, as "Uddevalla kommun,
            # Kommunikationsavdelningen" is
        # (the site's own name whole, "Natur & Kultur", no two people "Natur" and "Kultur"; or its first words,
        # "Stenlund & Gren" on "Stenlund & Gren Trädgårdsanläggning")
        if len(found) == 1 and (pair := split_name_role(value, profile)) and pair[0] == found[0] \
                and plausible_role(pair[1], pair[0], profile):
            roles[pair[0]] = pair[1]  # "Karin Holm, energistrateg" in Pico's Author field
        for name in found:
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    if len(names) > 1:  # "Allmännyttans redaktion" in one field, the site's own name in another (Hexo's
        names = [n for n in names if folded(n) not in site] or names  # article:author; XOOPS's author field
        # beside DC.Creator, its DC.Publisher the same site)
    return [{"name": n, "role": roles.get(n)} for n in names]


# A date's label glued to the name before it by markup without a space ("KommunikationUppdaterad 02.12.2023")
_GLUED_DATE_LABEL = re.compile(r"(?<=[a-zåäö])(?=(?:Uppdaterad|Publicerad|Publicerat|Senast|Updated|Published)\b)")
# A Swedish company's name as registered, "AB" and a listed one's "(publ)" after it ("Svenska Handelsbanken AB (publ)")
COMPANY_NAME = re.compile(r"(?:[A-ZÅÄÖ][\wåäöéÅÄÖ&.-]*\s+(?:(?:och|&)\s+)?){1,4}"
                          r"(?:AB(?:\s+\(publ\))?|Co\.?|Abp|ABP|Oyj|OYJ|Oy|ASA)")
# ("Halmstads Energi och Miljö AB": "och" between its words; "Göteborg & Co"; a Finnish or Norwegian company's
# form: "VIKING LINE ABP" signing its release)
# A unit's name in sentence case around "och" ("Kretslopp och vatten", "Miljö och hälsa"): one body, not two
# people's names
_UNIT_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2} och [a-zåäö]+(?: [a-zåäö]+){0,2}")


def _one_body(value: str) -> bool:
    """A field naming one body, not people: a unit in sentence case around "och" or a company's registered name."""
    return bool(_UNIT_NAME.fullmatch(value := value.strip()) or COMPANY_NAME.fullmatch(value))


def opens_site_name(text: str, names: set[str]) -> bool:
    """The text is one of the site's names (``names``, folded) or its first words ("Stenlund & Gren", the site
    "Stenlund & Gren Trädgårdsanläggning")."""
    text = folded(text.strip())
    return any(name == text or name.startswith(text + " ") for name in names)


def _author_fields(meta: dict[str, list[str]]) -> list[str]:
    """The values of the page's <meta> author fields, twitter's "Written by" field among them."""
    values = [v for key in ("author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                            "article:author", "og:article:author", "byl", "cxenseparse:author")
              for v in meta.get(key, [])]
    label = " ".join(meta.get("twitter:label1", [])).casefold()
    if any(word in label for word in ("skriven av", "written by", "författare", "author", "av")):
        values += meta.get("twitter:data1", [])
    return values


def listed_authors(meta: dict[str, list[str]], profile: Profile) -> list[str]:
    """The people the one <meta> author field naming most of them lists, in its order (Ghost's twitter
    "Written by": "Anna Berg, Jonas Ek", where its JSON-LD names the first only)."""
    return max((names_in(v, profile) for v in _author_fields(meta)), key=len, default=[])


ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,6}")  # an organisation's short name in capitals ("SGU", "UNF")
_ACCOUNT_WORD = re.compile(r"(?i)admin|administrator|root|user|web|webb|editor|html|cms|seo|info|test|guest|gäst")


def _organisation(value: str, profile: Profile) -> list[str]:
    """A <meta> author that names a newsroom ("BBC News", "Allmännyttans redaktion"): a field meant
    for the author is not chrome, so words a byline would refuse are allowed; links, handles
    and lower-case account names are not (a desk word may be lower case)."""
    value = clean_text(value)
    words = value.split()
    ok = 2 <= len(words) <= 5 and len(value) <= 60 and not re.search(r"[\d@/:?!=<>#]|https?", value) \
        and titled_words([w.rstrip(",") for w in words], profile)  # ("Uddevalla kommun, Kommunikationsavdelningen")
    acronym = ACRONYM.fullmatch(value) is not None and not name_stoplist(profile).fullmatch(value) \
        and not _ACCOUNT_WORD.fullmatch(value)
    return [value] if ok or acronym else []  # (or an agency's acronym: <meta name=author content="SGU">)


def titled_words(words: list[str], profile: Profile) -> bool:
    """Words an organisation's or a desk's name is made of: each capitalised, a desk word (which
    may be lower case: "Allmännyttans redaktion"), or a connective inside ("Hem i Norr AB"); or a body's unit after
    its name in the genitive ("Dammparkens parkråd")."""
    desk = desk_words(profile)
    return all(w[:1].isupper() or desk.fullmatch(w) or 0 < i < len(words) - 1 and w in CONNECTIVES
               for i, w in enumerate(words)) or GENITIVE_UNIT.fullmatch(" ".join(words)) is not None


_RIGHTS = re.compile(r"(?i)^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?(.+?)[\s.,]*$")


def rights_holder(text: str, profile: Profile) -> str | None:
    """The holder a post's own copyright notice names ("© 2024 Lina Berggren • All rights reserved",
    "© Bostadsbolaget Vänerbo": Chyrp's rights module under each post), a person or an organisation."""
    if "©" not in text and "opyright" not in text and "(c)" not in text.lower():
        return None
    for part in re.split(r"\s*[|·•]\s*", text):
        if (m := _RIGHTS.match(part)) and len(holder := clean_text(m[1])) <= 60:
            found = names_in(holder, profile, single_word=True) or _organisation(holder, profile)
            if found == [holder]:
                return holder
    return None


def profile_box_author(index: Any, profile: Profile) -> list[dict[str, Any]]:
    """The one name a site's author profile prints (Minimal Mistakes' and academicpages' sidebar:
    ``h3.author__name`` over ``p.author__bio`` with the role), when nothing else names an author."""
    names = {shown_text(el).strip(): el for el in index.by_class.get("author__name", ())}
    if len(names) != 1:
        return []
    name, el = next(iter(names.items()))
    if not (plausible_name(name, profile, single_word=True) or is_desk(name, profile)) or is_site_name(name, profile) \
            or "." in name:
        return []  # (never the site's own name, "Allmännyttan.se")
    bio = next((shown_text(b).strip() for b in index.by_class.get("author__bio", ())), "")
    role = bio if bio and len(bio) <= 60 and "." not in bio.rstrip(".") and plausible_role(bio, name, profile) else None
    return [{"name": name, "role": role}]


def bio_byline(index: Any, profile: Profile, skip: set[Element]) -> list[dict[str, Any]]:
    """The name in bold opening the bio beside the site's avatar ("Text av <strong>Allmännyttans
    redaktion</strong>. Vi bevakar …"; "Written by <strong>Kyle Mathews</strong> who lives …":
    Gatsby's blog starter and theme print it under every post, even outside the post's box)."""
    for strong in (*index.by_tag.get("strong", ()), *index.by_tag.get("b", ())):
        para = strong.getparent()
        if para is None or para.tag != "p" or strong is not next(para.iterchildren("*"), None) \
                or (box := para.getparent()) is None \
                or not ((lead := clean_text(para.text)) and has_byline_prefix(f"{lead} X", profile)
                        or not lead and _under_bio_heading(para, profile)) \
                or next(box.iter("img"), None) is None \
                or len(shown_text(box)) > 400 or any(a in skip for a in para.iterancestors()):
            continue
        name = clean_text(text_content(strong))
        if names_in(name, profile) == [name]:
            return [{"name": name, "role": None}]
        if is_desk(name, profile):
            return [{"name": name, "role": None, "as_printed": True}]
    return []


def _under_bio_heading(para: Element, profile: Profile) -> bool:
    """A paragraph after an "Om skribenten" heading in its own box (Nybrohem's ``div.author-box``: the portrait,
    the heading, then "<strong>Elin Nyström</strong> går andra året …")."""
    return any(isinstance(el.tag, str) and el.tag in ("h2", "h3", "h4", "h5")
               and is_bio_heading(clean_text(text_content(el)), profile) for el in para.itersiblings(preceding=True))


CONNECTIVES = {"i", "och", "för", "på", "av", "of", "and", "for", "in", "&"}  # "Hyresbostäder i Norrfors"


def is_site_name(text: str, profile: Profile) -> bool:
    """One of the site's own names ("Allmännyttan", "allmännyttan.se"), in any case."""
    return text.casefold() in profile.derived(
        "site_names_folded", lambda: {n.casefold() for n in profile.get("site", "site_names")})


def desk_words(profile: Profile) -> re.Pattern[str]:
    return profile.derived("desk_words", lambda: re.compile(
        rf"(?i)({profile.alternation('words', 'desk_words')})"))


def names_a_desk(word: str, profile: Profile) -> bool:
    """A word naming a desk or a team: a desk word ("Redaktionen") or a team's name ("Skärmteamet"); not a board's
    or an office's, which a card prints as its label ("Hyresnämnden i Göteborg", a court's news list)."""
    return desk_words(profile).fullmatch(word) is not None or _TEAM.fullmatch(word) is not None


def is_desk(name: str, profile: Profile) -> bool:
    """An account rather than a person: one word ("Redaktionen"), or a desk word in it."""
    return len(name.split()) == 1 and not _CJK_NAME.match(name) \
        or any(desk_words(profile).fullmatch(w) or _DESK_SUFFIX.fullmatch(w) for w in name.split()) \
        or _PAPER_SECTION.fullmatch(name) is not None or GENITIVE_UNIT.fullmatch(name) is not None \
        or _COMPOUND_UNIT.fullmatch(name) is not None or hyphenated_desk(name, profile)
    # ("DD Ledare": a paper's editorial page signing, no person; "Energi- och klimatrådgivningen": a unit named by
    # two nouns sharing their end; "深海" is a person's pen name; "Hyresnämnden i Västerås": a board's name, its
    # office's word ending a word)


def hyphenated_desk(name: str, profile: Profile) -> bool:
    """A name ending in a desk word joined by a hyphen to the blog's name ("Stå stadigt-redaktionen"): an account."""
    last = name.split()[-1] if name.split() else ""
    return "-" in last and (end := last.rsplit("-", 1)[1])[:1].islower() \
        and desk_words(profile).fullmatch(end) is not None


def names_a_unit(text: str, profile: Profile) -> bool:
    """A department's or unit's name on a line of its own ("Tekniska avdelningen", "Tekniska förvaltningen/
    Bostadsenheten"): a few words, one of them a desk's word, no digits, no sentence."""
    words = re.split(r"[\s/]+", text.strip())
    return 0 < len(words) <= 5 and text[:1].isupper() and not re.search(r"[\d.,!?:@]", text) and (any(
        desk_words(profile).fullmatch(w) or _DESK_SUFFIX.fullmatch(w) for w in words if w)
        or _COMPOUND_UNIT.fullmatch(text.strip()) is not None)


_PAPER_SECTION = re.compile(r"(?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ])\s+(?:Ledare|Debatt|Opinion)")
_COMPOUND_UNIT = re.compile(r"[A-ZÅÄÖ][^\W\d_]+-\s+(?:och|eller)\s+[^\W\d_]{4,}(?:en|et|an)")
_TEAM_ENDINGS = "teamet|gruppen|projektet"
_DESK_SUFFIX = re.compile(r"(?i)[^\W\d_]{3,}(?:nämnden|förvaltningen|enheten|enhet|avdelningen|avdelning|kansliet"
                          r"|kansli|tjänsten|förbundet|biblioteket|bibliotek|kommittén|kommitté|styrelsen|rådet"
                          rf"|{_TEAM_ENDINGS})")  # (a team's account: "Parkteamet Ekbacken", "Arbetsgruppen")
_TEAM = re.compile(rf"(?i)[^\W\d_]{{3,}}(?:{_TEAM_ENDINGS})")
# (indefinite after a genitive too: "Sametingets kommunikationsenhet"; a federation's account: "Svenska
# Bowlingförbundet"; its office: "Neuro förbundskansli"; a library: "Text: Malmö stadsbibliotek"; a committee or a
# board: "SMFF:s säkerhetskommitté")
GENITIVE_UNIT = re.compile(r"[A-ZÅÄÖ][\w-]+s [a-zåäö]*"
                           r"(?:råd|rådet|nämnd|enhet|avdelning|kansli|styrelse|kommitté|grupp|förening)")
# (a body's council or unit after its name in the genitive: "Dammparkens parkråd", "Åsenhems säkerhetsgrupp",
# "Åsens hyresgästförening"; not "Nya hyresgästråd")


_URLISH = re.compile(r"https?:|www\.|@|\.(se|com|org|net|example)\b|\[email\W+protected\]", re.I)
# (Cloudflare's stand-in for an obfuscated address: "[email protected]" under a reporter's name)
_BRAND_DOMAIN = re.compile(r"(?<![\w.@/])[A-ZÅÄÖ][\w-]*\.(?:com|se)\b(?![\w.@/])")  # "Lauritz.com", "Booking.com"


_READING_TIME = re.compile(r"(?i)\b\d+\s*min(uter|utes)?\b")
_CJK_COUNT = re.compile(r"\d\s*(?:年|篇|粉丝|关注|获赞|访问)")


_SHORT_TITLES = {"vd", "cfo", "ceo", "cto", "hr"}  # titles under three letters ("Karin Dahl, vd")


# A contact field's label: "Tel", "tfn", "E-post" (a number or an address after it)
CONTACT_FIELD = r"(?:e-post|epost|e-mail|email|mejl|mail|tel|tfn|telefon|mobil|phone)"
_NUMBER_TO_CALL = re.compile(rf"(?i)\b{CONTACT_FIELD}\b\.?\s*:?\s*[+\d]")
# A Swedish phone number: "070-123 45 67", with the country code "+46 70-000 00 21", "+46 (0)70 …"; a county's six
# digits in threes, "0123-456 781"
PHONE_NUMBER = r"(?:\+46\s?(?:\(0\)\s?)?|\b0)\d{1,3}[\s-]?(?:\d{2,3}[\s-]?\d{2}[\s-]?\d{2}|\d{3}[\s-]?\d{3})\b"
_PHONE_AT_END = re.compile(rf"{PHONE_NUMBER}\s*$")  # a phone number closing the text
FILE_SIZE = re.compile(r"(?i)\((?:pdf|docx?|xlsx?|pptx?|zip)\b|\b\d+(?:[.,]\d+)?\s*(?:kb|mb|kib|mib)\b\)?\s*$")


_AGE_FIRST = re.compile(r"\d{1,3} år,\s+\S")  # "17 år, deltagare i …": a young writer's age, then the role


@lru_cache(maxsize=4096)  # pure, and the same lines are asked about again and again
def plausible_role(text: str | None, name: str, profile: Profile) -> bool:
    """Printed text about the person: words, short, not a sentence, not a link or a category line."""
    if not text:
        return False
    text = text.strip()
    return (is_role(text) and len(text) <= 120 and not _URLISH.search(_BRAND_DOMAIN.sub("", text))  # (a company
            # named as its address, "Auktionschef, Lauritz.com Göteborg", is no address)
            and not _POSTAL_CODE.search(text)  # (a postal address, "Stallvägen 4, 341 60 Ljungby": the clinic's card)
            and (re.search(r"[^\W\d_]{3}", text) is not None or text in news_agencies(profile)
                 or text.casefold() in _SHORT_TITLES)  # ("TT": the agency a reporter writes for; "vd")
            and text.casefold() != name.casefold() and name.casefold() not in text.casefold()
            and not re.match(r"(?i)(i|in|på|under|den|on|at|publicerad|publicerat|published|posted|written|skriven"
                             r"|kategoriserat|kategoriserad|categorized|filed|arkiverat|arkiverad|taggat|taggad|tagged"
                             r"|kategori|kategorier|taggar|etiketter|categories|tags|teckenstorlek|textstorlek"
                             r"|utgiven|utgivet|uppdaterad|updated|modified|senast|last|ändrad|edited|redigerad"
                             r"|måndag|tisdag|onsdag|torsdag|fredag"
                             r"|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                             r"|om|about)(\s|:|,|$)",
                             text)
            # "den" of "Publicerad av Redaktionen den 5 mars 2025"; "Utgiven": the date field's label (Quarto);
            # "senast ändrad av Petra Nyman": the editor after the creator (Confluence's page metadata);
            # "Torsdag, Februari 27 2025": the date after the name (Dotclear); "Om föreningen", a menu's page under
            # the club's name (SportAdmin's top menu)
            and not _READING_TIME.search(text)  # "Oskar Lund 1 min läsning": the line's reading time
            and not FILE_SIZE.search(text)  # "Folkbibliotek i … 2015–2022 (pdf, 1,8 MB)": a download's link
            and not _NUMBER_TO_CALL.search(text)  # "forskningschef Henrik Västergård, tfn 050 555 0142": whom to call
            and not _PHONE_AT_END.search(text)  # (or the number alone: "Jonas Lind, arbetsledare: 021-15 22 80")
            and not (text[0].isdigit() and not _AGE_FIRST.match(text))  # "214 Followers", "1.2K följare": a count,
            # not a title (but an age opening it is the writer's: "17 år, deltagare i vårens kurs")
            and not _CJK_COUNT.search(text)  # "码龄5年": the account's years on the site (CSDN's profile box)
            and not re.match(r"[^\s:,]+(?:\s[^\s:,]+)?:\s", text)  # "Kategori: Energi", "Arkiverat under: …":
            # a labelled field
            and not name_stoplist(profile).fullmatch(text)
            and not is_chrome(text, profile)  # "Dela artikeln: Facebook LinkedIn E-post" after a signature
            and not is_chrome(" ".join(text.split()[:2]), profile)  # (or its label glued to the buttons' words:
            # "Dela artikeln Dela på Facebook Dela på LinkedIn", Myrorna's share box under "Text: …")
            and text.casefold() not in ("och", "and", "samt", "&", "med", "with")  # a list's separator between
            # co-authors' boxes (PublishPress Authors: "Elin Fors" <span class="separator">och </span>)
            # a widget's heading ("Senaste inläggen") or a profile card's field label ("Location")
            and not profile.matches("words", "widget_headings", text)
            and not profile.matches("words", "more_links", text)  # "Läs härnäst →" over related posts (Rowling)
            and text.casefold() not in _field_labels(profile)
            and (len(text) < 25 or split_credit(text, profile)[1] is None))  # a caption ending in its credit


def _beside_another_name(title: Element, name: str) -> bool:
    """A job title in a box with someone else's name field and not this name (a contact person's card in the text:
    "<span class=person-name>Johanna Berglund</span><span class=person-title>Energistrateg</span>")."""
    box = title.getparent()
    return box is not None and name not in text_content(box) and any(
        d is not title and NAME_FIELD_CLASS.search(d.get("class") or "") for d in box)


def markup_role(index: Any, name: str, profile: Profile, skip: set[Element] | None = None) -> str | None:
    """The role the markup prints with a named author: ``itemprop=jobTitle``, or the
    line after the name inside its author box ("Om skribenten": name, then title)."""
    job_titles = [(d, set(d.iterancestors())) for d in index.by_attribute.get("itemprop", ())
                  if "jobtitle" in (d.get("itemprop") or "").casefold().split()]
    job_titles += [(d, set(d.iterancestors())) for name, elements in index.by_class.items() if _ROLE_CLASS.search(name)
                   for d in elements if d.tag == "span" or not name.endswith("title")]
    for el, names in named_bylines(index, profile, skip=skip, naming=name):
        if len(names) > 1 and el.tag not in ("a", "span") and name in names and (field := next((
                d for d in el.iter() if d is not el and isinstance(d.tag, str) and NAME_FIELD.search(d.get("class") or "")
                and clean_text(text_content(d)) == name), None)) is not None \
                and (role := _role_beside(field, name, profile) or field.getparent().tag == "a"
                     and _role_beside(field.getparent(), name, profile)):
            return role  # (the role beside the name's own field in a box of writers' cards: Timbro's ``a.c-person__name``
            # over ``span.c-person__title``; or beside the link around it and the portrait, Ratio's person chips)
        if name.casefold() not in [n.casefold() for n in names] or len(names) > 1 and el.tag not in ("a", "span"):
            continue  # (a box naming several authors: a role in it is the one's it stands beside, Escenic's list)
        if role := _role_beside(el, name, profile):
            return role
        if (box := el.getparent()) is not None and (role := agency_after_name(block_lines(box), name, profile)):
            return role  # "<span>Anna Berg</span><span>/TT</span>": the agency signing with the reporter
        own = strip_prefix(clean_text(text_content(el)).lstrip("—–- "), profile)  # "Sara Nilsson, hyresgästvärd på …"
        # after an author icon (AstroWind); "— Skriven av Johan Berg, trygghetssamordnare" (hello-friend)
        if len(own) <= 120 and (pair := split_name_role(own, profile)) and pair[0] == name \
                and plausible_role(role := clean_role(pair[1]), name, profile) and not is_name(role or "", profile):
            return role
        searched = False  # the byline's own box printed no role: only a job-title field above it may
        members = _bylines_of(index)[1] - {el, *el.iterancestors()}  # (other authors' bylines, not the boxes
        # holding this name: SR's ``div.byline__author`` around its name and title spans)
        for box in [el, *list(el.iterancestors())[:4]]:
            titles = [d for d, above in job_titles if (d is box or box in above)
                      and not (searched and members & above)  # (not a co-author's own title in a list of bylines)
                      and not _beside_another_name(d, name)]
            if titles:
                role = unlabelled_role(clean_text(titles[0].get("content") or text_content(titles[0])), profile)
                if plausible_role(role, name, profile):
                    return role
                break
            if searched or not (_BYLINE_CLASS.search(box.get("class") or "") or box.tag == "address"
                                or "author" in (box.get("itemprop") or "").split()):
                continue
            lines = block_lines(box)
            if role := role_after_name(lines, name, profile):
                return role
            shown = " ".join(" ".join(lines).split())  # first and last name apart, the role after them (Labrador)
            if shown.startswith(name + " ") and len(rest := shown[len(name):].strip(" ,–-|")) <= 100 \
                    and not (box.tag == "address" and _NAMES_JOINED.match(rest)) \
                    and plausible_role(role := clean_role(rest), name, profile) and not is_name(role or "", profile):
                return role
            for line in lines:  # "Skapad av Mikael Strand, projektledare" in the byline element itself
                pair = split_name_role(line, profile)
                if pair and pair[0] == name and plausible_role(role := clean_role(pair[1]), name, profile):
                    return role  # (without the date after it: "… på AB Ekbyhem - 27 augusti, 2024", Hugo Zen)
            searched = True  # this naming element's box prints no role: only a job-title field in the card
            # around it may (Leonids' sidebar card: <a class="author_name"> then <span class="author_job">)
    pages = {href for el, names in named_bylines(index, profile, skip=skip, naming=name) if name in names
             for a in (el.iter("a") if el.tag != "a" else [el]) if (href := a.get("href"))
             and clean_text(text_content(a)) == name}
    for title, _ in job_titles if pages else ():  # the author's card elsewhere on the page, linking the page the
        # byline links, with her job-title field (Open Social's "Skribent" block in the side column)
        for box in list(title.iterancestors())[:2]:
            links = [a for a in box.iter("a") if names_an_author(a) or a.get("href") in pages]
            if any(a.get("href") in pages and clean_text(text_content(a)) == name for a in links) \
                    and all(a.get("href") in pages for a in links):  # (her card alone, not a list of authors)
                role = unlabelled_role(clean_text(title.get("content") or text_content(title)), profile)
                if plausible_role(role, name, profile):
                    return role
                break
    return None


_NAMES_JOINED = re.compile(r"(?i)(?:och|and|&)\s")  # ("<address>Sara Lindqvist och Omar HaddadMarch 14, 2023":
# the next name and the glued date, no role; Telegraph)


# A class naming an author's role: "author-role", "author__position", "job-title", Mezzanine's
# <span class="author-title"> (a block's "author-title" is often its name or its box's heading); after the block's
# own name, "entry-author__title", or its BEM element's, "article__author-role" (Koppi's Shopify theme)
_ROLE_CLASS = re.compile(r"^(?:(?:(?:[a-z]+(?:-|__))?(?:author|byline|writer)|person|member)"
                         r"(?:[-_](?:card|box))?[-_]{1,2}"
                         r"(?:role|position|job|jobtitle|title)"
                         r"|[a-z]+[-_]{1,2}(?:author|writer)(?:Role|Position|Title|JobTitle)"  # (camel case after the
                         # block's name: "Article-authorRole", ABF's)
                         r"|job[-_]?title|txt[-_]job|rollrad|befattning"  # (brunch's profile box: "txt_job"; a role
                         # line in Swedish, "<p class=rollrad>" under the byline's name: an Elementor text widget)
                         # a Drupal profile's field for it: "field--name-field-befattning" (D8+), "field-name-field-titel"
                         r"|(?:views-)?field-{1,2}(?:name-)?field-(?:profile-)?(?:befattning|titel|yrkestitel|roll|role|position|function|funktion"
                         r"|job[-_]?title))$", re.I)
# (Drupal 6's CCK prints no "name-": "field-field-befattning", its label inside: "Befattning: …")


def _role_beside(el: Element, name: str, profile: Profile) -> str | None:
    """The role printed right after the name in the small box holding just the two (Statamic
    Peak's author list: ``<li><a>Karin Ek</a><span>vd, Fornbo</span></li>``), a short link between
    them passed over (Mediumish's "Follow" button)."""
    box = el.getparent()
    if box is None or len(box) > 4 or el is not box[0] or not clean_text(text_content(el)) == name:
        return None
    after = [child for child in box[1:] if isinstance(child.tag, str)]
    while after and after[0].tag == "a" and len(after) > 1 and len(text_content(after[0]).strip()) <= 12:
        after = after[1:]  # ("Follow", "Följ")
    if len(after) != 1 or any(ch.isalpha() for ch in (el.tail or "")):
        return None  # (words between them: "Posted by <a>Emir</a> on … in <a>Ungdomsjobb</a>, <a>Hyresgäster</a>")
    role = clean_text(text_content(after[0])).strip(" ,–-|")
    links = [a for a in after[0].iter("a") if a.get("href")]
    if len({a.get("href") for a in links}) > 1 \
            and "".join(text_content(after[0]).split()) == "".join("".join(text_content(a).split()) for a in links):
        return None  # a menu of links side by side (Listed's "Om bloggen Kontakt Guestbook Subscribe")
    if links and all(is_term_path(split_url(a.get("href")).path or "/", profile) for a in links):
        return None  # the post's category beside the author (Elementor's post info: "Skylthuset Dala", "Nyheter")
    return role if role and is_role(role) and plausible_role(role, name, profile) and not marked_as_terms(after[0]) \
        else None  # (a box whose tooltip says "Kategori": OpenBlogware's meta figures)


_TERM_TITLES = {"kategori", "kategorier", "category", "categories", "ämne", "ämnen", "taggar", "etiketter", "tags"}


def is_term_path(path: str, profile: Profile) -> bool:
    """A category's or tag's archive by its path ("/category/nyheter/", "/tag/energi/")."""
    return profile.matches("urls", "category_paths", path) or profile.matches("urls", "tag_paths", path)


def marked_as_terms(el: Element) -> bool:
    """An element whose title (a tooltip), or a title among its first few inside it, says it holds the
    post's category or tags; or whose whole text an element inside it holds, classed as terms (Elementor's
    post info: "<li><span class='elementor-post-info__item--type-terms'>Energi, Nyheter</span></li>")."""
    if any((inner.get("title") or "").casefold() in _TERM_TITLES for inner in islice(el.iter(), 6)
           if inner.get("title")):
        return True
    classed = [inner for inner in islice(el.iter(), 12)
               if isinstance(inner.tag, str) and TERMS_CLASS.search(inner.get("class") or "")]
    whole = clean_text(text_content(el)) if classed else ""
    return any(clean_text(text_content(inner)) == whole for inner in classed)


def is_byline_label(text: str, profile: Profile) -> bool:
    """A byline's label alone ("Skribent", "Gästskribent", "Författare:")."""
    label = text.strip().rstrip(":：").strip()
    return bool(label) and has_byline_prefix(f"{label} X", profile) \
        and strip_byline_prefix(f"{label} X", profile) == "X"


def _name_beside_avatar(item: Element) -> bool:
    """An item of a name and its avatar only (``<span><div class=letter-avatar>A</div><span>Anna Berg</span>
    </span>``, Notion's person property; or its picture, ``<img class=individual-image>``, Super.so's)."""
    return all(len(c) == 0 for c in item) \
        and sum("avatar" in (c.get("class") or "") or c.tag == "img" for c in item) == 1 == len(item) - 1


def _name_field_of(item: Element) -> Element | None:
    """The element inside the item its class calls a name field ("author-chip__name")."""
    return next((d for d in item.iter() if isinstance(d.tag, str) and NAME_FIELD_CLASS.search(d.get("class") or "")),
                None)


def _text_past_avatars(item: Element) -> str:
    """The item's words past its pictures; "Name, role" of a name field and the role field beside it
    (``<span class=author-chip__name>Omar Haddad</span> <span class=author-chip__role>Hållbarhetsstrateg, …``)."""
    name = _name_field_of(item)
    if name is not None and (role := name.getnext()) is not None and role_field(role):
        return f"{clean_text(text_content(name))}, {clean_text(text_content(role))}"
    return clean_text(" ".join(text_content(c) for c in item if "avatar" not in (c.get("class") or ""))
                      if len(item) else text_content(item))


def labelled_author(index: Any, profile: Profile, skip: set[Element] | None = None) -> list[Author]:
    """An author printed as a labelled field: an element holding only a byline label
    ("Skribent", "Författare:") whose next sibling holds a name, and the one after it a role
    (Statamic Peak's author box: three spans stacked by CSS)."""
    for el in index.elements:
        if len(el) or not el.text or len(el.text) > 40:  # a leaf holding a word or two
            continue
        text = clean_text(el.text).rstrip(":：").strip()
        if len(text) > 20 or not is_byline_label(text, profile) or text.casefold().startswith("sidan "):
            continue  # (not the page's publisher in its page information, "Sidan publicerad av:": a last resort)
        if skip and (el in skip or any(a in skip for a in el.iterancestors())):
            continue
        if (tail := clean_text(el.tail or "")) and len(tail) <= 60 \
                and (names := names_in(tail, profile, single_word=True)) and only_names(tail, names):
            # "<strong>Inläggets författare: </strong>Sara Nyström <i>@</i>Allmännyttan" (Shoka's copyright box)
            return [{"name": n, "role": None} for n in names]
        holder = el  # the label's own box, when it holds nothing else (Fuwari's admonition title: <span><div>)
        for _ in range(2):
            if next((s for s in holder.itersiblings() if isinstance(s.tag, str)), None) is not None \
                    or (parent := holder.getparent()) is None \
                    or clean_text(text_content(parent)) != clean_text(el.text):
                break
            holder = parent
        after = [sib for sib in holder.itersiblings() if isinstance(sib.tag, str)][:2]
        if not after:
            continue
        link = next((a for a in after[0].iter("a") if names_an_author(a)), None)  # the author's page's link, not
        items = [c for c in after[0] if isinstance(c.tag, str)]  # one "Name, role" a field item (Drupal)
        if link is not None and len(items) > 1 and (linked := [
                clean_text(text_content(a)) for c in items if (a := next(c.iter("a"), None)) is not None
                and names_an_author(a)]) and len(linked) == len(items) \
                and all(plausible_name(n, profile) for n in linked):
            return [{"name": n, "role": None} for n in linked]  # a field item linking each author's page (Drupal)
        if link is None and len(items) > 1 and all(
                len(c) == 0 or _name_beside_avatar(c) or _name_field_of(c) is not None for c in items) and (pairs := [
                split_name_role(_text_past_avatars(c), profile) for c in items]) and all(
                pair and plausible_name(pair[0], profile) for pair in pairs):
            return [{"name": pair[0], "role": pair[1] if plausible_role(pair[1], pair[0], profile) else None}
                    for pair in pairs]  # type: ignore[index]
        name = clean_text(text_content(link if link is not None else after[0]))  # the "Follow" button beside it
        if link is None and len(lines := block_lines(after[0])) <= 8 \
                and (shown := [ln for ln in lines if not _INITIAL_AVATAR.fullmatch(ln)]) and len(shown) < len(lines) \
                and all(plausible_name(n, profile, single_word=is_desk(n, profile)) for n in shown):
            return [{"name": n, "role": None} for n in shown]  # each person after the round avatar of their initial
            # ("S" / "Sofia Lund", "M" / "Mehdi Karimi": a Notion database page's person property)
        if not plausible_name(name, profile) and not len(after[0]) and (pair := split_name_role(name, profile)) \
                and plausible_name(pair[0], profile):  # "Gästskribent" / "Sofia Lind, hållbarhetschef på …"
            return [{"name": pair[0], "role": pair[1] if plausible_role(pair[1], pair[0], profile) else None}]
        if not plausible_name(name, profile):
            names = names_in(name, profile)  # "Författare" / "Sara Holm och Erik Nyberg" (Payload)
            if len(names) > 1:
                return [{"name": n, "role": None} for n in names]
            if not len(after[0]) and is_desk(name, profile) and plausible_name(name, profile, single_word=True):
                return [{"name": name, "role": None}]  # "Text:" / "Redaktionen", a desk in the field (Bootstrap Italia)
            continue
        role = clean_text(text_content(after[1])) if len(after) > 1 else None
        return [{"name": name, "role": role if role and is_role(role) and plausible_role(role, name, profile)
                 else None}]
    return []


def person_card_role(index: Any, name: str, profile: Profile) -> str | None:
    """The short description a ``Person`` card of that name prints (schema.org ``Person`` with
    ``itemprop=description``, an h-card's ``p-note`` or ``p-job-title``), wherever the card
    sits: Minimal Mistakes' author profile in the sidebar ("Energistrateg, Allmännyttan")."""
    cards = [el for el in index.by_attribute.get("itemtype", ()) if (el.get("itemtype") or "").rstrip("/")
             .endswith("/Person")] + list(index.by_class.get("h-card", ()))
    for card in cards:
        named = [el for el in card.iter() if "name" in (el.get("itemprop") or "").split()
                 or "p-name" in (el.get("class") or "").split()]
        if not any(clean_text(text_content(el)) == name for el in named):
            continue
        for el in card.iter():
            props, classes = (el.get("itemprop") or "").split(), (el.get("class") or "").split()
            if {"jobTitle", "description"} & set(props) or {"p-job-title", "p-note"} & set(classes):
                role = clean_text(text_content(el))
                if is_role(role) and plausible_role(role, name, profile):
                    return role
    # a views row of the author's fields, her name in one and her job title in a field classed so ("Om
    # bloggaren": Drupal's views-field-field-fullname and views-field-field-befattning, in the sidebar)
    for token, elements in index.by_class.items():
        if "views-field-field-" not in token or not _ROLE_CLASS.match(token):
            continue
        for field in elements:
            row = field.getparent()
            if row is not None and any(clean_text(text_content(sib)) == name for sib in row if sib is not field) \
                    and is_role(role := clean_text(text_content(field))) and plausible_role(role, name, profile):
                return role
    return None


def profile_card_role(lines: list[Any], name: str, profile: Profile) -> str | None:
    """The job title in the author's profile card beside the byline: a short line whose own small
    box links the user page the name links, by a picture, not by the name (Drupal prints the
    user's compact view, picture and "field_titel", over "Inskickat av <name> den …")."""
    pages = {href for ln in lines if name in ln.text and ln.hrefs
             for a in ln.el.iter("a") if (href := a.get("href")) and clean_text(text_content(a)) == name}
    if not pages:  # the name unlinked ("Inskickad av <span>Helena Bergqvist</span>"): a card of a picture and a
        # job-title field ("field--name-field-befattning") beside the byline is hers (Drupal's Starterkit)
        return next((role for ln in lines if not ln.link and ln.whole and len(ln.text) <= 80 and name not in ln.text
                     and any(_ROLE_CLASS.search(c) for c in (ln.el.get("class") or "").split())
                     and (box := ln.el.getparent()) is not None and next(box.iter("img"), None) is not None
                     and (role := clean_role(ln.text)) and is_role(role) and plausible_role(role, name, profile)), None)
    for ln in lines:
        if ln.link or not ln.whole or len(ln.text) > 80 or name in ln.text:
            continue
        box = ln.el.getparent()
        if box is None or len(shown := clean_text(text_content(box))) > 2 * len(ln.text) + 20 or name in shown:
            continue  # (a box holding the name is the byline's own: its roles are read where it is)
        if any(a.get("href") in pages and not clean_text(text_content(a)) for a in box.iter("a")) \
                and (role := clean_role(ln.text)) and is_role(role) and plausible_role(role, name, profile):
            return role
    return None


# "Visa alla inlägg av Anna Ek" after the role in an author box: a link, not part of the role.
_MORE_POSTS = re.compile(r"(?i)\s*[|·–-]?\s*\b(visa (alla|fler) inlägg|alla inlägg|fler inlägg|fler artiklar|läs fler|"
                         r"view all posts|more posts|all posts|posts by|articles by|inlägg av|artiklar av)\b.*$")
_NEXT_FIELD = re.compile(r"(?:\s+i\s+\S+)?\s+(?:och\s+)?(?:taggad|taggat|tagged)\b.*$"  # "… i Trygghet och taggad …"
                         r"|\s+(?:(?:den\s+)?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\b"
                         r"|(?:Taggar|Tags|Publicerad|Publicerat|Published|Uppdaterad|Kategori|Kategorier)\b|#\w"
                         r"|I\s+[A-ZÅÄÖ]\w*(?:\s|$)).*$"
                         r"|\.\s+(?:Foto|Bild|Fotograf|Illustration|Photo)\s*:.*$")  # "… på Ekbacka Bostäder. Foto: Lisa Mark"
_DANGLING = re.compile(r"(?i)\s+(?:i|på|in|av|för|från|om|at)$")
_COMMENT_COUNT = re.compile(r"(?i)\s+(?:\d+|inga|ingen|en|no|one)\s+(?:kommentar(?:er)?|comments?)\b.*$")
_ABOUT = re.compile(r"(?i)^(om skribenten|om författaren|about the author|om|about|publicerat av|publicerad av|skrivet av|"
                    r"skriven av|written by|posted by)\s+")


def role_after_name(lines: list[str], name: str, profile: Profile) -> str | None:
    """The role printed on the line after the author's name ("Om Anna Ek" / "Anna Ek", then
    "boendeexpert, Sveriges Allmännytta"), without a trailing "Visa alla inlägg" link."""
    key = name.casefold()
    for i, line in enumerate(lines[:-1]):
        prefixed = _ABOUT.sub("", line).strip(" :").casefold() != key
        if prefixed and strip_byline_prefix(line, profile).strip(" :").casefold() != key:
            continue
        after = lines[i + 1: i + 3]
        if prefixed and not any(ends_in_role_word(w.strip(",."), profile) for w in after[0].split()):
            continue  # "Av Maria Holmberg", the post info's author item, its role in the item after it, a title
            # (Elementor's); not the box's heading after "Text: …" closing the text ("Senaste nytt från LiU")
        if len(after) == 2 and after[0].casefold() in _role_labels(profile):
            after = after[1:]  # "Roll" (a screen reader's label, VitePress's <dt class="sr-only">), then the role
        role = clean_role(after[0])
        if plausible_role(role, name, profile) and not is_co_author(role, profile) \
                and split_credit(after[0], profile)[1] is None:  # (not a co-author's name, nor the cover's caption
            return role  # and credit under the author's name: Webiny's Next.js starter)
    return None


def agency_after_name(lines: list[str], name: str, profile: Profile) -> str | None:
    """The news agency a reporter's name is signed with ("Anna Berg/TT"): the agency the reporter writes for,
    given as the role, as a paper prints a wire story's byline."""
    return next((pair[1] for line in lines if line.startswith(name + "/") and (pair := split_name_role(line, profile))
                 and pair[0] == name and pair[1] in news_agencies(profile)), None)


def role_in_bio(lines: list[str], name: str, profile: Profile) -> str | None:
    """The role a one-sentence bio line gives the author: "Erik Sandberg är energistrateg på Ekbacka
    Bostäder." (GetSimple's closing line) -> "energistrateg på Ekbacka Bostäder"."""
    prefix = f"{name} är "
    for i, line in enumerate(lines):
        for part in bio_sentences(line) if prefix in line else ():
            if part.startswith(prefix) and len(part) <= 120:
                role = part[len(prefix):].rstrip(".").strip()
                if plausible_role(role, name, profile) and len(role.split()) <= 6 and (" och " not in role or all(
                        any(ends_in_role_word(w, profile) for w in half.split()) for half in role.split(" och "))):
                    return role  # (two titles joined, "bostadspolitisk skribent och doktorand i kulturgeografi"
                    # (Tiden's essay); not "mamma och bor i Kalmar")
        if i and is_bio_heading(lines[i - 1], profile) and line.startswith((f"{name} – ", f"{name} — ")) \
                and len(line) <= 100 and plausible_role(role := line[len(name) + 3:].strip(), name, profile):
            return role  # "Om skribenten" / "Anna Virtanen – ordförande, Hyresgästföreningen Solgläntan" (Sky)
        if line.endswith(f" {name}") and len(line) <= 60 and (is_bio_heading(head := line[:-len(name)].strip(), profile)
                                                               or _POSTED_BY.fullmatch(head)):
            # "Om författaren Lina Åberg", then a bio opening with her title: "Energistrateg, Norrbyhem. Lina
            # skriver om …" (Maxwell's author box); "Publicerat av Lisa Norén" over "Kommunikatör, Norrbyhem.
            # Visa alla inlägg av Lisa Norén" (Dara's)
            for bio in lines[i + 1: i + 3]:
                whole = bio
                bio = _MORE_POSTS.sub("", bio)  # (the box's "Visa alla inlägg av Lisa Norén" after it)
                first = bio.split(". ", 1)[0].rstrip(".")
                if name not in bio and (". " in bio or bio != whole and bio.endswith(".")) and len(first) <= 60 \
                        and first[:1].isupper() \
                        and ends_in_role_word(first.split()[0].strip(","), profile) \
                        and plausible_role(first, name, profile):
                    return first
    return None


def bio_sentences(line: str) -> list[str]:
    """The line, or its sentences when each says who one person is: "Elin Varg är energistrateg på
    Ekbacka Bostäder. Johan Åkesson är ordförande i …" (two debaters' closing lines in one paragraph,
    Hugo Archie); never a paragraph of text opening with one such sentence."""
    if ". " not in line:
        return [line]
    parts = re.split(r"(?<=\.)\s+", line)
    return parts if len(parts) <= 4 and all(WHO_IS.match(part) for part in parts) else []


WHO_IS = re.compile(r"([A-ZÅÄÖ][\w'-]+(?: [A-ZÅÄÖ][\w'-]+){1,2}) är [^.]{3,100}\.?$")  # "Elin Varg är energistrateg …"


_POSTED_BY = re.compile(r"(?i)publicerat av|publicerad av|postat av|posted by|skrivet av|skriven av")


def is_bio_heading(text: str, profile: Profile) -> bool:
    """"Om författaren", "Om skribenten", "About the author": the heading of an author's box."""
    return bool(text) and profile.matches("words", "bio_headings", text)


def _role_labels(profile: Profile) -> set[str]:
    return profile.derived("role_labels", lambda: {w.casefold() for w in profile.get("words", "role_labels")})


def _after_role_label(text: str, profile: Profile) -> str | None:
    """What follows a role field's label ("Befattning: fastighetschef" -> "fastighetschef", "Roll:" -> ""),
    or None when the text opens with no such label."""
    label, colon, rest = text.partition(":")
    return rest.strip() if colon and label.strip().casefold() in _role_labels(profile) else None


def unlabelled_role(text: str, profile: Profile) -> str:
    """A role field's value without the field's label ("Befattning: fastighetschef" -> "fastighetschef")."""
    return _after_role_label(text, profile) or text


def is_role_label(text: str, profile: Profile) -> bool:
    """A role field's label, alone or before its value ("Befattning:", "Roll: vd")."""
    return _after_role_label(text, profile) is not None


def is_co_author(text: str, profile: Profile) -> bool:
    """A line under a name that is another person's name, not the first one's role (nor a title and the
    organisation in capitals: "Ordförande Kungsbacka Golfklubb" under "Per-Olof Strand", a chairman's letter)."""
    return is_name(text, profile) and not is_desk(text, profile) \
        and not (len(words := text.split()) >= 3 and ends_in_role_word(words[0], profile))


def labelled_role(texts: list[str], name: str, profile: Profile) -> str | None:
    """The value of a labelled role field among a card's lines, on the label's line or the next
    ("Befattning:" / "områdeschef, Sjöstadens Bostäder": Drupal 6's CCK field in a teaser)."""
    for i, text in enumerate(texts):
        if (rest := _after_role_label(text, profile)) is None:
            continue
        role = clean_role(rest or (texts[i + 1] if i + 1 < len(texts) else ""))
        return role if role and is_role(role) and plausible_role(role, name, profile) else None
    return None


def _field_labels(profile: Profile) -> set[str]:
    return profile.derived("field_labels", lambda: {w.casefold() for w in profile.get("words", "field_labels")})


@lru_cache(maxsize=4096)  # pure, and the same lines are asked about again and again
def clean_role(role: str | None) -> str | None:
    """A role without the author box's "Visa alla inlägg" link text after it, nor the separator
    before the next field ("energistrateg ·" then the date, October's byline line), nor that
    field ("kommunikatör · Foto: Jonas Ek", Inspiro's "Text och foto" line)."""
    if not role:
        return role
    role = _COMMENT_COUNT.sub("", _MORE_POSTS.sub("", role)).strip()  # "energiingenjör inga kommentarer"
    role = _NEXT_FIELD.sub("", role)  # "… Vätterhem den måndag 3 juni": the date; "… Taggar #trygghet": the tags
    role = _DANGLING.sub("", role).rstrip(" ,;")  # "… på Norrbohus i" before the category's link; "energistrateg,"
    role = role.lstrip(" ·•∙|–—,")  # the separator before a co-author's name ("• Omar Haddad", Hugo Coder; "∙ Follow",
    # Mediumish's link to the author's profile elsewhere, then no role)
    role = re.split(r"\s+[·•∙]\s+|\s*\|\s*", role, maxsplit=1)[0].rstrip(" ·•∙|–—/").strip()  # ("…|Publicerat", glued)
    role = re.sub(r"\s+(?:Lv|Lvl|Level)\s?\d{1,3}$", "", role)  # the author's level badge after it ("Lv6", Redefine)
    role = re.sub(r"\s+-$", "", role)  # "energistrateg på AB Ekbyhem -" before the date (Hugo Zen)
    if _OTHERS.fullmatch(role) or role.startswith("#"):
        return None  # "Anna Berg and others": the co-authors left unnamed, no role (Ghost Fizzy's card); nor the
        # card's hashtags after the name ("#energi#solceller", Astro erudite's)
    return unbracketed(WEEKDAY_TAIL.sub("", role))  # "mån," before the date a card's meta line prints (Drupal's
    # created field)


_OTHERS = re.compile(r"(?i)(?:and|och|&|with|med)\s+(?:others|andra|flera|fler)|m\.\s?fl\.?|et\s+al\.?|\+\s?\d+")


def unbracketed(role: str | None) -> str | None:
    """A role without the brackets around it all: "Anna Berg (Norrbyhem)" (Largo's byline)."""
    if role and role.startswith("(") and role.endswith(")") and "(" not in role[1:-1]:
        return role[1:-1].strip()
    return role
