"""Cost of long and pathological inputs against normal text of the same size.

Each case is one input file run through the real command line (``storyline analyze
--workers 1``) in its own process, timed by its CPU time (user + system of the process
and its children, so the load of other jobs on the machine counts little), with the
start-up cost (interpreter, imports, model) of a one-line input taken off. The wall-clock
budget of an article (setting ``article_seconds``) is lifted, so a loaded machine does
not skip a case: it is the cost that is measured. Prints, per
case, its size, its seconds and its ratio to the baseline: the VOA corpus as it is
(89 articles), or for cases of another size the same number of characters of VOA text.

Cases:

- ``one article``: the whole VOA corpus as one article (bodies joined by blank lines):
  the same words as the baseline (the target is a ratio of at most 2);
- ``repeated sentence``: one line holding one news sentence repeated to the size of the
  corpus (target: at most 3);
- ``nested said``: ``X said that Y said that ...`` (reported speech nested thousands deep);
- ``parentheses``: a run of 200,000 ``(``;
- ``open quotes``: ``He said "`` 50,000 times;
- ``said clauses``: 4,000 ``, officials said`` clauses in one sentence.

A case that fails or runs past ``--timeout`` seconds prints so. Usage::

    python -m eval.long_inputs [--timeout S] [--scale F] [--only NAME]

``--scale`` shrinks (or grows) every case's size, e.g. 0.1 for a quick look.

>>> len(repeat_to("ab ", 7))
7
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from eval.bench import DEFAULT_CORPUS

ROOT = Path(__file__).resolve().parents[1]
VOA = DEFAULT_CORPUS
SENTENCE = ("Venezuela's opposition leader Juan Guaidó said on Monday that talks with the "
            "government of Nicolás Maduro in Oslo had ended without an agreement. ")


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated and cut to ``size`` characters."""
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def voa_texts() -> list[str]:
    """The bodies of the VOA corpus."""
    return [json.loads(line)["text"] for line in VOA.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def voa_of_size(size: int) -> list[str]:
    """VOA articles, in order and cycling, cut so their text totals ``size`` characters."""
    out: list[str] = []
    texts = voa_texts()
    total = 0
    while total < size:
        text = texts[len(out) % len(texts)][: size - total]
        out.append(text)
        total += len(text)
    return out


def write(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"t{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def cpu_run(path: Path, timeout: float) -> tuple[float | None, str]:
    """CPU seconds of ``storyline analyze --workers 1 path`` (None on failure) and a note."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")) if p))
    config = path.with_name("no_budget.toml")
    config.write_text("article_seconds = 0\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "storyline", "analyze", "--workers", "1", "--config",
           str(config), str(path)]
    before = os.times()
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, f"did not finish in {timeout:.0f} s"
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system
                                                          - before.children_system)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        last = proc.stderr.decode(errors="replace").strip().splitlines()[-1:]
        return None, f"exit {proc.returncode}: {' '.join(last)[:200]}"
    return cpu, f"{wall:.1f} s wall"


def cases(scale: float) -> dict[str, Callable[[], list[str]]]:
    """Each case's name and the texts it writes."""
    corpus = voa_texts()
    size = int(sum(len(t) for t in corpus) * scale)
    return {
        "one article": lambda: ["\n\n".join(corpus)[:size]],
        "repeated sentence": lambda: [repeat_to(SENTENCE, size)],
        "nested said": lambda: [repeat_to("Maduro said that Guaidó said that ",
                                          int(680_000 * scale)) + "talks failed."],
        "parentheses": lambda: ["Talks resumed " + "(" * int(200_000 * scale) + " in Oslo."],
        "open quotes": lambda: [repeat_to('He said "', int(450_000 * scale))],
        "said clauses": lambda: ["Talks failed" + ", officials said" * int(4_000 * scale) + "."],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        start_up, _ = cpu_run(write(Path(tmp) / "empty.jsonl", ["Talks resumed."]),
                              args.timeout)
        start_up = start_up or 0.0
        baselines: dict[int, float] = {}

        def baseline(size: int) -> float:
            key = round(size, -4)
            if key not in baselines:
                cpu, _ = cpu_run(write(Path(tmp) / "base.jsonl", voa_of_size(size)),
                                 args.timeout)
                baselines[key] = max(0.01, (cpu or 0.0) - start_up)
            return baselines[key]

        print(f"start-up: {start_up:.1f} CPU s (taken off every figure)")
        for name, make in cases(args.scale).items():
            if args.only and name not in args.only:
                continue
            texts = make()
            size = sum(len(t) for t in texts)
            cpu, note = cpu_run(write(Path(tmp) / "case.jsonl", texts), args.timeout)
            base = baseline(size)
            if cpu is None:
                print(f"{name:<18} {size:>9,} chars  FAILED ({note})")
                continue
            net = max(0.0, cpu - start_up)
            print(f"{name:<18} {size:>9,} chars  {net:7.1f} CPU s  ratio {net / base:5.2f} "
                  f"to {size:,} chars of VOA articles ({base:.1f} s; {note})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
