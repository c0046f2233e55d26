"""Bounds that keep the cost of parsing linear in the length of a text.

Two things grow faster than the text when it is long or odd, and both are cut here,
before spaCy's parser runs (and a third, memory, is bounded as it runs):

- spaCy's tokenizer strips affixes off a whitespace-free stretch one character at a
  time (a run of 200,000 ``(`` costs minutes): :func:`make_doc` tokenizes a long text
  in pieces cut after whitespace, which gives the same tokens, and cuts a stretch of
  more than :data:`MAX_WORD` characters without whitespace into such stretches;
- a sentence of thousands of tokens (a line of ``, officials said`` clauses, reported
  speech nested deep, a list with no full stop) makes every per-sentence scan of the
  later stages long and their recursion deep: :func:`cap_sentences` parses a text
  whose parse holds a sentence of more than :data:`MAX_SENTENCE` tokens once more,
  with the parser's own sentence starts kept and the long sentences cut at their last
  full stop (else ``;`` or ``:``, else comma) in every stretch of that many tokens.
  Texts of normal news copy are parsed once, as spaCy parses them;
- spaCy's components hold working memory in proportion to the words of the Doc they
  run on (some 15 KB a word: a text of 680,000 characters took more than 2 GB):
  :func:`parse` runs them over a Doc of more than :data:`PARSE_PIECE` tokens in pieces
  cut at a line break or a sentence start (else after a full stop), and joins the
  pieces again. No news article comes near that size; it bounds the odd huge input.

:func:`paragraph_starts` (a pipeline component before the parser) starts a sentence
after every line break, after a section heading a scraped text runs into the sentence it
heads, and after a capital letter and its stop that follow a preposition ("posted on X.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.tokens import Doc

#: Most tokens in one sentence.
MAX_SENTENCE = 200
#: Most characters of one stretch without whitespace given to the tokenizer.
MAX_WORD = 1000
#: Texts up to this many characters go to the tokenizer whole.
PIECE = 20_000
#: Most tokens spaCy's components take as one Doc.
PARSE_PIECE = 5_000

#: Marks after which a long sentence is cut, the strongest first.
_MARKS = (frozenset({".", "!", "?"}), frozenset({";", ":"}), frozenset({",", "\u2014", "-"}))
_LONG = re.compile(rf"\S{{{MAX_WORD}}}")
_SPACE = re.compile(r"\s+")


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters, each ending after whitespace
    or after :data:`MAX_WORD` characters without any; joined, they give ``text``.

    >>> pieces("aa bb cc", 3)
    ['aa bb ', 'cc']
    >>> [len(p) for p in pieces("x" * 2500 + " y")]
    [1000, 1000, 502]
    """
    out: list[str] = []
    start, n = 0, len(text)
    while True:
        long = _LONG.search(text, start, min(n, start + size))
        if long is not None:
            cut = long.end()
        elif n - start <= size:
            break
        else:
            space = _SPACE.search(text, start + size, start + size + MAX_WORD)
            cut = space.end() if space else start + size + MAX_WORD
        if cut >= n:
            break
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def make_doc(nlp: Any, text: str) -> Doc:
    """Tokenize ``text`` with ``nlp``'s tokenizer, a long text in bounded pieces (the same
    tokens, but for stretches of more than :data:`MAX_WORD` characters without whitespace).

    >>> from storyline import resources
    >>> len(make_doc(resources.nlp(), "(" * 50_000))
    50000
    """
    parts = pieces(text)
    if len(parts) == 1:
        return nlp.make_doc(text)
    return Doc.from_docs([nlp.tokenizer(part) for part in parts], ensure_whitespace=False)


def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs
    (headlines and captions have no final stop to end them), after a section heading
    run into the sentence it heads (:func:`_inline_heading`), and after a capital letter
    that ends a sentence (:func:`_letter_ending_a_sentence`); a spaCy component, before
    the parser."""
    if len(doc) < 2:
        return doc
    space = doc.to_array([IS_SPACE]).astype(bool).reshape(-1)
    for i in np.flatnonzero(space[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = not space[i + 1] or None
    # only two-character tokens can be a letter and its stop: no Python walk over them all
    short = np.flatnonzero(doc.to_array([LENGTH]).reshape(-1)[1:-1] == 2) + 1
    for i in short.tolist():
        if _letter_ending_a_sentence(doc, i):
            doc[i + 1].is_sent_start = True
    orth = doc.to_array([ORTH]).reshape(-1)[:-2]
    ends = [doc.vocab.strings.add(t) for t in SENTENCE_ENDS]
    for i in np.flatnonzero(np.isin(orth, ends)).tolist():
        end = _inline_heading(doc, i + 1)
        if end is not None:
            doc[i + 1].is_sent_start = True
            doc[end].is_sent_start = True
    return doc


def _letter_ending_a_sentence(doc: Doc, i: int) -> bool:
    """``doc[i]`` is one capital letter and its full stop that ends a sentence: the
    tokenizer keeps "X." whole, as an initial, so the parser sees no stop; but an initial
    stands after a name ("George W. Bush") or before one, so after a preposition a
    capitalised word that is no proper noun opens the next sentence ("... said in a
    statement posted *on X.* Militants attacked a passenger train ...": the platform X);
    a proper noun after it goes on the name the letter begins ("a letter to *E. Jean*
    Carroll", "from *A. Q.* Khan", "said that *J. Edgar* Hoover": "that" is tagged IN)."""
    tok, after = doc[i], doc[i + 1]
    return (len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
            and doc[i - 1].tag_ == "IN" and tok.whitespace_ != "" and after.is_title
            and after.tag_ not in ("NNP", "NNPS"))


#: Tokens that end a sentence before a heading ("... fighters. Recent attacks Since ...").
SENTENCE_ENDS = frozenset({".", "!", "?", "\u201d", '"'})
#: Tags of the capitalised word that opens the sentence under a heading: a determiner,
#: preposition or subordinator, pronoun, number or common noun ("Recent attacks *Since*
#: the beginning", "Reaction *Officials* have", "Government involvement *In* 2017").
OPENING_TAGS = frozenset({"DT", "IN", "PRP", "CD", "NN", "NNS", "RB", "WRB"})
MAX_HEADING = 5


def _inline_heading(doc: Doc, start: int) -> int | None:
    """Where the sentence under a heading starts, when ``doc[start:]`` opens with a short
    heading run into it with no stop (as scraped section titles are: "Recent attacks Since
    the beginning of the year, ..."): one capitalised word and up to four lower-case ones,
    none a verb but a first gerund ("Blaming neighbors"), then a capitalised word of
    :data:`OPENING_TAGS` that does not open a name; else None (the parse has no entities
    yet: names are told by their tags)."""
    first = doc[start]
    if not first.is_title or first.tag_ in ("NNP", "NNPS"):
        return None
    for k in range(start + 1, min(start + MAX_HEADING + 1, len(doc) - 1)):
        tok = doc[k]
        if tok.is_title and tok.tag_ in OPENING_TAGS:
            # "Writing in *The Atlantic*": a capitalised word before a name is the name's.
            return None if doc[k + 1].tag_ in ("NNP", "NNPS") else k
        if not tok.is_lower or tok.tag_.startswith(("VB", "MD")) or tok.is_punct:
            return None
    return None


def cap_sentences(nlp: Any, doc: Doc) -> Doc:
    """``doc`` if none of its sentences passes :data:`MAX_SENTENCE` tokens, else ``doc``'s
    text parsed again by ``nlp`` with its sentences kept and the long ones cut.

    >>> from storyline import resources
    >>> model = resources.nlp()
    >>> doc = cap_sentences(model, model("Talks failed" + ", officials said" * 300 + "."))
    >>> max(len(s) for s in doc.sents) <= MAX_SENTENCE
    True
    """
    if not len(doc):
        return doc
    starts = np.flatnonzero(doc.to_array([SENT_START]).reshape(-1) == 1).tolist()
    bounds = [0, *[i for i in starts if i], len(doc)]
    if max(e - s for s, e in zip(bounds, bounds[1:], strict=False)) <= MAX_SENTENCE:
        return doc
    again = make_doc(nlp, doc.text)
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start:
            again[start].is_sent_start = True
        for cut in _cuts(doc, start, end):
            again[cut].is_sent_start = True
    return next(parse(nlp, [again]))


def parse(nlp: Any, docs: Iterable[Doc], batch_size: int = 1) -> Iterator[Doc]:
    """``nlp``'s components run over the tokenized ``docs`` (``batch_size`` Docs at a
    time), a Doc of more than :data:`PARSE_PIECE` tokens in pieces that are joined again.

    >>> from storyline import resources
    >>> model = resources.nlp()
    >>> doc = next(parse(model, [make_doc(model, "Talks resumed. " * 3000)]))
    >>> len(doc), doc.text == "Talks resumed. " * 3000, doc.has_annotation("DEP")
    (9000, True, True)
    """
    counts: list[int] = []

    def parts() -> Iterator[Doc]:
        for doc in docs:
            cut = _pieces(doc)
            counts.append(len(cut))
            yield from cut

    parsed = iter(nlp.pipe(parts(), batch_size=batch_size))
    for n, first in enumerate(parsed):
        if counts[n] == 1:
            yield first
        else:
            rest = [next(parsed) for _ in range(counts[n] - 1)]
            yield Doc.from_docs([first, *rest], ensure_whitespace=False)


def _pieces(doc: Doc) -> list[Doc]:
    """``doc`` cut into Docs of at most :data:`PARSE_PIECE` tokens (:func:`_piece_end`)."""
    if len(doc) <= PARSE_PIECE:
        return [doc]
    out, start = [], 0
    while len(doc) - start > PARSE_PIECE:
        end = _piece_end(doc, start)
        out.append(doc[start:end].as_doc())
        start = end
    out.append(doc[start:].as_doc())
    return out


def _piece_end(doc: Doc, start: int) -> int:
    """Where the piece of ``doc`` from ``start`` ends: at the last line break or sentence
    start set on ``doc`` in the second half of :data:`PARSE_PIECE` tokens, else after the
    last full stop there, else after that many tokens."""
    window = range(start + PARSE_PIECE, start + PARSE_PIECE // 2, -1)
    return next((j for j in window if "\n" in doc[j - 1].text or doc[j].is_sent_start),
                next((j for j in window if doc[j - 1].text in _MARKS[0]),
                     start + PARSE_PIECE))


def _cuts(doc: Doc, start: int, end: int) -> list[int]:
    """Where to start sentences in the sentence ``doc[start:end]`` so none passes the cap:
    after the last full stop, else ``;`` or ``:``, else comma of every stretch of
    :data:`MAX_SENTENCE` tokens, else at the stretch's end."""
    out: list[int] = []
    last = start
    while end - last > MAX_SENTENCE:
        window = range(last + MAX_SENTENCE, last + 1, -1)
        cut = next((j for marks in _MARKS for j in window if doc[j - 1].text in marks),
                   last + MAX_SENTENCE)
        while cut < end - 1 and doc[cut].is_space:
            cut += 1
        out.append(cut)
        last = cut
    return out
