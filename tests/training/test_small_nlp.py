"""The small pipeline's config and its agreement figures (training/small_nlp.py)."""

from __future__ import annotations

import spacy

from storyline import resources
from training import small_nlp

TEXT = "Talks resumed in Oslo on Monday. Norway's foreign minister Ine Eriksen Soreide said so."


def test_tagger_parser_and_ner_all_listen_to_one_small_tok2vec():
    config = spacy.util.load_config_from_str(
        small_nlp.CONFIG.format(teacher=resources.model_name(), steps=10, eval_every=5,
                                **small_nlp.SHAPE))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    assert nlp.get_pipe("tok2vec").listening_components == ["tagger", "parser", "ner"]
    assert nlp.config["components"]["tok2vec"]["model"]["encode"]["width"] < 96
    assert nlp.get_pipe("lemmatizer").mode == "rule"


def test_the_teacher_agrees_with_itself_and_a_lost_entity_counts():
    teacher = resources.nlp()
    reference = [teacher(TEXT)]
    scores = small_nlp.agreement(teacher, reference)
    assert scores["las"] == scores["tag_acc"] == scores["ents_f_read_labels"] == 1.0
    stripped = teacher(TEXT)
    stripped.ents = [e for e in stripped.ents if e.label_ != "GPE"]
    from spacy.training import Example

    lost = small_nlp.micro_f([Example(stripped, reference[0])], small_nlp.READ_LABELS)
    assert 0 < lost < 1
