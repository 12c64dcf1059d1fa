"""Shared fixtures: paths to the seed and example pages, and one build of each per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "pages"

# Fuzz tests (tests/test_fuzz*.py): a bounded run in `make test`, a long one in `make fuzz`.
settings.register_profile("bounded", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bounded"))


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
