"""A build on a fresh checkout with the caches restored (new times, new inodes), as on GitHub
Actions: unchanged pages are still reused, and the site is the one a full build makes."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.pipeline import Project, run_mkdocs
from generator.publish.incremental import file_stat
from generator.publish.unchanged import file_digest, is_unchanged
from tests.publish.test_incremental import SECOND, build, built, generated_pages, inode, tree  # noqa: F401

CACHED = (".briefings", "site", "site_src")  # what the Pages workflow keeps between runs


def restore_elsewhere(project: Path, target: Path) -> Path:
    """Return a copy of `project` whose every file has a new inode and a new mtime (a restored cache)."""
    shutil.copytree(project, target, copy_function=shutil.copyfile)  # copyfile: no stat, no links kept
    later = os.stat(project / "mkdocs.yml").st_mtime + 3600
    for file in (p for p in target.rglob("*") if p.is_file()):
        os.utime(file, (later, later))  # a fresh checkout dates every file now
    return target


def test_a_restored_site_reuses_its_unchanged_pages_and_matches_a_full_build(built, rule_nlp, tmp_path):
    before = generated_pages(built)
    clone = restore_elsewhere(built, tmp_path / "clone")
    restored = generated_pages(clone)
    assert all(restored[clone / p.relative_to(built)][1] != inode(p) for p in before)  # new inodes
    (clone / "seeds" / "second.txt").write_text(SECOND)
    build(clone, rule_nlp)
    after = generated_pages(clone)
    unchanged = [page for page in restored if page in after and after[page][0] == restored[page][0]]
    assert len(unchanged) >= len(restored) // 2
    assert all(after[page][1] == restored[page][1] for page in unchanged)  # linked, not rendered again
    changed = [page for page in restored if page in after and after[page][0] != restored[page][0]]
    assert changed and all(after[page][1] != restored[page][1] for page in changed)
    incremental = tree(clone / "site")
    run_mkdocs(Project.at(clone), clone / "site", reuse=False)
    assert tree(clone / "site") == incremental  # byte for byte, search index and sitemap included


def test_a_restored_page_with_other_bytes_of_the_same_size_is_rendered_again(built, rule_nlp, tmp_path):
    clone = restore_elsewhere(built, tmp_path / "clone")
    page = next(iter(generated_pages(clone)))
    good = page.read_bytes()
    page.write_bytes(good.replace(b"<title>", b"<TITLE>", 1))  # same size, other bytes, new time
    build(clone, rule_nlp)
    assert page.read_bytes() == good


def test_a_restored_search_index_with_other_bytes_means_a_full_render(built, rule_nlp, tmp_path):
    clone = restore_elsewhere(built, tmp_path / "clone")
    index = clone / "site" / "search" / "search_index.json"
    index.write_bytes(index.read_bytes().replace(b'"docs"', b'"DOCS"', 1))
    pages = generated_pages(clone)
    build(clone, rule_nlp)
    assert all(inode(page) != old_inode for page, (_, old_inode) in pages.items())


def test_a_file_is_unchanged_by_its_stat_or_else_by_its_bytes(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>same</p>")
    recorded = file_stat(page)
    digest = file_digest(page)
    assert is_unchanged(page, recorded, recorded, "")  # the same stat: not even read
    os.utime(page, ns=(recorded[1] + 10**9, recorded[1] + 10**9))
    assert not is_unchanged(page, file_stat(page), recorded, "")  # a new time and no digest
    assert is_unchanged(page, file_stat(page), recorded, digest)  # a new time, the same bytes
    page.write_bytes(b"<p>sane</p>")
    assert not is_unchanged(page, file_stat(page), recorded, digest)
    page.unlink()
    assert not is_unchanged(page, file_stat(page), recorded, digest)
