"""The article's path through a page's lines: the best state of each line, given their scores.

Each line is before the article, in it, in a gap inside it (an advertisement, a share bar between
paragraphs), after it, or walled off by a comment section (under it, or above the article). A line
in the article adds its score; entering a gap and leaving it cost `GAP_COST` each, and coming back
to the article after a comment wall costs `WALL_COST`. A wall can be before or after the article,
never in it. What scores the lines, and what is read of the path afterwards, is `dossier.layout`'s.
"""

from __future__ import annotations

#: The path's states: before the article, in it, in a gap inside it, in a walled gap (under a comment
#: wall), after it, and walled before it (above the article, past a wall: read as before in the end).
BEFORE, ARTICLE, GAP, WALLED, AFTER, _WALLED_BEFORE = range(6)


#: The cost of entering a gap inside the article, and of leaving it.
GAP_COST = 3.0


#: The cost of coming back to the article after a comment wall: only a long stretch of article
#: text outweighs it (a "Comments (3)" link in a toolbar above the article, not the comments).
WALL_COST = 8.0


_NEVER = float("-inf")


def article_path(
    scores: list[float], walls: list[bool], headed: int | None = None, links: list[bool] | None = None
) -> list[int]:
    """Return the best state of each line (before, article, gap, walled gap, after, walled
    before) given the lines' scores and which lines are comment walls. When the article has begun
    by the line at index `headed` (the running text right under its headline), it begins after no
    comment wall below that line: what follows the comments is not the text the headline heads.
    A wall flagged in `links` (a link to the comments, "[1 Comment](#respond)", above all the page's
    running text) ends the article as any wall does, but above the article it is the post's counter
    or a menu's link, not the comments: the chrome above goes on past it, and a short post under it
    (one that cannot pay WALL_COST) is still found."""
    links = links or [False] * len(walls)
    prev = [0.0, _NEVER, _NEVER, _NEVER, _NEVER, _NEVER]
    back: list[tuple[int, ...]] = []
    for i, (score, wall, link) in enumerate(zip(scores, walls, links, strict=True)):
        # The best way into each state; on ties the line stays in the state it is in, so the
        # article extends over lines that score nothing either way only when it goes on after them.
        late = headed is not None and i > headed  # the headline's text has begun: no comments precede it
        into_article = max(
            (prev[ARTICLE], ARTICLE), (prev[BEFORE], BEFORE), (prev[GAP] - GAP_COST, GAP),
            (prev[WALLED] - WALL_COST, WALLED),
            (_NEVER if late else prev[_WALLED_BEFORE] - WALL_COST, _WALLED_BEFORE),
        )  # fmt: skip
        into_gap = max((prev[GAP], GAP), (prev[ARTICLE] - GAP_COST, ARTICLE))
        # A walled gap begins at a wall (from the article or a gap) and then goes on as chrome;
        # so does the chrome above the article once a wall has passed.
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
