"""The hostile corpus built into a real site: every payload shows as text, files land only in
generated folders under safe slugs. `build_hostile_site` is shared with the browser test.

The corpus is `tests/data/hostile/` (one article per payload of `tests/data/hostile_payloads.jsonl`,
families from the OWASP XSS filter evasion cheat sheet plus Markdown, template, YAML and Unicode
tricks); articles with hostile file names are added here, because such names cannot be checked
out on every system.
"""
from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.render.markdown_safe import one_line
from generator.extract.language import load_pipeline
from generator.pipeline import Project, build_site, generate
from generator.read import drop_duplicates, find_articles, read_article
from generator.slugs import short_hash
from generator.publish.write import check_page_path
from tests.conftest import ROOT

pytestmark = pytest.mark.model

DATA = ROOT / "tests" / "data"
GENERATED_FOLDERS = ("briefings", "actors", "factions", "events", "tags", "lists")
# Article file names an attacker or a tired editor might choose; each must land on a safe slug.
HOSTILE_FILE_NAMES = ["<script>alert(1)<script>.txt", "CON.txt", "index.txt", "ｉｎｄｅｘ.md",
                      "Аpple.txt", "Apple.txt", "a b.txt", "A-B.md", "x" * 200 + ".txt",
                      "javascript:alert(1).txt", "%2e%2e%2fetc%2fpasswd.txt", "$(id); rm -rf ~.txt",
                      "__config.txt", "'quote\".md"]
SAFE_SLUG = re.compile(r"^[a-z0-9_][a-z0-9_-]*$")


def payloads(family: str | None = None) -> list[dict]:
    """Return the rows of the payload list, all of them or one family's."""
    rows = [json.loads(line) for line in (DATA / "hostile_payloads.jsonl").read_text().splitlines()]
    return [r for r in rows if family is None or r["family"] == family]


def hostile_nlp():
    """Return the real model, plus rules that tag the hostile actor names as people.

    The model alone rarely calls `Eve" onmouseover="...` a person; the rules make sure hostile
    names, roles and aliases reach every page that shows actors.
    """
    nlp = load_pipeline()
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    # The reader turns character references into characters ("Walter &lt;b&gt; Entity" -> "Walter <b> Entity").
    names = {form for row in payloads("actor name") for form in (row["payload"], html.unescape(row["payload"]))}
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"ORTH": t.text} for t in nlp.make_doc(name)]}
                        for name in sorted(names)])
    return nlp


def write_hostile_named_articles(seeds: Path) -> None:
    """Add one small article per hostile file name, two of them with the same title."""
    for n, name in enumerate(HOSTILE_FILE_NAMES):
        title = "Same title twice" if n < 2 else f"Hostile file name {n}"
        head = f"# {title}" if name.endswith(".md") else f"{title}\n2025-03-{n + 1:02d}"
        (seeds / name).write_text(f"{head}\n\nMarco Rubio met Sergei Lavrov, story {n} from {name}.\n",
                                  encoding="utf-8")


def build_hostile_site(root: Path) -> Project:
    """Return a project in `root` with the hostile corpus built into `site/` by the real flow."""
    for name in ("templates", "site_src"):
        shutil.copytree(ROOT / name, root / name,
                        ignore=shutil.ignore_patterns(*GENERATED_FOLDERS, "index.md"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(DATA / "hostile", root / "seeds")
    write_hostile_named_articles(root / "seeds")
    project = Project.at(root)
    outcome = generate(project, hostile_nlp(), report=lambda line: None)
    assert outcome.skipped == []
    build_site(project, outcome, report=lambda line: None)
    return project


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Project:
    """Return the built hostile project (built once per test session)."""
    return build_hostile_site(tmp_path_factory.mktemp("hostile"))


class HeadingText(HTMLParser):
    """Collects the text of the page's first <h1>, without its permalink."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.done, self.parts = 0, False, []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        """Enter the first h1; skip its permalink anchor."""
        if tag == "h1" and not self.done:
            self.depth = 1
        elif self.depth and tag == "a" and ("class", "headerlink") in attrs:
            self.depth = 2

    def handle_endtag(self, tag: str) -> None:
        """Leave the permalink or the h1."""
        if self.depth == 2 and tag == "a":
            self.depth = 1
        elif self.depth and tag == "h1":
            self.depth, self.done = 0, True

    def handle_data(self, data: str) -> None:
        """Keep text inside the h1."""
        if self.depth == 1:
            self.parts.append(data)


def heading_of(html_file: Path) -> str:
    """Return the text of the first <h1> of a built page."""
    parser = HeadingText()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return "".join(parser.parts).strip()


def test_the_corpus_holds_every_payload_family():
    texts = "\n".join(p.read_text(encoding="utf-8") for p in (DATA / "hostile").iterdir())
    rows = payloads()
    assert len(rows) >= 30 and len({r["family"] for r in rows}) >= 15
    for row in rows:
        first_line = row["payload"].replace("\x00", "\x01").split("\n")[0]
        assert first_line in texts or json.dumps(first_line)[1:-1] in texts, row


def test_every_title_shows_exactly_as_written(hostile_site):
    seeds = hostile_site.seeds_dir
    site = hostile_site.root / "site" / "briefings"
    articles = drop_duplicates([read_article(path, hostile_site.root) for path in find_articles(seeds)], [])
    assert len(articles) == len(find_articles(seeds))
    for article in articles:
        assert heading_of(site / f"{article.id}.html") == one_line(article.title), article.path


def generated_files(project: Project) -> list[Path]:
    """Return the files of the project's docs folder that are not hand-written pages."""
    docs = project.root / "site_src"
    hand_written = {p.relative_to(ROOT / "site_src") for p in (ROOT / "site_src").rglob("*")
                    if p.is_file() and p.relative_to(ROOT / "site_src").parts[0] not in GENERATED_FOLDERS
                    and p.name != "index.md"}
    return [p.relative_to(docs) for p in docs.rglob("*") if p.is_file()
            and p.relative_to(docs) not in hand_written and p.relative_to(docs) != Path("index.md")]


def test_generated_files_stay_in_generated_folders(hostile_site):
    files = generated_files(hostile_site)
    assert len(files) > 100
    for relative in files:
        assert relative.parts[0] in GENERATED_FOLDERS and len(relative.parts) == 2, relative
        assert relative.suffix in (".md", ".xml") and len(relative.name.encode()) <= 255, relative
    assert not [p for p in hostile_site.root.iterdir() if p.name not in
                {"templates", "site_src", "seeds", "mkdocs.yml", "site", ".briefings"}]


@pytest.mark.parametrize("folder", ["briefings", "actors"])
def test_briefing_and_actor_pages_have_safe_slugs(hostile_site, folder):
    names = [p.stem for p in (hostile_site.root / "site_src" / folder).glob("*.md")]
    assert [n for n in names if not (SAFE_SLUG.match(n) and len(n) <= 80) and n != "index"] == []


def test_hostile_file_names_get_distinct_stable_slugs(hostile_site):
    def ids() -> dict[str, str]:
        articles = [read_article(hostile_site.seeds_dir / name, hostile_site.root) for name in HOSTILE_FILE_NAMES]
        return {Path(a.path).name: a.id for a in drop_duplicates(articles, [])}

    named = ids()
    assert named == ids()  # stable
    assert len(set(named.values())) == len(HOSTILE_FILE_NAMES)  # distinct, same title or not
    assert all(SAFE_SLUG.match(i) and len(i) <= 80 for i in named.values()), named
    assert {"index", "con"}.isdisjoint(named.values()) and named["__config.txt"] == "config"
    assert named["Apple.txt"] == "apple" and named["Аpple.txt"].startswith("pple-")  # Cyrillic "А"
    # "index" is reserved (the folder's own index page); the full-width name folds to the same slug
    # and, second by name, gets its path's hash as well.
    assert named["index.txt"] == "index-1bc04b52"
    assert named["ｉｎｄｅｘ.md"] == f"index-1bc04b52-{short_hash('seeds/ｉｎｄｅｘ.md')}"
    built = {p.stem for p in (hostile_site.root / "site_src" / "briefings").glob("*.md")}
    assert set(named.values()) <= built


def test_a_very_long_actor_name_cannot_break_the_build(tmp_path):
    name = " ".join(["Zyxwvut"] * 45)  # a 359-character "person", as a run of capitalised words can be
    nlp = load_pipeline()
    nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True}).add_patterns(
        [{"label": "PERSON", "pattern": name}])
    text = f"Foreign Minister {name} met Marco Rubio in Riyadh on Tuesday, officials said.\n"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "long.txt").write_text(f"Long names\n2025-03-09\n\n{text}")
    project = dataclasses.replace(Project.at(tmp_path), templates_dir=ROOT / "templates")
    outcome = generate(project, nlp, report=lambda line: None)
    check_pages = [check_page_path(path) for path in outcome.pages]
    assert len(check_pages) > 3
