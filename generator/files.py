"""Content digests and atomic writes: what the extraction cache and the site manifest both need."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def digest(*parts: str | bytes) -> str:
    """Return the sha256 hex digest of the parts, each length-prefixed so they cannot run together."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(f"{len(data)}:".encode())
        h.update(data)
    return h.hexdigest()


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file and `os.replace`, so readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
