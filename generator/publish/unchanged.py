"""Is a file the one a build recorded? Its stat says so at once; its bytes say so after a restore.

A file restored from a CI cache, copied, or checked out afresh has a new mtime and inode but the
same bytes. Comparing stats alone would then take every file for changed and silently rebuild
everything, so a stat that differs is settled by the file's content digest instead.
"""
from __future__ import annotations

import hashlib
from pathlib import Path


def content_digest(data: bytes) -> str:
    """Return the sha256 hex digest of a file's bytes: `content_digest(b"")` is 'e3b0c442...b855'."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    """Return the content digest of the file at `path`, or '' if it cannot be read."""
    try:
        return content_digest(path.read_bytes())
    except OSError:
        return ""


def is_unchanged(path: Path, stat: tuple[int, int], recorded: tuple[int, int], digest: str) -> bool:
    """Return whether the file whose (size, mtime in ns) is `stat` is the recorded one.

    Same stat as recorded: unchanged, without reading it (an edit changes the mtime). Another
    stat: unchanged only if its size is the recorded one and its bytes have the recorded digest,
    e.g. `is_unchanged(page, (512, 1700000000000000000), (512, 1600000000000000000), digest)`
    for a page restored from a cache with the same bytes and a new time.
    """
    if stat[0] < 0:
        return False  # missing
    if stat == recorded:
        return True
    return bool(digest) and stat[0] == recorded[0] and file_digest(path) == digest
