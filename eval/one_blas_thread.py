"""Imported first by the eval scripts that time spaCy in their own process: numeric libraries
get one thread, as in the engines' workers (:func:`storyline.engines.local.single_threaded_math`).

It has to come before numpy is imported: OpenBLAS set to one thread later still costs more
CPU time (on the VOA corpus, spaCy's NER 4.2 to 4.6 CPU s against 3.5 with the environment
set before numpy), and that time is counted in the process's CPU clock.
"""

from storyline.engines import local

local.single_threaded_math()
