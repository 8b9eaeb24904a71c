"""A real server in a subprocess, for tests and benchmarks: ``ofsted-kg serve`` or
gunicorn on a free loopback port, its log lines collected as they come."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

_LISTENING = re.compile(r"(?:listening on|Listening at:) (http://[\d.]+:\d+)")
START_TIMEOUT = 60.0


class LiveServer:
    """Start with ``start()`` (or as a context manager); ``url`` is its root URL."""

    def __init__(self, command: Sequence[str], env: dict[str, str] | None = None) -> None:
        self.command = list(command)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("OFSTED_KG_")}
        self.env.update(env or {})
        self.env["PYTHONUNBUFFERED"] = "1"
        self.lines: list[str] = []
        self.url = ""
        self.process: subprocess.Popen[str] | None = None
        self._ready = threading.Event()

    @classmethod
    def serve(
        cls, store: Path, *options: str, base: str | None = None, **settings: str
    ) -> LiveServer:
        """``ofsted-kg --store STORE serve --port 0 OPTIONS``, with other settings as
        OFSTED_KG_* variables."""
        command = [sys.executable, "-m", "graph.cli", "--store", str(store)]
        if base:
            command += ["--base", base]
        env = {f"OFSTED_KG_{k.upper()}": v for k, v in settings.items()}
        return cls([*command, "serve", "--host", "127.0.0.1", "--port", "0", *options], env)

    @classmethod
    def gunicorn(cls, store: Path, **settings: str) -> LiveServer:
        """gunicorn with the project's config module, settings as OFSTED_KG_* variables."""
        env = {"OFSTED_KG_STORE": str(store), "OFSTED_KG_BIND": "127.0.0.1:0"}
        env.update({f"OFSTED_KG_{k.upper()}": v for k, v in settings.items()})
        command = [sys.executable, "-m", "gunicorn", "-c", "python:server.gunicorn_conf"]
        return cls([*command, "server.wsgi:app"], env)

    def _read(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))
            m = _LISTENING.search(line)
            if m and not self.url:
                self.url = m.group(1) + "/"
                self._ready.set()
        self._ready.set()

    def start(self) -> LiveServer:
        self.process = subprocess.Popen(
            self.command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
        )
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(START_TIMEOUT) or not self.url:
            self.stop()
            raise RuntimeError("the server did not start:\n" + "\n".join(self.lines[-20:]))
        return self

    def log_since(self, mark: int) -> list[str]:
        return self.lines[mark:]

    def wait_for_log(self, pattern: str, timeout: float = 10.0) -> str | None:
        """The first log line matching ``pattern`` (a log line is written after the
        response, so a client may look before it exists)."""
        rx = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if rx.search(line):
                    return line
            time.sleep(0.05)
        return None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
