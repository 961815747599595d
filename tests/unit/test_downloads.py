"""The downloads' CSV cells: scraped text must never run as a spreadsheet formula."""

import pytest

from dossier.downloads import _cell


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", '  =HYPERLINK("x")', "\u00a0=1"])
def test_a_cell_a_spreadsheet_would_run_starts_with_an_apostrophe(text: str) -> None:
    assert _cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Ann Lee", "a = b", "", "2008-01-02"])
def test_any_other_cell_is_written_as_it_is(text: str) -> None:
    assert _cell(text) == text


def test_no_value_is_an_empty_cell() -> None:
    assert _cell(None) == ""
