"""The cross-outlet scorer's pieces (eval/cross_outlet.py, eval/cross_outlet_missed.py) on
hand-made events: no VOA text needed."""

from __future__ import annotations

from eval.cross_outlet import Found, Gold, across_outlets, independent_outlets, pair_scores
from eval.cross_outlet_missed import blocker, finer

TALKS = "Rubio led talks with Ukrainian officials in Jeddah."
RETOLD = "In Jeddah, Rubio and Ukrainian officials held eight hours of talks."


def _mention(article: str, sentence: str, outlet: str | None = None) -> dict:
    return {"article": article, "type": "CONSULT", "source": ["Marco Rubio"],
            "target": ["Ukraine"], "sentence": sentence, "article_key": article,
            "outlet": outlet or article}


def _gold() -> Gold:
    return Gold({"acts": {"jeddah": [_mention("8005899", TALKS), _mention("8008456", RETOLD)]},
                 "ambiguous": []},
                {"threads": {"jeddah_us_ukraine_talks": ["8005899", "8008456"],
                             "other": ["x1", "x2"]}, "ambiguous": [["8008456", "x1"]]})


def _event(event_id: str, *mentions: dict, shown: bool = True, reason: str | None = None
           ) -> dict:
    return {"event_id": event_id, "type": "CONSULT", "source": ["rubio"], "target": ["UKR"],
            "shown": shown, "shown_reason": reason, "mentions": list(mentions)}


NAMES = {"rubio": "Marco Rubio", "UKR": "Ukraine"}


def test_gold_tells_stories_of_one_thread_and_maybe_one_apart_from_others():
    gold = _gold()
    assert gold.same_story("8005899", "8008456") and gold.same_story("x1", "8008456")
    assert not gold.same_story("8005899", "x2")
    assert gold.split("8005899") == "train" and gold.split("nowhere") is None


def test_gold_reads_the_threads_of_shared_acts_beside_the_incident_threads():
    gold = Gold.load()
    assert gold.same_story("8011117", "8010694")  # syria_transition, of no incident thread
    assert gold.split("8009027") == "validation" and gold.split("8004380") == "train"
    assert gold.thread_of["8006651"] == "pakistan_train_hijacking"


def test_pair_scores_count_a_joined_act_once_and_a_split_one_as_missed():
    gold = _gold()
    joined = [_event("e1", _mention("8005899", TALKS), _mention("8008456", RETOLD))]
    split = [_event("e1", _mention("8005899", TALKS)), _event("e2", _mention("8008456", RETOLD))]
    together = pair_scores(joined, Found.of(joined, NAMES, gold), gold, "train")
    apart = pair_scores(split, Found.of(split, NAMES, gold), gold, "train")
    assert (together["pair_recall"], together["acts_recognised"]) == (1.0, 1.0)
    assert (apart["pair_recall"], apart["acts_recognised"]) == (0.0, 0.0)


def test_a_hidden_report_is_found_but_not_scored_as_shown():
    gold = _gold()
    events = [_event("e1", _mention("8005899", TALKS), _mention("8008456", RETOLD),
                     shown=False)]
    found = Found.of(events, NAMES, gold)
    assert found.event_of == {} and len(found.every) == 2
    assert pair_scores(events, found, gold, "train")["acts_recognised"] == 0.0


def test_a_copied_sentence_is_not_a_second_outlet():
    copied = _event("e1", _mention("a", TALKS), _mention("b", "Today " + TALKS))
    retold = _event("e2", _mention("a", TALKS), _mention("b", RETOLD))
    assert independent_outlets(copied) == 1 and independent_outlets(retold) == 2


def test_corroborated_events_are_scored_with_copies_counted_once():
    gold = _gold()
    events = [_event("e1", _mention("8005899", TALKS), _mention("8008456", RETOLD),
                     reason="told by 2 outlets"),
              _event("e2", _mention("8005899", TALKS + " Again."),
                     _mention("8008456", TALKS + " Again!"), reason="told by 2 outlets")]
    scores = pair_scores(events, Found.of(events, NAMES, gold), gold, "train")
    assert (scores["corroborated"], scores["corroborated_in_gold"]) == (2.0, 0.5)
    assert (scores["corroborated_independent"],
            scores["corroborated_independent_in_gold"]) == (1.0, 1.0)


def test_across_outlets_counts_events_told_by_two_stories_of_a_thread():
    gold = _gold()
    events = [_event("e1", _mention("8005899", TALKS), _mention("8008456", RETOLD)),
              _event("e2", _mention("x1", TALKS), _mention("8008456", RETOLD)),
              _event("e3", _mention("x1", TALKS), _mention("x2", TALKS), shown=False)]
    assert across_outlets(events, gold) == {"jeddah_us_ukraine_talks": 1, "other": 0}


def test_blocker_names_the_first_merge_step_keeping_two_events_apart():
    row = {"type": "AGREE", "quad": 1, "source": ["UKR"], "target": [], "date": None,
           "date_precision": None, "first_report": "2025-03-12", "shown": False,
           "mentions": [{"article_key": "a", "sentence": "Ukraine agreed to the ceasefire.",
                         "published": "2025-03-12"}]}
    other = {**row, "mentions": [{"article_key": "b", "sentence": "Kyiv said yes on Tuesday.",
                                  "published": "2025-03-12"}]}
    assert blocker(row, {**other, "type": "ASSAULT", "quad": 4}, {}) \
        == "types of different families"
    assert blocker(row, {**other, "date": "2025-01-02", "date_precision": "day"}, {}) == "dates"
    assert blocker(row, {**row, "event_id": "x"}, {}) == "one article tells both"
    assert blocker(row, other, {}) == "words too unlike"
    later = {**other, "mentions": [{**other["mentions"][0], "published": "2025-03-31"}]}
    assert blocker(row, later, {}, thread_of={"a": "t1", "b": "t2"}) \
        == "articles of different stories"
    retold = {**other, "mentions": [{**other["mentions"][0],
                                     "sentence": "Ukraine agreed to the ceasefire."}]}
    assert blocker(row, retold, {}) == "under the cut, not corroborated"  # the merge joins them
    assert blocker(row, row, {}) == "under the cut, not corroborated"


def test_finer_tells_a_vague_actor_swapped_sides_and_date_precision_apart():
    class Registry:
        rows = {"GOV": {"kind": "group", "country": None}, "reps": {"kind": None},
                "putin": {"kind": "person", "country": "RUS"},
                "RUS.GOV": {"kind": "group", "country": "RUS"}}

        def get(self, actor_id):
            return self.rows.get(actor_id)

    actors = "actors resolved differently"
    trump = {"source": ["trump"], "target": ["putin"], "date": "2025-03-13",
             "date_precision": "day"}
    assert finer(actors, trump, {**trump, "target": ["reps"]}, Registry()) \
        == f"{actors}: a sector or common noun against a named actor"
    assert finer(actors, trump, {**trump, "target": ["RUS.GOV"]}, Registry()) \
        == f"{actors}: other actors"  # a country's sector names whom it means
    assert finer(actors, trump, {**trump, "source": ["putin"], "target": []}, Registry()) \
        == f"{actors}: sides swapped"
    assert finer("dates", trump, {**trump, "date": "2025-03", "date_precision": "month"}) \
        == "dates: of different precision"
    assert finer("dates", trump, {**trump, "date": "2025-03-11"}) \
        == "dates: different at one precision"
    assert finer("words too unlike", trump, trump) == "words too unlike"
