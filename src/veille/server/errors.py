"""The one error shape of the HTTP API, and the exception that carries it.

Every error answer is ``{"error": {"code": "V...", "message": "...", "hint": "..."}}``.  This
module sits below every other server module (app, api, ingest, readers all raise or render
these), so none of them needs to import the app to raise an error.
"""

from __future__ import annotations

from veille.errors import VeilleError


class ApiError(VeilleError):
    """An error answered over HTTP: ``status`` is its HTTP status code."""

    code = "V500"

    def __init__(self, status: int, message: str, *, hint: str = "", code: str | None = None) -> None:
        super().__init__(message, hint=hint, code=code)
        self.status = status


# HTTP status -> code when the error did not come with one of ours.
HTTP_CODES = {400: "V501", 401: "V502", 403: "V503", 404: "V504", 405: "V505", 413: "V506", 422: "V507",
              429: "V508", 503: "V509"}


def error_body(code: str, message: str, hint: str = "") -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message, "hint": hint}}
