"""The ``quotes`` stage: direct, partial and indirect quotes, attributed to resolved speakers.

:mod:`.stage` is the stage; :mod:`.marks` finds quoted spans (quote marks of every
kind); :mod:`.speakers` and :mod:`.sources` find who speaks (speech verbs, the speaker
before, inside, after the quote or on the next line); :mod:`.reported_speech` finds
indirect speech; :mod:`.model` is the learned judge of reported speech.
"""

#: The Article fields the ``quotes`` stage reads; :func:`storyline.pipeline.assemble` checks
#: that an earlier stage (or the reader) writes each of them.
READS = ("body", "_doc", "actors")
#: The Article fields the ``quotes`` stage writes.
WRITES = ("quotes",)
#: Bumped when the stage's output changes, for cache fingerprints.
VERSION = "6"
