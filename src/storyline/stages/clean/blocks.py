"""Boilerplate recognised by the shape of a block of lines, not by one line alone.

Reader comments, lists of teasers after the article and blocks of one-line
teasers look like prose line by line; their structure gives them away:

- :func:`comments`: after the body, a comments heading ("34 responses to ...")
  or a run of author and time-stamp lines ("joe says:", "2 days ago at 07:50 am")
  starts the comments, which run to the end of the page;
- :func:`tight_lists`: on a page whose paragraphs are separated by blank lines,
  three or more long lines with no blank line between them are a list;
- :func:`dated_teasers`: after the body, three or more teasers each with a title
  or author line over a date ("Wednesday November 20, 2019") are a list;
- :func:`author_notes`: among the last lines of the body, a note about the author
  ("Ann Lee is a staff writer ...") is no part of the article.

Each function takes the classified lines and the body region ``[start, end)``
and gives the lines it recognises a reason (:meth:`Line.assign`).

>>> from storyline.stages.clean.boilerplate import classify
>>> para = ("The minister said on Monday that the talks in Oslo would resume next week with "
...         "both delegations present, and that the mediators had asked the two sides to "
...         "prepare written proposals on elections, sanctions and the release of prisoners.")
>>> page = [para, "", para, "", "12 comments", "", "joe says:", "May 5, 2019 at 6:44 am",
...         "Nonsense, the talks will fail again soon.", "ann says:", "May 5, 2019 at 7:02 am",
...         "They never learn from history, do they?"]
>>> [ln.reason for ln in classify(page, "en")][2:6]
['comments', 'comments', 'metadata', 'comments']
"""

from __future__ import annotations

import re
from functools import cache
from statistics import median

from ... import resources
from .features import Line

_TIME = re.compile(
    r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?|months?|years?)\s+ago\b", re.I)
_AUTHOR = re.compile(r"^\S+(?: \S+){0,3} (?:says|said|wrote|writes|replied)\s*:?$", re.I)

#: Comment stamps needed, after the body, to recognise a comments section.
MIN_STAMPS = 3
#: Long lines without blank lines between them that make a list on a spaced page.
MIN_TIGHT = 3
#: Capitalised words opening a teaser line that starts with its headline, and the
#: stop-word share of its sentence (a row of a table has none).
TITLE_PREFIX, TEASER_STOP = 5, 0.2
#: Last kept lines of a page looked at for a note about the author, and its most words.
NOTE_LINES, NOTE_WORDS = 3, 80
#: Dated teasers that make a list, and the most lines from one date line to the next.
MIN_DATED, DATED_SPAN = 3, 6


def _stamp(line: Line) -> bool:
    """A comment's author line or time stamp."""
    return line.words <= 14 and bool(_AUTHOR.match(line.text) or _TIME.search(line.text))


def comments(lines: list[Line], start: int, end: int) -> int | None:
    """Reader comments after the body, up to the end of the page; the position in
    ``lines`` where they start (None: no comments)."""
    seen_body = False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.reason is None and line.body_like:
            seen_body = True
            continue
        if not seen_body:
            continue
        ahead = sum(_stamp(ln) for ln in lines[i + 1:i + 9])
        heading = line.cue == "comments" and line.words <= 15 and ahead >= 1
        run = _stamp(line) and sum(_stamp(ln) for ln in lines[i:i + 15]) >= MIN_STAMPS
        if heading or run:
            cut = i - 1 if run and i > start and lines[i - 1].words <= 3 else i
            for ln in lines[cut:]:
                ln.assign("comments")
            return cut
    return None


def _kept(line: Line) -> bool:
    return line.reason is None


def title_prefix(line: Line) -> int:
    """Capitalised words opening the line before the first long lowercase word."""
    n = 0
    for word in line.text.split()[:12]:
        capital = word[:1].isupper() or word[:1].isdigit()
        if not (capital or len(word) <= 3):
            break
        n += capital
    return n


def tight_lists(lines: list[Line], start: int, end: int) -> None:
    """Runs of long lines without blank lines between them that are teasers: on a page
    spaced by blank lines, or opening with a capitalised headline."""
    body = [ln for ln in lines[start:end] if _kept(ln) and ln.body_like]
    spaced = len(body) >= 2 and median(ln.gap for ln in body) >= 1
    run: list[Line] = []
    for line in lines[start:end] + [None]:  # type: ignore[list-item]
        if line is not None and _kept(line) and line.words >= 12 and (not run or line.gap == 0):
            run.append(line)
            continue
        headlines = sum(title_prefix(ln) >= TITLE_PREFIX for ln in run)
        # Even two in a row, when each opens with a headline over a sentence of prose.
        teasers = len(run) >= 2 and all(title_prefix(ln) >= TITLE_PREFIX
                                        and ln.stop >= TEASER_STOP for ln in run)
        if teasers or len(run) >= MIN_TIGHT and (spaced or 3 * headlines >= 2 * len(run)):
            for ln in run:
                ln.assign("related-list")
        run = [line] if line is not None and _kept(line) and line.words >= 12 else []


def _teaser_date(lines: list[Line], i: int) -> bool:
    """A short line ending in a date under a title or author line: a teaser's stamp."""
    line = lines[i]
    return (line.date_stamp and line.words <= 8 and i > 0 and lines[i - 1].headline_like
            and lines[i - 1].words <= 12 and not line.text.startswith(("—", "-", "–")))


def dated_teasers(lines: list[Line], start: int, end: int) -> None:
    """Teasers of other articles after the body, each a title, an author line and a
    date over an opening paragraph: from the first such teaser to the last."""
    body = next((i for i in range(start, end) if _kept(lines[i]) and lines[i].body_like), None)
    if body is None:
        return
    dates = [i for i in range(body + 1, len(lines)) if _teaser_date(lines, i)]
    run: list[int] = []
    for i in dates + [len(lines) + DATED_SPAN]:
        if run and i - run[-1] > DATED_SPAN:
            if len(run) >= MIN_DATED:
                break
            run = []
        run.append(i)
    if len(run) < MIN_DATED:
        return
    first = run[0] - 1
    while first - 1 > body and lines[first - 1].headline_like and first > run[0] - 3:
        first -= 1
    last = run[-1] + 1
    while last < len(lines) and lines[last].gap == 0:
        last += 1
    for ln in lines[first:last]:
        ln.assign("related-list")


@cache
def _author_note() -> re.Pattern[str]:
    return re.compile("|".join(resources.data_json("boilerplate.json")["author_notes"]))


def author_notes(lines: list[Line]) -> None:
    """A note about the author among the last kept lines of the page."""
    kept = [ln for ln in lines if _kept(ln)]
    for line in kept[-NOTE_LINES:]:
        if line.words <= NOTE_WORDS and _author_note().search(line.text):
            line.reason = "author-bio"
