"""Query execution with time limits that really stop the query, and safe writes.

pyoxigraph cannot cancel a running query, and one pull of a result row can take
minutes, so every query runs in a worker *process* holding the store opened
read-only; when the time limit passes, the server kills that process (the query
stops) and answers at once, and a fresh worker is forked on the next request. Other
requests are served meanwhile by the other workers.

Processes come from a ``forkserver`` that has already imported the store and the
saved queries, so replacing a killed worker takes milliseconds, and nothing is
forked from the threaded web server itself.

Writes (SPARQL Update, Graph Store PUT/POST/DELETE) never run while a read-only
handle is open on the same files (pyoxigraph calls that undefined behaviour): a
write closes the gate to new readers, waits for running queries and dumps to
finish (stopping them if they take too long), stops the idle workers, applies the
change in a process of its own (killed at the write time limit: the transaction
is then not committed and the store is unchanged), and lets readers in again;
new workers open the changed store.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import multiprocessing
import os
import queue
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

log = logging.getLogger("ofsted_kg.server")

_PRELOAD = ["server.tasks", "graph.queries", "graph.store.oxigraph", "graph.gazetteer"]
_READY_TIMEOUT = 60.0  # opening the store
_STREAM_IDLE = 120.0  # a stream whose worker sends nothing this long has hung
_STOP_GRACE = 5.0
_DUMPS_AT_ONCE = 2
_DRAIN = 2.0  # seconds to read out an abandoned answer before killing its worker
_SPOOL_IN_MEMORY = 8 * 1024 * 1024  # bytes of an answer kept in memory, the rest on disk


class Unavailable(Exception):
    """The request cannot be served now (503): stopped at the time limit, busy, writing."""

    def __init__(self, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TaskFailed(Exception):
    """The task answered an error, with the HTTP status to pass on."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent (the forkserver, which exits
    with the server) dies, so no orphan keeps running a query."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _limit_memory(megabytes: int) -> None:
    """Cap the process's address space: a query that needs more makes the allocator
    fail and the process abort, which the server reports instead of the machine
    running out of memory."""
    if megabytes > 0:
        try:
            import resource

            limit = megabytes * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass  # not on this platform: the time limit still applies


def _worker_main(
    conn: Connection, store_path: str, writable: bool, one_shot: bool, memory_mb: int = 0
) -> None:
    """A worker process: open the store, then run tasks sent over ``conn``."""
    _die_with_parent()
    _limit_memory(memory_mb)
    from graph.store import StoreError, open_store
    from server.tasks import perform

    try:
        store = open_store(store_path, read_only=not writable)
    except StoreError as e:
        conn.send(("error", 500, str(e)))
        return
    conn.send(("ready", None))
    try:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                break
            if job is None:
                break
            name, kwargs = job
            try:
                perform(store, conn.send, name, kwargs)
            except (BrokenPipeError, OSError):
                break  # the server stopped listening: it will kill us anyway
            if one_shot:
                break
    finally:
        store.close()


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    generation: int
    started: float = field(default_factory=time.monotonic)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=_STOP_GRACE)
        self.conn.close()

    def stop(self, grace: float = _STOP_GRACE) -> None:
        """Ask the worker to close its store and exit; kill it if it does not."""
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=grace)
        self.kill()


class Gate:
    """Readers–writer gate: many readers, or one writer; a waiting writer keeps new
    readers out so a stream of queries cannot starve a write."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting_writers = 0

    def enter(self, timeout: float) -> bool:
        with self._cond:
            ok = self._cond.wait_for(
                lambda: not self._writing and not self._waiting_writers, timeout
            )
            if ok:
                self._readers += 1
            return ok

    def leave(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    def lock(self, timeout: float) -> bool:
        with self._cond:
            self._waiting_writers += 1
            try:
                ok = self._cond.wait_for(lambda: not self._writing and self._readers == 0, timeout)
                if ok:
                    self._writing = True
                return ok
            finally:
                self._waiting_writers -= 1
                self._cond.notify_all()

    @property
    def writing(self) -> bool:
        return self._writing or self._waiting_writers > 0

    def unlock(self) -> None:
        with self._cond:
            self._writing = False
            self._cond.notify_all()


def store_release(path: Path) -> tuple[str, float]:
    """A fingerprint of the store's files and the time they last changed.

    Any write changes the files (write-ahead log, tables, manifest); reading never
    does, so the fingerprint identifies the data release cheaply. Oxigraph's info
    logs and its lock file are left out.
    """
    digest = hashlib.sha256()
    latest = 0.0
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        return "missing", 0.0
    for entry in entries:
        if entry.name.startswith("LOG") or entry.name == "LOCK" or not entry.is_file():
            continue
        info = entry.stat()
        digest.update(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
        latest = max(latest, info.st_mtime)
    return digest.hexdigest()[:16], latest


class Reply:
    """A streamed answer: ``head`` and an iterator of byte chunks.

    Werkzeug calls ``close`` when the response ends (or the client goes away); an
    unfinished stream then costs its worker, which is killed rather than drained.
    """

    def __init__(self, worker: _Worker, head: dict[str, object], done: object) -> None:
        self.worker = worker
        self.head = head
        self._done = done  # callable(worker, finished: bool)
        self._finished = False
        self._closed = False
        self.drain = True  # one-shot processes (dumps) are killed instead

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        if self._finished or self._closed:
            raise StopIteration
        conn = self.worker.conn
        try:
            if not conn.poll(_STREAM_IDLE):
                raise OSError("worker sent nothing")
            message = conn.recv()
        except (OSError, EOFError):
            log.warning("a streaming worker stopped before the end of its answer")
            self.close()
            raise StopIteration from None
        if message[0] == "chunk":
            return message[1]
        if message[0] == "end":
            self._finished = True
            self.close()
            raise StopIteration
        log.warning("stream failed after it started: %s", message[-1])
        self.close()
        raise StopIteration

    def read(self) -> bytes:
        """The whole answer (for small ones)."""
        return b"".join(self)

    def close(self) -> None:
        """End the answer. A reply abandoned early (a HEAD request, a client gone)
        is drained if its worker can finish in a moment, so the worker is kept."""
        if self._closed:
            return
        if not self._finished and self.drain:
            self._finished = self._drain()
        self._closed = True
        self._done(self.worker, self._finished)  # type: ignore[operator]

    def _drain(self) -> bool:
        deadline = time.monotonic() + _DRAIN
        conn = self.worker.conn
        try:
            while time.monotonic() < deadline and conn.poll(max(0.0, deadline - time.monotonic())):
                kind = conn.recv()[0]
                if kind == "end":
                    return True
                if kind != "chunk":
                    return False
        except (OSError, EOFError):
            pass
        return False


class Spooled:
    """A finished answer read out of its worker into memory (or a temporary file past
    a few MB), so a slow client holds no worker while it downloads."""

    def __init__(self, reply: Reply) -> None:
        self.head = reply.head
        self._file = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115 - closed by close()
        try:
            for chunk in reply:
                self._file.write(chunk)
            self.complete = reply._finished
        finally:
            reply.close()
        self._file.seek(0)

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self._file.read(1 << 16):
            yield chunk

    def read(self) -> bytes:
        return self._file.read()

    def close(self) -> None:
        self._file.close()


class Pool:
    """A few read-only worker processes, time limits, and the write gate."""

    def __init__(
        self, store_path: Path, size: int = 2, timeout: float = 10.0, memory_mb: int = 0
    ) -> None:
        self.store_path = Path(store_path)
        self.size = size
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.gate = Gate()
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(_PRELOAD)
        self._lock = threading.Lock()
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._live: set[_Worker] = set()  # pool workers, idle or busy
        self._busy: set[_Worker] = set()  # every process running a task (also one-shots)
        self._pending = 0
        self._generation = 0
        self._dumps = threading.BoundedSemaphore(_DUMPS_AT_ONCE)
        self._closed = False
        self.release, self.modified = store_release(self.store_path)
        self._release_checked = time.monotonic()
        self.writes = 0
        self.stopped = 0  # tasks stopped at their time limit

    # ------------------------------------------------------------ processes

    def _spawn(self, writable: bool = False, one_shot: bool = False) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main,
            args=(child, str(self.store_path), writable, one_shot, self.memory_mb),
            daemon=True,
            name="ofsted-kg-writer" if writable else "ofsted-kg-query",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent, self._generation)
        try:
            if not parent.poll(_READY_TIMEOUT):
                raise OSError("the worker did not open the store in time")
            message = parent.recv()
        except (OSError, EOFError) as e:
            worker.kill()
            raise Unavailable(f"cannot start a query worker: {e}") from None
        if message[0] != "ready":
            worker.kill()
            raise Unavailable(f"cannot open the store: {message[-1]}")
        return worker

    def _acquire(self, deadline: float) -> _Worker:
        while True:
            with self._lock:
                if self._closed:
                    raise Unavailable("the server is shutting down")
                try:
                    worker = self._idle.get_nowait()
                except queue.Empty:
                    worker = None
                if worker is not None:
                    if worker.generation == self._generation and worker.process.is_alive():
                        return worker
                    self._live.discard(worker)
                    worker.kill()
                    continue
                spawn = len(self._live) + self._pending < self.size
                if spawn:
                    self._pending += 1
            if spawn:
                try:
                    worker = self._spawn()
                finally:
                    with self._lock:
                        self._pending -= 1
                with self._lock:
                    self._live.add(worker)
                return worker
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Unavailable(
                    f"all {self.size} query workers are busy; try again shortly", retry_after=2
                )
            try:
                worker = self._idle.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            self._idle.put(worker)

    def _return(self, worker: _Worker, healthy: bool) -> None:
        with self._lock:
            self._busy.discard(worker)
            if healthy and worker.generation == self._generation and not self._closed:
                self._idle.put(worker)
                return
            self._live.discard(worker)
        worker.kill()

    # ------------------------------------------------------------ running tasks

    def _enter(self, timeout: float) -> None:
        if not self.gate.enter(timeout):
            raise Unavailable("the store is being updated; try again shortly", retry_after=2)

    def _first(self, worker: _Worker, job: tuple, limit: float, what: str) -> tuple:
        """Send ``job`` and wait for its first message. At the limit the caller kills
        the worker (Unavailable); a worker that dies answers a 500 (TaskFailed)."""
        with self._lock:
            self._busy.add(worker)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(limit):
                self.stopped += 1
                log.info("%s stopped after %s time limit", what, _seconds(limit))
                raise Unavailable(f"{what} stopped after {_seconds(limit)} time limit")
            return worker.conn.recv()
        except (OSError, EOFError):
            worker.process.join(timeout=_STOP_GRACE)
            if worker.process.exitcode == -signal.SIGABRT and self.memory_mb:
                raise Unavailable(
                    f"{what} stopped: it needed more than {self.memory_mb} MB of memory"
                ) from None
            raise TaskFailed(500, f"the {what} worker died") from None

    def call(self, task: str, timeout: float | None = None, **kwargs: object) -> object:
        """Run a task that answers one value; TaskFailed or Unavailable otherwise."""
        answer = self.stream(task, timeout, **kwargs)
        if isinstance(answer, Spooled):  # a stream where a value was expected: a bug
            answer.close()
            raise TaskFailed(500, f"task {task} streamed instead of answering")
        return answer

    def stream(self, task: str, timeout: float | None = None, **kwargs: object) -> Spooled | object:
        """Run a task that may stream: its answer read out of the worker (Spooled),
        or the value it answered."""
        limit = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        self._enter(limit)
        try:
            worker = self._acquire(deadline)
        except BaseException:
            self.gate.leave()
            raise
        try:
            message = self._first(worker, (task, kwargs), limit, "query")
        except BaseException:
            self._return(worker, False)
            self.gate.leave()
            raise
        if message[0] != "head":
            self._return(worker, True)
            self.gate.leave()
            if message[0] == "error":
                raise TaskFailed(message[1], message[2])
            return message[1]

        def done(w: _Worker, finished: bool) -> None:
            self._return(w, finished)
            self.gate.leave()

        answer = Spooled(Reply(worker, message[1], done))
        if not answer.complete:
            answer.close()
            raise TaskFailed(500, f"the {task} answer was cut short by its worker")
        return answer

    def dump(self, fmt: str, graph: str | None = None) -> Reply:
        """Stream the dataset (or a graph) from a process of its own: a dump may take
        longer than the query time limit, and must not hold a query worker."""
        if not self._dumps.acquire(timeout=self.timeout):
            raise Unavailable("too many downloads at once; try again shortly", retry_after=5)
        try:
            self._enter(self.timeout)
        except BaseException:
            self._dumps.release()
            raise
        try:
            worker = self._spawn(one_shot=True)
            message = self._first(worker, ("dump", {"fmt": fmt, "graph": graph}), 60.0, "dump")
        except BaseException:
            self._dumps.release()
            self.gate.leave()
            raise
        if message[0] != "head":
            worker.kill()
            with self._lock:
                self._busy.discard(worker)
            self._dumps.release()
            self.gate.leave()
            raise TaskFailed(message[1], message[2])

        def done(w: _Worker, finished: bool) -> None:
            with self._lock:
                self._busy.discard(w)
            w.kill() if not finished else w.stop()
            self._dumps.release()
            self.gate.leave()

        reply = Reply(worker, message[1], done)
        reply.drain = False
        return reply

    # ------------------------------------------------------------ writing

    @contextmanager
    def exclusive(self, wait: float) -> Iterator[None]:
        """No reader while inside: running tasks finish (or are stopped after ``wait``
        seconds), idle workers close the store, new readers wait at the gate."""
        if not self.gate.lock(wait):
            with self._lock:
                running = list(self._busy)
            for worker in running:
                log.warning("stopping a running query or download for a write")
                worker.kill()
            if not self.gate.lock(_STOP_GRACE * 2):
                raise Unavailable("the store is busy; try the write again", retry_after=5)
        try:
            with self._lock:
                self._generation += 1
                stale = list(self._live)
                self._live.clear()
                while not self._idle.empty():
                    self._idle.get_nowait()
            for worker in stale:
                worker.stop()
            yield
        finally:
            self.release, self.modified = store_release(self.store_path)
            self._release_checked = time.monotonic()
            self.gate.unlock()

    def write(self, task: str, timeout: float, **kwargs: object) -> object:
        """Run a write task alone, in a read-write process killed at ``timeout``."""
        with self.exclusive(wait=max(self.timeout, 1.0) + 5.0):
            worker = self._spawn(writable=True, one_shot=True)
            try:
                message = self._first(worker, (task, kwargs), timeout, "update")
            except Unavailable:
                worker.kill()
                raise Unavailable(
                    f"update stopped after {_seconds(timeout)} time limit; nothing was changed"
                ) from None
            finally:
                with self._lock:
                    self._busy.discard(worker)
            worker.stop(grace=max(timeout, 30.0))  # let it flush and close the store
            self.writes += 1
        if message[0] == "error":
            raise TaskFailed(message[1], message[2])
        return message[1]

    def check_release(self, every: float = 1.0) -> str:
        """The current release; if the files changed behind the server's back (a
        ``build`` into the served store), the workers are restarted to see it."""
        now = time.monotonic()
        if now - self._release_checked < every or self.gate.writing:
            return self.release
        self._release_checked = now
        release, _ = store_release(self.store_path)
        if release != self.release:
            log.info("the store changed on disk; reopening it")
            with self.exclusive(wait=max(self.timeout, 1.0) + 5.0):
                pass
        return self.release

    def status(self) -> dict[str, object]:
        """What the pool is doing, for /status."""
        with self._lock:
            busy = len(self._busy)
            live = len(self._live)
        return {
            "release": self.release,
            "workers": self.size,
            "workers_running": live,
            "busy": busy,
            "stopped_at_time_limit": self.stopped,
            "writes": self.writes,
            "time_limit_seconds": self.timeout,
        }

    def warm(self) -> None:
        """Start the workers ahead of the first requests (in the background)."""

        def run() -> None:
            if not self.gate.enter(_READY_TIMEOUT):
                return
            try:
                while True:  # spawn up to the pool's size, never waiting for a busy worker
                    with self._lock:
                        if self._closed or len(self._live) + self._pending >= self.size:
                            return
                        self._pending += 1
                    try:
                        worker = self._spawn()
                    except Unavailable as e:
                        log.warning("%s", e)
                        return
                    finally:
                        with self._lock:
                            self._pending -= 1
                    with self._lock:
                        self._live.add(worker)
                    self._return(worker, True)
            finally:
                self.gate.leave()

        threading.Thread(target=run, name="warm-workers", daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._live | self._busy)
            self._live.clear()
        for worker in workers:
            worker.kill()
