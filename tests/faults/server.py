"""A PostgreSQL server of the test's own (its own data folder and free port) that the test may kill -9.

`own_server` starts it with the machine's `initdb`/`pg_ctl` (under /usr/lib/postgresql/*/bin), as the
`postgres` user when the tests run as root. `kill()` sends SIGKILL to the postmaster and every backend,
`start()` starts it again on the same folder and port, and the fixture always stops it and removes the
folder. Under CI (CI=true) a server that cannot be started fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class OwnServer:
    def __init__(self, bindir: Path, folder: Path):
        self.bindir, self.folder = bindir, folder
        self.data = folder / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=60)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def pids(self) -> list[int]:
        """The postmaster and its children (backends, checkpointer, walwriter...)."""
        pid_file = self.data / "postmaster.pid"
        if not pid_file.exists():
            return []
        master = int(pid_file.read_text().split()[0])
        children = []
        for stat in glob.glob("/proc/[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == master:
                    children.append(int(Path(stat).parent.name))
        return [master, *children]

    def kill(self) -> None:
        """kill -9 the whole server, as a crash or a pulled plug would; wait until it is gone."""
        pids = self.pids()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.02)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)


@contextlib.contextmanager
def own_server() -> Iterator[OwnServer]:
    bindir = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="klara-pg-"))
    try:
        if bindir is None:
            raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl) on this machine")
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        server = OwnServer(bindir, folder)
        try:
            server.init()
            server.start()
        except (subprocess.SubprocessError, OSError, LookupError) as exc:
            detail = getattr(exc, "stderr", "") or ""
            raise RuntimeError(f"cannot start a PostgreSQL server of our own: {exc} {detail}") from exc
    except RuntimeError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.kill()
        shutil.rmtree(folder, ignore_errors=True)
