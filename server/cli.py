"""``ofsted-kg serve``: the development server (Werkzeug, threaded) on one store.

For production run gunicorn with ``server.wsgi:app`` (see README.md, "Serving the graph"). The
line ``listening on http://HOST:PORT/`` is printed once the socket is bound, so
``--port 0`` (a free port) can be used by scripts and tests.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys

from server.config import ENV_PREFIX, ConfigError, ServerConfig


def config_from_args(args: argparse.Namespace) -> ServerConfig:
    """Settings from the command line, falling back to OFSTED_KG_* variables."""
    env = ServerConfig.from_env()
    return ServerConfig(
        store=args.store,
        base=args.base or env.base,
        admin_token=args.admin_token or os.environ.get(ENV_PREFIX + "ADMIN_TOKEN") or None,
        timeout=args.timeout,
        write_timeout=getattr(args, "write_timeout", None) or env.write_timeout,
        workers=getattr(args, "workers", None) or env.workers,
        max_rows=getattr(args, "max_rows", None) or env.max_rows,
        max_body=getattr(args, "max_body", None) or env.max_body,
        page_size=env.page_size,
        worker_memory_mb=env.worker_memory_mb,
        max_page_size=env.max_page_size,
    )


def serve(args: argparse.Namespace) -> int:
    from werkzeug.serving import make_server

    from graph.store import StoreError
    from server.app import create_app

    try:
        config = config_from_args(args)
        app = create_app(config)
    except (ConfigError, StoreError) as e:
        print(f"ofsted-kg: error: {e}", file=sys.stderr)
        return 2
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # our own log line per request
    try:
        server = make_server(args.host, args.port, app, threaded=True)
    except OSError as e:
        print(f"ofsted-kg: error: cannot listen on {args.host}:{args.port}: {e}", file=sys.stderr)
        return 2
    writes = "open (admin token set)" if config.admin_token else "closed"
    print(
        f"ofsted-kg: serving {config.store} (writes {writes}, query time limit "
        f"{config.timeout:g} s); listening on http://{args.host}:{server.port}/",
        file=sys.stderr,
        flush=True,
    )
    app.extensions["ofsted_kg"].pool.warm()

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # stop the query workers too
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.extensions["ofsted_kg"].pool.close()
    return 0
