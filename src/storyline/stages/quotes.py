"""The ``quotes`` stage: who said what, with speakers resolved to actors.

Quoted passages are found by their marks (:mod:`quote_marks`, character based),
attributed with the parse around cue words (:mod:`quote_speakers`), joined by
reported speech without marks, and their speakers resolved to the article's
actors: a name or title through the actors stage's mentions, a pronoun
("he added") to the nearest person before it whose gender fits.

Every quote keeps ``body[start:end] == text``; ``speaker_span`` and
``cue_span`` give the offsets of the speaker and cue words in ``body``.
"""

from __future__ import annotations

from typing import Any

from ..model import Article, Quote
from ..pipeline import stage
from ..settings import Settings
from .quote_marks import find_quotes
from .quote_speakers import Attribution, attribute_quotes, cues
from .reported_speech import indirect_speech


def attributions(body: str, doc: Any) -> list[Attribution]:
    """Every quote and reported statement of ``body``, in order, speakers as spans.

    Args:
        body: the article body.
        doc: the spaCy Doc over ``body``, or None (then only quote marks are read,
            and no speaker is found).

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
    found = quoted + indirect_speech(body, doc, quoted)
    return sorted(found, key=lambda a: (a.start, a.end))


def to_quote(body: str, att: Attribution, speaker: dict[str, Any] | None = None) -> Quote:
    """The public :class:`Quote` of an attribution.

    >>> to_quote("He said: 'no'.", Attribution(10, 12, "direct")).text
    'no'
    """
    sp = att.speaker_span
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
    )


def pronoun_gender(word: str) -> str | None:
    """``m``, ``f``, ``p`` (plural) ... for a pronoun, None for any other word.

    >>> pronoun_gender("She"), pronoun_gender("Lavrov")
    ('f', None)
    """
    return cues().pronouns.get(word.lower())
