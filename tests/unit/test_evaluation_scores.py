"""How `evaluate` scores a file's fields (dossier/evaluation.py): right, invented and wrong."""

from dossier.evaluation import Score, score_file

LINES = ["Storm hits coast", "", "The storm hit the coast on Friday."]


def _figures(gold: dict, out: dict) -> dict:
    score = Score()
    score_file({"title_lines": [1], **gold}, LINES, {"body": LINES[2], **out}, score)
    return score.figures()


def test_a_value_other_than_the_gold_one_is_wrong_and_none_is_only_missing():
    wrong = _figures({"publisher": "Harbour Ledger"}, {"publisher": "Harbour Wire"})
    missing = _figures({"publisher": "Harbour Ledger"}, {"publisher": None})
    assert (wrong["publisher"], wrong["publisher_wrong"]) == (0.0, 1)
    assert (missing["publisher"], missing["publisher_wrong"]) == (0.0, 0)


def test_a_value_the_text_does_not_state_is_not_scored_but_a_wrong_one_still_counts():
    gold = {"publisher": "Harbour Ledger", "found_in_file": {"publisher": False}}
    assert _figures(gold, {"publisher": "Harbour Wire"})["publisher_wrong"] == 1
    assert _figures(gold, {"publisher": "The Harbour Ledger"})["publisher_wrong"] == 0
    assert _figures(gold, {"publisher": "Harbour Wire"})["publisher"] is None


def test_a_value_where_the_page_has_none_is_invented_not_wrong():
    figures = _figures({"publisher": None}, {"publisher": "Harbour Wire"})
    assert (figures["publisher_invented"], figures["publisher_wrong"]) == (1, 0)


def test_one_entity_on_two_pages_of_one_file_is_split_in_that_file():
    gold = {"entities": [{"name": "Robert De Varga", "type": "person", "aliases": ["De Varga"]}]}
    two = [{"name": "Robert De Varga", "type": "person"}, {"name": "De Varga", "type": "person"}]
    one = [{"name": "Robert De Varga", "type": "person", "aliases": ["De Varga"]}]
    assert _figures(gold, {"entities": two})["entities_split_in_file"] == 1
    assert _figures(gold, {"entities": one})["entities_split_in_file"] == 0


def test_an_entity_whose_every_mention_is_on_a_line_that_is_no_article_text_is_a_chrome_entity():
    lines = [
        "Bridge opens at last",  # 1 title
        "Weather | Tom Vell Prize | Contact",  # 2 chrome
        "",
        "Mayor Jane Orrin opened the bridge on Friday.",  # 4 body
        "Photo: Ada Quill",  # 5 not scored (a caption)
        "Orrin thanked the Harbour Board and Pell Works.",  # 6 body
        "Pell Works | Sign in",  # 7 chrome, removed by cleaning
        "More from the Harbour Board",  # 8 chrome
    ]
    gold = {"title_lines": [1], "boilerplate_lines": [2, 7, 8], "meta_lines": [5]}
    names = ["Tom Vell", "Jane Orrin", "Ada Quill", "Harbour Board", "Pell Works", "Ann Rove"]
    out = {
        "body": "\n".join(lines[i - 1] for i in (2, 4, 5, 6, 8)),
        "removed": [{"line": 1, "text": lines[0], "reason": "title"}, {"line": 7, "text": lines[6], "reason": "menu"}],
        "entities": [{"name": n, "type": "other", "aliases": ["Orrin"] if n == "Jane Orrin" else []} for n in names],
    }
    from dossier.evaluation import chrome_entities

    # Tom Vell is on a menu, Ada Quill on a caption; the Harbour Board is on chrome and in the
    # body; Pell Works on a line cleaning removed and in the body; Ann Rove nowhere (not counted).
    assert chrome_entities(gold, lines, out) == [("Tom Vell", [2]), ("Ada Quill", [5])]
    score = Score()
    score_file(gold, lines, out, score)
    assert score.figures()["chrome_entities"] == 2 / 6
    assert chrome_entities({**gold, "lines_labelled": False}, lines, out) == []


def test_a_body_line_kept_without_its_invisible_soft_hyphen_is_kept():
    # Ingestion drops soft hyphens (U+00AD); the gold line still holds one.
    lines = ["Storm hits coast", "", "The storm hit the coast\u00ad on Friday."]
    score = Score()
    score_file({"title_lines": [1]}, lines, {"body": "The storm hit the coast on Friday."}, score)
    assert score.figures()["body"] == 1.0


def test_the_headline_removed_proxy_empties_the_headline_lines_only(tmp_path):
    from dossier.evaluation import headline_removed

    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    (articles / "a.txt").write_text("Menu\nStorm hits coast\nBy Jane Roe\nThe storm hit the coast.\n", encoding="utf-8")
    (gold / "a.yaml").write_text("title: Storm hits coast\ntitle_lines: [2]\n", encoding="utf-8")
    (articles / "b.txt").write_text("The storm hit the coast.\n", encoding="utf-8")
    (gold / "b.yaml").write_text("title: null\ntitle_lines: []\n", encoding="utf-8")
    into = headline_removed(articles, gold, tmp_path / "proxy")
    # every other line stays at its number, so the gold's line numbers still hold
    assert (into / "a.txt").read_text(encoding="utf-8") == "Menu\n\nBy Jane Roe\nThe storm hit the coast.\n"
    assert not (into / "b.txt").exists()  # a page with no headline line has nothing to remove
