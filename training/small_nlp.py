"""Train a smaller English pipeline on ``en_core_web_sm``'s own output, and measure it.

Issue 18 asks for 1.5 times the speed of spaCy's tuned pipeline, and seven tenths of
storyline's CPU time is ``en_core_web_sm``'s components (docs/SPEED.md). This is the
experiment of a cheaper model doing the same work: one narrower and shallower shared
tok2vec (:data:`SHAPE`) that the tagger, the parser and the NER all listen to (the NER of
``en_core_web_sm`` carries a tok2vec of its own), with ``en_core_web_sm``'s attribute
ruler and rule lemmatizer taken over as they are. It learns from silver labels: the
tags, heads, dependencies, sentences and entities that ``en_core_web_sm`` gives, as
storyline runs it (:func:`storyline.resources.nlp`), over the shared development texts
(:func:`eval.language_share.texts`: VOA, public domain, the seeds, the boilerplate pages,
PolNeAR's train and dev articles, the PLV training sentences; read, never copied into the
repository). A text is held out by a hash of it (:func:`eval.event_data.split_of`, one
in four) and never trained on; on the held-out texts the script reports the small model's
agreement with ``en_core_web_sm`` (tag accuracy, UAS and LAS, entity F1 per label) and
the speed of both pipelines over the same texts, alternated, in one process with one
BLAS thread as in the engines' workers.

Usage::

    python -m training.small_nlp [--out DIR] [--steps N]

Writes the silver corpora, the config and the trained model under ``--out`` (default: a
directory in the system's temporary directory) and the figures to
``training/metrics/small_nlp.json``. spaCy's training is seeded, but its speed figures
are the machine's: run it on a quiet one.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import eval.one_blas_thread  # noqa: F401  (before numpy)
from eval.event_data import split_of
from eval.language_share import texts
from eval.stage_split import timed_components
from storyline import resources
from storyline.stages.nlp import PIPE_BATCH

METRICS = Path(__file__).resolve().parent / "metrics" / "small_nlp.json"
#: The shared tok2vec (``en_core_web_sm``: width 96, depth 4, rows 5000/1000/2500/2500)
#: and the hidden width of the parser's and the NER's transition models (64 in it).
SHAPE = {"width": 64, "depth": 3, "rows": [2500, 500, 1250, 1250], "hidden": 32}
#: The labels whose entities the stages read (``ent_type_`` / ``label_`` in src/storyline).
READ_LABELS = ("DATE", "PERSON", "ORG", "GPE", "NORP", "TIME", "LOC", "FAC")
#: spaCy's components with a model: what the two pipelines differ in.
NEURAL = ("tok2vec", "tagger", "parser", "ner")
#: Held-out texts the speed is measured on (the first of them, 86,542 words).
SPEED_TEXTS = 60


def _transition_block(name: str, settings: str) -> str:
    """The config of a transition-based component (parser, NER) listening to the shared
    tok2vec; its placeholders are filled with :data:`SHAPE` as the rest of :data:`CONFIG`."""
    return f"""[components.{name}]
factory = "{name}"
{settings}

[components.{name}.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "{name}"
extra_state_tokens = false
hidden_width = {{hidden}}
maxout_pieces = 2
use_upper = true
nO = null

[components.{name}.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {{width}}
upstream = "tok2vec"

"""


CONFIG = """
[paths]
train = null
dev = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "en"
pipeline = ["tok2vec","tagger","parser","attribute_ruler","lemmatizer","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = {rows}
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.tagger]
factory = "tagger"

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null

[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "tok2vec"

""" + _transition_block("parser", """learn_tokens = false
min_action_freq = 30
update_with_oracle_cut_size = 100""") + _transition_block(
    "ner", "update_with_oracle_cut_size = 100") + """[components.attribute_ruler]
source = "{teacher}"

[components.lemmatizer]
source = "{teacher}"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0
limit = 20

[training]
seed = ${{system.seed}}
dropout = 0.1
accumulate_gradient = 1
patience = 0
max_epochs = 0
max_steps = {steps}
eval_frequency = {eval_every}
frozen_components = ["attribute_ruler","lemmatizer"]
annotating_components = []

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001
L2 = 0.01
grad_clip = 1.0
use_averages = true

[training.score_weights]
tag_acc = 0.2
dep_las = 0.4
ents_f = 0.4

[initialize]
vectors = null
"""



def silver(out: Path) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy``: every development text as ``en_core_web_sm``
    parses it in storyline, split by :func:`split_of`. Returns the words of each split."""
    from spacy.tokens import DocBin

    teacher = resources.nlp()
    bins = {"train": DocBin(), "validation": DocBin()}
    words = dict.fromkeys(bins, 0)
    kept = [t for _, t in texts() if t.strip()]
    for text, doc in zip(kept, teacher.pipe(kept, batch_size=PIPE_BATCH), strict=True):
        split = split_of(text)
        bins[split].add(doc)
        words[split] += sum(not t.is_space for t in doc)
    bins["train"].to_disk(out / "train.spacy")
    bins["validation"].to_disk(out / "dev.spacy")
    return words


def train(out: Path, steps: int) -> Path:
    """Train the small pipeline on the silver corpora; returns its best model's directory."""
    import importlib

    from spacy.cli.train import train as spacy_train

    base, config = out / "base.cfg", out / "config.cfg"
    base.write_text(CONFIG.format(teacher=resources.model_name(), steps=steps,
                                  eval_every=250, **SHAPE),
                    encoding="utf-8")
    # spaCy's defaults for every setting the config leaves out (``spacy init fill-config``)
    importlib.import_module("spacy.cli.init_config").fill_config(config, base, silent=True)
    spacy_train(config, out / "model", overrides={"paths.train": str(out / "train.spacy")})
    return out / "model" / "model-best"


def agreement(student: Any, reference: list[Any]) -> dict[str, Any]:
    """The student's agreement with the teacher's Docs ``reference`` (same texts)."""
    from spacy.training import Example

    examples = [Example(doc, ref) for doc, ref in
                zip(student.pipe((r.text for r in reference), batch_size=PIPE_BATCH), reference,
                    strict=True)]
    from spacy.scorer import Scorer

    scores = Scorer(student).score(examples)
    per = scores["ents_per_type"] or {}
    return {"tag_acc": round(scores["tag_acc"], 4), "pos_acc": round(scores["pos_acc"], 4),
            "lemma_acc": round(scores["lemma_acc"], 4), "sents_f": round(scores["sents_f"], 4),
            "uas": round(scores["dep_uas"], 4), "las": round(scores["dep_las"], 4),
            "ents_f": round(scores["ents_f"], 4),
            "ents_f_per_label": {k: round(v["f"], 4) for k, v in sorted(per.items())},
            "ents_f_read_labels": round(micro_f(examples, READ_LABELS), 4)}


def micro_f(examples: list[Any], labels: tuple[str, ...]) -> float:
    gold = {(i, e.start_char, e.end_char, e.label_) for i, ex in enumerate(examples)
            for e in ex.reference.ents if e.label_ in labels}
    found = {(i, e.start_char, e.end_char, e.label_) for i, ex in enumerate(examples)
             for e in ex.predicted.ents if e.label_ in labels}
    both = len(gold & found)
    return 2 * both / (len(gold) + len(found)) if gold or found else 1.0


def speed(models: dict[str, Any], bodies: list[str], rounds: int = 2) -> dict[str, Any]:
    """CPU seconds of each pipeline over ``bodies`` (parsed as storyline parses:
    :func:`eval.stage_split.timed_components`), the pipelines alternated ``rounds`` times;
    the best round, whole pipeline and by component, and words per second."""
    times: dict[str, dict[str, list[float]]] = {n: {} for n in models}
    words = 0
    for _ in range(rounds):
        for name, model in models.items():
            docs = [model.make_doc(b) for b in bodies]
            words = sum(not t.is_space for d in docs for t in d)
            for comp, spent in timed_components(model, docs)[1].items():
                times[name].setdefault(comp, []).append(spent)
    out: dict[str, Any] = {"words": words}
    for name, comps in times.items():
        whole = min(sum(r) for r in zip(*comps.values(), strict=True))
        neural = min(sum(r) for r in zip(*(comps[c] for c in NEURAL), strict=True))
        out[name] = {"cpu_s": round(whole, 2), "words_per_s": round(words / whole),
                     "neural_cpu_s": round(neural, 2),
                     "by_component": {c: round(min(v), 2) for c, v in comps.items()}}
    return out


def main(argv: list[str] | None = None) -> int:
    import spacy
    from spacy.tokens import DocBin

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path,
                    default=Path(tempfile.gettempdir()) / "storyline-small-nlp")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--skip-training", action="store_true",
                    help="measure the model already trained under --out")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    words = json.loads((args.out / "words.json").read_text()) \
        if (args.out / "words.json").exists() else None
    if words is None:
        words = silver(args.out)
        (args.out / "words.json").write_text(json.dumps(words))
    start = time.time()
    best = args.out / "model" / "model-best" if args.skip_training else train(args.out, args.steps)
    minutes = (time.time() - start) / 60
    student = resources.dress(spacy.load(best))
    teacher = resources.nlp()
    held_out = list(DocBin().from_disk(args.out / "dev.spacy").get_docs(teacher.vocab))
    result = {"shape": SHAPE, "steps": args.steps, "words": words,
              "speed_validation": speed({"en_core_web_sm": teacher, "small": student},
                                        [d.text for d in held_out][:SPEED_TEXTS])}
    print(json.dumps(result, indent=1), flush=True)
    result["agreement_validation"] = agreement(student, held_out)
    if not args.skip_training:
        result["training_minutes"] = round(minutes, 1)
    METRICS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
