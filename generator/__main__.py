"""Allow `python -m generator ...`, the command line the design contract fixes."""

from __future__ import annotations

import sys

try:
    from generator.cli import run
except ModuleNotFoundError as exc:  # a Python without the project's packages: say how to run it
    from generator.failures import missing_module

    print(missing_module(exc), file=sys.stderr)
    sys.exit(1)

run()
