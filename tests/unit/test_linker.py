"""Unit tests for dossier.linker: longest match, word boundaries and the parts of a page left alone."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dossier.linker import Matcher, find_mentions, link_mentions

SPELLINGS = {
    "Vladimir Putin": "Vladimir Putin",
    "Putin": "Vladimir Putin",
    "US": "United States",
    "United States": "United States",
    "Bashar al-Assad": "Bashar al-Assad",
    "Assad": "Bashar al-Assad",
    "Islamic State": "Islamic State",
    "Islamic State of Iraq and the Levant": "Islamic State",
}


def found(text: str, spellings=SPELLINGS) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in Matcher(spellings).find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian President Vladimir Putin said", [("Vladimir Putin", "Vladimir Putin")]),
        ("Putin said", [("Putin", "Vladimir Putin")]),
        ("Putin's spokesman", [("Putin", "Vladimir Putin")]),
        ("(Putin)", [("Putin", "Vladimir Putin")]),
        ("Putinism is a word", []),
        ("the anti-Putinist camp", []),
        ("Rasputin died in 1916", []),
        ("the US said", [("US", "United States")]),
        ("the USA said", []),
        ("a USB stick and a bus", []),
        ("the us and them", []),  # matching is case-sensitive
        ("US-led coalition", [("US", "United States")]),
        ("US_led", []),
        (
            "fighters of the Islamic State of Iraq and the Levant",
            [("Islamic State of Iraq and the Levant", "Islamic State")],
        ),
        ("fighters of the Islamic State group", [("Islamic State", "Islamic State")]),
        ("Bashar al-Assad and Assad", [("Bashar al-Assad", "Bashar al-Assad"), ("Assad", "Bashar al-Assad")]),
        (
            "Putin and the US and Putin",
            [("Putin", "Vladimir Putin"), ("US", "United States"), ("Putin", "Vladimir Putin")],
        ),
        ("", []),
    ],
)
def test_matcher_find(text, expected):
    assert found(text) == expected


def test_longest_match_wins_even_for_different_entities():
    spellings = {"Vladimir Putin": "person-page", "Putin": "surname-page"}
    assert found("Vladimir Putin met Putin", spellings) == [
        ("Vladimir Putin", "person-page"),
        ("Putin", "surname-page"),
    ]


def test_match_offsets_point_at_the_text():
    text = "In Moscow, Vladimir Putin spoke."
    (m,) = Matcher(SPELLINGS).find(text)
    assert (m.start, m.end) == (11, 25) and text[m.start : m.end] == "Vladimir Putin"


def test_empty_matcher_finds_nothing():
    assert list(Matcher({}).find("Vladimir Putin")) == []


def test_spelling_with_markdown_characters_matches_its_escaped_form():
    # Page text is escaped with escape_inline, so "Smith_Jones" appears as "Smith\_Jones".
    (m,) = Matcher({"Smith_Jones": "Smith Jones"}).find(r"said Smith\_Jones today")
    assert (m.text, m.entity) == (r"Smith\_Jones", "Smith Jones")


PROTECTED = [
    "# Putin visits Syria",
    "### Putin visits Syria",
    "Putin visits Syria\n==================",
    "Putin visits Syria\n------------------",
    "```\nPutin\n```",
    "~~~text\nPutin said\n~~~",
    "the `Putin` variable",
    "[Putin](https://example.com/putin)",
    "[Vladimir Putin][1]",
    "![Putin](putin.jpg)",
    '<span title="Putin">x</span>',
    "<https://example.com/Putin>",
    "https://example.com/Putin/profile",
    "{: #Putin }",
    "{: .Putin }",
    "[1]: https://example.com/Putin",
]


@pytest.mark.parametrize("chunk", PROTECTED)
def test_no_mention_inside_protected_markdown(chunk):
    page = f"Putin said.\n\n{chunk}\n\nThen Putin left."
    mentions = list(find_mentions(page, Matcher(SPELLINGS)))
    assert [m.start for m in mentions] == [0, page.rindex("Putin")]
    assert all(page[m.start : m.end] == m.text == "Putin" for m in mentions)


def test_attr_list_anchor_of_a_source_paragraph_is_not_linked():
    # Source pages end each paragraph with "{: #L<n> }"; a spelling like "L3" must not match there.
    page = "Units of L3 moved north.\n{: #L3 }\n\nL3 was hit.\n{: #L4 }\n"
    mentions = list(find_mentions(page, Matcher({"L3": "L3 Brigade"})))
    assert [m.start for m in mentions] == [page.index("L3"), page.index("L3 was")]


def test_link_mentions_small_page():
    page = "# Putin in Syria\n\nVladimir Putin met Assad in Moscow. See [Putin](https://x.org) and `Putin`.\n"
    spellings = {**SPELLINGS, "Moscow": "Moscow"}
    pages = {"Vladimir Putin": "../entities/vladimir-putin.md", "Bashar al-Assad": "../entities/bashar-al-assad.md"}
    out = link_mentions(page, list(find_mentions(page, Matcher(spellings))), pages.get)
    assert out == (
        "# Putin in Syria\n\n[Vladimir Putin](../entities/vladimir-putin.md) met "
        "[Assad](../entities/bashar-al-assad.md) in Moscow. See [Putin](https://x.org) and `Putin`.\n"
    )


def test_link_mentions_without_matches_returns_the_page_unchanged():
    page = "Nothing to link here.\n"
    assert link_mentions(page, [], lambda entity: "x.md") == page


def test_a_mention_right_after_an_exclamation_mark_or_a_backslash_is_a_whole_link() -> None:
    page = r"Wow!Putin said. Then \!Putin and \\!Putin."
    linked = link_mentions(page, list(find_mentions(page, Matcher(SPELLINGS))), lambda e: "x.md")
    assert linked == r"Wow\![Putin](x.md) said. Then \![Putin](x.md) and \\\![Putin](x.md)."
    html = markdown.markdown(linked)
    assert "<img" not in html and html.count("<a ") == 3
    # A backslash right before a name escaped the link's "[": the link was shown as Markdown.
    linked = link_mentions(r"a\Putin", list(find_mentions(r"a\Putin", Matcher(SPELLINGS))), lambda e: "x.md")
    assert linked == r"a\\[Putin](x.md)" and markdown.markdown(linked) == '<p>a\\<a href="x.md">Putin</a></p>'


@given(
    st.lists(
        st.sampled_from(["<!", "<![", "!", "\\", "-", "Putin", " ", "\n\n", "[", "]", "(", ")", "`", ">", "x"]),
        max_size=12,
    )
)
@example(parts=["<![", "Putin"])  # "<![[Putin](...)": the link's "[" after "<![" (a local draw)
@example(parts=["<![", "x", "-", "Putin"])
@example(parts=["<!", "-", "<![", "\n\n", ">"])  # the link ended the declaration that held the "<!["
@example(parts=["<!", "`", ">", "Putin", "`"])  # "<!`>" is no tag to Markdown: "`>Putin`" is code
@example(parts=["Putin", "[", "]", "(", ")"])  # the page's own link
@example(parts=[" ", " ", " ", " ", "Putin"])  # an indented code block: a link there shows as Markdown
def test_a_linked_page_reads_in_the_html_parser_whenever_the_page_did(parts: list[str]) -> None:
    # A note writing "<!" before a name got a link there: "<![Putin](...)", which Python's HTML
    # parser (MkDocs reads every page with it) cannot read, and the whole build stopped; "!" before
    # a name made the link an image (a seed writing "!ÜS" showed <img src="../../entities/us/">).
    page = "".join(parts)
    if _html_parser_fails(page):
        return
    spellings = {**SPELLINGS, "-": "Dash"}
    linked = link_mentions(page, list(find_mentions(page, Matcher(spellings))), lambda e: "../entities/x.md")
    assert not _html_parser_fails(linked), linked
    html = markdown.markdown(linked)
    assert html.count("<img") == markdown.markdown(page).count("<img"), linked
    own = markdown.markdown(page).count("<a ")  # the page's own links ("[]()")
    assert html.count("<a ") == own + len(list(find_mentions(page, Matcher(spellings)))), linked  # each link whole


def _html_parser_fails(text: str) -> bool:
    parser = HTMLParser()
    try:
        parser.feed(text)
        parser.close()
    except AssertionError:
        return True
    return False
