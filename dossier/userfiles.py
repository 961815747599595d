"""Reading the files a user writes (the entity registry, rule and outlet tables, mkdocs.yml): a
mistake is told in one line naming the file, the line and what is wrong, never as a traceback.

`read_yaml` raises `UserFileError` for a file that is missing, unreadable or not YAML;
`unknown_keys` names each key the tool does not know, with the closest one it does; `shown_path`
names a file as the user reaches it from where they run the command.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import yaml

from .ingest import SourceError, read_regular_file
from .markup import load_yaml
from .yamlload import YAMLLimitError

#: A user's table (the registry, rules, outlets) is read whole into memory: 16 MiB holds some
#: 200,000 entities.
MAX_USER_FILE_BYTES = 16 * 1024 * 1024

#: The keys of each kind of entry, as the readers of these files use them.
ENTITY_KEYS = ("name", "type", "aliases", "description", "same_as", "reviewed")
REGISTRY_KEYS = ("entities", "ignore")
RULE_KEYS = ("name", "pattern", "removes", "max_words", "kind", "case_sensitive")
PUBLISHER_KEYS = ("name", "domains", "aliases", "kind")


#: Set by build_dossier.py for the MkDocs build it starts, to the registry whose warnings it has
#: printed already: the plugin does not print them a second time.
CHECKED_ENV = "DOSSIER_REGISTRY_CHECKED"


class UserFileError(ValueError):
    """A user's file that cannot be read, in one line: `path: line N: what is wrong`."""


def shown_path(path: Path | str) -> str:
    """Name a file as the user reaches it: relative to the working folder when it lies under it
    (`docs/notes/x.md`, as stage 1 names `seeds/x.txt`), else as given. MkDocs makes `docs_dir`
    absolute and names a page by its path under it (`notes/x.md`), neither of which the user typed."""
    path, here = Path(path), Path.cwd()
    for seen in (path.absolute(), path.resolve()):  # the working folder is resolved; a path may not be
        if seen.is_relative_to(here):
            return seen.relative_to(here).as_posix()
    return str(path)


def yaml_problem(exc: yaml.YAMLError, line_offset: int = 0) -> str:
    """Describe a YAML error in one line: "line 4, column 7: found ... (while parsing ...)"."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context, opened = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    where = f"line {mark.line + 1 + line_offset}, column {mark.column + 1}: " if mark else ""
    if context and opened is not None and mark is not None and opened.line != mark.line:
        context += f" that starts on line {opened.line + 1 + line_offset}"  # where the mistake usually is
    return f"{where}not valid YAML: {problem}" + (f" ({context})" if context else "")


def read_text(path: Path, what: str) -> str:
    """Read a user's text file: a regular file (a FIFO would block the read) of at most
    MAX_USER_FILE_BYTES, in UTF-8 (a link to a file is followed: it is the user's own choice)."""
    if not path.exists():
        raise UserFileError(f"{path}: no such file ({what})")
    if path.is_dir():
        raise UserFileError(f"{path}: is a folder, not a file ({what})")
    try:
        return read_regular_file(path.resolve(), MAX_USER_FILE_BYTES).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserFileError(f"{path}: not UTF-8 text (byte {exc.start}) ({what})") from exc
    except (SourceError, OSError) as exc:
        raise UserFileError(f"{path}: {exc} ({what})") from exc


def read_yaml(path: Path, what: str) -> tuple[Any, dict[tuple, int]]:
    """Read a user's YAML file: return its data and the line of each key (see `key_lines`)."""
    text = read_text(path, what)
    try:
        return load_yaml(text), key_lines(text)
    except YAMLLimitError as exc:  # an alias bomb: not read at all
        raise UserFileError(f"{path}: not read: {exc} ({what})") from exc
    except yaml.YAMLError as exc:
        raise UserFileError(f"{path}: {yaml_problem(exc)}") from exc


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's own tags (!ENV, !relative, !!python/name:...) as plain values."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_AnyTagLoader.add_multi_constructor("!", _any_tag)
_AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def check_mkdocs_config(path: Path) -> dict[str, Any]:
    """Check that an MkDocs configuration file exists and is YAML, before any work is done; return
    its settings."""
    text = read_text(path, "the MkDocs configuration; pass --config FILE")
    try:
        data = yaml.load(text, Loader=_AnyTagLoader)  # noqa: S506 (a SafeLoader that keeps tags as plain values)
    except yaml.YAMLError as exc:
        raise UserFileError(f"{path}: {yaml_problem(exc)}") from exc
    if not isinstance(data, dict):
        raise UserFileError(f"{path}: an MkDocs configuration is a mapping of settings (site_name: ...)")
    return data


#: Opens the path under which `key_lines` files a key written twice in one mapping.
REPEATED = "\0repeated"


def key_lines(text: str) -> dict[tuple, int]:
    """Return the line (1-based) of every mapping key in a YAML text, by its path of keys and list
    positions: ("entities", 0, "type") is the `type:` key of the first entry under `entities:`.
    A key written again in its mapping is at its last line (YAML keeps its last value), and its
    earlier lines are keys too, (REPEATED, earlier line, *path) -> the next line it is written at
    (see `repeated_keys`)."""
    lines: dict[tuple, int] = {}
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    # Without recursion (libyaml allows 1,000 levels of nesting, Python's stack about as many
    # calls); an alias is walked where it is used, as many times as `load_yaml` allowed it.
    stack: list[tuple[yaml.Node | None, tuple]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    here = (*path, key.value)
                    if here in lines:  # (each earlier line: a key may be written three times)
                        lines[(REPEATED, lines[here], *here)] = key.start_mark.line + 1
                    lines[here] = key.start_mark.line + 1
                    stack.append((value, here))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[(*path, i)] = item.start_mark.line + 1
                stack.append((item, (*path, i)))
    return lines


def unknown_keys(
    entry: Any, known: Collection[str], where: str, lines: Mapping[tuple, int] | None = None, path: tuple = ()
) -> list[str]:
    """Name each key of a mapping that is not one of `known`, with the closest known key."""
    if not isinstance(entry, Mapping):
        return []
    problems = []
    for key in entry:
        if key in known:
            continue
        line = (lines or {}).get((*path, key))
        close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
        problems.append(f"{where}{f': line {line}' if line else ''}: unknown key {str(key)!r} ({hint}); ignored")
    return problems


def check_entries(
    data: Any, known: Collection[str], where: str, lines: Mapping[tuple, int], path: tuple = ()
) -> list[str]:
    """Name the unknown keys of every mapping in a list of entries."""
    if not isinstance(data, list):
        return []
    return [p for i, entry in enumerate(data) for p in unknown_keys(entry, known, where, lines, (*path, i))]


def check_outlets(data: Any, where: str, lines: Mapping[tuple, int]) -> list[str]:
    """Name what an outlet table holds that is not read: unknown keys, an entry that is not a
    mapping with a name, a name or kind that is not text, domains or aliases that are not text
    (a list of them, or one). `publishers.load_publishers` passes over the same."""
    if data is None:
        return []
    if not isinstance(data, list):
        return [f"{where}: an outlet table is a list of outlets (name, domains, aliases, kind); not read"]
    problems = check_entries(data, PUBLISHER_KEYS, where, lines)
    for i, entry in enumerate(data):
        at = f"{where}{f': line {line}' if (line := lines.get((i,))) else ''}: outlet {i + 1}"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            problems.append(f"{at} needs a name that is text; ignored")
            continue
        for key in ("kind", "domains", "aliases"):
            value = entry.get(key)
            items = value if isinstance(value, list) and key != "kind" else [value]
            if value is not None and not all(isinstance(v, str) for v in items):
                shape = "text" if key == "kind" else "text or a list of text"
                problems.append(f"{at}: {key} of {entry['name']!r} must be {shape}; what is not is ignored")
    return problems


def repeated_keys(where: str, lines: Mapping[tuple, int]) -> list[str]:
    """Name each key written twice in one mapping: YAML keeps the last value and drops the rest
    (an entity page's entries pasted below a second `ignore:` key left the first list unread)."""
    return [
        f"{where}: line {path[1]}: {'.'.join(map(str, path[2:]))!r} is written again at line {again}: "
        "only the last is read; put what each holds under one"
        for path, again in lines.items()
        if path and path[0] == REPEATED
    ]


def check_registry(data: Any, where: str, lines: Mapping[tuple, int]) -> list[str]:
    """Name the unknown keys of an entity registry (a mapping with `entities:`, or a bare list)
    and the keys written twice."""
    if isinstance(data, Mapping):
        return (
            repeated_keys(where, lines)
            + unknown_keys(data, REGISTRY_KEYS, where, lines)
            + check_entries(data.get("entities"), ENTITY_KEYS, where, lines, ("entities",))
        )
    return repeated_keys(where, lines) + check_entries(data, ENTITY_KEYS, where, lines)
