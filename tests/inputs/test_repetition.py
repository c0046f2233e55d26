from storyline.inputs.repetition import keys_of, line_key, mark, repeated_lines
from storyline.settings import Settings
from storyline.stages.clean.stage import clean
from tests.conftest import make_article

FOOTER = "Sign up for the Morning Briefing and get the news in your inbox every day"
A = ("Talks resumed on Monday in Oslo, where both delegations met the mediators for a second "
     "round of discussions about elections, sanctions and the release of prisoners.")
B = ("The European Union extended its sanctions on senior officials for another year, citing "
     "the lack of progress towards free and fair presidential elections in the country.")


def test_repetition_line_shared_by_two_different_articles_is_furniture():
    keys = repeated_lines([f"{A}\n{FOOTER}", f"{B}\n{FOOTER}"])
    assert line_key(FOOTER) in keys
    assert line_key(A) not in keys and line_key(B) not in keys


def test_repetition_near_duplicate_articles_do_not_make_their_lines_furniture():
    same_story = f"{A}\n{B}\n{FOOTER}"
    keys = repeated_lines([same_story, same_story.upper().lower(), f"{B.upper()}\nOther"])
    assert line_key(A) not in keys


def test_repetition_marked_line_is_removed_by_clean_with_reason():
    motto = "Independent journalism from Caracas since 1998"
    texts = [f"{A}\n\n{A.replace('Oslo', 'Bergen')}\n\n{motto}", f"{B}\n\n{motto}"]
    repeated = repeated_lines(texts)
    article = next(mark([make_article(texts[0])], repeated))
    assert article._repeated == keys_of(texts[0]) & repeated
    out = clean(article, Settings())
    assert motto not in out.body
    assert [r.reason for r in out.removed if r.text == motto] == ["repeated"]
