"""One log line per request, with its status, size and the time it took, measured
until the last byte of a streamed body has been handed to the server."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator

log = logging.getLogger("ofsted_kg.server")
_MAX_TARGET = 200

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


class _Logged:
    def __init__(self, body: Iterable[bytes], finish: Callable[[int], None]) -> None:
        self.body = body
        self.finish = finish
        self.size = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.body:
            self.size += len(chunk)
            yield chunk

    def close(self) -> None:
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.finish(self.size)


class RequestLog:
    """WSGI middleware writing ``client METHOD target status bytes time`` per request."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        started = time.perf_counter()
        status = ["-"]

        def recording(code: str, headers: list, exc_info: object = None) -> Callable:
            status[0] = code.split(" ", 1)[0]
            return start_response(code, headers, exc_info)

        target = environ.get("PATH_INFO", "")
        if environ.get("QUERY_STRING"):
            target += "?" + environ["QUERY_STRING"]
        if len(target) > _MAX_TARGET:
            target = target[: _MAX_TARGET - 1] + "…"

        def finish(size: int) -> None:
            elapsed = (time.perf_counter() - started) * 1000
            log.info(
                "%s %s %s %s %dB %.1fms",
                environ.get("REMOTE_ADDR", "-"),
                environ.get("REQUEST_METHOD", "-"),
                target,
                status[0],
                size,
                elapsed,
            )

        return _Logged(self.app(environ, recording), finish)
