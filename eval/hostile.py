"""Hostile inputs: every kind accounted for, none over its budget, no internal error.

Each kind of bad input (broken encodings, binary documents under a text name, broken
CSV and JSON, impossible dates, repeated ids, devices and FIFOs, texts that make a
parser hang or recurse) is made in a folder of its own and given to the real command
line, ``storyline analyze --workers 2``, with a per-article budget of ``--budget``
seconds. For each kind the table gives the outcome (articles analysed, inputs skipped
and why, warnings), the exit code, the wall time and the peak memory of the process
tree (PSS: pages shared by the forked workers counted once), and whether the kind
behaved as expected: every input named in the output or on stderr, no traceback, no
"internal error", the outcome of its kind, the time within its bound.

Usage::

    python -m eval.hostile [--out docs/HOSTILE_INPUTS.md] [--budget 20] [KIND...]

``tests/test_hostile_inputs.py`` runs the same catalogue (:data:`KINDS`) in one run.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eval.bench import ROOT, _memory_kb, _tree

GOOD = ("Norway's Foreign Minister Ine Eriksen Søreide said on Sunday that the government "
        "and the opposition would meet again in Oslo to resume talks.")
#: Seconds a run may take beyond its articles' budgets (start-up, model load, reading).
SLACK_SECONDS = 90.0


@dataclass(frozen=True)
class Kind:
    """One kind of hostile input.

    ``make(folder)`` writes it and returns the paths to give the command line;
    ``expect`` is what must happen to it: ``analysed`` (every article comes out),
    ``skipped`` (each input named on stderr as skipped), ``budget`` (analysed, or
    stopped by the per-article budget), or ``mixed`` (some records analysed, the
    others skipped by line). ``says`` must appear in what the run reports of it.
    """

    name: str
    what: str
    make: Callable[[Path], list[str]]
    expect: str
    says: str = ""
    articles: int = 0  # how many articles at least come out (analysed and mixed)


def _write(folder: Path, name: str, data: bytes | str) -> list[str]:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return [str(path)]


def _jsonl(folder: Path, name: str, lines: list[str]) -> list[str]:
    return _write(folder, name, "\n".join(lines) + "\n")


def _rec(**fields: object) -> str:
    return json.dumps({"text": GOOD, **fields}, ensure_ascii=False)


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>" + GOOD + "</w:document>")
    return buf.getvalue()


def _fifo(folder: Path) -> list[str]:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return [str(path)]


def _socket(folder: Path) -> list[str]:
    path = folder / "sock.txt"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))  # the file stays after the socket is closed
    sock.close()
    return [str(path)]


def _symlink_loop(folder: Path) -> list[str]:
    os.symlink(folder / "loop_a.txt", folder / "loop_b.txt")
    os.symlink(folder / "loop_b.txt", folder / "loop_a.txt")
    return [str(folder)]


def _odd_names(folder: Path) -> list[str]:
    for name in (b"caf\xe9.txt", b"two\nlines.txt", b"-dash.txt"):
        with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as f:
            f.write(GOOD)
    return [str(folder)]


def _folder_named_txt(folder: Path) -> list[str]:
    (folder / "notes.txt").mkdir()
    (folder / "notes.txt" / "inner.txt").write_text(GOOD)
    return [str(folder / "notes.txt")]


KINDS: tuple[Kind, ...] = (
    # JSON and JSON Lines
    Kind("deep_json_line", "one JSON Lines record of '[' x 100,000, then a good record",
         lambda d: _jsonl(d, "deep.jsonl", ["[" * 100_000, _rec(id="ok")]), "mixed",
         "nested too deep", 1),
    Kind("deep_json_document", "a .json document of objects nested 50,000 deep",
         lambda d: _write(d, "deep.json", '{"a":' * 50_000 + "1" + "}" * 50_000), "skipped",
         "nested too deep"),
    Kind("malformed_jsonl", "a truncated record, a JSON array, a record without text",
         lambda d: _jsonl(d, "bad.jsonl", [_rec(id="ok"), '{"id": "b", "text": ', "[1, 2]",
                                           json.dumps({"id": "c"})]), "mixed",
         "malformed JSON", 1),
    Kind("wrong_field_types", "text as a number, title as a nested object, published as a list",
         lambda d: _jsonl(d, "types.jsonl", [json.dumps({"id": "n", "text": 42}),
                                             _rec(id="t", title={"a": [1]}),
                                             _rec(id="p", published=[2019, 5, 5])]),
         "mixed", "no 'text' string", 2),
    Kind("lone_surrogates", "JSON escapes of half a surrogate pair and NUL in the text",
         lambda d: _jsonl(d, "sur.jsonl", [json.dumps({"id": "s", "text": GOOD + " \ud800 \x00"})]),
         "analysed", "", 1),
    Kind("huge_metadata", "a 500,000-character title and outlet",
         lambda d: _jsonl(d, "meta.jsonl", [_rec(id="m", title="Talks " * 80_000,
                                                 outlet="X" * 500_000)]), "budget"),
    Kind("impossible_dates", "published 2019-02-30, 0000-00-00, 2019-13-01, 'yesterday'",
         lambda d: _jsonl(d, "dates.jsonl", [_rec(id=f"d{n}", published=v) for n, v in enumerate(
             ["2019-02-30", "0000-00-00", "2019-13-01", "yesterday"])]),
         "analysed", "not a date that exists", 4),
    Kind("repeated_ids", "five different records sharing one id",
         lambda d: _jsonl(d, "ids.jsonl", [json.dumps({"id": "same", "text": f"{GOOD} ({n})"})
                                           for n in range(5)]),
         "analysed", "repeat the id", 5),
    # CSV
    Kind("csv_open_quote", "a CSV row whose quote is never closed, then good rows",
         lambda d: _write(d, "q.csv", f'id,text\na,"{GOOD}\nb,"{GOOD}"\nc,"{GOOD}"\n'),
         "mixed", "quote left open", 1),
    Kind("csv_header_only", "a CSV file with a header and no rows",
         lambda d: _write(d, "h.csv", "id,title,text,published\n"), "skipped", "no rows"),
    Kind("csv_no_text_column", "a CSV file without a text column",
         lambda d: _write(d, "n.csv", f"id,body\n1,{GOOD}\n"), "skipped", "no 'text' column"),
    Kind("csv_extra_fields", "a CSV row with more fields than the header",
         lambda d: _write(d, "x.csv", f'id,text\na,"{GOOD}"\nb,"{GOOD}",extra,more\n'),
         "mixed", "more fields", 1),
    # encodings
    Kind("mixed_utf8_cp1252", "UTF-8 lines and Windows-1252 lines in one file",
         lambda d: _write(d, "mixed.txt", ("Guaidó habló en Caracas.\n\n" + GOOD).encode()
                          + b"\n\nJuan Guaid\xf3 said talks would go on."),
         "analysed", "line by line", 1),
    Kind("control_and_invisible", "control characters, zero-width and right-to-left marks, emoji",
         lambda d: _write(d, "ctl.txt", "\x01\x02\x1b[31m" + GOOD.replace(" ", " \u200b\u202e")
                          + " \U0001f600\u2028\x7f\ufeff" + GOOD), "analysed", "", 1),
    Kind("utf16_no_bom", "UTF-16 without a byte-order mark",
         lambda d: _write(d, "u16.txt", GOOD.encode("utf-16-le")), "analysed", "", 1),
    Kind("broken_utf8", "UTF-8 with a stray byte",
         lambda d: _write(d, "b8.txt", GOOD.encode() + b" \xff."), "analysed", "", 1),
    # binary documents under text names
    Kind("pdf_as_txt", "a PDF renamed .txt",
         lambda d: _write(d, "paper.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
                          + GOOD.encode()), "skipped", "PDF"),
    Kind("docx_as_txt", "an Office (zip) document renamed .txt",
         lambda d: _write(d, "doc.txt", _zip()), "skipped", "zip archive or Office"),
    Kind("old_office_as_txt", "an old Office (OLE) document renamed .txt",
         lambda d: _write(d, "old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + GOOD.encode()),
         "skipped", "old Office"),
    Kind("gzip_as_jsonl", "a gzip archive named .jsonl",
         lambda d: _write(d, "z.jsonl", gzip.compress(_rec().encode())), "skipped", "gzip"),
    Kind("png_as_html", "a PNG image named .html",
         lambda d: _write(d, "img.html", b"\x89PNG\r\n\x1a\n" + os.urandom(512)), "skipped",
         "PNG"),
    Kind("random_bytes", "4 KB of random bytes with NULs",
         lambda d: _write(d, "rand.txt", os.urandom(4096) + b"\x00" * 64), "skipped", "binary"),
    # empty and oversized
    Kind("empty_file", "an empty file", lambda d: _write(d, "e.txt", b""), "skipped", "empty"),
    Kind("blank_file", "whitespace only", lambda d: _write(d, "w.txt", " \n\t\n "), "skipped",
         "empty"),
    Kind("html_script_only", "HTML whose body is only a script",
         lambda d: _write(d, "s.html", "<html><head><title>x</title></head><body><script>"
                          "alert(1)</script><style>p{}</style></body></html>"),
         "skipped", "empty body"),
    Kind("html_nested_deep", "HTML nested 60,000 elements deep",
         lambda d: _write(d, "deep.html", "<html><body>" + "<div>" * 60_000 + GOOD
                          + "</div>" * 60_000 + "</body></html>"), "budget"),
    Kind("html_many_paragraphs", "HTML with 40,000 paragraphs",
         lambda d: _write(d, "many.html", "<html><body>" + "<p>Talks resumed.</p>" * 40_000
                          + "</body></html>"), "budget"),
    Kind("over_max_chars", "3 MB of text, over max_chars",
         lambda d: _write(d, "huge.txt", GOOD * 20_000), "skipped", "max_chars"),
    # texts that make parsers hang or recurse
    Kind("one_sentence_900k", "900,000 characters of one sentence repeated",
         lambda d: _write(d, "rep.txt", (GOOD + " ") * (900_000 // (len(GOOD) + 1))), "budget"),
    Kind("open_quotes", "'He said \"' x 50,000", lambda d: _write(d, "q.txt", 'He said "' * 50_000),
         "budget"),
    Kind("parentheses", "'(' x 200,000", lambda d: _write(d, "p.txt", "(" * 200_000), "budget"),
    Kind("nested_reported_speech", "'X said that Y said that' x 20,000",
         lambda d: _write(d, "s.txt", "X said that Y said that " * 20_000), "budget"),
    Kind("one_long_word", "a 500,000-character word",
         lambda d: _write(d, "w.txt", "Venezuela" + "a" * 500_000), "budget"),
    Kind("many_short_lines", "200,000 one-word lines",
         lambda d: _write(d, "l.txt", "word\n" * 200_000), "budget"),
    # what is not a regular file
    Kind("fifo", "a named pipe called .txt", _fifo, "skipped", "FIFO"),
    Kind("socket", "a Unix socket called .txt", _socket, "skipped", "socket"),
    Kind("dev_zero", "/dev/zero", lambda d: ["/dev/zero"], "skipped", "character device"),
    Kind("dev_urandom", "/dev/urandom", lambda d: ["/dev/urandom"], "skipped",
         "character device"),
    Kind("symlink_loop", "two symbolic links pointing at each other", _symlink_loop, "skipped",
         "symlink loop"),
    Kind("missing_path", "a path that does not exist",
         lambda d: [str(d / "missing.txt")], "skipped", "no such file"),
    Kind("unsupported_in_folder", "an .exe file in a folder",
         lambda d: _write(d, "tool.exe", b"MZ\x90\x00") and [str(d)], "skipped",
         "unsupported file type"),
    Kind("odd_file_names", "file names that are not UTF-8, hold a newline, start with '-'",
         _odd_names, "analysed", "", 3),
    Kind("folder_named_txt", "a folder called notes.txt", _folder_named_txt, "analysed", "", 1),
)


@dataclass
class Outcome:
    """What one run did with one kind's inputs."""

    kind: Kind
    exit: int | None
    seconds: float
    peak_mb: float
    rows: list[dict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stderr: str = ""

    def summary(self) -> str:
        """The outcome in a few words, for the table."""
        parts = []
        if self.rows:
            parts.append(f"{len(self.rows)} analysed")
        if self.skipped:
            reasons = sorted({_reason(s) for s in self.skipped})
            parts.append(f"{len(self.skipped)} skipped ({'; '.join(reasons)[:160]})")
        notes = sorted({w[:70] for r in self.rows for w in r.get("warnings", [])}
                       | {_reason(w)[:90] for w in self.warnings})
        if notes:
            parts.append(f"warned: {'; '.join(notes)[:160]}")
        return ", ".join(parts) or "nothing"


def _reason(line: str) -> str:
    """The reason of a ``storyline: skipped PATH[:LINE]: reason`` (or ``warning:``) line."""
    return re.sub(r"^storyline: (skipped|warning:) \S+?: ", "", line)


def problems(out: Outcome, budget: float, kinds: int = 1) -> list[str]:
    """What went wrong for this kind (empty when it behaved as expected) in a run over
    ``kinds`` kinds."""
    found = []
    text = out.stderr + json.dumps(out.rows, ensure_ascii=False)
    if "Traceback" in out.stderr or "internal error" in text:
        found.append("internal error or traceback")
    if out.exit not in (0, 1):
        found.append(f"exit code {out.exit}")
    expect = out.kind.expect
    if expect == "analysed" and (out.skipped or len(out.rows) < out.kind.articles):
        found.append(f"expected {out.kind.articles} analysed, nothing skipped")
    if expect == "skipped" and (out.rows or not out.skipped):
        found.append("expected skipped")
    if expect == "mixed" and (len(out.rows) < out.kind.articles or not out.skipped):
        found.append(f"expected {out.kind.articles} analysed and some skipped")
    if expect == "budget" and not out.rows and not any(
            "article_seconds" in s or "article_memory_mb" in s or "structured too deeply" in s
            or "empty body" in s for s in out.skipped):
        found.append("neither analysed nor stopped by the budget")
    if out.kind.says and out.kind.says not in text:
        found.append(f"does not say {out.kind.says!r}")
    if out.seconds > bound(budget, kinds):
        found.append(f"took {out.seconds:.0f} s")
    return found


def bound(budget: float, kinds: int) -> float:
    """Seconds a run over ``kinds`` kinds may take: each article's budget twice (its batch,
    then itself alone), plus start-up."""
    return SLACK_SECONDS + 2 * budget * kinds


def run_kinds(kinds: list[Kind], folder: Path, budget: float, workers: int = 2
              ) -> dict[str, Outcome]:
    """Make ``kinds`` under ``folder`` and analyse them in one run; each kind's outcome."""
    paths: dict[str, list[str]] = {}
    for kind in kinds:
        sub = folder / kind.name
        sub.mkdir(parents=True)
        paths[kind.name] = kind.make(sub)
    config = folder / "settings.toml"
    config.write_text(f"article_seconds = {budget}\n")
    cmd = [sys.executable, "-m", "storyline", "analyze", "--workers", str(workers),
           "--config", str(config), *[p for k in kinds for p in paths[k.name]]]
    exit_code, seconds, peak, stdout, stderr = measure(cmd, bound(budget, len(kinds)))
    rows = [json.loads(line) for line in stdout.split("\n") if line.strip()]
    out = {}
    for kind in kinds:
        mine = (str(folder / kind.name),) + tuple(paths[kind.name])
        out[kind.name] = Outcome(
            kind, exit_code, seconds, peak,
            [r for r in rows if r["source"].startswith(mine)],
            [ln for ln in stderr.splitlines() if "skipped " in ln and _names(ln, mine)],
            [ln for ln in stderr.splitlines() if "warning: " in ln and _names(ln, mine)],
            "\n".join(ln for ln in stderr.splitlines() if _names(ln, mine) or "Traceback" in ln))
    return out


def _names(line: str, prefixes: tuple[str, ...]) -> bool:
    return any(f" {p}" in line for p in prefixes)


def measure(cmd: list[str], timeout: float) -> tuple[int | None, float, float, str, str]:
    """Exit code (None when killed at ``timeout``), seconds, peak PSS of the tree in MB,
    stdout and stderr of ``cmd``."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")) if p))
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, stdin=subprocess.DEVNULL)
        peak = 0
        while proc.poll() is None:
            if time.monotonic() - start > timeout:
                proc.kill()
                proc.wait()
                break
            peak = max(peak, sum(_memory_kb(p)[1] for p in _tree(proc.pid)))
            time.sleep(0.05)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        code = proc.returncode if seconds <= timeout else None
        return (code, seconds, peak / 1024, out.read().decode(errors="replace"),
                err.read().decode(errors="replace"))


def table(outcomes: list[Outcome], budget: float) -> str:
    """The Markdown table of the outcomes."""
    lines = ["| kind | input | outcome | exit | time (s) | peak memory (MB) | as expected |",
             "|---|---|---|---|---|---|---|"]
    for o in outcomes:
        bad = problems(o, budget)
        lines.append(f"| {o.kind.name} | {o.kind.what} | {o.summary().replace('|', '/')} | "
                     f"{o.exit} | {o.seconds:.1f} | {o.peak_mb:.0f} | "
                     f"{'yes' if not bad else 'NO: ' + '; '.join(bad)} |")
    return "\n".join(lines)


HEADER = """# Hostile inputs

Every kind of bad input we know of, each given alone to `storyline analyze --workers 2`
with a per-article budget of {budget:g} s (`article_seconds`; the default is 60 s) and the
default memory budget (`article_memory_mb`, 2,048 MB a worker). Time is the wall time
of the whole command (start-up and model load included, about {startup:.0f} s here); peak
memory is the PSS of the process tree (the parent and its two workers, shared pages
counted once). "As expected": every input is named in the output or on stderr, no
traceback or internal error, the outcome of its kind, within its time bound. A text
that makes a parser hang is stopped by the budget and skipped by name; the run goes on.

Made by `python -m eval.hostile --out docs/HOSTILE_INPUTS.md --budget {budget:g}`; the same
catalogue runs as tests in `tests/test_hostile_inputs.py`.

"""


FOOTER = """
## Kill, resume and concurrency

These are tests, run with the suite:

- `tests/test_build.py::test_build_killed_mid_run_resumes_without_duplicates`: a build
  killed with SIGKILL after its first commits leaves a store that opens without being
  written; the next build analyses only what is missing, with no duplicate.
- `tests/test_build.py::test_build_killed_while_replacing_views_keeps_the_old_views`: a
  build killed inside the views transaction leaves the old views whole.
- `tests/test_build.py::test_build_killed_leaves_no_worker_behind`: after `kill -9` of a
  `build --workers 2`, its workers are gone within seconds (they die with their parent).
- `tests/test_build.py::test_build_second_concurrent_build_stops_with_a_clear_message`:
  a second build on a store in use stops, naming the process that holds it.
- `tests/web/test_snapshot.py::test_build_runs_while_the_server_serves`: `storyline
  build` completes on the store `storyline serve` is serving while three clients keep
  asking; no request fails, and the server shows the new article once the build is done.
- `tests/web/test_snapshot.py`: a damaged store is refused when `serve` starts; the story
  is built once under concurrent first requests; malformed HTTP answers in the JSON
  error shape; filter typos answer 422 naming the parameter.
- `tests/test_hostile_inputs.py::test_hostile_kinds_give_a_store_that_a_rebuild_leaves_unchanged`:
  a build over every quick kind above, then a rebuild that leaves the store file byte
  for byte the same.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kinds", nargs="*", help="Kinds to run (default: all).")
    parser.add_argument("--out", help="Write the Markdown table here.")
    parser.add_argument("--budget", type=float, default=20.0, help="article_seconds.")
    args = parser.parse_args(argv)
    chosen = [k for k in KINDS if not args.kinds or k.name in args.kinds]
    outcomes = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in chosen:
            (outcome,) = run_kinds([kind], Path(tmp) / kind.name, args.budget).values()
            outcomes.append(outcome)
            print(f"{kind.name:26} {outcome.seconds:6.1f} s {outcome.peak_mb:6.0f} MB  "
                  f"{outcome.summary()[:90]}  {problems(outcome, args.budget) or 'ok'}",
                  flush=True)
    text = table(outcomes, args.budget)
    if args.out:
        startup = min(o.seconds for o in outcomes)
        Path(args.out).write_text(HEADER.format(budget=args.budget, startup=startup) + text
                                  + "\n" + FOOTER, encoding="utf-8")
    failed = [o.kind.name for o in outcomes if problems(o, args.budget)]
    print(f"{len(outcomes) - len(failed)}/{len(outcomes)} kinds as expected"
          + (f"; not: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
