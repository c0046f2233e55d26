"""The ``actors`` stage: the actors of an article, resolved, with their labels.

:mod:`.stage` is the stage; :mod:`.article` finds the mentions of an article and
resolves them within it, with :mod:`.reading` (the state its passes share), :mod:`.spans`
(a name's words), :mod:`.places` (where a group is from), :mod:`.references` (what a noun
refers back to or belongs to), :mod:`.roles` (which person a role names) and
:mod:`.mentions` (mentions merged into actors); :mod:`.phrase` reads one noun phrase
(titles, sector nouns, demonyms), with :mod:`.offices` (a known person's office on a date),
:mod:`.surnames` (a bare surname's bearers) and :mod:`.homes` (whether a group may take a
country its words do not name); :mod:`.lexicon` and :mod:`.people` hold the built-in
tables (countries, organisations, people with dated roles); :mod:`.labels` keeps how the
text names each actor.
"""

#: The Article fields the ``actors`` stage reads; :func:`storyline.pipeline.assemble` checks
#: that an earlier stage (or the reader) writes each of them.
READS = ("body", "_doc")
#: The Article fields the ``actors`` stage writes.
WRITES = ("actors",)
#: Bumped when the stage's output changes, for cache fingerprints.
VERSION = "2"
