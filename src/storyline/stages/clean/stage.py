"""The ``clean`` stage: from raw page text (or HTML) to the article body.

Text is normalised (Unicode NFKC, non-breaking and odd spaces to plain spaces,
zero-width characters and soft hyphens dropped; curly quotes stay as they are),
markdown decoration is taken off (``[Reuters](#)`` → ``Reuters``), and every
line is judged by :func:`storyline.stages.clean.boilerplate.classify`. The body keeps
its paragraphs separated by a blank line; every line left out goes to
``removed`` with its reason, metadata lines (headline, byline, dateline, URL)
with reason ``"metadata"``; their roles are handed to the ``meta`` stage in
``article._metadata``. HTML goes through trafilatura instead, and the page
text it leaves out is accounted for line by line.

With ``settings.clean`` false (``--no-clean``) the text is taken as already
clean: every line stays in the body (normalised only).

>>> from storyline.model import Article
>>> from storyline.settings import Settings
>>> raw = ("Menu\\nHome\\n\\nTalks resume in Oslo\\n\\nBy Reuters\\n\\n"
...        "Talks resumed on Monday in Oslo, where both delegations met the mediators for "
...        "a second round of discussions about elections and sanctions.\\n\\nShare")
>>> a = clean(Article(id="a", source="-", raw=raw), Settings())
>>> a.body[:12], [r.reason for r in a.removed]
('Talks resume', ['navigation', 'navigation', 'metadata', 'metadata', 'social'])
"""

from __future__ import annotations

import re
import unicodedata

from ...language import detect
from ...model import Article, Removed
from ...pipeline import stage
from ...settings import Settings
from . import READS, VERSION, WRITES, html_page
from .boilerplate import METADATA, classify

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalise(text: str) -> str:
    """NFKC, plain spaces, no zero-width characters; line breaks kept, quotes untouched.

    >>> normalise("Guaido\\u00a0said \\u201cno\\u201d\\u200b")
    'Guaido said “no”'
    """
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


@stage(reads=READS, writes=WRITES, version=VERSION)
def clean(article: Article, settings: Settings) -> Article:
    """Set ``body``, ``removed`` and the metadata lines of ``article`` from its raw text."""
    if article.format == "html":
        return html_page.extract(article, settings, normalise)
    text = normalise(article.raw)
    # The longest lines are the likeliest prose: they say the page's language best.
    article.language = detect(" ".join(sorted(text.split("\n"), key=len, reverse=True)))
    lines = classify(text.split("\n"), article.language, article._repeated)
    body: list[str] = []
    removed: list[Removed] = []
    metadata: dict[str, list[str]] = {}
    joined = False
    for line in lines:
        if line.role:
            metadata.setdefault(line.role, []).append(line.text)
        if line.reason is None or not settings.clean:
            if joined:
                # A paragraph broken mid-sentence ("... are continuing in" / "Barbados, ...").
                body[-1] = f"{body[-1]} {line.text}"
            else:
                body.append(line.text)
            joined = line.ends_open and settings.clean
        else:
            removed.append(Removed(line.text, line.reason if line.reason else METADATA))
    article.body = "\n\n".join(body)
    article.removed = removed
    if removed and not body:
        article.warnings.append("no body left: every line looked like page furniture "
                                "(see removed; --no-clean keeps the text as it is)")
    article._metadata = metadata
    return article
