from storyline import resources
from storyline.stages.actors.spans import trim


def test_trim_drops_the_lines_before_the_last_break_of_a_span():
    doc = resources.nlp()("Latest News\n\nThe opposition leaders met the army's generals.")
    assert trim(doc[0:6]).text == "opposition leaders"  # "Latest News \n\n The" cut
    assert trim(doc[0:2]).text == "Latest News"  # no break inside
    assert len(trim(doc[0:3])) == 0  # ends on the break
    assert trim(doc[7:10]).text == "army"  # the article and the possessive dropped
