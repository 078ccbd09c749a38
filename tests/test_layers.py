"""The layout is the architecture: each package imports only the layers it may, checked on every module.

Read from the source (ast), not by importing: a lazy import inside a function counts like any
other. An import under `if TYPE_CHECKING:` is a type hint, not a dependency, and is skipped.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "generator"
DOMAIN = ("annotate", "corpus", "knowledge", "site")
"""Packages about diplomacy and its site; they run without the build engine or a publisher."""
FOUNDATION = ("config", "model", "writer", "failures")
"""Top-level modules everything may import; they import no package of the generator."""

RULES: dict[str, tuple[str, ...]] = {
    **{package: ("generator.build", "generator.publish", "generator.quality", "generator.bench",
                 "generator.pipeline", "generator.cli") for package in DOMAIN},
    "build": ("generator.annotate", "generator.knowledge", "generator.publish", "generator.quality",
              "generator.bench", "generator.pipeline", "generator.cli"),
    "publish": ("generator.quality", "generator.bench", "generator.cli"),
    **{module: ("generator.",) for module in FOUNDATION},
}
"""What each package (or top-level module) must not import; a prefix matches its submodules.

Allowed on purpose: `knowledge` reads `site.facts` (what pages need from the annotation records);
`build` reads `corpus` and `site` (it caches parsed articles and renders page units). A foundation
module may import another foundation module (`model` and `config` only).
"""
FOUNDATION_OK = ("generator.config", "generator.model")
MKDOCS = ("mkdocs", "material")


def layer(path: Path, package: Path = PACKAGE) -> str:
    """The package a module belongs to, or the module's own name for a top-level module."""
    return path.relative_to(package).with_suffix("").parts[0]


def _type_only(tree: ast.Module) -> set[int]:
    """Ids of the import nodes under `if TYPE_CHECKING:`."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    return skipped


def imports(path: Path, root: Path = REPO) -> list[tuple[int, str]]:
    """(line, module) of every import a module makes at run time, resolved to absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skipped = _type_only(tree)
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return sorted(found)


def violations(package: Path = PACKAGE) -> list[str]:
    """`path:line: imports module (rule)` for every import the layout forbids."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        name = layer(path, package)
        forbidden = RULES.get(name, ())
        rel = path.relative_to(package.parent)
        for line, module in imports(path, package.parent):
            if module.split(".")[0] in MKDOCS and name != "publish":
                problems.append(f"{rel}:{line}: imports {module} (only generator/publish imports mkdocs)")
            if name in FOUNDATION and module.startswith(FOUNDATION_OK):
                continue
            for prefix in forbidden:
                if module == prefix.rstrip(".") or module.startswith(prefix.rstrip(".") + "."):
                    problems.append(f"{rel}:{line}: imports {module} ({name} must not import {prefix})")
                    break
    return problems


def test_every_import_respects_the_layers() -> None:
    assert violations() == []


def test_only_the_publish_package_imports_mkdocs() -> None:
    importers = {layer(p) for p in PACKAGE.rglob("*.py")
                 if any(m.split(".")[0] in MKDOCS for _, m in imports(p))}
    assert importers == {"publish"}


def test_the_check_sees_lazy_and_relative_imports_and_skips_type_hints(tmp_path: Path) -> None:
    package = tmp_path / "generator"
    (package / "corpus").mkdir(parents=True)
    (package / "corpus" / "probe.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from generator.build.cache import Store\n"
        "def f():\n    from generator.publish import theme_text\n    from ..build import cache\n"
        "import mkdocs.config\n", encoding="utf-8")
    assert violations(package) == [
        "generator/corpus/probe.py:5: imports generator.publish.theme_text (corpus must not import "
        "generator.publish)",
        "generator/corpus/probe.py:6: imports generator.build.cache (corpus must not import generator.build)",
        "generator/corpus/probe.py:7: imports mkdocs.config (only generator/publish imports mkdocs)"]
