"""Property-based tests (Hypothesis): random text, random Unicode and random front matter thrown at
the reader, the escaper and the renderer. Nothing crashes; nothing from the input becomes markup;
nothing is written outside the generated folders.
"""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import markdown
import pytest
import spacy
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data
from spacy.tokens import Span

from generator.errors import ArticleError, BriefingsError
from generator.extract import extract
from generator.render.markdown_safe import escape_text, front_matter_string, link, one_line
from generator.records import Article
from generator.read import MAX_TITLE_CHARS, drop_duplicates, read_article
from generator.render import GENERATED_MARKER, render
from generator.render.environment import quoted
from generator.resolve import resolve
from generator.slugs import heading_id, safe_slug
from generator.publish.write import check_page_path, owned_folders, swapped_pages
from tests.conftest import ROOT

# Bounded so the whole file runs in seconds; `deadline=None` because the first examples also load
# templates and Markdown extensions; no example database, so the tests leave no folder behind.
FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that mean something to Markdown, HTML, Jinja, YAML or a table; mixed with any Unicode.
MARKUP = ["<", ">", "&", ";", "#", "[", "]", "(", ")", "!", "*", "_", "`", "\\", "|", "{", "}", "-", "=",
          "+", ".", ":", "/", "\"", "'", " ", "\n", "\t", "~", "^", "$", "%", "@", "http://", "www.",
          "&#", "&lt;", "&amp;", "<!--", "-->", "```", "    ", "1. ", "> ", "# ", "***", "---", "===",
          "[TOC]", "javascript:", "<script>", "<img src=x onerror=alert(1)>", "</p>", "{{", "}}", "{%",
          "{:", "{ .md-tag }", "\x00", "\x02", "\x03", "\x7f", "\x85", "\u202e", "\u2028", "\ufeff",
          "\ud800", "__config", "index", "con", "a", "Z", "1"]
hostile_text = st.lists(st.one_of(st.sampled_from(MARKUP), st.characters(), st.text(max_size=5)),
                        max_size=20).map("".join)
# Text the way it reaches a template: any of the above, or plain random Unicode.
any_text = st.one_of(hostile_text, st.text(max_size=40))
# Text the way the reader returns it: decoded bytes (no lone surrogates), whitespace runs collapsed.
article_text = any_text.map(lambda t: " ".join(t.encode("utf-8", "surrogatepass").decode("utf-8", "replace").split()))


def site_markdown() -> markdown.Markdown:
    """Return a Markdown converter with exactly the site's extensions and their settings."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


MARKDOWN = site_markdown()


def to_html(text: str) -> str:
    """Return the HTML of Markdown `text`, as MkDocs would make it (front matter taken off)."""
    MARKDOWN.reset()
    return MARKDOWN.convert(get_data(text)[0])


class Elements(HTMLParser):
    """Collects the tags (with attributes) and the visible text of an HTML fragment, leaving out
    the "¶" of heading permalinks."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.in_permalink = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        """Record a tag."""
        self.tags.append((tag, dict(attrs)))
        self.in_permalink = tag == "a" and dict(attrs).get("class") == "headerlink"

    def handle_endtag(self, tag: str) -> None:
        """Leave a permalink."""
        self.in_permalink = self.in_permalink and tag != "a"

    def handle_data(self, data: str) -> None:
        """Record text."""
        if not self.in_permalink:
            self.text.append(data)


# Each place a value goes in a template, and the tags it must render to (nothing more).
CONTEXTS = {
    "paragraph": ("{}\n", ["p"]),
    "heading": ("# {}\n", ["h1", "a"]),
    "list item": ("- {}\n", ["ul", "li"]),
    "list continuation": ("- a\n  {}\n", ["ul", "li"]),
    "table cell": ("| A | B |\n| --- | --- |\n| {} | x |\n", ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]),
    "quote": ("> “{}”\n> — b\n", ["blockquote", "p"]),
    "bold list item": ("- **{}**, said\n", ["ul", "li", "strong"]),
}


def shown_text(tags_and_text: Elements) -> str:
    """Return the visible text, whitespace collapsed."""
    return " ".join("".join(tags_and_text.text).split())


@FAST
@given(any_text, st.sampled_from(sorted(CONTEXTS)))
def test_escaped_text_renders_as_exactly_that_text(text, context):
    template, expected_tags = CONTEXTS[context]
    value = escape_text(text)
    if context == "bold list item" and not one_line(text).strip():
        return  # "****" is what an empty bold value looks like; values are never empty there
    if context == "bold list item" and one_line(text) != one_line(text).strip():
        value = escape_text(one_line(text).strip())  # emphasis needs no space inside its markers
    page = Elements(to_html(template.format(value)))
    assert [tag for tag, _ in page.tags if tag != "p" or context == "quote"] == [
        t for t in expected_tags if t != "p" or context == "quote"]
    assert " ".join(one_line(text).split()) in shown_text(page)


@FAST
@given(any_text)
def test_quoted_text_renders_as_text_only(text):
    page = Elements(to_html(f"> {quoted(text)}\n"))
    assert [tag for tag, _ in page.tags] == ["blockquote", "p"]
    assert shown_text(page).startswith("“") and shown_text(page).endswith("”")


@FAST
@given(any_text)
def test_link_text_is_escaped_and_the_target_kept(text):
    page = Elements(to_html(f"- {link(text, '../actors/x.md')}\n"))
    anchors = [attrs for tag, attrs in page.tags if tag == "a"]
    assert anchors == [{"href": "../actors/x.md"}]
    assert shown_text(page) == " ".join(one_line(text).split())


@FAST
@given(any_text)
def test_front_matter_title_is_one_yaml_string_without_markup(text):
    loaded = yaml.safe_load(f"title: {front_matter_string(text)}\nsearch:\n  boost: 1\n")
    assert set(loaded) == {"title", "search"}
    assert isinstance(loaded["title"], str) and not re.search(r"[<>&\n]", loaded["title"])


@FAST
@given(any_text)
def test_slugs_are_safe_and_stable(text):
    slug = safe_slug(text, "page")
    assert re.fullmatch(r"[a-z0-9_][a-z0-9_-]*", slug) and len(slug) <= 80
    assert slug not in {"index", "con", "nul"} and slug == safe_slug(text, "page")
    check_page_path(f"actors/{slug}.md")


page_paths = st.lists(st.sampled_from(["..", ".", "", "/", "actors", "index.md", "a.md", "\\", "~", "con",
                                       "/etc", "x" * 300, "\x00", "C:", "%2e%2e"]) | any_text,
                      min_size=1, max_size=4).map("/".join)


@FAST
@given(st.lists(page_paths, min_size=1, max_size=4))
def test_pages_are_written_inside_the_docs_folder_or_refused(tmp_path_factory, paths):
    root = tmp_path_factory.mktemp("write")
    docs = root / "site" / "docs"
    docs.mkdir(parents=True)
    (docs / "about.md").write_text("# Mine\n")
    try:
        with swapped_pages({p: f"{GENERATED_MARKER}\n" for p in paths}, docs):
            pass
    except (ValueError, BriefingsError):  # refused, or the system would not take the name
        pass
    outside = [p for p in root.rglob("*") if not p.is_relative_to(docs) and p != docs.parent]
    assert outside == [] and (docs / "about.md").read_text() == "# Mine\n"


@FAST
@given(any_text)
def test_heading_ids_never_take_the_themes_own_ids(text):
    from markdown.extensions.toc import slugify_unicode

    plain = slugify_unicode(text, "-")
    assert not heading_id(text, "-").startswith("__")
    assert heading_id(text, "-") == plain or plain.startswith("__")
    assert heading_id("__config", "-") == "config" and heading_id("Who's who", "-") == "whos-who"


# --- the reader ---------------------------------------------------------------------------

front_matter_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), any_text,
              st.dates().map(str), st.just("2025-02-30"), st.just("unknown")),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(any_text, inner, max_size=3)),
    max_leaves=6)
front_matter = st.dictionaries(st.one_of(st.sampled_from(["title", "date", "source", "url", "tags"]), any_text),
                               front_matter_values, max_size=6)
raw_front_matter = st.one_of(front_matter.map(lambda m: yaml.safe_dump(m, allow_unicode=True)), any_text)


def check_article(article: Article) -> None:
    """Assert the invariants of every article the reader returns."""
    assert article.title and article.title == " ".join(article.title.split()) and len(article.title) <= MAX_TITLE_CHARS
    assert article.paragraphs and all(isinstance(p, str) and p for p in article.paragraphs)
    assert article.date is None or isinstance(article.date, dt.date)
    assert article.url == "" or article.url.lower().startswith(("http://", "https://"))
    assert all(isinstance(t, str) for t in article.tags)
    assert re.fullmatch(r"[a-z0-9_][a-z0-9_-]*", article.id)


def read_or_refuse(path, data: bytes) -> Article | None:
    """Return the article in `data` written to `path`, or None if the reader refused it in one line."""
    path.write_bytes(data)
    try:
        article = read_article(path, path.parent)
    except ArticleError as err:
        assert "\n" not in str(err) and str(err).startswith(f"{path.name}: ")
        return None
    check_article(article)
    return article


@FAST
@given(data=st.one_of(st.binary(max_size=300), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.text(st.characters(max_codepoint=255), max_size=60).map(lambda t: t.encode("latin-1"))),
       suffix=st.sampled_from([".txt", ".md"]))
def test_reader_never_crashes_on_random_bytes(tmp_path_factory, data, suffix):
    read_or_refuse(tmp_path_factory.mktemp("bytes") / f"article{suffix}", data)


@FAST
@given(title=any_text, date=any_text, paragraphs=st.lists(any_text, min_size=1, max_size=4))
def test_reader_never_crashes_on_random_plain_articles(tmp_path_factory, title, date, paragraphs):
    text = "\n".join([title, date, ""] + [p + "\n" for p in paragraphs])
    read_or_refuse(tmp_path_factory.mktemp("plain") / "article.txt", text.encode("utf-8", "surrogatepass"))


@FAST
@given(meta=raw_front_matter, body=st.lists(any_text, max_size=3))
def test_reader_never_crashes_on_random_front_matter(tmp_path_factory, meta, body):
    text = f"---\n{meta}\n---\n\n" + "\n\n".join(body)
    read_or_refuse(tmp_path_factory.mktemp("front") / "article.md", text.encode("utf-8", "surrogatepass"))


@FAST
@given(st.lists(st.tuples(any_text, st.sampled_from(["a", "b"])), max_size=6))
def test_duplicates_are_dropped_and_ids_kept_distinct(names_and_bodies):
    articles = [Article(id=safe_slug(name, "article"), title="T", date=None, source="s", paragraphs=(body,),
                        path=f"seeds/{n}-{name}") for n, (name, body) in enumerate(names_and_bodies)]
    skipped: list[str] = []
    kept = drop_duplicates(articles, skipped)
    assert len(kept) == len({a.paragraphs for a in articles}) and len(skipped) == len(articles) - len(kept)
    assert len({a.id for a in kept}) == len(kept)


# --- the renderer -----------------------------------------------------------------------

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")
ACTOR_LABELS = ["PERSON", "ORG", "GPE", "NORP"]


def briefing_with_actor(article_id: str, title: str, paragraph: str, name: str, label: str):
    """Return the briefing of an article whose one paragraph names `name`, tagged as an entity."""
    prefix = "Officials said "
    text = f"{prefix}{name} met them. {paragraph}"
    article = Article(id=article_id, title=title, date=dt.date(2025, 3, 9), source=title, paragraphs=(text,),
                      path=f"seeds/{article_id}.txt", tags=(name, title))
    doc = NLP(text)
    span = doc.char_span(len(prefix), len(prefix) + len(name), label=label, alignment_mode="contract")
    if span is not None and len(span):
        doc.ents = [Span(doc, span.start, span.end, label=label)]
    return extract(article, [doc])


# Elements and attributes a payload would bring; the theme's own pages never get them from us.
FORBIDDEN_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "img", "style", "link", "meta",
                  "base", "form", "input", "textarea", "button", "video", "audio", "source", "math", "details",
                  "marquee", "noscript", "template"}


def check_page(path: str, text: str) -> None:
    """Assert a rendered page is safe: its path, its front matter, and the HTML MkDocs makes of it."""
    check_page_path(path)
    assert owned_folders({path: text}) in ([], [path.split("/")[0]])
    if not path.endswith(".md"):
        return
    meta = get_data(text)[1]
    assert isinstance(meta, dict) and not re.search(r"[<>&\n]", str(meta.get("title", "")))
    for tag, attrs in Elements(to_html(text)).tags:
        assert tag not in FORBIDDEN_TAGS or tag == "meta" and path.startswith("actors/"), (path, tag)
        for name, value in attrs.items():
            assert not name.startswith("on"), (path, tag, name)
            if name in ("href", "src", "content"):
                assert not re.match(r"\s*([a-z][a-z0-9+.-]*:|//)", value or "", re.IGNORECASE) or \
                    name == "content" and value.startswith("0; url="), (path, tag, name, value)


@SLOW
@given(title=article_text, paragraph=article_text, name=article_text, label=st.sampled_from(ACTOR_LABELS),
       other=st.tuples(article_text, article_text, article_text))
def test_rendered_pages_hold_no_markup_from_the_article(title, paragraph, name, label, other):
    title, other_title = one_line(title).strip() or "t", one_line(other[0]).strip() or "u"
    briefings = [briefing_with_actor("a", title, paragraph, name, label),
                 briefing_with_actor("b", other_title, other[1], other[2], label)]
    pages = render(resolve(briefings), ROOT / "templates")
    for path, text in pages.items():
        check_page(path, text)
    heading = Elements(to_html(pages["briefings/a.md"]))
    assert title in shown_text(heading)


@pytest.mark.parametrize("text", ["__config", "<script>alert(1)</script>", "[x](javascript:alert(1))"])
def test_known_payloads_as_actor_names(text):
    pages = render(resolve([briefing_with_actor("a", "T", text, text, "PERSON")]), ROOT / "templates")
    for path, page in pages.items():
        check_page(path, page)
