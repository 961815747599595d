"""The fast paths of stage 1 give what the slow paths they skip would: each test checks the answer
and that the slow path was not taken (or that a remembered answer was reused)."""

from __future__ import annotations

import datetime as dt

from dossier import dates, discovery


class _Refuse:
    """Stands in for a pattern or a module that the fast path must not reach."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the slow path ran ({name})")


def test_date_only_skips_the_date_pattern_without_a_year(monkeypatch):
    monkeypatch.setattr(dates, "_DATE_ONLY", _Refuse())
    assert dates.date_only("Posted on Tuesday, the third of March") is None
    assert dates.date_only("[Read more](/archive/news)") is None


def test_date_only_still_reads_a_date_with_a_year():
    assert dates.date_only("Posted on March 3, 2009") == dt.date(2009, 3, 3)
    assert dates.date_only("Posted on March 3, 2009 in Sport") is None


def test_written_after_skips_the_search_without_a_small_letter_before(monkeypatch):
    body = "Tell Ramon the news.\nTell Ramon again. Ramon left."
    monkeypatch.setattr(discovery, "re", _Refuse())
    assert not discovery._written_after(body, r"[a-z,;]", "Tell Ramon")
    assert not discovery._written_after(body, r"[a-z,;]", "Nobody Here")


def test_written_after_finds_the_words_past_an_occurrence_at_the_start():
    body = " Tell Ramon opens this text, and then we tell Ramon ... no: we must Tell Ramon twice."
    assert discovery._written_after(body, r"[a-z,;]", "Tell Ramon")
    assert not discovery._written_after(body, r"[a-z,;]", "Tell Ramonx")
    assert discovery._written_after("They met in Ardena.", r"\b(?:in|near)", "Ardena")
    assert not discovery._written_after("They met Ardena.", r"\b(?:in|near)", "Ardena")
