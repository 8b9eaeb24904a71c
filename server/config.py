"""The server's settings, from the command line or from environment variables.

One dataclass so ``ofsted-kg serve`` (development) and ``server.wsgi`` (gunicorn)
build the same application from the same names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from graph.rdf.namespaces import IRIs, default_base
from graph.store import DEFAULT_STORE

ENV_PREFIX = "OFSTED_KG_"


class ConfigError(ValueError):
    """A setting that cannot be used; the message names it."""


@dataclass(frozen=True)
class ServerConfig:
    store: str = DEFAULT_STORE
    base: str = ""  # base IRI of minted resources; empty means the project default
    admin_token: str | None = None  # writes are closed unless this is set
    timeout: float = 10.0  # seconds a query may run before it is stopped
    write_timeout: float = 60.0  # seconds an update or graph write may run
    workers: int = 2  # query worker processes
    max_rows: int = 10_000  # rows (or triples) a /sparql result may hold
    max_body: int = 4 * 1024 * 1024  # bytes a request body may hold (else 413)
    page_size: int = 100  # default page of a saved query (JSON and HTML)
    max_page_size: int = 5_000
    worker_memory_mb: int = 2048  # address space of a worker process; 0 for no limit

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.write_timeout <= 0:
            raise ConfigError("timeout: must be a positive number of seconds")
        if self.workers < 1:
            raise ConfigError("workers: need at least one query worker")
        if self.worker_memory_mb < 0:
            raise ConfigError("worker_memory_mb: must be 0 (no limit) or more")
        for name in ("max_rows", "max_body", "page_size", "max_page_size"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name}: must be a positive number")
        if self.admin_token is not None and len(self.admin_token) < 8:
            raise ConfigError("admin token: use at least 8 characters")

    @property
    def iris(self) -> IRIs:
        return IRIs(self.base or default_base())

    @property
    def store_path(self) -> Path:
        return Path(self.store)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> ServerConfig:
        """Settings from OFSTED_KG_STORE, OFSTED_KG_BASE, OFSTED_KG_ADMIN_TOKEN,
        OFSTED_KG_TIMEOUT, ... (each field's name in upper case)."""
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            default = f.default
            try:
                if isinstance(default, bool):
                    values[f.name] = raw.lower() in ("1", "true", "yes")
                elif isinstance(default, int):
                    values[f.name] = int(raw)
                elif isinstance(default, float):
                    values[f.name] = float(raw)
                else:
                    values[f.name] = raw
            except ValueError:
                raise ConfigError(
                    f"{ENV_PREFIX}{f.name.upper()}: {raw!r} is not a number"
                ) from None
        return cls(**values)  # type: ignore[arg-type]
