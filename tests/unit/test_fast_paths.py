"""The fast paths of stage 1 give what the slow paths they skip would: each test checks the answer
and that the slow path was not taken (or that a remembered answer was reused)."""

from __future__ import annotations

import datetime as dt

import yaml

from dossier import dates, frontmatter, layout, lineshapes


class _Refuse:
    """Stands in for a pattern or a module that the fast path must not reach."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the slow path ran ({name})")


def test_date_only_skips_the_date_pattern_without_a_year(monkeypatch):
    monkeypatch.setattr(dates, "_DATE_ONLY", _Refuse())
    assert dates.date_only("Posted on Tuesday, the third of March") is None
    assert dates.date_only("[Read more](/archive/news)") is None


def test_date_only_still_reads_a_date_with_a_year():
    assert dates.date_only("Posted on March 3, 2009") == dt.date(2009, 3, 3)
    assert dates.date_only("Posted on March 3, 2009 in Sport") is None


def test_markdown_free_remembers_a_line():
    line = "## [**A line of my own for the test**](/made-up/story)"
    lineshapes.markdown_free.cache_clear()
    assert lineshapes.markdown_free(line) == "A line of my own for the test"
    assert lineshapes.markdown_free(line) == "A line of my own for the test"
    assert lineshapes.markdown_free.cache_info().hits == 1


def test_teaser_headline_shape_is_remembered_and_read_as_before():
    layout._teaser_headline_shaped.cache_clear()
    assert layout._teaser_headline_shaped("- Council approves budget for the new city parks")
    assert not layout._teaser_headline_shaped("The council approved the budget for the parks.")
    assert not layout._teaser_headline_shaped("council approves budget for parks")
    assert layout._teaser_headline_shaped("- Council approves budget for the new city parks")
    assert layout._teaser_headline_shaped.cache_info().hits == 1


def test_runs_on_is_remembered_for_a_pair_of_lines():
    layout.runs_on.cache_clear()
    assert layout.runs_on("The mayor said the plan would", "go ahead next spring.")
    assert not layout.runs_on("The mayor spoke.", "go ahead next spring.")
    assert layout.runs_on("The mayor said the plan would", "go ahead next spring.")
    assert layout.runs_on.cache_info().hits == 1


def test_front_matter_strings_are_remembered_and_written_as_yaml_dump_does():
    data = {"removed": [{"line": n, "kind": "boilerplate", "why": "a rule of my own: it's made up"} for n in (3, 4)]}
    frontmatter._string.cache_clear()
    expected = yaml.dump(data, Dumper=frontmatter._Dumper, sort_keys=False, allow_unicode=True,
                         width=frontmatter.WIDTH, default_flow_style=False)  # fmt: skip
    assert frontmatter.dump_yaml(data) == expected
    assert frontmatter._string.cache_info().hits == 2  # the second item's two strings
