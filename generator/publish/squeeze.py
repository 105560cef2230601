"""Built pages without the theme's indentation: whitespace runs that hold a line break become one.

Material's templates indent deeply, so about a sixth of a page is spaces. In HTML a run of
whitespace shows as one space wherever it is shown at all, so a run holding a line break can
become a single line break without changing what a reader sees, except inside the elements that
keep whitespace as written: those are left exactly as they are.
"""
from __future__ import annotations

import re

from mkdocs.plugins import BasePlugin, event_priority

KEEP_AS_WRITTEN = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
BROKEN_RUN = re.compile(r"[ \t\r\f]*\n\s*")


def squeeze(html: str) -> str:
    """Return the page with each whitespace run that holds a line break turned into one line break."""
    out, cursor = [], 0
    for kept in KEEP_AS_WRITTEN.finditer(html):
        out += [BROKEN_RUN.sub("\n", html[cursor:kept.start()]), kept.group(0)]
        cursor = kept.end()
    out.append(BROKEN_RUN.sub("\n", html[cursor:]))
    return "".join(out)


class SqueezePlugin(BasePlugin):
    """Squeezes every page MkDocs writes (a page taken from the previous build was squeezed then)."""

    @event_priority(-90)  # after the theme and other plugins, before the reuse plugin's -100
    def on_post_page(self, output: str, page, config) -> str:
        """Return the page's HTML squeezed."""
        return squeeze(output) if output else output
