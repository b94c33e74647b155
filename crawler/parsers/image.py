"""The article's lead image: the picture its caption belongs to, else the picture the
structured data names, else the article's first figure, else its first picture, else the
address the structured data gives (JSON-LD ``image``, ``og:image``, ``twitter:image``).

Pure functions of elements and strings; ``Page.image_url`` picks the article's pictures.
A logo, an avatar, an author's or a press contact's portrait, an icon, a teaser's thumbnail
or a tracking pixel is never the lead image: their class, id, file name, size, the box they
sit in or the link around them says what they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from .dates import find_swedish_date
from .structured import shown_text, text_content
from .text import clean_text

Element = Any  # lxml element

# Words (at the start of a word: "custom-logo", "cropped-favicon", not "silicon") in a
# picture's class, id or file name that make it chrome, not the article's picture.
CHROME_IMAGE = re.compile(r"(?<![a-z])(?:avatar|gravatar|logo|icon|favicon|emoji|sprite|spinner|placeholder|arrow|bullet|"
                          r"spacer|pixel|badge|author|profile|byline|persona(?![a-zåäö])|userpic|user-?photo|"
                          r"rounded-(?:full|circle)|(?:trans|transparent|blank|clear)\.(?:gif|png)"
                          r"|no-?image[\w-]*\.(?:png|jpe?g|gif|svg|webp)"  # a theme's stand-in ("no-image-large.png", Cocoon)
                          r"|(?:loading|loader)\.(?:svg|gif))", re.I)
# ("rounded-full", Tailwind's, and "rounded-circle", Bootstrap's: a picture cut to a circle is a face;
# "trans.gif", a template's transparent spacer beside its buttons (Joomla 1.5's Beez); "loading.svg", a spinner
# shown while the page loads (Hexo Archer's);
# Fluent UI's "ms-Persona-image" and SharePoint's "userphoto.aspx", LiveJournal's "userpic": a user's face; not
# "personalbostader-duved.jpg", staff housing, SkiStar's)
# ... and words in the class or id of the box around it: a logo link, a byline, an author box,
# a press contact, related posts and teaser cards, comments, sharing buttons, a sidebar, an ad.
# (not a layout's modifier naming what it has beside it: "site-main--with-sidebar", "has-sidebar", Lindbäcks' <main>;
# "layout layout--sidebar", O'Learys' column layout)
CHROME_BOX = re.compile(r"(?<![a-z])(?<!with-)(?<!has-)(?<!with_)(?<!has_)(?<!layout--)(?<!container--)(?<!main--)"
                        r"(?<!page--)(?<!content--)(?<!wrapper--)(?<!grid--)(?<!file-type-)"  # (Sitecore SXA's
                        # "file-type-icon-media-link" on every image component: the link's file type, no icon)
                        r"(?:avatar|logo|brand|icon|author|writer|profile|byline|contact|kontakt|related|"
                        r"relaterad|comment|share|social|sidebar|teaser|post-card|read-more|bookmark|advert)",
                        re.I)
BOX_LEVELS = 3  # how far up the box words are read
# Lazy loaders keep the real address in one of these and a placeholder in src.
LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-orig-file", "data-large-file")
SMALL = 64  # pixels: a picture this small on both sides is an icon
CAPTION_BOX = 200  # characters of text beside the caption in the picture's own small box
CAPTIONED_AMONG = 20  # the lead image's caption belongs to one of the article's first pictures
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp)$", re.I)
SIZE_SUFFIX = re.compile(r"(?:-\d+x\d+|-scaled|-e\d+)+$")  # WordPress: name-1024x683.jpg


def source(img: Element) -> str | None:
    """The address of the picture an <img> (or <amp-img>) shows, as written."""
    for attr in LAZY_ATTRIBUTES:
        if value := (img.get(attr) or "").strip():
            return value
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    if srcset:
        return srcset.split(",")[0].split()[0]
    copy = noscript_copy(img)  # (a placeholder: the address of its copy for browsers without scripts)
    return source(copy) if copy is not None else None


def noscript_copy(img: Element) -> Element | None:
    """The picture a placeholder ("data:image/gif…") stands for: its copy in the <noscript> right after it, for
    browsers without scripts (next/image's legacy markup, lazysizes')."""
    after = img.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return next(after.iter("img"), None) if after is not None and after.tag == "noscript" else None


def _size(value: str | None) -> int | None:
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else None


# A folder of people's pictures: /assets/blog/authors/ahmed.jpg (Next.js' blog starter), /avatars/
_SIZES_PX = re.compile(r"^\s*(\d+)px\s*$")  # an <img sizes> of one fixed width
PORTRAIT_FOLDER = re.compile(r"/(authors?|avatars?|skribenter|forfattare|profile-?pictures?|headshots?)/[^/]+$", re.I)

_AVATAR_ALT = re.compile(r"(?i)\s*(?:avatar|profilbild|profile (?:picture|photo|image)) (?:of|för|av)\b")  # (not "Porträtt av …": a
# picture of the post)


def is_chrome_image(img: Element, page_url: str | None = None,
                    resolve: Callable[[str | None], str | None] = lambda href: href) -> bool:
    """A logo, avatar, portrait of an author or a contact, icon, pixel or a teaser's
    thumbnail: by its class, id, file name, size, the box it sits in, or a link around it
    to another page."""
    src = source(img) or ""
    name = urlsplit(src).path.rsplit("/", 1)[-1] if "://" in src or src.startswith("/") else src
    if CHROME_IMAGE.search(" ".join(filter(None, [img.get("class"), img.get("id"), name]))) \
            or PORTRAIT_FOLDER.search(urlsplit(src).path) or "button" in name.lower():
        return True  # (a button's picture: Joomla's "pdf_button.png", "printButton.png")
    if _AVATAR_ALT.match(img.get("alt") or ""):
        return True  # "Avatar of author AnnaBerg." (Kontent.ai's sample app: a person's picture served through
        # Next.js' /_next/image, its file name hidden in the query)
    if src and (whole := urlsplit(resolve(src) or src)).path in ("", "/") and not whole.query:
        return True  # a site's root as the source: a theme printing a post's empty featured image (Parsa)
    width, height = _size(img.get("width")), _size(img.get("height"))
    if width is not None and height is not None and width <= SMALL and height <= SMALL:
        return True
    if width is None and not img.get("alt") and _among_meta_fields(img):
        return True
    if (shown := _STYLE_WIDTH.search(img.get("style") or "")) and int(shown.group(1)) <= SMALL:
        return True  # shown as a thumbnail: a 150-pixel portrait set to "width:64px" beside a name (OnePress)
    if (drawn := _SIZES_PX.match(img.get("sizes") or "")) and int(drawn[1]) <= SMALL:
        return True  # drawn at one small size whatever the screen (next/image's sizes="48px": a writer's avatar)
    for box in list(img.iterancestors())[:BOX_LEVELS]:
        if box.tag in ("body", "html"):
            break  # (the page's own classes, WordPress's "wp-custom-logo" on <body>, say nothing of a picture)
        words = " ".join(filter(None, [_without_terms(box.get("class")), box.get("id")]))
        if (found := CHROME_BOX.search(words)) and not (
                found[0].lower() in ("social", "share") and len(text_content(box)) > 500):
            return True  # (a share bar is short: "social-after-title" on the post's wrapper is a layout, MoreNews)
    link = next((a for a in img.iterancestors("a") if a.get("href")), None)
    if link is not None:  # a teaser's thumbnail links to its article; a picture to itself
        target = resolve(link.get("href").strip()) or ""
        path = urlsplit(target).path
        own = _same_page(target, page_url) if page_url else False
        if target.startswith(("http://", "https://")) and not own and not IMAGE_FILE.search(path):
            return True
    return False


# A class naming one of the post's terms: "tag-hash-utan-byline" (Ghost's internal tag "#utan-byline"),
# "category-profile", on the post's own box: what the post is filed under, never a box of chrome
_TERM_CLASS = re.compile(r"(?i)^(?:tag|category|post_tag|post-tag)-")


def _without_terms(classes: str | None) -> str | None:
    """The box's classes less those naming the post's tags and categories."""
    return " ".join(c for c in classes.split() if not _TERM_CLASS.match(c)) if classes else classes


def _among_meta_fields(img: Element) -> bool:
    """An icon beside the post's meta fields, in a short box of no heading that holds a date, or
    in a box inside it (CSDN's ``article-bar-top``: the kind's icon, the account, a clock icon,
    the date, the counters with theirs): no picture of the text's."""
    for box in list(img.iterancestors())[:3]:  # (a counter's icon in the counters' box inside the bar)
        if box.tag in ("figure", "picture", "p") or (text := _short_text(box, 160)) is None \
                or not text and box is img.getparent() or next(box.iter("h1", "h2", "h3"), None) is not None:
            return False  # (a picture alone in its box is no icon beside words: a banner's, SharePoint's)
        if find_swedish_date(text) is not None:
            return True
    return False


def _short_text(box: Element, limit: int) -> str | None:
    """The box's text when it is at most ``limit`` characters, else None: read no further than that
    (a page's whole column is no meta bar, and reading all of it for every picture is slow)."""
    parts, size = [], 0
    for piece in box.itertext():
        parts.append(piece)
        size += len(piece)
        if size > 4 * limit:
            return None
    text = clean_text("".join(parts))
    return text if len(text) <= limit else None


_STYLE_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*(\d+)px", re.I)


def _same_page(a: str, b: str) -> bool:
    """One page: a link to another query of the same script is another page (PHP-Nuke's topic
    icon links "modules.php?name=News&new_topic=4" from "modules.php?name=News&file=article&sid=…")."""
    split_a, split_b = urlsplit(a), urlsplit(b)
    return (split_a.netloc, split_a.path.rstrip("/")) == (split_b.netloc, split_b.path.rstrip("/")) \
        and (not split_a.query or split_a.query == split_b.query)


def absolute(href: str | None, resolve: Callable[[str | None], str | None]) -> str | None:
    """The address made absolute; None unless it is http(s)."""
    url = resolve(href.strip()) if href else None
    return url if url and url.startswith(("http://", "https://")) else None


def stem(url: str | None) -> str | None:
    """A picture's file name without extension and size suffix: the same picture in any size."""
    if not url:
        return None
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    name = IMAGE_FILE.sub("", name)
    return SIZE_SUFFIX.sub("", name).casefold() or None


def captioned(images: Iterable[Element], caption: str | None) -> Element | None:
    """The picture whose own small box (itself and three ancestors) holds the caption."""
    wanted = " ".join((caption or "").split()).casefold()
    if not wanted:
        return None
    for img in list(images)[:CAPTIONED_AMONG]:
        for box in list(img.iterancestors())[:3]:
            text = shown_text(box)
            if len(text) > len(wanted) + CAPTION_BOX:
                break
            if wanted in text.casefold():
                return img
    return None


def in_figure(img: Element) -> bool:
    """Inside a <figure> (or a theme's caption box, ``wp-caption``), two levels up at most."""
    return any(box.tag == "figure" or "caption" in (box.get("class") or "")
               for box in list(img.iterancestors())[:2])


def lead_image(images: list[Element], resolve: Callable[[str | None], str | None], *,
               caption: str | None, structured: Iterable[str | None], page_url: str | None = None,
               elsewhere: Iterable[Element] = ()) -> str | None:
    """Absolute URL of the lead image.

    ``images`` are the article's pictures in document order, ``structured`` the addresses
    the metadata gives, best first, and ``elsewhere`` the page's other pictures: the one the
    metadata names is taken from there too (a hero above the article), so that the address
    is the one the page shows (and a crawl archived) rather than the metadata's size of it.
    """
    pictures = [img for img in images if absolute(source(img), resolve)
                and not is_chrome_image(img, page_url, resolve)]
    named = [url for href in structured if (url := absolute(clean_text(href) if href else None, resolve))
             and not CHROME_IMAGE.search(urlsplit(url).path.rsplit("/", 1)[-1])]
    stems = {stem(url) for url in named} - {None}

    def shown(candidates: Iterable[Element]) -> Element | None:
        return next((i for i in candidates if stem(absolute(source(i), resolve)) in stems
                     and not is_chrome_image(i, page_url, resolve)), None)

    choices = (lambda: captioned(pictures, caption),  # each looked up only if the one before found none
               lambda: shown(pictures),
               lambda: next((i for i in pictures if in_figure(i)), None),
               lambda: pictures[0] if pictures else None,
               lambda: shown(elsewhere))
    for choice in choices:
        if (img := choice()) is not None:  # (an element without children is falsy: test for None)
            return absolute(source(img), resolve)
    return named[0] if named else None


def bank_credit(root: Element, image_url: str | None, resolve: Callable[[str | None], str | None]) -> str | None:
    """The lead picture's photographer as a press room's image bank under the text prints it, a field
    of the same picture's card ("<dt>Fotograf:</dt><dd>Magnus Berg</dd>" beside its thumbnail:
    Mynewsdesk's "Bilder"), label included; None when no card of that picture names one."""
    wanted = stem(image_url)
    if wanted is None:
        return None
    for label, credit in _credit_fields(root):
        box = next((box for box in list(label.iterancestors())[1:BANK_CARD_LEVELS]
                    if next(box.iter("img"), None) is not None), None)  # the card: the nearest box with a picture
        if box is not None and any(stem(absolute(source(img), resolve)) == wanted for img in box.iter("img")):
            return credit
    return None


def background_credit(styled: Iterable[Element], image_url: str | None, resolve: Callable[[str | None], str | None],
                      credit: Callable[[str], str | None]) -> str | None:
    """The lead picture's credit printed alone in an element inside the box showing that picture as its CSS
    background (Hugo Ananke's cover: "<header class=cover style="background-image: url('…/lastcykel.jpg')"> … <p>Foto:
    Henrik Wall</p>", the header also holding the site's menu); ``styled`` are the page's elements with a style,
    ``credit`` a line's credit when the line is only that."""
    wanted = stem(image_url)
    if wanted is None:
        return None
    for box in styled:
        if (m := _BACKGROUND_URL.search(box.get("style") or "")) and stem(absolute(m[1].strip(), resolve)) == wanted:
            found = next((c for el in box.iter() if isinstance(el.tag, str) and len(el) == 0
                          and len(text := " ".join(shown_text(el).split())) <= 80 and (c := credit(text))), None)
            if found:
                return found
    return None


_BACKGROUND_URL = re.compile(r"(?i)background(?:-image)?\s*:[^;]*?url\(\s*['\"]?([^'\")]+)")


def page_info_credit(box: Element) -> str | None:
    """The lead picture's photographer or illustrator as the page's information under the text names it, a
    field of its own ("<dt>Fotograf:</dt><dd>Sara Holm/Bildbyrån Norr</dd>" beside "Redaktör:" and "Senast
    uppdaterad:", 1177's page facts), label included; never a field of a list holding pictures (an image bank's
    cards)."""
    for label, credit in _credit_fields(box):
        fields = next(label.iterancestors("dl"), None)
        if fields is not None and next(fields.iter("img"), None) is None:
            return credit
    return None


def _credit_fields(root: Element) -> Iterator[tuple[Element, str]]:
    """(the term, the credit as printed) of each ``<dt>`` labelling a picture's credit over its ``<dd>``
    ("<dt>Fotograf:</dt><dd>Magnus Berg</dd>" -> "Fotograf: Magnus Berg")."""
    for label in root.iter("dt"):
        value = label.getnext()
        if value is not None and value.tag == "dd" and _CREDIT_FIELD_LABEL.fullmatch(shown_text(label)) \
                and (who := shown_text(value)):
            yield label, _labelled(shown_text(label), who)


def _labelled(label: str, who: str) -> str:
    """The credit as "Label: Name", unless the field prints its label itself ("<dt class=visually-hidden>Fotograf
    </dt><dd>Fotograf: Ola Ekström / SJ</dd>", a press room's picture box)."""
    label = label.rstrip(": ")
    return who if who.casefold().startswith(label.casefold()) else f"{label}: {who}"


# A picture's credit field's label: "Fotograf:", "Illustratör:" (an image bank's card, the page's facts)
_CREDIT_FIELD_LABEL = re.compile(r"(?i)(?:foto|fotograf|bild|illustration|illustratör|photo|photographer)\s*:?")
BANK_CARD_LEVELS = 5  # the <dl>, the card's details, the card: how far up the card's picture is looked for
