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
    b, a, g, w, f, wb = 0.0, _NEVER, _NEVER, _NEVER, _NEVER, _NEVER  # the best score into each state
    back: list[tuple[int, ...]] = []
    # (Each best way in is the largest (score, state) pair, written out as comparisons in the order of
    # the states: on equal scores the larger state wins, as comparing the pairs decides. The pairs
    # were tuples built and compared by `max`, five times a line.)
    for i, (score, wall, link) in enumerate(zip(scores, walls, links, strict=True)):
        # The best way into each state; on ties the line stays in the state it is in, so the
        # article extends over lines that score nothing either way only when it goes on after them.
        late = headed is not None and i > headed  # the headline's text has begun: no comments precede it
        # into the article: from BEFORE (0), ARTICLE (1), GAP (2), WALLED (3), _WALLED_BEFORE (5)
        ia, ia_from = b, BEFORE
        if a >= ia:
            ia, ia_from = a, ARTICLE
        if g - GAP_COST >= ia:
            ia, ia_from = g - GAP_COST, GAP
        if w - WALL_COST >= ia:
            ia, ia_from = w - WALL_COST, WALLED
        v = _NEVER if late else wb - WALL_COST  # (still a candidate when late: it wins a tie at _NEVER)
        if v >= ia:
            ia, ia_from = v, _WALLED_BEFORE
        # into a gap: from ARTICLE (1) or GAP (2)
        ig, ig_from = (g, GAP) if g >= a - GAP_COST else (a - GAP_COST, ARTICLE)
        # A walled gap begins at a wall (from the article or a gap) and then goes on as chrome;
        # so does the chrome above the article once a wall has passed.
        if wall:
            iw, iw_from = ig, ig_from  # (a gap's best way in, or the walled gap's own)
            if w >= iw:
                iw, iw_from = w, WALLED
            if link or wb >= b:
                iwb, iwb_from = wb, _WALLED_BEFORE
            else:
                iwb, iwb_from = b, BEFORE
        else:
            iw, iw_from = w, WALLED
            iwb, iwb_from = wb, _WALLED_BEFORE
        # after the article: from ARTICLE (1), GAP (2), WALLED (3), AFTER (4)
        ie, ie_from = a, ARTICLE
        if g >= ie:
            ie, ie_from = g, GAP
        if w >= ie:
            ie, ie_from = w, WALLED
        if f >= ie:
            ie, ie_from = f, AFTER
        back.append((BEFORE, ia_from, ig_from, iw_from, ie_from, iwb_from))
        b = _NEVER if wall and not link else b
        a = _NEVER if wall else ia + score
        g = _NEVER if wall else ig
        w, f, wb = iw, ie, iwb
    prev = [b, a, g, w, f, wb]
    state = max(range(len(prev)), key=lambda s: (prev[s], s == AFTER))
    path = []
    for step in reversed(back):
        path.append(state)
        state = step[state]
    return [BEFORE if state == _WALLED_BEFORE else state for state in path[::-1]]
