"""Escape untrusted text for the place it goes in a Markdown page, so it renders as text only."""
from __future__ import annotations

import html
import json
import re

from markupsafe import Markup

# Characters Python-Markdown treats as syntax and accepts a backslash escape for.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]#+!])")
# Line starts that would turn a paragraph into a heading, quote, list or rule.
BLOCK_START = re.compile(r"^(\s*)([>\-=]|\d+[.)])")


def escape_text(value: object) -> Markup:
    """Return `value` as Markdown that renders as exactly that text (no HTML, links or emphasis)."""
    if isinstance(value, Markup):
        return value
    text = re.sub(r"\s+", " ", str(value))
    text = MARKDOWN_SPECIALS.sub(r"\\\1", text)
    text = BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    text = html.escape(text, quote=False)  # after the backslashes, so entities stay intact
    return Markup(text.replace("|", "&#124;"))  # a bar would split a table cell


def link(text: object, url: str) -> Markup:
    """Return a Markdown link with escaped text to one of our own generated pages."""
    if re.search(r"[\s()<>]|^[a-z]+:", url):
        raise ValueError(f"refusing to link to {url!r}: only relative page paths are generated")
    return Markup(f"[{escape_text(text)}]({url})")


def front_matter_string(value: object) -> Markup:
    """Return a YAML string for a page's front matter (its title), safe where themes print it raw.

    Themes print the title unescaped, some after `striptags` (which also unescapes entities), so
    the characters that make markup or entities are replaced by look-alikes instead of escaped.
    """
    text = " ".join(str(value).split()).translate(str.maketrans({"<": "‹", ">": "›", "&": "＆"}))
    return Markup(json.dumps(text, ensure_ascii=False))
