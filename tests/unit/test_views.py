"""Helpers of the generated pages: fast relative links, emboldened mentions."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from dossier.index import relative_url

segment = st.sampled_from(["a", "b", "sources", "entities", "notes", "x-y"])
page = st.builds(lambda dirs, name: "/".join([*dirs, f"{name}.md"]), st.lists(segment, max_size=3), segment)


@given(page, page, st.none() | st.sampled_from(["L3", "top"]))
def test_relative_url_agrees_with_relpath(from_uri: str, to_uri: str, anchor: str | None) -> None:
    expected = posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
    assert relative_url(from_uri, to_uri, anchor) == (f"{expected}#{anchor}" if anchor else expected)


#: A page name as a user may write it: a scheme, a query, a fragment, spaces, Markdown's brackets.
user_named = st.text(st.sampled_from("ab:?#%() []\t<>&'\"\\ñ-_.="), min_size=1, max_size=8).map(
    lambda n: f"notes/{n}.md"
)


@given(page | user_named, page | user_named, st.none() | st.sampled_from(["L3", "top"]))
def test_a_link_to_a_page_the_user_named_is_a_path_to_it_whatever_its_name(from_uri, to_uri, anchor) -> None:
    # A note named "javascript:alert(1).md" was linked from the notes index as a javascript: URL.
    url = relative_url(from_uri, to_uri, anchor)
    parts = urlsplit(url)
    assert not parts.scheme and not parts.netloc and not parts.query and parts.fragment == (anchor or "")
    assert not re.search(r"[\s()\[\]<>\"'\\]", parts.path)  # nothing Markdown or HTML reads as syntax
    assert unquote(parts.path) == posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def test_bold_marks_the_whole_word_not_a_prefix() -> None:
    from dossier.views import _bold

    sentence = "Kerry spoke to his Russian counterpart as Russia denied it."
    assert _bold(sentence, "Russia") == "Kerry spoke to his Russian counterpart as **Russia** denied it."
    assert _bold("No match here.", "Russia") == "No match here."


def test_a_note_s_links_are_rebased_kept_or_made_text() -> None:
    from dossier.index import note_sentence

    text = r"[a](c.md#x) ![i](img/p.png) [w](https://e.org/) [t](#top) \[no\](c.md)"
    expected = r"[a](../notes/c.md#x) [i](../notes/img/p.png) [w](https://e.org/) [t](../notes/n.md#top) \[no\](c.md)"
    assert note_sentence(text, "notes/n.md", "entities/e.md") == expected
    # A target that is no page of the site, from a sentence that may have been code in its note, is text.
    assert (
        note_sentence("[j](javascript:void0) [h](//evil.example/) [b](/\\evil.example)", "notes/n.md", "e/e.md")
        == "j h b"
    )
    # A page beside the entity page whose name reads as a scheme stays a path.
    assert (
        note_sentence("[x](../entities/javascript:void0)", "notes/n.md", "entities/e.md") == "[x](javascript%3Avoid0)"
    )
    # A link the note wrote percent-encoded is read as MkDocs reads it, and written once.
    assert note_sentence("[m](my%20note.md)", "notes/n.md", "entities/e.md") == "[m](../notes/my%20note.md)"
