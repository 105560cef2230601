"""Extraction cache: generic round trip, what is re-extracted and what is not, bad entries, pruning."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
import spacy

import generator.extract.batch
from generator.extract import cache as cache_module
from generator.extract import source_files
from generator.extract.cache import CACHE_FOLDER, CacheEntryError, ExtractionCache, fingerprint, from_plain, to_plain
from generator.records import Briefing
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
    real = generator.extract.batch.extract

    def counting(article, docs, headline=None):
        calls.append(article.id)
        return real(article, docs, headline)
    monkeypatch.setattr(generator.extract.batch, "extract", counting)
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


FAKE_PACKAGE = {
    "__init__.py": "",
    "records.py": "RECORDS = 1\n",
    "slugs.py": "SLUG = 1\n",
    "cli.py": "from generator import extract, render\n",
    "render/__init__.py": "from generator.render.pages import PAGES\n",
    "render/pages.py": "PAGES = 1\n",
    "extract/__init__.py": "from generator.extract.titles import TITLES\nfrom generator.records import RECORDS\n",
    "extract/titles.py": "from ..slugs import SLUG\nTITLES = 1\n",
    "extract/unused.py": "UNUSED = 1\n",
    "lexicons/__init__.py": "",
    "lexicons/roles.py": "ROLES = frozenset()\n",
    "lexicons/data/verbs.tsv": "say\tverbal\n",
}


def fake_package(root: Path) -> Path:
    """Return a package laid out as the real one, with FAKE_PACKAGE's files."""
    for name, text in FAKE_PACKAGE.items():
        (root / "generator" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "generator" / name).write_text(text)
    return root / "generator"


def test_the_source_hash_covers_the_extraction_trees_and_what_they_import(tmp_path):
    package = fake_package(tmp_path)
    hashes = [source_files.extraction_source_hash(package)]

    def changed(path: str, text: str) -> bool:
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text(text)
        hashes.append(source_files.extraction_source_hash(package))
        return hashes[-1] != hashes[-2]
    assert changed("extract/unused.py", "UNUSED = 2\n")  # imported by nobody: the whole tree counts
    assert changed("extract/new_rule.py", "NEW = 1\n")  # a new module, before anyone imports it
    assert changed("lexicons/data/verbs.tsv", "say\tverbal\ntell\tverbal\n")  # a data file
    assert changed("lexicons/data/nouns.txt", "rebels\n")  # a new data file, any extension
    assert changed("lexicons/roles.py", "ROLES = frozenset({'envoy'})\n")
    assert changed("records.py", "RECORDS = 2\n")  # imported by extract/
    assert changed("slugs.py", "SLUG = 2\n")  # imported by a relative import of an imported module
    assert not changed("render/pages.py", "PAGES = 2\n")  # extraction never imports it
    assert not changed("cli.py", "from generator import extract\n")
    assert not changed("extract/__pycache__/titles.cpython-311.pyc", "bytes")  # Python's own cache
    assert changed("extract/titles.py", "from ..slugs import SLUG\nfrom generator.render import PAGES\n")
    assert changed("render/pages.py", "PAGES = 3\n")  # imported now, and so is the package that holds it
    assert {p.relative_to(package).as_posix() for p in source_files.extraction_files(package)} == {
        "__init__.py", "records.py", "slugs.py", "render/__init__.py", "render/pages.py", "extract/__init__.py",
        "extract/titles.py", "extract/unused.py", "extract/new_rule.py", "lexicons/__init__.py", "lexicons/roles.py",
        "lexicons/data/verbs.tsv", "lexicons/data/nouns.txt"}


def test_editing_any_file_of_the_real_extraction_trees_changes_the_key(tmp_path):
    real = Path(source_files.__file__).resolve().parent.parent
    package = tmp_path / "generator"
    shutil.copytree(real, package, ignore=shutil.ignore_patterns("__pycache__"))
    files = source_files.extraction_files(package)
    trees = [p for p in files if p.relative_to(package).parts[0] in ("extract", "lexicons")]
    assert {"extract/__init__.py", "extract/mentions.py", "extract/cache.py", "lexicons/__init__.py",
            "lexicons/data/cameo_verbs.tsv", "lexicons/data/classes.tsv", "lexicons/data/person_nouns.txt",
            "lexicons/data/LICENSE-wordnet.txt"} <= {p.relative_to(package).as_posix() for p in trees}
    top = {p.relative_to(package).as_posix() for p in files if len(p.relative_to(package).parts) == 1}
    assert {"records.py", "overrides.py", "slugs.py"} <= top and not top & {"cli.py", "pipeline.py"}
    assert not [p for p in files if p.relative_to(package).parts[0] in ("render", "resolve", "publish")]
    before = source_files.extraction_source_hash(package)
    for path in trees:
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert source_files.extraction_source_hash(package) != before, path
        path.write_bytes(original)
    assert source_files.extraction_source_hash(package) == before


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
    from generator.publish import live

    nlp = make_rule_pipeline()  # its own: the overrides add an entity ruler to it
    monkeypatch.setattr(live, "STATE", {"project": Project.at(site_project), "nlp": nlp, "jobs": 1, "cache": None})
    first = live.current_cache()
    assert live.current_cache() is first and first.memory is not None
    (site_project / "seeds" / "actors.yml").write_text("actors:\n  marco-rubio:\n    name: Marco Rubio\n")
    second = live.current_cache()
    assert second is not first and live.current_cache() is second
