"""The ``clean`` stage: raw text or HTML to a body, every removed line kept with its reason.

:mod:`.stage` is the stage; :mod:`.boilerplate` classifies lines from their
:mod:`.features` and :mod:`.blocks` (teaser lists, link blocks); :mod:`.html_page`
reads HTML pages; :mod:`.dateline` finds the dates of datelines and bylines.
"""

#: The Article fields the ``clean`` stage reads; :func:`storyline.pipeline.assemble` checks
#: that an earlier stage (or the reader) writes each of them.
READS = ("raw", "format")
#: The Article fields the ``clean`` stage writes.
WRITES = ("body", "removed", "language", "_metadata", "warnings")
#: Bumped when the stage's output changes, for cache fingerprints.
VERSION = "4"
