"""Features of the lines of a scraped page, for boilerplate removal.

Each non-blank line of a page becomes a :class:`Line` carrying what the
classifier in :mod:`storyline.stages.clean.boilerplate` decides from: length, words,
stop-word density in the page's language, closing punctuation, title-case
ratio, link density, how much it addresses the reader, cue words of page
furniture (cookie, newsletter, share, ...), a trailing date stamp, and the
blank lines before it.

>>> line = features(["We use cookies to improve our service for you."], "en")[0]
>>> line.cue, line.words
('cookie-banner', 9)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ... import resources
from ...language import stopwords

#: Markdown links ``[text](target)`` and autolinks ``<https://...>``.
MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")
AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.U)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_END = re.compile(r"[.!?。！？…:;][\"'”’»)\]]*$|[\"”»]$")
_QUOTE_OPEN = "\"“„«‘'"
_QUOTE_CLOSE = "\"”“»’'"
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”»]")
#: Page-furniture cues are looked for in the first this many characters of a line.
CUE_CHARS = 300
_ADDRESS = frozenset({"we", "our", "us", "you", "your", "ours", "yours"})
_DATE_STAMP = re.compile(
    r"(\(?\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)?|\b\d{4}-\d{2}-\d{2}|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\s*\)?$",
    re.I,
)


#: Reasons that only say where a line is; a more specific reason replaces them.
VAGUE = (None, "low-text", "footer", "header", "navigation", "caption")


@dataclass
class Line:
    """One non-blank line of a page and its features.

    ``kind`` and ``reason`` start empty and are filled by the classifier:
    ``kind`` is one of good, near, short, bad; ``reason`` says why a line is
    removed (None: kept in the body).
    """

    index: int
    text: str
    gap: int
    heading: bool
    words: int
    chars: int
    stop: float
    end_punct: bool
    title_ratio: float
    link: float
    address: float
    cue: str | None
    weak_cue: str | None
    date_stamp: bool
    quoted: bool
    cue_at_start: bool
    ends_open: bool
    kind: str = ""
    reason: str | None = None
    role: str | None = None

    def assign(self, reason: str) -> None:
        """Give this line ``reason`` unless it already has a more specific one."""
        if self.reason in VAGUE and self.role is None:
            self.reason = reason

    @property
    def body_like(self) -> bool:
        """A paragraph of prose: long enough, closing punctuation, no furniture cue."""
        return (self.kind == "good" and self.end_punct and not self.headline_like
                and not self.date_stamp and self.cue is None)

    @property
    def headline_like(self) -> bool:
        """Short, capitalised and without closing punctuation, like a title or a link."""
        return (not self.end_punct and 1 <= self.words <= 20 and self.text[:1].isupper()
                or self.heading)


def strip_markdown(text: str) -> tuple[str, bool, float]:
    """Text without markdown decoration, whether it was a heading, and its link density.

    >>> strip_markdown("**Related article:** [Russia says](#)")
    ('Related article: Russia says', False, 0.393)
    """
    heading = False
    m = _MD_HEADING.match(text)
    if m:
        text, heading = m.group(2), True
    linked = sum(len(label) for label, _ in MD_LINK.findall(text))
    text = MD_LINK.sub(r"\1", text)
    text = AUTOLINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = text.strip()
    bare = sum(len(u) for u in URL.findall(text))
    density = (linked + bare) / len(text) if text else 0.0
    return text, heading, round(density, 3)


@cache
def _cue_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    cues = resources.data_json("boilerplate.json")["cues"]
    strong, weak = [], []
    for reason, sets in cues.items():
        for name, target in (("strong", strong), ("weak", weak)):
            words = sets.get(name, [])
            if words:
                alt = "|".join(words)
                target.append((reason, re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I)))
    return strong, weak


def cue_of(text: str, strong: bool = True) -> str | None:
    """The reason code of the first page-furniture cue found in ``text``.

    >>> cue_of("Sign up to our newsletter")
    'newsletter'
    """
    for reason, pattern in _cue_patterns()[0 if strong else 1]:
        if pattern.search(text):
            return reason
    return None


def _words(text: str) -> list[str]:
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    if cjk > len(text) / 3:
        # Scripts written without spaces: count two characters as a word.
        return words + [""] * max(0, cjk // 2 - len(words))
    return words


def features(texts: list[str], language: str | None) -> list[Line]:
    """Features of every non-blank line of a page (``texts``: its lines, blank ones included)."""
    stops = stopwords(language or "")
    out: list[Line] = []
    gap = 0
    for i, raw in enumerate(texts):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        text, heading, link = strip_markdown(stripped)
        if not text:
            gap += 1
            continue
        words = _words(text)
        lower = [w.lower().replace("’", "'") for w in words if w]
        n = max(len(words), 1)
        stop = sum(w in stops for w in lower) / n if stops else 0.0
        caps = [w for w in words if len(w) > 3 and w[:1].isalpha()]
        title_ratio = sum(w[:1].isupper() for w in caps) / len(caps) if caps else 0.0
        # "US" in capitals is the country, not the reader.
        outside_words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", text))
                         if w not in ("US", "U.S")]
        address = (sum(w in _ADDRESS for w in outside_words) / len(outside_words)
                   if outside_words else 0.0)
        head = text[:CUE_CHARS]
        cue = cue_of(head)
        out.append(Line(
            index=i, text=text, gap=gap, heading=heading, words=len(words), chars=len(text),
            stop=stop, end_punct=bool(_END.search(text)), title_ratio=title_ratio, link=link,
            address=address, cue=cue, weak_cue=cue_of(head, strong=False),
            ends_open=bool(lower) and not _END.search(text) and lower[-1] in stops,
            cue_at_start=cue is not None and cue_of(" ".join(text.split()[:3])) == cue,
            date_stamp=bool(_DATE_STAMP.search(text[-40:])),
            quoted=text[:1] in _QUOTE_OPEN and text[-1:] in _QUOTE_CLOSE and len(text) > 2,
        ))
        gap = 0
    return out
