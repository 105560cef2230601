"""Incremental MkDocs builds: unchanged pages are reused, and the site equals a full build's."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.publish.incremental import MANIFEST_FILE
from generator.pipeline import Project, build_site, generate, run_mkdocs

SECOND = "Second story\n2025-04-01\n\nTony Blair met Gordon Brown in Riyadh.\n"


def build(root: Path, nlp) -> None:
    """Generate the pages and build the site, as `briefings build` does."""
    project = Project.at(root)
    build_site(project, generate(project, nlp, report=lambda message: None), report=lambda message: None)


def tree(folder: Path) -> dict[str, bytes]:
    """Return {relative path: bytes} of every file under `folder`."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def inode(path: Path) -> int:
    """Return a file's inode number (a reused page keeps the previous build's file)."""
    return path.stat().st_ino


@pytest.fixture
def built(site_project, rule_nlp):
    """Return a project built once, with the manifest of that build."""
    build(site_project, rule_nlp)
    assert (site_project / MANIFEST_FILE).is_file()
    return site_project


def generated_pages(root: Path) -> dict[Path, tuple[bytes, int]]:
    """Return {HTML page: (its Markdown, its inode)} of the generated pages outside the nav."""
    pages = {}
    for markdown in (root / "site_src").glob("*/*.md"):
        if markdown.name != "index.md":
            html = root / "site" / markdown.relative_to(root / "site_src").with_suffix(".html")
            pages[html] = (markdown.read_bytes(), inode(html))
    return pages


def test_adding_an_article_reuses_unchanged_pages_and_matches_a_full_build(built, rule_nlp):
    site, before = built / "site", generated_pages(built)
    nav_page = site / "briefings" / "index.html"
    nav_inode = inode(nav_page)
    (built / "seeds" / "second.txt").write_text(SECOND)
    build(built, rule_nlp)
    after = generated_pages(built)
    unchanged = [page for page in before if page in after and after[page][0] == before[page][0]]
    changed = [page for page in before if page in after and after[page][0] != before[page][0]]
    assert unchanged and changed and (site / "briefings" / "second.html").is_file()
    assert all(after[page][1] == before[page][1] for page in unchanged)  # taken from the previous site
    assert all(after[page][1] != before[page][1] for page in changed)
    assert inode(nav_page) != nav_inode  # nav pages are always rendered
    incremental = tree(site)
    run_mkdocs(Project.at(built), site, reuse=False)
    assert tree(site) == incremental  # search index, sitemap and every page byte for byte


def test_a_page_edited_in_the_built_site_is_rendered_again(built, rule_nlp):
    page = next(iter(generated_pages(built)))
    good = page.read_bytes()
    page.write_bytes(b"tampered")
    build(built, rule_nlp)
    assert page.read_bytes() == good


def test_a_generated_page_edited_in_place_in_the_docs_folder_is_rendered_again(built):
    """Unchanged pages are known by their file's stat and not read again; an edit changes the stat."""
    project = Project.at(built)
    page = next(p for p in (built / "site_src" / "actors").glob("*.md") if p.name != "index.md")
    html = built / "site" / "actors" / page.with_suffix(".html").name
    text = page.read_text()
    edited = text.replace("# ", "# X", 1).replace("\n\n", "\n", 1)  # same size, new heading
    assert len(edited.encode()) == len(text.encode()) and edited != text
    with page.open("r+", encoding="utf-8") as f:  # in place: same inode
        f.write(edited)
    run_mkdocs(project, built / "site")
    assert "<h1 id=" in html.read_text() and ">X" in html.read_text()


def test_a_config_change_renders_every_page_again(built, rule_nlp):
    config = built / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: Briefings", "site_name: Dispatches"))
    build(built, rule_nlp)
    assert all("Dispatches" in page.read_text() for page in generated_pages(built))


def test_a_damaged_manifest_means_a_full_build(built, rule_nlp):
    (built / MANIFEST_FILE).write_text("{not json")
    page = next(iter(generated_pages(built)))
    before = inode(page)
    build(built, rule_nlp)
    assert inode(page) != before and "<!doctype html>" in page.read_text()


@pytest.mark.parametrize("change", [
    ("plugins:\n", "plugins:\n  - tags\n"),  # a plugin that reads every page: nothing may be reused
    ("  - About: about.md\n", "  - about.md\n"),  # a nav title taken from a page's own content
])
def test_configs_that_could_make_reuse_wrong_render_every_page(built, rule_nlp, change):
    config = built / "mkdocs.yml"
    old, new = change
    assert old in config.read_text()
    config.write_text(config.read_text().replace(old, new))
    build(built, rule_nlp)  # first build with the new config: the signature changed anyway
    before = generated_pages(built)
    build(built, rule_nlp)
    after = generated_pages(built)
    assert before.keys() == after.keys()
    assert all(after[page][1] != before[page][1] for page in before)
