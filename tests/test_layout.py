"""The package's layout keeps its promises: no import cycle, no module over 400 lines, a short top
level, and stages that import earlier stages only through their entry points (read with the AST)."""
from __future__ import annotations

import ast
from pathlib import Path

from generator.extract.source_files import imported_modules, module_name

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
MAX_LINES = 400
# The top level: the CLI, the flow, and the values every stage shares.
TOP_LEVEL = {"__init__", "__main__", "cli", "pipeline", "records", "errors", "slugs", "schema", "read",
             "overrides", "files"}
STAGES = ("extract", "resolve", "render", "publish")  # in the order the flow runs them
# What other stages may import of a stage: its entry point and the modules its docs name as public.
PUBLIC = {"generator.extract", "generator.extract.batch", "generator.extract.cache", "generator.extract.language",
          "generator.extract.explain",
          "generator.resolve", "generator.render", "generator.publish.write", "generator.publish.incremental",
          "generator.publish.squeeze", "generator.publish.live", "generator.publish.actions_report"}
ORCHESTRATORS = {"generator.cli", "generator.pipeline", "generator.__main__"}
# `briefings serve` runs the whole flow again before each rebuild.
ALLOWED_BACK = {("generator.publish.live", "generator.pipeline")}


def import_graph(package: Path) -> dict[str, set[str]]:
    """Return {module: the package's modules it imports} for every module of a package."""
    modules = {module_name(p, package): p for p in package.rglob("*.py") if "__pycache__" not in p.parts}
    return {name: imported_modules(path, package) & modules.keys() - {name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return one cycle through each strongly connected group of modules (Tarjan's algorithm), [] if none."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def stage_of(module: str) -> str:
    """Return the stage folder a module is in ('extract', ...), or '' for the top level and the lexicons."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else ""


def test_the_cycle_finder_finds_a_cycle_through_type_only_imports(tmp_path):
    package = tmp_path / "generator"
    (package / "extract").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "extract" / "__init__.py").write_text("from generator.extract.groups import Group\n")
    (package / "extract" / "groups.py").write_text("from generator.extract.teams import as_side\n")
    (package / "extract" / "teams.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from generator.extract import Candidate\n")
    assert cycles(import_graph(package)) == [["generator.extract", "generator.extract.groups",
                                              "generator.extract.teams"]]


def test_no_import_cycle_in_the_package():
    assert cycles(import_graph(PACKAGE)) == []


def test_no_module_is_over_400_lines():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_top_level_holds_the_cli_the_flow_and_shared_values_only():
    assert {p.stem for p in PACKAGE.glob("*.py")} == TOP_LEVEL
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"} == {*STAGES, "lexicons"}


def test_stages_import_earlier_stages_through_their_entry_points_only():
    wrong = []
    for module, imports in import_graph(PACKAGE).items():
        for imported in imports:
            here, there = stage_of(module), stage_of(imported)
            if (module, imported) in ALLOWED_BACK or not there or here == there:
                if not there and imported in ORCHESTRATORS and module not in ORCHESTRATORS \
                        and (module, imported) not in ALLOWED_BACK:
                    wrong.append(f"{module} -> {imported} (a stage runs no flow)")
                continue
            if here and STAGES.index(there) > STAGES.index(here):
                wrong.append(f"{module} -> {imported} (a later stage)")
            elif imported not in PUBLIC:
                wrong.append(f"{module} -> {imported} (not an entry point)")
    assert wrong == []


def test_the_lexicons_hold_data_only():
    """Word tables are data: no function or class, nothing imported but other tables, and no table left
    among the rules."""
    for path in (PACKAGE / "lexicons").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda))], path
        imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
        assert all(isinstance(n, ast.ImportFrom) and n.module.startswith("generator.lexicons.") for n in imports), path
    for path in [*(PACKAGE / "extract").glob("*.py"), *(PACKAGE / "resolve").glob("*.py")]:
        tables = [n.targets[0].id for n in ast.parse(path.read_text(encoding="utf-8")).body
                  if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
                  and getattr(n.value.func, "id", "") == "frozenset"]
        assert tables == [], path


def test_every_lexicon_table_is_defined_once():
    names = [n.targets[0].id for path in (PACKAGE / "lexicons").rglob("*.py")
             for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.Assign)]
    assert len(names) == len(set(names)) and len(names) > 80
