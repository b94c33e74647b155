"""Authors: the name/role block at the end of the body and bylines under the title."""

from __future__ import annotations

import re
from typing import Any

from .dates import find_swedish_date
from .dom import SECTION_CLASS
from .profile import Profile
from . import people
from .structured import shown_text
from .shape import (BYLINE_TAIL, ends_in_role_word, has_byline_prefix, is_name, is_role, split_credit,
                    split_name_role, strip_byline_prefix, unglue)

Author = dict[str, str | None]


def author_block(texts: list[str], profile: Profile, trailing: int = 3,
                 quoted: frozenset[int] = frozenset()) -> tuple[int, list[Author]]:
    """(first line of the block, authors) for name/role lines ending the texts.

    Up to `trailing` short non-sentence lines (tags, a site tagline) may follow
    the block; they are cut off with it. ``quoted``: the places of lines right under a
    quote, whose "– Name, role" is the quote's speaker, no sign-off.
    """
    for skip in range(trailing + 1):
        if skip and not (is_role(last := texts[-skip] if skip <= len(texts) else "") or _BARE_LABEL.fullmatch(last)):
            break  # (a field's label alone under the signatures, "Områden:" over its chips, is cut off with them)
        start, found = _block_ending_at(texts[: len(texts) - skip], profile,
                                        sign_off=len(texts) - skip - 1 not in quoted)
        if found:
            return start, found
    return len(texts), []


# "Sara Nyberg, energisamordnare, och Hamid Rahimi, områdesvärd": one line signed by two
AND_NEXT = re.compile(r",?\s+(?:och|and|&|[·•])\s+(?=[A-ZÅÄÖ])")  # (or a dot between two name-and-role pairs:
# "Text: Erik Holm, kundansvarig · Leyla Karimi, auktoriserad tolk i arabiska")


def signed_by_several(text: str, profile: Profile) -> list[Author]:
    """The authors of one signature line naming several people, all with a role or all without
    (a role split in the middle, "…, Privacy, and Technology Project", is one author's); a letter's closing words
    opening the line are no part of the first name ("Hälsningar Margit Lind och Holger Sand")."""
    joins, parts = zip(*_signers_parts(_without_sign_off(text, profile), profile))
    pairs = [split_name_role(part.strip(), profile) for part in parts] if len(parts) > 1 else []
    if not pairs or None in pairs:
        return []
    comma_before_last = joins[-1].startswith(",")
    if len({role is None for _, role in pairs}) > 1 and not (
            comma_before_last and _last_without_role(pairs, profile)):  # type: ignore[arg-type]
        return []  # (mixed only as "…, energistrateg, och Ahmed Yusuf": a comma parts the role from the last name)
    return [{"name": name, "role": role} for name, role in pairs]  # type: ignore[misc]


def _without_sign_off(text: str, profile: Profile) -> str:
    """The line without a letter's closing words opening it, as the profile's sign-offs read them ("Med vänliga
    hälsningar Anna Ek" -> "Anna Ek")."""
    words = text.split(" ")
    for k in range(min(4, len(words) - 1), 0, -1):
        if words[k][:1].isupper() and profile.matches("words", "sign_offs", " ".join(words[:k])):
            return " ".join(words[k:])
    return text


def _signers_parts(text: str, profile: Profile) -> list[tuple[str, str]]:
    """The line's parts between "och", "&" or a dot, each with the words joining it to the one before; a part after
    "&" opening with no name (its role after a comma or in parentheses) is the rest of a firm's name in the role
    before ("…, bröllopsplanerare, Syréns Bröllop & Fest") and stays with it."""
    parts: list[tuple[str, str]] = []
    join, start = "", 0
    for m in [*AND_NEXT.finditer(text), None]:
        part = text[start:m.start() if m else len(text)]
        if parts and join.strip(" ,") == "&" \
                and not people.plausible_name(part.split(",", 1)[0].split(" (", 1)[0].strip(), profile):
            parts[-1] = (parts[-1][0], parts[-1][1] + join + part)
        else:
            parts.append((join, part))
        if m:
            join, start = m.group(), m.end()
    return parts


def _last_without_role(pairs: list[tuple[str, str | None]], profile: Profile) -> bool:
    """"Lina Berg, energistrateg, och Ahmed Yusuf": each role one word group (no list of them, as
    "…Technologist, Speech, Privacy, and Technology Project" is), only the last person printed bare."""
    *first, (last, bare) = pairs
    return bare is None and people.plausible_name(last, profile) \
        and all(role and "," not in role for _, role in first)


# "/Anna Berg & Johan Lind" closing the text: a Swedish sign-off, names (or one name and its role)
_SLASH_SIGNED = re.compile(r"^//?\s?(?=\S)([^.!?/]{3,160})$")  # ("//Per Lindskog, …": two slashes, Nationalmuseum's)


def name_with_role(text: str, profile: Profile) -> tuple[str, str] | None:
    """"Gunnel Axelsson, kommunstyrelsens ordförande (C)" -> (name, role): a person's name, then a role
    that reads as one; None for any other line."""
    pair = split_name_role(text, profile)
    if pair and pair[1] and people.plausible_name(pair[0], profile) and people.plausible_role(pair[1], pair[0], profile):
        return pair[0], pair[1]
    return None


def slash_signed(text: str, profile: Profile) -> list[Author]:
    """The people a "/Name" or "/Name & Name" line signs, or the one a "/ Name, role" line signs
    (Nibbleblog's "/ Sara Lindgren, bovärd på Ekbacka Bostäder"); none for any other line."""
    if not text.startswith("/") or not (m := _SLASH_SIGNED.match(text.strip())):
        return []
    names = people.names_in(m[1], profile)
    if names and people.only_names(m[1], names) and all(people.plausible_name(n, profile) for n in names):
        return [{"name": n, "role": None} for n in names]
    if people.desk_words(profile).fullmatch(m[1].strip()):
        return [{"name": m[1].strip(), "role": None, "as_printed": True}]  # "/Redaktionen" (goo blog's post)
    if len(several := signed_by_several(m[1], profile)) > 1:
        return several  # "/Sara Lindqvist, bibliotekarie på …, och Omar Haddad, boendevärd på …": each with a role
    pair = split_name_role(m[1], profile) if len(m[1]) <= 80 else None
    return [{"name": pair[0], "role": pair[1]}] if pair and pair[1] and people.plausible_name(pair[0], profile) else []


def _block_ending_at(texts: list[str], profile: Profile, limit: int = 3,
                     sign_off: bool = True) -> tuple[int, list[Author]]:
    i, found = len(texts) - 1, []
    if sign_off and i >= 0 and (m := _DASH_SIGNED.match(texts[i])):
        # a sign-off under the text after a dash, "– Anna Berg" or "— Redaktionen" (a Markdown post's closing
        # line); a line of dialogue after its dash is a sentence or a lone word ("– Tack"), no name
        if (pair := split_name_role(m[1], profile)) and len(pair[0].split()) >= 2:
            return i, [{"name": pair[0], "role": pair[1]}]
        if len(several := signed_by_several(m[1], profile)) > 1:
            return i, several  # "— Nora Lindqvist (handledare) & Samir Haddad (projektledare)" (a Tumblr post)
        if any(people.desk_words(profile).fullmatch(w) for w in m[1].split()):
            return i, [{"name": m[1], "role": None}]
    if i >= 1 and sign_off and len(texts[i]) <= 40 and len(texts[i].split()) >= 2 \
            and people.names_a_unit(texts[i - 1], profile) and people.names_a_unit(texts[i], profile):
        return i - 1, [{"name": texts[i - 1], "role": texts[i], "as_printed": True}]  # "Tekniska avdelningen" over
        # "Överkalix kommun" closing the text: the unit signs, the organisation its role
    if i >= 0 and (m := _CREDITED_DESK.match(texts[i])) and len(m[1].split()) <= 4 \
            and people.names_a_unit(m[1], profile):
        return i, [{"name": m[1], "role": None, "as_printed": True}]  # "Text: Sektor samhällsbyggnad" closing a
        # municipality's news
    if i >= 0 and (slashed := slash_signed(texts[i], profile)):
        while i >= 1 and len(slashed) < limit and (above := slash_signed(texts[i - 1], profile)):
            slashed, i = above + slashed, i - 1  # "/Anna Lindqvist, kommunikatör" over "/Karim Haddad, …"
        return i, slashed
    while i >= 0 and len(found) < limit:
        if found and _MINUTES_LABEL.match(texts[i]):
            i -= 1  # "Vid protokollet:" over the secretary, "Justerat av:" over the adjuster: the minutes' signers,
            continue  # each under the label of the part they signed
        if found and (slashed := slash_signed(texts[i], profile)):
            found.extend(slashed[::-1])  # "/ Lena Holmqvist, ordförande" over "Tarik Aziz, kassör": the slash
            i -= 1  # opens the signature (Skyrock's post)
            break
        if not found and (several := signed_by_several(texts[i], profile)):
            found.extend(several[::-1])
            i -= 1
            continue
        single = split_name_role(texts[i], profile)
        titled = single is not None and ends_in_role_word(single[0].split()[0], profile)  # ("Affärsområdeschef
        # Fastighet, Bredband2": a title and a company, no name and role)
        if i >= 1 and is_name(texts[i - 1], profile) and is_role(texts[i]) \
                and (single is None or single[1] is None or titled) and not people.is_co_author(texts[i], profile):
            # (a name under a name is a co-author: "Text:" / "Karin Öst" / "Mehmet Yilmaz", Drupal's field items)
            found.append({"name": texts[i - 1], "role": texts[i]})
            i -= 2
        elif single and not titled:
            found.append({"name": single[0], "role": single[1]})
            i -= 1
        else:
            break
    return i + 1, found[::-1]


# The labels minutes print over their signers: the secretary's, the adjuster's (a title alone, "Sekreterare", is
# a label only with its colon: without it, it is the role of the name above)
_MINUTES_LABEL = re.compile(r"(?i)^(?:(?:vid protokollet|justerat av|justeras)\s*:?|(?:protokollförare|sekreterare"
                            r"|justerare)\s*:)$")
_CREDITED_DESK = re.compile(r"(?i)^text\s*:\s*(\S.{0,60})$")
_BARE_LABEL = re.compile(r"[^\W\d_]+\s*:")  # one word: "Områden:" (not "Lyssna också:" over other posts)
_DASH_SIGNED = re.compile(r"^(?:[–—]|--)\s*([^\s–—-].{1,80})$")


def author_block_at_start(texts: list[str], profile: Profile, limit: int = 3) -> list[Author]:
    """Name/role lines opening the texts (an author box after the body)."""
    i, found = 0, []
    while i < len(texts) and len(found) < limit:
        single = split_name_role(texts[i], profile)
        if single and single[1] is None and i + 1 < len(texts) and is_role(texts[i + 1]) \
                and not people.is_co_author(texts[i + 1], profile):  # (a name under it: a co-author)
            nxt = split_name_role(texts[i + 1], profile)
            if nxt is None or nxt[1] is None:
                found.append({"name": single[0], "role": texts[i + 1]})
                i += 2
                continue
        if not single:
            break
        found.append({"name": single[0], "role": single[1]})
        i += 1
    return found


def byline(text: str, profile: Profile) -> Author | None:
    """"Av Anna Ek, kommunikatör" / "Text: Anna Ek" under a title."""
    text = unglue(text)  # "Av Anna EkPublicerad 5 maj": two elements without a space between
    if text.endswith(".") and not text.endswith("..") and text.count(". ") == 0:
        text = text[:-1]  # the line set as a sentence: "Gästinlägg av Karin Wallin, energichef på Strandhem."
    pair = split_name_role(text, profile)
    if pair is None and has_byline_prefix(text, profile):  # "Written by Anna Ek, MS, RD": the name is sure
        names = people.names_in(text, profile)
        if not names:  # "Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments"
            head = BYLINE_TAIL.split(strip_byline_prefix(text, profile), 1)[0]
            names = [head] if people.plausible_name(head, profile) and is_name(head, profile) else []
        return {"name": names[0], "role": None} if names else None
    return {"name": pair[0], "role": pair[1]} if pair else None



def role_for(name: str, texts: list[str], profile: Profile) -> str | None:
    """The role printed after a known author's name, if any: on the name's line ("Gästskribent: Lars-Erik Holm,
    ordförande i …"), before one on the line under a line of the name alone (Ignite's "Av Lars-Erik Holm" over the
    headline, then the guest's line in the text)."""
    under = None
    for i, text in enumerate(texts):
        if name not in text:
            continue  # (the line must print the name: most of the text's lines are passed over unsplit)
        pair = split_name_role(text, profile)
        if pair and pair[0] == name:
            if pair[1] and (role := split_credit(pair[1], profile)[0].rstrip(" ,;|")):
                return role  # (the photographer's credit after it on the byline's line taken off: "Text: Amira
                # Haddad, frilansskribent Foto: Linus Ek", Urbanears' journal)
            if under is None and i + 1 < len(texts) and is_role(texts[i + 1]) and not is_name(texts[i + 1], profile) \
                    and split_credit(texts[i + 1], profile)[1] is None:  # (not the cover's caption and credit under
                under = texts[i + 1]  # the author's name: Webiny's Next.js starter)
    return under


_CONTACT_LABEL = re.compile(r"(?i)^(?:(kontakt|kontakter|kontaktperson|kontaktpersoner|presskontakt|presskontakter|"
                            r"mediekontakt|mediekontakter|mediakontakt|mediakontakter|kontakta (?:oss|mig)|"
                            r"för mer information|för ytterligare information|mer information|ytterligare information|"
                            r"tilläggsinformation|tilläggsuppgifter|"  # (Finland-Swedish: Viking Line's releases)
                            r"(?:för )?(?:ytterligare|mer|närmare) upplysningar|upplysningar|"  # (a press release's)
                            r"pressfrågor|mediefrågor|mediafrågor|"  # ("Pressfrågor" over the contacts' cards)
                            r"frågor från (?:media|medier|pressen)|"  # ("Frågor från media", Sitevision's portlet)
                            r"contacts?|media contacts?|press contacts?)\b.{0,40}"
                            r"|(?:vid |för |har du )?frågor\b.{0,30}[:?]"
                            r"|vill du (?:veta|läsa) mer(?: om [^?]{1,40})?\?)$")  # ("Frågor om
# projektet:", Dara; "Vill du veta mer?" over the contact's card, Catena's, or "Vill du veta mer om sommarjobben?",
# Parkering Göteborg's; "Har du frågor?" over the caretaker's card, Micasa's)
_PHONE_OR_MAIL = re.compile(rf"[\w.+-]+@[\w-]+\.[\w.]+|{people.PHONE_NUMBER}")  # an e-mail address or a phone number


def is_contact_label(text: str) -> bool:
    """A label over whom to call: "Kontakt", "Presskontakter", "Har du frågor?"."""
    return _CONTACT_LABEL.match(text.strip()) is not None


def is_contact_block(texts: list[str], start: int) -> bool:
    """Name/role lines under a "Kontakt" label, or beside phone numbers and e-mail addresses,
    name whom to call about a press release, not who wrote it."""
    if start > 0 and is_contact_label(texts[start - 1]):
        return True
    before = [texts[start - 1]] if start > 0 and len(texts[start - 1]) <= 100 \
        and not ((m := _CONTACT_OPENS.match(texts[start - 1])) and texts[start - 1][m.end():].strip()
                 and not any(_DIGITS.search(t) for t in texts[start:])) else []
    # (not the text's last paragraph asking readers to write to an address: "… Skicka ett mejl till trygghet@…",
    # then the signer; nor a whole contact line of its own, "Presskontakt: Elin Sandberg, …, 073-…", over a
    # signer printing no number: "Sofia Nyberg, kommunikationschef …, 0570-123 50" under it is one more contact)
    tail = texts[start:]
    tail = tail[:next((i for i, t in enumerate(tail) if i and _CONTACT_OPENS.match(t)), len(tail))]
    # (a signature, then "Presskontakt: Jonas Berglund, …, 08-555 123 40": the contact's number is not the signer's)
    return any(_PHONE_OR_MAIL.search(t) for t in before + tail)


_DIGITS = re.compile(r"\d{2,}[\s-]\d{2,}")
_ASK = re.compile(r"(?i)^(?:(?:har du |vid )?frågor[?,:]?\s*)?kontakta\b"
                  r"|^[^.?!]{3,40}\?\s*kontakta\b"  # ("Vill du veta mer? Kontakta Ahmed Yusuf, …", Discuz)
                  r"|^(?:press|medie|media)?frågor\b[^.:]{0,40}\bbesvaras av\b")  # ("Frågor från media besvaras av …")
_CONTACT_OPENS = re.compile(r"(?i)^(kontakt|kontaktperson(er)?|presskontakt(er)?|för mer information|mer information"
                            r"|pressfrågor|mediefrågor|mediafrågor|media contact|press contact|frågor\b[^:]{0,40}"
                            r"|kontakt för (?:media|press))\s*:")
# ("Pressfrågor:", Hatena; "Frågor från media om energiprojektet:", Skyrock)


def is_contact_line(text: str) -> bool:
    """A whole contact line: its label, then whom to call and the number ("Presskontakt: Petra Nyström,
    kommunikationschef, 070-123 45 67"; "Frågor? Kontakta …")."""
    return (_CONTACT_OPENS.match(text) or _ASK.match(text)) is not None and _PHONE_OR_MAIL.search(text) is not None


_UPDATE_NOTE = re.compile(r"(?i)^(?:uppdaterat|uppdaterad|uppdatering|updated|update)\b[^:]{1,40}\d[^:]{0,20}:\s")


def is_update_note(text: str) -> bool:
    """A dated note an editor put before or after the text ("Uppdatering 9 januari: Isen är åter öppen …")."""
    return _UPDATE_NOTE.match(text) is not None


def signed_over_a_contact_line(texts: list[str], profile: Profile,
                               quoted: frozenset[int] = frozenset()) -> tuple[int, list[Author]]:
    """The signature right above the text's last line when that line is a whole contact line of its
    own ("Eva Lundqvist, hyresstrateg …", then "Frågor? Kontakta presschef Lars Berg, 070-123 45 67.",
    Hugo Tania): (where it starts, who signs), or (len(texts), [])."""
    if len(texts) > 2 and (is_contact_line(texts[-1]) or is_update_note(texts[-1])):
        k, authors = author_block(texts[:-1], profile, quoted=quoted)  # (or under an update note:
        # "Uppdaterat 3 april 2017: …")
        if authors and k == len(texts) - 2:
            return k, authors
    return len(texts), []


def signed_with_own_details(texts: list[str], start: int, signers: list[Author]) -> bool:
    """The signers' own address and number under their names right under the text's last paragraph
    ("Birgitta Almqvist, förvaltningschef" / "E-post: …, Tel 019-…", Capio's news): they wrote it. Not under a
    heading or a label ("Har du fler frågor?"), nor anyone the text quotes: whom to call."""
    details = texts[start + len(signers):]
    return 1 <= len(details) <= 2 and start > 0 and len(texts[start - 1]) >= 80 \
        and not any(a["name"] in t for a in signers for t in texts[:start]) \
        and all(_OWN_DETAILS.match(t) and _PHONE_OR_MAIL.search(t) for t in details)


_OWN_DETAILS = re.compile(rf"(?i)^{people.CONTACT_FIELD}\b\.?\s*:?")


def signed_above_contacts(texts: list[str], start: int, profile: Profile,
                          quoted: frozenset[int] = frozenset()) -> tuple[int, list[Author]] | None:
    """The signature right above a press contacts' label: "Maria Holm, vd, Ekbacka Bostäder", then
    "Kontakt för media:" and whom to call (Hexo's Anatole): (where it starts, who signs), or None."""
    label = start - 1 if start > 0 and is_contact_label(texts[start - 1]) else None
    if label is None:
        return None
    k, authors = author_block(texts[:label], profile, quoted=quoted)
    return (k, authors) if authors and k > 0 and label - k <= 3 and not is_contact_label(texts[k - 1]) else None
    # (not whom to call under a label of its own: "Frågor om jobben:" / "Nadia Korhonen, …, 013-45 67 80" over
    # "Frågor om judopassen:" / "Jonas Ekberg, …")


def field_authors(line_el: Any, profile: Profile) -> list[Author]:
    """The people a field of a dated meta line names, each field an element of its own
    ("Publicerad 12 mars 2024" · "Sara Lindholm och Mehmet Aydin" · "Renovering": Icarus), the
    field only names, or a name and a role ("Maria Lindqvist, energistrateg på Norrbohus")."""
    for field in line_el:
        if not isinstance(field.tag, str) or field.tag == "a" or len(field) > 1 \
                or any(a.get("href") is not None for a in field.iter("a")) or find_swedish_date(text := shown_text(field)) \
                or SECTION_CLASS.search(field.get("class") or ""):
            continue  # (a field of links or of several elements holds terms: "i <a>Hyror</a>", a tag list; an
            # <a> with no address links nothing: ButterCMS's starter wraps each field in one; a field its class calls
            # the category, "<span class=news-article__category>MTR Tunnelbanan</span>", names a section)
        if (names := people.names_in(text, profile)) and people.only_names(text, names):
            return [{"name": n, "role": None} for n in names]
        if text[:1].isupper() and people.desk_words(profile).fullmatch(text):  # "Redaktionen" (Hextra)
            return [{"name": text, "role": None}]
        if pair := name_with_role(text, profile):
            return [{"name": pair[0], "role": pair[1]}]
    return []
