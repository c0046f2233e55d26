"""The ``events`` stage: PLOVER events (who did what to whom, when, where), and
``quoted_events``, which gives the events inside a direct quote their speaker.

:mod:`.stage` is the stage; :mod:`.triggers` finds trigger words from the
:mod:`.lexicon`; :mod:`.tree` links them into trees of carriers and what they carry,
and :mod:`.builder` codes an event per tree (:mod:`.state` holds what it carries
through a sentence); :mod:`.roles` finds source and target words off the parse,
:mod:`.agency` who did an act and who underwent it, :mod:`.role_words` the rules'
roles and :mod:`.ranker` the learned ranker's; :mod:`.status` and :mod:`.dates` give
status and date (:mod:`.sentence_dates` dates the acts of a sentence),
:mod:`.carried_dates` the day an earlier sentence gave the same act; :mod:`.places`
the place; :mod:`.rules` applies the rules of ``data/event_rules.tsv``; :mod:`.model`
holds the learned decisions; :mod:`.quoted` is the ``quoted_events`` stage.
"""

#: The Article fields the ``events`` stage reads; :func:`storyline.pipeline.assemble` checks
#: that an earlier stage (or the reader) writes each of them.
READS = ("body", "_doc", "actors", "published")
#: The Article fields the ``events`` stage writes.
WRITES = ("events",)
#: Bumped when the stage's output changes, for cache fingerprints.
VERSION = "1"

#: What the ``quoted_events`` stage (:mod:`.quoted`) reads and writes.
QUOTED_READS = ("events", "quotes")
QUOTED_WRITES = ("events",)
