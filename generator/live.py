"""`briefings serve`: MkDocs' live server, with a hook that regenerates pages before each rebuild."""
from __future__ import annotations

from pathlib import Path

from mkdocs.commands.serve import serve as mkdocs_serve

from generator import nlp as pipeline_loader
from generator.pipeline import ExtractionMemo, Project, generate, load_mkdocs_config
from generator.write import swapped_pages

HOOK_FILE = Path(__file__).with_name("serve_hook.py")
STATE: dict = {}


def serve(project: Project, dev_addr: str, model: str | None) -> None:
    """Serve the project on `dev_addr`, watching seeds/ and templates/ as well as the docs."""
    STATE.update(project=project, nlp=pipeline_loader.load_pipeline(model), memo=ExtractionMemo())
    mkdocs_serve(str(project.config_file), livereload=True, dev_addr=dev_addr,
                 watch=[str(project.seeds_dir), str(project.templates_dir)], hooks=[str(HOOK_FILE)])


def regenerate() -> None:
    """Regenerate the pages; only changed articles are parsed again, only changed pages written."""
    project = STATE["project"]
    outcome = generate(project, STATE["nlp"], STATE["memo"], report=lambda message: None)
    for message in outcome.skipped:
        print(f"Skipped {message}")
    with swapped_pages(outcome.pages, Path(load_mkdocs_config(project).docs_dir)):
        pass
