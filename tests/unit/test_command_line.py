"""What the command line says about a mistake in its own arguments, before it reads anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.cli import UsageError, _evaluation_sets, build_parser


def test_a_mistyped_set_is_named_as_such_even_without_the_corpora(tmp_path: Path) -> None:
    args = build_parser().parse_args(["evaluate", "--set", "real-tunes", "--corpora", str(tmp_path)])
    with pytest.raises(UsageError, match=r"^--set real-tunes: no such evaluation set \(known: seeds, .*entities"):
        _evaluation_sets(args)


def test_a_real_set_whose_archive_is_missing_names_the_folder(tmp_path: Path) -> None:
    args = build_parser().parse_args(["evaluate", "--set", "dragnet-page-tune", "--corpora", str(tmp_path)])
    with pytest.raises(UsageError, match="none of the corpus archives"):
        _evaluation_sets(args)
