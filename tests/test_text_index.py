from hypothesis import given
from hypothesis import strategies as st

from storyline.text_index import Intervals, line_span, title_cased

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12)


@given(SPANS, st.integers(-2, 70))
def test_intervals_cover_what_any_span_covers(spans, offset):
    assert Intervals(spans).covers(offset) == any(s <= offset < e for s, e in spans)


@given(SPANS, st.integers(-2, 70), st.integers(-2, 70))
def test_intervals_starting_within_are_those_a_scan_finds_in_order(spans, lo, hi):
    assert Intervals(spans).starting_within(lo, hi) == [(s, e) for s, e in spans if lo < s < hi]


@given(SPANS)
def test_intervals_stay_the_list_they_were_given(spans):
    assert list(Intervals(spans)) == spans and Intervals.of(Intervals(spans)) == spans


@given(st.text(alphabet="a\n", max_size=40), st.integers(0, 45))
def test_line_span_is_the_line_around_the_offset(text, offset):
    end = text.find("\n", offset)
    assert line_span(text, offset) == (text.rfind("\n", 0, offset) + 1,
                                       len(text) if end < 0 else end)


@given(st.lists(st.sampled_from(["Ab", "abcd", "Abcd", "Éxyz", "1abc", "x", " ", "\n", "\u00a0",
                                  "\u2028", "\x1c"]), max_size=30).map("".join))
def test_title_cased_reads_the_words_split_would(line):
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    assert title_cased(line) == (len(words) >= 3 and all(w[:1].isupper() for w in words))
