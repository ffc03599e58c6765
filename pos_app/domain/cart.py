"""The cart: variant lines and bundle-option lines side by side, with their totals.

Plain Python so that totals, weights and the physical check are tested without Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import Enum

from pos_app.domain.money import Rupiah

PHYSICAL = "physical"


class ItemKind(Enum):
    VARIANT = "variant"
    BUNDLE_OPTION = "bundle_option"


@dataclass(frozen=True, slots=True)
class Component:
    """A variant inside a sellable item, with how many of it one unit holds."""

    variant_id: int  # numeric id, what the warehouse search wants
    quantity: int
    weight: int  # grams for one of this variant
    physical: bool


@dataclass(frozen=True, slots=True)
class SellableItem:
    """What can go in a cart: a product variant or a bundle price option."""

    kind: ItemKind
    unique_id: str  # variant_unique_id or bundle_price_option_unique_id
    numeric_id: int
    name: str
    price: Rupiah
    components: tuple[Component, ...]
    sku: str = ""
    weight_bump: int = 0  # grams a bundle adds to the shipping weight
    image_url: str | None = None
    search_text: str = ""  # what search matches against (already folded)

    @property
    def is_physical(self) -> bool:
        return any(c.physical for c in self.components)

    @property
    def unit_weight(self) -> int:
        """Shipping grams for one unit; digital parts weigh nothing."""
        parts = sum(c.weight * c.quantity for c in self.components if c.physical)
        return parts + (self.weight_bump if self.is_physical else 0)


def variant_item(
    *,
    unique_id: str,
    variant_id: int,
    name: str,
    price: Rupiah,
    sku: str,
    weight: int,
    item_type: str,
    image_url: str | None = None,
    search_text: str = "",
) -> SellableItem:
    physical = item_type == PHYSICAL
    return SellableItem(
        kind=ItemKind.VARIANT,
        unique_id=unique_id,
        numeric_id=variant_id,
        name=name,
        price=price,
        sku=sku,
        components=(Component(variant_id, 1, weight if physical else 0, physical),),
        image_url=image_url,
        search_text=search_text,
    )


@dataclass(frozen=True, slots=True)
class CartLine:
    item: SellableItem
    quantity: int

    @property
    def total(self) -> Rupiah:
        return self.item.price * self.quantity


class QuantityError(ValueError):
    """A quantity below one, or not a whole number."""


@dataclass
class Cart:
    lines: list[CartLine] = field(default_factory=list)

    def __iter__(self) -> Iterator[CartLine]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    def index_of(self, unique_id: str) -> int | None:
        for row, line in enumerate(self.lines):
            if line.item.unique_id == unique_id:
                return row
        return None

    def add(self, item: SellableItem, quantity: int = 1) -> int:
        """Add units of an item; the same item again raises the quantity of its line.

        Returns the row of the line that changed.
        """
        _check_quantity(quantity)
        row = self.index_of(item.unique_id)
        if row is None:
            self.lines.append(CartLine(item, quantity))
            return len(self.lines) - 1
        line = self.lines[row]
        self.lines[row] = replace(line, quantity=line.quantity + quantity)
        return row

    def set_quantity(self, row: int, quantity: int) -> None:
        _check_quantity(quantity)
        self.lines[row] = replace(self.lines[row], quantity=quantity)

    def remove(self, row: int) -> CartLine:
        return self.lines.pop(row)

    def clear(self) -> None:
        self.lines.clear()

    @property
    def subtotal(self) -> Rupiah:
        return sum(line.total for line in self.lines)

    @property
    def is_physical(self) -> bool:
        return any(line.item.is_physical for line in self.lines)

    @property
    def total_weight(self) -> int:
        """Grams for the courier search: variant weight × quantity plus bundle bumps."""
        return sum(line.item.unit_weight * line.quantity for line in self.lines)

    def warehouse_variants(self) -> list[tuple[int, int]]:
        """(variant_id, qty) for the warehouse search, bundles expanded into their variants."""
        totals: dict[int, int] = {}
        for line in self.lines:
            for component in line.item.components:
                qty = component.quantity * line.quantity
                totals[component.variant_id] = totals.get(component.variant_id, 0) + qty
        return list(totals.items())

    def signature(self) -> tuple[tuple[str, int], ...]:
        """What a shipping quote depends on; a changed signature makes a quote stale."""
        return tuple((line.item.unique_id, line.quantity) for line in self.lines)


def _check_quantity(quantity: int) -> None:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise QuantityError(f"quantity must be a whole number of at least 1, got {quantity!r}")
