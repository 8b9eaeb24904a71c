"""The Flask application factory: one app over one on-disk store.

The web process never opens the store itself: every read runs in a worker process
(``server.workers``), which is what lets a time limit stop a query. Development:
``ofsted-kg serve``; production: gunicorn with ``server.wsgi:app`` (see README).
"""

from __future__ import annotations

import atexit
import logging
import sys

from flask import Flask, Response, request

from graph.store import StoreError, open_store
from server import errors
from server.config import ServerConfig
from server.context import EXTENSION, Services
from server.request_log import RequestLog
from server.workers import Pool

log = logging.getLogger("ofsted_kg.server")

# Blueprints whose answers any web page may read (CORS); writes are not among them.
READ_BLUEPRINTS = {"sparql", "saved_queries", "linked_data", "exports", "home", "graph_store"}
EXPOSED = "Link, ETag, X-Total-Count, X-Result-Truncated, X-SPARQL-MaxRows, Retry-After"


def _check_store(config: ServerConfig) -> None:
    """Fail at start, with one line, if there is no store to serve."""
    path = config.store_path
    if not path.is_dir():
        raise StoreError(f"{config.store}: no store here (run `ofsted-kg build` first)")
    open_store(config.store, read_only=True).close()


def _logging() -> None:
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def _cors(response: Response) -> Response:
    if request.blueprint not in READ_BLUEPRINTS:
        return response
    if request.method not in ("GET", "HEAD", "POST", "OPTIONS"):
        return response
    if request.method == "POST" and request.blueprint != "sparql":
        return response
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = EXPOSED
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, If-None-Match"
        response.headers["Access-Control-Max-Age"] = "86400"
    return response


def create_app(config: ServerConfig | None = None, **settings: object) -> Flask:
    """The application for ``config`` (or a ServerConfig built from ``settings``)."""
    config = config or ServerConfig(**settings)  # type: ignore[arg-type]
    _logging()
    _check_store(config)
    from server import exports, graph_store, home, linked_data, saved_queries, sparql

    saved_queries.check_names()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = config.max_body
    app.config["MAX_FORM_MEMORY_SIZE"] = config.max_body
    app.config["JSON_SORT_KEYS"] = False
    pool = Pool(
        config.store_path,
        size=config.workers,
        timeout=config.timeout,
        memory_mb=config.worker_memory_mb,
    )
    atexit.register(pool.close)
    app.extensions[EXTENSION] = Services(config=config, pool=pool, iris=config.iris)
    for blueprint in (
        home.bp,
        sparql.bp,
        graph_store.bp,
        saved_queries.bp,
        linked_data.bp,
        exports.bp,
    ):
        app.register_blueprint(blueprint)
    errors.register(app)
    app.after_request(_cors)

    @app.before_request
    def _release() -> None:
        pool.check_release()

    app.wsgi_app = RequestLog(app.wsgi_app)  # type: ignore[method-assign]
    return app
