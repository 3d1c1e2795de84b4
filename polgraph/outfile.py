"""Output files written safely: regular files only, all or nothing, missing folders created."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """TEXT without the code points XML 1.0 cannot carry (NUL and most control characters)."""
    return NOT_XML.sub("", text)


class OutputError(ValueError):
    """An output file that cannot or must not be written; the message names the path and the problem."""


def check_target(path: str) -> None:
    """Refuse anything but a regular file or a new name: devices, FIFOs, sockets, folders, symbolic links."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputError(f"{path}: cannot write here: {err.strerror or err}") from err
    if stat.S_ISLNK(mode):
        raise OutputError(f"{path}: is a symbolic link; polgraph writes only regular files")
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise OutputError(
            f"{path}: is not a regular file (a device, FIFO or socket); polgraph writes only "
            "regular files, or stdout with '-'"
        )


@contextmanager
def output_file(path: str, binary: bool = False) -> Iterator[IO[Any]]:
    """Write PATH through a hidden temporary file in its folder, renamed over PATH only when complete.

    On any failure (full or read-only disk, an exception while writing) nothing is left behind and an
    existing PATH is untouched.
    """
    check_target(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".partial", dir=folder)
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror or err}") from err
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        check_target(path)
        os.replace(tmp, path)
    except OSError as err:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write: {err.strerror or err}") from err
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
