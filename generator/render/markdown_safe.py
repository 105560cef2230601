"""Escape untrusted text for the place it goes in a Markdown page, so it renders as text only.

Every value from an article reaches a page through `escape_text` (Jinja's `finalize`), a link's
text through `link`, and a front-matter title through `front_matter_string`. Values are made
one line long first, so nothing can leave a list item, a table row or the front matter block.
"""
from __future__ import annotations

import functools
import html
import json
import re

from markupsafe import Markup

from generator.slugs import heading_id

# Characters Python-Markdown treats as syntax and accepts a backslash escape for.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}#+!])")
# Written as entities, not backslash escapes: a bar splits a table cell even when escaped, and
# Python-Markdown reads "[x\]: y" at the start of a block as a link reference definition.
ENTITIES = str.maketrans({"|": "&#124;", "[": "&#91;", "]": "&#93;"})
# Line starts that would turn a paragraph into a rule or list ("- x", "1. x", "2) x"), or, under
# a line of text, into a heading ("==="). `>` needs nothing: it is `&gt;` by then.
LIST_OR_RULE_START = re.compile(r"^(\s*)(-)")
NUMBERED_START = re.compile(r"^(\s*\d+)([.)])")
SETEXT_START = re.compile(r"^(\s*)=")
# Text that autolinking extensions (pymdownx.magiclink, if a site enables it) would turn into a
# link: written with an entity it reads the same but no longer matches their patterns.
AUTOLINK_HINTS = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")
# Invisible characters that can do harm: C0/C1 controls and DEL (YAML refuses them, browsers
# mangle them), bidirectional overrides and isolates (they reorder the text around a value),
# byte-order marks, noncharacters and lone surrogates. Whitespace among them is collapsed first.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                       "\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]")
# What a link may point to: a relative path to one of our pages (no scheme, no leading slash,
# nothing that could end the Markdown link or start an attribute).
RELATIVE_URL = re.compile(r"^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?![/\\])[^\s()<>\[\]\\\"'`\x00-\x1f\x7f]+$")


def one_line(value: object) -> str:
    """Return `value` as one line of visible text: whitespace runs are one space, controls gone."""
    return INVISIBLE.sub("", re.sub(r"\s+", " ", str(value)))


def escape_text(value: object) -> Markup:
    """Return `value` as Markdown that renders as exactly that text (no HTML, links or emphasis)."""
    if isinstance(value, Markup):
        return value
    return Markup(escaped(str(value)))


@functools.lru_cache(maxsize=1 << 16)
def escaped(value: str) -> str:
    """Return the escaped form of a string (cached: names are escaped on thousands of pages)."""
    text = MARKDOWN_SPECIALS.sub(r"\\\1", one_line(value))
    text = html.escape(text, quote=False)  # after the backslashes, so entities stay intact
    text = LIST_OR_RULE_START.sub(r"\1\\\2", text)
    text = NUMBERED_START.sub(r"\1\\\2", text)
    text = SETEXT_START.sub(r"\1&#61;", text)
    text = AUTOLINK_HINTS.sub(lambda m: "&#58;" if m.group(1) else "&#46;", text)
    return text.translate(ENTITIES)


def link(text: object, url: str) -> Markup:
    """Return a Markdown link with escaped text to one of our own generated pages."""
    if not RELATIVE_URL.match(url):
        raise ValueError(f"refusing to link to {url!r}: only relative page paths are generated")
    return Markup(f"[{escape_text(text)}]({url})")


def front_matter_string(value: object) -> Markup:
    """Return a YAML string for a page's front matter (its title), safe where themes print it raw.

    Themes print the title unescaped, some after `striptags` (which also unescapes entities), so
    the characters that make markup or entities are replaced by look-alikes instead of escaped.
    """
    text = one_line(value).strip().translate(str.maketrans({"<": "‹", ">": "›", "&": "＆"}))
    return Markup(json.dumps(text, ensure_ascii=False))


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
