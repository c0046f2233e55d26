"""Tell an article's body from the page furniture around it, line by line.

Plain text scraped from a web page keeps the menus, cookie banners, ads,
appeals, captions and lists of links of the page. :func:`classify` decides for
every line whether it belongs to the body, is metadata (title, byline, date,
URL), or is boilerplate and why, from features of the line and its
neighbourhood (:mod:`storyline.stages.clean.features`):

1. each line is *good* (long, sentence-like, rich in stop words), *near*,
   *short* or *bad* (page-furniture cue words, links, no function words);
2. short and near lines take the class of their neighbours (as in jusText);
3. the body is the stretch of lines with the largest weight of good text;
4. inside it, lists of links with their teasers, captions, appeals to the
   reader and repeated lines are taken out; quote attributions are kept;
5. the headline, bylines, datelines and URL lines are set aside as metadata;
6. a page that is already clean text (no more than :data:`CLEAN_PAGE_FURNITURE`
   lines of page furniture after its first line: news copy, not a scraped page)
   keeps every line but that furniture and its metadata, whatever the block and
   neighbourhood steps made of them (a live blog's time stamps are no comments
   section, three paragraphs without blank lines between them no list of links).

>>> lines = classify(["Menu", "Home", "Sign up to our newsletter",
...     "Talks resumed on Monday in Oslo, where both delegations met the mediators for a "
...     "second round of discussions about elections and sanctions."], "en")
>>> [(ln.text[:5], ln.reason) for ln in lines]
[('Menu', 'navigation'), ('Home', 'navigation'), ('Sign ', 'newsletter'), ('Talks', None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from ... import resources
from ...inputs.repetition import line_key
from . import blocks
from .features import URL, Line, features, stopwords

#: Reason of a metadata line in ``Article.removed``.
METADATA = "metadata"

_LENGTH_LOW, _LENGTH_HIGH = 70, 200
_INLINE_COST = 10
#: Median words of a run of lines addressing the reader that a weak cue beside it
#: makes an appeal.
_APPEAL_WORDS = 20
#: Lines of at most this many words without closing punctuation are fragments, and
#: this many fragments in a row are a menu or a list of names.
_FRAGMENT_WORDS, _MENU_RUN = 4, 5
_CJK_LOW, _CJK_HIGH = 25, 80
_URL_LABEL = re.compile(r"^(original url|url|source|link|permalink|canonical)\s*:?\s*", re.I)
_BYLINE = re.compile(r"^(by|from|por|von|par|di|door|от|source:)\s+\S", re.I)
_CREDIT = re.compile(r"^(?:[a-z]{1,5}(?:/[a-z]{1,5})+\s*)?\(([^()]{2,60})\)$")
_DATE_WORDS = re.compile(
    r"\b(\d{1,4}|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|"
    r"thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|gmt|utc|[ecmp][sd]t|updated|"
    r"published|posted|modified|date)\b",
    re.I,
)
_HAS_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)
#: Characters at the end of a line searched for a closing credit, link or tag.
_TAIL = 120
#: A photo credit closing a caption: "(Reuters/Ann Lee)", "(Image: Getty)", "Credit: ESA".
_BRACKET_CREDIT = re.compile(
    r"[\[(](?:photo:?\s*)?[^\[\]()]{2,60}/[^\[\]()]{2,40}[\])]$|"
    r"[\[(]\s*(?:photo|image|picture|credit)s?\s*:[^\[\]()]{2,60}[\])]$|"
    r"\b(?:credit|photograph|photo)\s*:\s*[^.:()\[\]]{2,60}$", re.I)
#: A link to another article tagged with its kind: "... marmot [INSIGHT]".
_TAGGED_LINK = re.compile(r"\s\[\s*[A-Z]{3,}\s*\]\s*\|?$")
#: A numbered step or subheading ("2. Take inventory", "3) Drink water").
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
#: A line closing on a link, a hashtag or a handle: an embedded post, not a caption.
_ENDS_WITH_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|[#@])\S+$")
#: Longest caption recognised by its shape alone (no closing punctuation).
_CAPTION_WORDS = 30
_INLINE_LINK = re.compile(r"^(read (more|also|next)|see also|also read)\b", re.I)
_SEPARATED = re.compile(r"\s[|•·»–—-]\s")
_NAME = r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*"
_CREDIT_LINE = re.compile(rf"^{_NAME} / {_NAME}$")


def classify(
    texts: Sequence[str], language: str | None, repeated: frozenset[int] = frozenset()
) -> list[Line]:
    """Every non-blank line of a page with ``reason`` (None: body) and ``role`` (metadata).

    Args:
        texts: the page's lines (blank lines included: they count as gaps).
        language: ISO 639-1 code of the page, for stop-word density (None: unknown).
        repeated: keys (:func:`storyline.inputs.repetition.line_key`) of lines that other
            articles of the run repeat.
    """
    lines = features(list(texts), language)
    if not lines:
        return lines
    has_stops = bool(stopwords(language or ""))
    for line in lines:
        _initial(line, language, has_stops)
        if repeated and line_key(texts[line.index]) in repeated:
            line.kind, line.reason = "bad", line.reason or "repeated"
    if not any(line.kind == "good" for line in lines):
        # No paragraph is long enough to be sure: the best of the rest carry the body.
        for line in lines:
            if line.kind == "near":
                line.kind = "good"
    for i in _inline_links(lines):
        lines[i].kind = "inline"
    menus = _menu_runs(lines)
    _context(lines, menus)
    start, end = _region(lines)
    for i, line in enumerate(lines):
        if not start <= i < end:
            line.reason = line.reason or line.cue or _outside_reason(line, before=i < start)
        elif line.kind == "bad":
            line.reason = line.reason or line.cue or line.weak_cue or "low-text"
    _lists(lines, start, end)
    comments_at = blocks.comments(lines, start, end)
    blocks.tight_lists(lines, start, end)
    blocks.dated_teasers(lines, start, end)
    blocks.author_notes(lines)
    _appeals(lines)
    _captions(lines, start, end)
    _attributions(lines)
    _duplicates(lines)
    _metadata(lines, start)
    if clean_page(lines, comments_at):
        for line in lines:
            if line.role is None and line.reason not in (None, "repeated") \
                    and not furniture_line(line):
                line.reason = None
    return lines


#: Most lines of page furniture (after the first line) in a page taken as clean text.
CLEAN_PAGE_FURNITURE = 1
#: Fewest lines of prose (eight words or more, closing punctuation) of a page judged clean:
#: a short wire story or transcript excerpt has four or five (PolNeAR train: Breitbart's
#: UPI story and Ramos transcript, HuffPost's hashtag piece lost sentences with six).
CLEAN_PAGE_PROSE = 4
#: Capitalised words opening a line that make it a teaser under its headline.
_TEASER_PREFIX = 7
#: Most words of a line with a furniture cue that is furniture whatever else it says.
_CUE_LINE_WORDS = 8


def furniture_line(line: Line) -> bool:
    """Page furniture by the line alone: a link line, a fragment without closing
    punctuation, a caption closing on its credit, a teaser opening with its headline
    right under another line, or a furniture cue on a short line or one addressing the reader
    ("Follow @politico.", "Bloomberg via Getty Images."); not a sentence that
    mentions a cue word ("The donation was one of a half-dozen donations ...")."""
    if line.link > 0.5 or (not line.end_punct and line.words <= _FRAGMENT_WORDS * 2):
        return True
    if _BRACKET_CREDIT.search(line.text[-_TAIL:]) or _TAGGED_LINK.search(line.text[-_TAIL:]):
        return True  # a caption closing on its photo credit, a tagged link
    if line.gap == 0 and blocks.title_prefix(line) >= _TEASER_PREFIX:
        return True  # teasers in a block, each opening with its headline
    if line.cue and line.cue_at_start and (not line.end_punct or line.title_ratio >= 0.7):
        return True  # "READ MORE: US Recognises Guaido ...", a label over a link
    return bool(line.cue) and (line.words <= _CUE_LINE_WORDS or line.address >= 0.05)


def clean_page(lines: list[Line], comments_at: int | None = None) -> bool:
    """Whether a page is clean text already: at least :data:`CLEAN_PAGE_PROSE` lines
    of prose (a page shorter than that is too short to judge as a whole) and at most
    :data:`CLEAN_PAGE_FURNITURE` furniture lines after its first line (the headline).
    Scraped pages have menus, share bars and footers; news copy has a headline over
    paragraphs. Prose is counted before ``comments_at`` (where
    :func:`~storyline.stages.clean.blocks.comments` found reader comments): readers'
    sentences do not make a short article long enough to judge clean.

    >>> para = "Talks resumed on Monday in Oslo, where both delegations met again."
    >>> clean_page(features(["Talks resume"] + [para] * 8, "en"))
    True
    >>> clean_page(features(["Talks resume", "Menu", "Home"] + [para] * 8 + ["Share"], "en"))
    False
    >>> clean_page(features(["Talks resume"] + [para] * 8, "en"), comments_at=3)
    False
    """
    prose = sum(line.end_punct and line.words >= _CUE_LINE_WORDS
                for line in lines[1:comments_at])
    return (prose >= CLEAN_PAGE_PROSE
            and sum(furniture_line(line) for line in lines[1:]) <= CLEAN_PAGE_FURNITURE)


def _initial(line: Line, language: str | None, has_stops: bool) -> None:
    """First class of a line from its own features (jusText's context-free step)."""
    line.kind = "bad"
    if line.cue == "related-list" and line.words > 12 and not line.cue_at_start:
        line.cue = None
    if line.cue and (line.words <= 30 or line.address >= 0.04 or line.cue_at_start):
        line.reason = line.cue
        return
    if line.link > 0.5:
        line.reason = "navigation"
        return
    cjk = line.words > 0 and line.chars / line.words < 3.5 and not has_stops
    low, high = (_CJK_LOW, _CJK_HIGH) if cjk else (_LENGTH_LOW, _LENGTH_HIGH)
    if line.chars < low or line.headline_like:
        if line.weak_cue and line.words <= 4:
            line.reason = line.weak_cue
        else:
            line.kind = "short"
        return
    if not has_stops:
        line.kind = "good" if line.chars > high and line.end_punct else "near"
        return
    lo, hi = (0.30, 0.32) if language == "en" else (0.18, 0.22)
    if line.stop >= hi:
        line.kind = "good" if line.chars > high else "near"
    elif line.stop >= lo or (line.end_punct and line.words >= 8 and line.stop >= lo / 2):
        line.kind = "near"


def _neighbour(lines: list[Line], i: int, step: int, skip: tuple[str, ...]) -> str:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind not in skip:
            return lines[j].kind
        j += step
    return "bad"


_SHORT = ("short", "good-short", "bad-short", "inline")


def _context(lines: list[Line], menus: frozenset[int]) -> None:
    """Short and near lines take the class of their neighbours (jusText's second step);
    a long run of fragments (``menus``: a menu, a list of names) is no part of a paragraph."""
    for i in menus:
        lines[i].kind = "bad"
    for i, line in enumerate(lines):
        if line.kind != "short":
            continue
        prev = _neighbour(lines, i, -1, _SHORT + ("near",))
        nxt = _neighbour(lines, i, 1, _SHORT + ("near",))
        if prev == nxt == "good" or (_sentence(line) and "good" in (prev, nxt)):
            line.kind = "good-short"
        elif prev == "bad" and nxt == "bad":
            line.kind = "bad-short"
        elif "bad" in (prev, nxt):
            near_prev = _neighbour(lines, i, -1, _SHORT) == "near"
            near_next = _neighbour(lines, i, 1, _SHORT) == "near"
            good = (prev == "bad" and near_prev) or (nxt == "bad" and near_next)
            line.kind = "good-short" if good else "bad-short"
        else:
            line.kind = "good-short"
    for i, line in enumerate(lines):
        if line.kind != "near":
            continue
        prev = _neighbour(lines, i, -1, ("near", "good-short", "bad-short", "inline"))
        nxt = _neighbour(lines, i, 1, ("near", "good-short", "bad-short", "inline"))
        bad = prev == nxt == "bad" and not _prose_stretch(lines, i)
        line.kind = "bad-near" if bad else "good-near"
    for line in lines:
        line.kind = "good" if line.kind.startswith("good") else "bad"


def _menu_runs(lines: list[Line]) -> frozenset[int]:
    """Indexes of the lines in runs of at least ``_MENU_RUN`` fragments in a row."""
    out: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.words <= _FRAGMENT_WORDS and not line.end_punct:
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            out += run
        run = []
    if len(run) >= _MENU_RUN:
        out += run
    return frozenset(out)


def _prose_stretch(lines: list[Line], i: int) -> bool:
    """Line ``i`` is one of two or more sentences in a row, each too short to be sure of
    alone, that together make a paragraph's worth of prose (not teasers opening with a
    capitalised headline)."""
    j, k = i, i + 1
    while j > 0 and lines[j - 1].kind in ("near", "good-near", "bad-near"):
        j -= 1
    while k < len(lines) and lines[k].kind == "near":
        k += 1
    stretch = lines[j:k]
    return (len(stretch) >= 2
            and all(ln.end_punct and blocks.title_prefix(ln) < blocks.TITLE_PREFIX
                    for ln in stretch)
            and sum(ln.chars for ln in stretch) > _LENGTH_HIGH)


def _sentence(line: Line) -> bool:
    return line.end_punct and line.words >= 5 and not line.headline_like


def _weight(line: Line) -> float:
    if line.kind == "good":
        return min(line.chars, 1500) if line.words >= 8 else 0.0
    if line.cue or line.weak_cue or line.link > 0.5:
        return -max(line.chars, 60)
    if line.end_punct and line.words >= 8:
        return -0.3 * line.chars
    return -max(line.chars, 40)


def _weights(lines: list[Line]) -> list[float]:
    """Weights of the lines for the body region; an inline "Read more" link and its
    title line cost little, as they sit inside bodies."""
    weights = [_weight(line) for line in lines]
    for i in _inline_links(lines):
        weights[i] = -_INLINE_COST
    return weights


def _inline_links(lines: list[Line]) -> list[int]:
    """Indexes of inline "Read more:" labels and the (up to three) link titles after them."""
    out: list[int] = []
    for i, line in enumerate(lines):
        if _inline_link(line):
            out.append(i)
            j = i + 1
            while j < len(lines) and j <= i + 3 and lines[j].headline_like:
                out.append(j)
                j += 1
    return out


def _lenient_weight(line: Line) -> float:
    if _furniture(line) or line.words < 5:
        return -max(line.chars, 30)
    return line.chars


def _furniture(line: Line) -> bool:
    """A strong cue, a link line, or a weak cue ("latest", "watch") on a line that is no
    sentence: "This was the latest round of talks." is prose."""
    return bool(line.cue or line.link > 0.5 or line.weak_cue and not _sentence(line))


def _region(lines: list[Line]) -> tuple[int, int]:
    """``[start, end)`` of the run of lines with the largest total weight (the body).

    A page without a single paragraph of prose (results tables, lists) falls back
    to weighing every line of five words or more that is not page furniture.
    """
    best, span = _best_run(_weights(lines))
    if best < _LENGTH_HIGH:
        best, span = _best_run([_lenient_weight(line) for line in lines])
        for line in lines[span[0]:span[1]]:
            line.kind = "bad" if _furniture(line) else "good"
    return span


def _best_run(weights: list[float]) -> tuple[float, tuple[int, int]]:
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span


def _outside_reason(line: Line, before: bool) -> str:
    if line.weak_cue:
        return line.weak_cue
    if before:
        return "navigation" if line.words <= 8 else "header"
    return "footer"


def _is_list_head(line: Line) -> bool:
    """A heading over a block of links ("DW recommends", "Related content"), not a
    single "Read more" link."""
    return line.cue == "related-list" and line.words <= 6 and not _inline_link(line)


def _inline_link(line: Line) -> bool:
    """A "Read more:" / "Related:" label introducing one or two links inside a body."""
    if line.cue == "related-list" and _INLINE_LINK.match(line.text):
        return True
    return (line.words <= 3 and line.text.endswith(":")
            and "related-list" in (line.cue, line.weak_cue))


def _lists(lines: list[Line], start: int, end: int) -> None:
    """Lists of links to other articles, with their teasers, as whole blocks."""
    for i in range(start, end):
        line = lines[i]
        if line.words >= 4 and _TAGGED_LINK.search(line.text[-_TAIL:]):
            line.assign("related-list")
        if line.reason is None and line.date_stamp and line.words >= 6 and i > start:
            line.reason = "related-list"
            prev = lines[i - 1]
            if prev.reason is None and prev.headline_like:
                prev.reason = "related-list"
    i = start
    while i < len(lines):
        line = lines[i]
        opens = line.cue == "related-list" or _inline_link(line)
        if not opens or (i >= end and line.reason is None):
            i += 1
            continue
        line.reason = "related-list"
        j = i + 1
        if _is_list_head(line):
            while j < len(lines) and not _body_resumes(lines, j, len(lines)):
                lines[j].assign("related-list")
                j += 1
        else:
            # An inline "Read more: ..." link; a title line right after it goes with it.
            while j < end and lines[j].headline_like and not lines[j].end_punct:
                lines[j].assign("related-list")
                j += 1
        i = j



def _body_resumes(lines: list[Line], j: int, end: int) -> bool:
    """Two body paragraphs in a row at ``j``: a list of links has ended."""
    return j + 1 < end and lines[j].body_like and lines[j + 1].body_like


def _appeals(lines: list[Line]) -> None:
    """Runs of lines addressing the reader (we/our/you) around a donation, store or
    newsletter cue: the whole run is the appeal."""
    i = 0
    while i < len(lines):
        if not _addresses(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _addresses(lines[j]):
            j += 1
        # A weak cue ("share", "sign up") beside the run counts only for a run of short
        # lines; paragraphs of prose that address the reader need a cue of their own.
        short = median(ln.words for ln in lines[i:j]) <= _APPEAL_WORDS
        cues = [ln.cue or (ln.weak_cue if short else None)
                for ln in lines[max(0, i - 1):j + 1]] + [ln.weak_cue for ln in lines[i:j]]
        reason = next((r for r in _APPEALS if r in cues), None)
        if reason:
            for ln in lines[i:j]:
                if ln.role is None:
                    ln.reason = reason
        i = j


_APPEALS = ("donation-appeal", "newsletter", "cookie-banner", "ad", "social")


def _addresses(line: Line) -> bool:
    return line.address >= 0.05 and line.words >= 6 and not line.quoted


def _captions(lines: list[Line], start: int, end: int) -> None:
    """Photo and video captions inside the body: descriptive lines without closing
    punctuation between paragraphs (not numbered subheadings), and titles under a
    "Watch video" line."""
    body = [i for i in range(start, end) if lines[i].reason is None]
    first = body[0] if body else -1
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.reason == "video" and line.headline_like:
            line.assign("video")
        elif line.reason is None and (line.words <= 8 and line.weak_cue == "caption"
                                      or _BRACKET_CREDIT.search(line.text[-_TAIL:])):
            line.reason = "caption"
        elif line.words <= 6 and _CREDIT_LINE.search(line.text):
            line.assign("caption")
        elif (line.reason is None and start <= i < end and i != first and not line.end_punct
              and line.words >= 6 and line.title_ratio < 0.7 and not line.heading
              and not _NUMBERED.match(line.text) and not _ENDS_WITH_LINK.search(line.text[-_TAIL:])
              and line.words <= _CAPTION_WORDS
              and prev is not None and (prev.end_punct or prev.reason is not None or prev is
                                        lines[first]) and not line.ends_open):
            line.reason = "caption"


def _attributions(lines: list[Line]) -> None:
    """A short name line right after a quotation names its speaker: keep it."""
    for prev, line in zip(lines, lines[1:], strict=False):
        if (prev.quoted and prev.reason is None and line.reason is not None
                and line.reason not in ("metadata",) and line.cue is None
                and 1 <= line.words <= 8 and not line.end_punct and line.text[:1].isupper()):
            line.reason = None


def _duplicates(lines: list[Line]) -> None:
    """A body line repeating an earlier line of the page (teasers, pull quotes)."""
    seen: set[str] = set()
    for line in lines:
        key = line.text.casefold()
        if line.reason is None and line.words >= 4 and key in seen:
            line.reason = "duplicate"
        seen.add(key)


def wire_names() -> list[str]:
    """News agencies credited in bylines (``data/boilerplate.json``)."""
    return list(resources.data_json("boilerplate.json")["wires"])


def credit_of(text: str) -> str | None:
    """The wire credit of a byline line, or None.

    >>> credit_of("rc/amp (AP, dpa Reuters)")
    'AP, dpa, Reuters'
    >>> credit_of("By Reuters")
    'Reuters'
    """
    text = text.strip()
    m = _CREDIT.match(text)
    if m:
        inner = m.group(1)
        names = [w for w in wire_names() if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", inner)]
        if names:
            names.sort(key=inner.find)
            return ", ".join(names)
        return None
    m = _BYLINE.match(text)
    if m and len(text.split()) <= 8:
        return re.sub(r"\s+", " ", text[m.end() - 1:]).strip(" .,")
    return None


def is_date_line(text: str) -> bool:
    """A short line that is mostly a date (a dateline, "Updated ..." stamp).

    >>> is_date_line("July 25, 2019"), is_date_line("Talks resumed on July 25, 2019 in Oslo.")
    (True, False)
    """
    words = text.split()
    if not words or len(words) > 14 or not _HAS_DATE.search(text):
        return False
    dated = len(_DATE_WORDS.findall(text))
    return dated >= 2 and 2 * dated > len(words)


def url_of(text: str) -> str | None:
    """The URL a line consists of ("Original url: https://...", "<https://...>").

    >>> url_of("<https://www.dw.com/en/a-1>")
    'https://www.dw.com/en/a-1'
    """
    rest = _URL_LABEL.sub("", text.strip()).strip("<> ")
    m = URL.fullmatch(rest)
    return m.group(0).rstrip(".,)>") if m else None


def _metadata(lines: list[Line], start: int) -> None:
    """Headline, bylines, datelines, URL lines and site headers become metadata."""
    for line in lines:
        if line.reason is not None:
            continue
        if len(_SEPARATED.findall(line.text)) >= 2 and line.words <= 30 and not line.end_punct:
            line.role, line.reason = "header", METADATA
        break
    body = [i for i, ln in enumerate(lines) if ln.reason is None]
    first = body[0] if body else len(lines)
    for i, line in enumerate(lines):
        role = None
        if url_of(line.text) or (_URL_LABEL.fullmatch(line.text) and i + 1 < len(lines)
                                 and url_of(lines[i + 1].text)):
            role = "url"
        elif credit_of(line.text) and (line.reason is not None or line.words <= 6):
            role = "byline"
        elif is_date_line(line.text) and (line.reason is not None or i < first
                                          or line.words <= 8):
            role = "date"
        elif i < first and len(_SEPARATED.findall(line.text)) >= 2 and line.words <= 30:
            role = "header"
        if role and not line.role:
            line.role, line.reason = role, METADATA
    for i, line in enumerate(lines):
        near = lines[max(0, i - 1):i] + lines[i + 1:i + 2]
        if line.role == "date" and any(n.role == "byline" for n in near):
            line.role = "byline-date"
    title = _title(lines, first)
    if title is not None:
        title.role, title.reason = "title", METADATA


def _title(lines: list[Line], first: int) -> Line | None:
    """The headline: a markdown heading, or the last title-like line before the body
    (preferring one the page header repeats)."""
    head = lines[:first]
    for line in head:
        if line.heading and line.words >= 2:
            return line
    candidates = [ln for ln in head if ln.role is None and ln.headline_like
                  and ln.words >= 3 and ln.cue is None and ln.link < 0.5]
    if not candidates:
        return None
    others = [ln.text.casefold() for ln in head]
    echoed = [c for c in candidates
              if sum(c.text.casefold() in o for o in others) >= 2]
    if echoed:
        return echoed[-1]
    last = candidates[-1]
    return last if first - head.index(last) <= 4 else None
