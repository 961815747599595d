"""What a capitalised span looks like as written: the patterns that find one in running text.

A span is a run of name tokens ("U.S.", "al-Assad", "S&P", a middle initial), joined by a space
or by a connector ("of the", "and", "de la"), perhaps led by an ordinal and closed by a designator
number ("Flight 2209"). `dossier.discovery` reads each span it finds (see `dossier.spans`); the
tokens and connectors also make its lists of names.
"""

from __future__ import annotations

import re

from .dates import DURATION_UNIT

# A name token: "U.S.", "al-Assad", "Al-Nusra", "Zia-ul-Haq", "BTR-82a", "S&P", "Støre", a middle
# initial ("George W. Bush"), "Bros." inside a name ("Warner Bros. Pictures"); not a compound
# adjective ("Russian-built").
_UPPER = r"A-ZÀ-ÖØ-Þ"


# Words that open a sentence after an initial's full stop ("... Plan B. The plan"): the stop ends it.
_OPENERS = r"(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|His|Her|Its|There|As|If|When|So)\b"


#: A country's or a body's initials, no person's: "U.S. Fish", and "U.S.Army" glued is no
#: "V.P.Ramakrishna" (see `TOKEN`: two or three initials glued to a name are a person's, as papers
#: in India write them; one letter glued is as often a place's or a brand's abbreviation,
#: "N.Korea", "J.Crew").
NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "U.S.A."})
_COUNTRY_INITIALS = "|".join(map(re.escape, sorted(NOT_INITIALS, key=len, reverse=True)))


# Abbreviations with a full stop that a name follows: titles ("Rev. Ann Lee", "Const. Tom Keel",
# "Det. Sgt."), "St." and "Mt." of places.
TITLE_ABBREVIATIONS = r"Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Fr|Const|Insp|Det|Supt|Cpl|Adm|St|Mt|Ft"


#: The Arabic article as names of Pakistan and India join it to the word before ("Inzamam-ul-Haq",
#: "Fazl-ur-Rehman", "Shams-ud-Din"), when a space, not a hyphen, follows it: "Inzamam-ul Haq" is one
#: name, whose last word alone is no page of its own.
_NAME_PARTICLES = r"(?:ul|ud|ur|us|un)"


TOKEN = (
    rf"(?:(?:{TITLE_ABBREVIATIONS})\.(?=[ \t])"
    rf"|(?!{_COUNTRY_INITIALS})(?:[{_UPPER}]\.){{2,3}}(?!{_OPENERS})[{_UPPER}][a-z]+(?!\w|\.\w|-)"
    rf"|(?:Bros|[{_UPPER}])\.(?= (?!{_OPENERS})[{_UPPER}])"
    rf"|[{_UPPER}][a-z]*\.(?:[{_UPPER}]\.)+|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)-[{_UPPER}][\w'’]*"
    rf"|[{_UPPER}](?:[\w'’&]|-(?![a-z])|-[a-z]{{1,3}}(?=-[{_UPPER}a-z]))*\w(?:(?<=[^'’]s)['’](?= [{_UPPER}]))?"
    rf"(?:-{_NAME_PARTICLES}(?= [{_UPPER}]))?|[{_UPPER}])"
)  # a possessive in s' before a name is kept: "St James' Park"


CONNECTOR = r"(?:of the|of|for the|for|and the|and|&|de la|de|del|da|das|dos|do|al|bin|ibn|van|von|der|den|la|le|du)"


# A designator number closes a name ("Flight 2209", "ATR 72-600", "FTSE 100"); not a figure ("5.25%"),
# nor a count of units of time in an age ("Associated Press 2 hours, 23 minutes ago", "3 hours ago": no
# designator; "Flight 370 months later" keeps its number).
_NUMBER = rf"\d+(?:-\d+)?(?![\d%]|[,.:/]\d| [A-Z\d]| {DURATION_UNIT}(?:,| ago\b))"


# One space between the words of a name, or two (a slip: "Tenzing  Norgay"): a name never runs
# across a line (paragraph) break, a tab or a run of spaces (the cells of a table, a headline and
# the text after it). A leading number is
# kept only for units ("330 Squadron"). A span does not start inside a word, an address's path, a
# web address's query ("?site=Guardian&nav=1") or a markup tag ("<SPAN class="); it does start
# after a full stop glued to a word of two lowercase letters or more, a sentence whose space was
# lost ("Pirates of the Caribbean.Ralph Fiennes", "he said.India").
_SPAN_WORDS = rf"(?:(?<![\w@#/.=<-])|(?<=[a-z]{{2}}\.))(?:\d+(?:st|nd|rd|th)? )?{TOKEN}(?:(?: {CONNECTOR})?  ?{TOKEN})*"


#: The characters a span can open with: a figure (an ordinal's), a capital (every token but a
#: particle's), or the first letter of a particle ("al-", "bin-", "de-", "ibn-", "le-", "van-").
#: Tried first, this one test saves trying the two lookbehinds at each of the text's characters (a
#: third of `SPAN`'s time); what matches is the same.
_SPAN_OPENS = rf"(?=[\d{_UPPER}abdeilv])"


SPAN = re.compile(rf"{_SPAN_OPENS}{_SPAN_WORDS}(?: {_NUMBER})?(?!\w|-[A-Z\d])")


#: A span without the number that may close it: read where the number is a score (see `chrome_scores`).
SPAN_WITHOUT_NUMBER = re.compile(_SPAN_WORDS)


CONNECTORS = frozenset(CONNECTOR.strip("(?:)").split("|")) | {"the"}  # the words `CONNECTOR` joins names by
