"""Safe slugs: the file names of generated pages, chosen by us, never by an article.

A slug is ASCII `[a-z0-9_-]`, at most `MAX_SLUG` characters, never a reserved name, and the same
text always gives the same slug. Where making it safe loses information (non-Latin letters,
look-alike characters, a cut-off tail, a reserved name) a short hash of the original text is
appended, so two different names do not end up on one page.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from markupsafe import Markup

from generator.markdown_safe import one_line

MAX_SLUG = 60
HASH_LENGTH = 8
# Names a page must not take: the generated folders' own index page, and the names Windows
# refuses (a site is cloned on Windows too).
RESERVED = frozenset({"index", "con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                      *(f"lpt{n}" for n in range(10))})
# Material's own element ids are "__config", "__search"...: a heading id must never take one.
THEME_ID_PREFIX = "__"
NOT_SLUG = re.compile(r"[^a-z0-9_]+")
# Latin letters that Unicode does not decompose into a base letter and an accent.
LATIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                               "ı": "i", "ŋ": "ng", "ħ": "h"})


def safe_slug(text: str, fallback: str = "page") -> str:
    """Return the safe, stable slug of `text` (`fallback` plus a hash if nothing is left of it)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    latin = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    latin = latin.translate(LATIN_LETTERS)
    slug = NOT_SLUG.sub("-", latin).strip("-_")
    # A letter we could not spell in ASCII (Cyrillic "а" looks like "a") must not vanish silently.
    lossy = any(ch.isalnum() and not ch.isascii() for ch in latin)
    if not slug:
        return f"{fallback}-{short_hash(folded)}"
    if lossy or len(slug) > MAX_SLUG or slug in RESERVED:
        return f"{slug[:MAX_SLUG].rstrip('-_')}-{short_hash(folded)}"
    return slug


def short_hash(text: str) -> str:
    """Return a short, stable hex digest of `text`."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_LENGTH]


def is_safe_slug(slug: str) -> bool:
    """Return whether `slug` is already a safe slug (as an editor-chosen actor id must be)."""
    return bool(slug) and safe_slug(slug) == slug


def heading_id(value: str, separator: str) -> str:
    """Return a heading's HTML id (a `toc` slugify): never one of the theme's own `__` ids."""
    from markdown.extensions.toc import slugify_unicode

    slug = slugify_unicode(value, separator)
    if slug.startswith(THEME_ID_PREFIX):
        return slug.lstrip("_") or "section"
    return slug


def heading_attribute(text: object) -> Markup:
    """Return the attr_list id a page title showing `text` gets: ' { #config }' for '__config'.

    It is the id `toc` would make with `heading_id` as its slugify, written out, so the config needs
    no Python slugify (Zensical cannot load one). Only a page's first heading carries one, so the
    headings after it get the ids they had. Underscores become hyphens: Markdown reads the
    attribute's text as inline text first, and '-__bold__-' there would turn into bold markup and
    spoil the attribute. An empty slug ('!!!') gets none: `toc` then makes '_1', no theme id either.
    """
    slug = heading_id(one_line(text).strip(), "-").replace("_", "-")
    return Markup(f" {{ #{slug} }}") if slug else Markup("")


def unique_id(base: str, taken: set[str]) -> str:
    """Return `base`, or `base-2`, `base-3`... whichever is not in `taken` yet; record it."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
