"""What every view needs: the settings, the worker pool, the IRIs, and answers
cached per data release (counts, descriptions), reached through ``services()``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from flask import current_app, request

from graph.rdf.namespaces import IRIs
from server.config import ServerConfig
from server.workers import Pool

T = TypeVar("T")
EXTENSION = "ofsted_kg"


@dataclass
class Services:
    config: ServerConfig
    pool: Pool
    iris: IRIs
    _cache: dict[tuple[str, str], object] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def release(self) -> str:
        return self.pool.release

    @property
    def writes_open(self) -> bool:
        return bool(self.config.admin_token)

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per data release."""
        release = self.pool.release
        with self._lock:
            if (release, key) in self._cache:
                return self._cache[(release, key)]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._cache = {k: v for k, v in self._cache.items() if k[0] == release}
            self._cache[(release, key)] = value
        return value


def services() -> Services:
    return current_app.extensions[EXTENSION]  # type: ignore[no-any-return]


def site_url() -> str:
    """This server's root URL as the client reached it, ending in '/'."""
    return request.host_url


def absolute(path: str) -> str:
    return site_url().rstrip("/") + path
