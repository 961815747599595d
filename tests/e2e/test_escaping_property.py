"""Property: whatever strings fill every field of a source, a registry entry and a note's front
matter, the site Material builds holds no element, attribute or URL scheme the tool did not write.

Each example builds a real site: seeds through stage 1 (headline, byline, url line, date, body,
copyright footer), a source page whose front matter a user edited (every key stage 1 writes), the
registry, and notes (title, description, author, outlet, reliability, entities). Every page is
read with `sitescan`, titles included, and every other output file (JSON, XML, GEXF, CSV). A build takes a few seconds, so the suite runs the example of
every fragment below and four drawn at random; DOSSIER_PROPERTY_EXAMPLES=200 draws more.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import yaml
from conftest import make_project, mkdocs_build
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sitescan import baseline, scan_outputs, scan_site

from dossier.markup import escape_inline
from dossier.pipeline import Options
from dossier.stage1 import run_stage1

EXAMPLES = int(os.environ.get("DOSSIER_PROPERTY_EXAMPLES", "4"))
#: Pieces of markup, escapes and syntax of every context a value can land in, mixed with any text.
FRAGMENTS = [
    "<script>alert(1)</script>", "</title><script>alert(2)</script><title>", "<svg/onload=alert(3)>",
    '"><img src=x onerror=alert(4)>', "' onmouseover='alert(5)", "javascript:alert(6)", "[x](javascript:alert(7))",
    "<https://a.example/<svg/onload=alert(8)>>", "https://news.example/a<svg/onload=alert(9)",
    "{: onclick=alert(10) }", "{ .admonition data-x=1 }", "!!! danger \"t\"", "??? note", "# h", "\n# h\n", "\n\n",
    "\n    code", "|", "| a | b |\n|---|---|", "`", "```", "*", "_", "\\", "&lt;script&gt;", "&#60;", "&amp;", "<!--",
    "-->", "]]>", "<![CDATA[", "{{ config }}", "{% raw %}", "---", "...", ": ", "- ", "*a", "&a", "%3Cscript%3E",
    "\u2028", "\u202e", "\x00", "\x1b[31m", "\r", "\t", "—", "Ünïcödé", "Vladivostok", "Ivan Petrov",
    "<![x", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "-", "!",
]  # fmt: skip
# Characters YAML can carry (the registry and notes are YAML): no surrogates, no C0/C1 controls but
# tab and line breaks, no private or unassigned code points.
_YAML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Co", "Cn", "Cc"), blacklist_characters="\ufeff\ufffe\uffff")
    | st.sampled_from("\n\t"),
    max_size=12,
)
_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


def _yaml_safe(s: str) -> str:
    return "".join(c for c in s if c in "\n\t" or (c.isprintable() and c not in "\ufeff\ufffe\uffff"))


def hostile(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(FRAGMENTS) | text, min_size=1, max_size=6).map("".join)


def _line(value: str) -> str:
    return " ".join(value.split()) or "x"


def seed(title: str, author: str, url: str, body: str, publisher: str) -> str:
    """A scraped article that carries the strings where stage 1 reads each field from."""
    return (
        f"{_line(title)} in the harbour\n\nBy {_line(author)}\nURL: https://news.example/{_line(url)}\nURL: {_line(url)}\n"
        f"September 3, 2015\n\n{body}\n\nThe council voted 7-2 on Tuesday, Ivan Petrov said in Vladivostok.\n\n"
        f"“{_line(body)} and more words to make a quotation,” Ivan Petrov said.\n\n© 2015 {_line(publisher)}.\n"
    )


def edited_source(values: list[str]) -> str:
    """A source page as a user may have edited it: every front matter key stage 1 writes."""
    v = iter(values * 4)
    meta = {
        "generator": "dossier", "title": next(v), "publisher": next(v), "date": next(v), "author": next(v),
        "url": next(v), "source_file": next(v), "sha256": next(v),
        "entities": [{"name": next(v), "type": "person", "aliases": [next(v)]}], "citations": [next(v)],
        "provenance": {"publisher": {"line": next(v), "rule": next(v)}, "url": {"line": 3, "rule": next(v)}},
        "removed": [{"line": next(v), "text": next(v), "reason": next(v), "kind": next(v)}],
    }  # fmt: skip
    return f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\nThe body of the edited page names Vladivostok.\n"


@settings(
    max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 10,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)  # fmt: skip
@given(
    seeds=st.lists(st.lists(hostile(_ANY_TEXT), min_size=5, max_size=5), min_size=1, max_size=3),
    fields=st.lists(hostile(_YAML_TEXT), min_size=12, max_size=12),
)
@example(seeds=[FRAGMENTS[i : i + 5] for i in range(0, 15, 5)], fields=FRAGMENTS[15:27])
def test_no_string_in_any_field_becomes_markup(tmp_path_factory, built_site: Path, seeds, fields) -> None:
    fields = [_yaml_safe(f) or "x" for f in fields]
    root = tmp_path_factory.mktemp("property")
    seed_folder = root / "seeds"
    seed_folder.mkdir()
    for i, values in enumerate(seeds):
        (seed_folder / f"s{i}.txt").write_text(seed(*values), encoding="utf-8")
    project = make_project(root / "p", seed_folder)
    name, alias, description, same_as, ignored, outlet, reliability, title, note_desc, author, *rest = fields
    name, same_as = (n if n.strip() else f"x{n}" for n in (name, same_as))  # the registry needs names
    registry = {
        "entities": [{"name": name, "type": "organization", "aliases": [alias, "Vladivostok"],
                      "description": description, "same_as": same_as},
                     {"name": same_as, "type": "place", "same_as": f"https://example.org/{description}"}],
        "ignore": [ignored],
    }  # fmt: skip
    (project / "docs" / "entities.yml").write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    docs = project / "docs"
    run_stage1(project / "seeds", docs / "sources", Options.load(registry=docs / "entities.yml"))
    (project / "docs" / "sources" / "edited.md").write_text(edited_source([outlet, *fields]), encoding="utf-8")
    notes = project / "docs" / "notes"
    notes.mkdir()
    note = {
        "title": title, "description": note_desc, "author": author, "subtitle": rest[0], "outlet": outlet,
        "reliability": reliability, "entities": [{"name": rest[1], "type": "person", "aliases": [name],
                                                  "description": description, "same_as": same_as}],
    }  # fmt: skip
    (notes / "about.md").write_text(
        f"---\n{yaml.safe_dump(note, allow_unicode=True)}---\n\nA note naming Ivan Petrov in Vladivostok.\n",
        encoding="utf-8",
    )
    # A note titled by its heading, written as text (a user's own Markdown may hold HTML; the title
    # MkDocs takes from the heading must stay text all the same).
    (notes / "untitled.md").write_text(
        f"# {escape_inline(title)}\n\nIt names {escape_inline(rest[1])}.\n", encoding="utf-8"
    )
    # The analyst quotes the scraped page's code: the note shows it as code, and the entity page that
    # quotes the note's sentences around "Ivan Petrov" (cut out of the block or span) must too.
    (notes / "code.md").write_text(_quoting_code(fields), encoding="utf-8")
    build = mkdocs_build(project)
    assert build.returncode == 0 and "Traceback" not in build.stderr, build.stderr
    assert (project / "site" / "publishers").is_dir()  # the outlet of the edited page got its page
    assert scan_site(project / "site", _allowed_inline(built_site)) == {}
    assert scan_outputs(project / "site") == {}  # the downloads, search index and sitemap too


def _quoting_code(values: list[str]) -> str:
    """A note quoting values as code next to a name: an indented block, and code spans over two lines."""
    block = [f"    Ivan Petrov said so. Ivan Petrov {_line(v)}" for v in values]
    spans = [f"` Ivan Petrov said so.\nIvan Petrov {_line(v)} `" for v in values if "`" not in v]
    return "The page's code:\n\n" + "\n".join(block) + "\n\nIn its text:\n\n" + "\n\n".join(spans) + "\n"


@functools.cache
def _allowed_inline(built_site: Path) -> set[str]:
    return baseline(built_site / "site")
