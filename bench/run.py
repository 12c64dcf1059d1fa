"""Benchmark kg build at several corpus sizes: end to end, spaCy's tokenizer floor, and every stage.

    python bench/run.py                           # 10k and 50k papers (make bench)
    python bench/run.py --sizes 10000 50000 200000 --jobs 2
    python bench/run.py --sizes 1000 --no-e2e      # a quick look at the stages

Corpora are made once from the seed pages (bench/corpus.py) under --work (default bench/.work).
Each size runs in fresh processes, so peak memory (max RSS) belongs to that size alone.
Times are wall-clock seconds on whatever else the machine is doing: run it on a quiet machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def corpus(work: Path, papers: int) -> Path:
    from corpus import make_corpus

    folder = work / f"corpus-{papers}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        make_corpus(SEEDS, folder, papers)
        stamp.write_text(str(papers))
    return folder


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(folder: Path, out: Path, jobs: int) -> dict:
    """Every stage in this process, one after another, as kg build runs them (cache off)."""
    import spacy

    from export.fast_turtle import to_fast_turtle
    from export.graphml import to_graphml
    from export.nodelink import to_node_link
    from export.ntriples import to_ntriples
    from export.turtle import prefixes, rdf_triples
    from kg.build import BuildReport, extract_pages, read_pages
    from kg.files import write_atomic
    from kg.graph import build_graph

    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def timed(name, work, *args, **kwargs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work(*args, **kwargs)
        timings[name], cpu[name] = time.perf_counter() - start, time.process_time() - start_cpu
        return result

    pages = timed("read", lambda: list(read_pages([folder], BuildReport())))
    notes = [note for _, page_notes in pages for note in page_notes]
    texts = [text for note in notes for text in (note.title, note.summary)]
    words = sum(len(text.split()) for text in texts)
    blank = spacy.blank("en")
    timed("floor: spaCy blank('en') nlp.pipe", lambda docs: sum(1 for _ in docs), blank.pipe(texts, batch_size=256))
    if jobs > 1:  # first: workers forked after a run in this process would start with its warm name caches
        timed(f"extract ({jobs} processes)", extract_pages, pages, jobs=jobs)
    extractions = timed("extract (1 process)", extract_pages, pages, jobs=1)
    del pages, texts
    graph = timed("graph", build_graph, extractions)
    del extractions
    out.mkdir(parents=True, exist_ok=True)
    timed("write graph.ttl", lambda: write_atomic(out / "graph.ttl", to_fast_turtle(rdf_triples(graph), prefixes())))
    timed("write graph.nt", lambda: write_atomic(out / "graph.nt", to_ntriples(rdf_triples(graph))))
    timed("write graph.graphml", lambda: write_atomic(out / "graph.graphml", to_graphml(graph)))
    timed("write graph.json", lambda: write_atomic(out / "graph.json", to_node_link(graph)))
    triples = sum(1 for _ in open(out / "graph.nt", encoding="utf-8"))
    return {"papers": len(notes), "words": words, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "triples": triples, "timings": timings, "cpu": cpu, "peak_mb": peak_mb()}


def run_measured(command: list[str]) -> tuple[float, float, float, str, float]:
    """Wall seconds, CPU seconds (with its children), peak RSS in MB (largest process), stdout of a command, and the
    peak of its processes' summed PSS in MB (sampled 4 times a second; shared pages counted once)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    total_peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            total_peak[0] = max(total_peak[0], tree_pss_mb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = process.stdout.read(), process.stderr.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, total_peak[0]


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and all its descendants, in MB (0 where /proc does not tell)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as rollup:
                total += next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    pending += map(int, children.read().split())
        except (OSError, StopIteration, ValueError):
            continue  # gone meanwhile, or no /proc
    return total / 1024


def kg_build(folder: Path, out: Path, jobs: int, cache: bool) -> tuple[float, float, float, float]:
    command = [str(Path(sys.executable).parent / "kg"), "build", str(folder), "-o", str(out), "--no-html", "-q", "-j", str(jobs)]
    seconds, cpu, peak, _, total = run_measured(command + ([] if cache else ["--no-cache"]))
    return seconds, cpu, peak, total


def row(papers, words, stage, seconds, cpu=None, peak=None, total=None) -> str:
    rate = f"{papers / seconds:,.0f}" if seconds else ""
    word_rate = f"{words / seconds / 1000:,.0f}k" if seconds else ""
    cpu = f"{cpu:.1f}" if cpu is not None else ""
    peak = f"{peak:,.0f}" if peak is not None else ""
    total = f"{total:,.0f}" if total else ""
    return f"| {papers:,} | {stage} | {seconds:.1f} | {cpu} | {rate} | {word_rate} | {peak} | {total} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--jobs", type=int, default=2, help="processes for the --jobs runs (default 2)")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / ".work")
    parser.add_argument("--no-stages", action="store_true", help="skip the stage-by-stage run")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end kg build runs")
    parser.add_argument("--full-upto", type=int, default=50_000,
                        help="above this many papers, run only the clean -j N build (no -j 1, no cache runs)")
    parser.add_argument("--stage-worker", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage_worker:
        from kg.build import fewer_collections

        with fewer_collections():  # as kg build runs the stages
            print(json.dumps(stages(Path(args.stage_worker[0]), Path(args.stage_worker[1]), args.jobs)))
        return

    print(f"paperkg benchmark: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, jobs={args.jobs}, "
          f"load average {os.getloadavg()[0]:.1f} at start\n")
    print("| papers | stage | wall s | CPU s | papers/s | words/s | peak RSS MB (largest process) | peak PSS MB (all processes) |")
    print("|---|---|---|---|---|---|---|---|")
    summary = []
    for size in args.sizes:
        folder = corpus(args.work, size)
        out = args.work / f"out-{size}"
        shutil.rmtree(out, ignore_errors=True)
        words = None
        if not args.no_stages:
            _, _, peak, stdout, _ = run_measured([sys.executable, __file__, "--stage-worker", str(folder), str(out / "stages"),
                                            "--jobs", str(args.jobs)])
            result = json.loads(stdout)
            words, timings = result["words"], result["timings"]
            for stage, seconds in timings.items():
                print(row(size, words, stage, seconds, result["cpu"][stage] if "processes" not in stage else None),
                      flush=True)
            floor = timings["floor: spaCy blank('en') nlp.pipe"]
            ratios = [f"{name.removeprefix('extract ')} {seconds / floor:.1f}x" for name, seconds in timings.items()
                      if name.startswith("extract")]
            print(f"| {size:,} | stages in one process ({result['nodes']:,} nodes, {result['edges']:,} edges, "
                  f"{result['triples']:,} triples) | {sum(timings.values()):.1f} | | | | {peak:,.0f} | |", flush=True)
            summary.append(f"{size:,} papers, {words:,} words: extraction / floor = {', '.join(ratios)}")
        if not args.no_e2e:
            words = words or sum(len(line.split()) for page in folder.glob("*.txt")
                                 for line in page.read_text(encoding="utf-8").splitlines()[2:] if line != "-")
            full = size <= args.full_upto
            for jobs in sorted({1, args.jobs}) if full else [args.jobs]:
                measured = kg_build(folder, out / f"e2e-j{jobs}", jobs, cache=False)
                print(row(size, words, f"**kg build --no-html -j {jobs}** (clean, no cache)", *measured), flush=True)
            if not full:
                shutil.rmtree(out, ignore_errors=True)
                continue
            cold = out / "incremental"
            from kg.cache import rule_version

            rules = rule_version()
            measured = kg_build(folder, cold, args.jobs, cache=True)
            print(row(size, words, f"kg build --no-html -j {args.jobs} (cache being filled)", *measured), flush=True)
            measured = kg_build(folder, cold, args.jobs, cache=True)
            changed = " (rules edited meanwhile: cache invalid, all re-extracted)" if rule_version() != rules else ""
            print(row(size, words, f"kg build --no-html -j {args.jobs} again (every page cached){changed}", *measured),
                  flush=True)
        shutil.rmtree(out, ignore_errors=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    for line in summary:
        print(line)


if __name__ == "__main__":
    main()
