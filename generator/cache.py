"""Extraction cache: one JSON file per article in `.briefings/cache/`, keyed by everything that
changes the article's briefing. Deleting the folder is always safe; a bad entry is re-extracted.

The serialisation is generic: any tree of frozen dataclasses, tuples, dicts, dates and plain values
is written as JSON and rebuilt from the dataclasses' type hints, so a new field in `models.py`
needs no change here (and, as `models.py` is part of the key, invalidates old entries by itself).
"""
from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import importlib.metadata
import json
import os
import tempfile
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from generator.models import Article, Briefing
from generator.nlp import model_signature

# Bump when extraction changes in a way the source hash below cannot see (data files, say).
EXTRACTOR_VERSION = 1
ENTRY_FORMAT = "briefings-cache/1"
CACHE_FOLDER = Path(".briefings") / "cache"
OVERRIDES_FILE = "actors.yml"
PACKAGE_DIR = Path(__file__).resolve().parent
# Extraction runs these modules and whatever they import from the package (found by reading the
# imports, so a new extraction module counts without anyone listing it here); `batch` decides what
# reaches `extract` (the title, the paragraphs).
EXTRACTION_ROOTS = ("extract.py", "batch.py")


class CacheEntryError(ValueError):
    """A cache entry that cannot be trusted: corrupt, foreign, stale or of another schema."""


# ---- generic JSON <-> frozen dataclass tree -------------------------------------------------

def to_plain(value: Any) -> Any:
    """Return `value` as JSON-ready lists, dicts and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list, frozenset, set)):
        items = [to_plain(v) for v in value]
        return sorted(items, key=json.dumps) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, dict):
        return [[to_plain(k), to_plain(v)] for k, v in value.items()]  # keys may be tuples
    if isinstance(value, enum.Enum):
        return to_plain(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def from_plain(hint: Any, data: Any) -> Any:
    """Return `data` (as made by `to_plain`) rebuilt as a value of type `hint`; raise CacheEntryError."""
    return decoder(hint)(data)


Decoder = Callable[[Any], Any]


@functools.cache
def decoder(hint: Any) -> Decoder:
    """Return the function that rebuilds JSON data as a `hint` (made once per type: entries are many)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any or hint is object:
        return lambda data: data
    if origin in (typing.Union, types.UnionType):
        return union_decoder(args)
    if dataclasses.is_dataclass(hint):
        return dataclass_decoder(hint)
    if origin is typing.Literal:
        return lambda data: expect(data in args, data, hint)
    if hint in (tuple, list, frozenset, set) or origin in (tuple, list, frozenset, set):
        return sequence_decoder(origin or hint, args)
    if hint is dict or origin is dict:
        return dict_decoder(*(args or (Any, Any)))
    return scalar_decoder(hint)


def expect(ok: bool, data: Any, hint: Any) -> Any:
    """Return `data` if `ok`, else raise CacheEntryError naming the expected type."""
    if not ok:
        raise CacheEntryError(f"expected {hint}, got {type(data).__name__}")
    return data


def union_decoder(args: tuple) -> Decoder:
    """Return a decoder for a union (`X | None`, ...): the first member that accepts the data."""
    optional = type(None) in args
    members = [decoder(a) for a in args if a is not type(None)]

    def decode(data: Any) -> Any:
        if data is None and optional:
            return None
        for member in members:
            try:
                return member(data)
            except (CacheEntryError, TypeError, ValueError):
                continue
        raise CacheEntryError(f"no member of {args} accepts {type(data).__name__}")
    return decode


def dataclass_decoder(cls: type) -> Decoder:
    """Return a decoder for a dict with exactly the fields of `cls` (fields with defaults may be absent)."""
    fields = [f for f in dataclasses.fields(cls) if f.init]
    required = {f.name for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    decoders: dict[str, Decoder] = {}

    def decode(data: Any) -> Any:
        if not decoders:  # built on first use, so a dataclass may refer to itself
            hints = typing.get_type_hints(cls)
            decoders.update({f.name: decoder(hints.get(f.name, Any)) for f in fields})
        if type(data) is not dict or not required <= data.keys() or not data.keys() <= decoders.keys():
            raise CacheEntryError(f"expected the fields of {cls.__name__}")
        return cls(**{name: decoders[name](value) for name, value in data.items()})
    return decode


def sequence_decoder(kind: type, args: tuple) -> Decoder:
    """Return a decoder of a JSON list as `tuple[X, ...]`, `tuple[X, Y]`, `list[X]`, `frozenset[X]`..."""
    if kind is tuple and args and args[-1] is not Ellipsis:
        items = [decoder(a) for a in args]
        return lambda data: tuple(d(v) for d, v in zip(items, expect(
            type(data) is list and len(data) == len(items), data, f"tuple of {len(items)}")))
    item = decoder(args[0]) if args else (lambda v: v)
    return lambda data: kind(item(v) for v in expect(type(data) is list, data, kind))


def dict_decoder(key_type: Any, value_type: Any) -> Decoder:
    """Return a decoder of a list of [key, value] pairs as a dict."""
    key, value = decoder(key_type), decoder(value_type)

    def decode(data: Any) -> dict:
        expect(type(data) is list and all(type(p) is list and len(p) == 2 for p in data), data, dict)
        return {key(k): value(v) for k, v in data}
    return decode


def scalar_decoder(hint: Any) -> Decoder:
    """Return a decoder of a date, enum member or plain scalar."""
    if hint in (dt.datetime, dt.date):
        return lambda data: hint.fromisoformat(expect(type(data) is str, data, hint))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if hint is float:
        return lambda data: float(expect(type(data) in (int, float), data, hint))
    if hint in (str, int, bool, type(None)):
        return lambda data: expect(type(data) is hint, data, hint)  # True is an int to isinstance
    raise CacheEntryError(f"cannot rebuild a {hint}")


# ---- keys -----------------------------------------------------------------------------------

def digest(*parts: str | bytes) -> str:
    """Return the sha256 hex digest of the parts, each length-prefixed so they cannot run together."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(f"{len(data)}:".encode())
        h.update(data)
    return h.hexdigest()


def extraction_source_hash(package_dir: Path = PACKAGE_DIR) -> str:
    """Return a hash of the source of every package module extraction runs, and of the event tables it reads."""
    modules = extraction_modules(package_dir) + sorted((package_dir / "lexicons" / "data").glob("*.t[sx][vt]"))
    return digest(*(part for p in modules for part in (p.name, p.read_bytes())))


def extraction_modules(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Return `extract.py`, `batch.py` and the package modules they import, directly or not."""
    seen: set[str] = set()
    todo = list(EXTRACTION_ROOTS)
    while todo:
        name = todo.pop()
        if name in seen or not (package_dir / name).is_file():
            continue
        seen.add(name)
        todo.extend(f"{module}.py" for module in package_imports(package_dir / name))
    return sorted(package_dir / name for name in seen)


def package_imports(path: Path) -> set[str]:
    """Return the names of this package's modules that a module imports (absolute or relative)."""
    package = path.parent.name
    try:
        tree = ast.parse(path.read_bytes())
    except SyntaxError:
        return set()  # its bytes are still hashed; extraction would fail on it anyway
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith(f"{package}."))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0 and module == package or node.level == 1 and not module:
                names.update(a.name for a in node.names)  # from generator import clusters
            elif node.level == 0 and module.startswith(f"{package}.") or node.level == 1:
                names.add(module.split(".")[1] if node.level == 0 else module.split(".")[0])
    return names


def package_version(name: str) -> str:
    """Return an installed distribution's version, or '-' if it is not installed."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def fingerprint(nlp: Language, overrides: Path | None = None) -> str:
    """Return a hash of everything besides the article that changes a briefing."""
    overrides_bytes = overrides.read_bytes() if overrides is not None and overrides.is_file() else b""
    return digest(ENTRY_FORMAT, str(EXTRACTOR_VERSION), model_signature(nlp), spacy.__version__,
                  ",".join(nlp.pipe_names), package_version("countryinfo"), package_version("gender-guesser"),
                  extraction_source_hash(),
                  overrides_bytes)


def article_hash(article: Article) -> str:
    """Return the hash of an article's content and metadata (all of it ends up in the briefing)."""
    return digest(json.dumps(to_plain(article), sort_keys=True, ensure_ascii=False))


# ---- the cache ------------------------------------------------------------------------------

class ExtractionCache:
    """Briefings stored per article under `folder` (None: memory only), valid for one fingerprint."""

    def __init__(self, folder: Path | None, fingerprint_: str, remember: bool = False) -> None:
        self.folder = folder
        self.fingerprint = fingerprint_
        # `briefings serve` keeps briefings in memory too, so a rebuild does not re-read every entry.
        self.memory: dict[str, Briefing] | None = {} if remember else None
        self.keys: dict[Article, str] = {}
        self.rejected = 0
        self.problem: str | None = None

    @classmethod
    def for_project(cls, root: Path, seeds_dir: Path, nlp: Language, remember: bool = False) -> ExtractionCache:
        """Return the cache of the project at `root` for this pipeline and overrides file."""
        return cls(root / CACHE_FOLDER, fingerprint(nlp, seeds_dir / OVERRIDES_FILE), remember)

    def key(self, article: Article) -> str:
        """Return the cache key of an article under this cache's fingerprint."""
        if article not in self.keys:
            self.keys[article] = digest(self.fingerprint, article_hash(article))
        return self.keys[article]

    def path(self, key: str) -> Path:
        """Return the file of an entry (two-level fan-out keeps folders small at 10,000s of entries)."""
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Briefing | None:
        """Return the cached briefing of an article, or None if missing or not trustworthy."""
        key = self.key(article)
        if self.memory is not None and key in self.memory:
            return self.memory[key]
        if self.folder is None or not self.path(key).is_file():
            return None
        try:
            briefing = self.load(key, article)
        except (OSError, CacheEntryError, ValueError, TypeError, RecursionError):
            self.rejected += 1  # corrupt or foreign: the caller re-extracts and overwrites it
            return None
        self.remember(key, briefing)
        return briefing

    def load(self, key: str, article: Article) -> Briefing:
        """Return the briefing in an entry file; raise CacheEntryError unless it is exactly ours."""
        entry = json.loads(self.path(key).read_text(encoding="utf-8"))
        if not isinstance(entry, dict) or entry.get("format") != ENTRY_FORMAT or entry.get("key") != key:
            raise CacheEntryError("not an entry of this cache")
        briefing = from_plain(Briefing, entry.get("briefing"))
        if briefing.article != article:  # a hash collision or a hand-edited entry: never trust it
            raise CacheEntryError("entry is for another article")
        return briefing

    def put(self, briefing: Briefing) -> str:
        """Store a briefing under its article's key (atomically) and return the key."""
        key = self.key(briefing.article)
        self.remember(key, briefing)
        if self.folder is None:
            return key
        try:
            entry = {"format": ENTRY_FORMAT, "key": key, "briefing": to_plain(briefing)}
        except TypeError as err:  # a model field of a type JSON cannot hold: build on, uncached
            self.problem = f"extraction cache not written: {err}"
            return key
        write_atomically(self.path(key), json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        return key

    def remember(self, key: str, briefing: Briefing) -> None:
        """Keep a briefing in memory when this cache remembers."""
        if self.memory is not None:
            self.memory[key] = briefing

    def prune(self, articles: Iterable[Article]) -> int:
        """Delete every entry but those of `articles` (the current seeds); return how many went."""
        keep = {self.key(a) for a in articles}
        self.keys = {a: k for a, k in self.keys.items() if k in keep}
        if self.memory is not None:
            self.memory = {k: v for k, v in self.memory.items() if k in keep}
        if self.folder is None or not self.folder.is_dir():
            return 0
        stale = [p for p in self.folder.glob("*/*.json") if p.stem not in keep]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)


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
