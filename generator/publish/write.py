"""Write stage: the only code that changes `site_src/`. Only changed pages are written; a failure undoes all."""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from generator.errors import BriefingsError, PageConflict
from generator.render import GENERATED_MARKER

# A part of a generated page's path: a plain name, without the separators, wildcards and control
# characters of any system the site is cloned to.
PAGE_PART = re.compile(r"^[^\x00-\x1f\x7f\ud800-\udfff/\\:*?\"<>|]+$")
MAX_NAME_BYTES = 255
MARKER = GENERATED_MARKER.encode("utf-8")


class UnsafePagePath(BriefingsError, ValueError):
    """A generated page path that could leave the docs folder or that no file system takes."""


def owned_folders(pages: dict[str, str]) -> list[str]:
    """Return the generated top-level folders of the pages, checking every path stays inside one."""
    folders = set()
    for path in pages:
        check_page_path(path)
        parts = PurePosixPath(path).parts
        if len(parts) > 1:
            folders.add(parts[0])
    prefixes = {path.rsplit("/", n)[0] for path in pages for n in range(1, path.count("/") + 1)}
    clashes = sorted(prefixes & set(pages))
    if clashes:
        raise UnsafePagePath(f"refusing to write {clashes[0]!r} both as a page and as a folder")
    return sorted(folders)


def check_page_path(path: str) -> None:
    """Raise `UnsafePagePath` unless `path` is a plain relative path inside the docs folder."""
    parts = path.split("/")
    if PurePosixPath(path).is_absolute() or any(p in ("", ".", "..") for p in parts):
        raise UnsafePagePath(f"refusing to write outside the docs folder: {path!r}")
    if not all(PAGE_PART.match(p) for p in parts):
        raise UnsafePagePath(f"refusing to write a page whose name holds a separator or control character: {path!r}")
    if any(len(p.encode()) > MAX_NAME_BYTES for p in parts):
        raise UnsafePagePath(f"refusing to write a page whose name is over {MAX_NAME_BYTES} bytes "
                             f"(file systems refuse it): {path[:100]!r}...")


def compare_generated(docs_dir: Path, folders: list[str], pages: dict[str, str]) -> tuple[set[str], list[str]]:
    """Return (pages already on disk as they are, stale generated files) of the generated folders.

    Raises `PageConflict` for a hand-written file or a link in one: the writer would replace or delete it.
    """
    same, stale = set(), []
    for folder in folders:
        target = docs_dir / folder
        if target.is_symlink() or target.exists() and not target.is_dir():
            raise PageConflict(f"{target}: a hand-written file or link has the name of the generated "
                               f"folder '{folder}/'; rename it (nothing was written)")
        for parent, dirs, files in os.walk(target):
            dirs.sort()
            for name in sorted(files):
                path = Path(parent, name)
                data = b"" if path.is_symlink() else read_bytes(path)
                if not has_marker(data):
                    raise PageConflict(f"{path}: hand-written file inside the generated folder '{folder}/'; "
                                       "move it out of that folder (nothing was written)")
                page = path.relative_to(docs_dir).as_posix()
                if page not in pages:
                    stale.append(page)
                elif data == pages[page].encode("utf-8"):
                    same.add(page)
    return same, stale


def read_bytes(path: Path) -> bytes:
    """Return a file's bytes, or b'' if it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


def has_marker(data: bytes) -> bool:
    """Return whether a file's first 8 lines hold the generator's marker."""
    end = -1
    for _ in range(8):
        end = data.find(b"\n", end + 1)
        if end < 0:
            end = len(data)
            break
    return MARKER in data[:end]


def is_generated(path: Path) -> bool:
    """Return whether a file carries the generator's marker near its top."""
    return has_marker(read_bytes(path))


@contextlib.contextmanager
def swapped_pages(pages: dict[str, str], docs_dir: Path,
                  advance: Callable[[int], None] = lambda n: None) -> Iterator[list[str]]:
    """Write the changed generated pages into `docs_dir` and delete the stale ones; undo it all if
    the `with` body fails.

    Only changed files are written (a rebuild after one new article changes a few dozen of 17,000),
    each staged first and then moved into place, the old one kept aside until the body succeeds.
    `advance(n)` is told of pages done (found unchanged, or written). Yields the messages of pages
    left alone (a hand-written home page, say).
    """
    folders = owned_folders(pages)
    same, stale = compare_generated(docs_dir, folders, pages)
    top = [p for p in pages if "/" not in p and (docs_dir / p).exists()]
    kept = [p for p in top if not is_generated(docs_dir / p)]
    same.update(p for p in top if p not in kept and read_bytes(docs_dir / p) == pages[p].encode("utf-8"))
    notes = [f"{docs_dir / p}: hand-written page kept; the generated one was not written" for p in kept]
    changed = [p for p in pages if p not in same and p not in kept]
    advance(len(pages) - len(changed))
    if not changed and not stale:
        yield notes
        return
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".briefings-staging-", dir=docs_dir.parent))
    except OSError as err:
        raise BriefingsError(f"{docs_dir}: cannot write the pages ({err.strerror}); nothing was changed") from None
    moved: list[str] = []
    try:
        try:
            stage({p: pages[p] for p in changed}, staging / "new", advance)
        except OSError as err:
            raise BriefingsError(f"{err.filename}: cannot write a page ({err.strerror}); nothing was changed") from None
        try:
            move_in(staging, docs_dir, changed, stale, moved)
            remove_empty_folders(docs_dir, folders)
        except OSError as err:
            move_back(staging, docs_dir, moved)
            raise BriefingsError(f"{err.filename or docs_dir}: cannot put a page in place ({err.strerror}); "
                                 "nothing was changed") from None
        try:
            yield notes
        except BaseException:
            move_back(staging, docs_dir, moved)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def stage(pages: dict[str, str], root: Path, advance: Callable[[int], None]) -> None:
    """Write every page under `root`."""
    for path, text in pages.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        advance(1)


def move_in(staging: Path, docs_dir: Path, changed: list[str], stale: list[str], moved: list[str]) -> None:
    """Move the staged pages into `docs_dir` and the stale ones out, old files to `staging/previous`.

    Records each path in `moved` as soon as it is touched, so that `move_back` can undo a move
    that fails half-way.
    """
    changed_set = set(changed)
    folders: set[Path] = set()  # made already: a cold build moves 17,000 pages into a few folders
    for path in [*changed, *stale]:
        target, backup = docs_dir / path, staging / "previous" / path
        if target.exists():
            make_folder(backup.parent, folders)
            os.replace(target, backup)
        moved.append(path)  # from here on the old file is in the backup (or there was none)
        if path in changed_set:
            make_folder(target.parent, folders)
            os.replace(staging / "new" / path, target)


def make_folder(folder: Path, made: set[Path]) -> None:
    """Make a folder and its parents unless `made` says it was made already."""
    if folder not in made:
        folder.mkdir(parents=True, exist_ok=True)
        made.add(folder)


def move_back(staging: Path, docs_dir: Path, moved: list[str]) -> None:
    """Undo `move_in`: put the previous files back, remove the ones that did not exist before."""
    for path in reversed(moved):
        target, backup = docs_dir / path, staging / "previous" / path
        if backup.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(backup, target)
        elif target.exists():
            target.unlink()


def remove_empty_folders(docs_dir: Path, folders: list[str]) -> None:
    """Remove folders left empty inside the generated folders (their pages were all stale)."""
    for folder in folders:
        for parent, dirs, files in os.walk(docs_dir / folder, topdown=False):
            if not dirs and not files and Path(parent) != docs_dir / folder:
                os.rmdir(parent)
