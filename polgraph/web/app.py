"""The FastAPI application: HTML pages for people who browse, JSON for people who script."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from polgraph import __version__
from polgraph.graph.store import GraphStore, StoreError
from polgraph.queries import canned_queries
from polgraph.web.explorer import Explorer, paginate

HERE = Path(__file__).parent
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
MAX_LIMIT = 500
PAGE = 50
RELATIONS_TABLE = 100


def vis_network_js() -> bytes:
    """vis-network's build shipped inside the pyvis wheel: the graph page needs no CDN."""
    return resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js").read_bytes()


def entity_link(kind: str | None, key: str | None) -> str:
    """The page of a person, party or organisation (``#`` when the kind is unknown)."""
    path = {"Person": "person", "Party": "party", "Organization": "organization", "Statement": "statement"}.get(
        kind or ""
    )
    return f"/{path}/{quote(key or '', safe='')}" if path and key else "#"


def create_app(store: GraphStore) -> FastAPI:
    """An app over an open store; it only ever reads."""
    explorer = Explorer(store)
    app = FastAPI(
        title="polgraph",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="Who said what about whom: people, parties, statements and stance, with provenance.",
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["link"] = entity_link
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"error": str(exc.detail), "status": exc.status_code}, status_code=exc.status_code)
        return templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code, "message": exc.detail}, status_code=exc.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else "invalid request"
        if wants_json(request):
            return JSONResponse({"error": message, "status": 422}, status_code=422)
        return templates.TemplateResponse(request, "error.html", {"status": 422, "message": message}, status_code=422)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        if wants_json(request):
            return JSONResponse({"error": str(exc), "status": 503}, status_code=503)
        return templates.TemplateResponse(request, "error.html", {"status": 503, "message": str(exc)}, status_code=503)

    def found(value: dict | None, what: str, key: str) -> dict:
        if value is None:
            raise HTTPException(404, f"no {what} with key {key!r}")
        return value

    # --- JSON API ---------------------------------------------------------------------

    @app.get("/api/search", tags=["api"], summary="People, parties and organisations by name or alias")
    def api_search(q: str = Query("", max_length=200), limit: int = Query(10, ge=1, le=50)) -> list[dict]:
        return explorer.search(q, limit)

    @app.get("/api/person/{key:path}", tags=["api"], summary="A person: roles, parties, statements by and about")
    def api_person(key: str, offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=MAX_LIMIT)) -> dict:
        person = found(explorer.person(key, offset, limit), "person", key)
        person.pop("said_by_target")
        return person

    @app.get("/api/party/{key:path}", tags=["api"], summary="A party: members, policies, relations with stance")
    def api_party(key: str, offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=MAX_LIMIT)) -> dict:
        return found(explorer.party(key, offset, limit), "party", key)

    @app.get("/api/organization/{key:path}", tags=["api"], summary="An organisation and what was said about it")
    def api_organization(key: str, offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> dict:
        org = found(explorer.entity("Organization", key), "organisation", key)
        org["said_about"] = explorer.statements_about("Organization", key, offset, limit).as_dict()
        return org

    @app.get("/api/statement/{key:path}", tags=["api"], summary="A statement with its targets, stance and source")
    def api_statement(key: str) -> dict:
        return found(explorer.statement(key), "statement", key)

    @app.get("/api/relations", tags=["api"], summary="How parties talk about each other, with stance counts")
    def api_relations(offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> dict:
        return paginate(explorer.party_edges(), offset, limit).as_dict()

    @app.get("/api/queries", tags=["api"], summary="The canned queries and their parameters")
    def api_queries() -> list[dict]:
        return [
            {
                "name": q.name,
                "description": q.description,
                "example": q.example,
                "params": [{"name": p.name, "type": p.type, "default": p.default, "help": p.help} for p in q.params],
            }
            for q in canned_queries().values()
        ]

    @app.get("/api/query/{name}", tags=["api"], summary="Run a canned query; its parameters go in the query string")
    def api_query(
        name: str, request: Request, offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=MAX_LIMIT)
    ) -> dict:
        query = canned_queries().get(name)
        if query is None:
            raise HTTPException(404, f"no canned query named {name!r}; see /api/queries")
        given = {k: v for k, v in request.query_params.items() if k not in ("offset", "limit")}
        if "limit" in {p.name for p in query.params}:
            given.setdefault("limit", str(min(offset + limit, 10_000)))
        try:
            params = query.bind(given)
        except ValueError as err:
            raise HTTPException(400, str(err)) from err
        rows = explorer.run(query.text, **params)
        return {"query": name, "params": params, **paginate(rows, offset, limit).as_dict()}

    # --- pages ----------------------------------------------------------------------

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, q: str = Query("", max_length=200)) -> HTMLResponse:
        return page(request, "search.html", q=q, results=explorer.search(q, 50) if q else [])

    @app.get("/person/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, key: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
        return page(request, "person.html", person=found(explorer.person(key, offset, PAGE), "person", key))

    @app.get("/party/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def party_page(request: Request, key: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
        return page(request, "party.html", party=found(explorer.party(key, offset, PAGE), "party", key))

    @app.get("/organization/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def organization_page(request: Request, key: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
        org = found(explorer.entity("Organization", key), "organisation", key)
        return page(
            request,
            "organization.html",
            org=org,
            about=explorer.statements_about("Organization", key, offset, PAGE).as_dict(),
        )

    @app.get("/statement/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def statement_page(request: Request, key: str) -> HTMLResponse:
        return page(request, "statement.html", s=found(explorer.statement(key), "statement", key))

    @app.get("/relations", response_class=HTMLResponse, include_in_schema=False)
    def relations_page(request: Request) -> HTMLResponse:
        edges = explorer.party_edges()
        return page(request, "relations.html", edges=edges[:RELATIONS_TABLE], total=len(edges))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        paths = app.openapi()["paths"]
        routes = [
            {"path": path, "summary": op.get("summary", ""), "params": [p["name"] for p in op.get("parameters", [])]}
            for path, ops in paths.items()
            for op in ops.values()
        ]
        return page(request, "api.html", routes=routes, queries=canned_queries().values())

    @app.get("/vendor/vis-network.min.js", include_in_schema=False)
    def vis_js() -> Response:
        return Response(
            vis_network_js(), media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
        )

    return app


def serve(store: GraphStore, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(store), host=host, port=port, log_level="warning", workers=1)
