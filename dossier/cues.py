"""The words around a name that tell what it names: a speech verb after or before it ("Ponting
said", "said Ponting"), a role noun right before it ("the spinner X", "the agency X"), an age or
"who" after it, a possessive ("X's wife", "X's shares"), a preposition of place ("in Kapalua").

Discovery reads a span the same way in every text (`dossier.discovery` keeps readings); the cue
is read from the text around one occurrence and refines the type afterwards (`type_by_cues`: a
person's cue types a guess as a person, a club's cue a town's name as its club, and so on).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import major_places, regions
from .lexicon import (
    BODY_MEMBERS,
    BODY_ROLES,
    CLOSED_CLASS,
    COMMON,
    HEAD_WORDS,
    KIN_NOUNS,
    ORG_NOUNS,
    ORG_POSSESSIONS,
    PERSON_NOUNS,
    PERSON_POSSESSIONS,
    PLACE_DWELLERS,
    PLACE_KINDS,
    PLACE_PREPOSITIONS,
    SMALL_WORDS,
    SPEECH_VERBS,
    STREET_WORDS,
    TEAM_JOINS,
    TEAM_RESULTS,
    TEAM_STAFF,
    is_common_word,
    is_first_name,
)
from .model import Mention
from .spans import is_person_name, without_possessive

#: How far before a name its cue may start: the longest cue ("according to ") is shorter.
WINDOW = 24

#: How far before a name a street address may start ("12345 Old Mill Creek Road, "): a house
#: number, up to four capitalised words and a street's word; the longest such run is shorter.
ADDRESS_WINDOW = 64
_STREETS = "|".join(sorted({w.rstrip(".") for w in STREET_WORDS}, key=len, reverse=True))
# A street address right before a name, closed by a comma: the name is its town ("12 Mill Road,
# Tarnby"), as a dateline or "Town, Region" places one.
_ADDRESS_BEFORE = re.compile(rf"(?<![\w,.])\d+[A-Za-z]?(?:[ \t]+[A-Z][\w'’.-]*){{1,4}}[ \t]+(?i:{_STREETS})\.?,[ \t]+$")

# A noun of a body or a person that an owner's word opens, then a comma, right before a name: an
# apposition naming what it is ("the studio's film company, X", "another group, X").
_NOUN_IN_APPOSITION_BEFORE = re.compile(
    r"(?:[A-Za-z]['’]s|(?<![\w'’-])(?i:his|her|its|their|another))[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}([a-z][a-z-]*),[ \t]+$"
)

# A name and then a lowercase word, no comma: the subject of the clause the phrase before it
# opens ("In the firm's lab department, Jane Doe recalls ..."), no apposition naming that noun.
# (A word's full stop ends the name there, unless the word is an initial: "Acme Pants. Talks
# began" is an apposition, then the next sentence.)
_SUBJECT_AT = re.compile(r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*)[ \t]+)*[A-Z][\w'’-]*[ \t]+([a-z]+)\b")


def _subject_at(body: str, start: int) -> bool:
    """Tell a name at `start` that a lowercase word follows, no small word that goes on with a
    name ("the firm's operator, Acme Towing of Houma," is an apposition all the same)."""
    m = _SUBJECT_AT.match(body, start)
    return bool(m) and m.group(1) not in SMALL_WORDS


_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEECH_AFTER = re.compile(rf"(?:,\s*)?\s(?:{_VERBS})\b")
# Speech in a written statement: "X said in a statement", "X says in a statement".
_STATEMENT_AFTER = re.compile(rf"(?:,\s*)?\s(?:{_VERBS})\s+in\s+a\s+(?:written\s+)?statement\b")
# A person's pronoun in the statement's first few words: "X said in a statement that she ...",
# "... in a statement: 'I am ...'": a person's statement, not a body's.
_PERSON_PRONOUN_NEXT = re.compile(r"""[\s,:;"“'‘]*(?:[a-z]+\s+){0,3}?(?:he|she|his|her|him|I|my|me)\b""")
_AGE_OR_WHO = re.compile(r",\s*(?:aged\s+)?\d{1,3},|,\s*who\b")
# A body's people or shops named right after it: "Visa officials", "two Acme stores".
_MEMBERS_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(BODY_MEMBERS))})\b")
#: A club's followers in `TEAM_STAFF`: a singer or a player has fans too ("Steph fans").
_FOLLOWERS = frozenset({"fans", "supporters"})
# A club's staff right after its bare name ("Derby manager", "Spurs chairman"): a body's, or a
# place's name used as its team's; its fans ("Derby fans") only the latter.
_STAFF_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(TEAM_STAFF - _FOLLOWERS))})\b")
_FOLLOWERS_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(_FOLLOWERS))})\b")
# A result over another name ("Toronto beat Philadelphia"): a place's name used as its team's; one
# player beats another too ("X defeated Y").
_RESULT_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(TEAM_RESULTS))})\s+(?:the\s+)?[A-Z]")
# A kind of place right after a name, in lowercase: "the Swat valley", "South Waziristan province".
_PLACE_KIND_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(PLACE_KINDS))})\b(?![-'’])")
# A place's people right after its name: "a Detroit native", "Leeds residents" ("Returning
# residents" opens a sentence with no place: the cue only confirms a place the gazetteer knows).
_DWELLERS_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(PLACE_DWELLERS))})\b(?![-'’])")
# A plural verb right after a singular name: British English writes a body so ("Wigan are a good
# bet", "Acme have cut jobs"); one person, or a town as a place, takes "is" and "has".
_PLURAL_VERB_AFTER = re.compile(r"\s(?:are|were|have)\b")
#: Words before a name that make it one of several subjects ("Leeds and Hull are", "the people of
#: Hull are"): the plural verb is theirs together.
_JOINERS = frozenset({"and", "or", "&", "nor", "both"})
#: Prepositions whose object a name after them is, never the subject of the verb after it.
_PREPOSITIONS = frozenset(
    {"of", "in", "at", "from", "to", "for", "on", "by", "near", "with", "into", "over", "under", "against",
     "about", "after", "before", "between", "through", "like", "than", "as", "among", "within", "beyond"}
)  # fmt: skip
#: A word before a name that makes it no plural verb's subject: a joiner, a preposition, a person's
#: noun ("the Heat were", not "fans of the Heat were"); joined once here, not on every test.
_NOT_SUBJECT_AFTER = _JOINERS | _PREPOSITIONS | PLACE_PREPOSITIONS | PERSON_NOUNS
#: Words that never modify a noun after a name: the verb or the function word of a clause ("X said
#: company staff", "X and company").
_NOT_MODIFIERS = (
    SPEECH_VERBS | _JOINERS | _PREPOSITIONS
    | {"a", "an", "the", "is", "was", "are", "were", "has", "had", "have", "its", "his", "her", "their"}
)  # fmt: skip
# A noun of a body right after a name, one modifier between at most: "the Acme television
# network", "X newspapers"; a place's name before one stays a place ("a Tokyo bank": see `_with_cue`).
_ORG_NOUN_AFTER = re.compile(
    rf"[ \t](?:(?!(?:{'|'.join(sorted(_NOT_MODIFIERS))})[ \t])[a-z]+[ \t])?"
    rf"(?:{'|'.join(sorted(ORG_NOUNS))})s?\b(?![-'’])"
)
#: Auxiliary verbs ("Would Acme have it so?"), without "n't"; "can" of "can't" too, "wo" of "won't".
_AUXILIARIES = frozenset(
    {"can", "ca", "could", "would", "should", "will", "wo", "shall", "may", "might", "must", "do", "does", "did"}
)
#: What ends a sentence or opens a quotation before a name that opens a sentence.
_SENTENCE_ENDS = '.!?"“”:'
_POSSESSION = re.compile(r"['’]s?\s+([a-z]+(?:\s[a-z]+)?)")
# An apposition naming a role: "X, a growth officer of ...", "X, the former chief executive,"; its
# last word before a function word or punctuation is the role ("the host nation" is no person), a
# lowercase noun; the words before it may be an origin's ("X, the South Korean island on which").
# A line's end closes it too: a paragraph whose last sentence lacks its full stop.
_NOUN_PHRASE = (
    r"\s+(?:a|an|the|his|her|their|its)\s+((?:[A-Za-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
    r"(?=\s*(?:[,.;:)]|$)|[ \t]*\n|\s+(?:of|for|at|in|with|who|where|which|and|from|on|to|since|until)\b)"
)
_APPOSITION = re.compile("," + _NOUN_PHRASE)
#: The same noun said of a name by "is" or "was": "Fenwick is a quiet town on the river" tells
#: what Fenwick is as "Fenwick, a quiet town on the river," does; read for a place's kind only
#: (a role's noun there is as often a body's rank: "Acme is the market leader").
_PREDICATE = re.compile(r"[ \t](?:is|was)" + _NOUN_PHRASE)


def cue_before(body: str, start: int) -> str | None:
    """Return what the words right before a name say it is: "person", "organization", "place" ("in X", "12 Mill Road, X"),
    "speaker" ("said X", "according to X"), "body" (an organisation or a place: "the chairman of
    X"), "team" (a place's name as its side's: "beat X", "signed for X"), "stake" (a holding in a
    company, "shares of X", "shares in X": a company's, though a place's too, "the housing stock of
    X", "shares in Asia"), "possessor" (what else a company has, "the headquarters of X"), or None."""
    if body[start - 1 : start] not in (" ", "\t"):
        return None  # a name after a bracket, a quotation mark or a line's start
    window = body[max(0, start - WINDOW) : start]
    words = window.split()
    noun = words[-1] if words else ""
    if noun[-1:] == "," and _ADDRESS_BEFORE.search(body, max(0, start - ADDRESS_WINDOW), start):
        return "place"  # "12 Mill Road, Tarnby": the town of a street address
    if noun[-1:] == "," and (m := _NOUN_IN_APPOSITION_BEFORE.search(body, max(0, start - ADDRESS_WINDOW), start)):
        if m.group(1) in ORG_NOUNS and not _subject_at(body, start):
            return "organization"  # "the singer's record label, X"
    if not (noun.islower() and noun.replace("-", "").isalpha()):
        return None
    if noun in SPEECH_VERBS or (noun == "to" and window.endswith("according to ")):
        return "speaker"
    if noun == "the" and (window.endswith(" told the ") or window.endswith("according to the ")):
        return "organization"  # "told the Northern Echo", "according to the Pentagon": no person takes "the"
    if noun in PERSON_NOUNS:
        # "to coach X", "will host X": a role noun after "to" or an auxiliary is a verb, and X its
        # object, a team or a show as often as a person
        verb = len(words) >= 2 and (words[-2].lower() == "to" or _auxiliary(words[-2]))
        return None if verb else "person"
    if noun in ORG_NOUNS or _org_plural(noun) or noun in _EXAMPLES and len(words) >= 2 and _org_plural(words[-2]):
        return "organization"  # "the agency X", "film studios X and Y", "giants including X and Y"
    if noun in ("of", "in") and len(words) >= 2 and words[-2] in _STAKES:
        return "stake"  # "shares of X", "shares in X" ("shares in Asia": a market's)
    if noun == "of" and len(words) >= 2 and words[-2] in ORG_POSSESSIONS and words[-2] not in BODY_ROLES:
        return "possessor"  # "the headquarters of X": what "X's headquarters" says; "stores in X" are a place's
    if noun in PLACE_PREPOSITIONS or noun == "the" and len(words) >= 2 and words[-2] in _WHERE_THE:
        return "place"  # "in Kapalua", "across the Bosphorus"
    if noun in TEAM_RESULTS and len(words) >= 2 and words[-2][:1].isupper():
        return "team"  # "Toronto beat X": a name before the result ("storms hammered X" is no game)
    if noun == "for" and len(words) >= 2 and words[-2].lower() in TEAM_JOINS:
        return "team"
    if noun in ("of", "at", "with") and len(words) >= 2 and words[-2].lower() in BODY_ROLES:
        return "body"  # "the general manager of X": a company, or a place ("the president of X")
    return None


#: Prepositions of place whose object, "the" and a name, is a place's ("across the Bosphorus",
#: "near the Litani"); not "in the" ("in the Guardian", "in the Senate": a paper, a body).
_WHERE_THE = PLACE_PREPOSITIONS - {"in"}


#: What a company has that one holds "in" it ("shares in X"): the other `ORG_POSSESSIONS` take "in"
#: before a place too ("stores in X", "sales in X").
_STAKES = frozenset({"shares", "stock"}) & ORG_POSSESSIONS


#: Words that open examples of the kind named before them: "giants including X", "firms like X".
_EXAMPLES = frozenset({"including", "like"})


def _org_plural(word: str) -> bool:
    """Tell the plural of a noun that names a kind of body ("studios", "companies", "giants")."""
    return word.endswith("s") and (word[:-1] in ORG_NOUNS or word.endswith("ies") and word[:-3] + "y" in ORG_NOUNS)


def cue_after(body: str, end: int, start: int | None = None) -> str | None:
    """Return what the words right after a name say it is: "person" (an age, "who", "X's wife", "X,
    a spokesman for"),
    "stake" ("X's shares": a company's), "organization" ("X's chief executive"), "body" ("X officials": a bare name is an organisation's),
    "speaker" ("X said"), "statement" ("X said in a statement"), "place" ("the X valley", "X, a port town of"), "dwellers" ("a X native", "X residents"),
    "team" ("X beat Y": a place's name as its side's; "X fans"), "staff" ("X manager", "X
    chairman": a body's, or a place's name as its side's), or None.
    Given where the name starts, a person cue after a name that the article "the" opens is a body's
    ("the Lakers, who have won": see `_plural_body`), and so is one word in the plural after "the"
    ("the Raptors")."""
    cue = _cue_after(body, end)
    if cue == "person" and start is not None and after_article(body, start):
        return _plural_body(body[start:end])
    if cue is None and start is not None and _plural_after_article(body, start, end):
        return "body"
    if cue is None and start is not None and _plural_subject(body, start, end):
        return "organization"
    return cue


def _plural_subject(body: str, start: int, end: int) -> bool:
    """Tell a singular name that a plural verb follows as its own subject ("Wigan are", "the Heat
    were"): a body's name. Not a name ending in "s" ("the Rangers are": a plural already), a country
    or a first-level region (a country's team is the country: "England are"), a person's name (a
    given name first, a role before: "the bowler X"), one of several subjects ("Leeds and Hull
    are"), the object of a preposition ("calls from Hull are"), nor an everyday word opening a
    sentence ("Where are ...")."""
    name = body[start:end]
    # (The verb first: most names have none after them, and are not split nor looked up.)
    if not _PLURAL_VERB_AFTER.match(body, end) or name[-1:] in "sS" or name in regions():
        return False
    words = name.split()
    if any(w.lower() in _JOINERS for w in words) or len(words) > 1 and is_first_name(words[0]):
        return False
    if _auxiliary(words[0]):
        return False  # "Couldn't Josh Freeman have taken the hit?": the verb is the auxiliary's
    window = body[max(0, start - WINDOW) : start]
    before = window.split()
    if before[-1:] == ["the"]:
        before = before[:-1]  # "the Heat were"; "pieces of the Station are" is the pieces'
    if not before or before[-1][-1:] in _SENTENCE_ENDS or "\n" in window[len(window.rstrip()) :]:
        return len(words) > 1 or not is_common_word(name)  # "Below are two letters" opens a line
    word = before[-1].lower()
    return not (word in _NOT_SUBJECT_AFTER or word.endswith(",") or _auxiliary(word))


def _auxiliary(word: str) -> bool:
    """Tell an auxiliary verb ("would", "Couldn't"): a name after it opens a question, its verb after."""
    return word.lower().replace("’", "'").removesuffix("n't") in _AUXILIARIES


def after_article(body: str, start: int) -> bool:
    """Tell a name that the article "the" opens ("the Mitchell Report", "the Kings"): no person's."""
    return body[start - 1 : start].isspace() and body[max(0, start - WINDOW) : start].lower().split()[-1:] == ["the"]


#: Lowercase nouns of a body that a family's name is lent to, after "the": "the Clinton
#: foundation", "the Kenner trust" name a body (or nothing), not one of the family, who may be
#: another than the file's one person of that surname. An office's term or bid is its one holder's
#: ("the Carter administration", "the Trump campaign": the own tune labels read him there);
#: "Clinton's foundation" is hers, "the Clinton Foundation" a name of its own.
_NAMESAKE_BODY_AFTER = re.compile(r"[ \t]+(?:foundation|trust|dynasty|charity)\b(?![-'’])")


def lent_to_a_body(body: str, start: int, end: int) -> bool:
    """Tell a name that "the" opens and a lowercase noun of a body named after someone closes
    ("the Clinton foundation"): the name qualifies the body, it does not name the person."""
    return _NAMESAKE_BODY_AFTER.match(body, end) is not None and after_article(body, start)


def _plural_body(name: str) -> str | None:
    """Type a name after "the" that a person cue follows: people take no article before their name,
    so a plural one is a team or a body ("the Kings, who", "the Rangers' coach"); a singular one
    may be a title ("the Dalai Lama, who"): no cue either way."""
    last = name.rsplit(None, 1)[-1].rstrip("'’")
    if len(last) > 3 and last[-1] == "s" and last[-2] not in "su'’" and last[0].isupper():
        return "organization"
    return None


def _plural_after_article(body: str, start: int, end: int) -> bool:
    """Tell one capitalised word in the plural that "the" opens ("the Raptors", "for the Socceroos",
    "as the Rams struggle"): a side, a band or a party, never one person. Not where a word of place
    or of going comes before "the": "in the Himalayas", "to the Hamptons", "into the Masters" name a
    range, islands, an event as often; a plural place the gazetteer knows ("the Bahamas") keeps its
    type (see `_with_cue`); nor a word that a number or a name goes on from ("the
    Windows 8 launch")."""
    name = body[start:end]
    if " " in name or not after_article(body, start) or _plural_body(name) != "organization":
        return False
    before = body[max(0, start - WINDOW) : start].split()[:-1]  # the words before "the"
    return (before[-1].lower() if before else "") not in _WHERE_BEFORE_THE and not _NAME_GOES_ON.match(body, end)


#: Words of place or of going before "the" and a plural name: "in the Himalayas", "to the Hamptons".
_WHERE_BEFORE_THE = PLACE_PREPOSITIONS | {"into", "to", "from", "at", "on"}
# A number or a capitalised word right after a name: the name goes on ("the Windows 8 launch").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z\d]")


def _cue_after(body: str, end: int) -> str | None:
    # Every cue after a name opens with a comma (an age, "who", an apposition, ", said"), an
    # apostrophe (a possession) or a space (the rest): the patterns that cannot match the character
    # after the name are not tried (after most names: a space, or a full stop that none opens).
    after = body[end : end + 1]
    if after != "," and not after.isspace():
        if after and after in "'’":
            return _possession_cue(body, end)
        return None
    if after == "," and _AGE_OR_WHO.match(body, end):
        return "person"
    if after != "," and (predicate := _PREDICATE.match(body, end)):
        if predicate.group(1).rsplit(None, 1)[-1] in PLACE_KINDS:
            return "place"  # a place's kind only: "Acme is a market leader" is no leader's name
    apposition = _APPOSITION.match(body, end) if after == "," else None
    if apposition and apposition.group(1).rsplit(None, 1)[-1] in PERSON_NOUNS:
        return "person"
    if apposition and apposition.group(1).rsplit(None, 1)[-1] in ORG_NOUNS:
        return "organization"  # "Everex, the computer maker," "Skype, an internet phone company"
    if apposition and apposition.group(1).rsplit(None, 1)[-1] in PLACE_KINDS:
        return "place"  # "Varna, an old port town of", "Ostrov, the island where"
    if after == ",":
        return _said_after(body, end)  # the patterns below open with a space: none matches at a comma
    if not "a" <= body[end + 1 : end + 2] <= "z":
        # Each pattern below reads one space, then a word of its list (or `_ORG_NOUN_AFTER`'s modifier)
        # that opens with a lowercase letter (tests/unit/test_fast_paths.py checks the lists).
        return None
    # The lowercase letters after the space: a word of a list below opens with exactly these (its
    # letters up to its end, a hyphen or a space); the patterns of the other words are not tried.
    run = _LOWERCASE_RUN.match(body, end + 1).group()  # type: ignore[union-attr]
    if run in _KIND_RUNS:
        if _STAFF_AFTER.match(body, end):
            return "staff"
        if _RESULT_AFTER.match(body, end) or _FOLLOWERS_AFTER.match(body, end):
            return "team"
        if _PLACE_KIND_AFTER.match(body, end):
            return "place"
        if _DWELLERS_AFTER.match(body, end):
            return "dwellers"
        if _MEMBERS_AFTER.match(body, end):
            return "body"  # types a bare name only: "Kenya officials" stays a place
    if _ORG_NOUN_AFTER.match(body, end):
        return "body"  # "Acme television network", "Acme newspapers" (a modifier first: any word opens it)
    return _said_after(body, end) if run in _SPEECH_RUNS else None


_LOWERCASE_RUN = re.compile(r"[a-z]+")


def _opening_runs(words: frozenset[str] | set[str]) -> frozenset[str]:
    """The lowercase letters each word opens with (all of a plain word; "centre" of "centre-back")."""
    return frozenset(m.group() for w in words if (m := _LOWERCASE_RUN.match(w)))


#: What opens a word of the staff, result, follower, place-kind, dweller and member patterns after a name.
_KIND_RUNS = _opening_runs(TEAM_STAFF | TEAM_RESULTS | _FOLLOWERS | PLACE_KINDS | PLACE_DWELLERS | BODY_MEMBERS)
#: What opens a speech verb (`_SPEECH_AFTER`, `_STATEMENT_AFTER`).
_SPEECH_RUNS = _opening_runs(SPEECH_VERBS)


def _said_after(body: str, end: int) -> str | None:
    """The cue of a speech verb after a name, its comma or its space ("X said", "X, said", "X said
    in a statement")."""
    if m := _STATEMENT_AFTER.match(body, end):
        return "speaker" if _PERSON_PRONOUN_NEXT.match(body, m.end()) else "statement"
    if _SPEECH_AFTER.match(body, end):
        return "speaker"
    return None


def _possession_cue(body: str, end: int) -> str | None:
    """The cue of what a name owns ("X's shares", "X's wife"), read at the apostrophe after it."""
    possession = _POSSESSION.match(body, end)
    if possession:
        words = possession.group(1)
        if words.split()[0] in _STAKES and words.split()[1:] not in (["in"], ["of"]):
            # "X's shares fell": a company's, whose founder may share its name; "X's shares in
            # Acme" are a holder's, a person's as often
            return "stake"
        if words in ORG_POSSESSIONS or words.split()[0] in ORG_POSSESSIONS:
            return "organization"
        if words.split()[0] in PERSON_POSSESSIONS:
            return "person"
        if any(w in TEAM_STAFF for w in words.split()):
            return "team"  # "Derby's manager", "Blackburn's top scorer": a town's name as its club's
    return None


#: How far before a name the words that introduce it as someone's relative may start: "his
#: 12-year-old granddaughter, " is the longest such run of the kind the rule reads.
KIN_WINDOW = 48
_KIN = "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
# Whose relative a name is, right before it: a possessive ("his", "her", "their", "the coach's",
# "Tani's"), up to two words ("late", "12-year-old"), a kin noun, then a comma or not: "His mother,
# X", "her late son X".
_KIN_BEFORE = re.compile(rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\w['’]s?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_KIN}),?\s+$")
_KIN_ENDINGS = tuple(KIN_NOUNS)  # for `str.endswith`
#: The words that open an apposition after a name that make it no one's relative: "X, a father of
#: three," says what X is, not whose.
_ANYONES = frozenset({"a", "an"})


def introduced_as_relative(body: str, start: int, end: int) -> bool:
    """Tell a name that its text introduces as another person's relative: a possessive and a kin
    noun right before it ("His mother, X, says", "her son X") or in an apposition right after it
    ("X, his wife,", "X, the brother of"); not "X, a father of three", whose relative he is not."""
    before = body[max(0, start - KIN_WINDOW) : start]
    # `_KIN_BEFORE` ends in a kin noun, a comma or none, and spaces: most names follow no kin noun,
    # and their window is not searched (at every position) for the possessive that opens it.
    if (
        before[-1:].isspace()
        and before.rstrip().removesuffix(",").endswith(_KIN_ENDINGS)
        and _KIN_BEFORE.search(before)
    ):
        return True
    apposition = _APPOSITION.match(body, end) if body[end : end + 1] == "," else None
    return bool(
        apposition
        and apposition.group(1).rsplit(None, 1)[-1] in KIN_NOUNS
        and apposition.group(0)[1:].split()[0] not in _ANYONES
    )


#: How far before a name the name it is another name of may start, with the words between: "the
#: Federal Security Service, better known as the " and a name of five words fit.
KNOWN_AS_WINDOW = 96
_NAME = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w.'’&-]*){0,5}"
_ALSO = r"(?:(?:also|better|commonly|widely|popularly|often|now)[ \t]+)?"
# "X, known as Y", "X, also known as the Y", "X, nicknamed Y", "X, dubbed “Y”": the words before Y.
_KNOWN_AS_BEFORE = re.compile(
    rf"({_NAME})[”\"’]?,[ \t]+{_ALSO}(?:known[ \t]+as|nicknamed|dubbed)[ \t]+(?:the[ \t]+)?[“\"‘]?$"
)
_KNOWN_AS_ENDINGS = ("as", "nicknamed", "dubbed", "the", "“", '"', "‘")
#: The words one of which `_KNOWN_AS_BEFORE` holds (its "known as", "nicknamed", "dubbed").
_KNOWN_AS_WORDS = ("known", "nicknamed", "dubbed")
# "Y, as X is known", "the “Y”, as X is commonly called": the words after Y.
_KNOWN_AS_AFTER = re.compile(rf"[”\"’]?,[ \t]+as[ \t]+(?:the[ \t]+)?({_NAME})[ \t]+is[ \t]+{_ALSO}(?:known|called)\b")


def known_as(body: str, start: int, end: int) -> str:
    """Return the name that the text says a name stands for, in so many words: "X, known as Y",
    "X, also known as Y", "X, nicknamed Y" (X, read before Y), "Y, as X is commonly known" (X, read
    after Y); else "". One name given two in one sentence is the text's own evidence that they are
    one (`dossier.namevariants.join_known_as`), never a table of nicknames."""
    before = body[max(0, start - KNOWN_AS_WINDOW) : start]
    # (The pattern is searched for only in a window holding one of its words: "the" and a quotation
    # mark end the window before most names, and the search tries the pattern at each of its
    # characters; a window without the words holds no match, so the answer is the same.)
    if (
        before.rstrip().endswith(_KNOWN_AS_ENDINGS)
        and any(map(before.__contains__, _KNOWN_AS_WORDS))
        and (m := _KNOWN_AS_BEFORE.search(before))
    ):
        return m.group(1)
    if body[end : end + 1] in (",", "”", '"', "’") and (m := _KNOWN_AS_AFTER.match(body, end)):
        return m.group(1)
    return ""


# --- A name's type refined by its cues -----------------------------------------------------------

#: What discovery's own reading of a span may be refined by a cue around it: guesses, not the
#: registry, a title or a dateline.
WEAK_CUES = frozenset({"capitalised span", "single word", "gazetteer", "first name", "acronym"})


#: The readings that take a span for a person's name by its shape alone (a given name first).
GUESSES = frozenset({"capitalised span", "first name"})


def type_by_cues(body: str, span: str, start: int, found: list[Mention]) -> None:
    """Refine, in place, the types of the names read in a span that starts at `start` (`found`, in
    order: the reading's own guesses, see `WEAK_CUES`) with the cues around it (`cue_before`,
    `cue_after`): the first name's by the words before the span, the last one's by those after it;
    one name alone by the plainer of the two."""
    if not (found and (found[0].cue in WEAK_CUES or found[-1].cue in WEAK_CUES)):
        return
    first = span.startswith(found[0].full or found[0].text)
    last = span.endswith(found[-1].text) or without_possessive(span).endswith(found[-1].text)
    end = start + len(without_possessive(span))
    # after a small word inside the span ("Relatives of Jane Doe have"), the cue after is read
    # for the last name from where it starts: the verb is the relatives', not hers
    named = end - len(found[-1].text)
    inside = last and named > start and (body[start:named].split() or [""])[-1].islower()
    before, after = cue_before(body, start), cue_after(body, end, named if inside else start)
    if (
        before == "place"
        and after is None
        and (span != without_possessive(span) or after_article(body, start) and noun_after(body, end))
    ):
        # "outside the Marlowe residence", "in Doncaster's new arena", "in Obama's speech": the
        # name says whose the place (or the thing) is, not where
        before = None
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


#: A lowercase word right after a name (or any word).
WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def noun_after(body: str, end: int) -> bool:
    """Tell a lowercase word after a name that is no small word of the closed classes: the noun it
    qualifies ("the Marlowe residence"; "across the Bosphorus on Monday" names the place), or a
    verb ("Las Vegas Billy invited")."""
    m = WORD_AFTER.match(body, end)
    return bool(m) and m.group(1) not in CLOSED_CLASS


def _article_thing(mention: Mention, body: str, start: int) -> bool:
    """Tell a name read as a person's by its given name that "the" opens and an ordinary word ends
    ("the Mitchell Report"), or that no noun follows ("aboard the Van Dyke in June": people take no
    article): a thing named for someone; "the Kim Campbell government" stays hers."""
    if mention.type != "person" or mention.cue not in GUESSES:
        return False  # (most mentions: their last word is not looked up)
    if not after_article(body, start):
        return False
    last = mention.text.rsplit(None, 1)[-1].lower()
    return last in COMMON or last in HEAD_WORDS or not noun_after(body, start + len(mention.text))


def _with_cue(mention: Mention, cue: str | None, side: str, place_before: bool = False) -> Mention:
    """Refine a mention's type with the cue around it (see `cue_before`, `cue_after`): a person or body cue
    types a guess; a team cue types a town's name as its club's; a preposition of place types a one-word guess; a speech verb types a name that
    reads as a person's; a small place from the gazetteer with no place cue is only a guess."""
    if mention.cue not in WEAK_CUES or cue is None and mention.cue != "gazetteer":
        return mention  # (no cue types a guess, but for the gazetteer's given names below: most calls)
    words = mention.text.split()
    if cue == "statement":
        # "X said in a statement": a body speaks so; a person's name has a given name, or is a
        # surname the file names in full (resolution joins it there whatever its type)
        one_word = len(words) == 1 and mention.type != "place" and not is_first_name(words[0])
        cue = "organization" if one_word and not mention.start else "speaker"
    if cue == "possessor":
        # "shares of X" is a company's, but "the products of China", "the housing stock of Ireland"
        # a place's: a place the gazetteer knows stays one
        cue = None if mention.type == "place" else "organization"
    if cue == "stake":
        # "X's shares", "shares of X": a company's ("Dell" beside Michael Dell, see
        # `dossier.people`); "shares in Asia" is a market's, and a place the gazetteer knows stays one
        if mention.type != "place":
            return replace(mention, type="organization", cue=f"stake {side}")
        cue = None
    if cue == "person":
        return replace(mention, type="person", cue=f"person {side}")
    if cue == "speaker" and (
        is_person_name(words) or (len(words) == 1 and not mention.start and _could_speak(mention))
    ):
        return replace(mention, type="person", cue=f"speaker {side}")  # "Earnest told a briefing"
    if cue == "speaker" and len(words) == 1 and _BRAND_CAPITAL.search(mention.text):
        return replace(mention, type="organization", cue=f"speaker {side}")  # "MasterCard said"
    if cue in ("team", "staff") and mention.type == "place" and mention.text not in regions():
        # "Derby manager", "beat Philadelphia": a town's name used as its club's; a country's or a
        # region's side is the country ("India beat Australia"), as the labels have it
        return replace(mention, type="organization", cue=f"team {side}")
    if cue == "dwellers" and mention.type == "place":  # "a Detroit native": the town, not its club
        return replace(mention, cue="place before")
    if cue == "dwellers" and mention.type == "other" and not _everyday_opener(mention):
        # "Dunmore residents": a body has staff and members, no residents; a town the gazetteer
        # does not know, read so, is no short form of a body named after it ("Dunmore Chamber of
        # Commerce"); "Local residents" opens a sentence with an everyday word
        return replace(mention, type="place", cue="place before")
    if cue == "organization" or cue in ("body", "staff") and mention.type == "other" and not _opening_word(mention):
        # "Visa officials", "Spurs chairman", "the Raptors": a name nothing else typed is a body's
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


def _everyday_opener(mention: Mention) -> bool:
    """Tell one everyday word that opens a sentence ("Local residents said"): no name's evidence."""
    return _opening_word(mention) and is_common_word(mention.text)


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
