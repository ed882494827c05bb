"""The import graph of veille, read statically (ast over src/veille, every import anywhere in a
module: top level, inside functions, under TYPE_CHECKING): no cycles, and no layer imports a
layer above it.

Layers, lowest first (a module may import its own layer and those below):

0. records and settings: errors, faults, model, config, version
1. the stage registry and input: pipeline, ingest, kb (knowledge-base files for the gazetteer)
2. stages and the store (the store's dedup index uses the dedup stage's band hashing)
3. runs and queries over a store: executor, runner, corpus_steps, engines, dossier
4. the public Python API: veille (the package), api, report
5. front ends: server, cli
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
LAYERS = {
    0: ("veille.errors", "veille.faults", "veille.model", "veille.config", "veille.version"),
    1: ("veille.pipeline", "veille.ingest", "veille.kb"),
    2: ("veille.stages", "veille.store"),
    3: ("veille.executor", "veille.runner", "veille.corpus_steps", "veille.engines", "veille.dossier"),
    4: ("veille", "veille.api", "veille.report"),
    5: ("veille.server", "veille.cli"),
}


def modules() -> dict[str, tuple[Path, bool]]:
    """Module name -> (file, is a package's __init__)."""
    out = {}
    for path in (SRC / "veille").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if package else parts)] = (path, package)
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the veille modules it imports (`from a.b import c` counts as a.b.c when c is a
    module, else as a.b; parent packages are not counted)."""
    mods = modules()
    graph: dict[str, set[str]] = {}
    for name, (path, package) in mods.items():
        here = name if package else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                for alias in node.names:
                    found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in mods else base)
        graph[name] = {m for m in found if m in mods and m != name}
    return graph


def layer(module: str) -> int:
    best, rank = "", -1
    for number, prefixes in LAYERS.items():
        for prefix in prefixes:
            # "veille" names the package itself only, so a new module must be given a layer.
            inside = module.startswith(prefix + ".") and prefix != "veille"
            if (module == prefix or inside) and len(prefix) > len(best):
                best, rank = prefix, number
    assert rank >= 0, f"{module} is in no layer: add it to LAYERS"
    return rank


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read() -> None:
    graph = import_graph()
    assert "veille.store.db" in graph["veille.runner"]
    assert "veille.server.errors" in graph["veille.server.readers"]


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_cycle_finder_finds_a_planted_cycle() -> None:
    graph = {**import_graph()}
    graph["veille.store.dates"] = graph["veille.store.dates"] | {"veille.api"}
    assert any("veille.store.dates" in c and "veille.api" in c for c in cycles(graph))


def test_lower_layers_never_import_upper_ones() -> None:
    wrong = sorted(f"{m} (layer {layer(m)}) imports {d} (layer {layer(d)})"
                   for m, deps in import_graph().items() for d in deps if layer(d) > layer(m))
    assert wrong == []


@pytest.mark.parametrize(("module", "rank"), [("veille.store.plover", 2), ("veille.api", 4), ("veille", 4),
                                              ("veille.server.app", 5), ("veille.dossier.search", 3)])
def test_layers_of_modules(module: str, rank: int) -> None:
    assert layer(module) == rank


def test_every_module_has_a_layer() -> None:
    for module in import_graph():
        layer(module)
    with pytest.raises(AssertionError, match="in no layer"):
        layer("veille.something_new")


def test_the_three_circles_issue_20_named_stay_broken() -> None:
    """The store's PLOVER export took a date helper from the public API; the server's modules
    imported each other for ApiError (in app.py then); the store and its search index imported
    each other."""
    graph = import_graph()
    assert "veille.api" not in graph["veille.store.plover"]
    assert not any("veille.server.app" in graph[m] for m in
                   ("veille.server.api", "veille.server.ingest", "veille.server.readers", "veille.server.errors"))
    assert "veille.store.db" not in graph["veille.store.search_index"]
    assert "veille.server.errors" in graph["veille.server.ingest"]  # where ApiError lives now
