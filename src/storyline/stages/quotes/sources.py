"""Who can be a speaker: checks on the speakers the parse gives quotes.

The parse names as speaker whatever noun stands where a subject should; a reader
knows better:

* a document does not speak for its issuer: ``X issued a statement saying
  ...`` and ``a statement from X said ...`` are X's, ``in an interview, X said``
  too; only a document whose issuer goes unnamed stays the speaker (``the
  letter says``), as the text gives no one else;
* the one spoken to is no speaker (``"...," Trump told CNN``: Trump, not CNN);
* no one is no speaker of a quote: ``Nobody put it better than Lincoln: "..."`` is
  Lincoln's, ``No one said: "..."`` no one's (reported speech keeps its subject, as
  PolNeAR does: ``none has said they want ...``);
* a thing in an object's place is no speaker (``has a rare chance to show``,
  ``pivoted with every answer to talk about``): the subject of the clause it
  hangs on is, or else the name holding it (``Trump's failure to denounce``),
  or no one; ``according to a poll`` keeps the poll;
* a passive cue is said by its agent (``he said when asked by a reporter if ...``:
  the reporter asks, not he);
* a dateline (``WASHINGTON (AP) —``) and a time phrase (``Sunday``, ``the only
  time``) are no speakers: the person or organisation named after them before
  the cue is;
* a quote with neither cue nor speaker takes the speaker of the last quote
  before it in its paragraph (``"...," Nicklaus said. "I liked that picture."``);
* the one spoken to is the quote's addressee (``told CNN``, ``said to reporters``).

Documents and time words are listed in ``data/quote_cues.json``.
"""

from __future__ import annotations

from typing import Any

from ..actors.lexicon import commentator_nouns, sector_words
from ..nlp import lemma, token_at
from .speakers import Attribution, cues, paragraph, speaker_span, subject, time_phrase

_OBJECTS = ("dobj", "dative", "pobj", "iobj")
_DATELINE_MARKS = ("(", "—", "–", "--", "-")


def _document_owner(tok: Any, depth: int = 0) -> Any:
    """The issuer of document ``tok``, None when the text names none."""
    for ch in tok.children:
        if ch.dep_ == "poss" and lemma(ch) not in cues().documents:
            return ch  # "Trump's statement"
        if ch.dep_ == "prep" and ch.lower_ in ("from", "by", "of"):
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is not None and lemma(obj) not in cues().documents:
                return obj
    made = _made_by(tok)  # "a memo released by the Acme Corporation"
    if made is not None:
        return made
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "in an interview, X said"
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and tok.dep_ in _OBJECTS + ("nsubj",):
        owner = subject(head)
        if owner is not None and owner.i != tok.i and depth < 2:
            return _document_owner(owner, depth + 1) if lemma(owner) in cues().documents \
                else owner
    return None


def _thing(tok: Any) -> bool:
    """Whether ``tok`` is a common noun that names no one who can speak: no name, no
    entity, no pronoun, and no noun the actors stage knows for people or bodies
    (``candidate``, ``police``, ``analysts``, ``wife``): ``the notion``, ``an effort``.

    >>> from storyline import resources
    >>> doc = resources.nlp()("The candidate saw a chance.")
    >>> _thing(doc[1]), _thing(doc[4])
    (False, True)
    """
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.text[:1].isupper():
        return False
    words = {lemma(tok), tok.lower_}
    return not any((w,) in sector_words() for w in words) \
        and not words & (commentator_nouns() | set(cues().gender_words))


#: Cues whose object is the source itself (``according to a poll``, ``in a poll``); with
#: ``as`` (``as X put it``) none of them makes its object a listener (:func:`_listener`).
_SOURCE_OBJECT_CUES = ("according", "in")


def _object_thing(tok: Any, cue: Any) -> bool:
    """Whether speaker ``tok`` is a thing in an object's place, the noun a cue qualifies
    (``has a rare chance to show``, ``pivoted with every answer to talk about``, ``In an
    effort to clarify``): what it is said by is the clause's subject, not the object."""
    return tok.dep_ in ("dobj", "pobj") and cue is not None \
        and cue.lower_ not in _SOURCE_OBJECT_CUES and _thing(tok) and not _says_it(tok, cue)


def _says_it(tok: Any, cue: Any) -> bool:
    """Whether thing ``tok`` is what ``cue`` says is its own subject in the text: the
    noun a relative clause on it stands for (``a new poll that shows``), the noun an
    ``-ing`` word describes (``posters saying``, ``recent polls showing``), or a speaker
    after a cue with no subject, parsed as its object (``"...," wrote another user``)."""
    if tok.head.i == cue.i and tok.i > cue.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return True
    if cue.head.i != tok.i:
        return False
    relative = cue.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in cue.children)
    return relative or cue.dep_ == "acl" and cue.tag_ == "VBG"


def _clause_subject(tok: Any) -> Any:
    """The subject of the verb that object ``tok`` hangs on, past its prepositions
    (``Sanders pivoted with every answer``: Sanders); when that is no one who can speak
    or there is none, the name holding ``tok`` (:func:`_named_holder`), else None."""
    head = tok.head
    while head.dep_ in ("prep", "pobj") and head.head.i != head.i:
        head = head.head
    owner = subject(head) if head.pos_ in ("VERB", "AUX") else None
    if owner is not None and owner.i != tok.i and not _thing(owner):
        return owner
    return _named_holder(tok)


def _named_holder(tok: Any, preps: tuple[str, ...] = ("of",)) -> Any:
    """The name that holds thing ``tok``: its possessor or the object of one of its
    ``preps`` (``Trump's initial failure``, ``the spectacle of Mr. Netanyahu``; ``a
    tally by the Associated Press``), else None."""
    for ch in tok.children:
        held = ch if ch.dep_ == "poss" else next(
            (g for g in ch.children if g.dep_ == "pobj"), None) \
            if ch.dep_ == "prep" and ch.lower_ in preps else None
        if held is not None and held.pos_ == "PROPN":
            return held
    return None


#: Prepositions naming who made what ``according to`` cites (``a tally by the AP``).
_MAKERS = ("by", "from")

#: Entity types a maker can have: people and bodies, not places (``photos from Gaza``).
_MAKER_KINDS = ("PERSON", "ORG", "NORP")


def _maker(tok: Any) -> Any:
    """Who made thing ``tok`` that ``according to`` cites: the person or organisation
    after one of :data:`_MAKERS` (``a tally by the Associated Press``) or after ``by`` on
    a participle of making (``a court document filed by``, ``a poll conducted by``:
    the lexicon's ``makers``), not a place (``footage from Kharkiv``), else None."""
    held = _named_holder(tok, _MAKERS) or _made_by(tok)
    return held if held is not None and held.ent_type_ in _MAKER_KINDS else None


def _made_by(tok: Any) -> Any:
    """The name after ``by`` on a participle of making (the lexicon's ``makers``) that
    describes thing ``tok`` or the thing of its ``of`` phrase (``a court document filed
    by X``, ``the average of recent polls compiled by X``), else None."""
    for _ in range(3):
        for ch in tok.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN" and lemma(ch) in cues().makers:
                for by in ch.children:
                    obj = next((g for g in by.children if g.dep_ == "pobj"), None) \
                        if by.dep_ in ("agent", "prep") and by.lower_ == "by" else None
                    if obj is not None and obj.pos_ == "PROPN":
                        return obj
        prep = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"),
                    None)
        tok = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
        if tok is None:
            return None
    return None


def _dateline(tok: Any) -> bool:
    """``WASHINGTON (AP) —``: capitals opening a line, then a credit or a dash; or a
    place so written, then its credit in brackets (``Washington (AFP) –``)."""
    doc = tok.doc
    credited = tok.ent_type_ == "GPE" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "("
    if not (tok.is_upper and len(tok) >= 3 or credited):
        return False
    start = tok.i
    while start > 0 and (doc[start - 1].is_upper or credited
                         and doc[start - 1].ent_type_ == "GPE") \
            or (start > 0 and doc[start - 1].text == ","):
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return False
    return any(t.text in _DATELINE_MARKS for t in doc[tok.i + 1 : tok.i + 5])


def _named_before(tok: Any, cue: Any) -> Any:
    """The last person or organisation named between a misparsed subject and its cue
    (``Saturday at the convention Sen. Elizabeth Warren said``: Warren)."""
    if cue is None or cue.i <= tok.i:
        return None
    names = [t for t in tok.doc[tok.i + 1 : cue.i] if t.ent_type_ in ("PERSON", "ORG")
             and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")]
    return names[-1] if names else None


def _named_after_dateline(tok: Any, cue: Any) -> Any:
    """The first person or organisation named after a dateline's dash, before its cue
    (``Washington (AFP) – Democrat Hillary Clinton has taken a swipe ..., saying``)."""
    if cue is None or cue.i <= tok.i:
        return None
    words = tok.doc[tok.i + 1 : cue.i]
    dash = next((t.i for t in words if t.text in _DATELINE_MARKS[1:]), None)
    for t in tok.doc[dash + 1 : cue.i] if dash is not None else []:
        if t.ent_type_ in ("PERSON", "ORG"):
            while t.i + 1 < cue.i and t.doc[t.i + 1].ent_iob_ == "I":
                t = t.doc[t.i + 1]
            return t
    return None


def _listener(tok: Any, cue: Any) -> bool:
    """``tok`` is the one ``cue`` is said to: its object (``told CNN``, ``said to X``)."""
    if cue is None or cue.pos_ not in ("VERB", "AUX") or tok.dep_ not in _OBJECTS \
            or cue.lower_ in (*_SOURCE_OBJECT_CUES, "as") or lemma(cue) in cues().quote_as:
        return False  # "according to X", "quoted X as saying" name the source as an object
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if head.i != cue.i:
        return False
    # "..., added a South Carolina Democrat": a speaker after its verb, parsed as its object
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.i != tok.i for ch in cue.children)


def _agent(cue: Any) -> Any:
    """Who a passive cue names after ``by`` (``when asked by a reporter``): the one
    who speaks, not the subject asked; None without one."""
    if cue.pos_ != "VERB" or lemma(cue) in cues().quote_as:
        return None
    agent = next((ch for ch in cue.children if ch.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None


def _no_one(tok: Any) -> bool:
    """Whether speaker ``tok`` says that no one spoke: ``Nobody``, ``None of them``, ``No
    one``, ``no candidate`` (the lexicon's ``negatives``, or one of them as the determiner
    the phrase opens with: ``The No campaign`` is someone).

    >>> from storyline import resources
    >>> doc = resources.nlp()("No one put it better than Lincoln.")
    >>> _no_one(doc[1]), _no_one(doc[6])
    (True, False)
    """
    words = cues().negatives
    return tok.lower_ in words or any(
        ch.dep_ == "det" and ch.lower_ in words and ch.i == tok.left_edge.i
        for ch in tok.children)


def _compared(cue: Any) -> Any:
    """Whom a comparison on ``cue`` names (``put it better than Lincoln``, ``said it more
    clearly than Senator Warren``): the object of ``than`` hanging on the cue or on a
    word of the cue; None without one."""
    for ch in cue.children:
        for t in (ch, *ch.children):
            if t.lower_ == "than" and t.dep_ == "prep":
                return next((g for g in t.children if g.dep_ == "pobj"), None)
    return None


#: Most tokens between a role and the name in apposition to it (``the director of the
#: Federal Bureau of Investigation, James B. Comey``).
APPOSITION_GAP = 12


def _appositive_name(tok: Any) -> Any:
    """The one person an appositive names for a speaker that is a role or title in the
    singular (``Acme Radio Vice President for news Tom Fielding``, ``the mayor's
    spokesman, Ben Ortiz,``); None when ``tok`` is a name or a group (``At least four
    senators, Sens. ...``, ``contenders Ms. A and Mr. B``), when the appositive names
    several people or the role is one of several (``Putin's spokesman, Dmitry Peskov, and
    the foreign minister``), or when a colon or a verb stands between them (``Reid: Never
    underestimate Trump``)."""
    if tok.ent_type_ or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return None
    name = next((ch for ch in tok.children if ch.dep_ == "appos" and ch.i > tok.i
                 and ch.ent_type_ == "PERSON"), None)
    if name is None or name.left_edge.i - tok.i > APPOSITION_GAP \
            or any(c.dep_ == "conj" for c in (*name.children, *tok.children)):
        return None
    between = tok.doc[tok.i + 1 : name.left_edge.i]
    return None if any(t.text == ":" or t.pos_ in ("VERB", "AUX") for t in between) else name


def check_speaker(body: str, doc: Any, att: Attribution) -> None:
    """Put right the speaker of ``att`` (in place): a document gives way to its issuer,
    no one before a quote (``Nobody put it better than X: "..."``) to whom the cue
    compares it with, a listener
    to the cue's subject, a thing in an object's place to its clause's
    subject (:func:`_object_thing`); a dateline or time phrase is dropped."""
    tok = att.speaker_token
    if tok is None or not hasattr(tok, "doc"):
        return
    cue = token_at(doc, att.cue_span[0]) if att.cue_span else None
    fixed: Any = tok
    if lemma(tok) in cues().documents:
        fixed = _document_owner(tok) or tok
    elif att.kind == "direct" and _no_one(tok):  # "None has said they want ...": theirs
        fixed = _compared(cue) if cue is not None else None
    elif _listener(tok, cue):
        fixed = subject(cue)
        if fixed is not None and fixed.i == tok.i:
            fixed = None
    elif _object_thing(tok, cue):
        fixed = _clause_subject(tok)
    elif cue is not None and cue.lower_ == "according" and _thing(tok):
        fixed = _maker(tok) or tok  # "according to a tally by the AP"
    elif _dateline(tok):
        fixed = _named_after_dateline(tok, cue)
    elif time_phrase(tok):
        fixed = _named_before(tok, cue)
    else:
        fixed = _appositive_name(tok) or tok  # "the mayor's spokesman, Ben Ortiz,": Ortiz
    if fixed is tok and cue is not None:
        fixed = _agent(cue) or tok
    if fixed is tok:
        return
    if fixed is None or _dateline(fixed) or time_phrase(fixed):
        att.speaker_span, att.speaker_token = None, None
        return
    p0, p1 = paragraph(body, fixed.idx)
    att.speaker_span, att.speaker_token = speaker_span(fixed, p0, p1), fixed


def look_back(body: str, found: list[Attribution]) -> None:
    """A quote with neither cue nor speaker takes the speaker of the last attributed
    quote before it in its paragraph (``found`` in text order)."""
    last: Attribution | None = None
    para = -1
    for att in found:
        p0 = paragraph(body, att.start)[0]
        if p0 != para:
            last, para = None, p0
        if att.speaker_span is not None:
            if att.kind in ("direct", "partial"):
                last = att
            continue
        if att.cue_span is None and att.kind == "direct" and last is not None:
            att.cue, att.cue_span = last.cue, last.cue_span
            att.speaker_span, att.speaker_token = last.speaker_span, last.speaker_token


def addressee(body: str, doc: Any, att: Attribution) -> None:
    """Set ``att.addressee_span`` to the one its cue says it was said to: the object of
    an addressed cue (``told CNN``, ``assured donors``) or ``to X`` after a speech cue
    (``said to reporters``), outside the content and not the speaker."""
    cue = token_at(doc, att.cue_span[0]) if att.cue_span else None
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return
    c = cues()
    for ch in cue.children:
        obj = None
        if ch.dep_ in ("dobj", "dative") and lemma(cue) in c.addressed:
            obj = ch
        elif ch.dep_ == "prep" and ch.lower_ == "to" and lemma(cue) in c.speech:
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
        if obj is None or att.start <= obj.idx < att.end or obj.pos_ not in (
                "PROPN", "NOUN", "PRON") or lemma(obj) in c.documents:
            continue
        if att.speaker_token is not None and obj.i == getattr(att.speaker_token, "i", -1):
            continue
        p0, p1 = paragraph(body, obj.idx)
        att.addressee_span = speaker_span(obj, p0, p1)
        return
