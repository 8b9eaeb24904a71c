"""The WSGI application for gunicorn, configured from OFSTED_KG_* environment
variables (OFSTED_KG_STORE, OFSTED_KG_ADMIN_TOKEN, OFSTED_KG_TIMEOUT, ...):

    gunicorn -c python:server.gunicorn_conf server.wsgi:app

Run ONE gunicorn worker process with threads (the config module does): queries
already run in parallel in the app's own worker processes, and a write must be able
to stop every reader of the store, which only works within one process.
"""

from __future__ import annotations

import sys

from graph.store import StoreError
from server.app import create_app
from server.config import ConfigError, ServerConfig

try:
    app = create_app(ServerConfig.from_env())
except (ConfigError, StoreError) as e:
    print(f"ofsted-kg: error: {e}", file=sys.stderr, flush=True)
    raise SystemExit(4) from None  # gunicorn's "app failed to load": it stops, no restarts
app.extensions["ofsted_kg"].pool.warm()  # start the query processes before the first request
