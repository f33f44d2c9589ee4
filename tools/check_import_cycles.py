"""Fail when the import graph of milestone_desk has a cycle (DESIGN §2: no import cycles, also not
through function-level imports).

grimp (installed with import-linter) builds the graph from every import statement in the package,
those inside functions included; a cycle is a strongly connected component of more than one module
(or a module importing itself). A package's ``__init__`` counts as its own module. Exit 0 when the
graph is acyclic, 1 with each cycle printed otherwise.

    .venv/bin/python tools/check_import_cycles.py
"""

from __future__ import annotations

import sys

import grimp


def cycles(package: str = "milestone_desk") -> list[list[str]]:
    # Imports under `if TYPE_CHECKING:` never run; every other import counts, those in functions too.
    graph = grimp.build_graph(package, exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & graph.modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
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
            if len(component) > 1 or v in edges[v]:
                found.append(sorted(component))

    for m in modules:
        if m not in index:
            visit(m)
    return found


def main() -> int:
    found = cycles()
    for component in found:
        print(f"import cycle of {len(component)} modules: " + " ↔ ".join(component))
    if found:
        print(f"{len(found)} import cycle(s) in milestone_desk.", file=sys.stderr)
        return 1
    print("milestone_desk: no import cycles (function-level imports included).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
