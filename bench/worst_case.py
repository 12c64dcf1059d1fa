"""Time extraction of adversarial summaries (20,000 characters, the longest a summary is read): rules must stay near
linear however many names, figures or clauses a summary holds."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.extractor import Extractor  # noqa: E402
from extract.readers.problems import MAX_FIELD_CHARS as LIMIT  # noqa: E402  (the readers warn beyond it)
from kg.records import Note  # noqa: E402

CASES = {
    "hyphenated capitalised words": " ".join(["Alpha-Beta-Gamma-Delta-Epsilon"] * 700),
    "figures with baselines": " and ".join(f"{i}.5× faster than ZetaNet{i}" for i in range(900)),
    "a long subject": "the cache is " * 1500 + "4× smaller.",
    "a list of new names": "new datasets for it: " + ", ".join(f"Set{i}K" for i in range(2500)),
    "verbs carried over a list": " ".join(f"reduces latency by {i}% and memory" for i in range(700)),
    "'while' clauses": ". ".join(f"It keeps {i}% while ZetaNet{i} reaches only {i}%" for i in range(700)),
    "nested parentheses (spaCy's tokenizer)": "(" * 2000 + "A" + ")" * 2000,
}


def main() -> None:
    extractor = Extractor()
    print("| summary | characters | seconds |\n|---|---|---|")
    for name, text in CASES.items():
        note = Note(title="A Test: Worst Cases", summary=text[:LIMIT], venue="BENCH", year=2026, area="Bench",
                    source="bench", line=1)
        start = time.perf_counter()
        list(extractor.extract([note]))
        print(f"| {name} | {len(text[:LIMIT]):,} | {time.perf_counter() - start:.2f} |")


if __name__ == "__main__":
    main()
