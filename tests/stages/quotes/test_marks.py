from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.stages.quotes.marks import find_quotes


def texts(body: str) -> list[str]:
    return [q.text for q in find_quotes(body)]


def test_quote_marks_straight_and_curly_double_quotes():
    assert texts('He said "we will win" and “they will lose”.') == ["we will win",
                                                                   "they will lose"]


def test_quote_marks_apostrophes_are_not_quote_marks():
    body = "Guaido's plan and the Venezuelans' hopes, 'Very positive' talks, rock 'n' roll"
    assert texts(body) == ["Very positive"]


def test_quote_marks_single_quotes_inside_double_belong_to_the_outer_quote():
    assert texts("“He told me ‘no’ twice,” she said.") == ["He told me ‘no’ twice,"]


def test_quote_marks_nested_curly_inside_straight():
    assert texts('"Read it: “As you know, it is late.” Yes."') == [
        "Read it: “As you know, it is late.” Yes."]


def test_quote_marks_unclosed_quote_stays_in_its_paragraph():
    body = "He said “this never closes\nNext paragraph says “fine” here."
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == ["this never closes", "fine"]
    assert quotes[0].close is None and quotes[0].end <= body.index("\n")


def test_quote_marks_quote_over_two_paragraphs_is_chained():
    body = "“First paragraph of it.\n“Second paragraph,” she said."
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == ["First paragraph of it.", "Second paragraph,"]
    assert quotes[1].continues and not quotes[0].continues


def test_quote_marks_stray_closing_mark_is_ignored():
    assert texts("5” tall and ” odd, then “a real one” here") == ["a real one"]


def test_quote_marks_ptb_and_low_quotes():
    assert texts("``PTB style'' and „low nine“ marks") == ["PTB style", "low nine"]


def test_quote_marks_doubled_apostrophes_open_and_close():
    assert texts("''We will win,'' said Mr. Cruz's aide. ''Polls lie.''") == [
        "We will win,", "Polls lie."]


def test_quote_marks_curly_quote_typed_the_wrong_way_round():
    assert texts("He said ”we will win” today.") == ["we will win"]


MARKS = st.sampled_from(list("\"“”„«»'‘’`\n ,.:") + ["``", "''", "a", "Guaido's", " said "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=5)), max_size=40).map("".join))
def test_quote_marks_never_raise_and_spans_lie_in_body(body):
    for q in find_quotes(body):
        assert 0 <= q.open < q.start < q.end <= len(body)
        assert body[q.start : q.end] == q.text
        assert q.text == q.text.strip() and q.text
        assert q.para_start <= q.start and q.end <= q.para_end
        assert "\n" not in q.text


def test_quote_marks_ptb_closing_mark_is_two_characters_long():
    body = "''We are ready,'' she said on ''Face the Nation.'' ''Talks go on.''"
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == ["We are ready,", "Face the Nation.", "Talks go on."]
    assert [body[q.close : q.after] for q in quotes] == ["''", "''", "''"]
    assert find_quotes('"Yes," he said.')[0].after == 6
