"""The wheel: built offline from a copy of the source, it ships every module and data file and runs from a fresh venv."""
from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kg", "extract", "export")
SOURCES = ("pyproject.toml", "README.md", *PACKAGES)
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


def shipped_files(root: Path) -> list[str]:
    """Every module and data file of the three packages, as wheel paths."""
    found = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            relative = path.relative_to(root)
            if path.is_file() and "__pycache__" not in relative.parts and (
                    path.suffix == ".py" or "data" in relative.parts):
                found.append(relative.as_posix())
    return found


DATA_FILES = [name for name in shipped_files(ROOT) if "/data/" in name]


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=180, **kwargs)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A copy of the package sources, so the build leaves no build/ or egg-info in the work tree."""
    copy = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, copy / name, ignore=IGNORE)
        else:
            shutil.copy2(ROOT / name, copy / name)
    return copy


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                           "--quiet", "-w", str(dist), str(source)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, ("building the wheel needs the build requirements in this venv: "
                                  f"pip install -e '.[test]'\n{done.stdout}\n{done.stderr}")
    (built,) = dist.glob("paperkg-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def fresh(wheel, tmp_path_factory) -> tuple[Path, dict]:
    """A fresh venv holding only the wheel; dependencies come from this venv's site-packages on PYTHONPATH."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel)
    paths = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(PYTHONPATH=os.pathsep.join(paths), PYTHONNOUSERSITE="1")
    return venv, env


def test_packaging_wheel_has_only_the_three_packages(names):
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == set(PACKAGES)


def test_packaging_wheel_ships_every_module_and_data_file(source, names):
    missing = [name for name in shipped_files(source) if name not in names]
    assert not missing


@pytest.mark.parametrize("name", DATA_FILES)
def test_packaging_wheel_ships_data_file(names, name):
    assert name in names


@pytest.mark.parametrize("pattern", ["extract/data/cues.json", "extract/data/lexicon/*.txt", "export/data/*",
                                     "extract/readers/*.py", "extract/components/*.py"])
def test_packaging_wheel_ships_required_parts(names, pattern):
    assert fnmatch.filter(names, pattern)


def test_packaging_wheel_declares_console_script(wheel, names):
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(entry_points).decode()
    assert "kg = kg.cli:app" in text


IMPORT_CHECK = """
import importlib, json, pkgutil
import kg, extract, export
modules = []
for package in (kg, extract, export):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        importlib.import_module(info.name)
        modules.append(info.name)
from extract.lexicons import load_cues, load_lexicon
from extract.pipeline import make_nlp
doc = make_nlp()('It reaches a 1.34x speedup with LLaMA3 on an A100.')
print(json.dumps({'files': [p.__file__ for p in (kg, extract, export)], 'modules': modules,
                  'lexicon': len(load_lexicon().types), 'cues': sorted(load_cues()),
                  'figures': [s.text for s in doc.spans['figures']],
                  'lexicon_spans': [s.text for s in doc.spans['lexicon']]}))
"""


@pytest.fixture(scope="module")
def installed(fresh, tmp_path_factory) -> dict:
    venv, env = fresh
    done = run(venv / "bin" / "python", "-c", IMPORT_CHECK, cwd=tmp_path_factory.mktemp("elsewhere"), env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_packaging_imports_from_the_fresh_venv(fresh, installed):
    venv, _ = fresh
    assert all(Path(f).resolve().is_relative_to(venv.resolve()) for f in installed["files"])


@pytest.mark.parametrize("module", ["extract.readers", "extract.components", "kg.cli", "export.turtle"])
def test_packaging_imports_every_module(installed, module):
    assert module in installed["modules"]


def test_packaging_installed_data_files_load(installed):
    assert installed["lexicon"] > 0
    assert installed["cues"]
    assert installed["figures"] == ["1.34x"]
    assert "A100" in installed["lexicon_spans"]


def test_packaging_console_script_builds(fresh, tmp_path):
    venv, env = fresh
    run(venv / "bin" / "kg", "build", ROOT / "examples" / "pages", "-o", tmp_path / "out", "-q", cwd=tmp_path, env=env)
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"graph.ttl", "graph.html", "graph.graphml", "graph.json"}
