"""Bytes to text (charset cascade) and the one text-hygiene function."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from w3lib.encoding import html_to_unicode, http_content_type_encoding

# (and the Private Use Area: an icon font's glyphs, "\ue7ff" before a name in Material Icons' <i>, are no text)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\ue000-\uf8ff]")
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# Python codec names whose bytes browsers actually read as windows-1252.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "iso8859_15", "cp1252"}


CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"  # kana, Han, Hangul: scripts without case
_CJK_CHAR = re.compile(f"[{CJK}]")


def text_weight(text: str) -> int:
    """Characters, one of kana, Han or Hangul counting as three: a CJK character says about
    what a short Latin word does, so length thresholds hold across scripts."""
    return len(text) + 2 * len(_CJK_CHAR.findall(text)) if text and not text.isascii() else len(text or "")


def folded(text: str) -> str:
    """Text compared as a reader reads it: case and the apostrophe's form aside ("O’Reilly")."""
    return text.casefold().replace("’", "'")


def ascii_fold(text: str) -> str:
    """"Fönsterbytet" as an address spells it: "fonsterbytet"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def address_words(text: str) -> set[str]:
    """The text's words as an address spells them: folded to lower-case ASCII ("Så håller" -> {"sa", "haller"})."""
    return set(re.findall(r"\w+", ascii_fold(text.casefold())))


def slug_words(path: str) -> set[str]:
    """The words of an address path's last part as the address spells them, numbers and the file's ending left out
    ("/nyheter/Rekordstor-trygghetsvandring-i-Berga.html" -> {"rekordstor", "trygghetsvandring", "i", "berga"})."""
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", path.rstrip("/").rsplit("/", 1)[-1], flags=re.I)
    return {w for w in re.split(r"[-_+\s]+", ascii_fold(last.casefold())) if w and not w.isdigit()}


def clean_text(s: str | None) -> str:
    """Entities decoded, invisible characters dropped, NFC, whitespace collapsed."""
    if not s:
        return ""
    if "&" in s and _ENTITY.search(s):
        s = html.unescape(s)
    s = _INVISIBLE.sub("", s)
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())  # str.split() knows the same whitespace as re's \s


def _detect(body: bytes) -> str:
    """Encoding of undeclared bytes: UTF-8 if valid, else a detector's guess."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        name = codecs.lookup(best.encoding).name.replace("-", "_") if best else ""
    except Exception:  # detector trouble is not the caller's problem
        name = ""
    # Short Swedish texts fool detectors into cp1250 & co; a Swedish site's
    # legacy single-byte pages are windows-1252 unless the bytes rule it out.
    if not name or name in _AS_CP1252 or name.startswith(("cp125", "iso8859", "mac_")):
        try:
            body.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return name or "cp1252"


def decode_html(body: bytes, content_type: str | None) -> str:
    """Decode a page: BOM, HTTP charset, valid UTF-8, <meta> charset, then detection.

    Labels iso-8859-1/ascii are read as windows-1252, as browsers do.
    """
    if not body:
        return ""
    if isinstance(body, str):
        return body
    body = bytes(body)
    if not http_content_type_encoding(content_type) and not body.isascii():
        try:  # non-ASCII bytes that are valid UTF-8 are UTF-8, whatever a stale <meta> says
            return body.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        _, text = html_to_unicode(content_type, body, auto_detect_fun=_detect)
        return text
    except Exception:
        return bytes(body).decode("cp1252", errors="replace")
