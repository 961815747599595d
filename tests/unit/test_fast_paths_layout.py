"""The layout's and the headline's readings written for speed (session 57) give what the readings
they replace gave: the article's path with its ties, a line asked once whether it answers the
post, a page's box of highlights read once for both askers; session 58: a page's numbered comment
titles read once for both layout readings, and the runs of flags of a page without one."""

from __future__ import annotations

import random

from dossier import headlines, layout, linescores
from dossier.articlepath import _NEVER, AFTER, ARTICLE, BEFORE, GAP, GAP_COST, WALL_COST, WALLED, article_path

_WALLED_BEFORE = 5


def _reference_path(
    scores: list[float], walls: list[bool], headed: int | None = None, links: list[bool] | None = None
) -> list[int]:
    """`article_path` as sessions 22-56 wrote it: each state's best way in the `max` of (score,
    state) tuples, the larger state first on equal scores (a reference, kept on purpose)."""
    links = links or [False] * len(walls)
    prev = [0.0, _NEVER, _NEVER, _NEVER, _NEVER, _NEVER]
    back: list[tuple[int, ...]] = []
    for i, (score, wall, link) in enumerate(zip(scores, walls, links, strict=True)):
        late = headed is not None and i > headed
        into_article = max(
            (prev[ARTICLE], ARTICLE), (prev[BEFORE], BEFORE), (prev[GAP] - GAP_COST, GAP),
            (prev[WALLED] - WALL_COST, WALLED),
            (_NEVER if late else prev[_WALLED_BEFORE] - WALL_COST, _WALLED_BEFORE),
        )  # fmt: skip
        into_gap = max((prev[GAP], GAP), (prev[ARTICLE] - GAP_COST, ARTICLE))
        if wall:
            into_walled = max((prev[WALLED], WALLED), (prev[GAP], GAP), (prev[ARTICLE] - GAP_COST, ARTICLE))
            into_walled_before = (
                (prev[_WALLED_BEFORE], _WALLED_BEFORE)
                if link
                else max((prev[_WALLED_BEFORE], _WALLED_BEFORE), (prev[BEFORE], BEFORE))
            )
        else:
            into_walled = (prev[WALLED], WALLED)
            into_walled_before = (prev[_WALLED_BEFORE], _WALLED_BEFORE)
        into_after = max((prev[AFTER], AFTER), (prev[ARTICLE], ARTICLE), (prev[GAP], GAP), (prev[WALLED], WALLED))
        back.append((BEFORE, into_article[1], into_gap[1], into_walled[1], into_after[1], into_walled_before[1]))
        prev = [
            _NEVER if wall and not link else prev[BEFORE],
            _NEVER if wall else into_article[0] + score,
            _NEVER if wall else into_gap[0],
            into_walled[0],
            into_after[0],
            into_walled_before[0],
        ]
    state = max(range(len(prev)), key=lambda s: (prev[s], s == AFTER))
    path = []
    for step in reversed(back):
        path.append(state)
        state = step[state]
    return [BEFORE if state == _WALLED_BEFORE else state for state in path[::-1]]


def test_article_path_is_the_reference_path_ties_included():
    """Scores drawn from a few values (whole numbers, the costs themselves) make equal totals
    common: every tie must go to the state the tuples' order gave it."""
    rng = random.Random(57)
    values = [0.0, 1.0, -1.0, 2.0, -2.0, GAP_COST, -GAP_COST, WALL_COST, -WALL_COST, 0.5, 5.0]
    for _ in range(6000):
        n = rng.randint(1, 30)
        scores = [rng.choice(values) for _ in range(n)]
        walls = [rng.random() < 0.15 for _ in range(n)]
        links = [rng.random() < 0.5 for _ in range(n)] if rng.random() < 0.5 else None
        headed = rng.randrange(n) if rng.random() < 0.5 else None
        assert article_path(scores, walls, headed, links) == _reference_path(scores, walls, headed, links)


def test_a_line_is_asked_once_whether_it_answers_the_post(monkeypatch):
    """`_end_at_post_answer` asks `is_post_answer` of a line at most once, and ends the article
    where asking twice ended it (the answers drawn at random, the same for a line each time)."""
    rng = random.Random(56)
    for _ in range(3000):
        n = rng.randint(1, 25)
        path = [rng.choice([BEFORE, ARTICLE, ARTICLE, ARTICLE, GAP, WALLED, AFTER]) for _ in range(n)]
        prose = [rng.random() < 0.7 for _ in range(n)]
        texts = [f"line {i}" for i in range(n)]
        answers = {t: rng.random() < 0.3 for t in texts}
        praises = {t: rng.random() < 0.2 for t in texts}
        asked: list[str] = []

        def is_post_answer(text: str, asked: list[str] = asked, answers: dict[str, bool] = answers) -> bool:
            asked.append(text)
            return answers[text]

        monkeypatch.setattr(layout, "is_post_answer", is_post_answer)
        monkeypatch.setattr(layout, "praises_post", lambda t, praises=praises: praises[t])
        expected_path = list(path)
        expected = _reference_end_at_post_answer(expected_path, texts, prose, answers, praises)
        got_path = list(path)
        assert layout._end_at_post_answer(got_path, texts, prose) == expected
        assert got_path == expected_path
        assert len(asked) == len(set(asked))


def _reference_end_at_post_answer(
    path: list[int], texts: list[str], prose: list[bool], answers: dict[str, bool], praises: dict[str, bool]
) -> list[int]:
    """Session 56's loop, asking a line twice (a reference, kept on purpose)."""
    seen, found, praise, count = 0, None, None, 0
    for i, state in enumerate(path):
        if state == WALLED and seen:
            break
        answer = state in (ARTICLE, GAP) and seen >= layout.FINAL_WALL_MIN_PROSE and prose[i] and answers[texts[i]]
        found = i if found is None and answer else found
        alone = state in (ARTICLE, GAP) and seen >= layout.PRAISE_MIN_PROSE and prose[i] and praises[texts[i]]
        praise = i if praise is None and alone else praise
        count += praise is not None and state in (ARTICLE, GAP) and prose[i] and answers[texts[i]]
        seen += state == ARTICLE and prose[i]
    else:
        found = praise if count >= layout.PRAISED_ANSWERS_MIN else None
    if found is None:
        return []
    layout._end_path(path, found, WALLED)
    return [found]


def test_a_pages_highlights_are_read_once(monkeypatch):
    """The headline's search and the title's reader ask `highlight_lines` of the same lines: the
    second asking gets the first's set without reading the lines again; other lines, or the same
    list changed in place, are read afresh."""
    lines = ["Storm hits coast", "Story highlights", "Winds reach 90 mph", "Thousands lose power", "", "The storm..."]
    first = headlines.highlight_lines(lines)
    assert first == {2, 3, 4, 6}
    monkeypatch.setattr(headlines, "_HIGHLIGHTS_HEADING", None)  # a second reading would fail
    assert headlines.highlight_lines(list(lines)) is first
    monkeypatch.undo()
    lines[1] = "Key points"
    assert headlines.highlight_lines(lines) == {2, 3, 4, 6}
    assert headlines.highlight_lines(["Key points", "One point", "Two"]) == {1, 2, 3}


def test_a_pages_recurring_labels_are_read_once(monkeypatch):
    """The headline's search and the title's reader both ask `recurring_lines` of the same lines:
    the second asking gets the first's set without normalising every line again; other lines are
    read afresh."""
    lines = ["Guide to the vote", *["The official account", "A claim of the campaign."] * 5]
    first = headlines.recurring_lines(lines)
    assert first == {2, 4, 6, 8, 10} | {3, 5, 7, 9, 11}

    def never(text: str) -> str:
        raise AssertionError("the lines were read again")

    monkeypatch.setattr(headlines, "normalise_line", never)
    assert headlines.recurring_lines(list(lines)) is first
    monkeypatch.undo()
    assert headlines.recurring_lines(lines[:5]) == set()


def test_a_pages_numbered_comment_titles_are_read_once(monkeypatch):
    """Both layout readings ask `comment_titles` of the same lines: the second asking gets the
    first's set without matching every line again; other lines are read afresh."""
    lines = ["2: I have said for years that", "I have said for years that it leaks.", "",
             "3: The engineers should have been", "The engineers should have been asked."]  # fmt: skip
    first = layout.comment_titles(lines)
    assert first == {1, 4}
    monkeypatch.setattr(layout, "_NUMBERED_TITLE", None)  # a second reading would fail
    assert layout.comment_titles(list(lines)) is first
    monkeypatch.undo()
    assert layout.comment_titles(lines[:2]) == set()  # one title alone is none


class _UnreadFlags(list):
    """Flags that may be read in C as a whole (`any`), not one by one."""

    def __getitem__(self, i):
        raise AssertionError("a flag was read one by one")


def test_runs_of_flags_none_true_reads_no_flag_one_by_one():
    assert list(linescores._runs_of(_UnreadFlags([False] * 50), 3)) == []
    assert list(linescores._runs_of([False, True, True, True, False], 3)) == [(1, 4)]


def test_a_lines_comment_counter_buttons_and_pingback_are_read_once(monkeypatch):
    """Both layout readings ask each line whether it counts comments, holds a comment's buttons
    or is a pingback: the second asking of a line is answered without reading it again."""
    from dossier import comments

    counter, buttons, pingback = "58 Comments", "[Reply] 58", "[...] read on at the 58th blog [...]"
    assert comments.counts_comments(counter)
    assert comments.is_button_line("ReplyDelete")
    assert comments.is_pingback(pingback)
    assert not comments.is_button_line(buttons)
    for pattern in ("_COUNTED_HEADING", "_ACTIONS", "_VOTES", "WORD"):
        monkeypatch.setattr(comments, pattern, None)  # a second reading would fail
    assert comments.counts_comments(counter)
    assert comments.is_button_line("ReplyDelete")
    assert comments.is_pingback(pingback)
    assert not comments.is_button_line(buttons)
