from storyline.report.story import build_story, paragraphs, read_views
from tests.fake_store import K1, FakeStore, seed_views


def test_story_timeline_groups_events_by_date_with_undated_last():
    story = build_story(seed_views())
    days = [d["date"] for d in story.timeline]
    assert days == ["2019-05-26", "2019-05-28", "2019-05-29", "undated"]


def test_story_timeline_entry_carries_each_sentence_with_the_reports_behind_it():
    story = build_story(seed_views())
    consult = next(e for d in story.timeline for e in d["entries"] if e["type"] == "CONSULT")
    assert len(consult["sources"]) == 1  # the same sentence in two articles is shown once
    reports = consult["sources"][0]["reports"]
    assert sorted(r["outlet"] for r in reports) == ["Reuters", "teleSUR"]
    assert [a["name"] for a in consult["target"]] == ["Nicolás Maduro", "Juan Guaidó"]


def test_story_comparison_puts_labels_per_actor_per_outlet():
    cmp = build_story(seed_views()).comparison
    assert cmp["outlets"] == ["Red Revolution Media", "Reuters", "teleSUR"]
    maduro = next(r for r in cmp["labels"] if r["actor_id"] == "maduro")
    assert [c["label"] for c in maduro["cells"]["teleSUR"]] == ["democratically-elected President"]
    assert [c["label"] for c in maduro["cells"]["Reuters"]] == ["President"]
    reuters = next(c for c in cmp["coverage"] if c["outlet"] == "Reuters")
    assert [e["event_id"] for e in reuters["exclusive"]] == ["ev-reject"]
    assert {e["event_id"] for e in reuters["omitted"]} == {"ev-support", "ev-protest"}


def test_story_comparison_puts_an_outlets_own_words_per_actor_and_overall_with_a_sentence():
    cmp = build_story(seed_views()).comparison
    guaido = next(r for r in cmp["words"] if r["actor_id"] == "guaido")
    assert [(w["label"], w["articles"]) for w in guaido["cells"]["teleSUR"]] == [("coup", 2)]
    assert guaido["cells"]["teleSUR"][0]["sentence"] == "The coup leader Guaidó spoke."
    assert not guaido["cells"]["Reuters"]
    assert [w["label"] for w in cmp["voice"]["teleSUR"]] == ["imperialist"]
    assert cmp["voice"]["Reuters"] == []


def test_story_quotes_are_grouped_by_speaker_most_quoted_first_with_view_index():
    views = seed_views()
    views["quotes"].append({**views["quotes"][0], "text": "Again"})
    speakers = build_story(views).speakers
    assert speakers[0]["name"] == "Juan Guaidó" and len(speakers[0]["quotes"]) == 2
    assert [q["index"] for q in speakers[0]["quotes"]] == [0, 3]
    assert speakers[0]["reports"] == 2
    assert any(s["speaker_id"] is None and s["name"] == "a diplomat" for s in speakers)


def test_story_quotes_whose_pronoun_speaker_no_actor_stood_for_are_unattributed():
    views = seed_views()
    quote = {**views["quotes"][2], "speaker_text": "He", "text": "We need peace"}
    views["quotes"] += [quote, {**quote, "speaker_text": "she", "text": "We need talks"}]
    speakers = build_story(views).speakers
    assert [s["name"] for s in speakers if s["speaker_id"] is None] == ["Unattributed",
                                                                        "a diplomat"]
    unattributed = next(s for s in speakers if s["name"] == "Unattributed")
    assert [q["speaker_text"] for q in unattributed["quotes"]] == ["He", "she"]


def test_story_data_leaves_article_text_out_and_links_articles_to_actors_and_types():
    data = build_story(seed_views()).data
    first = next(a for a in data["articles"] if a["article_key"] == K1)
    assert "body" not in first
    assert set(first["actor_ids"]) >= {"nor", "maduro", "guaido"}
    assert first["types"] == ["CONSULT", "REJECT"]


def test_story_filters_offer_every_actor_type_and_outlet():
    filters = build_story(seed_views()).filters
    assert [t for t in filters["types"]] == ["CONSULT", "PROTEST", "REJECT", "SUPPORT"]
    assert {a["id"] for a in filters["actors"]} >= {"maduro", "guaido", "nor", "rus"}
    assert (filters["first_date"], filters["last_date"]) == ("2019-05-26", "2019-05-29")


def test_story_read_views_completes_articles_listed_without_text():
    store = FakeStore()
    full = store.views["articles"]
    store.views = {**store.views, "articles": [{k: v for k, v in a.items() if k != "body"}
                                               for a in full]}
    store.article = lambda key: next(a for a in full if a["article_key"] == key)
    views = read_views(store)
    assert [a["body"] for a in views["articles"]] == [a["body"] for a in full]


def test_paragraphs_split_on_blank_lines_or_else_lines():
    assert paragraphs("a\n\n b \n\n") == ["a", "b"]
    assert paragraphs("a\nb") == ["a", "b"]
    assert paragraphs(None) == []
