"""HTML input: body and metadata through trafilatura, the rest accounted for.

trafilatura finds the article in the page's markup; its title, author, date
(htmldate), site name and canonical URL go to ``article._metadata`` under
``html:`` roles for the ``meta`` stage. Every other line of visible page text
is listed in ``removed`` (with a cue reason when one applies, else
``"html-boilerplate"``) so nothing leaves silently.

>>> from storyline.model import Article
>>> from storyline.settings import Settings
>>> page = ("<html><head><title>Talks | DW</title></head><body><nav><a href='/'>Home</a></nav>"
...         "<article><h1>Talks</h1><p>" + "Both sides met in Oslo on Monday for talks. " * 5 +
...         "</p></article></body></html>")
>>> a = extract(Article(id="a", source="a.html", raw=page, format="html"), Settings(), str)
>>> a.body.startswith("Both sides met"), [(r.text, r.reason) for r in a.removed]
(True, [('Talks', 'metadata'), ('Home', 'navigation')])
"""

from __future__ import annotations

from collections.abc import Callable

from ...language import detect
from ...model import Article, Removed
from ...settings import Settings
from .boilerplate import METADATA
from .features import cue_of

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
           "section", "article", "header", "footer", "nav", "aside", "blockquote", "figcaption",
           "figure", "ul", "ol", "dt", "dd", "pre", "form", "option", "title", "a", "span")
_INVISIBLE = "//script|//style|//noscript|//template|//svg|//iframe|//head"


def visible_lines(page: str) -> list[str]:
    """The lines of text a browser would show for ``page`` (one per block element)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return []
    for node in tree.xpath(_INVISIBLE):
        node.drop_tree()
    for node in tree.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
    return [" ".join(t.split()) for t in tree.text_content().split("\n") if t.strip()]


def extract(article: Article, settings: Settings, normalise: Callable[[str], str]) -> Article:
    """Fill ``body``, ``removed``, ``language`` and ``_metadata`` of an HTML article."""
    import trafilatura

    doc = trafilatura.bare_extraction(article.raw, url=article.url, with_metadata=True,
                                      include_comments=False)
    text = normalise(doc.text or "") if doc is not None else ""
    title = normalise(doc.title or "") if doc is not None else ""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    metadata: dict[str, list[str]] = {}
    removed: list[Removed] = []
    if doc is not None:
        for role, value in (("html:title", doc.title), ("html:byline", doc.author),
                            ("html:date", doc.date), ("html:outlet", doc.sitename),
                            ("html:url", doc.url)):
            if value:
                metadata[role] = [normalise(str(value))]
    if paragraphs and title and paragraphs[0] == title:
        removed.append(Removed(paragraphs.pop(0), METADATA))
    if not settings.clean:
        paragraphs = [normalise(t) for t in visible_lines(article.raw)]
    kept = set(paragraphs)
    body_text = "\n".join(paragraphs)
    for line in visible_lines(article.raw):
        line = normalise(line)
        if line and line not in kept and line not in body_text and line != title:
            removed.append(Removed(line, cue_of(line) or cue_of(line, strong=False)
                                   or "html-boilerplate"))
    article.body = "\n\n".join(paragraphs)
    article.removed = removed
    article.language = detect(article.body) or (doc.language if doc is not None else None)
    article._metadata = metadata
    return article
