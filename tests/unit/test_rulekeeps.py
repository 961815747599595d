"""Unit tests for dossier.rulekeeps: lines a line rule took that their shape and place give back."""

from __future__ import annotations

from dossier.clean import clean_lines

INTRO = "Our series on small presses goes on this week with three more studios from the city."
ITEM = "The studio prints its booklets by hand on a machine it bought second hand in the nineties."


def _kept(lines: list[str]) -> set[str]:
    return {line.text for line in clean_lines(lines).kept}


def test_an_items_own_link_after_more_is_kept():
    lines = [INTRO, "", ITEM, "More: http://example.org/studio", "", ITEM.replace("booklets", "posters")]
    assert "More: http://example.org/studio" in _kept(lines)


def test_a_read_more_link_and_a_more_teaser_still_go():
    lines = [
        INTRO,
        "",
        ITEM,
        "",
        "Read more: http://example.org/news/story-123",
        "More: Three studios that closed this year",
    ]
    kept = _kept(lines)
    assert "Read more: http://example.org/news/story-123" not in kept
    assert "More: Three studios that closed this year" not in kept


GUIDE = [
    "Brows frame the face, and the right product makes all the difference to how they sit.",
    "BROW GEL/CLEAR MASCARA",
    "Thin in texture, a gel is the go-to for grooming: brush the hairs up and out from the inner corner.",
    "BROW WAX",
    "Coarser hair demands a thicker product, and a wax helps shape the most stubborn arches.",
]


def test_a_slashed_heading_in_capitals_among_capitals_headings_is_kept():
    assert "BROW GEL/CLEAR MASCARA" in _kept(GUIDE)


def test_a_slashed_heading_with_no_other_capitals_heading_stays_a_credit():
    lines = [GUIDE[0], "BROW GEL/CLEAR MASCARA", GUIDE[2], GUIDE[4]]
    assert "BROW GEL/CLEAR MASCARA" not in _kept(lines)


def test_a_credit_in_capitals_among_capitals_headings_still_goes():
    lines = [*GUIDE[:2], "SAUL LOEB/AFP", *GUIDE[2:]]
    assert "SAUL LOEB/AFP" not in _kept(lines)


CAPTIONS = [
    "A girl dressed for the parade meets other costumed revellers downtown. (Jane Roe/AFP/Getty Images)",
    "A mother carries her baby dressed up for the parade in the rain. (Jane Roe/AFP/Getty Images)",
    "A man in a pumpkin head waits in a shopping mall during the evening. (Ann Lee/AFP/Getty Images)",
]


def _gallery(captions: list[str]) -> list[str]:
    return [INTRO, *(line for caption in captions for line in ("", caption))]


def test_a_gallerys_captions_written_as_sentences_with_their_credits_are_kept():
    assert set(CAPTIONS) <= _kept(_gallery(CAPTIONS))


def test_one_credited_caption_in_a_story_stays_a_caption():
    assert CAPTIONS[0] not in _kept([INTRO, "", CAPTIONS[0], "", ITEM])


def test_a_gallerys_caption_under_a_hard_wrapped_paragraph_is_kept():
    wrapped = ["The ministry said the parade would go ahead on Saturday while police", "closed the roads.", ""]
    assert CAPTIONS[0] in _kept([*wrapped, CAPTIONS[0], "", *_gallery(CAPTIONS[1:])])


def test_a_gallerys_caption_over_the_first_paragraph_still_goes():
    assert CAPTIONS[0] not in _kept([CAPTIONS[0], *_gallery(CAPTIONS[1:])])


def test_a_credit_in_brackets_after_a_short_label_still_goes():
    assert "Parade float. (Jane Roe/AFP/Getty Images)" not in _kept(
        _gallery(["Parade float. (Jane Roe/AFP/Getty Images)", *CAPTIONS])
    )


def test_a_labelled_caption_with_its_credit_still_goes():
    caption = "Media caption The mayor explains why the parade was moved to the harbour this year. (Video by Jane Roe)"
    assert caption not in _kept(_gallery([caption, *CAPTIONS]))
