"""eval.stage_split: each stage's CPU time, and the profile of the stages after the parse."""

from __future__ import annotations

import cProfile
import pstats

from eval.stage_split import split, top_functions
from storyline.model import Article
from storyline.settings import Settings


def test_stage_split_profiles_only_the_stages_after_the_parse():
    text = "Norway's foreign minister said on Monday that talks with Venezuela would resume."
    profiler = cProfile.Profile()
    times = split([Article(id="a", source="t", raw=text)], Settings(), profiler)
    assert {"clean", "nlp: parser", "events", "quotes", "to_dict"} <= set(times)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    paths = {path for path, _, _ in stats}
    assert any(p.endswith("storyline/stages/events/stage.py") for p in paths)
    assert any(p.endswith("storyline/stages/quotes/stage.py") for p in paths)
    # the stages before the parse and the parse itself run unwatched
    assert not any("/storyline/stages/clean/" in p or p.endswith((
        "storyline/stages/meta.py", "storyline/text_bounds.py")) for p in paths)
    rows = top_functions(stats, "cumtime", 3)
    assert len(rows) == 3 and rows[0][3] >= rows[1][3] >= rows[2][3]
    assert all(where.startswith("storyline/") for where, _, _, _ in rows)
