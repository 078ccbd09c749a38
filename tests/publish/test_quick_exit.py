"""`mkdocs build` leaves without the interpreter's teardown only where nothing can be lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from generator.publish import quick_exit

SCRIPT = textwrap.dedent("""
    import atexit, sys
    sys.argv[0] = "mkdocs"
    atexit.register(lambda: print("an earlier exit handler ran", flush=True))
    from generator.publish import quick_exit
    print("armed" if quick_exit.arm(sys.argv[1:]) else "not armed")
    print("built")  # left in the buffer: the quick exit must flush it
""")


def run(*plugins: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, *plugins], capture_output=True, text=True,
                          timeout=60)


def test_the_mkdocs_command_with_only_our_plugins_skips_the_teardown_and_keeps_its_output() -> None:
    done = run("search", "diplomacy")
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["armed", "built"]  # the earlier handler never ran


def test_another_plugin_keeps_every_exit_handler() -> None:
    done = run("search", "diplomacy", "git-revision-date")
    assert done.stdout.splitlines() == ["not armed", "built", "an earlier exit handler ran"]


def test_a_program_that_runs_a_build_inside_itself_keeps_its_own_exit() -> None:
    assert not quick_exit.is_mkdocs_command()  # this test runner
    assert quick_exit.arm(["diplomacy"]) is False
