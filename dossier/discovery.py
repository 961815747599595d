"""Find the names in one text (`find_mentions`): one pass of compiled patterns and set look-ups.

It proposes:

- capitalised spans ("Vladimir Putin", "Bank of England", "U.S. Securities and Exchange
  Commission", "Flight 2209"), split where they hold two names ("Syria's President Bashar
  al-Assad", "Russia and Syria") and kept whole where a connector belongs to one name
  ("Department of Wildlife and Fisheries", "Lyon County Sheriff's Office"): see `dossier.spans`;
- the person after a title ("President X", "spokesman X", "Chancellor of the Exchequer X"), with
  the title kept as an alias; a first-name list tells "Incumbent Jenny Albers" from a name;
- places from the gazetteer, "Town, Region" pairs and datelines ("CAMERON, La. (AP) —"), and
  lists sharing a plural head ("Calcasieu, Cameron and Jefferson Davis parishes");
- acronyms defined in parentheses ("Islamic State (IS)"), the registry's spellings, and events
  named by a lowercase disaster word ("the Kettle Ridge wildfire").

Sentence openers, months, weekdays and headings are not names by themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .clean import is_code_line
from .cues import after_article, cue_after, cue_before
from .dates import MONTH_NAME
from .gazetteer import country_names, is_place, major_places, regions
from .lexicon import (
    COMMON,
    HEAD_WORDS,
    HEADING_SMALL_WORDS,
    HEADLINE_WORDS,
    IS_NUMBER,
    ORG_WORDS,
    PLURAL_HEADS,
    SMALL_WORDS,
    SPEECH_VERBS,
    STREET_WORDS,
    TITLES,
    in_dictionary,
    initials,
    is_common_word,
    is_demonym,
    is_first_name,
)
from .model import Mention
from .offsets import Separators
from .registry import Registry
from .spans import (
    POSSESSIVE,
    SHOUTED_MIN_LETTERS,
    guess_type,
    is_person_name,
    is_team,
    opens_before_known_name,
    read_span,
    split_span,
    starts_person,
    strip_title,
    without_possessive,
)

#: A capitalised span of more words than this is a headline or a run of chrome, not a name (the
#: longest in the seeds, the tuning corpus and 300 benchmark sources has 9 words, two names joined
#: by "and"). Reading one costs the square of its words, and a scraped page may hold a run of
#: thousands: it is not read at all. Names in lists and acronym definitions are bounded the same way.
MAX_SPAN_WORDS = 20
#: Readings of spans kept per registry (see `_read_parts`): a corpus of 10,000 sources has a few
#: tens of thousands of distinct spans; past this many the cache starts again.
READINGS_CACHE_SIZE = 200_000
#: Readings kept per span and sentence position, for texts that answer its questions differently.
READINGS_PER_SPAN = 8
#: A line of running text broken by the wrapping of a text (hard-wrapped wire copy) holds at least
#: this many words; a shorter line ending in a first name is a label or a signature ("By Tom").
WRAPPED_LINE_MIN_WORDS = 6
#: A table cell of this many words or fewer is a label, not prose ("| Driving Accuracy | 58% |");
#: on the real articles' tune part, table rows held labels of one to three words, and the one-line
#: pages that readers put in one cell hold whole paragraphs.
TABLE_LABEL_WORDS = 4

# A name token: "U.S.", "al-Assad", "Al-Nusra", "Zia-ul-Haq", "BTR-82a", "S&P", "Støre", a middle
# initial ("George W. Bush"), "Bros." inside a name ("Warner Bros. Pictures"); not a compound
# adjective ("Russian-built").
_UPPER = r"A-ZÀ-ÖØ-Þ"
# Words that open a sentence after an initial's full stop ("... Plan B. The plan"): the stop ends it.
_OPENERS = r"(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|His|Her|Its|There|As|If|When|So)\b"
# Abbreviations with a full stop that a name follows: titles ("Rev. Ann Lee", "Const. Tom Keel",
# "Det. Sgt."), "St." and "Mt." of places.
_TITLE_ABBREVIATIONS = r"Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Fr|Const|Insp|Det|Supt|Cpl|Adm|St|Mt|Ft"
_TOKEN = (
    rf"(?:(?:{_TITLE_ABBREVIATIONS})\.(?=[ \t])"
    rf"|(?:Bros|[{_UPPER}])\.(?= (?!{_OPENERS})[{_UPPER}])"
    rf"|[{_UPPER}][a-z]*\.(?:[{_UPPER}]\.)+|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)-[{_UPPER}][\w'’]*"
    rf"|[{_UPPER}](?:[\w'’&]|-(?![a-z])|-[a-z]{{1,3}}(?=-[{_UPPER}a-z]))*\w(?:(?<=[^'’]s)['’](?= [{_UPPER}]))?|[{_UPPER}])"
)  # a possessive in s' before a name is kept: "St James' Park"
_CONNECTOR = r"(?:of the|of|for the|for|and the|and|&|de la|de|del|da|das|dos|do|al|bin|ibn|van|von|der|den|la|le|du)"
# A designator number closes a name ("Flight 2209", "ATR 72-600", "FTSE 100"); not a figure ("5.25%").
_NUMBER = r"\d+(?:-\d+)?(?![\d%]|[,.:/]\d| [A-Z\d])"
# One space between the words of a name, or two (a slip: "Tenzing  Norgay"): a name never runs
# across a line (paragraph) break, a tab or a run of spaces (the cells of a table, a headline and
# the text after it). A leading number is
# kept only for units ("330 Squadron"). A span does not start inside a word, an address's path, a
# web address's query ("?site=Guardian&nav=1") or a markup tag ("<SPAN class=").
_SPAN_WORDS = rf"(?<![\w@#/.=<-])(?:\d+(?:st|nd|rd|th)? )?{_TOKEN}(?:(?: {_CONNECTOR})?  ?{_TOKEN})*"
_SPAN = re.compile(rf"{_SPAN_WORDS}(?: {_NUMBER})?(?!\w|-[A-Z\d])")
#: A span without the number that may close it: read where the number is a score (see `_scores`).
_SPAN_WITHOUT_NUMBER = re.compile(_SPAN_WORDS)
# A score, a weight or a count has at most three figures ("117", "3-1"); a model's number may have
# four ("Quadro FX 5600", "Windows Server 2008") and stays a designator whatever is around it.
_NUMBER_CLOSING = re.compile(r" \d{1,3}(?:-\d{1,3})?$")
# A weight or a score with a fraction after a name ("Shailesh 59.5"): no designator's figure.
_FRACTION_AFTER = re.compile(r" \d{1,3}\.\d{1,2}(?![\d.])")
_DAY_OF_MONTH = re.compile(rf"{MONTH_NAME}\.? \d{{1,2}}", re.I)  # "January 10": a date, not a score
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]*")
_ACRONYM_DEF = re.compile(
    rf"(?P<long>[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|&)?\s*[A-Z][\w'’-]*){{0,{MAX_SPAN_WORDS - 1}}})"
    r"\s+\((?P<short>[A-Z][A-Za-z.&]{1,9})\)"
)
#: What `_ACRONYM_DEF` ends with, and the characters it may hold before that.
_ACRONYM_PAREN = re.compile(r"\([A-Z][A-Za-z.&]{1,9}\)")
_ACRONYM_RUN = re.compile(r"[\w'’&\s-]+")
# A word written in lowercase; not a part of an address ("www.telegraph.co.uk", "bbc.com/news").
_LOWER_WORD = re.compile(r"(?<![\w'’./-])[a-z][\w'’-]*(?![\w'’-]*[./]\w)")
# A capitalised word after a lowercase word or a comma: inside a sentence, where a capital marks a name.
_CAPITALISED_INSIDE = re.compile(r" (?<=[a-z,] )([A-Z][a-z]+)\b(?![’'-]|[./]\w)")  # the space first: quicker
_LINE_MARKER = re.compile(r"[ \t>#*•·\"“‘'(\[_-]*(?:\d+[.)])?[ \t\"“‘'(\[_]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·]|\d+[.)])[ \t]")
#: Abbreviations that a name follows in the same sentence ("Dr. Ruto", "Sept. 3", "J. Smith").
#: Those that end a name ("Ltd.", "Jr.", "Ave.") are not here: after them a capitalised word
#: opens a sentence ("... Sandinford Logistics Ltd. Opposition politicians said").
_ABBREVIATION = re.compile(
    rf"(?:^|[\s(])(?:[A-Z]|(?:[A-Z]\.)+[A-Z]|{_TITLE_ABBREVIATIONS}|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)
_CREDIT_END = re.compile(r"\)[ \t]*(?:[—–]|--?(?:[ \t]|$))")
# A clock time before a word: "10:12 ", "4:33 p.m. ", "18.30 "; and a time zone after it, with the
# time's "AM" or "PM" ("PM ET", "EST", "GMT", "UTC"; not "BBC One" in a listing).
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+$")
_CLOCK_ENDS = frozenset("0123456789.Mm")  # the last sign of a clock time: quicker than the pattern
_MINUTES = re.compile(r"\d{2}[ \t]+")
_ZONE = re.compile(r"(?:[AP]M[ \t]+)?(?:[A-Z]{1,3}T|UTC)\b(?![’'&.-])")  # a zone's letters end in "T"
# An indefinite article before a word, and what may close a noun phrase after it: punctuation, a
# conjunction or a preposition (a closed class).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?[ \t]+$")
_PHRASE_CLOSES = re.compile(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:but|while|as|for|in|on|at|by|from|with|to|of|after|before|since)\b"
)
# An adjective's ending ("Siberian", "Argentinean", "Marxist"), and the lowercase word after a word.
_ADJECTIVE_END = re.compile(r"[a-z](?:ian|ean|ist)$")
_LOWER_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
#: The lowercase word that closes a compound noun a span's last word opens ("Web site", "Home page")
#: is at least this long: shorter ones are mostly small words that spell a word by chance ("Dem and").
COMPOUND_TAIL_MIN_LETTERS = 4
# The words of the closed classes (auxiliaries, pronouns, conjunctions, prepositions) that may follow
# a name: no noun an adjective would go with.
_CLOSED_CLASS = frozenset(
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "who whom whose which that and or but nor of in on at to for with by from as than about after before "
    "he she it they we you i his her its their our also".split()
)
#: A stock exchange's acronym and a colon in a parenthesis ("(NYSE: VIA)", "(SWX:LOGN)"), and a
#: first ticker after them ("(NYSE: VIA, VIA.B)"): what follows is a ticker symbol, not a name.
_TICKER_BEFORE = re.compile(r"\([A-Z]{2,8}[ \t]?:[ \t]?(?:[A-Z][A-Z.]{0,9},[ \t]?)?$")
#: A line of at most this many words without a sentence's end is a label, a menu item or a link
#: ("Message Boards", "Travel Insurance"): a name found only on such lines gets no page (see
#: `entities._keep`). On the real articles' tune part, 11 names were found only on such lines, none
#: of them labelled; on the sets written here, none. Longer lines are running text.
SHORT_LINE_MAX_WORDS = 5
SHORT_LINE_MAX_CHARS = 200
#: A line without a sentence's end next to a short line is chrome too (an advert, a teaser, a
#: caption among labels) up to this many words; longer, it is a sentence that lost its full stop
#: (a list item of the article: "— In January, 300 people on the ship were hit by the bug").
OPEN_LINE_MAX_WORDS = 24
#: Three lines in a row without a sentence's end, each of at least this many words, starting with a
#: capital and holding no figure, are other stories' standfirsts.
STANDFIRST_MIN_WORDS = 8
#: A row of teasers or a legal footer is chrome up to this many words: a longer line is a page the
#: reader put on one line, the article with its chrome (on the real pages' tune part, rows of
#: teasers and legal footers had fewer than 100 words; one-line articles hundreds).
CHROME_LINE_MAX_WORDS = 100
CHROME_LINE_MAX_CHARS = 1000
#: A run of this many items or more, separated by written bars or bullets, is a menu ("Home \\| About
#: Us \\| Archives \\| Contacts"); items of a menu hold at most MENU_ITEM_MAX_WORDS words. On the
#: real articles' tune part, menus of written bars held 5 to 30 items of 1 to 4 words; no
#: sentence of an article held three bars.
MENU_MIN_ITEMS = 4
MENU_ITEM_MAX_WORDS = 4
MENU_ITEM_MAX_CHARS = 60  # how far a menu item is looked for, before its separator or after the last
#: A run of this many capitalised words or more in a row, with no small word ("of", "and") between
#: them, is a page's links run together ("Accounting Advertising Air Charter Air Travel Annuities
#: Answering Services Antivirus"), not a name or a sentence: the names on its line are chrome. On
#: the real pages' tune part, names held at most 6 such words in a row ("Acting Emergency Services
#: Minister Andrew Fraser"); runs of links and of show titles held 8 to 90. A line of running text
#: may quote a title as long ("his report 'Enterprises View Open Source As A Key Tactic For
#: Strategic Software Initiatives'"): a line of links writes at most this share of its words in
#: lowercase (on the real pages' tune part, lines of links and menus 0 to 7%, of teasers up to
#: 19%; lines of running text holding such a run, 24% and more).
LINK_RUN_MIN_WORDS = 8
LINK_LINE_MAX_LOWERCASE = 0.2
#: A number closing a name is a designator ("Flight 2209", "Boeing 777"), but in a list of results
#: ("1. Aquilo (8) M. Narredu 62, 2. Diego Rivera (11) C. Rajendra 54") or the rows of a score card
#: ("Aftab Ahmed c Sinclair b Vettori 19") it is a weight, a score or a count: where this many
#: spans closing with a number are found on a line and the lines on either side of it, their
#: numbers are not read as parts of names. On the real pages' tune part, results and score cards
#: held 3 to 30 such spans in three lines; a line of running text at most 2, and a list of
#: products 3 ("Quadro FX 5600": see `_NUMBER_CLOSING`).
SCORE_RUN_MIN = 3
# A written separator between menu items: a bar a reader escaped ("\\|": a bar in the page's text,
# not a table's), or a bullet, a guillemet or a double colon between spaces ("News » Business »
# Weather »": a section list or a breadcrumb's trail; "E-Mail :: Comment :: Print": a story's
# tools). No sentence writes a double colon.
_MENU_BAR = re.compile(r"\\\||[ \t](?:[•·»›]|::)[ \t]")
_MENU_KEYS = ("\\|", "•", "·", "»", "›", "::")  # what a menu holds, found before the pattern is tried
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)\]]*$")
#: A line holding this many snippets cut short mid-sentence, each before a headline in Title Case
#: (see `_is_teaser_run`), is a run of other stories' teasers, not running text. On the real
#: pages' tune part, the lines of teasers a reader mode kept ran 4 of them together; no line of an
#: article, a blog or a comment held one (their ellipses come before a sentence: "of course...
#: But now"), and only lists of links held 2 (the same title twice).
TEASER_BREAKS_MIN = 2
# A snippet cut short: a lowercase letter, an ellipsis, and three capitalised words after it.
_TEASER_BREAK = re.compile(r"[a-z](?:\.\.\.|…)[ \t]+(?:[A-Z][\w'’:-]*[ \t]+){2}[A-Z]")
#: A vessel's class right before a name: "the aircraft carrier Admiral Kuznetsov", "the frigate
#: Almirante Cochrane" name a ship, whose name is often a person's with a title (type other). Nouns
#: that are also verbs ("ship", "ferry") are left out: "to ferry Assad's troops".
_VESSEL_BEFORE = re.compile(
    r"\b(?:aircraft carrier|warship|battleship|frigate|destroyer|cruiser|corvette|submarine|icebreaker|"
    r"tanker|freighter|trawler|vessel|yacht|ocean liner|cruise ship)s?[ \t]+$"
)
# What follows a dateline's place: "CAMERON, La. (AP) —", "FRISCO —", "Nairobi (AFP) –".
_DATELINE_END = re.compile(r"[ \t]*(?:,[ \t]|\(|[—–]|--?[ \t])")
#: Lowercase words that make the capitalised name before them an event ("the Kettle Ridge wildfire").
_EVENT_NOUN_AFTER = re.compile(
    r"[ \t]+(wildfire|bushfire|earthquake|quake|tornado|eruption|tsunami|landslide|mudslide|floods)\b"
    r"(?![ \t]+(?:departments?|crews?|season|services?|officials?|chief|stations?|zones?|risk|danger|smoke|warnings?))"
)
#: What a site's legal footer says ("© Copyright 2008 X Ltd.", "our standard Terms and Conditions.
#: Please read our Privacy Policy ... registered office"): a line saying two of these is no article.
_LEGAL = re.compile(
    r"©|\b(?:[Cc]opyright|[Aa]ll [Rr]ights [Rr]eserved|[Tt]erms (?:and|&) [Cc]onditions|[Tt]erms of (?:[Uu]se|[Ss]ervice)"
    r"|[Pp]rivacy [Pp]olicy|[Rr]egistered (?:[Oo]ffice|in England))\b"
)
_LEGAL_KEYS = ("©", "opyright", "ights", "erms", "olicy", "egistered")  # found before `_LEGAL` is tried
#: A photo's credit names a photographer or an agency, not what the article is about: "(AP
#: Photo/Jane Doe)", "(Photo: Reuters)", "Photo: Jane Doe / The Courier" at a caption's end.
_PHOTO_KEYS = ("Photo", "Picture", "Image")  # what a credit holds, found before the pattern is tried
_PHOTO_CREDIT = re.compile(
    r"\([^()\n]{0,40}\b(?:Photo|Photograph|Picture|Image)s?\b[^()\n]{0,60}\)"
    r"|\b(?:Photo|Photograph|Picture|Image)s?(?: by)?:[^\n]{0,80}$",
    re.M,
)
#: A word that puts a role or a team's name before a person's: "former Husky Scott Burrell".
_ROLE_BEFORE = re.compile(r"\b(?:former|fellow|ex-)[ \t]*$")
# "7001 Gulf Highway", "100 Sycamore St.": a street address, not a place of its own.
_HOUSE_NUMBER = re.compile(r"(?<![\w,.])\d+[A-Za-z]?[ \t]+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|to|at|outside|of)[ \t]+$")
# "the town of Alvord", "the village of Cherryville"
_PLACE_OF = re.compile(
    r"(?:town|village|city|hamlet|municipality|community|suburb|county|province|island)[ \t]+of[ \t]+$"
)
_PLURAL_HEAD = re.compile(rf"[ \t](?:{'|'.join(PLURAL_HEADS)})\b")
_NAME = rf"{_TOKEN}(?: {_TOKEN}){{0,{MAX_SPAN_WORDS - 1}}}"
_PLURAL_LIST = re.compile(
    rf"(?<![\w.-])(?P<list>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME})[ \t]+(?P<head>{'|'.join(PLURAL_HEADS)})\b"
)


#: A work's title in quotation marks holds at most this many words ("The Diving Bell and the
#: Butterfly": 6); a longer run in Title Case is a headline quoted. Chosen on the reader-mode L3S
#: tune texts, whose quoted titles held 3 to 7 words ("Pirates of the Caribbean: At World's End").
QUOTED_TITLE_MAX_WORDS = 8
# Words in double quotation marks on one line, the first capitalised: a title, a quotation.
_QUOTED = re.compile(r"(?<![\w\"“])[\"“]([A-Z][^\"“”\n]{0,80})[\"”](?!\w)")

# A "?" that stands for an apostrophe, as pages whose encoding was lost write it ("New Year?s Eve",
# "Children?s", "doesn?t"): after a letter, before an ending an apostrophe opens; not a web
# address's query ("index.php?s=2").
_QUESTION_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|d|m|ll|re|ve)\b(?![=&/]))")


def find_mentions(text: str, registry: Registry | None = None) -> list[Mention]:
    """Propose the names in a text, each with a type guessed from its cues."""
    if "?" not in text:
        return _find_mentions(text, registry or Registry())
    read = _QUESTION_APOSTROPHE.sub("'", text)  # the same length: every offset holds
    found = _find_mentions(read, registry or Registry())
    return found if read == text else [_as_written(m, text) for m in found]


def _as_written(mention: Mention, text: str) -> Mention:
    """Give a name read with an apostrophe for a "?" the spelling the text has ("Children?s Fund"),
    that links to it."""
    if "'" not in mention.text or mention.text in text:
        return mention
    return replace(mention, text=mention.text.replace("'", "?"), full=mention.full.replace("'", "?"))


def _find_mentions(text: str, registry: Registry) -> list[Mention]:
    body = _without_headings(text)
    found: list[Mention] = []
    claimed = (
        _claim_phrases(body, registry, found) | _claim_plural_lists(body, found) | _claim_quoted_titles(body, found)
    )
    spans = [
        p
        for m in _SPAN.finditer(body)
        if m.start() not in claimed
        for s in _without_shouting(body, m, registry)
        for d in _without_dateline(body, s, registry)
        for n in _without_legal_notice(body, d)
        for t in _without_time_zone(body, n)
        for p in _without_compound_fragment(body, t, registry)
    ]
    lines = Separators(body, "\n")
    elsewhere = {m.group(0) for m in spans}
    inside = Counter(_CAPITALISED_INSIDE.findall(text))
    context = _Text(body, lines, _lowercase_words(text, inside), elsewhere, registry, registry.readings(), set(inside))
    skip_next = False
    chrome = _Chrome(body, text, lines, _link_run_lines(body, spans, lines))
    read: list[tuple[int, int, int, int]] = []  # (span start, span end, first, last index in found)
    scores = _scores(body, spans, lines)
    for m, nxt in zip(spans, [*spans[1:], None], strict=False):
        if skip_next:
            skip_next = False
            continue
        if m.start() in scores:  # "Narredu 62" in a list of results: the name is "Narredu"
            m = _SPAN_WITHOUT_NUMBER.match(body, m.start()) or m
        gap = nxt.start() - m.end() if nxt is not None else 0
        joined = gap in _INNER_GAPS and (
            _joined_by_initials(body, m, nxt, elsewhere) or _joined_by_topic(body, m, nxt, registry)  # type: ignore[arg-type]
        )
        if not joined and gap == 1 and _wrapped_name(body, m, nxt, lines):  # type: ignore[arg-type]
            joined = f"{m.group(0)} {nxt.group(0)}"  # type: ignore[union-attr]
        if joined:  # one name, whose initials say where it ends: not split again
            at_start, skip_next = _opens_sentence(body, m.start(), lines), True
            mentions = read_span(without_possessive(joined), at_start, context.lowercase, registry, elsewhere)
        elif _names_nothing(m.group(0), body, m.start(), registry):
            continue  # two spans in five: "I", "The", "But"
        elif _is_count_of_a_measure(body, m):
            continue  # "(1,048 yards, 28 TD, 12 INT)": a count of touchdowns, no body
        elif _is_headline_run(m.group(0), registry):
            continue  # "Scrabulous Under Fire From Hasbro": a headline in a line of other text
        else:
            at_start = _opens_sentence(body, m.start(), lines)
            if nxt is not None and body[m.end() : nxt.start()] in (", ", ",\t"):  # "Hartford, Conn."
                town = _town_and_region(body, m, nxt, at_start, registry)
                if town:
                    found.extend(town)
                    skip_next = True
                    continue
            mentions = _read_match(context, m, at_start)
        if mentions and (
            not chrome.on_prose_line(m.start())
            or chrome.in_credit(m.start())
            or chrome.in_menu(m.start())
            or lines.block_start(m.start()) in chrome.link_runs
        ):
            mentions = [replace(x, prose=False) for x in mentions]
        if mentions:
            read.append((m.start(), m.end(), len(found), len(found) + len(mentions)))
        found.extend(mentions)
    _type_list_mates(body, read, found)
    found.extend(_acronym_definitions(text, registry))
    return found


# What follows a story's dateline, after its place: the day ("New Delhi, Jan 15 (ANI):") or the
# agency's credit ("Dehradun (PTI):", "LAS VEGAS --(Business Wire)--").
_DATELINE_AFTER = re.compile(
    rf"(?:,[ \t]+(?i:{MONTH_NAME})\.?[ \t]+\d{{1,2}}\b"
    r"|[ \t]*(?:(?:--?|[—–])[ \t]*)?\([A-Z][A-Za-z.&' -]{0,30}\)[ \t]*(?::|--?|[—–]))"
)


def _without_shouting(body: str, m: re.Match, registry: Registry) -> tuple[re.Match, ...]:
    """Split a span of mixed case at the runs of words in capitals it holds (see `_is_shouted`),
    and leave the runs out: a label or a headline in capitals run into the names around it
    ("Jumper FILM TRAILER", "TODAY'S VOTE Do you agree", "THE PATENT FIGHT BETWEEN Google and
    ..."); a span all in capitals is read as such (a dateline's place, a headline). A known name
    stays whole."""
    span = m.group(0)
    if span.isupper() or not _CAPITALS_PAIR.search(span) or registry.canonical(span) is not None:
        return (m,)
    words = list(re.finditer(r"\S+", span))
    pieces, piece_start, run = [], 0, []
    for w in [*words, None]:
        if w is not None and _in_capitals(w.group(0)):
            run.append(w)
            continue
        if _is_shouted([r.group(0) for r in run]):
            pieces.append((piece_start, run[0].start()))
            piece_start = w.start() if w is not None else len(span)
        run = []
    if not pieces:
        return (m,)
    pieces.append((piece_start, len(span)))
    found = (
        _SPAN.match(body, m.start() + a, m.start() + len(span[:b].rstrip())) for a, b in pieces if span[a:b].strip()
    )
    return tuple(p for p in found if p)


_CAPITALS_PAIR = re.compile(r"[A-Z]{2}")  # a span without one holds no word in capitals


def _without_legal_notice(body: str, m: re.Match) -> tuple[re.Match, ...]:
    """Leave out the words of a legal notice that open a span ("Copyright 2008", "Privacy Policy",
    "All Rights Reserved": see `_LEGAL`): no name; a name after them stays ("Copyright Acme Corp")."""
    if body[m.start()] not in "©CcAaTtPpRr":  # what `_LEGAL` may open with: quicker
        return (m,)
    notice = _LEGAL.match(body, m.start())
    if notice is None:
        return (m,)
    rest = _SPAN.search(body, notice.end(), m.end())
    return (rest,) if rest else ()


# A figure, then an acronym closed by a comma, a semicolon or a bracket: a statistic or a unit
# ("28 TD, 12 INT", "9 PD)", "31 MPG;"); a body's acronym goes on into its sentence ("12 KPTV
# reported", "three NATO members").
_COUNT_OF_A_MEASURE = re.compile(r"\d+ [A-Z]{2,5}(?=[,;)])")


def _is_count_of_a_measure(body: str, m: re.Match) -> bool:
    """Tell a span that is a figure and the acronym of what it counts ("28 TD,"): no name."""
    if not body[m.start()].isdigit():
        return False
    count = _COUNT_OF_A_MEASURE.match(body, m.start())
    return count is not None and count.end() == m.end()


def _without_time_zone(body: str, m: re.Match) -> tuple[re.Match, ...]:
    """Leave out the time zone that opens a span after a clock time ("10:12 PM ET Robert Fife",
    "4:33 p.m. EST"), with the time's "AM" or "PM": no name; a name after it stays."""
    start = m.start()
    minutes = _MINUTES.match(body, start) if body[start - 1 : start] in (":", ".") else None
    if minutes:  # "10:12 PM ET": the span took the clock's minutes in
        start = minutes.end()
    if body[start - 2 : start - 1] not in _CLOCK_ENDS or not _CLOCK_BEFORE.search(body, max(0, start - 16), start):
        return (m,)
    zone = _ZONE.match(body, start, m.end())
    if zone is None:
        return (m,)
    rest = _SPAN.search(body, zone.end(), m.end())
    return (rest,) if rest else ()


def _in_capitals(word: str) -> bool:
    """Tell a word written in capitals, letters only ("FILM", "TODAY'S", "AL-HAJ")."""
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return letters.isalpha() and letters.isupper()


def _is_shouted(run: list[str]) -> bool:
    """Tell a run of words in capitals that shouts a label or a headline from a name's acronyms:
    at least two of its words SHOUTED_MIN_LETTERS letters long ("FILM REVIEW", "TOP THREE LINKS";
    not "US PGA Tour", "NASA JPL")."""
    return sum(len(w) >= SHOUTED_MIN_LETTERS for w in run) >= 2


#: A dateline's place is at most this many words ("Rio de Janeiro", "Salt Lake City", "Bosnia and
#: Herzegovina": the gazetteer's multi-word places run to four).
DATELINE_PLACE_MAX_WORDS = 5


def _without_dateline(body: str, m: re.Match, registry: Registry) -> tuple[re.Match, ...]:
    """Split off the dateline's place that closes a span, where a headline or a byline ran into the
    story's dateline on one line ("... court order on Quattrocchi New Delhi, Jan 15 (ANI): The",
    "By Jane Doe Karlsholm (PTI):"): the words before it and the place are two spans. Not a place
    (the whole span), a known name, nor a place a name ends with: after a small word ("Bank of New
    York") or a given name alone ("George Washington")."""
    if not _DATELINE_AFTER.match(body, m.end()) or " " not in m.group(0):
        return (m,)
    span = m.group(0)
    if _is_place_written(span) or registry.canonical(span) is not None:
        return (m,)
    words = span.split(" ")
    # (Only the last words may be the place: trying every cut of a long span was quadratic in it.)
    for k in range(max(1, len(words) - DATELINE_PLACE_MAX_WORDS), len(words)):
        place = " ".join(words[k:])
        if _is_place_written(place):
            head = words[:k]
            if head[-1].lower() in SMALL_WORDS or (k == 1 and is_first_name(head[0])):
                return (m,)
            cut = m.end() - len(place)
            return tuple(p for p in (_SPAN.match(body, m.start(), cut - 1), _SPAN.match(body, cut, m.end())) if p)
    return (m,)


def _is_place_written(span: str) -> bool:
    """Tell a place the gazetteer knows, also in a dateline's capitals ("NEW YORK")."""
    return is_place(span) or (span.isupper() and is_place(span.title()))


#: What separates the items of a list of names: "A, B and C", "A and B", "A, B, and C".
_LIST_AND = re.compile(r"\s(?:and|&)\s")
_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _type_list_mates(body: str, read: list[tuple[int, int, int, int]], found: list[Mention]) -> None:
    """Type as a person a name of a person's shape whose given name the list does not know, read
    only by its capitals, that a list joins to a person's name ("Tiger Woods, Phil Mickelson and
    Vijay Singh"): the items of one list are of one kind. Likewise a town's bare name among clubs
    ("Derby, Wigan Athletic and Fulham") is a club, and a bare name among bodies that the words
    around them typed ("the company X and Y") a body. One pass over the spans, in order."""
    run: list[int] = []  # indices in `found` of the mentions of the current list's spans
    for k, (start, end, first, last) in enumerate(read):
        # A span read as several names is a list only where "and" split it ("A and B"), not
        # "Steve Jobs' Macworld Keynote"
        listed = last - first == 1 or _LIST_AND.search(body, start, end) is not None
        if listed:
            run.extend(range(first, last))
        following = read[k + 1] if k + 1 < len(read) else None
        if following is None or not listed or not _LIST_GAP.fullmatch(body, end, following[0]):
            if any(found[i].type == "person" for i in run):
                for i in run:
                    mention = found[i]
                    if mention.type == "other" and mention.cue == "capitalised span" and _person_shape(mention):
                        found[i] = replace(mention, type="person", cue="listed with people")
            if any(found[i].type == "organization" and is_team(found[i].text.split()) for i in run):
                for i in run:  # "Derby, Wigan Athletic and Fulham": a town's name among clubs is a club
                    mention = found[i]
                    if mention.type == "place" and mention.cue == "gazetteer" and mention.text not in regions():
                        found[i] = replace(mention, type="organization", cue="listed with clubs")
            if any(found[i].type == "organization" and found[i].cue not in _WEAK_CUES for i in run):
                for i in run:
                    mention = found[i]
                    if (
                        mention.type == "other"
                        and mention.cue in _GUESSES | {"single word"}
                        and not _person_shape(mention)
                    ):
                        found[i] = replace(mention, type="organization", cue="listed with bodies")
            run = []


def _person_shape(mention: Mention) -> bool:
    words = mention.text.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) and is_person_name(words)


def _joined_by_initials(body: str, m: re.Match, nxt: re.Match, elsewhere: set[str]) -> str | None:
    """Return two spans and the small word between them as one name ("Board of Control for Cricket
    in India", "Organization for Security and Cooperation in Europe") when the text writes the
    initials of the whole ("BCCI", "OSCE")."""
    if body[m.end() : nxt.start()] not in _INNER_SMALL_WORDS:
        return None
    whole = body[m.start() : nxt.end()].removeprefix("The ")
    letters = initials(whole, False)
    return whole if len(letters) >= 3 and (letters in elsewhere or f"The {letters}" in elsewhere) else None


def _joined_by_topic(body: str, m: re.Match, nxt: re.Match, registry: Registry) -> str | None:
    """Return a body and the subject it sits "on" as one name ("Committee on Oversight and
    Government Reform", "Council on Foreign Relations"): a span ending in a body's word, " on ",
    then a span of at least `TOPIC_MIN_WORDS` dictionary words; not a place, a known name, a day or
    a month ("the Council on Iran", "the Senate on Tuesday"), nor a person ("the Post on Clinton")."""
    head = m.group(0)
    if body[m.end() : nxt.start()] != " on " or head.rsplit(None, 1)[-1].lower() not in ORG_WORDS:
        return None
    if "'" in head or "’" in head:
        return None  # "Acme University's Center on Poverty": a name, then its body's, split there
    topic = nxt.group(0)
    words = [w for w in topic.split() if w not in SMALL_WORDS]
    if (
        len(words) < TOPIC_MIN_WORDS
        or not all(in_dictionary(w.lower()) and not is_first_name(w) for w in words)
        or _CALENDAR_WORD.match(words[0])
        or is_place(topic)
        or registry.canonical(topic)
    ):
        return None
    return body[m.start() : nxt.end()]


#: The subject a body sits "on" in its name has at least this many words besides the small ones
#: ("Foreign Relations"): one word is as often a party or a name a paper writes on ("the Times on
#: Labour").
TOPIC_MIN_WORDS = 2
_CALENDAR_WORD = re.compile(rf"(?:{MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?$", re.I)


_CONNECTORS = frozenset(_CONNECTOR.strip("(?:)").split("|")) | {"the"}  # the words `_CONNECTOR` joins names by


def _wrapped_name(body: str, m: re.Match, nxt: re.Match, lines: Separators) -> bool:
    """Tell a person's name that a hard-wrapped text broke over two lines: a first name ending a
    line of running text that ends no sentence, the surname opening the next ("... ranking member
    Tom" / "Davis were sending a letter")."""
    if body[m.end()] != "\n" or " " in m.group(0) or not is_first_name(m.group(0)):
        return False
    surname = nxt.group(0)
    if " " in surname or surname.lower() in COMMON or not _GOES_ON.match(body, nxt.end()):
        return False
    start = lines.block_start(m.start())
    line = body[start : m.end()]
    words = line.split()
    if len(words) < WRAPPED_LINE_MIN_WORDS or not words[-2].isalpha() or not words[-2].islower():
        return False  # the first name goes on a sentence: "member Tom", "champion Fausto"
    # The line above is wrapped too: the text is, not only this line.
    above = body[lines.block_start(start - 1) : start - 1] if start else ""
    return len(above.split()) >= WRAPPED_LINE_MIN_WORDS and not _SENTENCE_CLOSE.search(above.rstrip())


# What follows a surname that goes on with the sentence: a lowercase word, a comma or a full stop.
_GOES_ON = re.compile(r"(?: [a-z]|[.,;](?:\s|$))")


_INNER_SMALL_WORDS = frozenset({" in ", " to ", " on ", " at "})
_INNER_GAPS = frozenset(map(len, _INNER_SMALL_WORDS))  # told by the gap's length first: quicker


def _names_nothing(span: str, body: str, start: int, registry: Registry) -> bool:
    """Tell, before reading it, a span that `_read_match` would find no name in: one common word
    ("The", "I", "But") that the registry and the outlet table do not know, in no capitals, no
    possessive, and not a ship's name."""
    return (
        span.lower() in COMMON
        and " " not in span
        and "'" not in span
        and "’" not in span
        and not (len(span) > 2 and span.isupper())
        and registry.canonical(span) is None
        and span not in registry.outlet_words
        and not _VESSEL_BEFORE.search(body, max(0, start - 24), start)
    )


def _is_headline_run(span: str, registry: Registry) -> bool:
    """Tell a run of words capitalised as a headline capitalises them from a name: a verb, a
    pronoun or a preposition inside it in Title Case ("Cruise Clip That Won't Die", "Publish Your
    Article"), where a name writes it in lowercase ("Lions for Lambs"), or a negated verb ("VoIP
    Doesn't Require Any Phone"). The registry's names stay."""
    words = span.split()
    return (
        len(words) >= 3
        and any((w.istitle() and w.lower() in HEADLINE_WORDS) or _NEGATED_VERB.fullmatch(w) for w in words[1:-1])
        and registry.canonical(span) is None
    )


# A verb negated in Title Case ("Doesn't", "Can’t", "Won?t" where a "?" stands for the apostrophe).
_NEGATED_VERB = re.compile(r"[A-Z][a-z]*n['’?]t")


def _lowercase_words(text: str, inside: Counter[str]) -> set[str]:
    """Return the words a text writes in lowercase, less those it writes capitalised inside a
    sentence (`inside`, by count) more often: a name in a lowercase list of tags ("Tags: monkey
    abuse harbhajan") is still a name where the article writes "Harbhajan" ten times."""
    words = _LOWER_WORD.findall(text)
    lowercase = set(words)
    named: Counter[str] = Counter()
    for word, n in inside.items():
        named[word.lower()] += n
    if named.keys() & lowercase:
        counts = Counter(words)
        lowercase -= {w for w, n in named.items() if n > counts[w]}
    return lowercase


class _Chrome:
    """Tell the lines of a text that are running text from chrome (see `on_prose_line`)."""

    __slots__ = ("body", "text", "lines", "link_runs", "known", "original", "credits", "legal", "addresses", "menus")

    def __init__(self, body: str, text: str, lines: Separators, link_runs: set[int]):
        self.body, self.text, self.lines = body, text, lines
        self.link_runs = link_runs  # the starts of the lines holding a run of links (see `_link_run_lines`)
        self.known: dict[int, bool] = {}  # by a line's start in `body`
        self.original: list[str] | None = None  # the text's lines, before headings were blanked
        self.credits: list[tuple[int, int]] | None = None  # where the photos' credits are
        self.legal: bool | None = None  # whether the text says anything of a legal footer
        self.addresses: set[int] | None = None  # the lines that are a web address alone
        self.menus: list[tuple[int, int]] | None = None  # where the runs of menu items are

    def on_prose_line(self, pos: int) -> bool:
        """Tell whether the line holding `pos` is running text, not chrome: not a short line of
        its own (at most SHORT_LINE_MAX_WORDS words and no sentence's end: "Message Boards", "Love
        & Relationships -"), nor a line without a sentence's end (at most OPEN_LINE_MAX_WORDS words,
        not a list item) next to a short line ("Fly Acme via Paris from £99" under "Acme to Paris":
        an advert, a caption among labels) or in a run of three that start with a capital (other
        stories' standfirsts: "Jane Doe chooses secret spots across the coast"; a hard-wrapped
        sentence goes on in lowercase). Nor a row of teasers, a legal footer or a photo's credit.
        Each line is read once."""
        body, lines = self.body, self.lines
        start = lines.block_start(pos)
        if start not in self.known:
            line = body[start : lines.block_end(pos, len(body))]
            i = lines.index(pos)  # the line's number
            shape = _line_shape(line)
            prose = shape != _SHORT
            if shape == _OPEN and not _LIST_ITEM.match(body, start):  # not an item of a list
                original = self._original()
                shapes = [_line_shape(original[j]) if 0 <= j < len(original) else _CLOSED for j in range(i - 2, i + 3)]
                teasers = [
                    shape == _OPEN and _is_standfirst(original[j])
                    for j, shape in zip(range(i - 2, i + 3), shapes, strict=True)
                ]
                wrapped = _opens_lowercase(line) or (i + 1 < len(original) and _opens_lowercase(original[i + 1]))
                prose = wrapped or (
                    _SHORT not in (shapes[1], shapes[3])
                    and not (
                        teasers[2]
                        and (teasers[0] and teasers[1] or teasers[1] and teasers[3] or teasers[3] and teasers[4])
                    )
                )
            if prose and is_code_line(line):
                prose = False  # a script or markup the cleaning left: "if (isEmpty(s)) return false; }"
            if prose and _is_teaser_run(line):
                prose = False  # other stories' snippets, each cut short before the next one's headline
            if prose and shape == _CLOSED and self._among_blurb_rows(i):
                prose = False  # teasers of a site's sections: "| Horoscopes Check your daily horoscope. |"
            if prose and self._above_an_address(i) and _is_blurb(line):
                prose = False  # a sponsored link's text over its web address, a comment's over its author's
            if self.legal is None:
                # Most texts hold no legal phrase: looking for a few letters of each is quicker.
                text = self.text  # not `body`, where a footer's short cells are blanked
                self.legal = any(k in text for k in _LEGAL_KEYS) and bool(_LEGAL.search(text))
            if (
                prose
                and ("\t" in line or self.legal)
                and len(line) <= CHROME_LINE_MAX_CHARS
                and len(line.split()) <= CHROME_LINE_MAX_WORDS
            ):
                if "\t" in line:  # the cells of a table row are joined by tabs (`_without_headings`)
                    prose = not _is_teaser_row(self._original()[i])
                if prose and self.legal:
                    original = self._original()
                    around = [original[j] if 0 <= j < len(original) else "" for j in (i - 1, i + 1)]
                    # A line between a legal footer and a label or another footer is the footer's
                    # ("Contact our advertising team ..."); the article's last paragraph has the
                    # article above it.
                    # The original line: a footer's cells of few words ("Copyright © 2008") are
                    # labels, blanked in `body` (see `_without_headings`).
                    prose = not (
                        _is_legal_footer(original[i])
                        or (
                            _is_blurb(line)
                            and any(map(_is_legal_footer, around))
                            and all(_is_legal_footer(a) or _line_shape(a) == _SHORT for a in around)
                        )
                    )
            self.known[start] = prose
        return self.known[start]

    def in_credit(self, pos: int) -> bool:
        """Tell whether `pos` is in a photo's credit: "(AP Photo/Jane Doe)", "Photo: Jane Doe / Daily"."""
        if self.credits is None:
            self.credits = (
                [m.span() for m in _PHOTO_CREDIT.finditer(self.body)]
                if any(k in self.body for k in _PHOTO_KEYS)
                else []
            )
        # The credits do not overlap and come in order: the one that may hold `pos` is the last
        # to start at or before it (found by bisection: a page of many credits stays linear).
        i = bisect_right(self.credits, (pos, float("inf"))) - 1
        return i >= 0 and pos < self.credits[i][1]

    def in_menu(self, pos: int) -> bool:
        """Tell whether `pos` is in a run of menu items: at least MENU_MIN_ITEMS short items that a
        page separates by a written bar, a bullet or a guillemet ("Home \\| About Us \\| Archives \\|
        Frontline \\| ...", "News » Business » Weather » ...", "E-Mail :: Comment :: Print"); a line may hold the article after its menu, and that stays prose."""
        if self.menus is None:
            self.menus = _menu_runs(self.body) if any(k in self.body for k in _MENU_KEYS) else []
        i = bisect_right(self.menus, (pos, float("inf"))) - 1  # the runs come in order (see `in_credit`)
        return i >= 0 and pos < self.menus[i][1]

    def _above_an_address(self, i: int) -> bool:
        """Tell whether one of the two lines under line `i` is a web address alone ("www.example.com")."""
        if self.addresses is None:
            self.addresses = set()
            if "www." in self.text or "://" in self.text:
                line, counted = 0, 0
                for m in _ADDRESS_LINE.finditer(self.text):  # in order: the line breaks are counted once
                    line += self.text.count("\n", counted, m.start())
                    counted = m.start()
                    self.addresses.add(line)
        return i + 1 in self.addresses or i + 2 in self.addresses

    def _among_blurb_rows(self, i: int) -> bool:
        """Tell whether line `i` is one of three table rows in a row, each a blurb of one cell (see
        `_is_blurb_row`): a site's teasers of its sections or other stories, their headings run
        into their text ("| Horoscopes Check your daily horoscope, sun signs and more. |")."""
        original = self._original()
        rows = [0 <= j < len(original) and _is_blurb_row(original[j]) for j in range(i - 2, i + 3)]
        return rows[2] and (rows[0] and rows[1] or rows[1] and rows[3] or rows[3] and rows[4])

    def _original(self) -> list[str]:
        if self.original is None:
            self.original = self.text.split("\n")
        return self.original


def _scores(body: str, spans: list[re.Match], lines: Separators) -> set[int]:
    """Return the starts of the spans whose closing number is a score, a weight or a count, not a
    part of the name (see `SCORE_RUN_MIN`). A name followed by a weight with a fraction ("Shailesh
    59.5", which no span takes in) counts towards the run too."""
    numbered = [
        m
        for m in spans
        if m.group(0)[-1].isdigit() and _NUMBER_CLOSING.search(m.group(0)) and not _DAY_OF_MONTH.fullmatch(m.group(0))
    ]
    if not numbered:
        return set()
    weighed = [m for m in spans if _FRACTION_AFTER.match(body, m.end())]
    if len(numbered) + len(weighed) < SCORE_RUN_MIN:
        return set()
    per_line = Counter(lines.index(m.start()) for m in (*numbered, *weighed))
    return {
        m.start()
        for m in numbered
        if sum(per_line[i] for i in range(lines.index(m.start()) - 1, lines.index(m.start()) + 2)) >= SCORE_RUN_MIN
    }


def _link_run_lines(body: str, spans: list[re.Match], lines: Separators) -> set[int]:
    """Return the starts of the lines that hold a run of links: a span of LINK_RUN_MIN_WORDS
    capitalised words or more in a row, on a line of few lowercase words (see `LINK_RUN_MIN_WORDS`)."""
    starts = {
        lines.block_start(m.start())
        for m in spans
        if m.group(0).count(" ") >= LINK_RUN_MIN_WORDS - 1
        and _longest_capitalised_run(m.group(0)) >= LINK_RUN_MIN_WORDS
    }
    return {
        start
        for start in starts
        if _lowercase_share(body[start : lines.block_end(start, len(body))]) <= LINK_LINE_MAX_LOWERCASE
    }


def _lowercase_share(line: str) -> float:
    words = line.split()
    return sum(w[0].islower() for w in words) / len(words)


def _longest_capitalised_run(span: str) -> int:
    """Count the most words of a span in a row that are not its small words ("of", "and", "&")."""
    longest = run = 0
    for word in span.split():
        run = 0 if word[0].islower() or word == "&" else run + 1
        longest = max(longest, run)
    return longest


def _menu_runs(body: str) -> list[tuple[int, int]]:
    """Return where the runs of menu items of a text are (see `_Chrome.in_menu`): from the start of
    the first item to the end of the last, for runs of MENU_MIN_ITEMS items or more, each item of
    at most MENU_ITEM_MAX_WORDS words on one line. One pass over the separators: linear."""
    runs: list[tuple[int, int]] = []
    start, items, last = 0, 0, -1  # the run's start, its items so far, the end of the last separator

    def close() -> None:
        if items >= MENU_MIN_ITEMS:
            runs.append((start, _item_end(body, last)))

    for bar in _MENU_BAR.finditer(body):
        item = body[last : bar.start()] if last >= 0 else "\n"
        if "\n" not in item and len(item.split()) <= MENU_ITEM_MAX_WORDS:
            items += 1
        else:  # a new run starts with the item before this separator
            close()
            start, items = _item_start(body, bar.start()), 1
        last = bar.end()
    close()
    return runs


def _item_start(body: str, end: int) -> int:
    """Return where the menu item that ends at `end` starts: at its line's start, a cell's, or
    MENU_ITEM_MAX_WORDS words before `end`, whichever is nearest."""
    window = max(0, end - MENU_ITEM_MAX_CHARS)
    start = max(body.rfind("\n", window, end) + 1, body.rfind("\t", window, end) + 1, window)
    words = body[start:end].split()
    if len(words) > MENU_ITEM_MAX_WORDS:
        start = body.rfind(words[-MENU_ITEM_MAX_WORDS], start, end)
    return start


def _item_end(body: str, start: int) -> int:
    """Return where the menu item after a run's last separator ends: at its line's end or a cell's
    when that holds at most MENU_ITEM_MAX_WORDS words ("\\| Images \\| Home"), else at `start`
    (the run's last item is another text: "\\| Jobs \\| BSNL offers cover to ...")."""
    end = min(i for i in (body.find("\n", start), body.find("\t", start), len(body)) if i >= 0)
    end = min(end, start + MENU_ITEM_MAX_CHARS)
    return end if len(body[start:end].split()) <= MENU_ITEM_MAX_WORDS else start


def _is_teaser_run(line: str) -> bool:
    """Tell a line of other stories' teasers run together: at least TEASER_BREAKS_MIN snippets cut
    short mid-sentence, each before the next story's headline in Title Case ("... to the
    mysterious... Harbour Probe Nears Karlsholm for Today's Flyby The probe ...")."""
    return ("..." in line or "…" in line) and len(_TEASER_BREAK.findall(line)) >= TEASER_BREAKS_MIN


def _opens_lowercase(line: str) -> bool:
    """Tell a line that goes on with a sentence: a hard-wrapped paragraph's."""
    return line.lstrip()[:1].islower()


def _is_legal_footer(line: str) -> bool:
    """Tell a line that says two different things of a legal footer (see `_LEGAL`)."""
    return len({m.lower() for m in _LEGAL.findall(line)}) >= 2


def _is_blurb(line: str) -> bool:
    """Tell a line short enough to be an advert's or a teaser's text (at most OPEN_LINE_MAX_WORDS
    words), not a paragraph."""
    return len(line) <= SHORT_LINE_MAX_CHARS and len(line.split()) <= OPEN_LINE_MAX_WORDS


def _is_standfirst(line: str) -> bool:
    """Tell a line that may be another story's standfirst: a sentence's length, opening with a
    capital ("Jane Doe chooses secret spots across the coast", "Jane Doe has the whole of 2008
    figured out"); not an item of a list, a recipe's or a schedule's ("2 tsp. dried oregano",
    "Harbour Festival, 9-18 November": shorter, or opening with a figure)."""
    line = line.strip(" \t|")  # a table row of one cell: "| Horoscopes Check your daily horoscope. |"
    return line[:1].isupper() and len(line.split()) >= STANDFIRST_MIN_WORDS


def _is_blurb_row(line: str) -> bool:
    """Tell a table row of one cell that holds a blurb closed by a sentence's end, opening with a
    capital (see `_is_standfirst`, `_is_blurb`): "| Live Traffic Cams Watch live traffic cameras
    from around the area. |". On the real pages' tune part, three such rows in a row were teasers
    or a site's notices every time; an article a reader mode puts in a table is not cut so short."""
    row = line.strip()
    if len(row) < 2 or row[0] != "|" or row[-1] != "|":
        return False
    cell = row[1:-1].strip()
    return not _BAR.search(cell) and _is_blurb(cell) and _is_standfirst(cell) and bool(_SENTENCE_CLOSE.search(cell))


def _is_teaser_row(line: str) -> bool:
    """Tell a row of other stories' teasers: a table row of several cells, one of them longer than
    a label ("| Murray beats X in straight sets ... Full Story | Hingis banned for two years ... Full
    Story |"; an article a page puts in a table is one cell of its row), or a headline's cell and a
    snippet cut short ("Choi Extends Lead At Sony Open <tab> Choi had a special audience ... w...")."""
    if "|" in line:
        cells = [c for c in _BAR.split(line) if c.strip()]
        if len(cells) >= 2 and any(not _is_label(c) for c in cells):
            return True
    if not _CUT_SHORT.search(line):
        return False
    cells = [c for c in _CELL_BREAK.split(line) if c.strip(" \t|")]
    return len(cells) >= 2 and any(_is_title_case(c) for c in cells) and bool(_CUT_SHORT.search(cells[-1]))


#: A snippet cut short: a word and an ellipsis at its end ("flew across the ocean overnight to w...").
#: A line that is a web address alone: a sponsored link's, a commenter's site.
_ADDRESS_LINE = re.compile(r"^[ \t|]*(?:https?://|www\.)[^\s]+[ \t|]*$", re.M)
_CUT_SHORT = re.compile(r"\w ?(?:\.\.\.|…)[ \t|]*$")
_BAR = re.compile(r"(?:^|\s)\|(?=\s|$)")  # a table's bar between cells; not "\|" in a cell's text


_SHORT, _OPEN, _CLOSED = 0, 1, 2  # the shapes of a line (see `_line_shape`)


def _line_shape(line: str) -> int:
    """Tell a short line of its own (a label, a menu item, a link) from a longer line without a
    sentence's end and from a line that ends one (or is blank, or too long to be chrome)."""
    if len(line) > SHORT_LINE_MAX_CHARS:
        return _CLOSED
    line = line.strip()
    if not line:
        return _CLOSED
    words = len(line.split())
    # A snippet cut short by an ellipsis ("... the travel arrangements in Africa...") ends no
    # sentence; a short line that trails off ("Our verdict...") is the article's.
    if _SENTENCE_CLOSE.search(line) and (words <= SHORT_LINE_MAX_WORDS or not _CUT_SHORT.search(line)):
        return _CLOSED
    if words <= SHORT_LINE_MAX_WORDS:
        return _SHORT
    # A longer line ending with a colon or a comma goes on below it: "Here are the figures:"
    return _OPEN if words <= OPEN_LINE_MAX_WORDS and line[-1] not in ":;," else _CLOSED


@dataclass(frozen=True, slots=True)
class _Text:
    """What reading a span may look at besides the span: the text and the registry."""

    body: str
    lines: Separators  # the body's line breaks
    lowercase: set[str]  # the words written in lowercase somewhere in the text
    elsewhere: set[str]  # its capitalised spans: "Tesla" elsewhere, "Shares of Tesla" opening a sentence
    registry: Registry
    readings: dict  # the registry's cache of readings (see `_read_parts`)
    capitalised_inside: set[str]  # the capitalised words it writes inside a sentence ("said Senior")


def _town_and_region(body: str, m: re.Match, nxt: re.Match | None, at_start: bool, registry: Registry) -> list[Mention]:
    """Read "Hartford, Conn." or "Iten, Kenya": the town (named with its region) and the region."""
    region = _region_after(body, m, nxt)
    if not region or not _could_be_town(m.group(0), registry):
        return []
    name, spelling = region
    if _in_list(body, m, nxt, name in country_names()):  # type: ignore[arg-type]
        # "from Arabia, Iraq, and Iran": two names, listed; the first is listed with a place
        return [
            Mention(_case(m.group(0)), "place", "listed with a place", "", at_start),
            Mention(name, "place", "region", spelling if spelling != name else ""),
        ]
    # After a country, only a known place, a dateline or "in X" is a town: not "for Assad, Russia said".
    if name in country_names() and not (
        is_place(m.group(0)) or at_start or _PLACE_BEFORE.search(body, max(0, m.start() - 8), m.start())
    ):
        return []
    town = _case(m.group(0))
    # "Cameron, Louisiana" tells the town from others of its name; a capital needs no region.
    qualified = town if town in major_places() or town == name else f"{town}, {name}"
    return [
        Mention(qualified, "place", "town, region", m.group(0) if qualified != m.group(0) else "", at_start),
        Mention(name, "place", "region", spelling if spelling != name else ""),
    ]


def _in_list(body: str, m: re.Match, nxt: re.Match, country: bool) -> bool:
    """Tell "X, Y" that stands in a list of names, not a town and its region: a list's item before
    it ("Newcastle, Fulham, England"), or, after a country, the list's last item ("from Arabia,
    Iraq, and Iran"; "Dayton, Ohio, and Detroit" keeps the town of its state)."""
    if _LIST_ITEM_BEFORE.search(body, max(0, m.start() - 40), m.start()):
        return True
    return country and _LIST_END_AFTER.match(body, nxt.end()) is not None


# A list's item and its comma before a span ("Newcastle, "), and a list's last item after one
# (", and Iran", " or Iran").
_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w'’.-]*,[ \t]$")
_LIST_END_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]+[A-Z]")


def _read_match(text: _Text, m: re.Match, at_start: bool) -> list[Mention]:
    """Read the names of one capitalised span, with what surrounds it in the text."""
    body, span, start = text.body, m.group(0), m.start()
    if span.count(" ") + span.count("\t") >= MAX_SPAN_WORDS:
        return []
    if body[start - 1 : start] == "(" and _CREDIT_END.match(body, m.end()):
        return []  # "(AP) —", "(CNN) —": a dateline's source credit, not a mention
    if span.isupper() and _TICKER_BEFORE.search(body, max(0, start - 24), start):
        return []  # "(NYSE: VIA)": a company's ticker symbol
    if span.isupper() and " " not in span and _names_a_kind(body, start, m.end()):
        return []  # "awarded an MBE.", "an NGO": an honour, a kind of body
    if span.isupper() and _is_capitals(span) and not text.registry.canonical(span):
        # Capitals-only spans are headlines or chrome, except a dateline's place ("FRISCO —").
        if _is_line_start(body, start, text.lines) and _DATELINE_END.match(body, m.end()):
            return [Mention(_case(span), "place", "dateline", span, True)]
        if len([w for w in span.split() if not IS_NUMBER.fullmatch(w)]) > 1:
            return []
    if span.isupper() and body[m.end() : m.end() + 1] == "$":
        return []  # "US$20,000", "NZ$5": a currency's sign, not a mention of the country
    compound = _COMPOUND_BEFORE.search(body, max(0, start - 24), start)
    if (
        compound
        and " " in span
        and _is_compound_fragment(body, compound.start() + len(compound.group(1)), text.registry)
    ):
        # "the Blu-ray Disc Association": the compound word opens the body's name ("Blu-ray DVDs" is none)
        start, span = compound.start(), body[compound.start() : m.end()]
    if at_start and _opens_imperative(text, span, m.end()):
        return []  # "Post a comment", "Read the full story": a verb telling the reader what to do
    if _is_lettered_kind(text, span):
        return []  # "Wireless G", "Wireless-N", "Plan B": an everyday word and a grade's letter
    if at_start and _opens_before_count(text, span):
        return []  # "• Completed 77 per cent of his passes": a verb opening a list item, then a count
    outlet = _outlet_named(text, span, start)
    if outlet:
        return [outlet]
    if not at_start and _is_adjective(body, span, m.end()):
        return []  # "the Siberian tiger", "Marxist ideology": an adjective before its noun
    if _VESSEL_BEFORE.search(body, max(0, start - 24), start):
        return [Mention(without_possessive(span), "other", "vessel", "", at_start)]
    if " " in span and (_closes_compound(span, body, m.end()) or _opens_appeal(text, span, m.end())):
        span = span.rsplit(None, 1)[0]  # "the NASA Web site": "Web" is the website's, not NASA's
    words = span.split()
    if body[start - 4 : start] == "the " and _is_royal_name(words):
        # "the Queen Victoria", "the King George V": a ship, a pub or a hall named for a monarch,
        # not the monarch ("Queen Victoria" has no article).
        return [Mention(without_possessive(span), "other", "named for a monarch", "", at_start)]
    if words[-1].lower() in STREET_WORDS and (
        IS_NUMBER.fullmatch(words[0]) or _HOUSE_NUMBER.search(body, max(0, start - 12), start)
    ):
        return []  # "7001 Gulf Highway": an address
    before = max(0, start - 16)
    if (
        body.find("of", before, start) >= 0
        and _PLACE_OF.search(body, before, start)
        and _could_be_town(span, text.registry)
    ):
        return [Mention(span, "place", "town of", "", at_start)]
    if len(words) >= 3 and body[start - 1 : start] == " " and _ROLE_BEFORE.search(body, max(0, start - 8), start):
        if (
            starts_person(words[1:])
            and not is_first_name(words[0])
            and not text.registry.canonical(span)
            and not is_place(" ".join(words[:2]))  # "former New York Mets": a place's first word
        ):
            span = span.partition(" ")[2]  # "former Husky Scott Burrell": a team's man, then his name
            start += len(words[0]) + 1
    if at_start and _fused_opener(text, span):
        rest = span.split(None, 1)[1]  # "Senior NASA managers": the sentence's first word, then a name
        start, span, at_start = start + len(span) - len(rest), rest, False
    event = _EVENT_NOUN_AFTER.match(body, m.end())
    found = []
    place = _place_before_given_name(text, span, start)
    pieces = [(place, at_start), (span[len(place) + 1 :], False)] if place else _sentences_of(span, at_start)
    for piece, opens in pieces:
        for part, mentions in _read_parts(text, piece, opens):
            for mention in mentions:
                if event and span.endswith(part) and mention.cue in ("capitalised span", "single word"):
                    mention = Mention(f"{mention.text} {event.group(1)}", "event", "event word", "", mention.start)
                found.append(mention)
    if found and (found[0].cue in _WEAK_CUES or found[-1].cue in _WEAK_CUES):
        before, after = cue_before(body, start), cue_after(body, start + len(without_possessive(span)), start)
        first = span.startswith(found[0].full or found[0].text)
        last = span.endswith(found[-1].text) or without_possessive(span).endswith(found[-1].text)
        if first and _article_thing(found[0], body, start):
            found[0] = replace(found[0], type="other")  # "the Mitchell Report": no one's name
        if len(found) == 1 and first and last:  # one name: the plainer cue wins ("said X's shares")
            # "back in Moscow, who criticized": a place's people speak through its name
            plain = after in (None, "speaker") or before == "place" and found[0].type == "place"
            side, cue = ("before", before) if plain and before else ("after", after)
            found[0] = _with_cue(found[0], cue, side, before == "place")
        else:
            if before and first:
                found[0] = _with_cue(found[0], before, "before")
            if last and (after or found[-1].cue == "gazetteer"):
                found[-1] = _with_cue(found[-1], after, "after")
    return found


def _place_before_given_name(text: _Text, span: str, start: int) -> str | None:
    """Return the place that opens a span when a given name closes it and a verb follows ("at the
    show in Las Vegas Billy invited ..."): a clause that opens after a place with no comma, two
    names run together. The place is one of two words or more that the gazetteer knows, after a
    preposition of place; the whole is no place and no name the registry knows. A one-word place
    is left alone: "Paris Hilton" is a person's name of that shape."""
    words = span.split()
    if len(words) < PLACE_BEFORE_NAME_MIN_WORDS + 1 or not is_first_name(words[-1]):
        return None
    place = span.rsplit(None, 1)[0]
    after = _LOWER_AFTER.match(text.body, start + len(span))
    fused = (
        after is not None
        and after.group(1) not in _CLOSED_CLASS
        and is_place(place)
        and not is_place(span)
        and text.registry.canonical(span) is None
        and cue_before(text.body, start) == "place"
    )
    return place if fused else None


#: A place run into a given name is told only when the place has this many words at least ("Las
#: Vegas Billy invited"); a one-word place and a given name is as often a person's name ("Paris
#: Hilton", "Sydney Pollack"). Chosen on the fresh entities-tune clusters (issue 14).
PLACE_BEFORE_NAME_MIN_WORDS = 2


def _names_a_kind(body: str, start: int, end: int) -> bool:
    """Tell an acronym that stands for a kind of thing, not a name: one that an indefinite article
    opens and that closes its phrase ("awarded an MBE.", "gets an OBE while", "a knighthood and a
    VC."); not one that qualifies a noun after it ("a BBC reporter")."""
    return bool(_ARTICLE_BEFORE.search(body, max(0, start - 4), start) and _PHRASE_CLOSES.match(body, end))


def _is_adjective(body: str, span: str, end: int) -> bool:
    """Tell one capitalised word of an adjective's shape before a lowercase word that goes on its
    noun phrase ("the 160kg Siberian tiger", "Marxist ideology", "an Argentinean court"): an
    English word with an adjective's ending (`_ADJECTIVE_END`), no given name, no place; not before
    a verb or a small word of the closed classes ("Kevorkian was", "Christian said")."""
    if " " in span or not _ADJECTIVE_END.search(span) or not in_dictionary(span.partition("-")[0]):
        return False
    after = _LOWER_AFTER.match(body, end)
    if after is None or after.group(1) in _CLOSED_CLASS or after.group(1) in SPEECH_VERBS:
        return False
    return not is_first_name(span) and not is_place(span)


#: A capitalised word of at most this many letters joined by a hyphen to a lowercase word
#: ("Blu-ray", "Bu-ray", "Wi-fi", "Sci-fi") is the first part of one word when the text never
#: writes it alone; longer ones are names the compound is made of ("Derby-bound", "Bush-era").
#: Chosen on the fresh entities-tune clusters (issue 14), where the fragments had 2 and 3 letters.
COMPOUND_FRAGMENT_MAX_LETTERS = 3
_COMPOUND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,2})-[a-z]+ $")


def _without_compound_fragment(body: str, m: re.Match, registry: Registry) -> tuple[re.Match, ...]:
    """Leave out a span's last word when it is the first part of a hyphenated word ("The Blu" of
    "The Blu-ray", "HD-DVD and Bu" of "Bu-ray"): no name; the words before it stay."""
    if body[m.end() : m.end() + 1] != "-" or not _is_compound_fragment(body, m.end(), registry):
        return (m,)
    cut = body.rfind(" ", m.start(), m.end())
    rest = _SPAN.search(body, m.start(), cut) if cut > m.start() else None
    return (rest,) if rest else ()


def _is_compound_fragment(body: str, end: int, registry: Registry) -> bool:
    """Tell the first part of a hyphenated word, capitalised ("Blu-ray"), that ends at `end`: a
    short word in Title Case (`COMPOUND_FRAGMENT_MAX_LETTERS`; not an acronym: "US-led" names the
    country) before a hyphen and a lowercase letter, that no registry name or place is and the text
    never writes alone."""
    if body[end : end + 1] != "-" or not body[end + 1 : end + 2].islower():
        return False
    word = _LAST_WORD.search(body, max(0, end - COMPOUND_FRAGMENT_MAX_LETTERS - 1), end)
    if word is None:
        return False
    name = word.group(0)
    if registry.canonical(name) is not None or is_place(name):
        return False
    return name not in _short_words_alone(body)


@lru_cache(maxsize=2)
def _short_words_alone(body: str) -> frozenset[str]:
    """The short capitalised words a text writes alone (not joined to another by a hyphen or an
    apostrophe), read once a text: looking each fragment up in the text was quadratic."""
    return frozenset(m.group(0) for m in _SHORT_WORD_ALONE.finditer(body))


# A capitalised word of at most `COMPOUND_FRAGMENT_MAX_LETTERS` letters that ends where the pattern is made to end.
_LAST_WORD = re.compile(rf"(?<![\w'’-])[A-Z][a-z]{{0,{COMPOUND_FRAGMENT_MAX_LETTERS - 1}}}$")
_SHORT_WORD_ALONE = re.compile(rf"(?<![\w'’-])[A-Z][a-z]{{0,{COMPOUND_FRAGMENT_MAX_LETTERS - 1}}}(?![\w'’-])")


def _opens_before_count(text: _Text, span: str) -> bool:
    """Tell a sentence's (or list item's) first word before a count, no name: "Completed 77 per
    cent", "Scored 12 points". The word is in the dictionary, has a participle's or an adverb's
    ending and is never capitalised inside a sentence of the text (a noun names a thing by its
    number: "Flight 2209", "Channel 4"; "United 93" is written so inside sentences too); not a
    given name, a place, a head word or a name the registry knows."""
    words = span.split()
    if len(words) != 2 or not IS_NUMBER.fullmatch(words[1]) or not words[0].isalpha():
        return False
    first = words[0]
    return (
        _INFLECTED.fullmatch(first) is not None
        and in_dictionary(first)
        and first not in text.capitalised_inside
        and first.lower() not in HEAD_WORDS
        and not is_first_name(first)
        and not is_place(first)
        and text.registry.canonical(span) is None
    )


def _is_lettered_kind(text: _Text, span: str) -> bool:
    """Tell an everyday word and one capital letter, a grade, a standard or a kind of thing
    ("Wireless G", "Wireless-N", "Plan B", "Vitamin C"), no name: the word is one the text writes
    in lowercase or an everyday one (`is_common_word`); not a given name ("Malcolm X"), a place
    or a name the registry knows."""
    lettered = _LETTERED.fullmatch(span)
    if lettered is None:
        return False
    word = lettered.group(1)
    return (
        (word.lower() in text.lowercase or is_common_word(word))
        and not is_first_name(word)
        and not is_place(word)
        and text.registry.canonical(span) is None
    )


_LETTERED = re.compile(r"([A-Z][a-z]+)[ -][A-Z]")


def _opens_imperative(text: _Text, span: str, end: int) -> bool:
    """Tell a one-word span opening a sentence before an article and a lowercase word ("Post a
    comment", "Read the story"): a verb telling the reader what to do, no name. The word is an
    everyday one (`is_common_word`) or one the text writes in lowercase, and the text never
    capitalises it inside a sentence ("Reuters the agency", "Bush the younger" stay names); not a
    given name, a place or a name the registry knows."""
    return (
        " " not in span
        and _ARTICLE_AFTER.match(text.body, end) is not None
        and (span.lower() in text.lowercase or is_common_word(span))
        and span not in text.capitalised_inside
        and not is_first_name(span)
        and not is_place(span)
        and text.registry.canonical(span) is None
    )


_ARTICLE_AFTER = re.compile(r"[ \t]+(?:a|an|the)[ \t]+[a-z]")


#: A word with a participle's or an adverb's ending ("Completed", "Trailing", "Only").
_INFLECTED = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly)")


def _closes_compound(span: str, body: str, end: int) -> bool:
    """Tell a span whose last word is the first half of a compound noun the lowercase word after it
    closes, the two spelling one word of the dictionary ("NASA Web site": "website"; "Home page"):
    the noun's, not the name's. Not a person's name ("Tom Over"), a connector's object ("Friends of
    Note book": "Note" is the name's), nor before a word of the closed classes or of fewer than
    `COMPOUND_TAIL_MIN_LETTERS` letters ("Lib Dem and": "demand")."""
    words = span.split()
    last = words[-1]
    after = _LOWER_AFTER.match(body, end)
    if after is None or not (last[:1].isupper() and last[1:].islower()) or words[-2] in _CONNECTORS:
        return False
    tail = after.group(1)
    return (
        len(tail) >= COMPOUND_TAIL_MIN_LETTERS
        and tail not in _CLOSED_CLASS
        and in_dictionary(last.lower())
        and in_dictionary(f"{last}{tail}".lower())
        and not starts_person(words)
    )


def _opens_appeal(text: _Text, span: str, end: int) -> bool:
    """Tell a span whose last word is a verb that opens an appeal to the reader after a label with
    no stop between ("Facebook Click here to bet", "Calendar Find out"): a dictionary word before
    "here", "out" or "what" that the text writes as a span of its own elsewhere (the appeal again,
    "Click here to vote"); not a body's or a place's head word ("Ram Hospital here": in this town),
    a given name ("Big Sam out"), a place or a known name, nor the last word of a place ("United
    States out"). A surname is no dictionary word ("Harry Redknapp out")."""
    after = _LOWER_AFTER.match(text.body, end)
    if after is None or after.group(1) not in _APPEAL_AFTER:
        return False
    last = span.rsplit(None, 1)[-1]
    lower = last.lower()
    return (
        last in text.elsewhere
        and in_dictionary(lower)
        and lower not in HEAD_WORDS
        and not is_first_name(last)
        and not is_place(last)
        and not is_place(span)
        and text.registry.canonical(span) is None
    )


#: What follows the verb of an appeal to the reader ("Click here", "Find out", "Wondering what").
_APPEAL_AFTER = frozenset({"here", "out", "what"})


def _fused_opener(text: _Text, span: str) -> bool:
    """Tell a span that opens a sentence with a word capitalised only as its first (see
    `opens_before_known_name`); the registry's names stay whole."""
    words = span.split()
    return (
        len(words) >= 2
        and (
            opens_before_known_name(words, text.capitalised_inside, text.elsewhere, text.registry)
            or _inflected_opener(text, words)
        )
        and text.registry.canonical(span) is None
    )


def _inflected_opener(text: _Text, words: list[str]) -> bool:
    """Tell a participle or an adverb opening a sentence before one name ("Struggling Derby say",
    "Embattled Chelsea"): a dictionary word of that ending the text never capitalises inside a
    sentence, before a place or a name the text writes alone; not a given name, a title or a head
    word, nor the first word of a place ("United States")."""
    first, rest = words[0], " ".join(words[1:])
    return (
        len(words) == 2
        and _INFLECTED.fullmatch(first) is not None
        and in_dictionary(first)
        and first not in text.capitalised_inside
        and not is_first_name(first)
        and first.lower() not in HEAD_WORDS | TITLES
        and (is_place(rest) or rest in text.elsewhere)
        and not is_place(" ".join(words))
    )


def _article_thing(mention: Mention, body: str, start: int) -> bool:
    """Tell a name read as a person's by its given name that "the" opens and an ordinary word ends
    ("the Mitchell Report"): a thing named for someone; "the Kim Campbell government" stays hers."""
    last = mention.text.rsplit(None, 1)[-1].lower()
    return (
        mention.type == "person" and mention.cue in _GUESSES and last in COMMON | HEAD_WORDS
        and after_article(body, start)
    )  # fmt: skip


def _is_royal_name(words: list[str]) -> bool:
    """Tell a monarch's title and given name ("Queen Mary", "King George V")."""
    return len(words) >= 2 and words[0].lower() in _MONARCHS and is_first_name(without_possessive(words[1]))


_MONARCHS = frozenset({"queen", "king", "emperor", "empress", "tsar", "czar"})


def _outlet_named(text: _Text, span: str, start: int) -> Mention | None:
    """Read "the Guardian said", "The Times reported": an outlet whose name is one ordinary word,
    after "the" and before what may follow an outlet's name (a verb of reporting, a preposition,
    punctuation); not "the Australian team", "the Independent candidate"."""
    last = span.rpartition(" ")[2]
    if last[-2:] in ("'s", "’s"):
        last = last[:-2]
    outlet = text.registry.outlet_words.get(last)
    if outlet is None or span.count(" ") > 1:
        return None
    words, word = span.split(), last
    the = words[0] == "The" and len(words) == 2 or len(words) == 1 and text.body[max(0, start - 4) : start] == "the "
    if not the or is_demonym(word):
        return None
    end = start + len(span)
    if span.endswith(("'s", "’s")) or _AFTER_OUTLET.match(text.body, end):
        return Mention(word, "organization", f"outlet {outlet}", span if len(words) == 2 else "")
    return None


# What follows an outlet's name: punctuation, a possessive, a verb of reporting, a preposition.
_AFTER_OUTLET = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$)|['’]s\b|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|revealed|"
    r"published|added|noted|claimed|newspaper|paper|daily|weekly|magazine|website|editorial|report|story|"
    r"article|interview|on|in|at|last|this|that|and|or|as|which|who|has|had|was|is|first|also|earlier|later)\b"
)


#: What discovery's own reading of a span may be refined by a cue around it: guesses, not the
#: registry, a title or a dateline.
_WEAK_CUES = frozenset({"capitalised span", "single word", "gazetteer", "first name", "acronym"})
#: The readings that take a span for a person's name by its shape alone (a given name first).
_GUESSES = frozenset({"capitalised span", "first name"})


def _with_cue(mention: Mention, cue: str | None, side: str, place_before: bool = False) -> Mention:
    """Refine a mention's type with the cue around it (see `dossier.cues`): a person or body cue
    types a guess; a team cue types a town's name as its club's; a preposition of place types a one-word guess; a speech verb types a name that
    reads as a person's; a small place from the gazetteer with no place cue is only a guess."""
    if mention.cue not in _WEAK_CUES:
        return mention
    words = mention.text.split()
    if cue == "person":
        return replace(mention, type="person", cue=f"person {side}")
    if cue == "speaker" and (
        is_person_name(words) or (len(words) == 1 and not mention.start and _could_speak(mention))
    ):
        return replace(mention, type="person", cue=f"speaker {side}")  # "Earnest told a briefing"
    if cue == "speaker" and len(words) == 1 and _BRAND_CAPITAL.search(mention.text):
        return replace(mention, type="organization", cue=f"speaker {side}")  # "MasterCard said"
    if cue == "team" and mention.type == "place" and mention.text not in regions():
        # "Derby manager", "beat Philadelphia": a town's name used as its club's; a country's or a
        # region's side is the country ("India beat Australia"), as the labels have it
        return replace(mention, type="organization", cue=f"team {side}")
    if cue == "organization" or cue == "body" and mention.type == "other" and not _opening_word(mention):
        return replace(mention, type="organization", cue=f"organization {side}")
    if cue == "place" and (
        mention.type == "place"
        or (mention.type == "other" and not is_person_name(words) and not _BRAND_CAPITAL.search(mention.text))
    ):  # "in Kapalua"; not "in WebMD", a brand's
        return replace(mention, type="place", cue="place before")
    if mention.cue == "gazetteer" and not place_before and is_first_name(mention.text):
        # "Sharon", "Douglas": small places share given names; "India", "Kenya", "Riyadh" are places first
        return mention if mention.text in major_places() else replace(mention, type="other")
    return mention


def _opening_word(mention: Mention) -> bool:
    """Tell one word that opens a sentence: as likely an adjective ("Weather officials said") as a name."""
    return bool(mention.start) and " " not in mention.text


def _could_speak(mention: Mention) -> bool:
    """Tell whether a one-word name that says something may be a person's: not an acronym, not a
    place, no organisation's head word, no brand's capital inside ("MasterCard said")."""
    word = mention.text
    return (
        not word.isupper()
        and (mention.type != "place" or is_first_name(word))
        and word.lower() not in HEAD_WORDS
        and not _BRAND_CAPITAL.search(word)
    )


#: A capital inside a word that no surname's prefix explains ("MasterCard", "FedEx", "YouTube"; not
#: "McCain", "MacArthur", "O'Neill", "DeSantis", "DiCaprio", "LaHood", "VanDyke", "FitzGerald").
_BRAND_CAPITAL = re.compile(r"^(?!(?:Ma?c|O['’]|D[eiu]|L[ae]|V[ao]n|Fitz)[A-Z])[A-Z][a-z]+[A-Z]")


# An initial's full stop inside a span: "George W. Bush", or "vitamin D. Researchers said".
_STOP_INSIDE = re.compile(r"(?:(?<= [A-Z])|(?<=^[A-Z])|(?<=Bros))\. ")


def _sentences_of(span: str, at_start: bool) -> list[tuple[str, bool]]:
    """Split a span at a full stop that ends a sentence rather than a person's middle initial
    ("vitamin D. Researchers", "Warner Bros. Analysts"); the part after it opens a sentence."""
    stop = _STOP_INSIDE.search(span) if ". " in span else None
    if stop is None:
        return [(span, at_start)]
    words, rest = span[: stop.start()].split(), span[stop.end() :]
    if words[-1] == "Bros" or (len(words) >= 2 and (is_first_name(words[-2]) or _initial_after_title(words, rest))):
        return [(span, at_start)]  # "George W. Bush", "Warner Bros. Pictures", "Minister G. Rao"
    return [(span[: stop.start()], at_start), *_sentences_of(rest, True)]


def _initial_after_title(words: list[str], rest: str) -> bool:
    """Tell an initial after a title's word, written out or cut short ("Minister G. Rao", "Dr. J.
    Lee"), before a surname: it opens a name and ends no sentence. Not before a given name
    ("Ambassador J. Andrew Lee"): the name read from the given name on joins its other spellings
    ("Andy Lee"), the initial's would not."""
    title = words[-2]
    return (title.lower() in TITLES or title.rstrip(".") in _TITLE_ABBREVIATION_WORDS) and not is_first_name(
        rest.split(None, 1)[0] if rest else ""
    )


_TITLE_ABBREVIATION_WORDS = frozenset(_TITLE_ABBREVIATIONS.split("|"))


def _read_parts(text: _Text, span: str, at_start: bool) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
    """Split a span into its names and read each (see `dossier.spans`).

    A reading depends on the span, on whether it opens a sentence and on the registry, and on the
    text only through the questions it asks: is this word written in lowercase somewhere, is this
    span found elsewhere. Names recur across a corpus, so a reading is kept (in the registry's
    cache) with the questions asked and their answers, and reused in any text that answers them
    the same way: the reading would take the same steps there and find the same names.
    """
    cache = text.readings
    readings = cache.get((span, at_start))
    if readings is None:
        if len(cache) > READINGS_CACHE_SIZE:
            cache.clear()
        readings = cache[span, at_start] = []
    lowercase, elsewhere = text.lowercase, text.elsewhere
    for asked, parts in readings:
        if not asked or all((x in (lowercase if kind else elsewhere)) == answer for kind, x, answer in asked):
            return parts
    log: list[tuple[bool, str, bool]] = []
    lowercase_asked, elsewhere_asked = _Asked(lowercase, log, True), _Asked(elsewhere, log, False)
    found = []
    for part in split_span(span, text.registry, lowercase_asked, elsewhere_asked):
        names = read_span(without_possessive(part), at_start, lowercase_asked, text.registry, elsewhere_asked)
        found.append((part, tuple(names)))
        at_start = False
    if len(readings) < READINGS_PER_SPAN:
        readings.append((tuple(log), tuple(found)))
    return tuple(found)


class _Asked:
    """A set whose membership tests are logged: what a reading asked of the text, and the answers."""

    __slots__ = ("items", "log", "kind")

    def __init__(self, items: Collection[str], log: list[tuple[bool, str, bool]], kind: bool):
        self.items, self.log, self.kind = items, log, kind

    def __contains__(self, item: object) -> bool:
        answer = item in self.items
        self.log.append((self.kind, item, answer))  # type: ignore[arg-type]
        return answer


def _claim_phrases(body: str, registry: Registry, found: list[Mention]) -> set[int]:
    """Find the registry's spellings with lowercase words; return the span starts they cover."""
    phrases = registry.phrases()
    claimed: set[int] = set()
    heads = _phrase_heads(registry)
    if heads is None or not heads.search(body):
        return claimed
    for m in _CAPITALISED.finditer(body):
        for spelling in phrases.get(m.group(0), ()):
            end = m.start() + len(spelling)
            if body.startswith(spelling, m.start()) and not body[end : end + 1].isalnum():
                found.append(Mention(spelling, registry.entities[registry.canonical(spelling)].type, "registry"))
                claimed.update(s.start() for s in _SPAN.finditer(body, m.start(), end))
                break
    return claimed


def _phrase_heads(registry: Registry) -> re.Pattern[str] | None:
    """Return a pattern finding the capitalised first words of the registry's phrases (most texts
    hold none), or None when there are none."""
    cache = registry.readings()
    if _PHRASE_HEADS not in cache:
        words = sorted((w for w in registry.phrases() if "A" <= w[0] <= "Z"), key=len, reverse=True)
        cache[_PHRASE_HEADS] = re.compile("|".join(map(re.escape, words))) if words else None
    return cache[_PHRASE_HEADS]


_PHRASE_HEADS = ("phrase heads",)  # the key of `_phrase_heads`'s pattern in the registry's cache


def _claim_plural_lists(body: str, found: list[Mention]) -> set[int]:
    """Read "Calcasieu, Cameron and Jefferson Davis parishes" as three parishes."""
    claimed: set[int] = set()
    if not _PLURAL_HEAD.search(body):
        return claimed  # the list pattern is slow to try everywhere; the head word is quick to find
    for m in _PLURAL_LIST.finditer(body):
        head = PLURAL_HEADS[m.group("head")]
        names = re.split(r",?[ \t]+and[ \t]+|,[ \t]+", m.group("list"))
        if any(n.split()[0].lower() in COMMON for n in names):
            continue
        for name in names:
            found.append(Mention(f"{name} {head}", "place", f"list of {m.group('head')}", name))
        claimed.update(s.start() for s in _SPAN.finditer(body, m.start(), m.end("list")))
    return claimed


def _claim_quoted_titles(body: str, found: list[Mention]) -> set[int]:
    """Read a work's title in double quotation marks as one name ("Two and a Half Men", "Make Me a
    Supermodel"): its small words in lowercase would split it into pieces that are no names ("Half
    Men", "Make Me"). See `_is_quoted_title`."""
    claimed: set[int] = set()
    if '"' not in body and "“" not in body:
        return claimed
    for m in _QUOTED.finditer(body):
        title = m.group(1).rstrip(",.:;!?")
        if _is_quoted_title(title):
            found.append(Mention(title, "other", "quoted title"))
            claimed.update(s.start() for s in _SPAN.finditer(body, m.start(1), m.start(1) + len(title)))
    return claimed


def _is_quoted_title(title: str) -> bool:
    """Tell a title written as titles are: QUOTED_TITLE_MAX_WORDS words at most, each capitalised
    or a small word in lowercase ("a", "the", "and"), at least one of those, first and last
    capitalised."""
    words = title.split()
    if not 3 <= len(words) <= QUOTED_TITLE_MAX_WORDS or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    small = [w for w in words if w in HEADING_SMALL_WORDS]
    return bool(small) and all(w in HEADING_SMALL_WORDS or w[0].isupper() or w[0].isdigit() for w in words)


def _region_after(body: str, m: re.Match, nxt: re.Match | None) -> tuple[str, str] | None:
    """Return (region, spelling) when a span is followed by ", Region" ("Hartford, Conn.")."""
    if nxt is None or body[m.end() : nxt.start()] not in (", ", ",\t"):
        return None
    spelling = nxt.group(0)
    if body[nxt.end() : nxt.end() + 1] == "." and not spelling.endswith("."):
        spelling += "."
    name = regions().get(spelling)
    return (name, spelling) if name else None


def _could_be_town(span: str, registry: Registry) -> bool:
    words = span.split()
    if len(words) > 3 or registry.canonical(span) or span in regions():
        return False
    return not any(w.lower() in COMMON or w.lower() in TITLES for w in words) and not is_demonym(words[0])


def _is_capitals(span: str) -> bool:
    """Tell a span in capitals ("LAKE CHARLES", "FRISCO") from an acronym with a number ("ATR 72")."""
    if not span.isupper():
        return False
    letters = [c for c in span if c.isalpha()]
    words = [w for w in span.split() if any(c.isalpha() for c in w)]
    return (
        len(letters) > 2
        and all(c.isupper() for c in letters)
        and "." not in span
        and (len(words) > 1 or len(letters) > 4)
    )


def _case(span: str) -> str:
    """Write a capitals-only place as names are written ("LAKE CHARLES" -> "Lake Charles")."""
    if not _is_capitals(span):
        return span
    return " ".join(w if w.lower() in SMALL_WORDS else w.capitalize() for w in span.lower().split())


def _is_line_start(body: str, pos: int, lines: Separators) -> bool:
    line_start = lines.block_start(pos)
    return bool(_LINE_MARKER.fullmatch(body, line_start, pos))


def _opens_sentence(body: str, pos: int, lines: Separators) -> bool:
    """Tell whether a span starts a sentence, a list item, a quotation, a line or a cell of one
    (after a tab or a run of spaces: "Low fee and $50 credit   Get a Credit Card")."""
    line_start = lines.block_start(pos)
    if _LINE_MARKER.fullmatch(body, line_start, pos) or _CELL_OPENS.search(body, max(line_start, pos - 4), pos):
        return True
    if body[pos - 1 : pos] in _QUOTE_MARKS and _QUOTATION_OPENS.search(body, max(line_start, pos - 3), pos):
        return True  # 'he said, "Well, ...': a quotation's first word
    before = body[max(line_start, pos - 24) : pos].rstrip(" \t\"“‘'([*_`")
    if before.endswith((".", "!", "?")):
        return not _ABBREVIATION.search(before)
    return before.endswith((":", ";", "—", "–", "•", " -", " --"))


_QUOTE_MARKS = frozenset("\"“‘`'")
# An opening quotation mark right before a word: after a space, a bracket or a line's start.
_QUOTATION_OPENS = re.compile(r"(?:^|(?<=[\s(\[]))(?:[\"“‘`]|'(?!s\b)|``)$", re.M)
# A cell's start right before a word: a tab or a run of spaces, and an opening quotation mark.
_CELL_OPENS = re.compile(r"(?:\t| {3})[\"“‘(]?$")
# What separates the cells of one line: a tab, a run of spaces, a table's bar.
_CELL_BREAK = re.compile(r"\t+| {3,}|(?:^|\s)\|(?:\s|$)")


def _without_headings(text: str) -> str:
    """Blank out Title Case lines (headlines, subheadings), Title Case cells of a line (a headline
    in a table row, before a tab) and the short cells of a table row ("| Birdies | 17 | T5 |"):
    labels and headings, not prose, where every word may be capitalised, names or not."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _is_title_case(line):
            lines[i] = ""
        elif ("\t" in line or "   " in line or "|" in line) and _CELL_BREAK.search(line):
            cells = _CELL_BREAK.split(line)
            row = line.count("|") >= 2 and len(cells) >= 3
            if row or any(_is_title_case(c) for c in cells):
                lines[i] = "\t".join("" if _is_title_case(c) or (row and _is_label(c)) else c for c in cells)
    return "\n".join(lines)


def _is_label(cell: str) -> bool:
    """Tell a table cell that labels (a few words) from one that holds a paragraph."""
    return len(cell.split()) <= TABLE_LABEL_WORDS


def _is_title_case(line: str) -> bool:
    if len(line) > 240 or _LIST_ITEM.match(line):  # a paragraph, or a list item
        return False  # a list item ("- Burton Coliseum, 7001 Gulf Highway, Lake Charles")
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3 or len(words) > 20:
        return False
    big = [w for w in words if w.lower() not in HEADING_SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in big)
    if line.rstrip().endswith((".", '"', "”")):
        # A sentence full of names is text; a headline of two sentences has every word capitalised.
        return len(big) >= 8 and capitalised == len(big)
    return capitalised >= 0.8 * len(big)


def _acronym_definitions(text: str, registry: Registry) -> list[Mention]:
    """Read "the Islamic State (IS)": the acronym, with what it abbreviates as its full form."""
    cache = registry.readings()  # a definition reads the same in every text: kept with the spans'
    found = []
    for m in _acronym_matches(text):
        key = (_ACRONYM, m.group("long"), m.group("short"))
        if key not in cache:
            cache[key] = _read_acronym(m.group("long"), m.group("short"), registry)
        if cache[key] is not None:
            found.append(cache[key])
    return found


_ACRONYM = "acronym"  # marks an acronym's reading in the registry's cache


def _read_acronym(long: str, short: str, registry: Registry) -> Mention | None:
    if sum(c.isupper() for c in short) < 2:
        return None
    words = long.split()
    # "Norway's Norwegian Safety Investigation Authority (NSIA)": drop words until the initials fit.
    while words and not (_abbreviates(short, " ".join(words), True) and words[0].lower() not in SMALL_WORDS):
        words = words[1:]
    long = POSSESSIVE.sub("", " ".join(words)) if len(words) >= 2 else ""
    if not long:
        return None
    title, rest = strip_title(long.split(), registry)
    long = " ".join(rest) if title else long
    known = registry.canonical(long)
    kind = registry.entities[known].type if known else guess_type(long.split())
    return Mention(short, kind, f"acronym of {long}", long)


def _acronym_matches(text: str) -> Iterator[re.Match[str]]:
    """Yield what `_ACRONYM_DEF.finditer(text)` yields, searching only before each "(ABC)".

    A match ends at the first "(ABC)" after its start, and holds only word characters, spaces and
    "&" before it: it starts in the run of those characters that the parenthesis ends. Searching
    each such run alone finds the same matches, without trying every capital of the text.
    """
    end = 0
    runs = _ACRONYM_RUN.finditer(text)
    run = next(runs, None)
    for paren in _ACRONYM_PAREN.finditer(text):
        while run is not None and run.end() < paren.start():
            run = next(runs, None)
        start = run.start() if run is not None and run.end() == paren.start() else paren.start()
        m = _ACRONYM_DEF.search(text, max(start, end), paren.end())
        if m:
            yield m
            end = m.end()


def _abbreviates(short: str, long: str, defined: bool = False) -> bool:
    """Tell whether an acronym is made of the initials of a name ("IS" and "Islamic State"); one
    defined in parentheses may leave out the last words ("UNRWA" for the United Nations Relief
    and Works Agency for Palestine Refugees)."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    full = (initials(long, False), initials(long, True))
    return letters in full or (defined and len(letters) >= 3 and any(f.startswith(letters) for f in full))
