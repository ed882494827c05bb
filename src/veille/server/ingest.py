"""POST /api/ingest: documents in, the pipeline run over them, the run summary out.

Off unless the server was started with `--allow-ingest` (404 then, as if it did not exist);
on, it needs `Authorization: Bearer <token>` (401 without, 403 with a wrong one), compared in
constant time and never logged.  The raw body is bounded by `max_request_bytes` before any
parsing (`BodyLimit`, 413), and the token is checked before the body is read.  Documents are
written to a private temporary folder under names of our own and run by the app's ingest worker
(`veille.server.worker`: one thread, models loaded once, readers kept reading while it
analyses), which removes the folder.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.runner import RunSummary
from veille.server import schemas as s
from veille.server.errors import ApiError, error_body

router = APIRouter(tags=["ingest"])
UPLOAD_SUFFIXES = (".jsonl", ".txt", ".html", ".htm", ".xml", ".rss", ".atom")
MAX_ITEMS = 1000


class IngestItem(BaseModel):
    """One document, as a line of the JSON Lines input contract (`text` or `html` required)."""

    model_config = ConfigDict(extra="allow")
    text: str | None = None
    html: str | None = None
    id: str | None = Field(None, max_length=500)
    source: str | None = Field(None, max_length=500, description="Used as `id` when no id is given.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    published: str | None = Field(None, max_length=40, description="ISO date or datetime.")
    lang: str | None = Field(None, max_length=10)
    clean: bool = True


class IngestRequest(BaseModel):
    items: list[IngestItem] = Field(min_length=1, max_length=MAX_ITEMS)


def check_token(request: Request) -> None:
    settings = request.app.state.settings
    if not settings.allow_ingest:
        raise ApiError(404, "ingest is not enabled on this server", code="V504",
                       hint="start `veille serve` with --allow-ingest and a token to accept documents")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "a bearer token is required", code="V502",
                       hint="send `Authorization: Bearer <token>` (the token the server was started with)")
    expected = (settings.token or "").encode()
    if not expected or not hmac.compare_digest(given.strip().encode(), expected):
        raise ApiError(403, "the token is not valid", code="V503", hint="check the token the server was started with")


INGEST_BODY = {
    "requestBody": {"required": True, "content": {
        "application/json": {"schema": IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")},
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "file": {"type": "array", "items": {"type": "string", "format": "binary"},
                     "description": f"Files ({', '.join(UPLOAD_SUFFIXES)})."}}}}}}}


@router.post("/ingest", response_model=s.IngestSummary, openapi_extra=INGEST_BODY,
             responses={code: {"model": s.ErrorBody, "description": text} for code, text in (
                 (400, "The body is not valid JSON or not a form."), (401, "No bearer token."),
                 (403, "Wrong token."), (404, "Ingest is not enabled."), (413, "The body is too large."),
                 (415, "Neither JSON nor a multipart form."), (422, "The items are not valid."))})
async def ingest(request: Request) -> dict[str, Any]:
    """Run the pipeline over the documents sent: JSON `{"items": [{"text" | "html", "url", "title",
    "published", "outlet", "lang", "id" | "source", ...}]}` (the JSON Lines input contract), or
    files in a multipart form (field `file`).  Answers the run summary."""
    check_token(request)
    folder = Path(tempfile.mkdtemp(prefix="veille-ingest-"))
    try:
        await _write_inputs(request, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    # The app's ingest worker runs it (models kept warm) and removes the folder.
    summary: RunSummary = await request.app.state.ingest.ingest(folder)
    out = summary.as_dict()
    out["quarantine"] = [{"source": q.source, "stage": q.stage, "code": q.code, "message": q.message}
                         for q in summary.quarantined[:100]]
    return out


async def _write_inputs(request: Request, folder: Path) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        await _write_uploads(request, folder)
        return
    if kind != "application/json":
        raise ApiError(415, f"unsupported content type {kind or '(none)'}", code="V501",
                       hint="send application/json or multipart/form-data")
    body = await request.body()
    try:
        payload = IngestRequest.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]
                             ) if isinstance(exc, ValidationError) else str(exc)[:200]
        raise ApiError(422, f"invalid ingest request: {problems}", code="V507",
                       hint='send {"items": [{"text": "...", "url": "...", "title": "..."}]}') from exc
    lines = []
    for item in payload.items:
        record = item.model_dump(exclude_none=True)
        text = record.get("text") or record.get("html") or ""
        source = record.pop("source", None)
        # A stable id when none is given, so the same document sent twice is the same article.
        record.setdefault("id", source or record.get("url") or "api:" + hashlib.sha256(text.encode()).hexdigest()[:16])
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "api.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


async def _write_uploads(request: Request, folder: Path) -> None:
    try:
        form = await request.form(max_files=100, max_fields=10)
    except Exception as exc:  # multipart's own parse errors
        raise ApiError(400, f"cannot read the form: {exc}", code="V501",
                       hint="send files in a field named `file`") from exc
    files = [f for f in form.getlist("file") if isinstance(f, UploadFile)]
    if not files:
        raise ApiError(422, "no file in the form", code="V507", hint="send files in a field named `file`")
    for number, upload in enumerate(files, start=1):
        name = Path(upload.filename or "").name
        suffix = Path(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise ApiError(422, f"file {number}: unsupported type {suffix or '(none)'}", code="V507",
                           hint=f"send {', '.join(UPLOAD_SUFFIXES)} files")
        # Our own name (the client's, made safe) so nothing outside the folder is ever touched.
        stem = re.sub(r"[^\w.-]", "_", Path(name).stem)[:80] or "upload"
        (folder / f"{stem}{suffix}").write_bytes(await upload.read())


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, on the raw bytes: the declared
    Content-Length first, then the bytes actually received (chunked bodies)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(send)
            return
        received = 0
        max_bytes = self.max_bytes

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise ApiError(413, f"the request body is over {max_bytes} bytes", code="V506",
                                   hint="send fewer or smaller documents per request")
            return message

        await self.app(scope, counted, send)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(error_body("V506", f"the request body is over {self.max_bytes} bytes",
                                     "send fewer or smaller documents per request")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
