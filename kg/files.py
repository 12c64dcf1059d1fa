"""Atomic writes: a temporary file beside the target, then a rename, so no half-written output survives; a set of
outputs is staged whole first, so a failure part-way leaves every one of them as it was."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: Path, data: str | bytes | Iterable[str]) -> None:
    """data may also be an iterable of text chunks, written as they come (big outputs never sit in memory whole)."""
    owner = os.getpid()
    write_staged(Path(path), data, owner)  # a set of one file
    commit_staged([Path(path)], owner)


def staged_path(path: Path, owner: int) -> Path:
    """Where `owner` (a process id) stages `path` until every file of its set is written."""
    return path.with_name(f".{path.name}.{owner}.tmp")


def write_staged(path: Path, data: str | bytes | Iterable[str], owner: int) -> None:
    """Write data to staged_path(path, owner), complete and synced; commit_staged() moves it into place."""
    temporary = staged_path(Path(path), owner)
    temporary.parent.mkdir(parents=True, exist_ok=True)
    try:
        _write_synced(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), str(temporary), data)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def commit_staged(paths: list[Path], owner: int) -> None:
    """Move each staged file onto its path: a set of outputs changes together, after all of it was written."""
    try:
        for path in paths:  # the one rename that cannot work is checked before any is done
            if Path(path).is_dir():
                raise IsADirectoryError(21, "a folder is where the file should go", str(path))
        for path in paths:
            os.replace(staged_path(path, owner), path)
    except BaseException:
        discard_staged(paths, owner)
        raise
    for folder in {Path(path).parent for path in paths}:
        _sync_folder(folder)


def discard_staged(paths: list[Path], owner: int) -> None:
    for path in paths:
        staged_path(path, owner).unlink(missing_ok=True)


def _write_synced(handle: int, temporary: str, data: str | bytes | Iterable[str]) -> None:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with os.fdopen(handle, "wb") as stream:  # owns the descriptor from here, closed on any error
        os.chmod(temporary, 0o666 & ~_umask())
        if isinstance(payload, bytes):
            stream.write(payload)
        else:
            for chunk in payload:
                stream.write(chunk.encode("utf-8"))
        stream.flush()
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX); a no-op where folders cannot be opened."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
