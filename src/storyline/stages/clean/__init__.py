"""The ``clean`` stage: raw text or HTML to a body, every removed line kept with its reason.

:mod:`.stage` is the stage; :mod:`.boilerplate` classifies lines from their
:mod:`.features` and :mod:`.blocks` (teaser lists, link blocks); :mod:`.html_page`
reads HTML pages; :mod:`.dateline` finds the dates of datelines and bylines.
"""
