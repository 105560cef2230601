"""Page titles carry their heading ids ({ #id }), so mkdocs.yml needs no Python slugify: the id is
the one the old slugify gave, never one of the theme's own `__` ids, and the title shows as written."""
from __future__ import annotations

import re

import markdown
import pytest

from generator.render.markdown_safe import escape_text, heading_attribute

H1 = re.compile(r'<h1 id="([^"]*)">(.*?)</h1>', re.DOTALL)


def rendered_title(title: str) -> tuple[str, str]:
    """Return (id, shown text) of a generated page's title line, rendered with mkdocs.yml's extensions."""
    line = f"# {escape_text(title)}{heading_attribute(title)}\n\n## Summary\n"
    html = markdown.markdown(line, extensions=["attr_list", "md_in_html", "toc", "tables", "admonition"])
    found = H1.search(html)
    assert found, html
    return found.group(1), found.group(2)


@pytest.mark.parametrize(("title", "expected"), [
    ("Negotiation Strategies: U.S. and Russia's Diverging Diplomatic Approaches",
     "negotiation-strategies-us-and-russias-diverging-diplomatic-approaches"),
    ("__config", "config"),  # Material's configuration element is "__config"
    ("Tag: __search", "tag---search"),
    ("*emph* -__bold__- `code`", "emph---bold---code"),  # no underscore left to become bold markup
    ("José Martí в Москве", "josé-martí-в-москве"),  # Unicode ids, as before
    ("x { #__config }", "x---config"),  # a title cannot bring an attribute of its own
])
def test_a_title_gets_its_own_id_and_shows_as_written(title, expected):
    heading_id, shown = rendered_title(title)
    assert heading_id == expected and not heading_id.startswith("__")
    assert shown.replace("&amp;", "&") == title


def test_a_title_without_letters_gets_the_default_id():
    assert heading_attribute("!!!") == ""
    assert rendered_title("!!!")[0] == "_1"  # from toc, and no theme id either
