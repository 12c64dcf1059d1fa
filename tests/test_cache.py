"""The build cache holds data, not code: JSON records that read back equal, and a planted pickle is ignored."""
from __future__ import annotations

import json
import pickle
import sqlite3
import zlib

from conftest import EXAMPLES

from kg.build import BuildReport, build, extract_notes, read_notes
from kg.cache import CACHE_NAME
from kg.records import extraction_from_dict, extraction_to_dict


def test_cache_records_round_trip_through_json():
    extractions = extract_notes(read_notes([EXAMPLES], BuildReport()))
    assert [extraction_from_dict(json.loads(json.dumps(extraction_to_dict(e)))) for e in extractions] == extractions


class Planted:
    def __reduce__(self):
        return (exec, ("import pathlib; pathlib.Path('PLANTED').write_text('ran')",))


def test_cache_never_unpickles_a_planted_entry(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    build([EXAMPLES], tmp_path / "out", html=False)
    db = sqlite3.connect(tmp_path / "out" / CACHE_NAME)
    stored = [zlib.decompress(data) for (data,) in db.execute("SELECT data FROM pages")]
    assert stored and all(isinstance(json.loads(item), list) for item in stored)
    db.execute("UPDATE pages SET data = ?", (zlib.compress(pickle.dumps(Planted())),))
    db.commit()
    db.close()
    build([EXAMPLES], tmp_path / "out", html=False)
    assert not (tmp_path / "PLANTED").exists()
