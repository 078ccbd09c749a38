"""Allow `python -m generator ...`, the command line the design contract fixes."""

from generator.cli import run

run()
