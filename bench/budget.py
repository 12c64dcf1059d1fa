"""Where extraction's time goes, against spaCy's tokenizer floor: each pipeline component added in turn, then the rules.

    python bench/budget.py                 # a 10k-paper corpus
    python bench/budget.py --papers 2000   # a quick look

Every row starts from a fresh pipeline (cold vocab, cold name caches), as `kg build` does, and runs once over the
same titles and summaries the floor tokenizes; the last row is the whole extraction (`extract_pages`, one process).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    import spacy

    from extract.extractor import Extractor
    from kg.build import BuildReport, extract_pages, fewer_collections, read_pages
    from run import corpus

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--papers", type=int, default=10000)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / ".work")
    args = parser.parse_args()
    pages = list(read_pages([corpus(args.work, args.papers)], BuildReport()))
    texts = [text for _, notes in pages for note in notes for text in (note.title, note.summary)]

    def pipe(nlp, make_doc) -> None:
        sum(1 for _ in nlp.pipe((make_doc(text) for text in texts), batch_size=64))

    with fewer_collections():
        blank = spacy.blank("en")
        floor = seconds(lambda: pipe(blank, blank.make_doc))
        rows = [("floor: spaCy blank('en') nlp.pipe", floor)]
        names = Extractor().nlp.pipe_names
        for upto in range(len(names) + 1):
            extractor = Extractor()
            with extractor.nlp.select_pipes(enable=names[:upto]):
                label = "+ " + names[upto - 1] if upto else "paperkg tokenizer"
                rows.append((label, seconds(lambda: pipe(extractor.nlp, extractor.make_doc))))
        rows.append(("+ rules: whole extraction, 1 process", seconds(lambda: extract_pages(pages, jobs=1))))
    print(f"{args.papers:,} papers, {len(texts):,} texts")
    print("| stage | seconds | x floor | added x floor |\n|---|---|---|---|")
    print(f"| {rows[0][0]} | {floor:.2f} | 1.0 | |")
    before = 0.0
    for label, spent in rows[1:]:
        print(f"| {label} | {spent:.2f} | {spent / floor:.1f} | {(spent - before) / floor:+.1f} |")
        before = spent


if __name__ == "__main__":
    main()
