"""Errors as clients see them: a status and one line saying what is wrong.

The line is plain text for SPARQL clients and scripts, JSON for clients that ask for
JSON, and a small page for browsers. Never a stack trace.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException

from graph.queries import ParameterError, UnknownQuery
from server.negotiation import NotAcceptable
from server.sparql_text import TextError
from server.workers import TaskFailed, Unavailable

log = logging.getLogger("ofsted_kg.server")


class HttpError(Exception):
    """An error answer with its status and one-line message."""

    def __init__(self, status: int, message: str, *, allow: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers: dict[str, str] = {}
        if allow:
            self.headers["Allow"] = allow
        if status == 401:
            self.headers["WWW-Authenticate"] = 'Bearer realm="ofsted-kg"'


def one_line(message: str) -> str:
    return " ".join(str(message).split())


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    message = one_line(message)
    best = request.accept_mimetypes.best_match(["text/plain", "application/json", "text/html"])
    if (
        best == "text/html"
        and request.accept_mimetypes["text/html"] > request.accept_mimetypes["text/plain"]
    ):
        body = render_template("error.html", status=status, message=message)
        response = Response(body, status=status, mimetype="text/html")
    elif (
        best == "application/json"
        and request.accept_mimetypes["application/json"] > (request.accept_mimetypes["text/plain"])
    ):
        response = Response(
            f'{{"status": {status}, "error": {_json_string(message)}}}\n',
            status=status,
            mimetype="application/json",
        )
    else:
        response = Response(message + "\n", status=status, mimetype="text/plain")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _json_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def register(app: Flask) -> None:
    """Turn every error the server knows into a one-line answer."""

    @app.errorhandler(HttpError)
    def _http(e: HttpError) -> Response:
        return error_response(e.status, str(e), e.headers)

    @app.errorhandler(Unavailable)
    def _unavailable(e: Unavailable) -> Response:
        headers = {"Retry-After": str(e.retry_after)} if e.retry_after else {}
        return error_response(503, str(e), headers)

    @app.errorhandler(TaskFailed)
    def _failed(e: TaskFailed) -> Response:
        message = str(e)
        if e.status >= 500:
            log.error("task failed: %s", message)
        return error_response(e.status, message)

    @app.errorhandler(TextError)
    def _text(e: TextError) -> Response:
        return error_response(400, str(e))

    @app.errorhandler(ParameterError)
    def _parameter(e: ParameterError) -> Response:
        return error_response(400, str(e))

    @app.errorhandler(UnknownQuery)
    def _unknown(e: UnknownQuery) -> Response:
        return error_response(404, f"no saved query named {e.args[0]!r} (see /queries)")

    @app.errorhandler(NotAcceptable)
    def _not_acceptable(e: NotAcceptable) -> Response:
        return error_response(406, str(e))

    @app.errorhandler(HTTPException)
    def _werkzeug(e: HTTPException) -> Response:
        messages = {
            404: f"nothing here: {request.path}",
            405: f"{request.method} is not allowed on {request.path}",
            413: "the request body is larger than this server accepts "
            f"({current_app.config.get('MAX_CONTENT_LENGTH')} bytes)",
        }
        message = messages.get(e.code or 500) or (e.description or e.name)
        headers = {k: v for k, v in e.get_headers() if k.lower() == "allow"}
        return error_response(e.code or 500, message, headers)

    @app.errorhandler(Exception)
    def _unexpected(e: Exception) -> Response:
        log.exception("unexpected error on %s", request.path)
        return error_response(500, f"internal error: {type(e).__name__}")
