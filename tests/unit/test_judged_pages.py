"""The judged set (`evaluate --set judged-tune`): entity pages judged by hand, counted as names,
not-names, names lost and pages nobody judged (dossier/judgedpages.py, dossier/evaluation.py)."""

from pathlib import Path

import yaml

from dossier.cli import _at_most
from dossier.evaluation import evaluate_groups
from dossier.judgedpages import judged_groups

JUDGED = {
    "groups": {
        "harbour": {
            "set": "town-tune",
            "pages": ["a1", "a2"],
            "verdicts": {"Mara Quill": "name", "Harbour Board": "name", "Read More": "chrome", "Tidewell": "name"},
        }
    }
}
# What the analysis of the group gives each file: one page judged a not-name ("Read More"), one
# page nobody judged ("Sunday Brunch"); "Tidewell", judged a name, is on no page any more.
PAGES = {
    "a1": [{"name": "Mara Quill", "type": "person"}, {"name": "Read More", "type": "organization"}],
    "a2": [{"name": "the Harbour Board", "type": "organization"}, {"name": "Sunday Brunch", "type": "event"}],
}


def _score(tmp_path: Path):
    articles = tmp_path / "sets" / "town-tune" / "articles"
    articles.mkdir(parents=True)
    for stem in PAGES:
        (articles / f"{stem}.txt").write_text("Mara Quill spoke to the Harbour Board.\n", encoding="utf-8")
    labels = tmp_path / "judged.yml"
    labels.write_text(yaml.safe_dump(JUDGED), encoding="utf-8")
    groups = judged_groups(labels, tmp_path / "sets")

    def run(paths: list[Path]) -> dict:
        return {p: {"body": "", "entities": PAGES[p.stem]} for p in paths}

    return groups, evaluate_groups(groups, run)


def test_a_judged_group_is_read_as_one_corpus_of_its_pages(tmp_path: Path):
    groups, _ = _score(tmp_path)
    assert [p.stem for p, _ in groups["harbour"]] == ["a1", "a2"]


def test_a_page_judged_a_not_name_is_counted_among_the_judged_pages(tmp_path: Path):
    figures = _score(tmp_path)[1].figures()
    # judged pages built now: Mara Quill, Read More, Harbour Board (matched without its "the")
    assert figures["judged_pages"] == 3
    assert figures["not_names_clusters"] == figures["not_names_worst_cluster"] == 1 / 3


def test_a_judged_name_no_page_holds_now_is_lost(tmp_path: Path):
    score = _score(tmp_path)[1]
    assert score.figures()["names_lost"] == 1
    assert "harbour: lost tidewell" in score.judged_rows()


def test_a_page_nobody_judged_is_reported_and_counted_neither_way(tmp_path: Path):
    score = _score(tmp_path)[1]
    figures = score.figures()
    assert figures["pages_unjudged"] == 1
    assert "harbour: unjudged sunday brunch" in score.judged_rows()
    assert "body" not in figures and "entity_recall" not in figures  # nothing else is labelled


def test_every_verdict_in_the_judged_file_is_a_name_or_a_kind_of_not_name():
    table = yaml.safe_load((Path(__file__).parents[1] / "realpages" / "judged.yml").read_text(encoding="utf-8"))
    kinds = {"name", "chrome", "everyday", "technical", "fragment", "fused", "opener", "heading", "other"}
    for group in table["groups"].values():
        assert group["set"].endswith("-tune") and group["pages"]
        assert all(isinstance(name, str) and verdict in kinds for name, verdict in group["verdicts"].items())


def test_names_lost_and_not_name_shares_are_held_as_maxima_by_the_floors():
    assert _at_most("names_lost") and _at_most("not_names_clusters") and _at_most("not_names_worst_cluster")
    assert not _at_most("judged_pages") and not _at_most("body")
