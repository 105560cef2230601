"""Write stage: the only code that changes `site_src/`. Generated folders are swapped in whole."""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from generator.errors import BriefingsError, PageConflict
from generator.render import GENERATED_MARKER

# A part of a generated page's path: a plain name, without the separators, wildcards and control
# characters of any system the site is cloned to.
PAGE_PART = re.compile(r"^[^\x00-\x1f\x7f\ud800-\udfff/\\:*?\"<>|]+$")
MAX_NAME_BYTES = 255


class UnsafePagePath(BriefingsError, ValueError):
    """A generated page path that could leave the docs folder or that no file system takes."""


def is_generated(path: Path) -> bool:
    """Return whether a file carries the generator's marker near its top."""
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return any(GENERATED_MARKER in f.readline() for _ in range(8))
    except OSError:
        return False


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


def check_no_hand_written(docs_dir: Path, folders: list[str]) -> None:
    """Raise `PageConflict` if a generated folder holds a page the generator did not write."""
    for folder in folders:
        target = docs_dir / folder
        if target.is_symlink() or target.exists() and not target.is_dir():
            raise PageConflict(f"{target}: a hand-written file or link has the name of the generated "
                               f"folder '{folder}/'; rename it (nothing was written)")
        for path in sorted(target.rglob("*")) if target.is_dir() else ():
            if (path.is_file() or path.is_symlink()) and not is_generated(path):
                raise PageConflict(f"{path}: hand-written file inside the generated folder '{folder}/'; "
                                   "move it out of that folder (nothing was written)")


@contextlib.contextmanager
def swapped_pages(pages: dict[str, str], docs_dir: Path) -> Iterator[list[str]]:
    """Swap the generated pages into `docs_dir`; restore the old ones if the `with` body fails.

    Yields the messages of pages left alone (a hand-written home page, say).
    """
    folders = owned_folders(pages)
    check_no_hand_written(docs_dir, folders)
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".briefings-staging-", dir=docs_dir.parent))
    except OSError as err:
        raise BriefingsError(f"{docs_dir}: cannot write the pages ({err.strerror}); nothing was changed") from None
    backup = staging / "previous"
    moved: tuple[list[str], list[str]] = ([], [])
    try:
        try:
            stage(pages, staging / "new")
        except OSError as err:
            raise BriefingsError(f"{err.filename}: cannot write a page ({err.strerror}); nothing was changed") from None
        swapped = [f for f in folders if not same_tree(staging / "new" / f, docs_dir / f)]
        top_files = [p for p in pages if "/" not in p]
        notes = [f"{docs_dir / p}: hand-written page kept; the generated one was not written"
                 for p in top_files if (docs_dir / p).exists() and not is_generated(docs_dir / p)]
        top_files = [p for p in top_files if not (docs_dir / p).exists() or is_generated(docs_dir / p)]
        try:
            move_in(staging / "new", docs_dir, backup, swapped, top_files, moved)
            yield notes
        except BaseException:
            move_back(docs_dir, backup, *moved)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def stage(pages: dict[str, str], root: Path) -> None:
    """Write every page under `root`."""
    for path, text in pages.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def same_tree(new: Path, old: Path) -> bool:
    """Return whether two folders hold the same files with the same bytes."""
    if not old.is_dir():
        return False
    new_files = {p.relative_to(new): p for p in new.rglob("*") if p.is_file()}
    old_files = {p.relative_to(old): p for p in old.rglob("*") if p.is_file()}
    return new_files.keys() == old_files.keys() and all(
        new_files[k].read_bytes() == old_files[k].read_bytes() for k in new_files)


def move_in(new: Path, docs_dir: Path, backup: Path, folders: list[str], files: list[str],
            moved: tuple[list[str], list[str]]) -> None:
    """Move staged folders and changed top-level files into `docs_dir`, old ones to `backup`.

    Records each folder and file in `moved` as soon as it is touched, so that `move_back` can
    undo a move that fails half-way.
    """
    backup.mkdir(parents=True, exist_ok=True)
    for name in folders:
        if (docs_dir / name).exists():
            os.replace(docs_dir / name, backup / name)
        moved[0].append(name)  # from here on docs_dir/name is absent or new; the old one is in backup
        os.replace(new / name, docs_dir / name)
    changed = [n for n in files if not (docs_dir / n).exists()
               or (docs_dir / n).read_bytes() != (new / n).read_bytes()]
    for name in changed:
        if (docs_dir / name).exists():
            shutil.copy2(docs_dir / name, backup / name)
        moved[1].append(name)
        os.replace(new / name, docs_dir / name)


def move_back(docs_dir: Path, backup: Path, folders: list[str], files: list[str]) -> None:
    """Undo `move_in`: put the previous folders and files back."""
    for name in folders:
        shutil.rmtree(docs_dir / name, ignore_errors=True)
        if (backup / name).exists():
            os.replace(backup / name, docs_dir / name)
    for name in files:
        if (backup / name).exists():
            os.replace(backup / name, docs_dir / name)
        elif (docs_dir / name).exists():
            (docs_dir / name).unlink()
