"""Build the seeds site with this tree and with a git ref, and compare every output file byte for byte.

A refactoring that should change no behaviour (a move of modules, an engine swapped for another)
proves it here: the generated pages, data files and annotation records, and the site MkDocs
publishes from them, must be the same files with the same bytes as before.

    .venv/bin/python tests/compare_builds.py [REF]      # REF defaults to main

The reference is exported with `git archive` and installed in a venv of its own (cached under
$TMPDIR/compare-builds/<commit>/), so its MkDocs plugin entry point is its own. Both sites are
built the same way: `python -m generator build`, then `mkdocs build`. Exit status 0 when every
file matches, 1 otherwise (the differing, missing and extra files are listed).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Files that legitimately differ between two builds of the same tree (none so far).
VOLATILE: frozenset[str] = frozenset()


def export(ref: str, work: Path) -> tuple[Path, Path]:
    """The ref's tree and the python of a venv with it installed (both cached by commit)."""
    sha = subprocess.run(["git", "rev-parse", ref], cwd=REPO, check=True, capture_output=True,
                         text=True).stdout.strip()
    base = work / sha
    tree, venv = base / "tree", base / "venv"
    python = venv / "bin" / "python"
    if not (base / "ready").exists():
        shutil.rmtree(base, ignore_errors=True)
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", sha], cwd=REPO, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-c", str(tree / "constraints.txt"),
                        "-e", str(tree)], check=True)
        (base / "ready").touch()
    return tree, python


def build(tree: Path, python: Path, out: Path) -> Path:
    """The seeds site of `tree` built into `out` with `python`: generator build, then mkdocs build."""
    out.mkdir(parents=True)
    shutil.copy(tree / "mkdocs.yml", out / "mkdocs.yml")
    for folder in ("seeds", "docs/articles", "docs/assets", ".generator/annotations"):
        shutil.copytree(tree / folder, out / folder)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "XDG_CACHE_HOME": str(out.parent / "xdg"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    for command in (["-m", "generator", "build"], ["-m", "mkdocs", "build", "--strict"]):
        run = subprocess.run([str(python), *command], cwd=out, env=env, capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"{tree}: {' '.join(command)} failed:\n{run.stdout[-3000:]}{run.stderr[-3000:]}")
    return out


def files(root: Path) -> dict[str, Path]:
    """Every output file under root by relative path, without the machine-local caches."""
    found = {}
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not rel.startswith(".generator/cache/") and rel not in VOLATILE:
            found[rel] = path
    return found


def compare(before: Path, after: Path) -> list[str]:
    """`differs: path`, `missing: path`, `extra: path` for every output that is not byte-identical."""
    old, new = files(before), files(after)
    problems = [f"missing: {p}" for p in sorted(old.keys() - new.keys())]
    problems += [f"extra: {p}" for p in sorted(new.keys() - old.keys())]
    problems += [f"differs: {p}" for p in sorted(old.keys() & new.keys())
                 if not filecmp.cmp(old[p], new[p], shallow=False)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ref", nargs="?", default="main")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = parser.parse_args()
    work = Path(tempfile.gettempdir()) / "compare-builds"
    tree, python = export(args.ref, work)
    out = args.keep or Path(tempfile.mkdtemp(prefix="compare-builds-"))
    before = build(tree, python, out / "before")
    after = build(REPO, Path(sys.executable), out / "after")
    problems = compare(before, after)
    count = len(files(before))
    for line in problems:
        print(line)
    print(f"{count} files built by {args.ref}; {len(problems)} not byte-identical in this tree")
    if not args.keep:
        shutil.rmtree(out)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
