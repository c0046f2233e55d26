"""Who said it: cue words and speakers around quotes, read from the spaCy parse.

The parse is consulted only around cue words and quote marks. Three finders:

* :func:`attribute_quotes` takes the quoted passages of :mod:`.marks` and
  looks for the cue and speaker after the closing mark (``"...," Lavrov said``,
  ``"...," said Guaido``, ``"...," Union Radio quoted the opposition leader as
  saying``), before the opening mark (``Lavrov said: "..."``), up the parse
  (``Maduro called Venezuela "the victim ..."``), on a short line after a block
  quote, and finally from the quote before it (a quote that goes on).
* :func:`indirect_speech` finds cue verbs with a that-clause (``Søreide stressed
  that ...``) and ``according to X``.

Both return :class:`Attribution` records; :mod:`quotes` turns them into
:class:`~storyline.model.Quote` objects and resolves speakers to actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, fields
from functools import cache, cached_property
from typing import Any

from ... import resources
from ...doc_index import doc_text
from ...text_index import first_line, line_span
from ..events.roles import gerund_owner
from ..nlp import lemma
from .marks import QuoteSpan

_TERMINATOR = re.compile(r"[.!?](?=[\"”’']?\s+[\"“‘'A-Z(]|[\"”’']?\s*$)")
_RELATIVE = {"who", "that", "which", "whom"}
_NOMINAL = {"PROPN", "NOUN", "PRON"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_INHERIT = {"advcl", "xcomp", "conj", "pcomp"}
_NOT_MAIN = {"advcl", "relcl", "acl", "pcomp", "amod", "xcomp", "csubj", "prep", "pobj"}
#: Dependencies of a noun: a word tagged as a verb there is a name ("Trump senior adviser").
_NAMING = {"NOUN", "PROPN", "NUM"}  # an object naming something (not "so", "that", "it")
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "poss", "attr"}
#: Most words in a speaker label opening a line (``Marco Rubio: ...``).
MAX_LABEL_WORDS = 4
#: How far after a closing quote mark the cue of a ``"...," X said`` may stand, in tokens.
AFTER_TOKENS = 30


#: Lexicon classes of cues that report what was said or thought (:attr:`Cues.reporting`).
REPORTING = ("speech", "thought", "evidence")


@dataclass(frozen=True)
class Cues:
    """The cue lexicon (``data/quote_cues.json``), as sets of lemmas."""

    speech: frozenset[str]
    thought: frozenset[str]
    evidence: frozenset[str]
    intent: frozenset[str]
    object: frozenset[str]
    frame: frozenset[str]
    quote_as: frozenset[str]
    quote_as_verbs: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    in_sources: frozenset[str]
    reputed: dict[str, frozenset[str]]
    pronouns: dict[str, str]
    gender_words: dict[str, str]
    abbreviations: frozenset[str]
    nouns: frozenset[str]
    prep: dict[str, frozenset[str]]
    raising: frozenset[str]
    dropped: frozenset[str]
    questions: frozenset[str]
    documents: frozenset[str]
    time_words: frozenset[str]
    title_abbreviations: dict[str, str]
    addressed: frozenset[str]
    circumstances: frozenset[str]
    kickers: frozenset[str]
    with_object: dict[str, frozenset[str]]
    with_mark: dict[str, frozenset[str]]
    negatives: frozenset[str]
    makers: frozenset[str]

    @cached_property
    def reporting(self) -> frozenset[str]:
        """The lemmas of the :data:`REPORTING` classes, joined once."""
        return frozenset().union(*(getattr(self, k) for k in REPORTING))

    @cached_property
    def said_or_framed(self) -> frozenset[str]:
        """The speech lemmas with the framing ones (a cue above partial quoted words)."""
        return self.speech | self.frame


@cache
def cues() -> Cues:
    """The cue lexicon, loaded once.

    >>> "say" in cues().speech
    True
    """
    d = resources.data_json("quote_cues.json")
    return Cues(**{f.name: _typed(f.type, d[f.name]) for f in fields(Cues)})


def _typed(kind: Any, value: Any) -> Any:
    """A JSON value as the field type of :class:`Cues` declares it."""
    kind = str(kind)
    if kind.startswith("frozenset"):
        return frozenset(value)
    if kind.startswith("tuple"):
        return tuple(tuple(v) for v in value)
    if "frozenset" in kind:  # dict[str, frozenset[str]]
        return {k: frozenset(v) for k, v in value.items()}
    return dict(value)


@dataclass
class Attribution:
    """A content span with its cue and speaker, before actors are resolved.

    Spans are ``(start, end)`` character offsets into the body. ``speaker_token``
    is the parse token heading the speaker, when there is one.
    """

    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_token: Any = None
    addressee_span: tuple[int, int] | None = None


class _Tokens:
    """Character-offset lookups into a spaCy Doc."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def between(self, a: int, b: int) -> list[Any]:
        """Tokens starting in ``[a, b)``."""
        i, j = bisect_left(self.starts, a), bisect_left(self.starts, b)
        return list(self.doc[i:j]) if j > i else []

    def at(self, offset: int) -> Any:
        i = bisect_left(self.starts, offset + 1) - 1
        return self.doc[max(i, 0)] if len(self.doc) else None


def is_cue(tok: Any, lemmas: frozenset[str]) -> bool:
    """Whether ``tok`` is a verb whose lemma is one of ``lemmas`` (with its object, for a
    verb that is a cue only with one: :func:`has_cue_object`)."""
    return is_cue_lemma(lemma(tok), tok.pos_, lemmas) and has_cue_object(tok)


def has_cue_object(tok: Any) -> bool:
    """Whether ``tok`` has the object its lemma needs to be a cue (``with_object`` in the
    lexicon), in a clause opened by the word it needs (``with_mark``): ``As Ms. Ortiz put
    it, ...``, not ``put the bill to a vote`` nor ``put it to a vote``; True for a lemma
    that needs neither.

    >>> doc = resources.nlp()("As Ms. Ortiz put it, we lost. They put it to a vote.")
    >>> [has_cue_object(t) for t in doc if t.lower_ == "put"]
    [True, False]
    """
    c, lem = cues(), lemma(tok)
    objects, marks = c.with_object.get(lem), c.with_mark.get(lem)
    return (objects is None or any(k.dep_ == "dobj" and k.lower_ in objects
                                   for k in tok.children)) \
        and (marks is None or any(k.dep_ == "mark" and k.lower_ in marks for k in tok.children))


def is_cue_lemma(lem: str, pos: str, lemmas: frozenset[str]) -> bool:
    """:func:`is_cue` of a word whose lemma and part of speech are already read."""
    return pos in ("VERB", "AUX") and lem in lemmas


def _quote_as(tok: Any) -> bool:
    """``quoted X as saying`` / ``was quoted as saying``."""
    if lemma(tok) not in cues().quote_as:
        return False
    doc = tok.doc
    for t in doc[tok.i + 1 : min(tok.i + 12, len(doc))]:
        if t.lower_ == "as":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return nxt is not None and lemma(nxt) in cues().quote_as_verbs
        if t.is_punct:
            return False
    return False


def cue_text(tok: Any) -> str:
    """The cue as printed, with its particle (``pointed out``) or ``as saying``.

    >>> cue_text(resources.nlp()("Lavrov was quoted as saying it.")[2])
    'quoted as saying'
    """
    if _quote_as(tok):
        as_tok = next(t for t in tok.doc[tok.i + 1 :] if t.lower_ == "as")
        return f"{tok.text} as {tok.doc[as_tok.i + 1].text}"
    prt = [c.text for c in tok.children if c.dep_ == "prt"]
    return " ".join([tok.text, *prt])


def subject(tok: Any, depth: int = 0) -> Any:
    """The token heading who speaks through cue ``tok`` (None when nobody is named).

    >>> doc = resources.nlp()("Union Radio quoted the opposition leader as saying so.")
    >>> subject(doc[2]).text
    'leader'
    """
    if _quote_as(tok):
        for dep in ("dobj", "nsubjpass"):
            for c in tok.children:
                if c.dep_ == dep:
                    return c
        return None
    # of two subjects, a slip of the parse ("in Salem, New Hampshire, Trump went"), the
    # one next to the verb before it is its own
    c = min((c for c in tok.children if c.dep_ in SUBJECT_DEPS),
            key=lambda c: (c.i > tok.i, abs(tok.i - c.i)), default=None)
    if c is not None:
        if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
            return tok.head
        if c.lower_ in ("it", "there") and c.dep_ == "nsubjpass":
            return None
        if c.lower_ == "it" and tok.pos_ == "ADJ" and tok.dep_ in ("ccomp", "oprd") \
                and depth < 3:
            return subject(tok.head, depth + 1)  # "X made it clear that": X
        return c
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ != "VBN"):
        return tok.head
    owner = gerund_owner(tok)
    if owner is not None:
        return owner
    if depth < 3 and tok.dep_ in _INHERIT and tok.head.i != tok.i:
        return subject(_reporter(tok), depth + 1)
    return None


def _set_off_participle(tok: Any) -> Any:
    """The comma before ``tok`` when it is a participle set off by one (``..., saying``;
    ``... "a gift to the banks," adding ...``), else None."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < 2:
        return None
    before = tok.doc[tok.i - 1]
    if before.text in "\"”'’" and before.i > 0:
        before = tok.doc[before.i - 1]
    return before if before.text == "," else None


def _reporter(tok: Any) -> Any:
    """The verb whose subject a subjectless ``tok`` shares: its head; for a participle set
    off by a comma, or a speech cue joined to the clause before, the verb reporting the
    clause it hangs on (``Trump argued that a database would keep people out, saying
    ...``, ``He said the move was made by the police and said, ...``: ``argued``, not
    ``keep``; ``said``, not ``made``)."""
    head = tok.head
    if _set_off_participle(tok) is not None or tok.dep_ == "conj" and is_cue(tok, cues().speech):
        # not past a reporting verb after its clause (``"...," she said``), nor past a cue
        # with a speaker of its own (``..., Lewandowski added, saying``)
        while head.dep_ == "ccomp" and head.head.i < head.i and not (
                is_cue(head, cues().speech) and any(c.dep_ == "nsubj" for c in head.children)):
            head = head.head
    return head


def speaker_span(head: Any, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``head``, kept within ``[lo, hi)``.

    Left modifiers (titles, adjectives, possessors) and right compounds and
    ``of`` phrases are kept; appositives, relative clauses and conjuncts are not.

    >>> doc = resources.nlp()("Russian Foreign Minister Sergei Lavrov, who arrived, said so.")
    >>> s, e = speaker_span(doc[4]); doc.text[s:e]
    'Russian Foreign Minister Sergei Lavrov'
    """
    hi = len(doc_text(head.doc)) if hi is None else hi
    first = head.left_edge
    for t in head.doc[first.i : head.i]:
        if t.idx >= lo and not t.is_punct and t.dep_ not in ("cc", "prep"):
            first = t
            break
    else:
        first = head
    last = head
    for c in head.rights:
        if c.dep_ in ("compound", "flat", "nummod") or (c.dep_ == "prep" and c.lower_ == "of"):
            last = c.right_edge
        else:
            break
    start = max(first.idx, lo)
    end = min(last.idx + len(last.text), hi)
    return (start, end) if end > start else (head.idx, head.idx + len(head.text))


def _run_head(toks: list[Any]) -> Any:
    """Head of the last run of nominal tokens in ``toks`` (a fallback when the parse fails)."""
    head = None
    for t in toks:
        if t.pos_ in _NOMINAL:
            head = t
        elif head is not None and not (t.pos_ in ("ADJ", "DET", "PROPN") or t.dep_ == "compound"):
            break
    return head


def paragraph(body: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``offset``.

    >>> paragraph("ab\\ncd\\nef", 4)
    (3, 5)
    """
    return line_span(body, offset)


_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _breaks(body: str, a: int, b: int) -> list[int]:
    """Offsets just after each sentence end in ``body[a:b]`` (not after ``Gov.``, ``U.S.``)."""
    out = []
    for m in _TERMINATOR.finditer(body, a, b):
        if body[m.start()] == ".":
            w = _WORD_BEFORE.search(body, max(a, m.start() - 12), m.start())
            word = w.group(1).lower() if w else ""
            if len(word) == 1 or word in cues().abbreviations:
                continue
        out.append(m.end())
    return out


def _sentence_start(body: str, q: QuoteSpan, floor: int) -> int:
    """Where the sentence holding the opening mark of ``q`` starts (char offset)."""
    start = max(q.para_start, floor)
    ends = _breaks(body, start, q.open)
    return ends[-1] if ends else start


def _sentence_end(body: str, a: int, b: int) -> int:
    ends = _breaks(body, a, b)
    return ends[0] if ends else b


def _last_char(body: str, i: int) -> int:
    """Offset of the last non-space character before ``i`` (-1 when there is none)."""
    i -= 1
    while i >= 0 and body[i].isspace():
        i -= 1
    return i


def _after(body: str, tokens: _Tokens, q: QuoteSpan, limit: int) -> Attribution | None:
    """``"...," X said`` / ``"...," said X`` / ``"...," Y quoted X as saying``."""
    if q.close is None:
        return None
    a = q.after
    b = _sentence_end(body, a, limit)
    # the punctuation closing the quote, inside a quote it ends with ("... say, 'Well done,'")
    last, nxt = q.text.rstrip("'’ ")[-1:], body[a:b].lstrip()[:1]
    punct_end = last in ",.!?…—-" or nxt in ",—-"
    # '... "run amok." However, one source said ...': the quote's full stop ends its
    # sentence; a cue after it that says something of its own is the next sentence's
    ended = last == "." and nxt.isupper()
    toks = tokens.between(a, b)[:AFTER_TOKENS]
    for k, t in enumerate(toks):
        if t.text in "“\"‘" or (t.pos_ == "VERB" and not is_cue(t, cues().speech)
                                 and t.dep_ not in _NOT_MAIN and t.dep_ not in _NOMINAL_DEPS):
            return None
        # "the email read": a cue the tagger took for a noun, closing the sentence's subject
        misread = t.pos_ == "NOUN" and t.dep_ == "ROOT" and k > 0 and lemma(t) in cues().speech \
            and toks[k - 1].pos_ in _NOMINAL
        if not (is_cue(t, cues().speech) or misread) or t.dep_ in _NOT_MAIN:
            continue
        if not punct_end and not any(x.text in ",—-" for x in toks[:k]) and not (
                k <= 1 and _opens_sentence(body, q)):  # '"..." said X', '"..." X said'
            return None
        head = subject(t)
        if head is None or not (a <= head.idx < b):
            inverted = (k == 0 or toks[k - 1].is_punct) and k + 1 < len(toks) \
                and toks[k + 1].pos_ != "ADP"  # "said Guaido", not "said at a dinner"
            # "Ramos, 58, told AFP": the one told follows the cue; its speaker comes first
            inverted = inverted and not (lemma(t) in cues().addressed and _run_head(toks[:k]))
            head = _run_head(toks[k + 1 :]) if inverted else None
            head = head or _run_head(toks[:k])
        if head is None or ended and _says_own(t, body):
            return None
        return Attribution(q.start, q.end, "direct", cue_text(t), (t.idx, t.idx + len(t)),
                           speaker_span(head, a, b), head)
    return None


def _says_own(cue: Any, body: str) -> bool:
    """Whether ``cue`` has content of its own in its sentence: a clause (``said the plan
    was sound``, ``pledged to act``), a quote or colon after it (``added, "..."``), an
    object naming something (``announced a plan``; not ``said so``, ``said that``,
    ``said it``, nor the one spoken to of an addressed cue, ``told reporters``), or the
    object of its preposition (``pointed to the report``) or a clause there (``gushes about
    being ...``), a passive's subject (``The move was reported by MSNBC``), or what holds
    it (``Compaq, she predicted, would come``).

    >>> text = "One source said the plan was sound. The minister said so."
    >>> doc = resources.nlp()(text)
    >>> _says_own(doc[2], text), _says_own(doc[11], text)
    (True, False)
    """
    end = cue.sent.end_char
    if any(ch in "“\"‘:" for ch in body[cue.idx : end] + body[end:].lstrip()[:1]):
        return True
    c = cues()
    addressed, preps = lemma(cue) in c.addressed, c.prep.get(lemma(cue), ())
    if cue.head.i > cue.i or body[cue.idx + len(cue) :].lstrip()[:1] == ",":
        return True  # "Compaq, she predicted, would come": inside what it reports
    return any(ch.dep_ in ("ccomp", "xcomp", "nsubjpass") or ch.dep_ == "dobj"
               and ch.pos_ in _NAMING and not addressed or ch.dep_ == "prep" and (
                   ch.lower_ in preps or any(g.dep_ == "pcomp" for g in ch.children))
               for ch in cue.children)


def _opens_sentence(body: str, q: QuoteSpan) -> bool:
    """Whether quote ``q`` opens its sentence (nothing of it before the opening mark)."""
    return not body[_sentence_start(body, q, q.para_start) : q.open].strip()


def time_phrase(tok: Any) -> bool:
    """Whether ``tok`` heads a time (``Saturday``, ``the only time``, ``Tonight``); not
    ``the 46-year-old``, nor a name opening its sentence (``Day said ...``).

    >>> doc = resources.nlp()("Day said the meeting was over on Tuesday night.")
    >>> time_phrase(doc[0]), time_phrase(doc[8])
    (False, True)
    """
    if tok.ent_type_ in ("PERSON", "ORG") or tok.text[:1].isupper() and (
            tok.i > tok.sent.start or tok.pos_ == "PROPN"):
        return tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN"  # "Kristen Day"
    return lemma(tok) in cues().time_words or tok.ent_type_ in ("DATE", "TIME") and (
        tok.pos_ == "PROPN")


def timely(tok: Any) -> bool:
    """Whether ``tok`` names a time (:func:`time_phrase`) or lies in a date or time the
    parser found ("Last Decade: ...", "This Week: ..."): never a speaker."""
    return tok.ent_type_ in ("DATE", "TIME") or time_phrase(tok)


def label_speaker(toks: list[Any], headline: bool = False) -> Any:
    """The head of a speaker label, ``toks`` being the words before a colon that
    opens a line or sentence: a name (``Marco Rubio: ...``, ``Reuters: ...``) or
    a transcript's capitals (``KATE BOLDUAN: ...``), and in a ``headline`` any
    short noun phrase but a time or a kicker (``Clinton camp: ...``, ``Poll: ...``;
    not ``Tonight: ...``, ``Breaking: ...``), also before whom or what it speaks to
    or of (``Clinton to Planned Parenthood: ...``). None when they are not one.

    >>> doc = resources.nlp()("Marco Rubio: I am not interested.")
    >>> label_speaker(list(doc[:2])).text
    'Rubio'
    """
    words = [t for t in toks if not t.is_punct]
    if headline and " ".join(t.lower_ for t in words) in cues().kickers:
        return None  # "Breaking: ...", "EXCLUSIVE: ...": the story's flag, no source
    cut = next((k for k, t in enumerate(words) if k and t.pos_ == "ADP"), None)
    if headline and cut is not None and len(words) <= 2 * MAX_LABEL_WORDS:
        # "Clinton to Planned Parenthood: ...", "CNN President On Trump: ...": the source
        # is named before whom or what it speaks to or of
        toks = words = words[:cut]
    if not 1 <= len(words) <= MAX_LABEL_WORDS or len(words) < len(toks) - 1:
        return None
    named = all(t.pos_ == "PROPN" for t in words) and any(
        t.ent_type_ in ("PERSON", "ORG") for t in words)
    capitals = len(words) > 1 and all(t.is_upper and len(t) > 1 for t in words)
    # A headline's source: "Clinton camp: ...", "Poll: ...", "NY Post: ..."
    nominal = headline and words[-1].pos_ in ("NOUN", "PROPN") and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in words) and not timely(words[-1])
    return words[-1] if named or capitals or nominal else None


def according_source(tok: Any) -> Any:
    """The token heading X in ``according to X`` when ``tok`` is ``according`` (else None)."""
    for phrase in cues().according:
        words = [t.lower_ for t in tok.doc[tok.i : tok.i + len(phrase)]]
        if tuple(words) == phrase:
            last = tok.doc[tok.i + len(phrase) - 1]
            for c in last.children:
                if c.dep_ == "pobj":
                    return c
            nxt = tok.doc[last.i + 1 : last.i + 8]
            return _run_head(list(nxt))
    return None


def _before(body: str, tokens: _Tokens, q: QuoteSpan, floor: int) -> Attribution | None:
    """``Lavrov said: "..."`` / ``According to X, "..."`` / ``X told reporters, "..."``.

    A quote opening its paragraph takes its speaker from the line before when
    that line ends with a colon (``Cruz continued:``).
    """
    s0 = _sentence_start(body, q, floor)
    lo, hi = q.para_start, q.para_end
    if not body[s0 : q.open].strip():
        colon = _last_char(body, q.para_start)
        if colon < 0 or body[colon] != ":":
            return None
        lo, hi = paragraph(body, colon)
        ends = [e for e in _breaks(body, lo, hi) if e < colon]
        s0, end = (ends[-1] if ends else lo), colon + 1
    else:
        end = q.open
    lead = body[s0:end].rstrip()
    toks = tokens.between(s0, end)
    if not lead or not toks:
        return None
    if lead[-1] not in ":,—-" and toks[-1].lower_ != "that":
        return None
    for t in reversed(toks):
        src = according_source(t)
        if src is not None:
            return Attribution(q.start, q.end, "direct", "according to",
                               (t.idx, t.idx + len("according")), speaker_span(src, s0, end), src)
        if is_cue(t, cues().speech):
            return _from_cue(q, t, lo, hi, "direct" if lead[-1] in ":,—-" else "partial")
    if lead[-1] == ":":
        verbs = [t for t in toks if t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp")]
        if verbs:
            return _from_cue(q, verbs[-1], lo, hi, "direct")
        colon = s0 + len(lead) - 1  # the label's colon, not the space before a quote mark
        head = label_speaker([t for t in toks if t.idx < colon], lo <= first_line(body)[0])
        if head is not None:
            return Attribution(q.start, q.end, "direct", ":", (colon, colon + 1),
                               speaker_span(head, lo, hi), head)
    return None


def _from_cue(q: QuoteSpan, cue: Any, lo: int, hi: int, kind: str) -> Attribution | None:
    head = subject(cue)
    if head is None or not lo <= head.idx < hi:
        return None
    return Attribution(q.start, q.end, kind, cue_text(cue), (cue.idx, cue.idx + len(cue)),
                       speaker_span(head, lo, hi), head)


def _ancestor(tokens: _Tokens, q: QuoteSpan) -> Attribution | None:
    """The nearest cue verb above the quoted words in the parse (partial quotes)."""
    inside = tokens.between(q.start, q.end)
    lemmas = cues().said_or_framed
    seen: set[int] = set()
    for t in inside:
        node = t
        for _ in range(8):
            if node.head.i == node.i or node.i in seen:
                break
            seen.add(node.i)
            node = node.head
            if q.open <= node.idx < (q.close if q.close is not None else q.end):
                continue
            if is_cue(node, lemmas):
                head = subject(node)
                if head is None or not q.para_start <= head.idx < q.para_end:
                    return None
                return Attribution(q.start, q.end, "partial", cue_text(node),
                                   (node.idx, node.idx + len(node)),
                                   speaker_span(head, q.para_start, q.para_end), head)
    return None


def _speaker_line(body: str, q: QuoteSpan, tokens: _Tokens) -> Attribution | None:
    """A block quote whose speaker is named alone on the next line (``- Sanders.``)."""
    if body[q.para_start : q.open].strip() or body[q.after : q.para_end].strip(
        " .,\t\"”’"
    ):
        return None
    m = re.compile(r"\s*\n\s*([^\n]+)").match(body, q.para_end)
    if not m:
        return None
    line = m.group(1).strip()
    words = line.lstrip("—–-― ").split()
    signed = line[:1] in "—–-―" and line[-1:] == "."  # "- Sanders.": a dash signs the line
    if not 1 <= len(words) <= 10 or (line[-1:] in ".!?:;\"”" and not signed) \
            or not words[0][:1].isupper():
        return None
    s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip("—–-― ")))
    e = m.start(1) + len(m.group(1).rstrip()) - signed
    return Attribution(q.start, q.end, "direct", None, None, (s, e), tokens.at(e - 1))


def attribute_quotes(body: str, doc: Any, spans: list[QuoteSpan]) -> list[Attribution]:
    """Cue, speaker and kind of every quoted passage found by its marks.

    Args:
        body: the article body.
        doc: the spaCy Doc over ``body``.
        spans: :func:`.marks.find_quotes` of ``body``.

    Returns:
        One :class:`Attribution` per passage that is attributed, or long enough
        (four words and more, not inside a sentence) to stand as a quote alone.

    >>> from .marks import find_quotes
    >>> text = '"We will win," said Guaido.'
    >>> a = attribute_quotes(text, resources.nlp()(text), find_quotes(text))[0]
    >>> text[a.speaker_span[0]:a.speaker_span[1]], a.cue, a.kind
    ('Guaido', 'said', 'direct')
    """
    tokens = _Tokens(doc)
    found: list[Attribution] = []
    opens: list[bool] = []
    for k, q in enumerate(spans):
        floor = spans[k - 1].after if k and spans[k - 1].close is not None else 0
        limit = spans[k + 1].open if k + 1 < len(spans) else len(body)
        limit = min(limit, q.para_end)
        lead = body[_sentence_start(body, q, floor) : q.open].strip()
        att = (_after(body, tokens, q, limit) or _before(body, tokens, q, floor)
               or (_ancestor(tokens, q) if lead else None) or _speaker_line(body, q, tokens))
        if att is not None and lead and lead[-1] not in ":,—-" and att.kind == "direct":
            att.kind = "partial"
        if att is None:
            att = Attribution(q.start, q.end, "partial" if lead else "direct")
        found.append(att)
        opens.append(not lead)
    _carry(body, spans, found, opens)
    return [a for a, q in zip(found, spans, strict=True)
            if a.cue_span or a.speaker_span or (a.kind == "direct" and len(q.text.split()) >= 4)]


def _carry(body: str, spans: list[QuoteSpan], found: list[Attribution], opens: list[bool]
           ) -> None:
    """Give quotes that go on from an attributed one (same or next paragraph) its speaker.

    Only a quote opening its sentence goes on from the one before; a quote
    printed over several paragraphs takes its speaker from any of its pieces.
    """

    def adjacent(p: QuoteSpan, q: QuoteSpan) -> bool:
        return p.para_start == q.para_start or not body[p.para_end : q.para_start].strip()

    for k in range(1, len(spans)):
        a, prev = found[k], found[k - 1]
        if a.speaker_span or a.kind != "direct" or not (opens[k] or spans[k].continues):
            continue
        if prev.speaker_span and (spans[k].continues or adjacent(spans[k - 1], spans[k])):
            a.cue, a.cue_span = prev.cue, prev.cue_span
            a.speaker_span, a.speaker_token = prev.speaker_span, prev.speaker_token
    for k in range(len(spans) - 2, -1, -1):
        a, nxt = found[k], found[k + 1]
        if a.speaker_span or not spans[k + 1].continues:
            continue
        a.cue, a.cue_span = nxt.cue, nxt.cue_span
        a.speaker_span, a.speaker_token = nxt.speaker_span, nxt.speaker_token
