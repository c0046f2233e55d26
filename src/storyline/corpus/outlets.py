"""The outlet of an article that names none, read from its own credit line.

An article given without an outlet (no ``outlet`` field, no known domain in its URL or file
name) often names its outlet itself: a wire dateline ("CARACAS (Reuters) -"), a byline
("By Joshua Goodman, Associated Press"), a copyright line ("Copyright 2019 AFP"). The
``credits`` rules of ``data/outlets.json`` say where each is looked for (the opening of the
body, or its closing and the lines the ``clean`` stage set aside) and its pattern; the
outlet names are the aliases and credit names of the outlets there. A source the article
only cites ("told CNN", "Reuters reported") names no outlet. The first rule that matches
names it, and the reason is kept: ``outlet_from: "text"`` and a line in ``warnings``.

>>> art = {"article_key": "a", "body": "CARACAS (Reuters) - Guaido called for protests."}
>>> out = with_inferred_outlets([art])[0]
>>> out["outlet"], out["outlet_from"], out["warnings"]
('Reuters', 'text', ['outlet Reuters inferred from its wire dateline: "CARACAS (Reuters) -"'])
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .articles import UNKNOWN_OUTLET, Article, outlet_of

#: Characters of the body's opening and closing searched by the rules.
WINDOW = 400


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


def with_inferred_outlets(articles: list[Article]) -> list[Article]:
    """The articles, those without an outlet given one from their credit line
    (:func:`credited_outlet`) with ``outlet_from: "text"`` and the reason in ``warnings``.
    The others come back as they were."""
    out = []
    for article in articles:
        found = credited_outlet(article) if outlet_of(article) == UNKNOWN_OUTLET else None
        if found is None:
            out.append(article)
            continue
        outlet, reason = found
        out.append({**article, "outlet": outlet, "outlet_from": "text",
                    "warnings": [*(article.get("warnings") or []), reason]})
    return out
