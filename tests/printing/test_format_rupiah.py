"""The receipt formatter must print exactly what the cashier sees on screen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import format_rupiah, parse_rupiah
from pos_app.ui.common.money_format import format_money


@pytest.mark.parametrize(
    ("amount", "text"),
    [(0, "Rp 0"), (500, "Rp 500"), (1_000, "Rp 1.000"), (1_234_567, "Rp 1.234.567"), (-5_000, "-Rp 5.000")],
)
def test_indonesian_grouping(amount, text):
    assert format_rupiah(amount) == text


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_same_text_as_the_screen(amount):
    assert format_rupiah(amount) == format_money(amount)


@given(st.integers(min_value=0, max_value=10**15))
def test_reads_back(amount):
    assert parse_rupiah(format_rupiah(amount)) == amount


@pytest.mark.parametrize("bad", [1.5, True, "1000", None])
def test_only_whole_rupiah(bad):
    with pytest.raises(TypeError):
        format_rupiah(bad)
