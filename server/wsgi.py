"""The WSGI application for gunicorn, configured from OFSTED_KG_* environment
variables (OFSTED_KG_STORE, OFSTED_KG_ADMIN_TOKEN, OFSTED_KG_TIMEOUT, ...):

    gunicorn -c python:server.gunicorn_conf server.wsgi:app

Run ONE gunicorn worker process with threads (the config module does): queries
already run in parallel in the app's own worker processes, and a write must be able
to stop every reader of the store, which only works within one process.
"""

from __future__ import annotations

from server.app import create_app
from server.config import ServerConfig

app = create_app(ServerConfig.from_env())
