import pytest

from storyline.errors import PipelineError
from storyline.pipeline import assemble, stage
from storyline.stages import default_stages


@stage(reads=("summary",), writes=("title",))
def needs_summary(article, settings):
    return article


def test_pipeline_assembly_names_stage_reading_unwritten_field():
    with pytest.raises(PipelineError, match="'needs_summary' reads summary"):
        assemble([needs_summary])


def test_pipeline_default_stages_assemble():
    assert assemble(default_stages()).stages
