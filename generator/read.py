"""Read stage: an article file -> `Article`. Knows file formats, nothing about NLP.

Articles come from the open web and from tired editors. A file that cannot be an article raises
`ArticleError` (one line: the file and the problem; the article is skipped). A file that can be
read with a guess (Windows-1252 text, an unreadable date) builds, and the guess is logged as one
warning line on the `briefings.read` logger.
"""
from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import html
import logging
import re
import unicodedata
from pathlib import Path

import yaml
from dateutil import parser as date_parser

from generator.errors import ArticleError
from generator.records import Article
from generator.slugs import safe_slug, short_hash

LOG = logging.getLogger("briefings.read")
ARTICLE_SUFFIXES = (".txt", ".md")
# A long feature is ~100 KB; beyond 5 MB a file is not an article, and spaCy would take minutes.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_TITLE_CHARS = 300
# spaCy refuses texts over 1,000,000 characters and needs ~1 GB per 100,000; real paragraphs are
# a few thousand.
MAX_PARAGRAPH_CHARS = 50_000
MAX_FRONT_MATTER_CHARS = 64 * 1024
# Above this share of control characters a decodable file is binary data, not text.
MAX_CONTROL_SHARE = 0.01
# Site furniture that scrapers leave at the end of an article ("More Quick Read Articles »").
FURNITURE = re.compile(r"^(more\b.*\b(articles|stories|news)|read more|share this|advertisement)\b.*$|.*[»›]$",
                       re.IGNORECASE)
# A time of day after a date, which dateutil misreads when glued on ("2013-21:29") or dotted ("08.23 BST").
TIME_OF_DAY = re.compile(r"[\s,;-]*\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b",
                         re.IGNORECASE)
FRONT_MATTER_START = re.compile(r"\A---[ \t]*\n")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n",
                             "\u2029": "\n\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n"})
YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
# Words a dateline is made of besides numbers: "Sun 9th Mar, 2025", "Updated: 2025-03-09 10:00 GMT".
DATE_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thur thurs fri sat sun date dated published updated posted
on at of the am pm gmt utc bst est edt cet cest st nd rd th
""".split())
WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)
# A character reference a scraper left in the text ("Jos&#233;", "R&amp;D"); only with its ";", since
# HTML also reads "&not" in "&nothing" as a reference.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An inverted question mark inside a word is an apostrophe mangled by a bad conversion ("Blair¿s").
MANGLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])¿(?=[A-Za-z])")


class FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without implicit timestamps: `date: 2025-02-30` is a string to check,
    not a `ValueError` thrown out of the YAML parser."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def read_article(path: Path, root: Path | None = None) -> Article:
    """Return the article in `path` (plain text or Markdown with YAML front matter)."""
    shown = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    text = decode(read_bytes(path, shown), shown)
    if not text.strip():
        raise ArticleError(shown, "empty file")
    if path.suffix == ".md":
        return read_markdown(text, path, shown)
    return read_plain_text(text, path, shown)


def warn(shown: str, problem: str) -> None:
    """Log one warning line naming the file: the article builds, but someone should look."""
    LOG.warning("%s: warning: %s", shown, problem)


def read_bytes(path: Path, shown: str) -> bytes:
    """Return the file's bytes, refusing files over `MAX_ARTICLE_BYTES` before reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(shown, too_large(size))
        with path.open("rb") as f:
            data = f.read(MAX_ARTICLE_BYTES + 1)  # the file may have grown since stat()
    except OSError as err:
        raise ArticleError(shown, f"cannot be read ({err.strerror or err})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(shown, too_large(len(data)))
    return data


def too_large(size: int) -> str:
    """Return the problem of a file of `size` bytes."""
    return f"too large to be an article ({size / 2**20:.1f} MB; the limit is {MAX_ARTICLE_BYTES // 2**20} MB)"


def decode(data: bytes, shown: str) -> str:
    """Return the bytes as text: UTF-8, else UTF-16 (with BOM), Windows-1252 or Latin-1 with a warning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = checked_text(decode_or_none(data, "utf-16"), shown, "not UTF-8 and not valid UTF-16")
        warn(shown, "not UTF-8; read as UTF-16")
        return text
    if b"\x00" in data:
        raise ArticleError(shown, "binary file, not an article")
    try:
        return checked_text(data.decode("utf-8-sig"), shown, "binary file, not an article")
    except UnicodeDecodeError as err:
        position = err.start
    encoding, text = legacy_text(data)
    problem = f"not UTF-8 text (byte {position}), nor Windows-1252 or Latin-1 text"
    text = checked_text(text, shown, problem)
    warn(shown, f"not UTF-8 (byte {position}); read as {encoding}")
    return text


def decode_or_none(data: bytes, encoding: str) -> str | None:
    """Return `data` decoded, or None if it is not valid in `encoding`."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def legacy_text(data: bytes) -> tuple[str, str | None]:
    """Return (encoding name, text) for the single-byte encoding the bytes are written in."""
    if any(0x80 <= b <= 0x9F for b in data):  # printable in Windows-1252, control codes in Latin-1
        return "Windows-1252", decode_or_none(data, "cp1252")
    return "Latin-1", data.decode("latin-1")  # the two agree on every other byte


def checked_text(text: str | None, shown: str, problem: str) -> str:
    """Return `text` cleaned (characters, not references; one kind of line break, NFC, no control
    codes); refuse binary data."""
    if text is None:
        raise ArticleError(shown, problem)
    text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)
    text = MANGLED_APOSTROPHE.sub("’", text).replace("\r\n", "\n").translate(LINE_BREAKS)
    controls = len(CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise ArticleError(shown, problem)
    return unicodedata.normalize("NFC", CONTROL.sub("", text))


def read_plain_text(text: str, path: Path, shown: str) -> Article:
    """Return an article from the plain format: title line, optional date line, paragraphs."""
    blocks = split_blocks(text)
    title_lines = blocks[0].split("\n")
    title, rest_of_block = title_lines[0], title_lines[1:]
    remaining = (["\n".join(rest_of_block)] if rest_of_block else []) + blocks[1:]
    date = None
    if remaining and is_date_line(remaining[0]):
        date = checked_date(remaining.pop(0), shown)
    paragraphs = drop_furniture([join_lines(b) for b in remaining])
    return make_article(path, shown, title, date, str(Path(shown).name), paragraphs)


def read_markdown(text: str, path: Path, shown: str) -> Article:
    """Return an article from Markdown with optional YAML front matter."""
    meta, body = split_front_matter(text, shown)
    blocks = split_blocks(body) if body.strip() else []
    title = front_matter_text(meta, "title", shown, required=True)
    if not title and blocks and blocks[0].startswith("# "):
        title = plain_markdown(blocks.pop(0)[2:])
    paragraphs = [plain_markdown(b) for b in blocks]
    return make_article(path, shown, title, front_matter_date(meta, shown),
                        front_matter_text(meta, "source", shown) or Path(shown).name,
                        drop_furniture(paragraphs), url=front_matter_url(meta, shown),
                        tags=front_matter_tags(meta, shown))


def make_article(path: Path, shown: str, title: str, date: dt.date | None, source: str,
                 paragraphs: list[str], url: str = "", tags: tuple[str, ...] = ()) -> Article:
    """Return a checked `Article`; an article needs a title and a body of sane size."""
    title = " ".join(title.split())
    if not title:
        hint = "set 'title' in the front matter or start with '# Title'" if path.suffix == ".md" \
            else "the first line must be the title"
        raise ArticleError(shown, f"no title ({hint})")
    if len(title) > MAX_TITLE_CHARS:
        raise ArticleError(shown, f"the title is {len(title):,} characters long; the limit is "
                                  f"{MAX_TITLE_CHARS} (is the title line missing?)")
    if not paragraphs:
        raise ArticleError(shown, "no body text after the title")
    for number, paragraph in enumerate(paragraphs, start=1):
        if len(paragraph) > MAX_PARAGRAPH_CHARS:
            raise ArticleError(shown, f"paragraph {number} is {len(paragraph):,} characters long; the "
                                      f"limit is {MAX_PARAGRAPH_CHARS:,} (separate paragraphs with a blank line)")
    return Article(id=article_id(path), title=title, date=date, source=" ".join(source.split()),
                   paragraphs=tuple(paragraphs), path=shown, url=url, tags=tags)


def article_id(path: Path) -> str:
    """Return the article's stable id: the safe slug of its file name."""
    return safe_slug(path.stem, "article")


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
    """Return whether a block is meant as a dateline: one short line of date words and a year."""
    line = block.strip()
    if line.lower() == "unknown":
        return True
    if "\n" in line or len(line) > 40 or not YEAR.search(line):
        return False
    # One stray word is a typo ("Sun 9th Mqr, 2025"); more make a sentence ("Talks resume in 2025").
    words = re.findall(r"[^\W\d_]+", line.lower())
    return sum(word not in DATE_WORDS for word in words) <= 1


def checked_date(line: str, shown: str) -> dt.date | None:
    """Return the date of a dateline; warn (the article is undated) when it cannot be read."""
    if line.strip().lower() == "unknown":
        return None
    date = parse_date(line)
    if date is None:
        warn(shown, f"unreadable date {line.strip()[:40]!r}; the article is undated")
    return date


def parse_date(text: str) -> dt.date | None:
    """Return the date written in `text` ("Sun 9th Mar, 2025", "2025-03-09"), or None."""
    if not re.search(r"\d", text) or len(text) > 100:
        return None
    # Datelines carry words and times: "Published: August 7, 2012, 4:43 pm ET", "29 July 2004 08.23 BST".
    for attempt, fuzzy in ((text, False), (text, True), (TIME_OF_DAY.sub(" ", text), True)):
        try:
            return date_parser.parse(attempt, default=dt.datetime(1900, 1, 1), fuzzy=fuzzy, ignoretz=True).date()
        except (ValueError, OverflowError, TypeError):
            continue
    return None


def split_front_matter(text: str, shown: str) -> tuple[dict, str]:
    """Return (front matter mapping, body) of a Markdown article."""
    if not FRONT_MATTER_START.match(text):
        return {}, text
    match = FRONT_MATTER.match(text)
    if not match:
        raise ArticleError(shown, "front matter is not closed (no '---' line after it)")
    if len(match.group(1) or "") > MAX_FRONT_MATTER_CHARS:
        raise ArticleError(shown, f"front matter is longer than {MAX_FRONT_MATTER_CHARS // 1024} KB")
    try:
        meta = yaml.load(match.group(1) or "", Loader=FrontMatterLoader) or {}
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", 0) + 2
        problem = " ".join(str(getattr(err, "problem", None) or "").split())[:100]
        raise ArticleError(shown, f"broken YAML front matter near line {line}"
                                  + (f": {problem}" if problem else "")) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as err:
        raise ArticleError(shown, f"broken YAML front matter ({type(err).__name__})") from None
    if not isinstance(meta, dict):
        raise ArticleError(shown, "front matter is not a mapping of keys to values")
    return meta, text[match.end():]


def describe_type(value: object) -> str:
    """Return 'a list', 'a mapping'... for messages in MkDocs' "expected ..., got ..." style."""
    names = {list: "a list", dict: "a mapping", bool: "true/false", type(None): "nothing"}
    return names.get(type(value), f"a {type(value).__name__}")


def front_matter_text(meta: dict, key: str, shown: str, required: bool = False) -> str:
    """Return a text value of the front matter ('' if absent); a non-text title is an error."""
    value = meta.get(key)
    if value is None or isinstance(value, str | int | float) and not isinstance(value, bool):
        return "" if value is None else str(value).strip()
    problem = f"front matter '{key}': expected a string, got {describe_type(value)}"
    if required:
        raise ArticleError(shown, problem)
    warn(shown, problem + "; ignored")
    return ""


def front_matter_date(meta: dict, shown: str) -> dt.date | None:
    """Return the front matter's date; warn (undated) when it is not a readable date."""
    value = meta.get("date")
    if value is None or str(value).strip().lower() in ("", "unknown"):
        return None
    if not isinstance(value, str | int):
        warn(shown, f"front matter 'date': expected a date, got {describe_type(value)}; the article is undated")
        return None
    date = parse_date(str(value))
    if date is None:
        warn(shown, f"front matter 'date': unreadable date {str(value)[:40]!r}; the article is undated")
    return date


def front_matter_url(meta: dict, shown: str) -> str:
    """Return the article's web address if it is an http(s) one; warn and drop anything else."""
    url = front_matter_text(meta, "url", shown)
    if url and not WEB_ADDRESS.match(url):
        warn(shown, f"front matter 'url': expected an http(s) address, got {url[:60]!r}; ignored")
        return ""
    return url


def front_matter_tags(meta: dict, shown: str) -> tuple[str, ...]:
    """Return the tags: a list of short texts (one text is one tag); warn and drop anything else."""
    tags = meta.get("tags")
    if tags is None:
        return ()
    tags = [tags] if isinstance(tags, str) else tags
    if not isinstance(tags, list) or not all(isinstance(t, str | int | float) for t in tags):
        warn(shown, f"front matter 'tags': expected a list of strings, got {describe_type(tags)}; ignored")
        return ()
    return tuple(" ".join(str(t).split()) for t in tags if str(t).strip())


def plain_markdown(block: str) -> str:
    """Return a Markdown block as plain text: headings, links and emphasis markers removed."""
    text = re.sub(r"^#+\s*", "", join_lines(block))
    text = MARKDOWN_LINK.sub(lambda m: m.group(1), text)
    return MARKDOWN_EMPHASIS.sub("", text)


def find_articles(seeds_dir: Path) -> list[Path]:
    """Return the article files in `seeds_dir`, sorted by name."""
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES
                  and not p.name.startswith("."))


def drop_duplicates(articles: list[Article], skipped: list[str]) -> list[Article]:
    """Return the articles minus repeats of an earlier one's text, each with an id of its own.

    The first by file name is kept; each repeat adds a line naming both files to `skipped`. Two
    files whose names slug alike ("A b.txt", "a-b.md") keep both, the second under its name's hash.
    """
    first_with: dict[str, Article] = {}
    ids: set[str] = set()
    kept: list[Article] = []
    for article in sorted(articles, key=lambda a: a.path):
        fingerprint = text_fingerprint(article)
        if fingerprint in first_with:
            skipped.append(f"{article.path}: same text as {first_with[fingerprint].path} (duplicate article)")
            continue
        first_with[fingerprint] = article
        if article.id in ids:
            article = dataclasses.replace(article, id=f"{article.id}-{short_hash(article.path)}")
        ids.add(article.id)
        kept.append(article)
    return kept


def text_fingerprint(article: Article) -> str:
    """Return a hash of the article's title and body, blind to case, spacing and Unicode forms."""
    text = "\n".join((article.title, *article.paragraphs))
    normalised = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
