"""Write a file whole or not at all (temp name in the same folder + os.replace).

Kept to one function so it can give way to the shared output-files helper (issue 11) when that lands.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from klara_assets.domain.errors import ValidationFailed


def write_atomic(path: str | Path, data: bytes) -> Path:
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise ValidationFailed(f"The folder {target.parent} does not exist.", code="out_folder_missing", field="out")
    if target.is_dir():
        raise ValidationFailed(f"{target} is a folder: give a file name.", code="out_is_folder", field="out")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        message = f"Cannot write {target}: {exc.strerror}."
        raise ValidationFailed(message, code="out_not_writable", field="out") from None
    return target
