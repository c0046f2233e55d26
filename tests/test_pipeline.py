import pytest

from storyline.errors import PipelineError
from storyline.model import Article
from storyline.pipeline import assemble, stage
from storyline.settings import Settings
from storyline.stages import default_stages


@stage(reads=("summary",), writes=("title",))
def needs_summary(article, settings):
    return article


def test_pipeline_assembly_names_stage_reading_unwritten_field():
    with pytest.raises(PipelineError, match="'needs_summary' reads summary"):
        assemble([needs_summary])


def test_pipeline_default_stages_assemble():
    assert assemble(default_stages()).stages


@stage(reads=("raw",), writes=("body",))
def first_char(article, settings):
    article.body = article.raw[0]
    return article


def _upper_all(articles, settings):
    for a in articles:
        a.body = a.body.upper()
    return articles


@stage(reads=("body",), writes=("title",), batch=_upper_all)
def upper(article, settings):
    return _upper_all([article], settings)[0]


def _boom_batch(articles, settings):
    raise RuntimeError("batch failed")


@stage(reads=("body",), writes=("title",), batch=_boom_batch)
def picky(article, settings):
    if article.body == "b":
        raise ValueError("no b")
    article.title = article.body
    return article


def _articles(*raws):
    return [Article(id=str(i), source="-", raw=r) for i, r in enumerate(raws)]


def test_pipeline_run_batch_keeps_order_and_uses_batch_function():
    out = assemble([first_char, upper]).run_batch(_articles("abc", "xyz"), Settings())
    assert [a.body for a in out] == ["A", "X"]


def test_pipeline_run_batch_failing_article_becomes_exception_in_its_place():
    out = assemble([first_char, upper]).run_batch(_articles("abc", "", "xyz"), Settings())
    assert out[0].body == "A" and out[2].body == "X"
    assert isinstance(out[1], IndexError)


def test_pipeline_run_batch_failing_batch_function_retries_one_by_one():
    out = assemble([first_char, picky]).run_batch(_articles("a", "b", "c"), Settings())
    assert [getattr(a, "title", None) for a in out] == ["a", None, "c"]
    assert isinstance(out[1], ValueError)


def test_pipeline_load_builds_each_stages_tables_before_the_articles():
    built = []

    @stage(reads=("raw",), writes=("title",), load=lambda s: built.append(s.languages))
    def titled(article, settings):
        article.title = article.raw
        return article

    pipe = assemble([first_char, titled])
    pipe.load(Settings())
    assert built == [Settings().languages]


def test_the_actors_stage_loads_its_name_tables_ahead():
    from storyline.engines.local import build_pipeline

    pipe = build_pipeline(Settings())
    assert "actors" in [st.name for st in pipe.stages if st.load is not None]
