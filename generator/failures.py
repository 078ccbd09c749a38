"""One line for a failure nothing else caught: which file, what happened, what to do.

A researcher never sees a traceback. An unexpected exception names the file the generator was
working on (an article, a seed, registry.yaml, a template) so the rest can be built without it
while the bug is reported. No third-party imports: `python -m generator` run outside the
project's environment must still be able to say how to run it inside.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

RUN = ".venv/bin/python -m generator"
"""How every message and the README write the command: it works without an activated virtualenv."""
SETUP = "python3 -m venv .venv && .venv/bin/pip install -c constraints.txt -e ."
"""The README's install command, for a message about a missing package."""


MOVE_ASIDE = "meanwhile move this file aside and run the command again"


class Failure(Exception):
    """An unexpected exception while one file was processed, carrying that file's path.

    Its arguments are plain strings, so it crosses from a forked worker to the parent intact.
    """

    def __init__(self, path: str, what: str, advice: str = MOVE_ASIDE) -> None:
        super().__init__(path, what, advice)
        self.path = path
        self.what = what
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.path}: {self.what}"


@contextmanager
def processing(path: str) -> Iterator[None]:
    """Name `path` in any unexpected exception raised while it is processed."""
    try:
        yield
    except (Failure, OSError):  # OSError names its own file
        raise
    except Exception as exc:
        raise Failure(path, f"{type(exc).__name__}: {exc}") from exc


def describe(exc: BaseException, root: Path, argv: list[str] | None = None) -> str:
    """The line the command line prints (and the MkDocs plugin logs) for `exc`."""
    if isinstance(exc, ModuleNotFoundError):
        return missing_module(exc, argv)
    if isinstance(exc, OSError) and exc.filename:
        name = Path(exc.filename)
        where = name.relative_to(root).as_posix() if name.is_relative_to(root) else str(name)
        hint = {FileExistsError: "a file stands where a folder is needed; move it away",
                NotADirectoryError: "a file stands where a folder is needed; move it away",
                IsADirectoryError: "a folder stands where a file is needed; move it away",
                PermissionError: "check the permissions of this file and its folder"}.get(
                    type(exc), "check this file and its folder")
        return f"{where}: error: {exc.strerror or exc} ({hint}, then run the command again)"
    report = report_hint(argv)
    if isinstance(exc, Failure):
        return f"{exc.path}: error: unexpected {exc.what} (a bug in the generator: {report}; {exc.advice})"
    template = template_at(exc.__traceback__)
    where = f"{template}: " if template else ""
    return f"{where}error: unexpected {type(exc).__name__}: {exc} ({report})"


def report_hint(argv: list[str] | None) -> str:
    args = [a for a in (sys.argv[1:] if argv is None else argv) if a != "--traceback"]
    return f"please report it with the output of `{RUN} --traceback {' '.join(args)}`"


def template_at(tb: TracebackType | None) -> str | None:
    """`templates/<name>:<line>` of the innermost template frame, if a template was rendering
    (Jinja points its frames at the template's source)."""
    found = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            found = f"templates/{Path(name).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def missing_module(exc: ModuleNotFoundError, argv: list[str] | None = None) -> str:
    """What to do when the generator runs with a Python that lacks its packages (the usual cause:
    `python -m generator` without the project's virtualenv activated)."""
    args = " ".join(sys.argv[1:] if argv is None else argv) or "..."
    return (f"error: the package '{exc.name}' is not installed for {sys.executable} (run the generator "
            f"with the project's environment: `{RUN} {args}`; to create that: `{SETUP}`)")
