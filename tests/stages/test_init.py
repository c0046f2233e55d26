import importlib

import pytest

from storyline.errors import PipelineError
from storyline.pipeline import assemble
from storyline.stages import default_stages


@pytest.mark.parametrize("package", ["clean", "actors", "events", "quotes"])
def test_stage_package_declares_what_its_stage_reads_and_writes(package):
    declared = importlib.import_module(f"storyline.stages.{package}")
    st = next(s for s in default_stages() if s.name == package)
    assert (st.reads, st.writes, st.version) == (declared.READS, declared.WRITES,
                                                 declared.VERSION)


def test_stage_package_declarations_are_checked_when_the_pipeline_is_assembled():
    stages = {s.name: s for s in default_stages()}
    out_of_order = [stages[n] for n in ("clean", "meta", "nlp", "events", "actors")]
    with pytest.raises(PipelineError, match="'events' reads actors"):
        assemble(out_of_order)
