"""Unit tests for dossier.markup: untrusted text renders as exactly that text, never as markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from dossier import markup
from dossier.markup import (
    dump_front_matter,
    escape_block,
    escape_inline,
    quoted_note,
    split_front_matter,
    take_front_matter_keys,
)

EXTENSIONS = ["attr_list", "admonition", "pymdownx.details", "tables", "toc"]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, str, tuple]] = []  # (start/end, tag, attrs)
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(("start", tag, tuple(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append(("startend", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("end", tag, ()))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("comment", data, ()))


def render(source: str) -> tuple[list[tuple[str, str, tuple]], str]:
    """Render Markdown as the site does; return the tags met and the text content."""
    parser = _Collect()
    parser.feed(markdown.markdown(source, extensions=EXTENSIONS))
    parser.close()
    return parser.tags, "".join(parser.text)


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    "[click me](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<https://evil.example>",
    "<!-- hidden -->",
    "{{ config.__class__ }}",
    "{% include 'secret' %}",
    "!!! note",
    '!!! danger "Pwned"',
    "??? x",
    "???+ note open",
    "# heading",
    "###### heading",
    "1. list",
    "2) list",
    "- item",
    "+ item",
    "* item",
    "> quote",
    "---",
    "***",
    "___",
    "    code",
    "```python",
    "~~~",
    "{: onclick=x}",
    "paragraph {: #id .class onclick=alert(1) }",
    "*emph*",
    "_emph_",
    "**strong**",
    "`code`",
    "&amp;",
    "&lt;script&gt;",
    "&#60;b&#62;",
    "a | b | c",
    "[TOC]",
    "[ref]: https://evil.example",
    "[x][ref]",
    "back\\slash \\*",
    "line  \nbreak",
    "Title\n=====",
    "Title\n-----",
    "text\n# heading\n- item\n> quote",
    ": definition",
    "| a | b |\n|---|---|\n| 1 | 2 |",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_block_renders_as_one_plain_paragraph_of_the_text(text):
    tags, content = render(escape_block(text))
    assert tags == [("start", "p", ()), ("end", "p", ())]
    assert content == " ".join(text.split())


@pytest.mark.parametrize("text", [t for t in HOSTILE if "\n" not in t])
def test_escape_inline_renders_as_the_text_inside_a_paragraph(text):
    tags, content = render("Before " + escape_inline(text) + " after")
    assert tags == [("start", "p", ()), ("end", "p", ())]
    assert content == f"Before {text} after"


@pytest.mark.parametrize("text", [t for t in HOSTILE if "\n" not in t])
def test_escape_inline_renders_as_the_text_of_a_link(text):
    tags, content = render("[" + escape_inline(text) + "](https://example.com/x)")
    assert tags == [("start", "p", ()), ("start", "a", (("href", "https://example.com/x"),)), ("end", "a", ()),
                    ("end", "p", ())]  # fmt: skip
    assert content == text


# Characters Markdown and its extensions read as markup, mixed in to steer the search there.
_MARKUP = st.text(alphabet=st.sampled_from(list("#>+-=!?:|~*_`{}[]()<>&;\\/ .1aZ\n\t\"'")) | st.characters())
# Control characters (among them STX/ETX, Python-Markdown's own placeholder marks) are invisible and
# are dropped by the escapers; everything else must render exactly.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
texts = st.one_of(st.text(), _MARKUP)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_escape_block_property(text):
    tags, content = render(escape_block(text))
    expected = " ".join(_CONTROL.sub("", text).split())
    if expected:
        assert tags == [("start", "p", ()), ("end", "p", ())]
    else:
        assert tags == []
    assert content == expected


@settings(max_examples=300, deadline=None)
@given(texts.filter(lambda t: "\n" not in t and "\r" not in t))
def test_escape_inline_property(text):
    tags, content = render("Before " + escape_inline(text) + " after")
    assert tags == [("start", "p", ()), ("end", "p", ())]
    assert " ".join(content.split()) == " ".join(f"Before {_CONTROL.sub('', text)} after".split())


@pytest.mark.parametrize("text", ["a\x02b", "a\x03b", "a\x00b", "a\x1bb"])
def test_control_characters_are_dropped_and_the_rest_kept(text):
    assert render(escape_block(text))[1] == "ab"


@pytest.mark.parametrize(
    "name, shown",
    [
        ("seeds/rtl\u202etxt.exe.txt", "seeds/rtl\\u202etxt.exe.txt"),  # a right-to-left override
        ("seeds/a\u2067b\u2069.txt", "seeds/a\\u2067b\\u2069.txt"),  # an isolate and its end
        ("seeds/zero\u200bwidth\u200e.txt", "seeds/zero\\u200bwidth\\u200e.txt"),  # a space and a mark no one sees
        ("seeds/tab\tname.txt", "seeds/tab\\x09name.txt"),
        ("seeds/café ünï 東京 عربي.txt", "seeds/café ünï 東京 عربي.txt"),  # letters of any script are kept
        ("seeds/👩\u200d💻.txt", "seeds/👩\u200d💻.txt"),  # the joiner of an emoji too
    ],
)
def test_a_file_name_is_shown_with_what_it_hides_escaped(name: str, shown: str) -> None:
    assert markup.shown_file_name(name) == shown


# --- a note's sentence quoted on an entity page ---------------------------------------------------

#: The elements a quoted note sentence may give in its list item: its links, code and emphasis.
_QUOTED_TAGS = {"ul", "li", "a", "code", "em", "strong"}


def _quoted(text: str) -> list[tuple[str, str, tuple]]:
    """Render a note sentence as an entity page quotes it, in a list item, a link the one target allowed."""
    tags, _ = render("- " + quoted_note(text, lambda t: "../notes/ok.md" if t == "ok.md" else None) + " [¶](n.md)\n")
    return tags


def _markup(tags: list[tuple[str, str, tuple]]) -> list[tuple[str, str, tuple]]:
    """The tags a quoted sentence gave that it may not: any other element, an attribute, a link elsewhere."""
    allowed_links = {(("href", "../notes/ok.md"),), (("href", "n.md"),)}
    return [t for t in tags if t[1] not in _QUOTED_TAGS or (t[2] and not (t[1] == "a" and t[2] in allowed_links))]


@pytest.mark.parametrize(
    "sentence",
    [
        *[t for t in HOSTILE if "\n" not in t],
        "Ivan Petrov <img src=x onerror=alert(1)> (an indented code block's line)",
        "Ivan Petrov said so. Ivan Petrov <img src=x onerror=alert(1)>` (a code span the sentence's start cut)",
        "Ivan Petrov. She said\">quoted</span> (an element the sentence's start cut)",
        "Ivan Petrov \\<img src=x onerror=alert(1)> (a backslash Python-Markdown does not read as an escape)",
        "\\[x\\\\](javascript:alert(1)) (escaped brackets around an escaped backslash)",
        "[a [b] c](javascript:alert(1)) [x](<javascript:alert(1)>) [y]( javascript:alert(1) ) [z](//evil.example/)",
        "*em*{: onclick=alert(1) } and [ok](ok.md){: onclick=alert(1) }",
        "`<![x` in code, ``a ` b`` and a stray ` backtick <b>",
        "![pixel](https://tracker.example/p.gif) ![local](ok.md)",
    ],
)
def test_a_quoted_note_sentence_shows_no_markup_but_its_links_code_and_emphasis(sentence):
    assert _markup(_quoted(sentence)) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HOSTILE) | texts, min_size=1, max_size=5).map(" ".join))
def test_quoted_note_property(text):
    assert _markup(_quoted(" ".join(text.split()))) == []


def test_a_quoted_note_sentence_keeps_its_links_code_and_emphasis():
    tags = _quoted("See [the page](ok.md), `x < y` and *this*, [not](javascript:x) ![img](ok.md).")
    assert [t[1] for t in tags if t[0] == "start"] == ["ul", "li", "a", "code", "em", "a", "a"]
    assert render(quoted_note("`a <b>` and <b>", lambda t: None))[1].strip() == "a <b> and <b>"


def _quoted_by_search(text: str) -> str:
    """`quoted_note` as it was: the rest of the sentence searched again for each opening's close."""
    out, pos = [], 0
    for m in re.finditer(r"(?<!\\)`+", text):
        if m.start() < pos:
            continue
        close = re.compile(rf"(?<!`){m.group(0)}(?!`)").search(text, m.end())
        if close is None:
            continue
        out += [markup._note_text(text[pos : m.start()], _to), markup.code_span(text[m.end() : close.start()].strip())]
        pos = close.end()
    out.append(markup._note_text(text[pos:], _to))
    return markup.neutralise_line_start("".join(out))


def _to(target: str) -> str | None:
    return "../notes/ok.md" if target == "ok.md" else None


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="`\\ a<[](ok.md)", max_size=60)
    | st.lists(st.sampled_from(HOSTILE) | texts, max_size=4).map(" ".join)
)
def test_a_quoted_note_closes_its_code_spans_where_searching_the_sentence_again_closed_them(text):
    assert quoted_note(text, _to) == _quoted_by_search(text)


# --- front matter ------------------------------------------------------------------------------

TRICKY_VALUES = ["---\ntitle: PWNED", "...\ntitle: PWNED\n...", "title: x\n---\nbody", "'quoted'", '"dq"',
                 "- list", "{a: b}", "[1, 2]", "null", "yes", "1e3", "  lead", "trail  ", "#comment", "&anchor",
                 "*alias", "!!python/object:os.system", "", "\t", "a\u2028b", "\x85", "Putin\x85Assad", "é漢字"]  # fmt: skip
values = st.one_of(st.text(), st.sampled_from(TRICKY_VALUES))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(st.text(min_size=1), st.sampled_from(TRICKY_VALUES[:8])), values, max_size=6),
       st.sampled_from(["", "Body text.\n", "---\nnot: front matter\n---\n"]))  # fmt: skip
def test_front_matter_round_trip(data, body):
    page = dump_front_matter(data) + body
    assert split_front_matter(page) == (data, body, None)


def test_front_matter_value_cannot_inject_keys():
    page = dump_front_matter({"title": "---\ntitle: PWNED\ngenerator: dossier\n---", "generator": "user"})
    data, body, error = split_front_matter(page + "Body.\n")
    assert error is None and body == "Body.\n"
    assert data == {"title": "---\ntitle: PWNED\ngenerator: dossier\n---", "generator": "user"}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("No front matter here.\n", ({}, "No front matter here.\n", None)),
        ("---\ntitle: A\n---\nBody\n", ({"title": "A"}, "Body\n", None)),
        ("---\ntitle: A\n...\nBody\n", ({"title": "A"}, "Body\n", None)),
        ("---\n---\nBody\n", ({}, "Body\n", None)),
        ("---\nunclosed: yes\nBody\n", ({}, "---\nunclosed: yes\nBody\n", None)),
    ],
)
def test_split_front_matter(page, expected):
    assert split_front_matter(page) == expected


@pytest.mark.parametrize(
    "block",
    [
        "---\n- a list\n---\n",
        "---\njust text\n---\n",
        "---\ntitle: [unclosed\n---\n",
        "---\ndate: 2015-13-45\n---\n",  # parses, but cannot be built (it raised ValueError)
        f"---\ncount: {'9' * 5000}\n---\n",
    ],
)
def test_split_front_matter_reports_bad_blocks(block):
    data, body, error = split_front_matter(block + "Body\n")
    assert data == {} and body == "Body\n" and error


# --- taking the lists out of a page's front matter (what MkDocs is given to parse) --------------

LIST_KEYS = ("entities", "citations", "removed")
_list_values = st.lists(
    st.one_of(values, st.fixed_dictionaries({"name": values, "aliases": st.lists(values, max_size=3)})), max_size=4
)


@settings(max_examples=300, deadline=None)
@given(
    # The page's other keys: never one of the list keys (a scalar "removed" beside the lists would
    # leave no key of its own, which `take_front_matter_keys` rightly gives up on, tested below).
    st.dictionaries(
        st.one_of(st.text(min_size=1), st.sampled_from(TRICKY_VALUES[:8])).filter(lambda k: k not in LIST_KEYS),
        values,
        min_size=1,
        max_size=5,
    ),
    st.dictionaries(st.sampled_from(LIST_KEYS), _list_values, min_size=1),
    st.booleans(),
    st.sampled_from([None, ("removed",), ("entities", "citations")]),
    st.sampled_from(["", "Body text.\n", "---\nnot: front matter\n---\n"]),
)
def test_taken_keys_and_what_mkdocs_reads_of_the_rest_make_the_whole_front_matter(
    scalars, lists, lists_first, read, body
):
    data = {**lists, **scalars} if lists_first else {**scalars, **lists}
    page = dump_front_matter(data) + body
    taken = take_front_matter_keys(page, LIST_KEYS, read)
    assert taken is not None
    rest, values_taken = taken
    markdown, meta = get_data(rest)  # MkDocs' own reading of the page it is given
    assert values_taken == {k: v for k, v in data.items() if k in LIST_KEYS and (read is None or k in read)}
    assert (markdown, meta) == (get_data(page)[0], {k: v for k, v in data.items() if k not in LIST_KEYS})


@pytest.mark.parametrize(
    "page",
    [
        "No front matter.\n",
        "---\ntitle: A\n---\nBody\n",  # none of the keys
        "---\ntitle: A\nentities: [unclosed\n---\nBody\n",  # the keys' part does not parse
        "---\ntitle: A\nentities:\n- a\n",  # no end to the front matter
        "---\nentities: []\n---\nBody\n",  # nothing would be left: MkDocs reads "---\n---" as text
    ],
)
def test_taking_keys_gives_up_where_mkdocs_should_read_the_page_itself(page):
    assert take_front_matter_keys(page, LIST_KEYS) is None
