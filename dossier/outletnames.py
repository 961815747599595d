"""What an outlet's name looks like, and how a name, a domain or an address on a page maps to the outlet
table: its canonical name, a known name as a prefix, a brand's shape, a wire's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lastreading import LastReading
from .lexicon import is_first_name, is_person_like
from .linetext import lowered, normalise_line
from .pagehead import CAPITALISED_RUN, OUTLET_WORD, OUTLET_WORDS, is_name_token
from .publishers import PublisherTable, fold_name

#: Words that name a section, not a site: a masthead line reading "News" or "World" is a menu item.
SECTION_WORDS = re.compile(
    r"^(home|news|world|politics|business|opinion|sport|sports|tech|technology|science|health|entertainment|"
    r"lifestyle|culture|local|video|videos|more|menu|weather|traffic|live|watch live|latest|search|sign in|"
    r"subscribe|log in|register|edition|us|uk|europe|asia|africa|americas|australia|blogs?|categories|archives?|"
    r"tags|products|services|partners|about|about us|contact|contact us|links|resources|shop|store|forums?|"
    r"community|events|jobs|careers|help)$",
    re.I,
)


#: A site's name is a few words; a longer suffix is part of the headline.
SITE_NAME_MAX_WORDS = 5


#: A run of capitalised words (or words with digits) that may be an outlet's name in the table:
#: "FRANCE 24", "Reuters.com", "Bloomberg".
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[a-z]{2,})+$", re.I)


#: Site signatures: a page layout that names its publisher (a mirror of the Current Events Portal).
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


_STEM_AND_OUTLET_WORD = re.compile(rf"^(?P<stem>[a-z]{{3,}}?)(?P<word>{OUTLET_WORDS.lower()})$")


WELCOME = re.compile(r"^(?:welcome to|you are (?:at|on|in))\s+", re.I)


#: The first word of a section's or a feature's name, never of a site's: "World News", "Top Stories".
GENERIC_FIRST_WORD = re.compile(
    r"^(?:world|local|national|international|breaking|latest|top|more|most|business|sports?|entertainment|"
    r"tech|technology|science|health|politics|opinion|home|daily|weekly|subscribe|sign|get|join|follow|read|"
    r"watch|support|donate|special|featured|related|our|your|free|new|all|other|recent|popular|an?|site|rss)\b",
    re.I,
)


#: Small words inside a capitalised name: "The Art of Non-Conformity", "Life as a Healthcare CIO".
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "&", "a", "an", "as", "for", "in", "on", "to"})


#: A site named by an acronym ("NTV", "AHN"): longer words in capitals are labels ("COLUMNISTS",
#: "CANOE" above "SLAM! Sports" on the tune part).
ACRONYM_MAX_LETTERS = 4


#: ... and of at least this many letters: "4°C" in a weather box is a reading ("NY1", "TV3" are names).
ACRONYM_MIN_LETTERS = 2


_LETTER = re.compile(r"[^\W\d_]")


#: Lines folded for comparison (`normalise_line`): a page's lines are compared with each part of
#: its title and with its masthead, each folded once; lines up to this long are remembered (a
#: scraped line may be megabytes long, and the memory is kept across a worker's files).
FOLDED_CACHE_MAX_CHARS = 500


_folded_short = lru_cache(maxsize=8192)(normalise_line)


def folded_text(text: str) -> str:
    return _folded_short(text) if len(text) <= FOLDED_CACHE_MAX_CHARS else normalise_line(text)


def _lowered_page(numbered: list[tuple[int, str]]) -> tuple[tuple[str, ...], str]:
    """A page's lines lowercased as `normalise_line` lowers them before folding (`lowered`), and
    all of them joined by line breaks."""
    low = tuple(lowered(t) for _, t in numbered)
    return low, "\n".join(low)


#: The lowercased lines of the page `lines_naming` was last asked about, read once for every name.
_page_lowered = LastReading(_lowered_page)


def lines_naming(key: str, numbered: list[tuple[int, str]], skip: int) -> list[tuple[int, str]]:
    """Return the lines other than `skip` that hold a folded name (`key`) as words."""
    if not key:
        return []
    # Fast path: a line is folded (a pattern's work, most of this reading's) only when its
    # lowercased text (`lowered`, read once a page for every name) holds the name's longest word.
    # The same lines: a folded line is its lowercased text with each run of other characters than
    # letters and digits made one space, so a run of letters and digits in it, such as a word of
    # the name (no space in it), stands in the lowercased text as it is. A page whose joined
    # lowercased text lacks the word has no such line. (A key of spaces alone: every line read.)
    word = max(key.split(), key=len, default="")
    low, joined = _page_lowered(numbered)
    if word not in joined:
        return []
    words = re.compile(rf"\b{re.escape(key)}\b")
    return [
        (m, t)
        for (m, t), text in zip(numbered, low, strict=True)
        if m != skip and word in text and key in (f := folded_text(t)) and words.search(f)
    ]


#: A folded name of one word, as a page's folded lines are cut into words (`WordLines`).
_ONE_WORD = re.compile(r"\w+")


class WordLines:
    """Which lines of a page hold each folded word, read once for the page: asked for many names
    (a holder on each of many copyright lines), `names` does not read the page again for each, as
    `lines_naming` does."""

    def __init__(self, numbered: list[tuple[int, str]]) -> None:
        self._numbered = numbered
        self._lines: dict[str, set[int]] | None = None

    def names(self, key: str, skip: int) -> bool:
        """Tell whether a line other than `skip` holds the folded name `key` as words."""
        if not _ONE_WORD.fullmatch(key):
            return bool(lines_naming(key, self._numbered, skip))
        if self._lines is None:
            self._lines = {}
            for m, t in self._numbered:
                for word in _ONE_WORD.findall(folded_text(t)):
                    self._lines.setdefault(word, set()).add(m)
        return any(m != skip for m in self._lines.get(key, ()))


def is_coined(word: str) -> bool:
    """Tell a coined name from a word: "swissinfo", "SFGate", "LAist", "MyFox", "NY1", "AHN" (an
    acronym of at most ACRONYM_MAX_LETTERS letters); not "Legal", "Columnists", "CANOE"."""
    if word.isupper():  # (a reading is no acronym: "4°C", "7°F")
        return 1 < len(word) <= ACRONYM_MAX_LETTERS and len(_LETTER.findall(word)) >= ACRONYM_MIN_LETTERS
    return word[0].islower() or bool(re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]|\d", word))


#: An acronym's expansion after it ("AKI - Adnkronos International") has at least this many words:
#: one word holding an acronym's letters ("AK - Alaska") is a word, not a name it stands for.
EXPANSION_MIN_WORDS = 2


def acronym_expansion(acronym: str, text: str) -> str | None:
    """Return the words opening `text` that an acronym stands for, or None: the fewest words (at
    least EXPANSION_MIN_WORDS, the first capitalised) whose initials are letters of the acronym in
    its order and whose other letters may give the ones between ("AKI" and "Adnkronos International
    ...": A, its K, then I); of several such runs the longest ("BBC" and "British Broadcasting
    Corporation", not "British Broadcasting" read by its C). Small words ("of", "the") may give no letter."""
    letters = acronym.lower()
    if not (acronym.isupper() and is_coined(acronym)) or not letters.isalpha():
        return None
    words = text.split()
    if not words or not words[0][:1].isupper():
        return None

    def reach(i: int, word: str) -> list[int]:
        """The counts of the acronym's letters matched after `word`, from `i` matched: its initial
        must be the next letter; then as many of the following as its other letters give, in order."""
        if i >= len(letters) or word[0] != letters[i]:
            return [i] if word in NAME_SMALL_WORDS else []
        ends = [i + 1]
        for ch in word[1:]:
            if ends[-1] < len(letters) and ch == letters[ends[-1]]:
                ends.append(ends[-1] + 1)
        return ends

    matched, longest = {0}, 0
    for k, word in enumerate(words[: len(letters) + len(NAME_SMALL_WORDS)], 1):
        folded = re.sub(r"[^\w&]", "", word.lower())
        matched = {j for i in matched for j in reach(i, folded)} if folded else set()
        if not matched:
            break
        if k >= EXPANSION_MIN_WORDS and len(letters) in matched and folded not in NAME_SMALL_WORDS:
            longest = k
    return " ".join(words[:longest]) if longest else None


def names_a_wire(name: str, table: PublisherTable) -> bool:
    """Tell whether a name is, or includes, a wire or syndication agency the table knows ("Sapa - AFP")."""
    return any(
        table.kinds.get(table.lookup_name(" ".join(words[i:j])) or "") == "wire"
        for words in [re.findall(r"[\w&.'’-]+", name)]
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
    )


def outlet_worded(words: list[str]) -> bool:
    """Tell whether a name ends in an outlet word, in any case ("Valley Ledger", "VALLEY LEDGER")."""
    last = words[-1].capitalize() if words and words[-1].isupper() and len(words[-1]) > 2 else (words or [""])[-1]
    return bool(OUTLET_WORD.fullmatch(last) or _MASTHEAD_WORD.fullmatch(last))


#: More words that end a newspaper's name (not used where a person's surname may be one).
_MASTHEAD_WORD = re.compile(
    r"Advertiser|Echo|Mercury|Argus|Enquirer|Telegram|Beacon|Banner|Eagle|Leader|Advocate|Citizen|Messenger|"
    r"Democrat|Statesman|Pioneer|Recorder|Bee|Item|Intelligencer|Constitution|Clarion|Reporter|Informer|Gleaner"
)


#: A brand is a short name ("Neojaponisme", "SYS-CON Media", "The Capital Standard"); a longer one
#: ends in an outlet word ("The Annapolis Valley Ledger") or is a description.
BRAND_MAX_WORDS = 3


#: A coined brand written in camel case from a small letter: "eFluxMedia", "iNewsWire".
_CAMEL_CASED = re.compile(r"^[a-z]{1,3}[A-Z][a-z]")


def brand_shaped(name: str) -> bool:
    """Tell whether a copyright holder reads as a masthead's name: a few capitalised words, ending in
    an outlet word ("The Capital Standard", "Valley Ledger"); not a description ("Affordable Press
    Release Distribution Service, Video News Releases & Events Promotion")."""
    words = name.split()
    capitalised = all(
        w[0].isupper() or w[0].isdigit() or w.lower() in NAME_SMALL_WORDS or _CAMEL_CASED.match(w) for w in words
    )
    return (
        capitalised
        and (0 < len(words) <= BRAND_MAX_WORDS or (len(words) <= SITE_NAME_MAX_WORDS and outlet_worded(words)))
        and not person_named(words)
    )


def person_named(words: list[str]) -> bool:
    """Tell a holder named as a person is ("© 2012 Jane Roe"): a given name, then a surname or two,
    and no outlet word at the end ("Austin Chronicle" is a paper, "Eugene Ledger-Courier" too). A
    blog's or a newsletter's footer names its author so; the site goes by another name, which the
    notice does not give."""
    return (
        bool(words) and is_first_name(words[0]) and is_person_like(words) and not ends_in_outlet_word(" ".join(words))
    )


def ends_in_outlet_word(name: str) -> bool:
    """Tell a name ending in an outlet word, also after a hyphen or glued in camel case, a year run
    into it aside: "Valley Herald-Tribune", "eHarbourNews", "Harbour Ledger-2008"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and not w.isdecimal()]
    glued = re.search(r"(?<=[a-z])[A-Z][a-z]+$", words[-1]) if words else None
    return outlet_worded(words) or bool(glued and outlet_worded([glued.group(0)]))


def masthead_shaped(name: str) -> bool:
    """Tell a line shaped like a site's own name: two to SITE_NAME_MAX_WORDS capitalised words (small
    words aside) ending in an outlet word ("Harbour Rowing Club News", "The Valley Ledger"); a
    headline in Title Case rarely ends so ("Rowers Win the Harbour Cup"). Not a small word right
    before the outlet word: "Mayor Snubs the Press", "Talks to Press" are headlines, a site's name
    qualifies its outlet word with a capitalised one."""
    words = name.split()
    capitalised = all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_SMALL_WORDS for w in words)
    return (
        capitalised
        and 2 <= len(words) <= SITE_NAME_MAX_WORDS
        and outlet_worded(words)
        and not words[-2][0].islower()
        and not any(w.endswith(":") for w in words)  # "Source: The Guardian": a label and its value
    )


def outlet_for_address(address: str, table: PublisherTable, lines: list[str] | None = None, guess: bool = True) -> str:
    """Return the outlet a web address names: the table's, the name the page spells it as, or the
    address as the site writes it ("Manchester.com"), without "www.". With `guess` False the name
    is the page's spelling only, never a split at an outlet word (`name_for_domain`) nor a person's
    name."""
    address = re.sub(r"^www\.", "", address, flags=re.I)
    known = table.lookup_domain(address.lower())
    if known:
        return known
    if lines and not guess:
        label = domain_label(address.lower())
        spelled = spelled_labels({label}, lines).get(label)
        if spelled and person_named(spelled.split()):
            spelled = None  # "JaneRoe.com" and the owner's name "Jane Roe": a blog's address, no outlet's name
    else:
        spelled = name_for_domain(address.lower(), lines, split_words=False) if lines else None
    # A name of one word says no more than the address ("CTV" for "CTV.ca"): the address is the name.
    return spelled if spelled and len(spelled.split()) > 1 else address


def prefix_reach(words: list[str], table: PublisherTable) -> int:
    """Return how many leading words of a name may spell one of the table's names: up to one word
    with a letter or a digit more than its longest name has ("The" folds away). Each shorter run
    of leading words is folded and looked up: over a whole line of words that was quadratic."""
    most, seen = table.longest_name_words + 1, 0
    for i, word in enumerate(words):
        if _WORDY.search(word):
            seen += 1
            if seen > most:
                return i
    return len(words)


_WORDY = re.compile(r"[^\W_]")


def known_prefix(name: str, table: PublisherTable) -> str | None:
    """Return the outlet the table knows under the longest leading words of `name` ("ABC News Internet Ventures")."""
    words = name.split()
    reach = min(len(words), prefix_reach(words, table))
    # A word that folds to nothing ("&", "·") adds nothing to the prefix it closes: each prefix is
    # looked up as the one ending at its last word that folds to something, once. Joining every
    # prefix of a run of thousands of "&" was quadratic.
    spelled = [0] * (reach + 1)
    for i in range(1, reach + 1):
        spelled[i] = i if _WORDY.search(words[i - 1]) or fold_name(words[i - 1]) else spelled[i - 1]
    looked: dict[int, str | None] = {}
    for i in range(reach, 0, -1):
        j = spelled[i]
        if j not in looked:
            looked[j] = table.lookup_name(" ".join(words[:j]))
        found = looked[j]
        # One word names the outlet when it is the whole name or the rest is the owner's company
        # ("Telegraph Media Group Limited"), not when it opens another name ("Wire Distribution Services").
        if found and (
            i > 1 or all(w.lower().strip(".,") in COMPANY_NAME_WORDS or len(w.strip(".,")) == 1 for w in words[1:])
        ):
            return found
    return None


#: Words of a company's name after its brand: "Guardian News and Media Limited", "Times Newspapers Ltd".
COMPANY_NAME_WORDS = frozenset(
    "news and & newspaper newspapers publishing publications media group limited ltd inc incorporated company co corp "
    "corporation plc llc lp l.p holdings communications network networks internet ventures interactive digital "
    "enterprises business information".split()
)


def table_name_in(text: str, table: PublisherTable, skip_first_word: bool = True) -> str | None:
    """Return an outlet of the table named by a run of capitalised words, longest first.

    A single word that opens the line is skipped: appeals open with a capitalised verb
    ("Subscribe", "Today").
    """
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        domain = next((w for w in words if _DOMAIN_NAME.match(w)), None)
        if domain and table.lookup_domain(domain.lower()):  # "By Jane Doe For Dailymail.com"
            return table.lookup_domain(domain.lower())
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                if skip_first_word and size == 1 and i == 0 and m.start() == 0:
                    continue
                found = table.lookup_name(" ".join(words[i : i + size]))
                # One plain word inside a longer name is that name's ("Legal Stuff" is no "Stuff").
                alone = len(words) == 1 or words[i].isupper() or bool(re.search(r"[\d.]", words[i]))
                if found and (size > 1 or (is_name_token(words[i], found) and alone)):
                    return found
    return None


#: The second level under a country's code that names a kind of site, not a site: "theage.com.au",
#: "bbc.co.uk", "stuff.co.nz".
_COUNTRY_SECOND_LEVEL = frozenset({"com", "co", "org", "net", "gov", "ac", "edu", "ltd", "plc", "nic", "or", "ne"})


def _country_second_level(domain: str) -> bool:
    """Tell a domain under a country's second level ("theage.com.au", "bbc.co.uk")."""
    parts = domain.split(".")
    return len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _COUNTRY_SECOND_LEVEL


def domain_label(domain: str) -> str:
    """The name part of a domain, letters and digits only: "skywardnews" for "news.skywardnews.com",
    "theage" for "theage.com.au" (not "com")."""
    parts = domain.split(".")[: -1 if _country_second_level(domain) else None]
    return _NOT_ALNUM.sub("", parts[-2] if len(parts) >= 2 else domain)


def address_abbreviates(domain: str, name: str) -> bool:
    """Tell whether a domain's label is a short form of a name of two words or more: its initials
    ("hl.com" for "The Harbour Ledger"), or its last words, perhaps after "the" ("theledger.com"
    for "Harbour Ledger"). Small words ("the", "of") give no initial."""
    label = domain_label(domain.lower())
    words = [w for w in re.findall(r"[^\W_]+", name.lower()) if w not in NAME_SMALL_WORDS]
    if len(words) < 2 or not label:
        return False
    if label == "".join(w[0] for w in words):
        return True
    short = label.removeprefix("the")
    return any(short == "".join(words[k:]) for k in range(1, len(words)))


#: A run of capitalised words that may spell a domain's label, small words between them too:
#: "The Globe and Mail" spells "globeandmail", "Guardian of the Valley" "guardianofthevalley".
#: (It opens with a capital or a figure, tested first: quicker than "\b" at every character.)
_SPELLING_RUN = re.compile(
    r"(?=[A-Z0-9])(?:\b[A-Z0-9][\w.&'’-]*[\w&]|\b[A-Z])(?:\s+(?:(?:and|of|the|on|in)\s+)?(?:[A-Z0-9][\w.&'’-]*[\w&]|[A-Z]|&))*"
)


#: A run of capitalised words is tested for holding one of the labels, in its letters run
#: together, before it is read word by word, when a page has at most this many labels (its
#: addresses' domains: most pages have one or two). The test reads the run once a label: with
#: every label of a page of hundreds of addresses it made the page's reading quadratic.
SPELLING_TEST_MAX_LABELS = 8


def spelled_labels(labels: set[str], lines: list[str]) -> dict[str, str]:
    """Return, for each label the page spells, its first run of capitalised words that does:
    "skywardnews" -> "Skyward News"; a spelling in capitals ("ABOUT MEDIAPOST", a menu) yields to
    a later one that is not ("MediaPost"). One pass over the page whatever the number of labels."""
    found: dict[str, str] = {}
    longest = max(map(len, labels), default=0)
    few = len(labels) <= SPELLING_TEST_MAX_LABELS
    for m in _SPELLING_RUN.finditer("\n".join(lines)):
        # (The words of a run that spells a label hold it in their letters and digits run together:
        # a run holding none of a few labels is not read word by word, most runs of a page.)
        if few and not any(label in _NOT_ALNUM.sub("", m.group(0).lower()) for label in labels):
            continue
        words = m.group(0).split()
        # Words i..j spell a label when their letters and digits, lowercased, do: the words are
        # folded one by one, and a run of words already longer than every label ends the search.
        folded = [_NOT_ALNUM.sub("", w.lower()) for w in words]
        for i in range(len(words)):
            spelled = ""
            for j in range(i + 1, min(len(words), i + longest) + 1):  # (words of no letter, "&", add none)
                spelled += folded[j - 1]
                if len(spelled) > longest:
                    break
                if spelled in labels and (spelled not in found or found[spelled].isupper()):
                    found[spelled] = " ".join(words[i:j])
        if len(found) == len(labels) and not any(v.isupper() for v in found.values()):
            break
    return found


def name_for_domain(
    domain: str, lines: list[str], split_words: bool = True, spelled: dict[str, str] | None = None
) -> str | None:
    """Return the outlet's name that a domain spells: as the page writes it, else split at an outlet word.

    "newsdesk@skywardnews.com" gives "Skyward News"; a domain that spells no outlet gives None.
    `spelled`: the page's spellings of the labels (`spelled_labels`), when already read.
    """
    label = domain_label(domain)
    if spelled is None:
        spelled = spelled_labels({label}, lines)
    if label in spelled:
        return spelled[label]
    m = _STEM_AND_OUTLET_WORD.match(label)
    # (The guess splits a plain domain's label only: under a country's second level, "livenews.com.au",
    # the site writes its name as its address, on the tune pages.)
    if m and not _country_second_level(domain) and (split_words or not re.search(r"(?:and|of|the)$", m.group("stem"))):
        return f"{m.group('stem').capitalize()} {m.group('word').capitalize()}"
    return None


def canonical_outlet(name: str, table: PublisherTable) -> str:
    name = name.strip(" .,:;")
    return table.lookup_name(name) or name
