"""Build speed, memory and size at 100 to 10,000 articles: cold build, warm rebuild, bare spaCy.

Run from the project root (BBC texts are read from ../shared and copied only into a scratch site
outside the repository):

    python benchmarks/bench_build.py                      # N = 100, 500, 2225, 10000
    python benchmarks/bench_build.py --sizes 100,500      # a quick run
    python benchmarks/bench_build.py --cold-only 10000    # 10,000 by its cold build and size only
    python benchmarks/bench_build.py --sizes 100 --repeat 5  # the median of 5 ratios: noise shows in the range

For each N it copies N BBC News 2005 articles (beyond 2,225 the same texts again with fresh
titles) into a scratch copy of the site and, each step in a fresh process, measures:
bare `nlp.pipe` over the same titles and paragraphs with the same model, batch size and processes (before and
after our build: the ratio uses the mean, so a drift of the machine's speed shows and cancels); a cold
`briefings build` (empty caches) stage by stage with peak RSS; a warm rebuild after adding one
article; and the size of the built site. Then it prints the tables.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2005" / "text"
DEFAULT_SIZES = "100,500,2225,10000"
HAND_WRITTEN = ("mkdocs.yml", "templates", "site_src")


# ---- the scratch site -------------------------------------------------------------------------

def corpus_files(corpus: Path) -> list[Path]:
    """Return the corpus articles in a fixed order."""
    files = sorted(corpus.rglob("*.txt"))
    if not files:
        sys.exit(f"no articles in {corpus}; pass --corpus PATH/TO/bbc-news-2005/text")
    return files


def article_text(source: Path, copy: int) -> str:
    """Return an article's text; copy k > 0 gets a fresh title so it is a new article."""
    text = source.read_text(encoding="utf-8")
    if copy == 0:
        return text
    title, _, rest = text.partition("\n")
    return f"{title} (edition {copy + 1})\n{rest}"


def write_article(seeds: Path, files: list[Path], index: int) -> None:
    """Write article number `index` of the (repeated) corpus into `seeds`."""
    copy, source = divmod(index, len(files))
    name = f"{files[source].stem}-e{copy + 1}.txt" if copy else files[source].name
    (seeds / name).write_text(article_text(files[source], copy), encoding="utf-8")


def generated_files(folder: str, names: list[str]) -> list[str]:
    """Return the names in `folder` of pages a previous build generated (copy only hand-written files)."""
    from generator.publish.write import is_generated

    return [n for n in names if (Path(folder) / n).is_file() and is_generated(Path(folder) / n)]


def make_site(target: Path, files: list[Path], count: int) -> None:
    """Create a scratch copy of the site with `count` articles and no generated pages or caches."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in HAND_WRITTEN:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=generated_files)
        else:
            shutil.copy(source, target / name)
    (target / "seeds").mkdir()
    for index in range(count):
        write_article(target / "seeds", files, index)


# ---- measurements, each run in a fresh process --------------------------------------------------

def peak_rss_mb() -> dict:
    """Return this process's peak RSS and its largest child's, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_main_mb": own, "rss_worker_mb": child}


class TreeMemory(threading.Thread):
    """Samples the memory of this process and all its children together, keeping the peak.

    Proportional set size (PSS): a page that forked processes share is counted once, split
    between them, so the sum is what the build takes from the machine. (The RSS of a forked worker
    counts every page it shares with the main process again.) Linux only; 0 elsewhere.
    """

    def __init__(self, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.every, self.peak_mb, self.stopped = every, 0.0, threading.Event()

    def run(self) -> None:
        """Sample until stopped."""
        while not self.stopped.wait(self.every):
            self.peak_mb = max(self.peak_mb, tree_pss_mb(os.getpid()))

    def stop(self) -> float:
        """Stop sampling; return the peak in MB."""
        self.stopped.set()
        self.join()
        return self.peak_mb


def tree_pss_mb(pid: int) -> float:
    """Return the summed PSS in MB of a process and its descendants (0 for a process that ended)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            own = sum(int(line.split()[1]) for line in f if line.startswith("Pss:")) / 1024
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            children = [int(c) for c in f.read().split()]
    except (OSError, ValueError):
        return 0.0
    return own + sum(tree_pss_mb(child) for child in children)


def phase_bare(project: Path, jobs: int) -> dict:
    """Time bare `nlp.pipe` over every title and paragraph of the seeds, as our extraction parses them."""
    from generator.extract.batch import BATCH_SIZE, processes_for
    from generator.extract.language import load_pipeline
    from generator.pipeline import Outcome, read_all
    from generator.read import find_articles

    nlp = load_pipeline()
    articles = read_all(find_articles(project / "seeds"), project, Outcome())  # duplicates skipped, as in a build
    processes = processes_for(sum(len(p) for article in articles for p in article.paragraphs), jobs)
    texts = [text for article in articles for text in (article.title, *article.paragraphs)]  # what we parse
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes):
        pass
    seconds = time.perf_counter() - started
    return {"words": sum(len(text.split()) for text in texts), "seconds": seconds, "processes": processes}


def phase_build(project: Path, jobs: int) -> dict:
    """Run a whole `briefings build` on the project, stage by stage; return timings and counts."""
    started = time.perf_counter()
    from generator.extract.language import load_pipeline
    from generator.pipeline import Project, build_site, generate

    site = Project.at(project)
    memory = TreeMemory()
    memory.start()
    nlp = load_pipeline()
    loaded = time.perf_counter() - started
    outcome = generate(site, nlp, report=lambda message: None, jobs=jobs)
    counts = {"extracted": outcome.extracted, "cached": outcome.cached, "skipped": len(outcome.skipped),
              "pages": len(outcome.pages), "rss_generate_mb": peak_rss_mb()["rss_main_mb"]}
    build_site(site, outcome, report=lambda message: None, release=True)  # as `briefings build` does
    return {"load": loaded, **outcome.timings, **counts, "in_process": time.perf_counter() - started,
            **peak_rss_mb(), "pss_tree_mb": memory.stop()}


def run_phase(phase: str, project: Path, jobs: int) -> dict:
    """Run one phase in a fresh Python process; return its result with the process's wall time."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--phase", phase, "--project", str(project),
                           "--jobs", str(jobs)], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{phase} on {project} failed:\n{done.stderr[-3000:]}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall": time.perf_counter() - started}


def site_size(site: Path) -> dict:
    """Return the built site's total bytes, its HTML pages, and the search index's bytes."""
    files = [p for p in site.rglob("*") if p.is_file()]
    search = [site / "search" / "search_index.json", site / "search" / "search_index.js"]
    by_kind: dict[str, list[int]] = {}
    for p in files:
        if p.suffix == ".html" and p.name != "404.html":
            kind = p.relative_to(site).parts[0] if len(p.relative_to(site).parts) > 1 else "home"
            by_kind.setdefault(kind, []).append(p.stat().st_size)
    return {"bytes": sum(p.stat().st_size for p in files),
            "by_kind": {kind: [len(sizes), sum(sizes), max(sizes)] for kind, sizes in sorted(by_kind.items())},
            "html_pages": sum(1 for p in files if p.suffix == ".html" and p.name != "404.html"),
            "search_bytes": sum(p.stat().st_size for p in search if p.exists())}


def measure(count: int, files: list[Path], workdir: Path, jobs: int, cold_only: bool = False,
            repeat: int = 1) -> dict:
    """Return every measurement for `count` articles (with `cold_only`, the cold build and size only).

    With `repeat` > 1 the bare / cold build / bare triple runs that many times, each cold build from
    scratch, and the triple with the median extraction ratio is kept: one run's ratio can swing by
    more than 0.1 on a noisy machine at 100 articles.
    """
    project = workdir / f"site-{count}"
    triples = []
    for _ in range(1 if cold_only else repeat):
        make_site(project, files, count)
        bare = None if cold_only else run_phase("bare", project, jobs)
        cold = run_phase("build", project, jobs)
        if bare is not None:  # bare again after the build: the machine's speed drifts over a long run
            bare = bracketed(bare, run_phase("bare", project, jobs))
        triples.append((bare, cold))
    if not cold_only:
        triples.sort(key=lambda triple: extraction_ratio(*triple))
    bare, cold = triples[len(triples) // 2]
    ratios = [] if cold_only else [extraction_ratio(*triple) for triple in triples]
    size = site_size(project / "site")
    warm = None
    if not cold_only:
        write_article(project / "seeds", files, count)  # the editor adds one article
        warm = run_phase("build", project, jobs)
    return {"n": count, "bare": bare, "cold": cold, "warm": warm, "size": size, "ratios": ratios}


def extraction_ratio(bare: dict, cold: dict) -> float:
    """Return our extraction's words/s over bare nlp.pipe's, loading the rules' tables left out."""
    return bare["seconds"] / (cold["extract"] - cold.get("load tables", 0.0))


def bracketed(before: dict, after: dict) -> dict:
    """Return the bare run as the mean of the runs before and after our build, keeping both times."""
    return {**before, "seconds": (before["seconds"] + after["seconds"]) / 2,
            "runs": [before["seconds"], after["seconds"]]}


# ---- the report ---------------------------------------------------------------------------------

def speed_row(r: dict) -> str:
    """Return the throughput and build-time row of one size ("-" where a cold-only run did not measure)."""
    cold, warm = r["cold"], r["warm"]
    if r["bare"] is None:
        bare_cells = ["-", "-", "-", "-", "-"]
    else:
        bare_wps = r["bare"]["words"] / r["bare"]["seconds"]
        ours_wps = bare_wps * extraction_ratio(r["bare"], cold)
        runs = "–".join(f"{r['bare']['words'] / seconds:,.0f}" for seconds in sorted(r["bare"]["runs"], reverse=True))
        bare_cells = [f"{r['bare']['words']:,}", str(r["bare"]["processes"]), f"{bare_wps:,.0f} ({runs})",
                      f"{ours_wps:,.0f}", f"{ours_wps / bare_wps:.2f}" + spread(r.get("ratios", []))]
    warm_cells = ["-", "-"] if warm is None else [f"{warm['wall']:.1f}", f"{warm['wall'] / cold['wall']:.1%}"]
    cells = [f"{r['n']:,}", *bare_cells, f"{cold['extract']:.1f} ({cold.get('load tables', 0.0):.1f})",
             f"{cold['resolve+render']:.1f}", f"{cold['write'] + cold['mkdocs']:.1f}",
             f"{cold['wall']:.1f}",
             f"{cold['rss_main_mb']:,.0f} ({cold['rss_generate_mb']:,.0f}) + {cold['rss_worker_mb']:,.0f}",
             f"{cold.get('pss_tree_mb', 0):,.0f}",
             *warm_cells]
    return "| " + " | ".join(cells) + " |"


def spread(ratios: list[float]) -> str:
    """Return ' (lowest–highest of k runs)' when the ratio was measured more than once."""
    return f" ({ratios[0]:.2f}–{ratios[-1]:.2f} of {len(ratios)})" if len(ratios) > 1 else ""


def warm_row(r: dict) -> str:
    """Return the stage breakdown of the warm rebuild of one size."""
    w = r["warm"]
    cells = [f"{r['n']:,}", f"{w['extracted']} / {w['cached']:,}", f"{w['load']:.1f}", f"{w['read']:.1f}",
             f"{w['extract']:.1f}", f"{w['resolve+render']:.1f}", f"{w['write']:.1f}", f"{w['mkdocs']:.1f}",
             f"{w['wall']:.1f}", f"{w['rss_main_mb']:,.0f}"]
    return "| " + " | ".join(cells) + " |"


def size_row(r: dict) -> str:
    """Return the output-size row of one size."""
    s = r["size"]
    cells = [f"{r['n']:,}", str(r["cold"]["skipped"]), f"{r['cold']['pages']:,}", f"{s['html_pages']:,}", f"{s['bytes'] / 1e6:,.1f}",
             f"{s['bytes'] / max(s['html_pages'], 1) / 1e3:.1f}", f"{s['search_bytes'] / 1e6:,.1f}"]
    return "| " + " | ".join(cells) + " |"


def print_tables(results: list[dict], jobs: int) -> None:
    """Print the three tables of a run."""
    print(f"\njobs={jobs}; model and machine the same for every row; times in seconds; peak RSS in MB: "
          f"main process (its peak before MkDocs) + largest worker process (extraction or rendering; its RSS "
          f"counts pages shared with the main process again); peak memory in MB: PSS of all the build's "
          f"processes together, sampled every 0.2 s (shared pages counted once); bare nlp.pipe runs before "
          f"and after the cold build: the mean of the two (each in brackets) is the one ours is divided by; "
          f"our extraction leaves out loading the rules' tables (in brackets under extract), as bare leaves out "
          f"loading the model\n")
    print("| articles | words | procs | bare nlp.pipe w/s | our extraction w/s | ours/bare | extract (tables) "
          "| resolve+render | write+mkdocs | cold build | peak RSS | peak memory | rebuild +1 | rebuild/cold |")
    print("|" + "---|" * 14)
    for r in results:
        print(speed_row(r))
    print("\nWarm rebuild after adding one article, by stage:\n")
    print("| articles | extracted / cached | load model | read | extract | resolve+render | write | mkdocs "
          "| total | RSS |")
    print("|" + "---|" * 10)
    for r in results:
        if r["warm"] is not None:
            print(warm_row(r))
    print("\nOutput size:\n")
    print("| articles | skipped (duplicates) | generated pages | HTML pages | site MB | KB per page "
          "| search index MB (json+js) |")
    print("|" + "---|" * 7)
    for r in results:
        print(size_row(r))
    kinds = sorted({kind for r in results for kind in r["size"].get("by_kind", {})})
    print("\nHTML pages by kind (folder): pages, mean KB, largest KB\n")
    print("| articles | " + " | ".join(kinds) + " |")
    print("|" + "---|" * (len(kinds) + 1))
    for r in results:
        cells = []
        for kind in kinds:
            count, total, largest = r["size"].get("by_kind", {}).get(kind, (0, 0, 0))
            cells.append(f"{count:,}, {total / max(count, 1) / 1e3:.1f}, {largest / 1e3:.0f}" if count else "-")
        print(f"| {r['n']:,} | " + " | ".join(cells) + " |")


def main() -> None:
    """Parse the arguments; run one phase (internal) or the whole benchmark."""
    from generator.extract.batch import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"comma-separated N (default {DEFAULT_SIZES})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of BBC .txt articles")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="extraction processes")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefings-bench"), help="scratch folder")
    parser.add_argument("--keep", action="store_true", help="keep the scratch sites")
    parser.add_argument("--cold-only", default="", help="comma-separated N to measure by a cold build and "
                        "the site's size only (no bare nlp.pipe, no rebuild): for the 10,000 row on a slow machine")
    parser.add_argument("--repeat", type=int, default=1, help="run bare / cold build / bare this many times "
                        "per size and keep the median extraction ratio (the machine's noise shows in the range)")
    parser.add_argument("--phase", choices=("bare", "build"), help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        result = (phase_bare if args.phase == "bare" else phase_build)(args.project, args.jobs)
        print(json.dumps(result))
        return
    files, results = corpus_files(args.corpus), []
    cold_only = {int(n) for n in args.cold_only.split(",") if n}
    for count in (int(n) for n in args.sizes.split(",")):
        results.append(measure(count, files, args.workdir, args.jobs, count in cold_only, args.repeat))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)  # raw numbers, as they come
        if not args.keep:
            shutil.rmtree(args.workdir / f"site-{count}", ignore_errors=True)
    print(f"$ python benchmarks/bench_build.py --sizes {args.sizes} --jobs {args.jobs}"
          + (f" --cold-only {args.cold_only}" if args.cold_only else "")
          + (f" --repeat {args.repeat}" if args.repeat > 1 else ""))
    print_tables(results, args.jobs)


if __name__ == "__main__":
    main()
