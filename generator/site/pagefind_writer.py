"""Pagefind's index of the search records, written into a folder, and copied where only changes land.

Pagefind's binary (shipped by the `pagefind[bin]` package, no download at run time) runs as a
service that takes pages and writes a chunked index; `sync` then brings the site's copy up to date
file by file, so an edit replaces a handful of files, not seventeen thousand.
"""

from __future__ import annotations

import asyncio
import base64
import html
import json
import os
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.site.search_index import Record

STAMP = "records.sha256"
"""File in the index folder: the digest of the records it was made from (search_index.update)."""
LANGUAGE = "en"
WANTED = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.", "pagefind.", "index/",
          "fragment/", "filter/")
"""Files of Pagefind's output the site uses: its search API and the index. Its ready-made UIs are
left out (the theme's own search box shows the results)."""
TITLE_WEIGHTS = {"ministers": 10, "venues": 10, "countries": 10, "conferences": 10, "meetings": 6,
                 "articles": 4}
"""How much a word of a page's title counts against one of its text (Pagefind's scale: text 1,
a top heading 7, at most 10). A name is first the page about that person or place, then the
meetings it is in, then the articles that mention it (their headline is their lead's first
line too)."""
DEFAULT_TITLE_WEIGHT = 7
NAMED_BY_CONTENT = ("index/", "fragment/", "filter/")
WAIT_STEPS = 600
"""Twentieths of a second to wait for Pagefind's files after it answers."""
ENTRY = "pagefind-entry.json"
"""Written last: it names the chunks of an index, which must all be there before it does."""


class _Service:
    """Pagefind's indexing service (its binary, shipped by the `pagefind[bin]` package), driven
    over its pipe. The `pagefind` package's own client waits a tenth of a second before reading
    each answer, which makes 20,000 records take half an hour; this one reads answers as they come
    and sends records without waiting for each, in the same messages."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.next_id = 0
        self.waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.reader = asyncio.get_running_loop().create_task(self._read())

    @classmethod
    async def start(cls) -> _Service:
        from pagefind.service import get_executable

        binary = get_executable()
        if binary is None:
            raise RuntimeError("Pagefind's binary is not installed (.venv/bin/pip install -c "
                               "constraints.txt -e . installs it with the `pagefind[bin]` package)")
        process = await asyncio.create_subprocess_exec(
            str(binary), "--service", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL, limit=2**24)
        return cls(process)

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while True:
            try:
                message = await self.process.stdout.readuntil(b",")
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                for future in self.waiting.values():
                    if not future.done():
                        future.set_exception(RuntimeError(f"Pagefind stopped: {exc}"))
                return
            answer = json.loads(base64.b64decode(message[:-1]))
            future = self.waiting.pop(answer.get("message_id"), None) if answer else None
            if future is None:
                continue
            payload = answer["payload"]
            if payload.get("type") == "Error":
                future.set_exception(RuntimeError(f"Pagefind: {payload.get('message')}"))
            else:
                future.set_result(payload)

    def send(self, payload: dict[str, Any]) -> asyncio.Future[dict[str, Any]]:
        assert self.process.stdin is not None
        self.next_id += 1
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.waiting[self.next_id] = future
        request = {"message_id": self.next_id, "payload": payload}
        self.process.stdin.write(base64.b64encode(json.dumps(request).encode("utf-8")) + b",")
        return future

    async def close(self) -> None:
        """Let the service finish what it writes and leave (it does at the end of its input); stop
        it only if it does not."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.close()
            await asyncio.wait_for(self.process.wait(), timeout=120)
        except (asyncio.TimeoutError, ConnectionError):
            if self.process.returncode is None:
                self.process.terminate()
            await self.process.wait()
        finally:
            self.reader.cancel()


def page(r: Record) -> str:
    """The record as the HTML page Pagefind indexes: the title as a heading, so that it weighs more
    than the text (a person's page ranks first for the person's name).

    Pagefind keeps the text of a page as it reads it, entities decoded, and its excerpts and
    titles are that text with `<mark>` around the words found; so the text is escaped twice here,
    to reach the index escaped once, and `<` in the index is only ever Pagefind's own mark.
    """
    title = html.escape(html.escape(r.title, quote=False), quote=False)
    text = html.escape(html.escape(r.content, quote=False), quote=False)
    weight = TITLE_WEIGHTS.get(r.url.split("/", 1)[0], DEFAULT_TITLE_WEIGHT)
    return (f"<html lang=\"{LANGUAGE}\"><body><h1 data-pagefind-weight=\"{weight}\">{title}</h1>"
            f"<p>{text}</p></body></html>")


async def _write(records: list[Record], output: Path) -> None:
    service = await _Service.start()
    try:
        made = await service.send({"type": "NewIndex", "config": {"force_language": LANGUAGE}})
        index_id = made["index_id"]
        assert service.process.stdin is not None
        pending = []
        for number, r in enumerate(records, 1):
            pending.append(service.send({"type": "AddFile", "index_id": index_id, "url": r.url,
                                         "file_contents": page(r), "file_path": None}))
            if number % 1000 == 0:
                await service.process.stdin.drain()
        await asyncio.gather(*pending)
        await service.send({"type": "WriteFiles", "index_id": index_id, "output_path": str(output)})
        # Under load its files were found empty or cut short after its answer: wait until the
        # index's files stop growing before letting the service go. Their sizes are watched
        # (17,000 stats); reading and decompressing every file, done once below, took 0.6 s a time.
        last: dict[str, int] | None = None
        for _ in range(WAIT_STEPS):
            now = _sizes(output)
            if now is not None and now == last:
                break
            last = now
            await asyncio.sleep(0.05)
    finally:
        await service.close()
    check(output)
    if whole(output) is None:
        raise RuntimeError("Pagefind's index has a file cut short")


def _sizes(output: Path) -> dict[str, int] | None:
    """Sizes of the index's files once its entry names a metadata file that is there and no file
    is empty, else None."""
    try:
        check(output)
    except RuntimeError:
        return None
    sizes = _files(output)
    return sizes if all(sizes.values()) else None


def whole(output: Path) -> dict[str, int] | None:
    """Sizes of the index's files when it is whole (its entry names its metadata, and every
    compressed file decompresses to the end), else None.

    Every file is read once, by folder listing and plain `open` (at 10,000 articles, 17,000 files:
    1.0 s with `Path.rglob`, `read_bytes` and `gzip.decompress`, 0.4 s so, measured on tmpfs)."""
    try:
        check(output)
    except RuntimeError:
        return None
    sizes: dict[str, int] = {}
    for rel, path in _walk(output):
        with open(path, "rb") as file:
            data = file.read()
        if not data:
            return None
        if data[:2] == b"\x1f\x8b" and not _inflates(data):
            return None
        sizes[rel] = len(data)
    return sizes


def _inflates(data: bytes) -> bool:
    """Every gzip member of the file decompresses to its end (`gzip.decompress`'s test, without
    keeping what it inflates)."""
    while data:
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            inflate.decompress(data)
        except zlib.error:
            return False
        if not inflate.eof:
            return False
        data = inflate.unused_data.lstrip(b"\x00")  # as gzip.decompress, padding after a member
    return True


def check(output: Path) -> None:
    """Refuse an index whose entry file does not name a metadata file that is there: a site must
    keep its last good index rather than take a broken one."""
    try:
        entry = json.loads((output / ENTRY).read_bytes())
        metas = [output / f"pagefind.{lang['hash']}.pf_meta" for lang in entry["languages"].values()]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RuntimeError(f"Pagefind wrote no readable {ENTRY}: {exc}") from exc
    missing = [m.name for m in metas if not m.is_file() or m.stat().st_size == 0]
    if missing or not metas:
        raise RuntimeError(f"Pagefind's index is incomplete: {', '.join(missing) or 'no language'}")


def write_index(records: list[Record], output: Path) -> None:
    """Pagefind's index of `records` (and its search script) into the folder `output`, made anew.

    In a thread of its own: the caller may be running an event loop already (MkDocs' server, a
    browser driven from the same process), and asyncio runs one loop per thread."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            one_core()
            asyncio.run(_write(records, output))
        except BaseException as exc:  # raised again in the caller's thread
            failed.append(exc)

    for attempt in range(2):  # a second time if Pagefind left an incomplete index
        failed.clear()
        thread = threading.Thread(target=run, name="pagefind")
        thread.start()
        thread.join()
        if not failed or not isinstance(failed[0], RuntimeError) or attempt:
            break
    if failed:
        raise failed[0]


def one_core() -> None:
    """Keep the calling thread, and so the Pagefind binary it starts (a process inherits the
    affinity of the thread that starts it), on one core.

    Pagefind's work on these records is nearly serial, but its binary runs dozens of threads that
    wake each other for every file it writes; spread over the cores, their waking costs about as
    much system time as the indexing itself. Measured at 10,000 articles, two cores, site on
    tmpfs so that the disk did not drift between builds, `mkdocs build` with the generator's output
    current and the index made anew, three pairs each way: 14.5, 15.6, 15.0 s free against 14.0,
    13.2, 13.9 s on one core (the index done 12.5-13.6 s against 11.3-12.0 s from its start).
    Only this thread is held: the rest of the process, and the page workers, keep every core."""
    if hasattr(os, "sched_getaffinity"):
        allowed = os.sched_getaffinity(0)
        if len(allowed) > 1:
            os.sched_setaffinity(0, {max(allowed)})


def _wanted(rel: str) -> bool:
    return rel.startswith(WANTED) and "/" not in rel.removeprefix("index/").removeprefix(
        "fragment/").removeprefix("filter/")


def _files(folder: Path) -> dict[str, int]:
    """Path relative to `folder` -> size, of every file under it."""
    return {rel: os.stat(path).st_size for rel, path in _walk(folder)}


def _walk(folder: Path) -> Iterator[tuple[str, str]]:
    """(path relative to `folder` with '/', full path) of every file under it, by folder listing:
    no path object per file (17,000 of them at 10,000 articles)."""
    for top, _, names in os.walk(folder):
        rel = os.path.relpath(top, folder)
        for name in names:
            yield (name if rel == "." else f"{rel}/{name}"), os.path.join(top, name)


def sync(new: Path, target: Path, move: bool = False, link: bool = False) -> int:
    """Make `target` hold what `new` holds (Pagefind's files the site uses), writing only the files
    whose bytes differ and removing the rest; returns the files written. Chunk and fragment names
    are digests of their content, so an edit rewrites a handful of files, not the index.

    With `move`, files are moved out of `new` (a folder made to be thrown away) rather than copied;
    with `link`, hard-linked (a built site's copy of docs/pagefind/, whose files are replaced, never
    changed in place). A first index is 17,000 files at 10,000 articles: copying them took 3.8 s."""
    found = _files(new)
    wanted = {rel: size for rel, size in found.items() if _wanted(rel)}
    there = _files(target) if target.is_dir() else {}
    if move and not there and _folder_moved(new, target, [rel for rel in found if rel not in wanted]):
        return len(wanted)
    if link and not there:
        return _link_all(new, target, wanted)
    written = 0
    folders: set[Path] = set()
    # The index's chunks and fragments are named by their content: one already there under the same
    # name and size is the same (reading 17,000 fragments to compare them took a second and a half).
    for rel in sorted(wanted, key=lambda rel: rel == ENTRY):
        if rel.startswith(NAMED_BY_CONTENT) and there.get(rel) == wanted[rel]:
            continue
        dest = target / rel
        if rel in there and there[rel] == wanted[rel] and dest.read_bytes() == (new / rel).read_bytes():
            continue
        if dest.parent not in folders:
            dest.parent.mkdir(parents=True, exist_ok=True)
            folders.add(dest.parent)
        if rel in there:  # replaced through a temporary, so a reader sees the old file or the new
            temporary = dest.with_name(dest.name + ".tmp")
            _place(new / rel, temporary, move, link)
            os.replace(temporary, dest)
        else:  # a new name: moved or linked into place at once, which is as atomic
            _place(new / rel, dest, move, link)
        written += 1
    for rel in there:
        if rel not in wanted and rel != STAMP:
            (target / rel).unlink()
    return written


def _folder_moved(new: Path, target: Path, unwanted: list[str]) -> bool:
    """Into an empty or missing `target`, the folder `new` itself is moved, whole and at once, once
    the files the site does not use are out of it: a first index's 17,000 moves took 0.8 s at
    the end of a build from nothing (tmpfs). False where the system refuses (a folder that holds
    empty folders, a system that does not replace folders): then the files are moved one by one."""
    for rel in unwanted:
        (new / rel).unlink()
    if target.is_dir() and any(target.iterdir()):
        return False
    try:
        if target.is_dir():
            target.rmdir()
        os.replace(new, target)
    except OSError:
        target.mkdir(parents=True, exist_ok=True)
        return False
    return True


def _link_all(new: Path, target: Path, wanted: dict[str, int]) -> int:
    """Every wanted file of `new` hard-linked into a `target` that holds none yet, the entry last:
    the general path's checks and path objects took 0.7-1.2 s of 17,407 links at 10,000 articles,
    at the end of a whole build."""
    made: set[str] = set()
    for rel in sorted(wanted, key=lambda rel: rel == ENTRY):
        folder = rel.rpartition("/")[0]
        if folder not in made:
            os.makedirs(os.path.join(target, folder), exist_ok=True)
            made.add(folder)
        source, dest = os.path.join(new, rel), os.path.join(target, rel)
        try:
            os.link(source, dest)
        except FileExistsError:  # written meanwhile by someone else: replaced, as the general path does
            _place(Path(source), Path(dest), False, True)
        except OSError:  # another file system, or links not supported: copied
            _place(Path(source), Path(dest), False, False)
    return len(wanted)


def _place(source: Path, dest: Path, move: bool, link: bool) -> None:
    """`source`'s bytes at `dest` (which is not there), the cheapest way allowed; copied where the
    file system cannot move or link across folders."""
    dest.unlink(missing_ok=True)
    try:
        if move:
            os.replace(source, dest)
            return
        if link:
            os.link(source, dest)
            return
    except OSError:  # another file system, or links not supported: copy
        pass
    dest.write_bytes(source.read_bytes())
