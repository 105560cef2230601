"""Extraction cache: generic round trip, what is re-extracted and what is not, bad entries, pruning."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
import spacy

import generator.batch
from generator import cache as cache_module
from generator.cache import CACHE_FOLDER, CacheEntryError, ExtractionCache, fingerprint, from_plain, to_plain
from generator.models import Briefing
from generator.pipeline import Outcome, Project, build_site, extract_cached, generate
from tests.conftest import brief, make_article, make_rule_pipeline

PARAGRAPHS = ("Foreign Minister Sergei Lavrov met Marco Rubio in Riyadh.",
              "Rubio said the United States wants a deal. Russia said it would listen.")


@dataclasses.dataclass(frozen=True)
class Leaf:
    """A nested value with every kind of field the models use or may use."""

    name: str
    when: dt.date | None
    score: float
    flags: tuple[bool, ...]


@dataclasses.dataclass(frozen=True)
class Tree:
    """A tree of frozen dataclasses, as `models.py` grows new ones."""

    leaves: tuple[Leaf, ...]
    pair: tuple[str, int]
    index: dict[tuple[str, str], str]
    optional_leaf: Leaf | None = None
    note: str = "default"


def json_round_trip(value, hint):
    """Return `value` serialised to JSON text and rebuilt as a `hint`."""
    return from_plain(hint, json.loads(json.dumps(to_plain(value))))


@pytest.fixture
def counted(monkeypatch):
    """Count the articles the extractor is called on (by id), through the real extractor."""
    calls: list[str] = []
    real = generator.batch.extract

    def counting(article, docs, headline=None):
        calls.append(article.id)
        return real(article, docs, headline)
    monkeypatch.setattr(generator.batch, "extract", counting)
    return calls


def extract_with_cache(articles, nlp, folder: Path) -> list[Briefing]:
    """Return the briefings as a fresh build would get them: a new cache object on `folder`."""
    return extract_cached(list(articles), nlp, ExtractionCache(folder, "fingerprint"), Outcome())


def entry_files(folder: Path) -> list[Path]:
    """Return the cache's entry files."""
    return sorted(folder.glob("*/*.json"))


def test_a_real_briefing_round_trips_through_json(rule_nlp):
    briefing = brief(rule_nlp, *PARAGRAPHS, title="Talks", article_id="talks")
    assert briefing.actors and briefing.actors[0].mentions and any(a.roles for a in briefing.actors)
    assert json_round_trip(briefing, Briefing) == briefing
    undated = dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, date=None))
    assert json_round_trip(undated, Briefing) == undated


def test_any_frozen_dataclass_tree_round_trips_from_its_type_hints():
    tree = Tree(leaves=(Leaf("a", dt.date(2025, 3, 9), 1.5, (True, False)), Leaf("b", None, 2, ())),
                pair=("x", 3), index={("briefing", "local"): "global"}, optional_leaf=Leaf("c", None, 0.0, ()))
    rebuilt = json_round_trip(tree, Tree)
    assert rebuilt == tree and isinstance(rebuilt.leaves[1].score, float)
    assert json_round_trip(Tree((), ("y", 0), {}), Tree) == Tree((), ("y", 0), {})  # defaults left as they are


@pytest.mark.parametrize("data", [
    {"leaves": [], "pair": ["x", 1], "index": [], "colour": "red"},  # a field this class does not have
    {"leaves": [], "pair": ["x", 1]},  # a required field missing
    {"leaves": [{"name": 1, "when": None, "score": 1.0, "flags": []}], "pair": ["x", 1], "index": []},
    {"leaves": [], "pair": ["x", "1"], "index": []},  # wrong scalar type
    {"leaves": [], "pair": ["x", 1, 2], "index": []},  # wrong tuple length
    [],
])
def test_data_of_another_schema_is_refused(data):
    with pytest.raises(CacheEntryError):
        from_plain(Tree, data)


def test_an_unchanged_article_is_not_extracted_again(rule_nlp, tmp_path, counted):
    articles = [make_article(*PARAGRAPHS, article_id="one"), make_article("Tony Blair met Gordon Brown.", article_id="two")]
    first = extract_with_cache(articles, rule_nlp, tmp_path)
    assert counted == ["one", "two"] and len(entry_files(tmp_path)) == 2
    second = extract_with_cache(articles, rule_nlp, tmp_path)
    assert counted == ["one", "two"]  # nothing parsed the second time
    assert second == first


def test_a_changed_article_is_extracted_again(rule_nlp, tmp_path, counted):
    one, two = make_article(*PARAGRAPHS, article_id="one"), make_article("Tony Blair met Gordon Brown.", article_id="two")
    extract_with_cache([one, two], rule_nlp, tmp_path)
    edited = dataclasses.replace(two, paragraphs=("Tony Blair met Nick Brown.",))
    briefings = extract_with_cache([one, edited], rule_nlp, tmp_path)
    assert counted == ["one", "two", "two"]
    assert "Nick Brown" in [a.name for a in briefings[1].actors]
    assert len(entry_files(tmp_path)) == 2  # the old version's entry was pruned


def corrupt(path: Path) -> None:
    """Cut an entry file in half."""
    path.write_text(path.read_text()[: len(path.read_text()) // 2])


def foreign(path: Path) -> None:
    """Give an entry another key, as if copied from another cache."""
    entry = json.loads(path.read_text())
    path.write_text(json.dumps({**entry, "key": "0" * 64}))


def other_schema(path: Path) -> None:
    """Give an entry's briefing a field the model does not have."""
    entry = json.loads(path.read_text())
    entry["briefing"]["actors"][0]["colour"] = "red"
    path.write_text(json.dumps(entry))


def other_article(path: Path) -> None:
    """Put another article's briefing under this entry's key."""
    entry = json.loads(path.read_text())
    entry["briefing"]["article"]["title"] = "Something else"
    path.write_text(json.dumps(entry))


@pytest.mark.parametrize("damage", [corrupt, foreign, other_schema, other_article, lambda p: p.write_text("[1]")])
def test_a_bad_entry_is_extracted_again_and_replaced(rule_nlp, tmp_path, counted, damage):
    article = make_article(*PARAGRAPHS, article_id="one")
    [good] = extract_with_cache([article], rule_nlp, tmp_path)
    [entry] = entry_files(tmp_path)
    damage(entry)
    cache = ExtractionCache(tmp_path, "fingerprint")
    assert cache.get(article) is None and cache.rejected == 1
    assert extract_with_cache([article], rule_nlp, tmp_path) == [good]
    assert counted == ["one", "one"]
    assert ExtractionCache(tmp_path, "fingerprint").get(article) == good  # repaired on disk


def test_entries_are_written_whole_and_keyed_by_fingerprint(rule_nlp, tmp_path):
    article = make_article(*PARAGRAPHS, article_id="one")
    extract_with_cache([article], rule_nlp, tmp_path)
    assert [p.name for p in tmp_path.rglob("*") if p.is_file() and p.name.startswith(".tmp-")] == []
    assert ExtractionCache(tmp_path, "another model").get(article) is None


def test_fingerprint_covers_model_overrides_and_extractor_version(rule_nlp, tmp_path, monkeypatch):
    overrides = tmp_path / "actors.yml"
    base = fingerprint(rule_nlp, overrides)
    overrides.write_text("aliases: {}\n")
    with_overrides = fingerprint(rule_nlp, overrides)
    overrides.write_text("aliases: {Rubio: marco-rubio}\n")
    assert len({base, with_overrides, fingerprint(rule_nlp, overrides)}) == 3
    other_version, same = spacy.blank("en"), spacy.blank("en")
    other_version.meta["version"] = "9.9.9"
    assert fingerprint(other_version) != fingerprint(same) == fingerprint(spacy.blank("en"))
    before_bump = fingerprint(rule_nlp)
    monkeypatch.setattr(cache_module, "EXTRACTOR_VERSION", cache_module.EXTRACTOR_VERSION + 1)
    assert fingerprint(rule_nlp) != before_bump


def test_the_source_hash_follows_what_extraction_imports(tmp_path):
    package = tmp_path / "generator"
    package.mkdir()
    (package / "extract.py").write_text("from generator import titles\n")
    (package / "titles.py").write_text("from .countries import NAMES\n")
    (package / "countries.py").write_text("NAMES = {}\n")
    (package / "render.py").write_text("PAGES = 1\n")
    source_hash = lambda: cache_module.extraction_source_hash(package)  # noqa: E731
    before = source_hash()
    (package / "render.py").write_text("PAGES = 2\n")  # extraction never imports it
    assert source_hash() == before
    (package / "countries.py").write_text("NAMES = {'us': 'United States'}\n")  # imported by an import
    changed = source_hash()
    assert changed != before
    (package / "events.py").write_text("EVENTS = 1\n")
    assert source_hash() == changed
    (package / "extract.py").write_text("from generator import titles\nfrom generator.events import EVENTS\n")
    assert source_hash() != changed  # a new extraction module counts once extract imports it
    assert [p.name for p in cache_module.extraction_modules(package)] == [
        "countries.py", "events.py", "extract.py", "titles.py"]
    real = {p.name for p in cache_module.extraction_modules()}
    assert {"extract.py", "clusters.py", "titles.py", "countries.py", "models.py"} <= real
    assert not real & {"render.py", "resolve.py", "write.py", "cli.py", "pipeline.py"}


def test_a_deleted_article_loses_its_pages_and_its_entry(rule_nlp, site_project, counted):
    (site_project / "seeds" / "second.txt").write_text("Second story\n2025-04-01\n\nTony Blair met Gordon Brown.\n")
    project = Project.at(site_project)
    outcome = generate(project, rule_nlp, report=lambda message: None)
    build_site(project, outcome, report=lambda message: None)
    cache_folder = site_project / CACHE_FOLDER
    assert len(entry_files(cache_folder)) == 2
    assert (site_project / "site" / "actors" / "tony-blair.html").is_file()
    (site_project / "seeds" / "second.txt").unlink()
    outcome = generate(project, rule_nlp, report=lambda message: None)
    assert (outcome.extracted, outcome.cached) == (0, 1)
    build_site(project, outcome, report=lambda message: None)
    assert "actors/tony-blair.md" not in outcome.pages and "briefings/second.md" not in outcome.pages
    assert not (site_project / "site_src" / "actors" / "tony-blair.md").exists()
    assert not (site_project / "site" / "actors" / "tony-blair.html").exists()
    assert not (site_project / "site" / "briefings" / "second.html").exists()
    assert len(entry_files(cache_folder)) == 1
    assert sorted(counted) == ["000_72eccff349c78508", "second"]


def test_serve_keeps_one_cache_in_memory_until_the_overrides_change(site_project, monkeypatch):
    from generator import live

    nlp = make_rule_pipeline()  # its own: the overrides add an entity ruler to it
    monkeypatch.setattr(live, "STATE", {"project": Project.at(site_project), "nlp": nlp, "jobs": 1, "cache": None})
    first = live.current_cache()
    assert live.current_cache() is first and first.memory is not None
    (site_project / "seeds" / "actors.yml").write_text("actors:\n  marco-rubio:\n    name: Marco Rubio\n")
    second = live.current_cache()
    assert second is not first and live.current_cache() is second
