"""Shares of a render claim whole units of pages: each unit once, own stretch first, then others'."""

from __future__ import annotations

import itertools
import multiprocessing

import pytest

from generator.build.render_job import Claims
from generator.build.workers import fork_map


def test_one_share_takes_every_unit_in_order() -> None:
    assert list(Claims().order([5, 1, 1, 9], 0, 1)) == [0, 1, 2, 3]


def test_each_share_starts_on_its_own_stretch_then_takes_from_the_far_end_of_the_others() -> None:
    claims = Claims()
    weights = [10] * 10
    first, second = claims.order(weights, 0, 2), claims.order(weights, 1, 2)
    assert [next(first), next(second)] == [0, 5]
    taken = [next(first) for _ in range(4)]  # share 0 finishes its stretch: 1..4
    assert taken == [1, 2, 3, 4]
    assert next(first) == 9  # then helps share 1 from the back of its stretch
    assert sorted([*second, *first]) == [6, 7, 8]


def test_shares_run_one_after_another_still_render_everything_once() -> None:
    claims = Claims()
    weights = [3, 1, 4, 1, 5, 9, 2, 6]
    done = [list(claims.order(weights, part, 3)) for part in range(3)]
    assert sorted(itertools.chain(*done)) == list(range(len(weights)))
    assert done[1:] == [[], []]


def test_stretches_follow_the_weights() -> None:
    claims = Claims()
    heavy_first = [100, 1, 1, 1, 1]
    assert next(claims.order(heavy_first, 1, 2)) == 1  # the heavy unit is a stretch of its own


def test_forked_shares_split_the_units_between_them() -> None:
    claims = Claims()
    weights = [1 + i % 7 for i in range(200)]

    def share(part: int, parts: int) -> list[int]:
        return list(claims.order(weights, part, parts))

    done = fork_map(share, 2)  # however the two processes interleave
    assert sorted(done[0] + done[1]) == list(range(200))


def test_without_shared_memory_the_shares_take_every_other_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")

    context = multiprocessing.get_context("fork")
    monkeypatch.setattr(type(context), "Lock", refuse)
    claims = Claims()
    weights = [1] * 7
    done = [list(claims.order(weights, part, 2)) for part in range(2)]
    assert done == [[0, 2, 4, 6], [1, 3, 5]]
