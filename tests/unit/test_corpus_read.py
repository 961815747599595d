"""`Corpus.read`'s per-file facts, each read in the pass that reads the file's keys: the role titles
before a spelling (an honorific's are not kept there), the spellings the words around them place,
and the names a last word closes (every word capitalised, read once per spelling)."""

from dossier.model import Mention
from dossier.namecorpus import Corpus


def _docs() -> dict[str, list[Mention]]:
    return {
        "a": [
            Mention("Jane Doe", "person", "title 'President'", "President Jane Doe"),
            Mention("Doe", "person", "title 'Mrs.'", "Mrs. Doe"),
            Mention("Dallas", "place", "place before"),
            Mention("Dallas", "place", "gazetteer"),
            Mention("Plano", "place", "place before"),
            Mention("Aston Villa", "organization", "capitalised span"),
            Mention("Bank of Spain", "organization", "capitalised span"),
        ],
        "b": [
            Mention("Plano", "place", "place before"),
            Mention("Aston Villa", "organization", "capitalised span"),
            Mention("Plano", "person", "speaker after"),
        ],
    }


def test_a_role_title_is_kept_for_its_spelling_an_honorific_is_not() -> None:
    corpus = Corpus.read(_docs())
    assert dict(corpus.titles["a"]) == {"Jane Doe": {"President"}}
    assert dict(corpus.titles["b"]) == {}


def test_a_work_s_title_written_elsewhere_is_no_role_title() -> None:
    # the cue "title written elsewhere" (a quoted work's name) holds no "title '...'"
    docs = {"a": [Mention("Lanterns of the Northern Sea", "other", "title written elsewhere")]}
    assert dict(Corpus.read(docs).titles["a"]) == {}


def test_a_spelling_placed_by_every_mention_of_a_file_is_only_placed_there() -> None:
    corpus = Corpus.read(_docs())
    assert corpus.placed_in["a"] == {"Dallas", "Plano"}
    assert corpus.only_placed["a"] == {"Plano"}  # "Dallas" is read once by the gazetteer alone
    assert corpus.placed_in["b"] == {"Plano"}
    assert corpus.only_placed["b"] == set()  # "Plano said": a speaker there


def test_a_last_word_closes_the_names_whose_every_word_is_capitalised() -> None:
    corpus = Corpus.read(_docs())
    assert dict(corpus.closing["a"]) == {"Doe": {"Jane Doe", "Mrs. Doe"}, "Villa": {"Aston Villa"}}  # not "of Spain"
    assert dict(corpus.closing["b"]) == {"Villa": {"Aston Villa"}}


def test_the_keys_given_are_the_keys_read() -> None:
    docs = _docs()
    keys = {doc: [m.full if m.cue == "title 'Mrs.'" else m.text for m in found] for doc, found in docs.items()}
    assert Corpus.read(docs, keys) == Corpus.read(docs)
