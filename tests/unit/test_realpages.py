"""dossier.realpages: real pages rendered as scrapers render them, with the gold carried onto lines.

The pages here are written by hand in the corpora's formats (an L3S-GN1 page with its labelled
spans, a Dragnet page with its gold text); no text of the corpora is used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import realpages as rp

L3S_PAGE = """<html><head><title>Bridge closed - Local - Example Gazette</title></head><body>
<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
<h1><span class="x-nc-sel1">Bridge closed after cracks found</span></h1>
<p class="date"><span class="x-nc-sel3">January 9, 2008</span></p>
<p><span class="x-nc-sel2">The council closed the old bridge on Tuesday after engineers found cracks.</span></p>
<p><span class="x-nc-sel2">Buses will be rerouted until the spring, officials said.</span></p>
<div><span class="x-nc-sel4">More local news</span></div>
<div><span class="x-nc-sel5">I warned them years ago. Posted by Ann</span></div>
</body></html>"""


def test_a_labelled_page_renders_one_block_per_line_with_the_label_of_its_span():
    lines, counts = rp.render_page(L3S_PAGE, labelled=True)
    labels = {line: rp._l3s_label(c) for line, c in zip(lines, counts, strict=True) if line}
    assert labels == {
        "Bridge closed - Local - Example Gazette": rp.META,  # the <title> element
        "Home": rp.CHROME,  # outside every span
        "News": rp.CHROME,
        "Bridge closed after cracks found": rp.TITLE,
        "January 9, 2008": rp.META,  # supplemental
        "The council closed the old bridge on Tuesday after engineers found cracks.": rp.BODY,
        "Buses will be rerouted until the spring, officials said.": rp.BODY,
        "More local news": rp.CHROME,  # related content
        "I warned them years ago. Posted by Ann": rp.CHROME,  # a comment
    }


def test_a_page_renders_as_html_text_renders_it():
    html_text = pytest.importorskip("html_text")
    page = "<html><body><div>One <b>two</b></div><p>Three, four.</p><ul><li>Five</li></ul></body></html>"
    ours = [line for line in rp.render_page(page)[0] if line]
    theirs = [line for line in html_text.extract_text(page).split("\n") if line]
    assert ours == theirs


def test_lines_are_labelled_by_aligning_their_words_with_the_gold_text():
    lines = ["Home | News | Sport", "", "The council closed the old bridge on Tuesday.", "Share this",
             "Buses will be rerouted until the spring, officials said.", "Great article!"]  # fmt: skip
    gold = "The council closed the old bridge on Tuesday.\n\nBuses will be rerouted until the spring, officials said."
    labels = rp.label_by_content(lines, gold, comments="Great article!")
    assert labels == [rp.CHROME, None, rp.BODY, rp.CHROME, rp.BODY, rp.CHROME]


def test_a_page_renders_as_markdown_with_its_links_and_without_its_scripts():
    pytest.importorskip("markdownify")
    page = (
        "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        '<ul><li><a href="/news">News</a></li></ul><h1>Bridge closed</h1><p>The council <b>closed</b> it.</p>'
        '<img src="a.jpg" alt="A bridge"></body></html>'
    )
    lines = [line for line in rp.markdown_text(page).split("\n") if line.strip()]
    assert lines == ["* [News](/news)", "# Bridge closed", "The council **closed** it.", "![A bridge](a.jpg)"]


def test_markdown_lines_are_aligned_by_the_words_a_reader_sees():
    line = "The council [closed the old bridge](https://example.com/news/council-bridge-closure) on Tuesday."
    assert rp.visible_text(line) == "The council closed the old bridge on Tuesday."
    assert rp.visible_text("[![Logo](/logo.png)](/)").strip() == ""
    gold = "The council closed the old bridge on Tuesday."
    assert rp.label_by_content([rp.visible_text(line)], gold) == [rp.BODY]


def test_a_markdown_line_of_images_alone_is_not_scored():
    pytest.importorskip("markdownify")
    pytest.importorskip("trafilatura")
    html = '<html><body><p>The council closed the bridge after cracks.</p><p><img src="a.jpg"></p><p><a href="/">Home</a></p></body></html>'
    page = rp.Page("dragnet", "p1", "example.com", html, "The council closed the bridge after cracks.", "", [])
    markdown = rp.render_by_content(page)["markdown"]
    labels = {line: label for line, label in zip(markdown.lines, markdown.labels, strict=True) if line.strip()}
    assert labels == {
        "The council closed the bridge after cracks.": rp.BODY,
        "![](a.jpg)": rp.META,
        "[Home](/)": rp.CHROME,
    }


@pytest.mark.parametrize(
    "title", ["Bridge closed after cracks | Example Blog", "Example Blog » Bridge closed after cracks"]
)
def test_the_headline_the_gold_counts_as_text_is_not_scored_whichever_part_of_the_title_it_is(title):
    pytest.importorskip("trafilatura")
    html = (
        f"<html><head><title>{title}</title></head><body><p>Bridge closed after cracks</p>"
        "<p>The council closed the bridge after engineers found cracks on Tuesday.</p></body></html>"
    )
    gold = "Bridge closed after cracks\nThe council closed the bridge after engineers found cracks on Tuesday."
    page = rp.Page("dragnet", "p1", "example.com", html, gold, "", rp._headline_of(html))
    whole = rp.render_by_content(page)["page"]
    labels = {line: label for line, label in zip(whole.lines, whole.labels, strict=True) if line.strip()}
    assert labels["Bridge closed after cracks"] == rp.META
    assert labels["The council closed the bridge after engineers found cracks on Tuesday."] == rp.BODY


def test_a_line_only_partly_in_the_gold_is_not_scored():
    lines = ["The council closed the old bridge on Tuesday. Click here to subscribe to our daily newsletter now"]
    gold = "The council closed the old bridge on Tuesday."
    assert rp.label_by_content(lines, gold) == [rp.UNPLACED]


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("January 9, 2008", True),
        ("Posted by Ann Roe", True),
        ("By Jane Doe, Staff Writer", True),
        ("Updated 10/30/12 4:15 PM", True),
        ("The council met on January 9, 2008, to vote on the closure of the bridge and other matters.", False),
        ("Buses will be rerouted until the spring.", False),
    ],
)
def test_date_and_byline_lines_are_metadata(line, meta):
    assert rp.is_metadata_line(line) is meta


def test_a_site_is_its_canonical_host_or_the_host_most_links_name():
    assert rp.site_of('<link rel="canonical" href="https://www.bbc.co.uk/news/1">') == "bbc.co.uk"
    links = '<a href="http://ad.doubleclick.net/x">ad</a>' * 5 + '<a href="http://www.example.com/a">a</a>' * 2
    assert rp.site_of(links) == "example.com"  # ad servers are on every site
    assert rp.site_of('<a href="https://jane.blogspot.com/p">p</a>') == "jane.blogspot.com"


def test_every_site_is_in_one_part_only():
    assert {rp.part_of("example.com") for _ in range(3)} == {rp.part_of("example.com")}
    parts = {rp.part_of(f"site{i}.com") for i in range(40)}
    assert parts == {"tune", "scored"}


HEADLINE = "Bridge closed after cracks found"


def _labelled(tmp_path: Path, text: str, date: str = "null") -> tuple[Path, Path]:
    """A converted page R1 holding `text`, and a label file that puts HEADLINE on its line 3."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "R1.txt").write_text(text)
    labels = tmp_path / "metadata.yml"
    labels.write_text(
        f"dragnet/R1:\n  title: {{page: 3, reader: null, digest: {rp.title_digest(HEADLINE)}}}\n"
        f"  publisher: Example Gazette\n  date: {date}\n  author: null\n  in_page: [publisher]\n"
    )
    return labels, articles


def test_a_hand_labelled_title_is_read_from_its_line_when_the_digest_matches(tmp_path: Path):
    labels, articles = _labelled(tmp_path, f"Menu\n\n{HEADLINE}\n\nThe council closed it.\n", "2008-01-09")
    gold = rp.hand_labels(labels, "dragnet-page-tune", articles)["R1"]
    assert gold["title"] == HEADLINE
    assert gold["publisher"] == "Example Gazette"
    # The date is not stated in the text: not scored. No author: scored, so one found is invented.
    assert gold["found_in_file"] == {"publisher": True, "date": False, "author": True, "title": True}
    moved = tmp_path / "moved.yml"
    moved.write_text(f"dragnet/R1:\n  title: {{page: 1, digest: {rp.title_digest(HEADLINE)}}}\n")
    moved_gold = rp.hand_labels(moved, "dragnet-page-tune", articles)["R1"]
    assert moved_gold["title"] is None and moved_gold["found_in_file"]["title"] is False  # not scored


def test_a_readability_page_is_labelled_under_its_test_name_and_read_by_readability_sets_only(tmp_path: Path):
    # Readability's page ids are its test names, dashes and all ("news-2"): the key is
    # "readability/<test name>", and a Dragnet set holding a file of that name does not take it.
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "news-2.txt").write_text(f"Menu\n{HEADLINE}\n\nThe council closed it.\n")
    labels = tmp_path / "metadata.yml"
    labels.write_text(
        f"readability/news-2:\n  title: {{page: null, reader: 2, digest: {rp.title_digest(HEADLINE)}}}\n"
        "  publisher: Example Gazette\n  date: 2015-03-18\n  author: null\n  in_reader: [date]\n"
    )
    gold = rp.hand_labels(labels, "readability-reader-tune", articles)["news-2"]
    assert gold["title"] == HEADLINE and gold["date"] == "2015-03-18"
    assert gold["found_in_file"] == {"publisher": False, "date": True, "author": True, "title": True}
    assert rp.hand_labels(labels, "dragnet-reader-tune", articles) == {}


@pytest.mark.parametrize(("annotated", "expected"), [(None, HEADLINE), ("Another headline", None)])
def test_a_hand_labelled_headline_fills_only_an_l3s_page_its_annotators_gave_none(
    tmp_path: Path, annotated: str | None, expected: str | None
):
    articles = tmp_path / "l3s-gn1-page-tune" / "articles"
    articles.mkdir(parents=True)
    (articles / "p1.txt").write_text(f"Menu\n\n{HEADLINE}\n\nThe council closed it.\n")
    (tmp_path / "l3s-gn1-page-tune" / "gold").mkdir()
    (tmp_path / "l3s-gn1-page-tune" / "gold" / "p1.yaml").write_text(f"title: {annotated or 'null'}\n")
    labels = tmp_path / "metadata.yml"
    labels.write_text(f"l3s-gn1/p1:\n  title: {{page: 3, reader: null, digest: {rp.title_digest(HEADLINE)}}}\n")
    gold = rp.hand_labels(labels, "l3s-gn1-page-tune", articles)["p1"]
    assert gold.get("title") == expected
    # An entry that labels only the headline leaves publisher, date and author to the gold file.
    assert set(gold["found_in_file"]) == ({"title"} if expected else set())


def test_a_hand_labelled_title_is_found_in_the_markdown_rendering_by_the_words_a_reader_sees(tmp_path: Path):
    # The labels give the headline's line in the page and reader renderings only; the Markdown
    # rendering of the same page shows it as a heading and a link, and states what the page does.
    page = "* [Home](/)\n\n# [Bridge closed after **cracks** found](/story/1)\n\nThe council closed it.\n"
    labels, articles = _labelled(tmp_path, page)
    gold = rp.hand_labels(labels, "dragnet-markdown-tune", articles)["R1"]
    assert gold["title"] == HEADLINE
    assert gold["found_in_file"] == {"publisher": True, "date": True, "author": True, "title": True}


@pytest.mark.parametrize("marker", ["!@#$%^&*()  COMMENTS", "!@#$%^&*() COMMENTS\r", "!@#$%$%^&*()  COMMENTS"])
def test_dragnets_comments_are_split_off_at_its_marker_however_it_was_typed(tmp_path: Path, marker: str):
    import io
    import tarfile

    page = b"<html><body><p>The council closed the bridge.</p><p>I warned them. Ann</p></body></html>"
    gold = f"The council closed the bridge.\n{marker}\nI warned them. Ann\n".encode()
    archive = tmp_path / "dragnet.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        for name, data in (("dragnet/input/R1.html", page), ("dragnet/GoldStandard/R1.txt", gold)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (read,) = rp.read_corpus(archive)
    assert "warned" not in read.gold and "COMMENTS" not in read.gold
    assert read.comments.strip() == "I warned them. Ann"


def test_the_labelling_spans_inside_a_title_are_no_words_of_the_page():
    html = '<html><head><title><SPAN class="x-nc-sel2">Storm hits coast - Harbour Ledger</SPAN></title></head><body><p>Text.</p></body></html>'
    lines, _ = rp.render_page(html, labelled=True)
    assert lines[0] == "Storm hits coast - Harbour Ledger"


def test_converted_sets_are_keyed_by_the_archives_content_not_their_time(tmp_path, monkeypatch):
    """A fresh copy of the same archive (a new time stamp) reuses its converted sets; an archive
    whose bytes changed is converted again."""
    import os

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    converted = []

    def fake_convert(corpora, work, jobs):
        work.mkdir(parents=True)
        (work / "summary.json").write_text("{}")
        converted.append(work)

    monkeypatch.setattr(rp, "convert", fake_convert)
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    archive = corpora / "l3s-gn1.tar.xz"
    archive.write_bytes(b"one archive")
    first = rp.prepare(corpora)
    os.utime(archive, (1, 1))  # copied again: same bytes, another time
    assert rp.prepare(corpora) == first
    assert len(converted) == 1
    archive.write_bytes(b"another one")
    assert rp.prepare(corpora) != first
    assert len(converted) == 2


def test_the_converter_reads_a_non_utf8_file_as_detection_does_not_as_seeds_are_read():
    # The converted sets' cache key does not follow ingest's code: a corpus file must read the same
    # on a fresh machine as in an existing cache, whatever seeds' decoding comes to prefer.
    from charset_normalizer import from_bytes

    from dossier.ingest import decode_bytes

    data = "Caf\xe9 owners in Z\xfcrich said the rules were \u201cna\xefve\u201d, Andr\xe9 said.\n".encode("cp1252")
    assert decode_bytes(data)[0] != str(from_bytes(data).best())  # the two readings differ here
    assert rp._decode(data) == str(from_bytes(data).best())


def test_the_tune_sites_fall_in_two_halves_apart_from_the_tune_and_scored_split():
    assert {rp.half_of("example.com") for _ in range(3)} == {rp.half_of("example.com")}
    tune = [s for s in (f"site{i}.com" for i in range(80)) if rp.part_of(s) == "tune"]
    assert {rp.half_of(s) for s in tune} == {"read", "check"}  # a second hash, not the first one again


def test_evaluate_scores_only_the_articles_a_keep_test_accepts(tmp_path: Path):
    from dossier.evaluation import evaluate

    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    for stem, site in (("a", "one.com"), ("b", "two.com")):
        (tmp_path / "articles" / f"{stem}.txt").write_text("A line of text.\n", encoding="utf-8")
        (tmp_path / "gold" / f"{stem}.yaml").write_text(f"site: {site}\nboilerplate_lines: []\n", encoding="utf-8")
    seen: list[str] = []

    def run(paths):
        seen.extend(p.stem for p in paths)
        return {p: {"body": "A line of text.", "entities": []} for p in paths}

    evaluate(tmp_path / "articles", tmp_path / "gold", run, keep=lambda g: g["site"] == "two.com")
    assert seen == ["b"]


def test_each_lost_article_line_and_removed_chrome_line_is_counted_under_its_rule():
    from dossier.evaluation import Score, score_file

    lines = ["Home | News", "The council met on Tuesday to vote.", "It passed the budget.", "Share this"]
    gold = {"boilerplate_lines": [1, 4]}
    out = {
        "body": "It passed the budget.",
        "entities": [],
        "removed": [
            {"line": 1, "text": lines[0], "reason": "navigation: menus"},
            {"line": 2, "text": lines[1], "reason": 'related-list: item under "Top stories" (12 items)'},
        ],
    }
    score = Score()
    score_file(gold, lines, out, score)
    assert score.by_rule == {
        ("navigation: menus", "chrome"): 1,
        ("related-list: item under", "body"): 1,
        ("(gone, no rule named)", "chrome"): 1,  # the share line: not in the body, no rule named
    }
    out["body"] = ""
    out["removed"] = []
    fresh = Score()
    score_file(gold, lines, out, fresh)
    assert fresh.by_rule[("(kept, cut or merged)", "body")] == 2
    assert fresh.rule_rows()[0].split() == ["2", "0", "(kept,", "cut", "or", "merged)"]


def test_each_metadata_value_is_counted_under_the_rule_that_gave_it():
    from dossier.evaluation import Score, score_file

    lines = ["Budget passes - The Town Post", "Budget passes", "The council met on Tuesday to vote."]
    out = {
        "body": lines[2],
        "entities": [],
        "title": "Budget passes",
        "publisher": "Town Post",
        "author": "Ann Lee",
        "date": None,
        "provenance": {
            "title": {"line": 2, "rule": "page-title-shown"},
            "publisher": {"line": 1, "rule": "page-title-site"},
            "author": {"line": 3, "rule": "byline"},
        },
    }
    gold = {"title": "Budget passes", "publisher": "The Town Post", "date": "2008-01-02", "author": None}
    score = Score()
    score_file(gold, lines, out, score)
    assert score.by_field_rule == {
        ("title", "page-title-shown", "right"): 1,
        ("publisher", "page-title-site", "right"): 1,
        ("date", "-", "missed"): 1,
        ("author", "byline", "invented"): 1,
    }
    gold["publisher"] = "The City Herald"
    wrong = Score()
    score_file(gold, lines, out, wrong)
    row = next(r for r in wrong.field_rule_rows() if r.endswith("page-title-site"))
    assert row.split()[:5] == ["publisher", "right", "0", "wrong", "1"]
