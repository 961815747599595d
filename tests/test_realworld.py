"""Real-world regression pages, after trafilatura's realworld tests: for every seed and every
tune-corpus article, a few characteristic phrases of the article must survive cleaning and a few
phrases of the page's chrome must not.

The phrases were written by reading the articles, not copied from the tool's output: body phrases
come from lines the gold labels call body (datelines, subheadings, bullets and short paragraphs
included), chrome phrases from lines they call boilerplate. The holdout set is deliberately not
here.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from dossier.model import Article
from dossier.pipeline import Options, analyse_corpus

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"seeds": ROOT / "seeds", "tune": ROOT / "tests/corpus/tune/articles"}

# file stem prefix -> (phrases that must be kept, phrases that must be removed)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    # --- seeds ---------------------------------------------------------------------------------
    "000": (
        ["In the first public statement confirming his country’s military involvement",
         "The US prefers to pursue a political solution"],
        ["2 min read", "Share this article", "Donate today to support Israel’s needy", "Default Donation Form",
         "This is a secure SSL encrypted payment.", "Israel365 News is the only media outlet",
         "Sign up to our free daily newsletter"],
    ),
    "001": (
        ["During an economic forum in Vladivostok on Friday", "Behind the Anti-ISIS Rhetoric",
         "Infowars reports: Putin added his government"],
        ["Fact checked by The People's Voice Community", "About Niamh Harris 14883 Articles",
         "I am an alternative health practitioner"],
    ),
    "002": (
        ["Russian president talks of desire for"],
        ["Formats: [HTML]", "### Changes:"],
    ),
    "003": (
        ["Russian President Vladimir Putin admitted Moscow’s involvement", "The Russian analysts, on the other hand"],
        ["Shanghai Cooperation Organization (SCO) summit in Ufa", "Contact the writer at feedback@ibtimes.com.au"],
    ),
    "004": (
        ["Alexander Golts, a military analyst", "Syria’s civil war has killed more than 250,000 people"],
        ["sends tanks to Syria, 'escalates' military presence"],
    ),
    # --- tune corpus ---------------------------------------------------------------------------
    "101": (
        ["CAMERON, La. (AP) — Hurricane Delphine crashed into the southwestern Louisiana coast",
         "“I rode out Laura in this house", "Delphine is the fourth named storm to hit the U.S. Gulf Coast"],
        ["Copy Link copied", "A man walks past a collapsed gas station canopy", "contributed to this report",
         "Follow AP’s coverage of hurricanes"],
    ),
    "102": (
        ["LAKE CHARLES, La. (KLCH) — As daylight revealed", "Where to find shelter",
         "- Burton Coliseum, 7001 Gulf Highway", "Staying safe after the storm", "- Never run a generator indoors"],
        ["Skip to content", "78°", "Photo: Jordan Breaux / KLCH", "Trending on KLCH 7",
         "Lake Charles curfew: What you need to know", "FCC Public File"],
    ),
    "103": (
        ["The storm weakens to a tropical storm over central Louisiana hours later"],
        ["Formats: [HTML]", "### Changes:"],
    ),
    "104": (
        ["NEW YORK, March 3 (Reuters) - Marcus Halvorsen, the founder of payments start-up Ledgerline Inc",
         '"He told me the numbers would catch up with the story," Venkataraman told jurors.'],
        ["Register now for FREE unlimited access to Reuters.com", "arrives at the Manhattan federal courthouse",
         "Reporting by Helen Marsh in New York", "Thomson Reuters Trust Principles"],
    ),
    "105": (
        ["For a few months in 2020, Marcus Halvorsen was one of the most sought-after speakers",
         "For Ledgerline&#8217;s roughly 900 real merchants"],
        ["Advertisement", "Credit: Ana Ruiz/Getty Images", "Ledgerline&#8217;s rise and fall: a timeline",
         "The Theranos verdict, one year later"],
    ),
    "106": (
        ["HARTFORD, Conn., Jan. 12, 2024 — Northwind Mutual Insurance Company", "What information was involved",
         "• Policy numbers and coverage details", "What Northwind Mutual is doing"],
        ["FOR IMMEDIATE RELEASE", "860-555-0142", "media@northwindmutual.com",
         "Founded in 1911 and headquartered in Hartford"],
    ),
    "107": (
        ["If you have a car, home or life insurance policy with Northwind Mutual", "Who is behind the attack?",
         "- Freeze your credit with all three bureaus", "What you should do right now"],
        ["Home » Cybersecurity", "1.2K Shares", "Fact checked by Maria Gonzalez",
         "Read more: The 10 biggest data breaches of 2023", "Kevin Albright covers cybersecurity",
         "Is your password manager safe?"],
    ),
    "108": (
        ["Reno City Council member Dana Whitaker was elected mayor on Tuesday", "A fight over growth",
         "- Ward 2: Incumbent Jenny Albers led challenger Tom Keogh", "Other Reno races"],
        ["celebrates with supporters in a downtown ballroom", "Contact the writer at amoreno@tmtribune.com",
         "Support local journalism: subscribe to the Truckee Meadows Tribune"],
    ),
    "109": (
        ["If you drive to work in Reno, you should pay close attention", "So what comes next?"],
        ["847 Shares", "Share on Facebook | Share on Twitter", "The Silver State Sentinel is reader-funded",
         "About Jake Morrow 312 Articles", "Get the Sentinel in your inbox"],
    ),
    "110": (
        ["(CNN) — Colorado’s highest court ruled Monday", "The case now returns to the district court in Summit County"],
        ["Link Copied!", "Ad Feedback"],
    ),
    "111": (
        ["An out-of-control wildfire in the hills east of Lumby tripled in size overnight",
         "The fire was discovered on Aug. 9", "The Regional District of North Okanagan [2] expanded"],
        ["URLs in this post:", "BC Wildfire Service map: https://wildfiresituation", "Click here to print.",
         "Copyright © 2023 Okanagan Today"],
    ),
    "112": (
        ["Judith Chebet Rotich, the Kenyan who won last year’s", "## What happens next",
         "Athletics Kenya president Jackson Tuwei"],
        ["Markdown Content:", "[Skip to main content]", "[Races](https://www.marathoninsider.com/races/)",
         "Photo: Kim Hyun-woo/Marathon Insider", "**Most Read**", "How to pace your first marathon"],
    ),
    "113": (
        ["Nairobi (AFP) – Kenyan marathon runner Judith Chebet Rotich on Monday denied",
         "Rotich's coach, Peter Langat, told AFP"],
        ["txw/dl", "© 2023 AFP", "Receive essential international news every morning",
         "downloading the FRANCE 24 app"],
    ),
    "114": (
        ["Scotland will begin offering a vaccine against respiratory syncytial virus", "What is RSV?",
         "Can I have it at the same time as my flu or Covid jab?",
         "A similar programme begins in England and Wales on 1 September."],
        ["We value your privacy", "Accept all | Reject all", "Lothian Evening News", "News > Health",
         "Want to join the conversation?"],
    ),
    "115": (
        ["Editor's note: This story has been updated to include police crowd estimates",
         "— Marta Sousa (@martasousa_pt) April 6, 2024", "Police said the march was peaceful and no arrests were made."],
        ["Share this article", "Facebook | X | WhatsApp | Email", "Golden visa changes fail to cool Lisbon property market",
         "Become a member from €4 a month"],
    ),
    "116": (
        ["Editor's note: This story has been updated with the latest casualty figures",
         "Eleven people were killed and 47 rescued", "The ATR 72 is one of the most widely used regional airliners"],
        ["the same type as the aircraft involved in Tuesday’s crash", "Advertisement",
         "Contact the writer at newsdesk@skywardnews.com"],
    ),
    "117": (
        ["The Bank of England left Bank Rate unchanged at 5.25% on Thursday", "Why the Bank is getting closer to cutting",
         "Savers: easy-access rates above 5% are becoming harder to find", "The next decision is due on 9 May"],
        ["The Pennywise Post", "Markets | Investing | Personal Finance", "Disclaimer: This article is for information only",
         "Tags: Bank of England", "Share this: Facebook Twitter LinkedIn Email", "Pennywise Media Ltd"],
    ),
    "118": (
        ["Residents of Lumby who fled the Kettle Ridge wildfire last week were allowed to return home",
         "A recovery centre for residents who lost homes"],
        ["Smoke from the Kettle Ridge wildfire rises over the hills east of Lumby", "Story continues below advertisement",
         "Trending Now", "Yellowknife residents ordered out as wildfires close in",
         "Get the North Okanagan Valley Voice in your inbox"],
    ),
    "119": (
        ["(Bloomberg) -- The Bank of England took a step toward cutting interest rates",
         "Some economists cautioned against reading too much into the vote"],
        ["Most Read from Bloomberg", "The World’s Richest Families Got $1 Trillion Richer",
         "--With assistance from Mark Tillett", "How a Tiny Island Became the World’s Top Exporter of Luxury Yachts",
         "©2024 Bloomberg L.P."],
    ),
    "120": (
        ["A freight train hauling ethanol derailed and caught fire in rural northwest Iowa",
         "\"The crew did exactly what they're trained to do,\" Brouwer said"],
        ["Share with Facebook", "Share with Twitter", "The Associated Press contributed to this report.",
         "Copyright © 2016 ABC News Internet Ventures."],
    ),
    "121": (
        ["FRISCO — Four and a half years after Paul Marchetti fell to his death", "What the ruling says", "What’s next"],
        ["Skip to content", "High Country Herald", "We use cookies to personalize content", "News > Local > Courts",
         "Silverthorne Basin replaces Ptarmigan Express grips", "Privacy Policy"],
    ),
    "122": (
        ["• Aurora Regional Airlines Flight 2209, an ATR 72-600",
         "• Prime Minister Jonas Gahr Støre visited Bodø on Wednesday"],
        ["NewsLens", "Home / Top Stories / World", "Total News Sources 38", "Leaning Left 9", "Similar News Topics",
         "Compare how 38 sources covered this story"],
    ),
    "123": (
        ["PORT ARANSAS — A barge that broke loose from its tow", "No one was hurt. The Texas Department of Transportation",
         "The ferry links Port Aransas with Aransas Pass"],
        ["Independent journalism for the Coastal Bend since 1911", "Share on Facebook", "Copy link",
         "The damaged north slip of the Port Aransas ferry landing on Monday morning"],
    ),
    "124": (
        ["A hard frost that settled over the Annapolis Valley", "Temperatures fell as low as -3.5 C",
         "Eaton, whose family has farmed near Berwick since the 1950s"],
        ["THE ANNAPOLIS VALLEY LEDGER", "News · Opinion · Sports", "Subscribe | Sign in", "LOCAL NEWS"],
    ),
    "125": (
        ["A river cruise ship carrying 176", "No one was injured. The MS Adalina",
         "Several cruise operators have already shortened itineraries"],
        ["Home › World › Europe", "Listen to this article", "Passengers are taken ashore from the MS Adalina",
         "Sign up for Europe Briefing", "More on this story"],
    ),
    "126": (
        ["14:52 GMT — We are pausing our live coverage here", "14:31 GMT — National Grid Electricity Distribution",
         "07:45 GMT — Good morning and welcome to our live coverage of Storm Hollis"],
        ["West Country Herald", "News | Weather | Sport", "Show key events only",
         "Please refresh the page for the latest updates", "Load more updates"],
    ),
    "127": (
        ["BOISE, Idaho--(NewsDesk Wire)--Kestrel Aerial Systems", "Kestrel will use its K4 Sentinel fixed-wing drone",
         "Cascade Valley Power will continue to use helicopters"],
        ["Home | Latest Releases | Industries", "Share | Print | Download PDF", "About Kestrel Aerial Systems",
         "Founded in 2017 and headquartered in Boise", "This press release contains forward-looking statements"],
    ),
    "128": (
        ["Tens of thousands of households in greater Hobart", "TasWater shut down the Bryn Estyn Water Treatment Plant",
         "TasWater said it expected to restart the plant"],
        ["Top stories from thousands of sources", "Home / Australia / Environment", "Follow | Save | Share",
         "More on NewsHarbor", "Tasmanian salmon farms face new rules"],
    ),
    "129": (
        ["Kaneda Motors will invest R$6.5 billion", "The factory, in São José dos Pinhais",
         "Shares of Kaneda Motors rose 2.1% in Tokyo on Wednesday."],
        ["This website uses cookies", "Markets | Companies | Economy", "Share: Facebook | X | LinkedIn",
         "Additional reporting by Rafael Monteiro", "Related coverage"],
    ),
    "130": (
        ["Every few years someone in Wellington rediscovers the Basin Reserve",
         "We are about to do it again.", "So here is my challenge to the government"],
        ["47 comments", "Share on Facebook | Share on X", "Buses queue along Kent Terrace during the evening peak",
         "The views expressed are the author’s own"],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    """Analyse each folder once, as a corpus (lines repeated across its sources count)."""
    found: dict[str, Article] = {}
    for folder in FOLDERS.values():
        analysed, failures = analyse_corpus(sorted(folder.glob("*.txt")), Options())
        assert not failures
        found |= {a.source_file[:3]: a for a in analysed}
    return found


def test_every_seed_and_tune_article_has_phrases() -> None:
    stems = {p.name[:3] for folder in FOLDERS.values() for p in folder.glob("*.txt")}
    assert stems == set(PAGES)


@pytest.mark.parametrize("prefix", sorted(PAGES))
def test_article_text_is_kept_and_chrome_removed(prefix: str, articles: dict[str, Article]) -> None:
    # Entities are compared decoded: reading a source may decode "&#8217;" before cleaning.
    body = html.unescape(articles[prefix].body)
    kept, removed = ([html.unescape(p) for p in phrases] for phrases in PAGES[prefix])
    assert [p for p in kept if p not in body] == []
    assert [p for p in removed if p in body] == []
