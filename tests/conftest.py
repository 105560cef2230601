"""Shared fixtures: a blank English pipeline with entity rules (fast), and the real model (slow)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import spacy

from generator.extract import extract
from generator.records import Article
from generator.extract.language import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_72eccff349c78508.txt"

# (label, words) patterns for the rule pipeline; the same names the real model finds in the seed.
RULE_ENTITIES = [
    ("PERSON", "Marco Rubio"), ("PERSON", "Rubio"), ("ORG", "Trump"), ("PERSON", "Trump"),
    ("PERSON", "Mike Waltz"), ("PERSON", "Waltz"), ("PERSON", "Sergei Lavrov"), ("PERSON", "Kirill Dmitriev"),
    ("PERSON", "Dmitriev"), ("PERSON", "Gordon Brown"), ("PERSON", "Nick Brown"), ("PERSON", "Brown"),
    ("PERSON", "Tony Blair"), ("PERSON", "Blair"), ("PERSON", "Steve Witkoff"),
    ("ORG", "the Russian Direct Investment Fund"), ("ORG", "National Security"), ("ORG", "State"),
    ("GPE", "U.S."), ("GPE", "the United States"), ("GPE", "Russia"), ("GPE", "U.S.-Russia"),
    ("NORP", "Russian"), ("NORP", "Western"), ("GPE", "Riyadh"), ("GPE", "America"),
]


def make_rule_pipeline():
    """Return spacy.blank('en') with a sentencizer and an entity ruler for RULE_ENTITIES."""
    return rule_pipeline(*RULE_ENTITIES)


def rule_pipeline(*entities: tuple[str, str]):
    """Return a blank English pipeline whose entity ruler tags exactly these (label, text) pairs."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in entities])
    return nlp


@pytest.fixture(scope="session")
def rule_nlp():
    """Return the fast rule pipeline."""
    return make_rule_pipeline()


@pytest.fixture(scope="session")
def model_nlp():
    """Return the real installed English model (the README's set-up installs it)."""
    return load_pipeline()


def make_article(*paragraphs: str, title: str = "Test article", article_id: str = "test",
                 date: dt.date | None = dt.date(2025, 3, 9)) -> Article:
    """Return an in-memory article."""
    return Article(id=article_id, title=title, date=date, source="test", paragraphs=tuple(paragraphs))


def brief(nlp, *paragraphs: str, **kwargs):
    """Return the briefing of the paragraphs, parsed by `nlp`."""
    article = make_article(*paragraphs, **kwargs)
    return extract(article, list(nlp.pipe(article.paragraphs)))


def two_briefings(nlp):
    """Return briefings of two articles that share actors under different names."""
    first = brief(nlp, "Marco Rubio met Sergei Lavrov in Riyadh.", article_id="first",
                  title="Riyadh talks", date=dt.date(2025, 2, 18))
    second = brief(nlp, "Rubio said talks with Russia would go on.", article_id="second",
                   title="Rubio speaks", date=dt.date(2025, 3, 1))
    return first, second


def actor_named(briefing, name: str):
    """Return the briefing's one actor with this canonical name (fails if none or several)."""
    found = [a for a in briefing.actors if a.name == name]
    assert len(found) == 1, f"{name!r}: {[a.name for a in briefing.actors]}"
    return found[0]


@pytest.fixture
def site_project(tmp_path):
    """Return a scratch copy of the project's site parts (config, templates, hand-written pages, seed)."""
    for name in ("templates", "site_src"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("briefings", "actors", "index.md"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    return tmp_path
