"""The GitHub Pages path: a push of one new article to a site of N BBC articles, built as the
workflow builds it, against a cold build of the same site.

Run from the project root (BBC texts are read from ../shared and copied only into a scratch folder
outside the repository):

    python benchmarks/bench_pages_path.py --sizes 2225       # the README's figure
    python benchmarks/bench_pages_path.py --sizes 100,300 --check   # quick, and check the site too

For each N: a scratch git repository holds the site (config, templates, hand-written pages, N
articles). A fresh clone of it is built cold (no caches). What the workflow keeps between runs
(`.briefings/`, `site/`, the generated folders of `site_src/`) is saved by copying, one article is
pushed, a fresh clone is made (every file a new mtime) and the saved folders are copied into it
(new times, new inodes, as `actions/cache` restores them); then the build, each in a fresh
process, stage by stage. `--check` then builds the same clone with MkDocs from scratch and checks
the two sites are byte-identical. `--old-workflow` also times the workflow before this change,
which kept the extraction cache only.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import DEFAULT_CORPUS, corpus_files, make_site, phase_build, write_article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# What .github/workflows/publish.yml restores and saves (its `path:` lists).
KEPT = (".briefings", "site", "site_src/briefings", "site_src/actors", "site_src/factions", "site_src/events",
        "site_src/tags", "site_src/lists")
STAGES = ("load", "read", "load tables", "extract", "resolve+render", "write", "mkdocs")
GIT = ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost", "-c", "init.defaultBranch=main"]


def git(*args: str, cwd: Path) -> None:
    """Run a git command quietly, stopping the benchmark if it fails."""
    subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True)


def make_origin(origin: Path, files: list[Path], count: int) -> None:
    """Create the scratch repository of the site with `count` articles, committed."""
    make_site(origin, files, count)
    git("init", "-q", cwd=origin)
    git("add", "-A", cwd=origin)
    git("commit", "-qm", f"{count} articles", cwd=origin)


def push_article(origin: Path, files: list[Path], index: int) -> None:
    """Commit article number `index` of the corpus to the scratch repository (the editor's push)."""
    write_article(origin / "seeds", files, index)
    git("add", "-A", cwd=origin)
    git("commit", "-qm", "one new article", cwd=origin)


def fresh_clone(origin: Path, target: Path) -> Path:
    """Return a fresh clone of the scratch repository at `target` (every file gets a new mtime)."""
    shutil.rmtree(target, ignore_errors=True)
    git("clone", "-q", str(origin), str(target), cwd=origin.parent)
    return target


def copy_kept(source: Path, target: Path, kept: tuple[str, ...] = KEPT) -> float:
    """Copy the kept folders from one clone's tree to another's with new times and inodes; return seconds."""
    started = time.perf_counter()
    for name in kept:
        if (source / name).exists():
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(source / name, target / name, copy_function=shutil.copyfile)
    return time.perf_counter() - started


def phase_full(project: Path, jobs: int) -> dict:
    """Build the project's site again with MkDocs alone and no reuse; return its timing."""
    from generator.pipeline import Project, run_mkdocs

    started = time.perf_counter()
    run_mkdocs(Project.at(project), project / "site", reuse=False)
    return {"mkdocs": time.perf_counter() - started}


def run_phase(phase: str, project: Path, jobs: int) -> dict:
    """Run one phase in a fresh Python process; return its result with the process's wall time."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--phase", phase, "--project", str(project),
                           "--jobs", str(jobs)], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{phase} on {project} failed:\n{done.stderr[-3000:]}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall": time.perf_counter() - started}


def tree(folder: Path) -> dict[str, bytes]:
    """Return {relative path: bytes} of every file under `folder`."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def measure(count: int, files: list[Path], workdir: Path, jobs: int, check: bool, old: bool) -> dict:
    """Return the cold build, the Pages-path build (and the checks asked for) at `count` articles."""
    origin, cache = workdir / f"origin-{count}", workdir / f"cache-{count}"
    make_origin(origin, files, count)
    cold_clone = fresh_clone(origin, workdir / f"clone-{count}-cold")
    cold = run_phase("build", cold_clone, jobs)
    shutil.rmtree(cache, ignore_errors=True)
    saved = copy_kept(cold_clone, cache)
    push_article(origin, files, count)
    result = {"n": count, "cold": cold, "save_s": saved}
    if old:  # the workflow before: only the extraction cache came back
        clone = fresh_clone(origin, workdir / f"clone-{count}-old")
        copy_kept(cache, clone, (".briefings/cache",))
        result["old"] = run_phase("build", clone, jobs)
        shutil.rmtree(clone, ignore_errors=True)
    clone = fresh_clone(origin, workdir / f"clone-{count}-pages")
    result["restore_s"] = copy_kept(cache, clone)
    result["pages"] = run_phase("build", clone, jobs)
    if check:
        incremental = tree(clone / "site")
        result["full"] = run_phase("full", clone, jobs)
        result["identical"] = tree(clone / "site") == incremental
    return result


def print_table(result: dict) -> None:
    """Print the stage-by-stage table of one size."""
    cold, pages, old = result["cold"], result["pages"], result.get("old")
    print(f"\n{result['n']:,} articles: cold build {cold['extracted']:,} extracted; Pages path "
          f"{pages['extracted']} extracted, {pages['cached']:,} from the restored cache; "
          f"{pages['pages']:,} generated pages\n")
    print("| stage | cold s | Pages path s | Pages/cold |" + (" old workflow s |" if old else ""))
    print("|---|---|---|---|" + ("---|" if old else ""))
    for stage in (*STAGES, "wall"):
        name = "total (a fresh process, as `briefings build`)" if stage == "wall" else stage
        a, b = cold.get(stage, 0.0), pages.get(stage, 0.0)
        cells = [name, f"{a:.1f}", f"{b:.1f}", f"{b / a:.1%}" if a else "-"]
        if old:
            cells.append(f"{old.get(stage, 0.0):.1f}")
        print("| " + " | ".join(f"**{c}**" if stage == "wall" else c for c in cells) + " |")
    print(f"\nSaving the kept folders by copying took {result['save_s']:.1f} s, restoring them "
          f"{result['restore_s']:.1f} s (actions/cache does this outside the build step).")
    if "identical" in result:
        print(f"A full MkDocs build of the same clone took {result['full']['mkdocs']:.1f} s; the sites are "
              + ("byte-identical." if result["identical"] else "DIFFERENT."))


def main() -> None:
    """Parse the arguments; run one phase (internal) or the whole benchmark."""
    from generator.extract.batch import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2225", help="comma-separated N (default 2225)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of BBC .txt articles")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="extraction processes")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefings-pages-bench"), help="scratch folder")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folders")
    parser.add_argument("--check", action="store_true", help="also check the site equals a full build's")
    parser.add_argument("--old-workflow", action="store_true", help="also time a build with the extraction "
                        "cache alone restored (the workflow before this change)")
    parser.add_argument("--phase", choices=("build", "full"), help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps((phase_build if args.phase == "build" else phase_full)(args.project, args.jobs)))
        return
    files = corpus_files(args.corpus)
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"$ python benchmarks/bench_pages_path.py --sizes {args.sizes} --jobs {args.jobs}"
          + (" --check" if args.check else "") + (" --old-workflow" if args.old_workflow else ""))
    for count in (int(n) for n in args.sizes.split(",")):
        result = measure(count, files, args.workdir, args.jobs, args.check, args.old_workflow)
        print(json.dumps(result), file=sys.stderr, flush=True)  # raw numbers, as they come
        print_table(result)
        if not args.keep:
            for path in args.workdir.glob(f"*-{count}*"):
                shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
