"""`briefings serve`: MkDocs' live server, with a hook that regenerates pages before each rebuild."""
from __future__ import annotations

from pathlib import Path

from mkdocs.commands.serve import serve as mkdocs_serve

from generator.extract import language as pipeline_loader
from generator.extract.cache import ExtractionCache
from generator.extract.language import add_override_patterns
from generator.overrides import overrides_for
from generator.pipeline import Project, generate, load_mkdocs_config
from generator.publish.write import swapped_pages

HOOK_FILE = Path(__file__).with_name("serve_hook.py")
STATE: dict = {}


def serve(project: Project, dev_addr: str, model: str | None, jobs: int = 1) -> None:
    """Serve the project on `dev_addr`, watching seeds/ and templates/ as well as the docs."""
    STATE.update(project=project, nlp=pipeline_loader.load_pipeline(model), jobs=jobs, cache=None)
    mkdocs_serve(str(project.config_file), livereload=True, dev_addr=dev_addr,
                 watch=[str(project.seeds_dir), str(project.templates_dir)], hooks=[str(HOOK_FILE)])


def current_cache() -> ExtractionCache:
    """Return the session's cache, made anew if the overrides file changed its fingerprint."""
    project, nlp = STATE["project"], STATE["nlp"]
    add_override_patterns(nlp, overrides_for(project.seeds_dir))  # as `generate` will: same fingerprint
    fresh = ExtractionCache.for_project(project.root, project.seeds_dir, nlp, remember=True)
    if STATE["cache"] is None or STATE["cache"].fingerprint != fresh.fingerprint:
        STATE["cache"] = fresh  # kept in memory across rebuilds: no entry is re-read either
    return STATE["cache"]


def regenerate() -> None:
    """Regenerate the pages; only changed articles are parsed again, only changed pages written."""
    project = STATE["project"]
    outcome = generate(project, STATE["nlp"], current_cache(), report=lambda message: None, jobs=STATE["jobs"])
    for message in outcome.skipped:
        print(f"Skipped {message}")
    with swapped_pages(outcome.pages, Path(load_mkdocs_config(project).docs_dir)):
        pass
