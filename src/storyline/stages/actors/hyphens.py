"""Names inside hyphenated words: "anti-Balaka" is a militia, not the Malawian town of
Balaka; "pro-Russia" and "Russian-backed" separatists are not Russia's.

A place joined by a hyphen to a prefix that turns it into a stance ("anti-", "pro-",
"non-"), to a suffix naming a patron ("-backed", "-funded": :data:`.phrase.PATRON_SUFFIXES`)
or to one placing someone ("-based") describes another actor and is none itself; so does a
country before a holder's suffix ("Serb-controlled", "Israeli-occupied":
:data:`.phrase.HOLDER_SUFFIXES`), while a group so joined holds the place and stays an actor
("ISIS-held", "Hamas-controlled"). A hyphenated word the tables name whole ("anti-Balaka")
is that actor. "Saudi-led" is left to the place: the leader acts.
"""

from __future__ import annotations

from typing import Any

from .lexicon import names, text_key
from .phrase import HOLDER_SUFFIXES, PATRON_SUFFIXES, holders

#: Prefixes that make a place a stance towards it ("*anti*-Balaka", "*pro*-Russia").
STANCE_PREFIXES = frozenset({"anti", "pro", "non"})
#: Suffixes that make a place where someone else is ("The *Hague*-based court", "a
#: *Dubai*-based company"): its country may be theirs, but the place is no actor.
LOCATING_SUFFIXES = frozenset({"based"})


def hyphenated(span: Any) -> Any:
    """The whole hyphenated word ``span`` is part of, else ``span`` itself.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Iran-backed militias fought the anti-Balaka in Guinea.")
    >>> hyphenated(doc[0:1]).text, hyphenated(doc[8:9]).text, hyphenated(doc[10:11]).text
    ('Iran-backed', 'anti-Balaka', 'Guinea')
    """
    doc, start, end = span.doc, span.start, span.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        end += 2
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def describes(span: Any) -> bool:
    """Whether ``span`` is a place inside a hyphenated word that describes someone else:
    after a stance prefix, before a patron's suffix, or a name no group or organisation
    holds before a holder's suffix.

    >>> from storyline import resources
    >>> doc = resources.nlp()("Pro-Russia and Iran-backed groups met US-led forces.")
    >>> describes(doc[2:3]), describes(doc[4:5]), describes(doc[9:10])
    (True, True, False)
    >>> doc = resources.nlp()("Serb-held towns and Houthi-held Sanaa")
    >>> describes(doc[0:1]), describes(doc[5:6])
    (True, False)
    """
    word = hyphenated(span)
    if word is span:
        return False
    before = word[:span.start - word.start]
    after = word[span.end - word.start:]
    return any(t.lower_ in STANCE_PREFIXES for t in before) or any(
        t.lower_ in PATRON_SUFFIXES | LOCATING_SUFFIXES for t in after) or (
        any(t.lower_ in HOLDER_SUFFIXES for t in after)
        and not holders(names().get(text_key(span.text), ())))
