"""The command line: the only place that prints or exits.

    .venv/bin/python -m generator build | annotate | render | check  [--root DIR]
    .venv/bin/python -m generator evaluate --gold GOLD.yaml [--root SITE]
    .venv/bin/python -m generator train --gold GOLD.yaml --articles DIR
    (or the console script .venv/bin/diplomacy-site, the same commands)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from generator import bench
from generator import pipeline as site
from generator.config import REVIEW_THRESHOLD, Settings
from generator.failures import RUN, describe


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=RUN,
                                 description="Annotate diplomatic news and render a research site.")
    ap.add_argument("--root", default=".", help="the site's folder (default: current folder)")
    ap.add_argument("-q", "--quiet", action="store_true", help="print problems and the summary only")
    ap.add_argument("--traceback", action="store_true",
                    help="on an unexpected failure, show Python's traceback (for bug reports)")
    sub = ap.add_subparsers(dest="command", required=True)
    for name, text in (("build", "annotate new/changed seeds, then render"),
                       ("annotate", "seeds/* -> docs/articles/<stem>.md"),
                       ("render", "docs/articles/*.md -> generated pages and data files"),
                       ("check", "validate front matter and registry; exit 1 on errors")):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("--root", default=argparse.SUPPRESS, help="the site's folder")
        cmd.add_argument("--strict", action="store_true", help="treat warnings as failures")
        if name in ("build", "annotate"):
            cmd.add_argument("--refresh", action="store_true",
                             help="re-annotate every seed; fields you edited are kept")
            cmd.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    bench.add_arguments(sub.add_parser("bench", help="measure every stage on synthetic corpora"))
    text = "score a site annotated from a gold set's articles; reliability of its confidence"
    cmd = sub.add_parser("evaluate", help=text, description=text)
    cmd.add_argument("--root", default=argparse.SUPPRESS, help="the built site whose seeds are the gold ids")
    cmd.add_argument("--gold", required=True, type=Path, help="gold YAML (a list of entries with an id)")
    text = "fit the confidence model on a gold set, cross-validated by article"
    cmd = sub.add_parser("train", help=text, description=text)
    cmd.add_argument("--root", default=argparse.SUPPRESS, help="a site whose registry.yaml to read too")
    cmd.add_argument("--gold", required=True, type=Path, help="gold YAML (a list of entries with an id)")
    cmd.add_argument("--articles", required=True, type=Path, help="folder of <id>.txt gold articles")
    cmd.add_argument("--folds", type=int, default=5, help="cross-validation folds by article (default 5)")
    cmd.add_argument("--untuned", default=None, metavar="ID",
                     help="gold ids from ID on were never read while writing the rules: choose the "
                          "review threshold on them")
    cmd.add_argument("--out", type=Path, default=None,
                     help="model file to write (default: the shipped generator/data/confidence.json)")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "bench":
        print(bench.run(args, echo=lambda line: print(line, file=sys.stderr, flush=True)))
        return 0
    if args.command in ("evaluate", "train"):
        return measure(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings.for_root(args.root, jobs=getattr(args, "jobs", 0),
                                 refresh=getattr(args, "refresh", False),
                                 strict=getattr(args, "strict", False))
    if not settings.root.is_dir():
        print(f"error: --root {args.root}: no such folder", file=sys.stderr)
        return 2
    run: Callable[..., site.Result] = {"build": site.build, "annotate": site.annotate,
                                       "render": site.render, "check": site.check}[args.command]
    try:
        if args.command == "check" or args.quiet or not sys.stderr.isatty():
            result = run(settings) if args.command == "check" else run(settings, progress=None)
        else:
            result = _with_progress(run, settings)
    except KeyboardInterrupt:
        print("interrupted: every file is either old or new; run the command again", file=sys.stderr)
        return 130
    except Exception as exc:  # a researcher sees one line, never a traceback
        if args.traceback:
            raise
        print(describe(exc, settings.root, argv), file=sys.stderr)
        return 1
    return report(result, args.command, settings.strict)


def measure(args: argparse.Namespace) -> int:
    """`evaluate` and `train`: print the report; exit 2 when an input cannot be read."""
    from generator.corpus.registry import load_registry
    from generator.quality import evaluate, train  # only these two commands need them

    try:
        if args.command == "evaluate":
            print(evaluate.evaluate_site(args.gold, Settings.for_root(args.root)).text())
            return 0
        registry, _ = load_registry(Settings.for_root(args.root).registry_file)
        trained = train.train(args.gold, args.articles, args.folds, registry, args.untuned)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:  # scikit-learn is a training extra, not a dependency
        print(f"error: {exc} (install it with: pip install -c constraints.txt -e '.[train]')",
              file=sys.stderr)
        return 2
    for problem in trained.problems:
        print(problem, file=sys.stderr)
    out = args.out or train.MODEL_FILE
    train.write_model(trained.model, out)
    print(trained.report.text())
    print(f"wrote {out}")
    if trained.model["review_threshold"] != REVIEW_THRESHOLD:
        print(f"note: config.REVIEW_THRESHOLD is {REVIEW_THRESHOLD}; set it to "
              f"{trained.model['review_threshold']} to keep silent errors within "
              f"{train.TARGET_SILENT:.0%}", file=sys.stderr)
    return 0


def _with_progress(run: Callable[..., site.Result], settings: Settings) -> site.Result:
    from rich.console import Console  # only for a terminal that shows progress (70 ms to import)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return run(settings, progress=progress)


def report(result: site.Result, command: str, strict: bool) -> int:
    problems = result.unique_problems()
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    for problem in problems:
        print(problem, file=sys.stderr)
    parts = []
    if result.annotated:
        parts.append("annotated: " + ", ".join(f"{n} {k}" for k, n in sorted(result.annotated.items())))
    if command in ("build", "render"):
        parts.append(f"{result.articles} articles, {result.meetings} meetings, "
                     f"{result.written} files written, {len(result.removed)} removed"
                     + (" (pages the edits reach)" if result.partial else ""))
    parts.append(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    print(f"{command}: " + "; ".join(parts), file=sys.stderr)
    return 1 if errors or (strict and warnings) else 0


def run() -> NoReturn:
    """The command's entry point: `main`, then leave without tearing the interpreter down.

    At exit Python collects and frees every object one by one: after a render of 10,000 articles
    that took longer than an edit's whole render (0.3-0.7 s). Every file the run wrote is closed
    by then and every worker waited for, so only logging and the standard streams need flushing
    before `os._exit` (mypy leaves the same way, for the same reason).
    """
    code = main()
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe (`... | head`): nothing left to say
        pass
    os._exit(code)


if __name__ == "__main__":
    run()
