"""docs/architecture.md tells the truth: every module, function, record field and template it names exists,
every module of the package is listed, each "## Section" of the fact map is a heading of its template, and
the merge order it gives is the one `generator.extract.actor_steps` runs."""
from __future__ import annotations

import dataclasses
import importlib
import re

import pytest

from generator import records
from generator.extract import actor_steps
from generator.extract.trace import step_name
from generator.records import Collection
from generator.render.site_view import SiteView
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
CODE = re.findall(r"`([^`\n]+)`", re.sub(r"^```.*?^```", "", DOC, flags=re.M | re.S))
DOTTED = sorted({name for name in CODE if re.fullmatch(r"generator(\.\w+)+", name)})
FIELDS = sorted({name for name in CODE if re.fullmatch(r"[A-Z]\w+\.\w+", name)})


def package_modules() -> set[str]:
    """Return the path of every module of the package ("generator/extract/dates.py")."""
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py") if "__pycache__" not in p.parts}


def resolve_name(dotted: str) -> object:
    """Return the module, function or attribute a dotted name names (a `SiteView` lookup on an instance)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for part in parts[cut:]:
            found = getattr(SiteView(Collection((), ())) if found is SiteView else found, part)
        return found
    raise ModuleNotFoundError(dotted)


@pytest.mark.parametrize("dotted", DOTTED)
def test_every_name_the_page_gives_exists(dotted):
    assert resolve_name(dotted) is not None


@pytest.mark.parametrize("field", FIELDS)
def test_every_record_field_the_page_gives_exists(field):
    record, name = field.split(".")
    cls = getattr(records, record)
    assert name in {f.name for f in dataclasses.fields(cls)} or hasattr(cls, name), field


def test_every_module_of_the_package_is_listed_and_every_listed_file_exists():
    listed = {name for name in CODE if name.startswith("generator/") and name.endswith(".py")}
    modules = package_modules()
    assert modules - listed == set() and listed - modules == set()


def test_each_section_of_the_fact_map_is_a_heading_of_its_template():
    tables = re.findall(r"^An? \w+ page, `(\w+\.md\.j2)`.*?\n\n((?:\|.*\n)+)", DOC, re.M)
    assert [t for t, _ in tables] == ["briefing.md.j2", "actor.md.j2", "faction.md.j2", "event.md.j2"]
    for template, table in tables:
        text = (ROOT / "templates" / template).read_text(encoding="utf-8")
        headings = re.findall(r"^\| `(## [^`]+)` \|", table, re.M)
        assert headings and all(re.search(rf"^{re.escape(h)}$", text, re.M) for h in headings), template


def test_the_merge_order_is_the_one_extraction_runs():
    listed = re.findall(r"^\d+\. `generator\.extract\.\w+\.(\w+)`$", DOC, re.M)
    assert listed == [step_name(step) for step in actor_steps([], {})]


def readme_tree() -> set[str]:
    """Return the paths of the modules the README's Layout tree lists ("generator/extract/dates.py")."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Layout", 1)[1].split("```", 2)[1]
    found, folders = set(), []
    for line in block.splitlines():
        if not line.strip() or line[:1] == " " and not line.strip().split()[0].endswith(("/", ".py")):
            continue  # a description's second line
        depth, name = (len(line) - len(line.lstrip())) // 2, line.split()[0]
        folders = folders[:depth]
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
        elif name.endswith(".py") and folders[:1] == ["generator"]:
            found.add("/".join([*folders, name]))
    return found


def test_the_readme_layout_shows_every_module_of_the_package():
    modules = package_modules()
    assert readme_tree() == modules
