"""Distances and courier quotes.

The tariff is invented but behaves like the real ones where a POS can notice: standard
services charge per started kilogram at a rate that grows with distance, instant services
only run inside a city, COD adds a handling fee and hides services that cannot collect cash.
The same inputs always give the same price, so an order can be checked against its quote.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pos_app.sandbox.model import CourierService, Location, SeedData, Warehouse

_ROAD_FACTOR = 1.25  # roads are longer than the great circle
COD_FEE_RATE = 0.03
COD_FEE_MIN = 2500


def distance_km(a: Location, b: Location) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return round(6371.0 * 2 * math.asin(math.sqrt(h)) * _ROAD_FACTOR, 1)


def billed_kg(grams: int) -> int:
    return max(1, math.ceil(grams / 1000))


def _round_up(amount: float, step: int = 500) -> int:
    return int(math.ceil(amount / step) * step)


def service_cost(service: CourierService, km: float, grams: int, payment_method: str) -> int | None:
    """Price of one service, or None when it cannot take this shipment."""
    if payment_method == "cod" and not service.is_cod:
        return None
    if service.max_km is not None and km > service.max_km:
        return None
    if service.max_weight is not None and grams > service.max_weight:
        return None
    kg = billed_kg(grams)
    if service.courier_type == "instant":
        cost = _round_up(service.base_rate + service.per_km * km) + 2000 * (kg - 1)
    else:
        cost = _round_up(service.base_rate + service.per_km * km) * kg
    if payment_method == "cod":
        cost += max(COD_FEE_MIN, _round_up(cost * COD_FEE_RATE))
    return cost


@dataclass(frozen=True, slots=True)
class Quote:
    service: CourierService
    cost: int


def quotes(data: SeedData, warehouse: Warehouse, destination: Location, payment_method: str,
           grams: int) -> list[Quote]:
    origin = data.location(warehouse.location_id)
    assert origin is not None
    km = distance_km(origin, destination)
    found = []
    for service in data.couriers:
        cost = service_cost(service, km, grams, payment_method)
        if cost is not None:
            found.append(Quote(service, cost))
    found.sort(key=lambda q: (q.cost, q.service.id))
    return found
