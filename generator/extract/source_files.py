"""The files extraction runs or reads, whose bytes go into the cache key: the whole `extract/` and
`lexicons/` trees, and the package's other modules they import (found by reading the imports)."""
from __future__ import annotations

import ast
from pathlib import Path

from generator.files import digest

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Every file of these trees goes into the key, code and data of any extension, whoever imports it (so a
# new rule or table counts without anyone listing it here), and so do the package's other modules they
# import, found by reading the imports (`records.py`, `overrides.py`, `read.py` ...).
EXTRACTION_TREES = ("extract", "lexicons")


def extraction_source_hash(package_dir: Path = PACKAGE_DIR) -> str:
    """Return a hash of every file extraction runs or reads (see `extraction_files`), each with its path."""
    files = extraction_files(package_dir)
    return digest(*(part for p in files for part in (p.relative_to(package_dir).as_posix(), p.read_bytes())))


def extraction_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Return every file of the extraction trees, and the package's modules they import, directly or not
    (`records.py`, `overrides.py`, ...), with the packages those are in."""
    found = {path for tree in EXTRACTION_TREES for path in tree_files(package_dir / tree)}
    todo = [path for path in found if path.suffix == ".py"]
    while todo:
        for path in imported_files(todo.pop(), package_dir):
            if path not in found:
                found.add(path)
                todo.append(path)
    return sorted(found)


def tree_files(folder: Path) -> list[Path]:
    """Return the files under a folder, code and data of any extension, but not Python's bytecode caches."""
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]


def imported_files(path: Path, package_dir: Path) -> set[Path]:
    """Return the files of the package's modules a module imports, and of the packages holding them
    (importing `generator.extract.dates` runs `generator/extract/__init__.py` first)."""
    found = set()
    for module in imported_modules(path, package_dir):
        parts = module.split(".")[1:]
        found.update(file for n in range(len(parts) + 1) if (file := module_file(package_dir, parts[:n])))
    return found


def module_file(package_dir: Path, parts: list[str]) -> Path | None:
    """Return the file of the package's module with these dotted parts (["extract", "dates"]), or None."""
    base = package_dir.joinpath(*parts)
    for candidate in (base / "__init__.py", base.with_suffix(".py") if parts else None):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def module_name(path: Path, package_dir: Path) -> str:
    """Return the dotted name of a module file of the package ("generator.extract.dates")."""
    parts = list(path.relative_to(package_dir).with_suffix("").parts)
    return ".".join([package_dir.name, *(parts[:-1] if parts[-1] == "__init__" else parts)])


def imported_modules(path: Path, package_dir: Path) -> set[str]:
    """Return the dotted names of the package's modules that a module imports, absolute or relative
    ("from generator.extract import dates" names the module `generator.extract.dates`, not the package)."""
    package, own = package_dir.name, module_name(path, package_dir).split(".")
    here = own if path.name == "__init__.py" else own[:-1]  # what a relative import starts from
    try:
        tree = ast.parse(path.read_bytes())
    except SyntaxError:
        return set()  # its bytes are still hashed; extraction would fail on it anyway
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.split(".")[0] == package)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(here[:len(here) - node.level + 1] + ([node.module] if node.module else [])) \
                if node.level else node.module or ""
            if base.split(".")[0] != package:
                continue
            submodules = {f"{base}.{a.name}" for a in node.names
                          if module_file(package_dir, f"{base}.{a.name}".split(".")[1:])}
            names.update(submodules if len(submodules) == len(node.names) else submodules | {base})
    return names
