"""Read stage: an article file -> `Article`. Knows file formats, nothing about NLP."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml
from dateutil import parser as date_parser
from markdown.extensions.toc import slugify_unicode

from generator.errors import ArticleError
from generator.models import Article

ARTICLE_SUFFIXES = (".txt", ".md")
# Site furniture that scrapers leave at the end of an article ("More Quick Read Articles »").
FURNITURE = re.compile(r"^(more\b.*\b(articles|stories|news)|read more|share this|advertisement)\b.*$|.*[»›]$",
                       re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def read_article(path: Path, root: Path | None = None) -> Article:
    """Return the article in `path` (plain text or Markdown with YAML front matter)."""
    shown = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    text = decode(path.read_bytes(), shown)
    if not text.strip():
        raise ArticleError(shown, "empty file")
    if path.suffix == ".md":
        return read_markdown(text, path, shown)
    return read_plain_text(text, path, shown)


def decode(data: bytes, shown: str) -> str:
    """Return the bytes as text, refusing binary files and text that is not UTF-8."""
    if b"\x00" in data:
        raise ArticleError(shown, "binary file, not an article")
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as err:
        raise ArticleError(shown, f"not UTF-8 text (byte {err.start})") from None


def read_plain_text(text: str, path: Path, shown: str) -> Article:
    """Return an article from the plain format: title line, optional date line, paragraphs."""
    blocks = split_blocks(text)
    title_lines = blocks[0].split("\n")
    title, rest_of_block = title_lines[0], title_lines[1:]
    remaining = (["\n".join(rest_of_block)] if rest_of_block else []) + blocks[1:]
    date = None
    if remaining and is_date_line(remaining[0]):
        date = parse_date(remaining.pop(0))
    paragraphs = drop_furniture([join_lines(b) for b in remaining])
    return make_article(path, shown, title, date, str(Path(shown).name), paragraphs)


def read_markdown(text: str, path: Path, shown: str) -> Article:
    """Return an article from Markdown with optional YAML front matter."""
    meta, body = split_front_matter(text, shown)
    blocks = split_blocks(body) if body.strip() else []
    title = str(meta.get("title") or "").strip()
    if not title and blocks and blocks[0].startswith("# "):
        title = blocks.pop(0)[2:].strip()
    paragraphs = [plain_markdown(b) for b in blocks]
    date = parse_date(str(meta["date"])) if meta.get("date") else None
    tags = tuple(str(t) for t in meta.get("tags") or ())
    return make_article(path, shown, title, date, str(meta.get("source") or Path(shown).name),
                        drop_furniture(paragraphs), url=str(meta.get("url") or ""), tags=tags)


def make_article(path: Path, shown: str, title: str, date: dt.date | None, source: str,
                 paragraphs: list[str], url: str = "", tags: tuple[str, ...] = ()) -> Article:
    """Return a checked `Article`; an article needs a title and a body."""
    if not title.strip():
        raise ArticleError(shown, "no title (the first line must be the title)")
    if not paragraphs:
        raise ArticleError(shown, "no body text after the title")
    return Article(id=article_id(path), title=" ".join(title.split()), date=date, source=source,
                   paragraphs=tuple(paragraphs), path=shown, url=url, tags=tags)


def article_id(path: Path) -> str:
    """Return the article's stable id: the slug of its file name."""
    return slugify_unicode(path.stem, "-") or "article"


def split_blocks(text: str) -> list[str]:
    """Return the blank-line separated blocks of `text`, stripped, none empty."""
    return [b.strip() for b in re.split(r"\n[ \t]*\n", text.strip()) if b.strip()]


def join_lines(block: str) -> str:
    """Return a block's lines joined into one line with single spaces."""
    return " ".join(block.split())


def drop_furniture(paragraphs: list[str]) -> list[str]:
    """Return the paragraphs without trailing site furniture lines."""
    while paragraphs and len(paragraphs[-1].split()) <= 8 and FURNITURE.match(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return paragraphs


def is_date_line(block: str) -> bool:
    """Return whether a block is a dateline: one short line that parses as a date, or 'unknown'."""
    if "\n" in block or len(block) > 40:
        return False
    if block.strip().lower() == "unknown":
        return True
    return bool(re.search(r"\b(1[89]|20)\d\d\b", block)) and parse_date(block) is not None


def parse_date(text: str) -> dt.date | None:
    """Return the date written in `text` ("Sun 9th Mar, 2025", "2025-03-09"), or None."""
    if not re.search(r"\d", text):
        return None
    try:
        return date_parser.parse(text, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def split_front_matter(text: str, shown: str) -> tuple[dict, str]:
    """Return (front matter mapping, body) of a Markdown article."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", 0) + 2
        raise ArticleError(shown, f"broken YAML front matter near line {line}") from None
    if not isinstance(meta, dict):
        raise ArticleError(shown, "front matter is not a mapping of keys to values")
    return meta, text[match.end():]


def plain_markdown(block: str) -> str:
    """Return a Markdown block as plain text: headings, links and emphasis markers removed."""
    text = re.sub(r"^#+\s*", "", join_lines(block))
    text = MARKDOWN_LINK.sub(lambda m: m.group(1), text)
    return MARKDOWN_EMPHASIS.sub("", text)


def find_articles(seeds_dir: Path) -> list[Path]:
    """Return the article files in `seeds_dir`, sorted by name."""
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES
                  and not p.name.startswith("."))
