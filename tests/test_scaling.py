"""The growth measure itself: it must tell quadratic work from linear work."""

from __future__ import annotations

from tests.scaling import LINEAR, growth


def _pairs(n: int) -> int:
    return sum(1 for i in range(n) for j in range(n) if i == j)


def _once(n: int) -> int:
    return sum(1 for _ in range(n * 300))


def test_quadratic_work_is_caught() -> None:
    assert growth(_pairs, 600, 2400) > LINEAR


def test_linear_work_passes() -> None:
    assert growth(_once, 600, 2400) < LINEAR
