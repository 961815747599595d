"""A file's resolution keys, read in one pass (`namecorpus.file_keys`), and `resolution_key`'s
order of tests: the same keys as the rule they stand for."""

from itertools import product

from dossier.entities import _keep, entities_of
from dossier.lexicon import HONORIFICS
from dossier.model import Entity, Mention
from dossier.namecorpus import file_keys, resolution_key, resolution_keys


def _rule(m: Mention) -> str:
    """The key as the rule says it: the span with its title for one word after an honorific."""
    title = m.cue[7:-1] if m.cue.startswith("title ") else None
    if not m.full or " " in m.text or title is None or title.lower() not in HONORIFICS:
        return m.text
    return m.full


def test_resolution_key_follows_the_rule_for_every_shape() -> None:
    texts = ["Doe", "Jane Doe"]
    fulls = ["", "Mr. Doe", "President Jane Doe"]
    cues = ["", "title 'Mr.'", "title 'President'", "capitalised span", "title 'Mrs.'"]
    for text, full, cue in product(texts, fulls, cues):
        m = Mention(text, "person", cue, full)
        assert resolution_key(m) == _rule(m), (text, full, cue)
    assert resolution_key(Mention("Doe", "person", "title 'Mr.'", "Mr. Doe")) == "Mr. Doe"
    assert resolution_key(Mention("Doe", "person", "title 'President'", "President Doe")) == "Doe"


def test_file_keys_gives_each_mention_own_key_and_the_file_key() -> None:
    brother = Mention("Doe", "person", "title 'Mullah'", "Mullah Doe", relative=True)
    again = Mention("Doe", "person", "title 'Mullah'", "Mullah Doe")
    plain = Mention("Doe", "person", "single word")
    mentions = [brother, again, plain]
    own, keys = file_keys(mentions)
    assert own == [resolution_key(m) for m in mentions] == ["Doe", "Doe", "Doe"]
    assert keys == resolution_keys(mentions) == ["Mullah Doe", "Mullah Doe", "Doe"]


def test_keep_and_entities_of_give_the_same_with_the_keys_given() -> None:
    brother = Mention("Doe", "person", "title 'Mullah'", "Mullah Doe", relative=True)
    mentions = [brother, Mention("Doe", "person", "title 'Mullah'", "Mullah Doe", start=True), brother]
    relative = Entity("Mullah Doe", "person")
    resolved = {"Mullah Doe": relative}
    keyed = file_keys(mentions)
    assert entities_of(resolved, mentions, keyed[1]) == entities_of(resolved, mentions) == [relative]
    assert _keep([relative], mentions, keyed=keyed) == _keep([relative], mentions)
    assert _keep([relative], mentions, keyed=keyed) == [relative]


def test_resolving_documents_reads_each_file_keys_once(monkeypatch) -> None:
    """`resolve_documents` reads a file's keys once and hands them to `Corpus.read` too, which read
    them again; the entities are those of reading them there."""
    from dossier import entities, namecorpus
    from dossier.registry import Registry

    docs = {
        "a": [Mention("Jane Doe", "person", "capitalised span"), Mention("Doe", "person", "title 'Mrs.'", "Mrs. Doe")],
        "b": [Mention("Acme Works", "organization", "capitalised span"), Mention("Doe", "person", "single word")],
    }
    expected = {doc: found.entities for doc, found in entities.resolve_documents(docs, Registry()).items()}
    calls: list[int] = []

    def counted(mentions: list[Mention]) -> tuple[list[str], list[str]]:
        calls.append(len(mentions))
        return file_keys(mentions)

    monkeypatch.setattr(entities, "file_keys", counted)
    monkeypatch.setattr(namecorpus, "file_keys", counted)
    found = entities.resolve_documents(docs, Registry())
    assert {doc: f.entities for doc, f in found.items()} == expected
    assert calls == [2, 2]
