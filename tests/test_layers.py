"""The layout is the architecture: each package imports only the layers it may, checked on every module.

Read from the source (ast), not by importing: a lazy import inside a function counts like any
other. An import under `if TYPE_CHECKING:` is a type hint, not a dependency, and is skipped.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "generator"
FOUNDATION = ("config", "model", "writer", "failures")
"""Top-level modules everything may import; they import no package of the generator."""

TOP = tuple(f"generator.{name}" for name in FOUNDATION)
MAY_IMPORT: dict[str, tuple[str, ...]] = {
    "annotate": ("generator.corpus", *TOP),
    "corpus": TOP,
    "knowledge": ("generator.corpus", "generator.site.facts", *TOP),
    "site": ("generator.corpus", "generator.knowledge", *TOP),
    "build": ("generator.corpus", "generator.site", *TOP),
    **{module: ("generator.config", "generator.model") for module in FOUNDATION},
}
"""What each package (or top-level module) may import from the generator besides itself, as in the
README's layout table; a name matches its submodules. `knowledge` reads `site.facts` (what pages
need from the annotation records); `build` caches parsed articles and renders page units, so it
reads `corpus` and `site`, never `annotate` or `knowledge`."""
MAY_NOT_IMPORT: dict[str, tuple[str, ...]] = {
    "publish": ("generator.quality", "generator.bench", "generator.cli"),
}
"""Packages checked the other way round: everything but these."""
MKDOCS = ("mkdocs", "material")


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


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
        rel = path.relative_to(package.parent)
        for line, module in imports(path, package.parent):
            if module.split(".")[0] in MKDOCS and name != "publish":
                problems.append(f"{rel}:{line}: imports {module} (only generator/publish imports mkdocs)")
            if not module.startswith("generator.") or _within(module, f"generator.{name}"):
                continue
            if name in MAY_IMPORT and not any(_within(module, ok) for ok in MAY_IMPORT[name]):
                problems.append(f"{rel}:{line}: imports {module} ({name} may import only "
                                f"{', '.join(MAY_IMPORT[name])})")
            elif any(_within(module, no) for no in MAY_NOT_IMPORT.get(name, ())):
                problems.append(f"{rel}:{line}: imports {module} ({name} must not import it)")
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
        "generator/corpus/probe.py:5: imports generator.publish.theme_text (corpus may import only "
        "generator.config, generator.model, generator.writer, generator.failures)",
        "generator/corpus/probe.py:6: imports generator.build.cache (corpus may import only "
        "generator.config, generator.model, generator.writer, generator.failures)",
        "generator/corpus/probe.py:7: imports mkdocs.config (only generator/publish imports mkdocs)"]
