"""Publishing on GitHub Pages: the workflow passes actionlint, and builds with the cache and deploys `site/`."""
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


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
