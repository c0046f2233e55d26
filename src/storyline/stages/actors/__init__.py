"""The ``actors`` stage: the actors of an article, resolved, with their labels.

:mod:`.stage` is the stage; :mod:`.article` finds the mentions of an article and
resolves them within it; :mod:`.phrase` reads one noun phrase (titles, sector nouns,
demonyms); :mod:`.lexicon` and :mod:`.people` hold the built-in tables (countries,
organisations, people with dated roles); :mod:`.labels` keeps how the text names each
actor.
"""
