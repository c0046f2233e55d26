"""The ``quotes`` stage: who said what, with speakers resolved to actors.

Quoted passages are found by their marks (:mod:`.marks`, character based),
attributed with the parse around cue words (:mod:`.speakers`), joined by
reported speech without marks, and their speakers resolved to the article's
actors: a name or title through the actors stage's mentions, a pronoun
("he added") to the nearest person before it whose gender fits.

Every quote keeps ``body[start:end] == text``; ``speaker_span`` and
``cue_span`` give the offsets of the speaker and cue words in ``body``.
"""

from __future__ import annotations

from typing import Any

from ...model import Actor, Article, Quote
from ...pipeline import stage
from ...settings import Settings
from ..actors.gender import gender_of, pronoun_gender
from ..actors.labels import normalise_label
from ..actors.stage import actor_at, actor_ref, continued_subject, unknown_subject
from ..actors.stage import pronoun_fits as _fits
from ..nlp import token_at
from . import READS, VERSION, WRITES
from . import model as quote_model
from .headline import Headline, read_headline
from .marks import find_quotes
from .reported_speech import drop_nested_partials, indirect_speech, widen_partials
from .sources import addressee, check_speaker, look_back
from .speakers import Attribution, attribute_quotes, cues

#: How far back (characters) a pronoun speaker may find the actor it stands for.
MAX_PRONOUN_DISTANCE = 1500
#: How many characters nearer an actor of unknown gender must be to win over one that fits.
PRONOUN_GENDER_BONUS = 400
#: A pronoun speaker this close (characters) after a quote may stand for that quote's speaker.
NEXT_QUOTE_DISTANCE = 400
#: Fewest words of a quotation that stands as a quote with neither cue nor speaker (a
#: shorter one is a title, a slogan or a scare quote more often than a statement).
ALONE_WORDS = 8


def attributions(body: str, doc: Any, trace: quote_model.Trace | None = None,
                 judge: quote_model.Judge | None = None, headline: Headline | None = None
                 ) -> list[Attribution]:
    """Every quote and reported statement of ``body``, in order, speakers as spans.

    Args:
        body: the article body.
        doc: the spaCy Doc over ``body``, or None (then only quote marks are read,
            and no speaker is found).
        trace: when given, collects every proposal of reported speech with its
            features, none dropped (:func:`reported_speech.indirect_speech`).
        judge: the judge of reported speech's proposals; None for the shipped one.
        headline: ``body``'s headline (:func:`.headline.read_headline`), read when None.

    >>> from storyline import resources
    >>> text = 'Lavrov said: "We want dialogue." He added that talks must go on.'
    >>> [(a.kind, text[a.start:a.end]) for a in attributions(text, resources.nlp()(text))]
    [('direct', 'We want dialogue.'), ('indirect', 'that talks must go on')]
    """
    spans = find_quotes(body)
    if doc is None:
        return [Attribution(q.start, q.end, "direct") for q in spans
                if len(q.text.split()) >= 4]
    quoted = attribute_quotes(body, doc, spans)
    widen_partials(body, doc, quoted)
    reported = _reported(body, doc, quoted, trace, judge, headline or read_headline(body))
    found = drop_nested_partials(body, sorted(quoted + reported, key=lambda a: (a.start, a.end)))
    for att in found:
        check_speaker(body, doc, att)
        addressee(body, doc, att)
    look_back(body, found)
    return [a for a in found if a.cue_span or a.speaker_span
            or len(body[a.start : a.end].split()) >= ALONE_WORDS and not _carried(a, found)]


#: Share of a quote's characters inside another attribution that makes that one carry it.
CARRIED = 0.8


def _carried(att: Attribution, found: list[Attribution]) -> bool:
    """Whether another attribution of ``found`` holds most of ``att`` (a quote with neither
    cue nor speaker inside a reported statement: ``X said "A, B" that C`` reads the quote
    as part of what X said, so the quote alone says nothing more).

    >>> outer = Attribution(0, 40, "indirect", "said", (50, 54))
    >>> inner = Attribution(1, 30, "direct")
    >>> _carried(inner, [outer, inner]), _carried(outer, [outer, inner])
    (True, False)
    """
    return any(b is not att and min(att.end, b.end) - max(att.start, b.start)
               >= CARRIED * (att.end - att.start) for b in found)


def _reported(body: str, doc: Any, quoted: list[Attribution], trace: quote_model.Trace | None,
              judge: quote_model.Judge | None, headline: Headline) -> list[Attribution]:
    """Reported speech of ``body`` (:func:`reported_speech.indirect_speech`), that of a
    headline in Title Case read from its parse in sentence case (:mod:`.headline`)."""
    head, end = headline.recased, headline.end
    if head is None:
        return indirect_speech(body, doc, quoted, trace, judge)
    seen: quote_model.Trace | None = [] if trace is not None else None
    found = [a for a in indirect_speech(body, doc, quoted, seen, judge) if a.start >= end]
    if trace is not None and seen is not None:
        trace.extend(row for row in seen if row[0][0] >= end)
    return indirect_speech(head.text, head, [a for a in quoted if a.start < end], trace,
                           judge) + found


def to_quote(body: str, att: Attribution, speaker: dict[str, Any] | None = None) -> Quote:
    """The public :class:`Quote` of an attribution.

    >>> to_quote("He said: 'no'.", Attribution(10, 12, "direct")).text
    'no'
    """
    sp, ad = att.speaker_span, att.addressee_span
    return Quote(
        speaker=speaker,
        speaker_text=body[sp[0] : sp[1]] if sp else None,
        cue=att.cue,
        text=body[att.start : att.end],
        kind=att.kind,
        start=att.start,
        end=att.end,
        speaker_span=list(sp) if sp else None,
        cue_span=list(att.cue_span) if att.cue_span else None,
        addressee=body[ad[0] : ad[1]] if ad else None,
        addressee_span=list(ad) if ad else None,
    )


def _resolve_pronoun(article: Article, word: str, offset: int, doc: Any,
                     said: tuple[tuple[int, int], ...] = ()
                     ) -> tuple[Actor, tuple[int, int]] | None:
    """The nearest actor mentioned before ``offset`` that pronoun ``word`` can stand for,
    with that mention (its last before ``offset``); for "he" or "she", not counting the
    names inside ``said``, the words the pronoun's speaker is quoted saying (``"... I will
    support Sen. Obama," she said``: a person quoted speaks of others by name, of herself
    as "I")."""
    want = pronoun_gender(word)
    if want not in ("m", "f", "p", "n"):
        return None
    best: tuple[int, int, Actor] | None = None
    fits: list[tuple[int, int, Actor]] = []
    mention: dict[int, tuple[int, int]] = {}  # by id() of the actor
    for actor in article.actors:
        if want in ("m", "f"):
            if actor.kind != "person":
                continue
            g = gender_of(article, actor, doc)
            if g is not None and g != want:
                continue
            fit = 1 if g == want else 0
        else:
            if actor.kind == "person":
                continue
            fit = 0
        last = max(((s, e) for s, e in actor.mentions
                    if s < offset and not (want in ("m", "f")
                                           and any(a <= s < b for a, b in said))),
                   default=None)
        if last is None or offset - last[0] > MAX_PRONOUN_DISTANCE:
            continue
        key = (last[0] + fit * PRONOUN_GENDER_BONUS, last[0])
        fits.append((fit, last[0], actor))
        mention[id(actor)] = last
        if best is None or key > best[:2]:
            best = (key[0], key[1], actor)
    if best is None:
        return None
    found = _sentence_subject(article, doc, best, fits, offset) or best[2]
    return found, mention[id(found)]


#: Tags of a relative pronoun ("who", "that", "which") as a clause's subject.
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _binding_subject(doc: Any, offset: int) -> Any:
    """The subject of the nearest clause the pronoun at ``offset`` stands inside (for a
    relative clause with a relative subject, the noun it stands for), else None."""
    tok = token_at(doc, offset) if doc is not None else None
    if tok is None:
        return None
    child = tok
    while child.head.i != child.i:
        head = child.head
        subjects = [t for t in head.children
                    if t.dep_ in ("nsubj", "nsubjpass") and t.i not in (child.i, tok.i)]
        if child.dep_ == "relcl" and any(t.dep_ == "nsubj" and t.tag_ in _RELATIVE_TAGS
                                         for t in child.children):
            subjects = [head]  # "Kasich, who brags he ...": the noun "who" stands for
        if subjects and subjects[0].tag_ not in _RELATIVE_TAGS:
            return subjects[0]
        child = head
    return None


def _binder(article: Article, doc: Any, offset: int, want: str | None) -> Actor | None:
    """The named actor that is the subject of the nearest clause the pronoun at ``offset``
    stands inside (:func:`_binding_subject`), when it fits the pronoun: "Skelly,
    explaining he worked ...", "Kasich, who brags he has held ...", "Rubio spoke ... as
    he congratulated ...". A reader takes the pronoun for that subject, not for a nearer
    name in between. None when that subject is no name, no actor or one the pronoun
    cannot stand for ("Critics say he ...", "The candidate ... told his aides he ...":
    the pronoun is left to the nearest fit, but see :func:`_bound_group`)."""
    if want is None:
        return None
    holder = _binding_subject(doc, offset)
    if holder is None or holder.pos_ != "PROPN":
        return None  # "the candidate ...": a role, left to the nearest fit
    actor = actor_at(article, holder.idx, holder.idx + len(holder.text))
    if actor is None or not _fits(article, actor, want, doc):
        return None
    return actor


def _bound_group(article: Article, doc: Any, offset: int) -> tuple[bool, Actor | None]:
    """Whether "they" at ``offset`` stands for a group in lower case that is the subject
    of the nearest clause it stands inside ("Cruz's allies bristle ..., they insist",
    "Organizers of the push said they are worried"), and that group's actor (None when
    the actors stage holds none for it): the pronoun is theirs, not a body named further
    back."""
    holder = _binding_subject(doc, offset)
    if holder is None or holder.pos_ != "NOUN" or holder.tag_ != "NNS":
        return False, None
    return True, actor_at(article, holder.idx, holder.idx + len(holder.text))


def _sentence_subject(article: Article, doc: Any, best: tuple[int, int, Actor],
                      fits: list[tuple[int, int, Actor]], offset: int) -> Actor | None:
    """The actor a pronoun continues: of the fitting actors named in the sentence of
    the nearest fit, the one that is its subject ("Trump attacked Clinton. He said
    ...": Trump), when it fits the pronoun's gender no worse than the nearest."""
    if doc is None:
        return None
    near = token_at(doc, best[1])
    if near is None:
        return None
    sent = near.sent
    if not sent.end_char <= offset:
        return None  # the pronoun's own sentence: the parse already chose
    best_fit = next(f for f, _, a in fits if a is best[2])
    for fit, _, actor in fits:
        if fit < best_fit:
            continue
        for s, e in actor.mentions:
            if not sent.start_char <= s < sent.end_char:
                continue
            tok = token_at(doc, e - 1)
            while tok is not None and tok.dep_ in ("compound", "flat", "appos") \
                    and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and (
                    tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj"
                    and tok.head.head.dep_ == "ROOT"):
                return actor  # the main clause's subject, not "after Maduro left"
    return None


def _spelled(label: str) -> str:
    """A label in lower case with its titles spelled out ("New Jersey Gov." → "new jersey
    governor")."""
    words = cues().title_abbreviations
    return " ".join(words.get(w, w) for w in label.lower().split())


def _role_only(actor: Actor) -> bool:
    """An actor that is only a role or a group in lower case ("governor", "voters"), with
    no name of its own."""
    return not any(ch.isupper() for ch in actor.name)


#: Words before the end of a label that make its last words no head of it
#: ("secretary of state", "a partner at mercury": no state, no Mercury).
_NOT_HEAD = frozenset({"of", "at", "for", "from", "in", "on", "to", "with", "by"})


def _headed_by(label: str, phrase: str) -> bool:
    """Whether ``label`` is ``phrase`` or ends with it as its head ("new jersey governor"
    is headed by "governor"; "secretary of state" is not headed by "state").

    >>> _headed_by("new jersey governor", "governor"), _headed_by("secretary of state", "state")
    (True, False)
    """
    if label == phrase:
        return True
    if not label.endswith(" " + phrase):
        return False
    before = label[: -len(phrase) - 1].split()
    return not before or before[-1] not in _NOT_HEAD


def _by_label(article: Article, text: str, offset: int) -> Actor | None:
    """The actor, mentioned nearest before ``offset``, one of whose labels ``text`` repeats.

    ("the opposition leader" after "Venezuela's opposition leader Juan Guaido").
    """
    words = text.split()
    if not words or not words[-1][:1].islower():
        return None  # a name ("Intel", "the Post") is no role to look up
    phrase = _spelled(normalise_label(text))
    if not phrase:
        return None
    best: tuple[int, Actor] | None = None
    for actor in article.actors:
        labels = [_spelled(label) for label in actor.labels]
        if not any(_headed_by(label, phrase) for label in labels):
            continue
        last = max((st for st, _ in actor.mentions if st < offset), default=-1)
        if best is None or last > best[0]:
            best = (last, actor)
    return best[1] if best else None


def speaker_actor(article: Article, att: Attribution,
                  previous: tuple[int, Actor] | None = None,
                  said: tuple[tuple[int, int], ...] = (),
                  quoted: tuple[tuple[int, int], ...] = ()) -> Actor | None:
    """The actor who speaks in ``att``: by its mentions, or for a pronoun the nearest fit.

    Args:
        article: the article, with its actors.
        att: the attribution.
        previous: where the last quote before this one ended, and its speaker; a
            pronoun just after it ("He added") stands for that speaker when it fits.
        said: the direct quotes of the same speaker words; a pronoun stands for no one
            named there (:func:`_resolve_pronoun`).
        quoted: the spans of the article's quotes and reported statements; a pronoun
            continues no subject before one (:func:`..actors.stage.continued_subject`).
    """
    if att.speaker_span is None:
        return None
    s, e = att.speaker_span
    words = article.body[s:e].split()
    if len(words) == 1 and pronoun_gender(words[0]) is not None:
        want = pronoun_gender(words[0])
        bound = _binder(article, article._doc, s, want)
        if bound is not None:
            return bound
        if words[0].lower() == "they":
            grouped, group = _bound_group(article, article._doc, s)
            if grouped:
                return group
        if want in ("m", "f") and article._doc is not None:
            settled, actor = continued_subject(article, article._doc, s, want, quoted)
            if settled:
                return actor
        if previous is not None and 0 <= s - previous[0] <= NEXT_QUOTE_DISTANCE:
            if _fits(article, previous[1], want, article._doc):
                return previous[1]
        resolved = _resolve_pronoun(article, words[0], s, article._doc, said)
        if resolved is None:
            return None
        found, last = resolved
        if want in ("m", "f") and article._doc is not None \
                and unknown_subject(article, article._doc, last, s, 0):
            return None  # a person no actor holds was named as a subject in between
        return found
    head = att.speaker_token
    found = None
    if head is not None and s <= head.idx < e:
        found = actor_at(article, head.idx, head.idx + len(head.text))
    found = found or actor_at(article, s, e)
    if found is None or _role_only(found):
        # "the governor": the person the article names in that role
        return _by_label(article, article.body[s:e], s) or found
    return found


def speakers(article: Article, found: list[Attribution]) -> list[Actor | None]:
    """The actor who speaks in each attribution of ``found`` (in text order): a pronoun
    just after a quote ("He added") may stand for that quote's speaker."""
    out: list[Actor | None] = []
    previous: tuple[int, Actor] | None = None
    said: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for att in found:
        if att.speaker_span and att.kind == "direct":
            said.setdefault(att.speaker_span, []).append((att.start, att.end))
    quoted = tuple((a.start, a.end) for a in found)
    for att in found:
        spans = tuple(said.get(att.speaker_span, ())) if att.speaker_span else ()
        actor = speaker_actor(article, att, previous, spans, quoted)
        if actor is not None:
            previous = (att.end, actor)
        out.append(actor)
    return out


@stage(reads=READS, writes=WRITES, version=VERSION)
def quotes(article: Article, settings: Settings) -> Article:
    """Fill ``article.quotes``: direct, partial and indirect, speakers resolved to actors."""
    out = []
    found = attributions(article.body, article._doc)
    for att, actor in zip(found, speakers(article, found), strict=True):
        text = article.body[att.speaker_span[0] : att.speaker_span[1]] if att.speaker_span \
            else None
        out.append(to_quote(article.body, att, actor_ref(actor, text) if actor else None))
    article.quotes = out
    return article
