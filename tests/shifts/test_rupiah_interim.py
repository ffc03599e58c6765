"""The interim formatter (goes with the module once money.format_rupiah is merged)."""

from __future__ import annotations

import pytest

from pos_app.domain._rupiah_interim import format_rupiah
from pos_app.domain.money import parse_rupiah


@pytest.mark.parametrize(
    ("amount", "text"),
    [(0, "Rp 0"), (999, "Rp 999"), (1_000, "Rp 1.000"), (1_234_567, "Rp 1.234.567"), (-5_000, "-Rp 5.000")],
)
def test_dot_thousands_and_the_sign_before_rp(amount, text):
    assert format_rupiah(amount) == text


def test_round_trips_through_the_cashiers_parser():
    assert parse_rupiah(format_rupiah(315_000)) == 315_000


@pytest.mark.parametrize("bad", [1.5, True, "100"])
def test_only_whole_rupiah(bad):
    with pytest.raises(TypeError):
        format_rupiah(bad)
