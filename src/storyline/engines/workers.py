"""Worker processes that analyse batches of articles within a time and memory budget.

Each worker is a forked child that runs :func:`storyline.engines.local.process_batch`
on the batches it is sent. The parent watches every busy worker: a batch that runs
longer than ``settings.article_seconds``, or a worker whose memory grows past
``settings.article_memory_mb``, has its worker killed and replaced; the batch's
articles are then analysed one by one, each within the same budget, so that only the
article over the budget is skipped, with its name and the setting to raise, never the
run. Workers die with their parent (``PR_SET_PDEATHSIG``), so a killed build leaves
no worker behind.
"""

from __future__ import annotations

import ctypes
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Any

from ..model import Article, Skip
from ..settings import Settings

#: Seconds between two looks at the busy workers' clocks and memory.
POLL_SECONDS = 0.1
_PR_SET_PDEATHSIG = 1

Job = tuple[int, int, list[Any]]  # (batch number, offset in the batch, items)
Work = Callable[[Sequence[Any]], list[Any]]


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies; exit now if it already has."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pipe's EOF still ends an idle worker
        pass
    if os.getppid() != parent:
        os._exit(0)


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (0 when it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _serve(conn: Connection, work: Work, parent: int) -> None:
    die_with_parent(parent)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(work(job))


class _Worker:
    def __init__(self, work: Work) -> None:
        ctx = get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, work, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0

    def give(self, job: Job) -> None:
        self.job, self.started = job, time.monotonic()
        try:
            self.conn.send(job[2])
        except OSError:
            pass  # the worker has died: its pipe reads as closed and the job is retried

    def stop(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


class Pool:
    """``workers`` processes running ``work`` over batches, in input order, within budget.

    >>> out = Pool(lambda batch: [x * 2 for x in batch], Settings(), 2).map([[1, 2], [3]])
    >>> list(out)
    [2, 4, 6]
    """

    def __init__(self, work: Work, settings: Settings, workers: int) -> None:
        self.work = work
        self.seconds = settings.article_seconds
        self.memory_mb = settings.article_memory_mb
        self.size = max(1, workers)

    def map(self, batches: Iterable[list[Any]]) -> Iterator[Any]:
        """The results of every batch, flattened, in input order."""
        workers = [_Worker(self.work) for _ in range(self.size)]
        queue: deque[Job] = deque()
        slots: dict[int, list[Any]] = {}
        source = enumerate(batches)
        exhausted, next_batch, window = False, 0, 2 * self.size
        try:
            while True:
                while not exhausted and len(slots) < window:
                    try:
                        n, batch = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    slots[n] = [_PENDING] * len(batch)
                    queue.append((n, 0, batch))
                for worker in workers:
                    if worker.job is None and queue:
                        worker.give(queue.popleft())
                while next_batch in slots and _PENDING not in slots[next_batch]:
                    yield from slots.pop(next_batch)
                    next_batch += 1
                if exhausted and not slots:
                    return
                self._watch(workers, queue, slots)
        finally:
            for worker in workers:
                worker.stop()

    def _watch(self, workers: list[_Worker], queue: deque[Job], slots: dict[int, list[Any]]
               ) -> None:
        busy = [w for w in workers if w.job is not None]
        ready = wait([w.conn for w in busy], timeout=POLL_SECONDS)
        for i, worker in enumerate(workers):
            if worker.job is None:
                continue
            n, offset, items = worker.job
            reason = None
            if worker.conn in ready:
                try:
                    results = worker.conn.recv()
                except (EOFError, OSError):
                    worker.proc.join()
                    reason = f"its worker process died (exit code {worker.proc.exitcode})"
                else:
                    slots[n][offset:offset + len(results)] = results
                    worker.job = None
                    continue
            elif self.seconds and time.monotonic() - worker.started > self.seconds:
                reason = (f"took longer than {self.seconds:g} s (setting article_seconds)")
            elif self.memory_mb and rss_mb(worker.proc.pid) > self.memory_mb:
                reason = f"used more than {self.memory_mb:,} MB (setting article_memory_mb)"
            if reason is None:
                continue
            worker.stop()
            workers[i] = _Worker(self.work)
            self._retry(n, offset, items, reason, queue, slots)

    @staticmethod
    def _retry(n: int, offset: int, items: list[Any], reason: str, queue: deque[Job],
               slots: dict[int, list[Any]]) -> None:
        """A batch over budget is retried one item at a time; a single item is skipped."""
        if len(items) > 1:
            for k in reversed(range(len(items))):
                queue.appendleft((n, offset + k, [items[k]]))
            return
        (item,) = items
        slots[n][offset] = item if not isinstance(item, Article) else Skip(
            item.source, item.line, f"stopped: the analysis of article '{item.id}' {reason}; "
            "it is skipped, the run goes on")


class _Pending:
    """A result not yet back from a worker."""


_PENDING = _Pending()
