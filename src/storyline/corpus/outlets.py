"""The outlet of an article that names none, read from its own text.

An article given without an outlet (no ``outlet`` field, no known domain in its URL or file
name) often names its outlet itself: a wire dateline ("CARACAS (Reuters) -"), a byline
("By Joshua Goodman, Associated Press"), a copyright line ("Copyright 2019 AFP"). The
``credits`` rules of ``data/outlets.json`` say where each is looked for (the opening of the
body, or its closing and the lines the ``clean`` stage set aside) and its pattern; the
outlet names are the aliases and credit names of the outlets there. Without a credit line,
the ``self_references`` rules weigh what else the text says of its outlet: several links to
one outlet's site and none to another's, several different people who "told VOA", one of
its own interview headlines among its related-article links ("Maduro Ally Tells Sputnik").
A source the article only cites ("Trump told CNN", "Reuters reported") names no outlet.
The first rule that matches names it, and the reason is kept: ``outlet_from: "text"`` and
a line in ``warnings``.

>>> art = {"article_key": "a", "body": "CARACAS (Reuters) - Guaido called for protests."}
>>> out = with_inferred_outlets([art])[0]
>>> out["outlet"], out["outlet_from"], out["warnings"]
('Reuters', 'text', ['outlet Reuters inferred from its wire dateline: "CARACAS (Reuters) -"'])
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import resources
from ..language import stopwords
from ..stages.clean.boilerplate import wire_names
from ..stages.clean.features import URL
from ..stages.meta import outlet_of_url
from .articles import UNKNOWN_OUTLET, Article, outlet_of

#: Characters of the body's opening and closing searched by the rules.
WINDOW = 400
#: What ends the words before a told cue that can name its speaker.
_SENTENCE_START = re.compile(r"[.!?\n\"“”]")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@cache
def _names() -> dict[str, str]:
    """Each alias and credit name, folded, to its outlet's display name."""
    return {alias.casefold(): o["name"]
            for o in resources.data_json("outlets.json")["outlets"]
            for alias in [*o["aliases"], *o.get("credit_names", [])]}


@cache
def rules() -> list[tuple[str, str, re.Pattern[str]]]:
    """The credit rules of ``data/outlets.json``: (name, where, compiled pattern)."""
    names = sorted(_names(), key=len, reverse=True)
    outlet = "(?P<outlet>" + "|".join(re.escape(n) for n in names) + ")"
    return [(r["name"], r["where"],
             re.compile(r["pattern"].replace("{outlet}", outlet), re.I | re.M))
            for r in resources.data_json("outlets.json")["credits"]]


def credited_outlet(article: Article) -> tuple[str, str] | None:
    """The outlet an article's credit line names, with the reason, or None.

    >>> credited_outlet({"body": "The president told CNN he would stay."}) is None
    True
    >>> credited_outlet({"body": "Talks resumed.", "removed": [{"text": "© 2019 AFP"}]})
    ('AFP', 'outlet AFP inferred from its copyright line: "© 2019 AFP"')
    """
    body = article.get("body") or ""
    removed = "\n".join(r.get("text") or "" for r in article.get("removed") or [])
    texts = {"opening": body[:WINDOW], "closing": body[-WINDOW:] + "\n" + removed}
    for name, where, pattern in rules():
        m = pattern.search(texts[where])
        if m:
            outlet = _names()[m.group("outlet").casefold()]
            said = " ".join(m.group(0).split())
            return outlet, f'outlet {outlet} inferred from its {name}: "{said}"'
    return None


@cache
def _self_references() -> dict[str, Any]:
    return dict(resources.data_json("outlets.json")["self_references"])


@cache
def _told() -> re.Pattern[str]:
    """``told <outlet>``: a told cue and an outlet's alias or credit name written as the
    outlet writes it (case kept: "told time" names no magazine)."""
    cues = "|".join(re.escape(c) for c in _self_references()["told_cues"])
    spelled = {alias.casefold(): alias for o in resources.data_json("outlets.json")["outlets"]
               for alias in [*o["aliases"], *o.get("credit_names", [])]}
    names = "|".join(re.escape(spelled[n]) for n in sorted(spelled, key=len, reverse=True))
    return re.compile(r"\b(?i:" + cues + r")\s+(?:the\s+)?"
                      r"(?P<outlet>" + names + r")(?![\w-])")


def _speaker(before: str) -> tuple[str, frozenset[str]]:
    """The names of whoever told the outlet: the capitalised words, function words aside, of
    the last comma-separated part of ``before``, with the part before it when that last part
    is an appositive ("Steven Pifer, a former diplomat,"). Empty for a pronoun or a
    description ("he", "a spokesperson"): such a speaker is not counted.

    >>> said, names = _speaker("Last year, Steven Pifer, a former diplomat,")
    >>> said, sorted(names)
    ('Steven Pifer, a former diplomat,', ['Pifer', 'Steven'])
    """
    text = before.strip()
    parts = text.removesuffix(",").split(",")
    said = (",".join(parts[-2:]) + "," if text.endswith(",") else parts[-1]).strip()
    stop = stopwords("en")
    return said, frozenset(w for w in _NAME_WORD.findall(said)
                           if w[0].isupper() and w.casefold() not in stop)


def _distinct(speakers: list[frozenset[str]]) -> int:
    """How many different people ``speakers`` are: sets sharing a name are one person."""
    groups: list[set[str]] = []
    for names in speakers:
        joined = [g for g in groups if g & names]
        merged = set(names).union(*joined)
        groups = [g for g in groups if not g & names] + [merged]
    return len(groups)


def _known_outlet(url: str) -> str | None:
    name = outlet_of_url(url.rstrip(".,;:)>]"))
    return name if name in _display_names() else None


@cache
def _wires() -> frozenset[str]:
    """The outlets that are news agencies (``wires`` of ``data/boilerplate.json``)."""
    wires = {w.casefold() for w in wire_names()}
    return frozenset(o["name"] for o in resources.data_json("outlets.json")["outlets"]
                     if any(n.casefold() in wires
                            for n in [o["name"], *o["aliases"], *o.get("credit_names", [])]))


@cache
def _display_names() -> frozenset[str]:
    return frozenset(_names().values())


def evidence(article: Article) -> dict[str, dict[str, list[str]]]:
    """What an article's text says of its own outlet, by kind, then outlet, then the
    passages: ``links`` (links to the outlet's domains, in the body and the lines set
    aside), ``told`` (one passage per different speaker who told it, in the body),
    ``headlines`` (related-article lines in which someone tells it).

    >>> evidence({"body": "Ana Diaz told VOA it was over. Luis Gil told VOA so too."})["told"]
    {'Voice of America': ['Ana Diaz told VOA', 'Luis Gil told VOA']}
    """
    body = article.get("body") or ""
    removed = article.get("removed") or []
    related = set(_self_references()["related_reasons"])
    found: dict[str, dict[str, list[str]]] = {"links": {}, "told": {}, "headlines": {}}
    for text in [body, *(r.get("text") or "" for r in removed)]:
        for m in URL.finditer(text):
            outlet = _known_outlet(m.group(0))
            if outlet:
                found["links"].setdefault(outlet, []).append(m.group(0).rstrip(".,;:)>]"))
    speakers: dict[str, list[tuple[frozenset[str], str]]] = {}
    for m in _told().finditer(body):
        said, names = _speaker(_SENTENCE_START.split(body[max(0, m.start() - 160):m.start()])[-1])
        if names:
            outlet = _names()[m.group("outlet").casefold()]
            told = " ".join([said, *m.group(0).split()])
            speakers.setdefault(outlet, []).append((names, told))
    for outlet, said in speakers.items():
        kept: list[str] = []
        for i, (_, text) in enumerate(said):
            if _distinct([n for n, _ in said[:i + 1]]) > len(kept):
                kept.append(text)
        found["told"][outlet] = kept
    for r in removed:
        if r.get("reason") in related:
            for m in _told().finditer(r.get("text") or ""):
                outlet = _names()[m.group("outlet").casefold()]
                found["headlines"].setdefault(outlet, []).append(" ".join(r["text"].split()))
    return found


def referenced_outlet(article: Article) -> tuple[str, str] | None:
    """The outlet an article's text refers to as its own (:func:`evidence`), by the first
    ``self_references`` rule of ``data/outlets.json`` that names one, with the reason.

    >>> referenced_outlet({"body": "Trump told CNN he would act."}) is None
    True
    """
    found = evidence(article)
    for rule in _self_references()["rules"]:
        needs: dict[str, int] = rule["needs"]
        for outlet in {o for kind in needs for o in found[kind]}:
            if rule.get("wires", True) is False and outlet in _wires():
                continue
            if not all(len(found[k].get(outlet, [])) >= n for k, n in needs.items()):
                continue
            # "none": no other outlet has evidence of these kinds; "fewer": each has less.
            floor = {k: 1 if rule["rivals"] == "none" else len(found[k][outlet]) for k in needs}
            if any(len(v) >= floor[k] for k in needs for o, v in found[k].items() if o != outlet):
                continue
            said = "; ".join(f'"{t}"' for k in needs for t in found[k][outlet][:3])
            return outlet, f"outlet {outlet} inferred from {rule['name']}: {said}"
    return None


def with_inferred_outlets(articles: list[Article]) -> list[Article]:
    """The articles, those without an outlet given one from their credit line
    (:func:`credited_outlet`) or, failing that, from what else their text says of their own
    outlet (:func:`referenced_outlet`), with ``outlet_from: "text"`` and the reason in ``warnings``.
    The others come back as they were."""
    out = []
    for article in articles:
        found = None
        if outlet_of(article) == UNKNOWN_OUTLET:
            found = credited_outlet(article) or referenced_outlet(article)
        if found is None:
            out.append(article)
            continue
        outlet, reason = found
        out.append({**article, "outlet": outlet, "outlet_from": "text",
                    "warnings": [*(article.get("warnings") or []), reason]})
    return out
