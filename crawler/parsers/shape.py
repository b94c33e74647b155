"""Layer 3: what Swedish article text looks like, independent of markup."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .dates import day_and_month, find_swedish_date
from .profile import Profile

_SENTENCE_END = re.compile(r"[.!?…:;]$")
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
# " / " too: "Published on 2024-03-05 / 918 Visits" (Halo)
_META_SEPARATORS = re.compile(r"\s*[·•|]\s*|\s+[–—/]\s+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_DIGIT = re.compile(r"\d")
_ELLIPSIS_END = re.compile(r"\s*(\[\s*(\.\.\.|…)\s*\]|\(\s*(\.\.\.|…)\s*\)|\.\.\.|…|(?<![.\s])\.\.)\s*$")
# (SPIP's "(…)"; Journal's "förtur..": two dots glued to the last word)


@lru_cache(maxsize=4096)  # memoised, as the other pure functions of (line, profile) below
def is_name(text: str, profile: Profile) -> bool:
    """2-4 capitalised words, no digits, no sentence punctuation: a person's name."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    particles = profile.derived("name_particles", lambda: set(profile.get("words", "name_particles")))
    real = [w for w in words if w not in particles]
    if not 2 <= len(real) <= 4 or words[0] in particles or words[-1] in particles or passive_before_by(words) \
            or words[0] in _OPENING_PREPOSITIONS:
        return False
    for word in real:
        if not _NAME_CHARS.match(word) or not word[0].isupper():
            return False
        if not any(c.islower() for c in word[1:]):
            return False  # CAPITALS are headings, not names
        if COMPOUND_TAIL.search(word):
            return False  # "LED-belysning", "Wi-fi-nätet": a compound's lower-case tail, no double name's
    return True


COMPOUND_TAIL = re.compile(r"-[a-zåäöéü]{4,}")
# A preposition opening the words: "För Pendlarföreningen Sörbanan" over the people signing on its behalf, "Till
# styrelsen", "Med Lena Åkesson": no name begins so
_OPENING_PREPOSITIONS = frozenset({"För", "Till", "Från", "Med", "Hos", "Genom", "Enligt", "Inför", "Mot", "Utan"})


def passive_before_by(words: list[str]) -> bool:
    """"Finansieras av Åsbyhem": a verb in the passive before "av" says who pays or runs it; no name with a
    particle ("Lars av Klinteberg")."""
    return len(words) > 2 and words[1] == "av" and _PASSIVE_VERB.fullmatch(words[0]) is not None


_PASSIVE_VERB = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:eras|ras|nas|tas|das|kas|gas)")  # "Finansieras", "Anordnas"


def is_caps_heading(text: str) -> bool:
    """A subheading written in capitals ("SOCIALA FAKTORER OCH GEOGRAFI")."""
    if len(text) > 120:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


@lru_cache(maxsize=4096)
def date_line(text: str, profile: Profile) -> tuple[str | None, str] | None:
    """(iso, raw) when the line is essentially a date ("Publicerad den 5 sep. 2018").

    A meta line with separators counts when one of its parts is a date
    ("Publicerad 5 sep. 2018 · Läsningstid 3 min").
    """
    if len(text) > 140 or not has_digit(text) or len(text) > 70 and not _META_SEPARATORS.search(text):
        return None  # a meta line of parts may be long: "Pete Evans · CBC News · Posted: Oct 14, 2022 …"
    if _DAY_RANGE.search(text):
        return None  # "14-19 augusti 2018": an event's days (a festival's banner), no day of publication
    if (release := _RELEASE_DATELINE.match(text)) and find_swedish_date(text[release.end():]):
        text = text[release.end():]  # "Stora Enso Oyj Pressmeddelande 12 mars 2024 kl. 10.00 CET": a release's
        # dateline opening its text, the company and the kind of release before the date
    if "#" in text:  # "okt 14, 2024 #stambyte, #Hagaberg": the post's hashtags beside its date (Newsup)
        text = _HASHTAGS.sub(" ", text).strip(" ,")
    head = _MODIFIED_TAIL.split(text, 1)[0].split("更新日", 1)[0].strip()
    if head and head != text and find_swedish_date(head):  # "5 maj 2019 (uppdaterad 2 juni 2019)"; "投稿日 2023年05月12日
        text = head  # 更新日 2023年06月01日" (Qiita's posted and updated dates)
    if ":" in text and (head := _term_tail(profile).split(text, 1)[0].strip()) != text and find_swedish_date(head):
        text = head  # "2024-05-07 Kategori: Energi" (CMS Made Simple's news footer)
    if (head := _COMMENT_COUNT_TAIL.sub("", text)) != text and find_swedish_date(head):
        text = head  # "2023. 2. 7.Kommentarer 1": the comment count after the date (Tistory's list)
    if (label := _PUBLISHED_INSIDE.search(text)) and label.start() <= 60 and find_swedish_date(text[label.start():]):
        text = text[label.start():].strip()  # "Redaktionen Publicerad: 12 september 2023": the byline's field,
        # then the date's labelled, in one line (Episerver's ``div.article-page__info``)
    parts = [p for p in _META_SEPARATORS.split(text) if p]
    if len(parts) > 1:  # (not the date after a field of its own labelling it updated: "Senast uppdaterad • 5 april")
        return next((found for k, p in enumerate(parts) if (found := _date_part(p, profile))
                     and not (k and _MODIFIED.match(label := parts[k - 1].strip()) and not has_digit(label))), None)
    return _date_part(text, profile)


_PUBLISHED_INSIDE = re.compile(r"(?<=\S)\s+(?=(?:Publicerad|Publicerat|Publicerades|Published)\b\s*:?\s*\d)")
_DAY_RANGE = re.compile(r"(?<![\d.-])\d{1,2}\.?\s*[-–]\s*\d{1,2}\.?\s+[^\W\d_]{3,}")
_RELEASE_DATELINE = re.compile(r"(?i)^(?:[^\W\d_][\w&.()\- ]{1,60}\s)?(?:pressmeddelande|börsmeddelande|press release"
                               r"|stock exchange release|insiderinformation)\s+")
_COMMENT_COUNT_TAIL = re.compile(r"(?i)\s*(?:(?:kommentarer|kommentar|comments?|svar)\s*:?\s*\(?\d+\)?"
                                 r"|\d+\s*(?:kommentarer|kommentar|comments?))\s*$")


_HASHTAG = r"#[^\W\d_][\w-]*"  # "#energi", "#Hagaberg" (not "#1")
_HASHTAGS = re.compile(rf"(?:(?<=\s)|^){_HASHTAG},?")
_HASHTAG_LINE = re.compile(rf"{_HASHTAG}(?:[\s,]+{_HASHTAG})*")


def is_hashtag_line(text: str) -> bool:
    """A line of hashtags alone ("#energi #solceller", a card's tags: Hugo Terminal)."""
    return _HASHTAG_LINE.fullmatch(text) is not None


def has_digit(text: str) -> bool:
    """Any character str.isdigit() accepts (a date needs one); the regex answers for ASCII."""
    return _DIGIT.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


# "Uppdaterad 5 maj 2020": a modified date, never the publication date.
_UPDATE_WORDS = "uppdaterad|uppdaterat|uppdaterades|ändrad|ändrat|ändrades|updated|update|modified|redigerad|redigerat|edited"
# a meta line's reading time, its label first or last: "Lästid 4 min", "4 min läsning"
_READING_TIME = (r"(?:(?:lästid|läsningstid|läsetid|reading time)\s*:?\s*\d{1,3}\s*min\w*\.?"
                 r"|\d{1,3}\s*min(?:uter|utes)?\.?\s*(?:läsning|lästid|read))")
# a reading time before the label ("Lästid 4 min Uppdaterad 5 september 2024", BK Häcken's header)
_READING_TIME_FIRST = rf"(?:{_READING_TIME}\s*[·|•]?\s*)?"
_MODIFIED = re.compile(rf"^\W*{_READING_TIME_FIRST}(?:sidan\s+|page\s+)?(senast\s+)?({_UPDATE_WORDS})\b", re.I)
# ("Sidan senast uppdaterad: …", SABO's)
_UPDATE_WORD = re.compile(rf"(?i)\b({_UPDATE_WORDS}|last edited)\b")


# A pager's link: "« Föregående", "Nästa sida »", "Older posts" (the page before or after, no post)
PAGER = re.compile(r"[«‹<←\s]*(föregående|nästa|previous|next|äldre|nyare|older|newer)"
                   r"( (sida|inlägg|artikel|post|page))?[\s»›>→]*", re.I)


def says_updated(text: str) -> bool:
    """An update word anywhere in the text ("By Kathy Wise, updated …")."""
    return _UPDATE_WORD.search(text) is not None


_MODIFIED_TAIL = re.compile(rf"[\s(\[|·,–-]+(?=(senast\s+)?({_UPDATE_WORDS})\b)",
                            re.I)


def after_modified_date(text: str) -> str | None:
    """The rest of a meta line that opens with its modified date, when another date follows it
    ("Senast uppdaterad ( fredag, 19 mars 2010 08:47 ) Skriven av Karin Lindqvist tisdag, 09 mars
    2010 14:05", Joomla 1.5): "Skriven av …", where the publication date is; else None."""
    found = find_swedish_date(text)
    if not found or not found[0] or not says_updated(text.split(found[1], 1)[0]):
        return None
    rest = text.split(found[1], 1)[1].lstrip(" )]|·,–-:0123456789")
    later = find_swedish_date(rest)
    return rest if later and later[0] and not says_updated(rest.split(later[1], 1)[0]) else None


def is_modified_label(text: str) -> bool:
    """"Updated:", "Senast uppdaterad:" alone on its line: the date under it is the modified one."""
    return len(text) <= 30 and _MODIFIED.match(text) is not None and not has_digit(text)


def is_modified_date(text: str) -> bool:
    """"Uppdaterad 3 maj 2021": a header line, but not the publication date."""
    return len(text) <= 70 and (_MODIFIED.match(text) is not None or text.endswith(CJK_MODIFIED)) \
        and (find_swedish_date(text) is not None or (m := _MODIFIED.match(text)) is not None
             and day_and_month(text[m.end():].strip(" :")) is not None)  # (or a day and month alone: "Uppdaterad:
    # 19 feb.", Wix's post this year)


CJK_MODIFIED = ("修改",)  # "已于 2021-06-03 14:20:11 修改": changed on (CSDN's bar; not Japanese "更新",
# which ASCII.jp prints beside the first publication)


def _term_tail(profile: Profile) -> re.Pattern[str]:
    """Where a post's labelled categories or tags begin after its date ("… Kategori: Energi")."""
    return profile.derived("term_tail", lambda: re.compile(
        rf"[\s|·,–-]+(?=(?:{profile.alternation('words', 'term_prefixes')})\s*:)", re.I))


def _date_part(text: str, profile: Profile) -> tuple[str | None, str] | None:
    if _MODIFIED.match(text) or "更新" in text or "修改" in text:  # "2022年08月11日 更新": updated
        return None
    found = find_swedish_date(text)
    if not found:
        return None
    rest = _date_words(profile).sub(" ", text.replace(found[1], " "))
    return found if len(_NOT_LETTERS.sub("", rest)) <= 3 else None


def _date_words(profile: Profile) -> re.Pattern[str]:
    """What may stand beside a date on a date line: prefixes, weekdays, a time."""
    return profile.derived("date_words", lambda: re.compile(
        rf"(?i)\b({profile.alternation('words', 'date_prefixes')}|den|kl\.?|klockan|[0-2]?\d[:.][0-5]\d|"
        r"(mån|tis|ons|tors|fre|lör|sön)dag(en)?|\||"
        # a verb for it: "Postat den 21 augusti 2023", "Written on March 14, 2023" (Jekyll Now)
        r"postat|postad|publicerades|skriven|skrivet|skrevs|inlagd|inlagt|upplagd|upplagt|skapad|skapat|written|created|"
        # the same line in English: "Posted: Oct 14, 2022 9:27 AM ET", "Monday, 5:00 a.m. PT"
        r"posted|published|on|at|[ap]\.?m\.?|(mon|tues|wednes|thurs|fri|satur|sun)day|"
        r"publié|le|veröffentlicht|am|um|uhr|publicado|el|pubblicato|il|gepubliceerd|op|"
        r"公開|投稿|掲載|時|分|"  # "2019年02月22日 14時30分 公開" (更新 is the modified date)
        r"首次发布|发布于|发布|发表于|发表|于|投稿日|"  # "于 2021-06-01 09:15:32 首次发布": first published on (CSDN)
        # the reading time beside it
        r"読了時間|min|minut|minuter|minuters|minute|minutes|read|läsning|lästid|läsningstid|less|than|mindre|än|"
        r"[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST)(?!\w)"))


@lru_cache(maxsize=4096)
def is_role(text: str) -> bool:
    """A short title/organisation line, not a sentence, nor a cut excerpt ("… utemiljöprojekt [&hellip;]")."""
    return (0 < len(text) <= 160 and len(text.split()) <= 20 and not _SENTENCE_END.search(text)
            and not (text.endswith(("]", ")")) and _ELLIPSIS_END.search(text))
            and not is_caps_heading(text) and find_swedish_date(text) is None)


@lru_cache(maxsize=4096)
def role_tail(text: str, profile: Profile) -> tuple[str, str] | None:
    """"Per Sandberg Förhandlingschef" -> ("Per Sandberg", "Förhandlingschef"): a capitalised
    word ending in a role word after a name of two words (Uncode prints the name and the title
    in two spans with no space between)."""
    words = text.split()
    if len(words) >= 2 and any(c.isupper() for c in words[-1][1:]):
        words = unglue(text).split()  # "Linnea StrömKommunikatör"
    if len(words) < 3 or not words[-1][:1].isupper():
        return None
    return (" ".join(words[:-1]), words[-1]) if ends_in_role_word(words[-1], profile) else None


def ends_in_role_word(word: str, profile: Profile) -> bool:
    """A word ending in a role word ("Energistrateg", "Förhandlingschef"): a title, not a name."""
    return profile.derived("role_suffix", lambda: re.compile(
        rf"(?i)(?:{profile.alternation('words', 'role_words')})$")).search(word) is not None


def news_agencies(profile: Profile) -> set[str]:
    """The news agencies that sign stories by their short names ("TT", "AFP")."""
    return profile.derived("news_agencies", lambda: set(profile.get("words", "news_agencies")))


@lru_cache(maxsize=4096)
def split_name_role(text: str, profile: Profile) -> tuple[str, str | None] | None:
    """"Namn Efternamn, boendeexpert, Sveriges Allmännytta" -> (name, role); one author."""
    text = strip_byline_prefix(text, profile)
    if (tail := role_tail(text, profile)) and is_name(tail[0], profile):
        return tail
    if is_name(text, profile):
        return text, None
    if (wire := _NAME_SLASH.match(text)) and wire[2] in news_agencies(profile) and is_name(wire[1], profile):
        return wire[1], wire[2]  # "Erik Lund/TT": a reporter of the agency, as papers sign wire stories
    if (paren := _NAME_PAREN.match(text)) and is_name(paren[1], profile) and is_role(paren[2]) \
            and not _PICTURES_ROLE.match(paren[2]):  # "Adrian Malloch (photography)": took the pictures
        return paren[1], paren[2]  # "Maria Ekström (energistrateg, Bostadsbolaget Mälardalen) | 2025-03-05", Docsy
    # the first of a comma and a dash parts them: "Fatima Karimi - bovärd, Ekbybostäder" (Ibexa's demo)
    seps = [(i, sep) for sep in (",", " – ", " — ", " - ") if (i := text.find(sep)) >= 0]
    name, sep, role = text.partition(min(seps)[1]) if seps else (text, "", "")
    name, role = name.strip(), role.strip()
    if (dated := find_swedish_date(role)) and role.find(dated[1]) > 0:  # "MS, RD on November 14, 2019"
        role = WEEKDAY_TAIL.sub("", role[: role.find(dated[1])])  # "Johan Åkesson, tis, 05/20/2025 - 13:30"
        # (Drupal's created field)
        role = re.sub(r"(?i)[\s,|·–-]*\b(on|den|am|le|el)?\s*$", "", role).strip()
        if not role and sep and is_name(name, profile):
            return name, None  # the date alone after the name
    if sep and is_name(name, profile) and role and is_role(role):
        return name, role
    if sep == "," and (party := _PARTY_TAIL.search(name)) and is_name(name[:party.start()], profile) \
            and role and is_role(role):
        return name[:party.start()], role  # "Karin Edström (S), kommunstyrelsens ordförande": a politician's
        # party after the name, neither name nor role
    name, sep, role = text.partition(" | ")  # "Karin Sjöström | Energistrateg" (Zoho's author name): a bar parts
    if sep and is_name(name.strip(), profile) and (role := role.strip()) and is_role(role) \
            and ends_in_role_word(role.split()[0], profile):  # them only before a title (not "| Energi")
        return name.strip(), role
    return None


# a word left dangling before what was cut off after it: "av Karin Lindqvist i" before the category's link, "Postat av
# Redaktionen kl. 10:12 den" before the date, "Karin Holm on" before a tag
DANGLING_WORD = re.compile(r"(?i)\s+(?:i|in|på|on|under|den)$")
# a weekday, short or whole, before the date the role was cut at ("tis,", "tisdag", "Tue,")
WEEKDAY_TAIL = re.compile(r"(?i)[\s,]*\b(?:(?:mån|tis|ons|tors?|fre|lör|sön)(?:dag)?|(?:mon|tue|wed|thu|fri|sat|sun)"
                           r"(?:day|sday|nesday|rsday|urday)?)[.,]?\s*$")
_PICTURES_ROLE = re.compile(r"(?i)^(photography|photos?|photographer|pictures|foto|fotograf|bild|bilder|illustration)$")
_NAME_SLASH = re.compile(r"^([^/|·,]{3,60}?)\s*/\s*([^\W\d_][\w ]{0,20}?)$")
_PARTY_TAIL = re.compile(r"\s*\((?:S|M|C|V|L|KD|MP|SD|FP)\)$")  # the parties of the Riksdag, as a name's tail
_NAME_PAREN = re.compile(r"^([^()|·,]{3,60}?)\s*\(([^()]{2,120})\)\s*(?:[|·•–-].*)?$")


def _byline_prefix(profile: Profile) -> re.Pattern[str]:
    return profile.derived("byline_prefix", lambda: re.compile(
        rf"^(?:(?:{profile.alternation('words', 'byline_prefixes', longest_first=True)})(?:\s*[:：]\s*|\s+)"
        r"|(?-i:By|Av)(?-i:(?=[A-ZÅÄÖ][a-zåäö])))", re.I))  # "ByTravis Haney": a space lost between elements


def strip_byline_prefix(text: str, profile: Profile) -> str:
    """"Av Anna Ek" -> "Anna Ek"."""
    return _byline_prefix(profile).sub("", text).strip()


def has_byline_prefix(text: str, profile: Profile) -> bool:
    """A line opening with a byline's label ("Av Anna Ek", "Text: Anna Ek", "by admin"), not a
    sentence opening with the same word ("Av de 45 ungdomar som sommarjobbade …", Labrador's lead)."""
    m = _byline_prefix(profile).match(text)
    if m is None:
        return False
    return len(text) <= 60 or not text[m.end():m.end() + 1].islower() or ":" in m.group() or "：" in m.group()


def _credit_re(profile: Profile) -> re.Pattern[str]:
    return profile.derived("credit", lambda: re.compile(
        rf"(?:^|(?<=[\s.!?(\[–”»\"-]))((?:{profile.alternation('words', 'credit_words', longest_first=True)}"
        r"|(?<=,\s|[.!?]\s)(?:fotograf|foto|bild)|(?<=\()(?:fotograf|foto|bild))"  # (", foto: Maja Lindqvist":
        # in lower case after the caption's comma or its full stop, or in brackets, "(foto: Elin Rask)" under the
        # picture: Ideon's; "… efter monteringen. foto: Linnea Berg", Teenage Engineering's lower-case house style)
        r"(?: och text| på [a-zåäö]+(?: [a-zåäö]+)?)?\s*:\s*(?P<who>[^:\[\]]{1,70}?)|©\s*(?P<owner>(?![\s\d])[^:©]{1,60}?))[)\]]?\s*$"))
    # ("Foto på tornseglare: Mats Ekholm", the picture's subject named: BirdLife's; "… [Foto: Privat]": Hugo
    # Hyde-Hyde's figure shortcode sets the credit in brackets; "…skolan.”Foto: …", a
    # quoted caption and its credit in two spans with no space between them, Barometern's)


def _credit_first_re(profile: Profile) -> re.Pattern[str]:
    """"Foto: Rickard Holm / Den nya dammen …": the credit, a slash, then the caption (EasyDNN's media description);
    or a dash ("Foto: Oskar Niemi – Eleverna i klass 4B …", Teknikens Hus'), or a bar ("Foto: Lovisa Berg |
    Sommarjobbarna …", Örebro Kulturskola's Sitevision caption paragraph), or a full stop after a word ("Foto: Ali
    Haddad, CC BY. Ljusslingor längs …", Glimmingehus'; not after an initial). A slash with no space around it is
    the credit's own ("Foto: Jonas Ek/Bildbyrån Väst. Så här …", Crescent's)."""
    return profile.derived("credit_first", lambda: re.compile(
        rf"((?:{profile.alternation('words', 'credit_words', longest_first=True)})\s*:\s*"
        r"(?:[^/:–—|]|(?<=\S)/(?=\S)){2,60}?)"
        r"(?:\s+[/–—|]\s+|(?<=[^\s.]{2})\.\s+)"
        r"(?P<caption>[A-ZÅÄÖ][^/]{19,}[.!?])"))  # (a sentence after the slash: not an agency's name, "Foto: Jonas
    # Berg / Bostadsbolaget Mälardalen")


def _bare_credit_re(profile: Profile) -> re.Pattern[str]:
    return profile.derived("bare_credit", lambda: re.compile(
        rf"(?:^|(?<=[\s.!?]))(?:{profile.alternation('words', 'credit_words', longest_first=True)})\s*:\s*$"))


_DOWNLOAD_TAIL = re.compile(r"(?i)\s+(?:ladda ner|ladda hem|download)(?: (?:bild|bilden|image))?(?:\s*\([^)]*\))?$")
# the picture's licence field after its caption or credit ("… Licens: Medieanvändning", a press room's picture box)
LICENCE_TAIL = re.compile(r"(?i)(?<=\S)\s+(?:licens|license|licence|bildlicens)\s*:\s*[^.:]{1,60}$")


# "Foto Henrik Sjögren": a credit's label and a name, all the line says (case kept: no caption opens so); or
# "Bild från Valbohus AB", a source that is a company, a municipality or a town (not "Bild från Järntorget", a place)
_COLONLESS_CREDIT = re.compile(r"(?:Foto|Bild|Fotograf|FOTO|BILD)\s+[A-ZÅÄÖ][a-zåäöéü]+"
                               r"(?:[ -][A-ZÅÄÖ][a-zåäöéü]+){1,2}"
                               r"|(?:Foto|Bild)\s+[Pp]rivat"  # (the sitter's own picture: "Foto Privat", Umeå's)
                               r"|(?:Foto|Bild)\s+från\s+(?:[A-ZÅÄÖ][\w-]*\s+){0,2}[A-ZÅÄÖ][\w-]*"
                               r"(?:hem|hus|bostäder|bostad|gruppen|\s+AB|\s+kommun|\s+stad)"
                               r"|(?:Photo|Image)\s+by\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,2}"  # ("Photo by Jonas
                               r"(?:\s*/\s*|\s+on\s+)(?:Unsplash|Pexels|Pixabay)")  # Ek / Unsplash": Ghost's picker)
_PHOTOGRAPHER_NAMED = r"(?:Foto|Fotograf)\s+[A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+){1,2}"  # "Foto Anna Berg"
# "… busshållplats  Foto Anna Berg/Mostphotos": the photographer and the agency after a slash, closing a caption
_TRAILING_COLONLESS_CREDIT = re.compile(rf"(?<=\w[\s.])\s*({_PHOTOGRAPHER_NAMED}\s*/\s*[A-ZÅÄÖ][\w-]+)$")


# a caption's sentence, then the label and a name alone, no colon: the credit closing it
_SENTENCE_THEN_CREDIT = re.compile(rf"(?<=[.!?])\s+({_PHOTOGRAPHER_NAMED})$")
# the link to the picture's full size after its caption, and what it says to screen readers
_VIEW_ORIGINAL_TAIL = re.compile(r"(?i)\s+(?:visa originalbild|visa större bild|förstora bilden?"
                                 r"|view (?:original|full[- ]size) image)"
                                 r"(?:\s*,?\s*öppnas i (?:ett )?nytt fönster(?:/flik)?\.?)?$")

# the reading time closing a meta line that holds the credit ("Lästid 4 min", "4 min läsning", Naturkompaniet's)
_READING_TIME_TAIL = re.compile(rf"(?i)\s+{_READING_TIME}$")


# A sentence's end inside a credit's name: no credit (but an initial's full stop is: "Foto: Polarn O. Pyret")
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-ZÅÄÖ])[.!?]\s")


_DATE_AFTER_CREDIT = re.compile(r"[\s|·,–-]+(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]{3,9}\.?\s+\d{4})$")


@lru_cache(maxsize=4096)
def split_credit(text: str, profile: Profile) -> tuple[str, str | None]:
    """("caption without credit", "Foto: X") from a caption line; "© X" is a credit too."""
    text = _VIEW_ORIGINAL_TAIL.sub("", text)  # "… Foto Tomas Berg Visa originalbild , Öppnas i nytt fönster/flik"
    if "min" in text:
        text = _READING_TIME_TAIL.sub("", text)  # "… Foto: Jonas Berg Lästid 4 min": the meta line's reading time
    if text.count(":") > 1:  # "Fotograf: Norwegian Licens: Medieanvändning Ladda ner bild": the picture's fields in
        text = LICENCE_TAIL.sub("", _DOWNLOAD_TAIL.sub("", text))  # one line, the credit first (Mynewsdesk's)
    if "," in text and (spoken := _SPOKEN_CREDIT.match(text)):
        return "", spoken["who"]  # the label only a screen reader says, the source as shown (BBC's Simorgh)
    if ":" not in text and "©" not in text:  # every credit has its colon ("Foto: X") or its ©, or is the
        # label and a name alone ("Foto Henrik Sjögren", a Hall Media paper's photographer line)
        if _COLONLESS_CREDIT.fullmatch(text.strip()):
            return "", text.strip()
        if (tail := _TRAILING_COLONLESS_CREDIT.search(text)) is not None:
            return text[:tail.start()].rstrip(" ([–-").strip(), tail[1]  # "Flerbostadshus vid busshållplats  Foto Anna
            # Berg/Mostphotos" (an agency's caption, its credit after it without a colon)
        if (tail := _SENTENCE_THEN_CREDIT.search(text)) is not None:
            return text[:tail.start()].strip(), tail[1]  # "Testhuset i Kalix … lägenhet. Foto Tomas Berg" (Sitevision)
        return text, None
    if text.rstrip().endswith(":") and (bare := _bare_credit_re(profile).search(text)):
        return text[:bare.start()].rstrip(), None  # "… på onsdagskvällen. Foto:", the label with no one after it
    if (first := _credit_first_re(profile).fullmatch(text.strip())) is not None:
        return first["caption"].strip(), first[1].strip()  # the credit before the caption, a slash between
    m = _credit_re(profile).search(text)
    who = m and (m["who"] or m["owner"])
    if not m or len(who.split()) > 8 or _SENTENCE_BREAK.search(who) or m["owner"] and who.startswith(("著作权", "版权")):
        return text, None  # ("©著作权", copyright: 51CTO's badge on its posts, no picture's credit)
    credit = _DATE_AFTER_CREDIT.sub("", _DOWNLOAD_TAIL.sub("", m[1].strip())).rstrip(".")  # "Fotograf: Linnea
    # Åberg Ladda ner" (Via TT's download link beside the photographer); "Foto: Jonas Berglund 2024-05-21" (the
    # byline's date after it in one line: a Sitevision reportage's)
    if credit.count("(") > credit.count(")"):
        credit += ")"  # "Bild: Norrbyhem (arkiv)": the regex's optional ")" belonged to the credit
    caption = text[: m.start(1)].rstrip(" ,([–|-").strip()  # (and the bar before it: "… i Sörbyn. | Fotograf: …")
    if caption in ("©", "(c)", "(C)"):
        return "", f"{caption} {credit}"  # "© Foto: Linnea Falk": one credit, as printed (OpenCms Mercury)
    return caption, credit


def strip_caption_label(text: str, profile: Profile) -> str:
    """"Bilden ovan: X" -> "X"; "Bildtext, X" (a label for screen readers, BBC's Simorgh) -> "X"."""
    label = profile.derived("caption_label", lambda: re.compile(
        rf"^(?:{profile.alternation('words', 'caption_labels')})\s*:\s*", re.I))
    return _FIGURE_NUMBER.sub("", _SPOKEN_CAPTION.sub("", label.sub("", text))).strip()


# Labels BBC's pages print for screen readers only, a comma after them: "Bildkälla, Norrbyhem" (the picture's
# source), "Bildtext, Husen på …" (its caption); in English "Image source, " and "Image caption, "
_SPOKEN_CREDIT = re.compile(r"^(?:Bildkälla|Image source),\s+(?P<who>[^,:]{1,70}?)\s*$")
_SPOKEN_CAPTION = re.compile(r"^(?:Bildtext|Image caption),\s+")


# The number a generator sets before a caption: an English theme's "Figure 1. Amira och …" (Hyde-Hyde's shortcode),
# Org mode's Swedish export "Figur 1: Fasaden …" (its ``span.figure-number``); a writer's "Figur 1. Andel trångbodda
# hushåll …" (SNS's chart) is the caption's own
_FIGURE_NUMBER = re.compile(r"^(?:(?:Figure|Fig\.|Table)\s*\d{1,3}\s*[.:]|(?:Figur|Tabell|Bild)\s*\d{1,3}\s*:)\s+(?=\w)")


@lru_cache(maxsize=4096)
def is_caption(text: str, profile: Profile) -> bool:
    """A caption line: opens with a caption label or ends with a photo credit."""
    if ":" not in text and "©" not in text:  # labels and credits have one or the other
        return False
    text = text.strip()
    return strip_caption_label(text, profile) != text or split_credit(text, profile)[1] is not None


def is_chrome(text: str, profile: Profile) -> bool:
    """Share/print/back links and similar standalone chrome (a copyright line may run longer:
    "Copyright © 2012 Allmännyttan. Alla rättigheter förbehållna.")."""
    return (len(text) <= 60 or len(text) <= 120 and "©" in text) and profile.matches("words", "chrome_lines", text)


def is_terms_line(text: str, profile: Profile) -> bool:
    """"Kategorier: Trygghet, Energi", or the label alone over its links ("Taggar")."""
    prefix = profile.derived("term_prefix", lambda: re.compile(
        rf"(?i)^(?:{profile.alternation('words', 'term_prefixes')})\s*(?:[:：]|$)"))  # (or the label alone: Drupal's;
    # "分类专栏：" with a full-width colon, CSDN's)
    return prefix.match(text) is not None


_GLUED = re.compile(r"\b([A-ZÅÄÖ][a-zåäöéü]{3,})(?=[A-ZÅÄÖ0-9])")


@lru_cache(maxsize=4096)  # pure, and a site's meta lines recur
def unglue(text: str) -> str:
    """A space where two inline elements met without one ("Av Omar HaddadPublicerat den …",
    "Gina TrapaniCEO", "Johanna Berg3 dagar sedan"): a capitalised word of four letters or more
    running into a capital or a digit, or a year running into a reading time ("Mar 5, 20254
    min read", Hashnode)."""
    return _GLUED_YEAR.sub(r"\1 ", _GLUED.sub(r"\1 ", text))


def unglue_between(text: str, pieces: Iterable[str]) -> str:
    """``unglue`` only where elements meet: a word with a capital inside one text node of the markup ("CrossFit
    Norrvik" beside the card's date) stays whole."""
    out = unglue(text)
    if out != text:
        for piece in pieces:
            for word in _INNER_CAPITAL.findall(piece):
                if (split := unglue(word)) != word:
                    out = out.replace(split, word)
    return out


_INNER_CAPITAL = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]{3,}[A-ZÅÄÖ0-9][^\s,.;:|·•]*")
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,3}\s*(?:min|minut|minuter|minuters|minutes)\b)", re.I)


SHARED_ON = re.compile(r"(?i)\s(?:shared|posted) on\s")  # "Norrbyhem shared on Jan 19, 2022" (Hexo Aurora): the
# word before it, one word or more, names the author

# Where the name ends in a byline that goes on: "in Valve", "on 1 June", "den 5 maj", a date, a
# separator, or a label of the next field ("Publicerat den …", "Updated …")
BYLINE_TAIL = re.compile(r"\s+(?:in|on|at|i|på|den|för|kl\.?|klockan)\s+|\s*[,·|•(]\s*|\s+\d|\s+(?=(?i:publicerat|"
                         r"publicerad|published|posted|uppdaterat|uppdaterad|updated|taggat|tagged|kategori|category"
                         r"|lästid|läsningstid|reading time)\b)")
# ("Publicerat av Redaktionen kl. 13:15 i Ungdomsjobb": FlatPress's entry footer; "Av Redaktionen Lästid 4 min",
# the reading time's field after the byline's, Sverigetaxi's)


@lru_cache(maxsize=4096)
def strip_ellipsis(text: str) -> str:
    """Teaser text without the trailing "...", "…", "[…]" or "(…)"."""
    # exactly one ellipsis: "med...." is a full stop plus the cut mark
    return strip_end(_ELLIPSIS_END, text).strip()


def strip_end(pattern: re.Pattern[str], text: str, window: int = 40) -> str:
    """The text without what ``pattern`` (anchored with ``$``) matches at its end.

    Only the last ``window`` characters are searched: a ``\\s*...$`` pattern
    searched over a whole excerpt retries at every position (50 µs a line).
    """
    cut = max(0, len(text) - window)
    return text[:cut] + pattern.sub("", text[cut:])
