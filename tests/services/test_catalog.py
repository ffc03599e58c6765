"""Catalog rows as the product list searches them."""

from __future__ import annotations

from pos_app.api.models import Bundle, BundleLine, BundlePriceOption
from pos_app.domain.search import matching_rows
from pos_app.services.catalog import bundle_to_items

GIFT = Bundle(
    id=7,
    name="Paket Lebaran",  # what the list shows, with the option's name
    display="Hampers premium isi kopi dan kue",  # a longer text the list never shows
    lines=(BundleLine(101, "var-kopi", "Kopi Gayo", "KG-250", 2, 260, "physical"),),
    price_options=(
        BundlePriceOption(1, "bpo-kecil", "Kecil", 150_000),
        BundlePriceOption(2, "bpo-besar", "Besar", 250_000),
        BundlePriceOption(3, "bpo-lama", "Lama", 99_000, is_visible=False),
    ),
)


def test_a_bundle_is_found_by_the_name_the_list_shows() -> None:
    items = bundle_to_items(GIFT)
    assert [item.name for item in items] == ["Paket Lebaran – Kecil", "Paket Lebaran – Besar"]
    texts = [item.search_text for item in items]
    # Words only in the shown name: the bundle's name and the option's.
    assert matching_rows(texts, "lebaran") == [0, 1]
    assert matching_rows(texts, "paket besar") == [1]
    assert matching_rows(texts, "LEBARAN kecil") == [0]
    # The hidden display text still finds it, as before.
    assert matching_rows(texts, "hampers kue") == [0, 1]
    assert matching_rows(texts, "lebaran lama") == []  # a hidden option is not sold
