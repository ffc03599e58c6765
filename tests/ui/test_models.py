"""The Qt item models against Qt's own model checker, and their behaviour."""

from PySide6.QtCore import Qt

from pos_app.api.models import Store
from pos_app.domain.cart import variant_item
from pos_app.domain.search import fold
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.sale.cart_model import QTY, TOTAL, CartModel
from pos_app.ui.sale.sellable_model import SellableModel
from pos_app.ui.sale.store_model import StoreListModel


def item(n: int, name: str = "Kopi", physical: bool = True):
    return variant_item(
        unique_id=f"variant_{n}",
        variant_id=n,
        name=f"{name} {n}",
        price=1000 * n,
        sku=f"SKU-{n}",
        weight=100,
        item_type="physical" if physical else "digital",
        search_text=fold(f"{name} {n} SKU-{n}"),
    )


def test_sellable_model_filters_and_appends(qtmodeltester):
    model = SellableModel()
    model.replace_all([item(1), item(2, "Café Latte"), item(3, "Teh")])
    qtmodeltester.check(model)
    model.set_query("cafe")
    assert model.rowCount() == 1 and model.item_at(0).unique_id == "variant_2"
    model.append([item(4, "Cafe Susu"), item(5, "Roti")])
    assert [model.item_at(r).unique_id for r in range(model.rowCount())] == ["variant_2", "variant_4"]
    assert model.data(model.index(0, 2)) == "Rp 2.000"
    model.set_query("")
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_cart_model_edits_quantity_and_totals(qtmodeltester):
    model = CartModel()
    model.add(item(1))
    model.add(item(2, physical=False))
    model.add(item(1))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, QTY)) == "2"
    assert model.setData(model.index(1, QTY), "5")
    assert model.data(model.index(1, TOTAL)) == "Rp 10.000"
    assert not model.setData(model.index(1, QTY), "0")
    assert not model.setData(model.index(1, QTY), "abc")
    model.change_quantity(0, -1)
    model.change_quantity(0, -1)  # never below one: removing is its own action
    assert model.cart.lines[0].quantity == 1
    model.remove(0)
    assert model.rowCount() == 1 and model.data(model.index(0, 0), ObjectRole).item.unique_id == "variant_2"
    assert model.flags(model.index(0, QTY)) & Qt.ItemFlag.ItemIsEditable


def test_store_model(qtmodeltester):
    model = StoreListModel()
    model.set_stores(
        [Store(1, "store_a", "Kopi Nusantara", domain="https://kopi.id"), Store(2, "store_b", "Batik")]
    )
    qtmodeltester.check(model)
    assert model.row_of(2) == 1 and model.data(model.index(0)) == "Kopi Nusantara"
