"""A progress bar on stderr for long builds: shown after two seconds, only on a terminal, never with --quiet."""
from __future__ import annotations

import sys
from collections.abc import Callable


class Progress:
    """Pages extracted so far, then the stage being written; a no-op when disabled."""

    def __init__(self, enabled: bool, delay: float = 2.0):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=None, unit="page", desc="extracting", delay=delay, file=sys.stderr,
                            dynamic_ncols=True, leave=False)
        self.papers = 0

    def pages_found(self, count: int) -> None:
        if self.bar is not None:
            self.bar.total = count
            self.bar.refresh()

    def page_done(self, papers: int) -> None:
        self.papers += papers
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(papers=self.papers, refresh=False)

    def stage(self, name: str) -> None:
        if self.bar is not None:
            self.bar.set_description(name)

    def wrap(self, echo: Callable[[str], None] | None) -> Callable[[str], None] | None:
        """Messages printed above the bar instead of through it."""
        if self.bar is None or echo is None:
            return echo
        return lambda message: self.bar.write(message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def wants_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()
