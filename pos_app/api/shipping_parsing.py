"""JSON → the typed shipping search results: districts, postal codes, warehouses, courier quotes."""

from __future__ import annotations

from collections.abc import Mapping

from pos_app.api.models import CourierQuote, Location, WarehouseOption
from pos_app.api.wire import (
    as_object,
    bad,
    flag,
    grams,
    money,
    opt_str,
    optional_object,
    req_int,
    req_str,
    text,
    to_int,
)


def parse_location(item: object) -> Location:
    obj = as_object(item, "location")
    parts = [text(obj.get(k)) for k in ("subdistrict_name", "city_name", "province_name")]
    return Location(
        id=req_int(obj, "id", "location"),
        subdistrict_name=parts[0],
        city_name=parts[1],
        province_name=parts[2],
        display=text(obj.get("display")) or ", ".join(p for p in parts if p),
    )


def parse_postal_code(item: object) -> str:
    # Contract §9 #19: items are {postal_code} objects, but bare strings are tolerated.
    if isinstance(item, Mapping):
        item = item.get("postal_code")
    code = opt_str(item)
    if not code:
        raise bad("postal code item has no postal_code")
    return code


def parse_warehouse_option(item: object) -> WarehouseOption:
    obj = as_object(item, "warehouse search result")
    warehouse = as_object(obj.get("warehouse"), "warehouse search result.warehouse")
    address = optional_object(warehouse.get("warehouse_address"))
    distance = obj.get("distance_km")
    return WarehouseOption(
        id=req_int(warehouse, "id", "warehouse"),
        unique_id=req_str(warehouse, "unique_id", "warehouse"),
        name=text(warehouse.get("name")),
        city=opt_str(address.get("city")) or opt_str(warehouse.get("city_name")),
        province=opt_str(address.get("province")) or opt_str(warehouse.get("province_name")),
        distance_km=_distance(distance),
    )


def _distance(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def parse_courier_quote(item: object) -> CourierQuote:
    obj = as_object(item, "courier service result")
    service = as_object(obj.get("courier_service"), "courier service result.courier_service")
    courier = optional_object(service.get("courier"))
    warehouse = optional_object(obj.get("warehouse"))
    etd = obj.get("etd")
    return CourierQuote(
        courier_service_id=req_int(service, "id", "courier_service"),
        service_code=text(service.get("code")),
        service_name=text(service.get("name")),
        courier_code=text(courier.get("code")),
        courier_name=text(courier.get("name")),
        # The order must carry exactly the quoted cost, so a quote without one is useless.
        cost=money(obj, "cost", "courier service result"),
        etd=text(etd) if not isinstance(etd, float) else f"{etd:g}",
        is_cod=flag(obj.get("is_cod"), False),
        courier_type=opt_str(courier.get("courier_type")),
        shipment_provider_code=opt_str(obj.get("shipment_provider_code")),
        weight=grams(obj.get("weight")),
        warehouse_id=to_int(warehouse.get("id")),
    )
