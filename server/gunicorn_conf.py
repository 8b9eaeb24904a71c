"""gunicorn settings for ``server.wsgi:app``: one worker process, many threads.

Query parallelism comes from the app's pool of query processes; a single gunicorn
worker keeps every reader of the store under one write gate. The bind address
comes from OFSTED_KG_BIND (default 127.0.0.1:8000), threads from OFSTED_KG_THREADS.
"""

from __future__ import annotations

import os

bind = os.environ.get("OFSTED_KG_BIND", "127.0.0.1:8000")
workers = 1
worker_class = "gthread"
threads = int(os.environ.get("OFSTED_KG_THREADS", "8"))
timeout = 120  # the worker's heartbeat; queries have their own time limit
graceful_timeout = 30
preload_app = False  # the app starts its query processes inside the worker
accesslog = None  # the app logs one line per request itself
control_socket_disable = True  # several servers on one machine must not share it
