"""rdflib against pyoxigraph on a graph of about a million triples: load time and query time.

    .venv/bin/python bench/query_bench.py [--triples 1000000] [--seeds ../shared/seeds] [--rdflib-timeout 600]

The big graph is the seed build tiled: each copy gets its own papers and results; two copies in
three also rename their entities (a long tail of rare names), the third shares them with the seed,
as every copy shares venues and areas. It is
written once as N-Triples and as Turtle; each engine loads the Turtle file (what `kg build`
writes) and runs queries from queries/. rdflib runs in a child process with a time limit, since
some queries take many minutes at this size: ">N" is a query stopped after N seconds, "not run"
the ones after it.

Measured with --rdflib-timeout 1500 on 2 cores shared with other jobs, 1,000,000 triples, 129 MB of Turtle:

    step                          rdflib s  pyoxigraph s
    load graph.ttl                  251.84        14.08
    papers-per-venue                 22.15         1.23
    top-decode-speedups              20.87         1.75
    ttft-reductions                  61.91         1.87
    benchmarks-across-venues        >1100          1.34
    kv-cache-papers-by-venue       not run         3.87
    top-models                     not run         1.68
    model-benchmark-pairs          not run         2.93
    rdflib Graph -> N-Triples        17.83               (the cost of handing an rdflib graph to pyoxigraph)
"""
from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["papers-per-venue", "top-decode-speedups", "ttft-reductions", "benchmarks-across-venues",
           "kv-cache-papers-by-venue", "top-models", "model-benchmark-pairs"]


def tiled_ntriples(seed_nt: list[str], base: str, triples: int) -> str:
    """Copies of the seed triples, papers and results renamed per copy, until TRIPLES lines."""
    lines: dict[str, None] = {}  # ordered set: a shared entity's triples count once
    copy = 0
    paper_prefix, result_prefix, entity_prefix = f"<{base}paper-", f"<{base}result-", f"<{base}e-"
    while len(lines) < triples:
        tag = f"c{copy}-"
        for line in seed_nt:
            renamed = line.replace(paper_prefix, paper_prefix + tag).replace(result_prefix, result_prefix + tag)
            if copy % 3:  # two copies in three rename their entities too: a long tail of rare names
                renamed = renamed.replace(entity_prefix, entity_prefix + tag)
            lines[renamed] = None
        copy += 1
    return "".join(list(lines)[:triples])


def make_graph(seeds: Path, workdir: Path, triples: int) -> tuple[Path, int]:
    import pyoxigraph as ox

    from kg.build import build
    from kg.vocab import DEFAULT_BASE

    report = build([seeds], workdir / "seed", html=False)
    from export.turtle import to_rdf

    seed_nt = to_rdf(report.graph).serialize(format="nt").splitlines(keepends=True)
    nt = workdir / "big.nt"
    nt.write_text(tiled_ntriples(seed_nt, DEFAULT_BASE, triples), encoding="utf-8")
    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    ttl = workdir / "graph.ttl"
    store.dump(str(ttl), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
               prefixes={"kg": "https://w3id.org/paperkg/ns#", "id": DEFAULT_BASE})
    return ttl, len(store)


def oxigraph_times(ttl: Path) -> dict[str, float]:
    from kg.query import run_query
    from kg.rdffile import read_store

    start = time.perf_counter()
    store = read_store(ttl)
    times = {"load": time.perf_counter() - start}
    from kg.query import _run_oxigraph  # the engine alone, on the store just loaded

    for name in QUERIES:
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        start = time.perf_counter()
        rows = len(_run_oxigraph(store, text, name, {}).rows)
        times[name] = time.perf_counter() - start
        times[f"{name} rows"] = rows
    start = time.perf_counter()
    run_query(ttl, ROOT / "queries" / "papers-per-venue.rq")
    times["kg query end to end"] = time.perf_counter() - start
    return times


def _rdflib_child(ttl: str, queue) -> None:
    from rdflib import Graph

    from kg.query import PREFIXES

    start = time.perf_counter()
    graph = Graph().parse(ttl, format="turtle")
    queue.put(("load", time.perf_counter() - start))
    start = time.perf_counter()
    graph.serialize(format="nt", encoding="utf-8")
    queue.put(("serialize nt (copy to pyoxigraph)", time.perf_counter() - start))
    for name in QUERIES:
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        start = time.perf_counter()
        rows = len(list(graph.query(text, initNs=PREFIXES)))
        queue.put((name, time.perf_counter() - start))
        queue.put((f"{name} rows", rows))


def rdflib_times(ttl: Path, timeout: float) -> dict[str, float]:
    queue = multiprocessing.get_context("spawn").Queue()
    child = multiprocessing.get_context("spawn").Process(target=_rdflib_child, args=(str(ttl), queue))
    child.start()
    times, deadline, last = {}, time.monotonic() + timeout, time.monotonic()
    while child.is_alive() or not queue.empty():
        try:
            key, value = queue.get(timeout=max(0.1, min(5.0, deadline - time.monotonic())))
            times[key] = value
            last = time.monotonic()
        except Exception:  # queue.Empty
            if time.monotonic() > deadline:
                child.terminate()
                times["stopped after"] = time.monotonic() - last  # the step running then took longer
                break
    child.join()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--rdflib-timeout", type=float, default=600, help="seconds for all rdflib work")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ttl, count = make_graph(args.seeds, Path(tmp), args.triples)
        print(f"graph: {count:,} triples, {ttl.stat().st_size / 1e6:.0f} MB of Turtle")
        fast = oxigraph_times(ttl)
        slow = rdflib_times(ttl, args.rdflib_timeout)
    print(f"{'step':<36}{'rdflib s':>10}{'pyoxigraph s':>14}{'ratio':>8}{'rows':>7}")
    stopped = False
    for key in ["load", *QUERIES]:
        ox_s, rd_s = fast.get(key), slow.get(key)
        ratio = f"{rd_s / ox_s:.0f}x" if ox_s and rd_s else "-"
        rd_text = f"{rd_s:.2f}" if rd_s is not None else "not run" if stopped else f">{slow.get('stopped after', 0):.0f}"
        stopped = stopped or rd_s is None
        print(f"{key:<36}{rd_text:>10}{ox_s:>14.3f}{ratio:>8}{fast.get(f'{key} rows', ''):>7}")
    for key in ("serialize nt (copy to pyoxigraph)",):
        print(f"{key:<36}{slow.get(key, float('nan')):>10.2f}")
    print(f"{'kg query end to end (load + query)':<36}{'':>10}{fast['kg query end to end']:>14.3f}")


if __name__ == "__main__":
    main()
