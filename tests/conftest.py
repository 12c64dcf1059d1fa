"""Shared fixtures: paths to the seed and example pages, and one build of each per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "pages"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """kg build over the five seed pages: the report (graph included) and the output folder."""
    out = tmp_path_factory.mktemp("seed-build")
    return build([SEEDS], out, echo=None), out


@pytest.fixture(scope="session")
def example_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("example-build")
    return build([EXAMPLES], out, echo=None), out


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import make_nlp

    return make_nlp()
