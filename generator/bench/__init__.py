"""The scale benchmark: build synthetic corpora of N articles and measure every stage apart.

Each stage runs as its own process, as a researcher runs it (`python -m generator annotate`,
`... render`, `mkdocs build`), so wall time and peak memory are the stage's own. Memory is the
summed proportional set size (PSS) of the stage's process tree, sampled from /proc, so forked
annotation workers are counted once per page they really own. Then the incremental paths: a
second build with nothing changed, and a render after one article's front matter was edited.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.bench import search_probe
from generator.bench.floor import Floor, issue_table, kinds_table, make_plain_site, site_bytes
from generator.config import PACKAGE_DIR

SIZES = (1000, 2000, 5000, 10000)
LARGE = 50000
"""The opt-in size (`--large`): a multi-year corpus, about half an hour on two cores."""
QUICK_SIZES = (100, 200)
TARGETS = {"annotate": 15.0, "render": 10.0, "total": 120.0, "peak_mb": 1536.0, "page_kb": 60.0,
           "search_mb": 15.0, "edit": 2.0, "view_kb": 400.0}
"""Targets at N = 10,000 on a 2-core machine (the scale issue); `view_kb` is the budget of a view
page (network, timeline, map: a capped picture of the whole corpus), `page_kb` of any other."""
VIEW_PAGES = ("network/index.html", "timeline/index.html", "map/index.html")
WRITTEN = re.compile(r"(\d+) files written")
SKIPPED = re.compile(r"(\d+) skipped")


@dataclass
class Stage:
    """One measured command."""

    name: str
    seconds: float
    peak_mb: float
    output: str = ""
    returncode: int = 0

    def written(self) -> int | None:
        found = WRITTEN.findall(self.output)
        return int(found[-1]) if found else None


@dataclass
class Row:
    """Everything measured for one corpus size."""

    n: int
    meetings: int = 0
    stages: dict[str, Stage] = field(default_factory=dict)
    pages: int = 0
    html_mb: float = 0.0
    largest: tuple[str, int] = ("", 0)
    over_limit: list[tuple[str, int]] = field(default_factory=list)
    search_mb: float = 0.0
    search_files: int = 0
    search_first_kb: float = 0.0
    """Downloaded in Chromium by a first search for a minister, key press to results."""
    views: dict[str, int] = field(default_factory=dict)
    """Bytes of each view page (VIEW_PAGES) that was built."""
    floor: Floor = field(default_factory=Floor)
    """The plain MkDocs site of the same texts, the site's bytes and the search probe."""
    pairs: list[tuple[float, float]] = field(default_factory=list)
    """(whole build, plain floor) seconds of each pair measured back to back (`--pairs`)."""

    def seconds(self, name: str) -> float:
        stage = self.stages.get(name)
        return stage.seconds if stage else float("nan")

    @property
    def staged(self) -> float:
        """annotate + render + mkdocs build, run one after another as separate commands."""
        return sum(self.seconds(s) for s in ("annotate", "render", "mkdocs"))

    @property
    def total(self) -> float:
        """The whole build: one `mkdocs build` from nothing when measured, else the stages' sum."""
        whole = self.seconds("whole")
        return self.staged if whole != whole else whole

    @property
    def peak_mb(self) -> float:
        return max((s.peak_mb for s in self.stages.values()), default=0.0)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(k) for k in text.split()]
    return kids + [g for k in kids for g in _children(k)]


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


PAIR_INTERVAL = 1.0
"""Seconds between memory samples while the whole build and the plain floor are timed. Summing
the process tree's PSS reads every process's page tables: at 10,000 articles, sampled every 0.2 s,
that took 2.3-2.4 s of CPU during a 31 s whole build and made it 0.9-1.7 s slower (two runs
each way), while the one-process plain build ran beside it on the idle core: the ratio between
them measured the sampler too. Once a second it costs a fifth of that; memory peaks last longer."""


def run_stage(name: str, command: list[str], cwd: Path, interval: float = 0.2) -> Stage:
    """Run one command; wall time and the peak of its process tree's summed memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(interval):
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in [proc.pid, *_children(proc.pid)]))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return Stage(name, seconds, peak[0] / 1024, output, proc.returncode)


def make_site(root: Path, n: int) -> int:
    """A fresh site folder with the project's mkdocs.yml and N synthetic seeds; returns meetings."""
    from generator.bench.corpus import write_corpus  # not on every CLI start
    from generator.corpus.registry import load_registry

    if root.exists():
        shutil.rmtree(root)
    (root / "docs").mkdir(parents=True)
    repo = PACKAGE_DIR.parent
    if (repo / "mkdocs.yml").is_file():
        shutil.copy(repo / "mkdocs.yml", root / "mkdocs.yml")
        if (repo / "docs" / "assets").is_dir():
            shutil.copytree(repo / "docs" / "assets", root / "docs" / "assets")
    else:
        (root / "mkdocs.yml").write_text("site_name: Benchmark\ntheme: material\n"
                                         "plugins: [search, diplomacy]\n", encoding="utf-8")
    registry, _ = load_registry(None)
    return write_corpus(registry, root / "seeds", n)


def page_sizes(site_dir: Path, limit_kb: float = TARGETS["page_kb"]
               ) -> tuple[int, int, list[tuple[str, int]]]:
    """(pages, total bytes, pages over the limit largest first) of the built HTML; the views are
    measured on their own (`view_sizes`)."""
    pages, total, sizes = 0, 0, []
    for path in site_dir.rglob("*.html"):
        size = path.stat().st_size
        pages += 1
        total += size
        name = path.relative_to(site_dir).as_posix()
        if name not in VIEW_PAGES:
            sizes.append((name, size))
    sizes.sort(key=lambda t: -t[1])
    over = [t for t in sizes if t[1] > limit_kb * 1024]
    return pages, total, over or sizes[:1]


def view_sizes(site_dir: Path) -> dict[str, int]:
    """Bytes of each view page that exists."""
    return {name: (site_dir / name).stat().st_size for name in VIEW_PAGES if (site_dir / name).is_file()}


def edit_one_article(root: Path, which: int = 2) -> Path:
    """Change one article's venue by hand, as a researcher would: the meeting moves.

    `which` picks the article (the 1/which-th of them), so that two edits touch two articles."""
    target, text = venue_edit(root, which)
    target.write_text(text, encoding="utf-8")
    return target


def venue_edit(root: Path, which: int = 2) -> tuple[Path, str]:
    """The article `edit_one_article` changes and its new text, not yet written: a researcher's
    edit is the write alone, so a latency is timed from there (choosing the new venue loads the
    registry, about a second)."""
    from generator.bench.corpus import venues  # not on every CLI start
    from generator.corpus.registry import load_registry

    articles = sorted((root / "docs" / "articles").glob("*.md"))
    target = articles[len(articles) // which]
    text = target.read_text(encoding="utf-8")
    registry, _ = load_registry(None)
    city, country = venues(registry)[-which]
    text = re.sub(r"(?m)^venue: .*$", f"venue: {city}", text, count=1)
    text = re.sub(r"(?m)^country: .*$", f"country: {country}", text, count=1)
    return target, text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure_serve(root: Path, timeout: float = 1800.0) -> tuple[float, float, bool]:
    """`mkdocs serve --dirty` as a researcher runs it: (seconds until it serves, seconds from a
    venue edited by hand in one article's front matter until the served venue page (or its page of
    years) links the article's meeting; until the rebuild is logged, if that page cannot be found)."""
    address = f"127.0.0.1:{_free_port()}"
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", address,
               "-f", str(root / "mkdocs.yml")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.perf_counter(), line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()

    def wait_for(text: str, count: int) -> float:
        while time.perf_counter() - start < timeout and proc.poll() is None:
            found = [t for t, line in list(lines) if text in line]
            if len(found) >= count:
                return found[count - 1]
            time.sleep(0.1)
        raise RuntimeError(f"mkdocs serve: no {text!r} ({proc.returncode}):\n"
                           + "".join(line for _, line in lines[-20:]))

    try:
        served = wait_for("Serving on", 1) - start
        time.sleep(1.1)  # coarse file-system clocks: the edit must get a newer mtime
        target, text = venue_edit(root, which=3)
        edited = time.perf_counter()
        target.write_text(text, encoding="utf-8")
        wait_for("Documentation built", 2)
        shown = venue_page_shows(root, address, target.stem, timeout=60.0)
        rebuilt = (shown if shown is not None else wait_for("Documentation built", 2)) - edited
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return served, rebuilt, shown is not None


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own local server
            return response.read().decode("utf-8", "replace")
    except (OSError, ValueError):
        return None


def venue_page_shows(root: Path, address: str, stem: str, timeout: float) -> float | None:
    """When (perf_counter) the served venue page of the article's new meeting links that meeting:
    the meeting comes from the data download, the venue page from the meeting's own page."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            meetings = json.loads((root / "docs" / "data" / "meetings.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meetings = []
        found = [m for m in meetings if stem in m.get("sources", []) and m.get("venue")]
        page = _get(f"http://{address}/meetings/{found[0]['id']}/") if found else None
        venue = re.search(r'href="((?:\.\./)+venues/[^"/]+/)"', page or "")
        if found and venue:
            base = f"http://{address}/meetings/{found[0]['id']}/"
            url = urllib.parse.urljoin(base, venue.group(1))
            html = _get(url) or ""
            year = (found[0].get("date") or "undated")[:4]
            spans = re.findall(r'href="(meetings-([0-9]{4}|undated)(?:-([0-9]{4}))?/)"', html)
            for span, first, last in spans:
                if first == year or (first.isdigit() and year.isdigit() and first <= year <= (last or first)):
                    html += _get(urllib.parse.urljoin(url, span)) or ""
            if f"meetings/{found[0]['id']}/" in html:
                return time.perf_counter()
        time.sleep(0.1)
    return None


def measure(n: int, workdir: Path, jobs: int = 0, profile: Path | None = None,
            echo: Callable[[str], None] = lambda _: None, serve: bool = False, pairs: int = 1) -> Row:
    """Build a corpus of n articles under workdir and measure each stage and the incremental paths."""
    root = workdir / f"site-{n}"
    row = Row(n, meetings=make_site(root, n))
    gen = [sys.executable, "-m", "generator", "-q", "--root", str(root)]
    prof = (lambda stage: [sys.executable, "-m", "cProfile", "-o", str(profile / f"{stage}-{n}.prof"),
                           "-m", "generator", "-q", "--root", str(root)]) if profile else None
    jobs_arg = ["--jobs", str(jobs)] if jobs else []
    steps = [("annotate", [*gen, "annotate", *jobs_arg]),
             ("render", [*(prof("render") if prof else gen), "render"]),
             ("mkdocs", [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml")]),
             ("rebuild", [*gen, "build", *jobs_arg])]
    for name, command in steps:
        stage = run_stage(name, command, root)
        row.stages[name] = stage
        echo(f"N={n} {name}: {stage.seconds:.1f} s, {stage.peak_mb:.0f} MB")
        if stage.returncode not in (0, 1):
            raise RuntimeError(f"{name} failed ({stage.returncode}):\n{stage.output[-2000:]}")
    for attempt in range(max(pairs, 1)):
        whole = measure_whole(root, workdir / f"fresh-{n}")
        echo(f"N={n} one `mkdocs build` from nothing: {whole.seconds:.1f} s, {whole.peak_mb:.0f} MB")
        row.stages.setdefault("whole", whole)
        plain = measure_floor(row, root, workdir / f"plain-{n}", echo, first=attempt == 0,
                              last=attempt == max(pairs, 1) - 1)
        row.pairs.append((whole.seconds, plain))
    row.pages, total, row.over_limit = page_sizes(root / "site")
    row.views = view_sizes(root / "site")
    row.html_mb = total / 2**20
    row.largest = row.over_limit[0] if row.over_limit else ("", 0)
    row.over_limit = [t for t in row.over_limit if t[1] > TARGETS["page_kb"] * 1024]
    row.search_mb, row.search_files = search_probe.index_size(root / "site")
    row.search_first_kb = search_probe.bench_probe(root / "site")
    row.floor.search = None if math.isnan(row.search_first_kb) else round(row.search_first_kb * 1024)
    time.sleep(1.1)  # coarse file-system clocks: the edit must get a newer mtime
    edit_one_article(root)
    row.stages["edit"] = run_stage("edit", [*gen, "render"], root)
    row.stages["dirty"] = run_stage("dirty", [sys.executable, "-m", "mkdocs", "build", "-q", "--dirty",
                                              "-f", str(root / "mkdocs.yml")], root)
    if serve:
        served, rebuilt, seen = measure_serve(root)
        row.stages["serve"] = Stage("serve", served, 0.0)
        how = "on its venue page" if seen else "rebuild logged; venue page not found"
        row.stages["serve edit"] = Stage("serve edit", rebuilt, 0.0, how)
        echo(f"N={n} mkdocs serve --dirty: serving after {served:.1f} s, an edit shown {rebuilt:.1f} s "
             f"later ({how})")
    return row


def measure_whole(root: Path, fresh: Path) -> Stage:
    """One `mkdocs build` of a fresh copy of the site (see `fresh_copy`), the copy removed after."""
    fresh_copy(root, fresh)
    stage = run_stage("whole", [sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                                str(fresh / "mkdocs.yml")], fresh, PAIR_INTERVAL)
    shutil.rmtree(fresh, ignore_errors=True)
    if stage.returncode not in (0, 1):
        raise RuntimeError(f"mkdocs build from nothing failed ({stage.returncode}):\n{stage.output[-2000:]}")
    return stage


def fresh_copy(root: Path, dest: Path) -> Path:
    """The site as a researcher starts it: seeds, mkdocs.yml and docs/assets, nothing built. Its
    one `mkdocs build` is the whole build as the README runs it, where the plugin annotates,
    renders and indexes while MkDocs builds (the stages above run the same work one at a time)."""
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "docs").mkdir(parents=True)
    shutil.copytree(root / "seeds", dest / "seeds")
    shutil.copy(root / "mkdocs.yml", dest / "mkdocs.yml")
    if (root / "docs" / "assets").is_dir():
        shutil.copytree(root / "docs" / "assets", dest / "docs" / "assets")
    return dest


def measure_floor(row: Row, root: Path, plain: Path, echo: Callable[[str], None],
                  first: bool = True, last: bool = True) -> float:
    """Build the plain MkDocs site of the same seeds (made on the `first` call, its pages kept for
    the next pair until the `last`) and weigh both sites; returns the plain build's seconds."""
    if first:
        if plain.exists():
            shutil.rmtree(plain)
        config = make_plain_site(root, plain)
    else:
        config = plain / "mkdocs.yml"
    stage = run_stage("plain", [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], plain,
                      PAIR_INTERVAL)
    if stage.returncode != 0:
        raise RuntimeError(f"plain mkdocs build failed ({stage.returncode}):\n{stage.output[-2000:]}")
    if first:
        row.floor.plain_seconds, row.floor.plain_peak_mb = stage.seconds, stage.peak_mb
        row.floor.plain_mb = site_bytes(plain / "site").total / 2**20
        row.floor.site = site_bytes(root / "site")
    echo(f"N={row.n} plain MkDocs site of the same texts: {stage.seconds:.1f} s; site "
         f"{row.floor.site.total / 2**20:.0f} MB ({row.floor.site.total / 1024 / row.n:.1f} KB per article)")
    if last:
        shutil.rmtree(plain / "docs", ignore_errors=True)
    return stage.seconds


def _growth(rows: list[Row], get: Callable[[Row], float]) -> str:
    parts = []
    for a, b in zip(rows, rows[1:], strict=False):
        x, y = get(a), get(b)
        parts.append(f"x{y / x:.2f}" if x > 0 else "-")
    return " ".join(parts)


def _written(row: Row, name: str) -> str:
    stage = row.stages.get(name)
    w = stage.written() if stage else None
    return "?" if w is None else str(w)


def table(rows: list[Row]) -> str:
    """The benchmark's report: one column per N, growth between neighbours, targets at 10,000."""
    lines = []
    head = f"{'':34}" + "".join(f"{r.n:>11,}" for r in rows) + "   growth"
    lines += [head, "-" * len(head)]

    def line(label: str, get: Callable[[Row], float], fmt: str = "{:>11.1f}", grow: bool = True) -> None:
        cells = "".join(fmt.format(get(r)) for r in rows)
        lines.append(f"{label:34}{cells}   {_growth(rows, get) if grow else ''}")

    line("meetings (synthetic)", lambda r: r.meetings, "{:>11,}")
    line("annotate, s", lambda r: r.seconds("annotate"))
    line("  ms per article", lambda r: 1000 * r.seconds("annotate") / r.n, grow=False)
    line("  peak memory, MB", lambda r: r.stages["annotate"].peak_mb, "{:>11.0f}")
    line("render, s", lambda r: r.seconds("render"))
    line("  articles per second", lambda r: r.n / r.seconds("render"), "{:>11.0f}", grow=False)
    line("  peak memory, MB", lambda r: r.stages["render"].peak_mb, "{:>11.0f}")
    line("mkdocs build (runs generator), s", lambda r: r.seconds("mkdocs"))
    line("  peak memory, MB", lambda r: r.stages["mkdocs"].peak_mb, "{:>11.0f}")
    line("annotate+render+mkdocs, s", lambda r: r.staged)
    line("whole build (one mkdocs build), s", lambda r: r.total)
    line("  peak memory, MB", lambda r: r.stages["whole"].peak_mb if "whole" in r.stages else float("nan"),
         "{:>11.0f}")
    line("  articles per second", lambda r: r.n / r.total, "{:>11.0f}", grow=False)
    line("peak memory of any stage, MB", lambda r: r.peak_mb, "{:>11.0f}")
    line("pages written (HTML)", lambda r: r.pages, "{:>11,}")
    line("HTML total, MB", lambda r: r.html_mb)
    line("largest page, KB", lambda r: r.largest[1] / 1024)
    line("pages over 60 KB", lambda r: len(r.over_limit), "{:>11}", grow=False)
    for name in VIEW_PAGES:
        line(f"  view {name.split('/')[0]}/, KB", lambda r, name=name: r.views.get(name, 0) / 1024)
    line("search index, MB", lambda r: r.search_mb, "{:>11.2f}")
    line("  files", lambda r: r.search_files, "{:>11,}")
    line("  first search downloads, KB", lambda r: r.search_first_kb, "{:>11.0f}")
    line("rebuild, nothing changed, s", lambda r: r.seconds("rebuild"))
    lines.append(f"{'  files rewritten':34}" + "".join(f"{_written(r, 'rebuild'):>11}" for r in rows))
    line("render after one edit, s", lambda r: r.seconds("edit"))
    lines.append(f"{'  files rewritten':34}" + "".join(f"{_written(r, 'edit'):>11}" for r in rows))
    line("mkdocs build --dirty after it, s", lambda r: r.seconds("dirty"))
    if any("serve" in r.stages for r in rows):  # measured at the largest N only
        for label, name in (("mkdocs serve --dirty: first, s", "serve"),
                            ("  an edit served after, s", "serve edit")):
            lines.append(f"{label:34}" + "".join(
                f"{r.seconds(name):>11.1f}" if name in r.stages else f"{'-':>11}" for r in rows))
    largest = rows[-1].largest if rows else ("", 0)
    if rows:
        lines.append(f"largest page at N={rows[-1].n:,}: {largest[0]} ({largest[1] / 1024:.0f} KB)")
    for r in rows:
        for path, size in r.over_limit[:10]:
            lines.append(f"  N={r.n:,}: over 60 KB: {path} ({size / 1024:.0f} KB)")
    lines.append(verdict(rows[-1]) if rows and rows[-1].n >= 10000 else "(targets apply at N = 10,000)")
    return "\n".join(lines)


def verdict(row: Row) -> str:
    """Targets met or missed, by how much."""
    checks = [("annotate", row.seconds("annotate"), TARGETS["annotate"], "s"),
              ("render", row.seconds("render"), TARGETS["render"], "s"),
              ("whole build", row.total, TARGETS["total"], "s"),
              ("peak memory", row.peak_mb, TARGETS["peak_mb"], "MB"),
              ("largest page", row.largest[1] / 1024, TARGETS["page_kb"], "KB"),
              ("largest view", max(row.views.values(), default=0) / 1024, TARGETS["view_kb"], "KB"),
              ("search index", row.search_mb, TARGETS["search_mb"], "MB"),
              ("render after one edit", row.seconds("edit"), TARGETS["edit"], "s")]
    return f"targets (set for N = 10,000) at N = {row.n:,}: " + "; ".join(
        f"{name} {value:.1f} {unit} {'ok' if value <= limit else 'MISSED'} (<= {limit:g})"
        for name, value, limit, unit in checks)


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)),
                    help="comma-separated corpus sizes (default: 1000,2000,5000,10000)")
    ap.add_argument("--quick", action="store_true", help=f"small run: N = {QUICK_SIZES}")
    ap.add_argument("--large", action="store_true",
                    help=f"add N = {LARGE:,} to the sizes (opt-in: about half an hour on two cores)")
    ap.add_argument("--dir", default=None, help="work folder (default: a temporary one, removed after)")
    ap.add_argument("--jobs", type=int, default=0, help="annotation workers (default: all cores)")
    ap.add_argument("--profile", default=None, help="write cProfile output of render to this folder")
    ap.add_argument("--pairs", type=int, default=1,
                    help="measure the whole build and the plain floor this many times, back to back, "
                         "and report each pair's ratio and their median (default 1)")
    ap.add_argument("--no-serve", action="store_true",
                    help="skip measuring `mkdocs serve --dirty` (done at the largest N)")


def run(args: argparse.Namespace, echo: Callable[[str], None]) -> str:
    """Measure every size; `echo` reports progress (the CLI prints it)."""
    sizes = QUICK_SIZES if args.quick else tuple(int(s) for s in str(args.sizes).split(",") if s.strip())
    if getattr(args, "large", False) and LARGE not in sizes:
        sizes = (*sizes, LARGE)
    profile = Path(args.profile).resolve() if args.profile else None
    if profile:
        profile.mkdir(parents=True, exist_ok=True)
    keep = args.dir is not None
    workdir = Path(args.dir).resolve() if keep else Path(tempfile.mkdtemp(prefix="generator-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    # The stages' user cache (the parsed shipped registry) starts empty: the first size pays for
    # reading the registry, the later ones find it, as a researcher's second site does.
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(workdir / "user-cache")
    try:
        rows = [measure(n, workdir, args.jobs, profile, echo, serve=n == max(sizes) and not args.no_serve,
                        pairs=getattr(args, "pairs", 1)) for n in sizes]
    finally:
        if before is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = before
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return (f"benchmark {stamp}, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n" + table(rows)
            + f"\nannotate at N = {sizes[0]:,} includes reading the shipped registry into an empty user"
            " cache;"
            " the larger sizes find it there\n\n" + issue_table(rows)
            + f"\n\nsite bytes by page kind at N = {rows[-1].n:,}:\n"
            + kinds_table(rows[-1].floor.site) + "\n")
