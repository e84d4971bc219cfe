"""Files the command line and the window write: the path checked before any transaction, the bytes
written atomically (a temporary file in the same folder, fsync, `os.replace`), so a failure leaves either
the whole file or no file, never a partial one, and every OS error is a typed refusal with a stable code.

    check_output(path)            # before the transaction: refuse a path that cannot be written
    write_output(path, data)      # after: all of it or nothing (ENOSPC -> "disk full")
    with atomic_output(path) as tmp: book.save(tmp)   # for writers that want a path
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from klara_assets.domain.errors import NotFound, ValidationFailed

MIN_FREE_BYTES = 1_000_000  # refuse before starting when the folder's disk has less than this left


class OutputRefused(ValidationFailed):
    """The output file cannot be written where asked: nothing was saved."""

    code = "output_refused"


def _refused(reason: str, path: Path, code: str) -> OutputRefused:
    return OutputRefused(f"Cannot write {path}: {reason}; nothing was saved.", code=code, field="path", path=str(path))


def check_output(path: str | Path, expected_size: int = 0) -> Path:
    """Refuse, before anything is saved, an output path whose file could not be written.

    Checks: the folder exists and is a folder, the path is not a folder, the folder is writable, and its
    disk has room (at least `expected_size` bytes and `MIN_FREE_BYTES`) where the system can tell.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise _refused("it is a folder, give a file name", target, "output_is_folder")
    if not folder.exists():
        raise _refused(f"the folder {folder} does not exist", target, "output_folder_missing")
    if not folder.is_dir():
        raise _refused(f"{folder} is not a folder", target, "output_folder_missing")
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise _refused("permission denied", target, "output_not_writable")
    with contextlib.suppress(OSError):
        if shutil.disk_usage(folder).free < max(expected_size, MIN_FREE_BYTES):
            raise _refused("the disk is full", target, "disk_full")
    return target


def output_refusal(exc: Exception, target: Path) -> OutputRefused:
    """The refusal for a failed write: an OS error, or SQLite's own ("database or disk is full")."""
    if isinstance(exc, OSError):
        return _os_refusal(exc, target)
    text = str(exc).lower()
    if "full" in text:
        return _refused("the disk is full", target, "disk_full")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _refused("permission denied", target, "output_not_writable")
    return _refused(str(exc), target, "output_failed")


def _os_refusal(exc: OSError, target: Path) -> OutputRefused:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _refused("the disk is full", target, "disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _refused("permission denied", target, "output_not_writable")
    if exc.errno == errno.EISDIR:
        return _refused("it is a folder, give a file name", target, "output_is_folder")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return _refused(f"the folder {target.parent} does not exist", target, "output_folder_missing")
    return _refused(exc.strerror or str(exc), target, "output_failed")


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """A temporary path in the target's folder; on success it replaces the target, on failure it is removed."""
    target = check_output(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise _os_refusal(exc, target) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, 0o644 & ~_umask())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _os_refusal(exc, target) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_output(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` atomically: the whole file or none (a full disk leaves the old file as it was)."""
    target = Path(path).expanduser()
    with atomic_output(target) as temporary:
        try:
            temporary.write_bytes(data)
        except OSError as exc:
            raise _os_refusal(exc, target) from exc
    return target


def check_input(path: str | Path) -> Path:
    """An input file that must exist: NotFound (exit 3) otherwise, a refusal for a folder."""
    source = Path(path).expanduser()
    if not source.exists():
        raise NotFound(f"No file {source}.", code="input_missing", field="path", path=str(source))
    if source.is_dir():
        raise ValidationFailed(f"{source} is a folder, not a file.", code="input_is_folder", field="path")
    return source


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_after_commit(path: str | Path, data: bytes, saved: str) -> Path:
    """Write a file whose record is already committed (`saved` says what): a failure says so plainly.

    The path was checked before the transaction, so this only fails when the disk changed in between; the
    refusal then names what IS saved, so the user knows not to do it again, only to write the file again.
    """
    try:
        return write_output(path, data)
    except OutputRefused as exc:
        reason = exc.message.removeprefix(f"Cannot write {Path(path).expanduser()}: ").removesuffix(
            "; nothing was saved."
        )
        raise OutputRefused(
            f"{saved} is saved, but {Path(path).expanduser()} could not be written: {reason}.",
            code="output_failed_after_save",
            field="path",
            path=str(path),
        ) from exc
