from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import money_from_wire, parse_rupiah

amounts = st.integers(min_value=0, max_value=10**12)


@given(amounts)
def test_number_and_both_decimal_string_forms_agree(amount):
    assert money_from_wire(amount) == amount
    assert money_from_wire(float(amount)) == amount
    assert money_from_wire(str(amount)) == amount
    assert money_from_wire(f"{amount}.00") == amount
    assert money_from_wire(Decimal(amount)) == amount


@pytest.mark.parametrize("text", ["1500000", "1.500.000", "Rp 1.500.000", "Rp1.500.000", " rp 1.500.000 "])
def test_typed_amounts(text):
    assert parse_rupiah(text) == 1_500_000


def test_dot_groups_thousands():
    assert parse_rupiah("1.500") == 1500


@pytest.mark.parametrize("bad", ["", "abc", "1.50", "1,500,000", "Rp", "12.34.567"])
def test_rejects_what_is_not_rupiah(bad):
    with pytest.raises(ValueError):
        parse_rupiah(bad)


@pytest.mark.parametrize("bad", [None, True, "12abc", "1e5", [], float("nan")])
def test_wire_rejects_non_money(bad):
    with pytest.raises(ValueError):
        money_from_wire(bad)
