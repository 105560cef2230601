"""Publishing and reading: the Pages workflow passes actionlint, the Atom feed, the network picture
at 500 actors, backlinks with context, tag pages and the home page."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from generator.backlinks import add_backlinks
from generator.extract import extract
from generator.feed import ATOM, FEED_PATH
from generator.graph import MAX_EDGES, MAX_NODES, network_picture, strongest_network
from generator.models import Appearance, CollectionActor
from generator.render import GENERATED_MARKER, render
from generator.resolve import resolve
from generator.write import is_generated, swapped_pages
from tests.conftest import ROOT, make_article

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
NS = {"a": ATOM}


def article_briefing(nlp, *paragraphs: str, **kwargs):
    """Return the briefing of an in-memory article (accepts `tags`, unlike conftest's `brief`)."""
    tags = kwargs.pop("tags", ())
    article = dataclasses.replace(make_article(*paragraphs, **kwargs), tags=tuple(tags))
    return extract(article, list(nlp.pipe(article.paragraphs)))


@pytest.fixture
def pages(rule_nlp):
    """Return the rendered pages of three small articles, one with a hostile title and tags."""
    briefings = [
        article_briefing(rule_nlp, "Marco Rubio met Sergei Lavrov in Riyadh.", article_id="first",
                         title="Riyadh talks", date=dt.date(2025, 2, 18)),
        article_briefing(rule_nlp, "Rubio said talks with Russia would go on.", article_id="second",
                         title="Rubio speaks", date=dt.date(2025, 3, 1), tags=["Diplomacy"]),
        article_briefing(rule_nlp, "Steve Witkoff flew to Russia.", article_id="third",
                         title="<script>alert(1)</script> & \x07Witkoff", date=None, tags=["<b>x</b>"]),
    ]
    return render(resolve(briefings), ROOT / "templates")


# ---- the workflow -------------------------------------------------------------------------------

def actionlint() -> str:
    """Return the actionlint command installed by the test extras (next to this Python)."""
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert found, "actionlint is missing: pip install -e '.[test]'"
    return found


def test_the_publish_workflow_passes_actionlint():
    result = subprocess.run([actionlint(), "-no-color", str(WORKFLOW.relative_to(ROOT))], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs-on: ${{ matrix.os }}", 1))
    result = subprocess.run([actionlint(), "-no-color", str(broken)], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1 and "matrix" in result.stdout


def test_the_workflow_builds_with_the_cache_and_deploys_site_to_pages():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = workflow["jobs"]["build"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    runs = [s.get("run") for s in steps]
    build = next(i for i, run in enumerate(runs) if run and "briefings build" in run)
    assert uses.index("actions/cache/restore") < build < uses.index("actions/cache/save")
    caches = [s["with"]["path"].split() for s in steps if "actions/cache" in s.get("uses", "")]
    assert len(caches) == 2 and caches[0] == caches[1]  # what is restored is what is saved
    assert {".briefings", "site", "site_src/briefings", "site_src/actors"} <= set(caches[0])
    assert "site_src" not in caches[0]  # restoring the hand-written pages would put back old copies
    assert "pip install -e ." in runs
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


# ---- the feed -----------------------------------------------------------------------------------

def test_the_feed_is_valid_atom_with_an_entry_per_briefing(pages):
    text = pages[FEED_PATH]
    assert GENERATED_MARKER in text.splitlines()[1]
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.tag == f"{{{ATOM}}}feed" and feed.findtext("a:updated", namespaces=NS) == "2025-03-01T00:00:00Z"
    entries = feed.findall("a:entry", NS)
    assert [e.findtext("a:title", namespaces=NS) for e in entries] == [
        "Rubio speaks", "Riyadh talks", "<script>alert(1)</script> & Witkoff"]  # as text, control gone
    assert [e.find("a:link", NS).get("href") for e in entries] == ["second.html", "first.html", "third.html"]
    ids = [e.findtext("a:id", namespaces=NS) for e in entries]
    assert len(set(ids)) == 3 and all(i.startswith("urn:uuid:") for i in ids)
    categories = [c.get("term") for c in entries[0].findall("a:category", NS)]
    assert categories == ["Russia", "Diplomacy"]
    assert entries[2].findtext("a:updated", namespaces=NS) == "2025-03-01T00:00:00Z"  # undated: the newest date


def test_the_home_page_links_the_feed(pages):
    assert "[Atom feed](briefings/feed.xml)" in pages["index.md"]


def test_the_writer_treats_the_feed_as_generated(pages, tmp_path):
    docs = tmp_path / "site_src"
    for _ in range(2):  # the second run finds last run's feed in the generated folder
        with swapped_pages(pages, docs):
            pass
    assert is_generated(docs / FEED_PATH)
    assert (docs / FEED_PATH).read_text(encoding="utf-8") == pages[FEED_PATH]


# ---- the network picture ------------------------------------------------------------------------

def synthetic_actors(count: int, seed: int = 1) -> tuple[list[CollectionActor], dict[str, list[str]]]:
    """Return `count` actors with few popular hubs and each one's ten strongest ties, plus factions."""
    rng = random.Random(seed)
    ids = [f"actor-{i:03d}" for i in range(count)]
    ties: dict[str, dict[str, int]] = {i: {} for i in ids}
    for k, a in enumerate(ids):
        for _ in range(8):
            b = ids[min(int(rng.paretovariate(1.2)) - 1 + rng.randrange(0, count, 50) * (rng.random() < .5), count - 1)]
            if b != a:
                ties[a][b] = ties[b][a] = rng.randint(1, 30 if ids.index(b) < 20 else 5)
    actors = [CollectionActor(id=a, name=f"Actor <{k}> & Co", kind="person", aliases=(), roles=(),
                              appearances=(Appearance("b", "x", max(1, 200 // (k + 1)), ""),),
                              related=tuple(sorted(ties[a].items(), key=lambda t: (-t[1], t[0]))[:10]))
              for k, a in enumerate(ids)]
    return actors, {a: [f"Faction {k % 12}"] for k, a in enumerate(ids) if k % 3 == 0}


def test_the_network_of_500_actors_shows_the_strongest_ties_in_a_bounded_picture():
    actors, factions = synthetic_actors(500)
    network = strongest_network(actors, factions)
    assert len(network.nodes) <= MAX_NODES and len(network.edges) == MAX_EDGES
    strongest = max(c for a in actors for _, c in a.related)
    assert max(c for _, _, c in network.edges) == strongest
    assert 1 <= len(network.legend) <= 8
    picture = network_picture(network)
    assert len(picture.encode()) < 40_000  # the same size at 500 actors as at 5,000
    svg = ET.fromstring(str(picture)).find("{http://www.w3.org/2000/svg}svg")
    circles = svg.findall(".//{http://www.w3.org/2000/svg}circle")
    assert len(circles) == len(network.nodes) + len(network.legend)
    names = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}title")]
    assert "Actor <0> & Co: 200 mentions" in names  # escaped in the file, read back as text
    hrefs = [a.get("href") for a in svg.iter("{http://www.w3.org/2000/svg}a")]
    assert all(h.startswith("actor-") and h.endswith(".html") for h in hrefs)
    assert network_picture(strongest_network(actors, factions)) == picture  # byte-identical rebuilds


def test_a_few_actors_without_ties_draw_no_picture():
    actors, factions = synthetic_actors(3)
    lonely = [dataclasses.replace(a, related=()) for a in actors]
    assert network_picture(strongest_network(lonely, factions)) == ""


def test_actor_pages_carry_the_small_network_and_the_index_the_large_one(pages):
    assert 'class="actor-network"' in pages["actors/index.md"]
    rubio = pages["actors/marco-rubio.md"]
    assert 'class="actor-network"' in rubio and 'href="sergei-lavrov.html"' in rubio


# ---- backlinks ----------------------------------------------------------------------------------

def test_pages_say_which_pages_link_to_them_with_context(pages):
    briefing = pages["briefings/first.md"]
    linked_from = briefing.split("## Linked from", 1)[1]
    assert "- [Marco Rubio](../actors/marco-rubio.md): **Riyadh talks** (18 February 2025, 1 mention):" in linked_from
    assert "[Briefings](" not in linked_from and "index.md" not in linked_from  # index pages are no backlinks
    lavrov = pages["actors/sergei-lavrov.md"].split("## Linked from", 1)[1]
    assert "[Marco Rubio](marco-rubio.md): **Sergei Lavrov** — 1 shared sentence" in lavrov
    assert "../briefings/" not in lavrov  # its "Briefings" section already quotes each briefing


def test_backlink_context_is_cut_at_spaces_and_keeps_escapes_whole():
    long = " ".join(["word"] * 40)
    pages = {"a.md": "# A\n", "b.md": f"# B \\*\n\n- {long} \\*star\\* [A](a.md) &#91;x&#93; {long}\n"}
    section = add_backlinks(pages)["a.md"].split("## Linked from", 1)[1]
    line = next(l for l in section.splitlines() if l.startswith("- [B"))
    assert line.startswith("- [B \\*](b.md): … word") and line.endswith("word …")
    assert "\\*star\\* **A** &#91;x&#93;" in line


# ---- tags and the home page ---------------------------------------------------------------------

def front_matter(page: str) -> dict:
    """Return a page's YAML front matter."""
    return yaml.safe_load(page.split("---\n")[1])


def test_briefings_actors_and_factions_are_tagged_and_every_tag_has_a_page(pages):
    assert front_matter(pages["briefings/second.md"])["tags"] == ["Russia", "Diplomacy"]
    assert front_matter(pages["briefings/third.md"])["tags"] == ["Russia", "‹b›x‹/b›"]
    assert front_matter(pages["actors/russia.md"])["tags"] == ["Russia"]  # its kind is no tag: the A-to-Z lists do that
    assert "[Russia](../tags/russia.md){ .md-tag }" in pages["briefings/second.md"]
    russia = pages["tags/russia.md"]
    assert "[Rubio speaks](../briefings/second.md)" in russia and "[Russia](../actors/russia.md)" in russia
    assert "[Diplomacy](diplomacy.md) (1 page)" in pages["tags/index.md"]
    for path, text in pages.items():  # the marker stays near the top, however many tags
        assert GENERATED_MARKER in text.splitlines()[:8], path


def test_the_home_page_lists_latest_briefings_actors_and_the_feed(pages):
    home = pages["index.md"]
    assert home.index("## Latest briefings") < home.index("[Rubio speaks](briefings/second.md)")
    assert "## Most mentioned actors" in home and "[Russia](actors/russia.md)" in home
