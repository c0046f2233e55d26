"""The learned judge of reported speech: its features, what it keeps, and the rules alone."""

from __future__ import annotations

from storyline import resources
from storyline.stages.quotes import model as quote_model
from storyline.stages.quotes.stage import attributions


def found(body: str, judge: quote_model.Judge | None = None
          ) -> list[tuple[str | None, str | None, str]]:
    """``(speaker text, cue, content)`` of every attribution of ``body`` (by ``judge``)."""
    out = []
    for a in attributions(body, resources.nlp()(body), judge=judge):
        sp = body[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None
        out.append((sp, a.cue, body[a.start : a.end]))
    return out


def test_quote_model_features_name_cue_argument_and_speaker():
    doc = resources.nlp()("Trump backed the plan.")
    feats = quote_model.features(doc.text, doc[1], "object", 12, 21, doc[0], doc[3])
    assert {"l=back", "how=object", "l=back|how=object", "arg=NOUN"} <= set(feats)
    assert any(f.startswith("who=") and f != "who=none" for f in feats)


def test_quote_model_features_place_the_content_in_its_sentence():
    body = "Aides said that the senator told donors he would run again."
    doc = resources.nlp()(body)
    told = next(t for t in doc if t.lower_ == "told")
    clause = body.index("he would")
    feats = set(quote_model.features(body, told, "clause", clause, len(body) - 1,
                                     doc[told.i - 1], told.head))
    # the content is right after "donors", the cue sits under "said", and the sentence
    # has two reporting verbs
    assert {"side=after", "gap=1", "up=speech", "ncues=2", "first=he"} <= feats
    said = doc[1]
    outer = set(quote_model.features(body, said, "clause", body.index("that the"),
                                     len(body) - 1, doc[0], said))
    assert {"gap=0", "up=none", "first=that", "holds_speech"} <= outer
    assert "first_person" not in outer and "cue_quoted" not in outer


def test_quote_model_is_shipped_with_a_threshold():
    m = quote_model.model()
    assert m is not None and 0 < m["threshold"] < 1 and m["weights"]


def test_quote_model_keeps_a_stance_the_lexicon_does_not_list():
    body = "Senator Elizabeth Warren defended the new trade agreement on Tuesday."
    assert ("Senator Elizabeth Warren", "defended", "the new trade agreement") in found(body)


def test_quote_model_drops_an_act_that_is_no_attribution():
    assert found("The storm destroyed three houses in the coastal town on Tuesday.") == []


def test_quote_model_trace_records_every_proposal_with_its_features():
    body = "The storm destroyed three houses in the coastal town on Tuesday."
    trace: quote_model.Trace = []
    attributions(body, resources.nlp()(body), trace)
    (start, end, cue), feats = trace[0]
    assert body[start:end] == "three houses" and body[cue:].startswith("destroyed")
    assert "l=destroy" in feats


def test_quote_model_absent_leaves_the_lexicon_cues_alone():
    body = "Warren defended the new trade agreement. She said that it would help workers."
    assert [cue for _, cue, _ in found(body, quote_model.NO_JUDGE)] == ["said"]


def test_quote_model_threshold_is_the_judge_given():
    body = "Senator Elizabeth Warren defended the new trade agreement on Tuesday."
    strict = {**quote_model.model(), "threshold": 0.999}
    assert found(body, strict) == []


def test_quote_model_reads_each_cue_s_own_sentence():
    # Three sentences (one a question): each cue gets its own sentence's length, question
    # mark and reporting verbs, however many cues are asked and in which order.
    body = ("Lula said the talks failed and warned of war. Did Petro deny it? "
            "The envoy, who had argued for months for a deal in Oslo, now believes it holds.")
    doc = resources.nlp()(body)
    said, warned, deny, believes = (next(t for t in doc if t.text == w)
                                    for w in ("said", "warned", "deny", "believes"))
    for cue in (believes, deny, warned, said):
        sent = cue.sent
        n_words, question, verbs = quote_model._sentence(cue)
        assert (n_words, question) == (len(sent), sent.text.endswith("?"))
        assert [i for i, _, _ in verbs] == [t.idx for t in sent
                                            if quote_model._lexicon_class(t) is not None
                                            and t.pos_ in ("VERB", "AUX")]
    assert [k for _, _, k in quote_model._sentence(said)[2]] == ["speech", "speech"]
    assert quote_model._sentence(deny)[1] and not quote_model._sentence(believes)[1]
    assert quote_model._sentence(warned) is quote_model._sentence(said)
