# ruff: noqa: E501  (the examples are copied verbatim, long lines included)
"""The example JSON of §7 of shared/scalev-api.md, copied literally.

The acceptance test compares the training server's answers with these shapes; keep the text
identical to the contract so a contract change shows up as a diff here.
"""

from __future__ import annotations

import json
from typing import Any


def _load(text: str) -> Any:
    return json.loads(text)

# 7.1 GET /v3/stores/simplified?search=nusantara
STORES_SIMPLIFIED = _load(
    """
{
  "data": [
    {
      "id": 4127,
      "unique_id": "store_Kq7Wd2Lm",
      "uuid": "5b2f8c1e-7d4a-4f9b-a3c6-1e8d9f2b7a40",
      "name": "Kopi Nusantara Cabang Dago",
      "business_id": 1893,
      "logo": "https://cdn.kopinusantara.id/brand/logo-256.png",
      "custom_domain": { "id": 771, "full_url": "https://kopinusantara.id", "is_verified": true },
      "payment_methods": ["qris", "bank_transfer"]
    }
  ],
  "is_paginated": true,
  "has_next": false,
  "has_previous": false,
  "next_cursor": null,
  "previous_cursor": null,
  "page_size": 25
}
"""
)

# 7.1 GET /v3/stores/4127/payment-methods
PAYMENT_METHODS = _load(
    """
{ "data": ["qris", "bank_transfer"], "is_paginated": false }
"""
)

# 7.2 GET /v3/stores/4127/products
PRODUCTS = _load(
    """
{
  "data": [
    {
      "id": 8803,
      "name": "Tumbler Batik Parang 500 ml",
      "display": "Tumbler Batik Parang 500 ml",
      "is_visible": true,
      "item_type": "physical",
      "images": ["https://cdn.kopinusantara.id/p/tumbler-parang-1.jpg"],
      "option1_name": "Warna",
      "variants": [
        { "id": 55301, "unique_id": "variant_Tb9pI1", "fullname": "Tumbler Batik Parang 500 ml - Biru Indigo",
          "sku": "TBP-500-BIR", "price": 125000,
          "item_type": "physical", "weight": 450, "option1_value": "Biru Indigo",
          "images": ["https://cdn.kopinusantara.id/v/tbp-biru.jpg"] },
        { "id": 55302, "unique_id": "variant_Tb9pS6", "fullname": "Tumbler Batik Parang 500 ml - Coklat Sogan",
          "sku": "TBP-500-CKL", "price": 125000,
          "item_type": "physical", "weight": 450, "option1_value": "Coklat Sogan",
          "images": ["https://cdn.kopinusantara.id/v/tbp-sogan.jpg"] }
      ]
    },
    {
      "id": 8802,
      "name": "Kopi Arabika Gayo 250 gr",
      "display": "Kopi Arabika Gayo 250 gr",
      "is_visible": true,
      "item_type": "physical",
      "images": ["https://cdn.kopinusantara.id/p/gayo-250.jpg"],
      "option1_name": "Gilingan",
      "variants": [
        { "id": 55201, "unique_id": "variant_Gy4bU8", "fullname": "Kopi Arabika Gayo 250 gr - Biji Utuh",
          "sku": "KAG-250-BJ", "price": 85000,
          "item_type": "physical", "weight": 270, "option1_value": "Biji Utuh", "images": [] },
        { "id": 55202, "unique_id": "variant_Gy4bH3", "fullname": "Kopi Arabika Gayo 250 gr - Bubuk Halus",
          "sku": "KAG-250-BK", "price": 87000,
          "item_type": "physical", "weight": 270, "option1_value": "Bubuk Halus", "images": [] }
      ]
    },
    {
      "id": 8801,
      "name": "E-Book Resep Kopi Susu Kekinian",
      "display": "E-Book Resep Kopi Susu Kekinian",
      "is_visible": true,
      "item_type": "digital",
      "images": ["https://cdn.kopinusantara.id/p/ebook-kopsu.jpg"],
      "variants": [
        { "id": 55101, "unique_id": "variant_Eb7kQ2", "fullname": "E-Book Resep Kopi Susu Kekinian",
          "sku": "EBK-KOPSU-01", "price": 49000,
          "item_type": "digital", "weight": 0, "images": [] }
      ]
    }
  ],
  "is_paginated": true,
  "has_next": false,
  "has_previous": false,
  "next_cursor": null,
  "previous_cursor": null,
  "page_size": 25
}
"""
)

# 7.3 GET /v3/stores/4127/bundles
BUNDLES = _load(
    """
{
  "data": [
    {
      "id": 3301,
      "name": "Paket Ngopi Pagi",
      "display": "Paket Ngopi Pagi (Kopi Gayo + Tumbler)",
      "public_name": "Paket Ngopi Pagi",
      "weight_bump": 50,
      "images": ["https://cdn.kopinusantara.id/b/ngopi-pagi.jpg"],
      "bundlelines": [
        { "id": 9101, "quantity": 1,
          "variant": { "id": 55201, "unique_id": "variant_Gy4bU8", "name": "Kopi Arabika Gayo 250 gr - Biji Utuh",
                       "sku": "KAG-250-BJ", "price": 85000, "weight": 270, "item_type": "physical" } },
        { "id": 9102, "quantity": 1,
          "variant": { "id": 55301, "unique_id": "variant_Tb9pI1", "name": "Tumbler Batik Parang 500 ml - Biru Indigo",
                       "sku": "TBP-500-BIR", "price": 125000, "weight": 450, "item_type": "physical" } }
      ],
      "bundle_price_options": [
        { "id": 7701, "unique_id": "bpo_Np1Hm8", "name": "Harga Normal", "slug": "ngopi-pagi-normal",
          "price": 199000, "is_visible": true },
        { "id": 7702, "unique_id": "bpo_Np2Kl5", "name": "Promo Gajian", "slug": "ngopi-pagi-gajian",
          "price": 179000, "is_visible": true }
      ]
    }
  ],
  "is_paginated": true,
  "has_next": false,
  "has_previous": false,
  "next_cursor": null,
  "previous_cursor": null,
  "page_size": 25
}
"""
)

# 7.4 GET /v3/locations?search=… (three searches' rows in one envelope)
LOCATIONS = _load(
    """
{
  "data": [
    { "id": 2843, "subdistrict_name": "Coblong", "city_name": "Kota Bandung", "province_name": "Jawa Barat",
      "display": "Coblong, Kota Bandung, Jawa Barat" },
    { "id": 1517, "subdistrict_name": "Tebet", "city_name": "Kota Jakarta Selatan", "province_name": "DKI Jakarta",
      "display": "Tebet, Kota Jakarta Selatan, DKI Jakarta" },
    { "id": 4630, "subdistrict_name": "Lowokwaru", "city_name": "Kota Malang", "province_name": "Jawa Timur",
      "display": "Lowokwaru, Kota Malang, Jawa Timur" }
  ],
  "is_paginated": true,
  "has_next": false,
  "page_size": 25
}
"""
)

# 7.4 GET /v3/locations/2843/postal-codes
POSTAL_CODES = _load(
    """
{ "data": [ { "postal_code": "40131" }, { "postal_code": "40132" }, { "postal_code": "40135" } ], "is_paginated": false }
"""
)

# 7.5 POST /v3/shipping-costs/search-warehouse (request)
SEARCH_WAREHOUSE_REQUEST = _load(
    """
{ "store_id": 4127, "destination_id": 2843,
  "variants": [ { "variant_id": 55201, "qty": 2 }, { "variant_id": 55301, "qty": 1 } ] }
"""
)

# 7.5 POST /v3/shipping-costs/search-warehouse (response)
SEARCH_WAREHOUSE = _load(
    """
{
  "data": [
    {
      "warehouse": {
        "id": 610, "unique_id": "warehouse_Bdg7Xc", "name": "Gudang Bandung - Cicendo",
        "business": { "id": 1893, "username": "kopinusantara" },
        "lincah_origin_id": "LCH-BDG-0042", "mengantar_origin_id": "MGT-BDG-0310",
        "warehouse_address": { "id": 920, "address": "Jl. Pajajaran No. 112", "subdistrict": "Cicendo",
                               "city": "Kota Bandung", "province": "Jawa Barat", "postal_code": "40173",
                               "location": 2851 }
      },
      "destination": { "id": 2843, "subdistrict_name": "Coblong", "city_name": "Kota Bandung",
                       "province_name": "Jawa Barat", "display": "Coblong, Kota Bandung, Jawa Barat" },
      "distance_km": 4.2
    },
    {
      "warehouse": {
        "id": 611, "unique_id": "warehouse_Sby3Rt", "name": "Gudang Surabaya - Rungkut",
        "business": { "id": 2210, "username": "gudangmitra-sby" },
        "lincah_origin_id": "LCH-SBY-0031", "mengantar_origin_id": "MGT-SBY-0118",
        "warehouse_address": { "id": 944, "address": "Jl. Rungkut Industri III No. 8", "subdistrict": "Rungkut",
                               "city": "Kota Surabaya", "province": "Jawa Timur", "postal_code": "60293",
                               "location": 5120 }
      },
      "destination": { "id": 2843, "subdistrict_name": "Coblong", "city_name": "Kota Bandung",
                       "province_name": "Jawa Barat", "display": "Coblong, Kota Bandung, Jawa Barat" },
      "distance_km": 612.8,
      "warehouse_partner": { "id": 41, "partner_id": 2210, "ka_origin_id": "KA-SBY-07",
                             "lincah_origin_id": "LCH-SBY-0031", "mengantar_origin_id": "MGT-SBY-0118" }
    }
  ],
  "is_paginated": false
}
"""
)

# 7.6 POST /v3/shipping-costs/search-courier-service (request)
SEARCH_COURIER_REQUEST = _load(
    """
{ "store_id": 4127, "warehouse_id": 610, "location_id": 2843, "payment_method": "qris",
  "weight": 990, "postal_code": "40132" }
"""
)

# 7.6 POST /v3/shipping-costs/search-courier-service (response)
SEARCH_COURIER = _load(
    """
{
  "data": [
    {
      "courier_service": { "id": 45, "code": "REG", "name": "Reguler",
                           "courier": { "id": 3, "code": "jne", "name": "JNE", "courier_type": "standard" } },
      "cost": 11000, "cost_source": "mengantar", "etd": "1-2",
      "is_cod": true, "is_pickup": true, "shipment_provider_code": "mengantar", "weight": 990,
      "warehouse": { "id": 610, "unique_id": "warehouse_Bdg7Xc", "name": "Gudang Bandung - Cicendo",
                     "address": "Jl. Pajajaran No. 112", "subdistrict_name": "Cicendo",
                     "city_name": "Kota Bandung", "province_name": "Jawa Barat",
                     "lincah_origin_id": "LCH-BDG-0042", "mengantar_origin_id": "MGT-BDG-0310" }
    },
    {
      "courier_service": { "id": 61, "code": "EZ", "name": "Regular EZ",
                           "courier": { "id": 5, "code": "jnt", "name": "J&T Express", "courier_type": "standard" } },
      "cost": 10500, "cost_source": "lincah", "etd": "1-3",
      "is_cod": true, "is_pickup": true, "shipment_provider_code": "lincah", "weight": 990,
      "warehouse": { "id": 610, "unique_id": "warehouse_Bdg7Xc", "name": "Gudang Bandung - Cicendo",
                     "address": "Jl. Pajajaran No. 112", "subdistrict_name": "Cicendo",
                     "city_name": "Kota Bandung", "province_name": "Jawa Barat",
                     "lincah_origin_id": "LCH-BDG-0042", "mengantar_origin_id": "MGT-BDG-0310" }
    },
    {
      "courier_service": { "id": 78, "code": "BEST", "name": "Besok Sampai Tujuan",
                           "courier": { "id": 7, "code": "sicepat", "name": "SiCepat", "courier_type": "standard" } },
      "cost": 19000, "cost_source": "mengantar", "etd": "1",
      "is_cod": false, "is_pickup": true, "shipment_provider_code": "mengantar", "weight": 990,
      "warehouse": { "id": 610, "unique_id": "warehouse_Bdg7Xc", "name": "Gudang Bandung - Cicendo",
                     "address": "Jl. Pajajaran No. 112", "subdistrict_name": "Cicendo",
                     "city_name": "Kota Bandung", "province_name": "Jawa Barat",
                     "lincah_origin_id": "LCH-BDG-0042", "mengantar_origin_id": "MGT-BDG-0310" }
    }
  ],
  "is_paginated": false
}
"""
)

# 7.7 POST /v3/orders (request)
ORDER_REQUEST = _load(
    """
{
  "store_unique_id": "store_Kq7Wd2Lm",
  "customer_name": "Rina Kartikasari",
  "customer_phone": "6281234567890",
  "customer_email": "rina.kartika@example.co.id",
  "ordervariants": [
    { "variant_unique_id": "variant_Gy4bU8", "quantity": 2 },
    { "variant_unique_id": "variant_Tb9pI1", "quantity": 1 }
  ],
  "payment_method": "qris",
  "address": "Jl. Dipati Ukur No. 35, RT 02/RW 05, Lebakgede",
  "location_id": 2843,
  "postal_code": "40132",
  "warehouse_unique_id": "warehouse_Bdg7Xc",
  "courier_service_id": 45,
  "shipping_cost": 11000,
  "shipment_provider_code": "mengantar",
  "notes": "Tolong dibungkus kado, kartu ucapan: Selamat ulang tahun!",
  "metadata": { "pos_terminal": "KASIR-DAGO-01", "pos_receipt_no": "KN-DAGO-000123" }
}
"""
)

# 7.7 POST /v3/orders (response 200)
ORDER = _load(
    """
{
  "id": "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91",
  "order_id": "261127KQWZTRB",
  "secret_slug": "q8Zt3LmV9xRa",
  "public_order_url": "https://kopinusantara.id/order/public/q8Zt3LmV9xRa",
  "payment_url": "https://kopinusantara.id/order/public/q8Zt3LmV9xRa/success",
  "status": "pending",
  "payment_status": "unpaid",
  "payment_method": "qris",
  "epayment_provider": "xendit",
  "pg_reference_id": "qr_1f6d2c9e-4b7a-4e21-9c55-0a8b7d3e6f12",
  "pg_payment_info": {
    "qr_string": "00020101021226660014ID.CO.QRIS.WWW0118936009140000123450215ID10203040506070303UME51440014ID.CO.QRIS.WWW0215ID10203040506070303UME5204581253033605406306000.005802ID5918KOPI NUSANTARA DAGO6007BANDUNG61054013262070703A016304B1C2"
  },
  "pg_paid_info": null,
  "store": { "id": 4127, "unique_id": "store_Kq7Wd2Lm", "uuid": "5b2f8c1e-7d4a-4f9b-a3c6-1e8d9f2b7a40",
             "name": "Kopi Nusantara Cabang Dago" },
  "customer": { "id": 730155, "name": "Rina Kartikasari", "phone": "6281234567890",
                "email": "rina.kartika@example.co.id", "status": "active",
                "created_at": "2026-11-27T03:15:41Z", "last_updated_at": "2026-11-27T03:15:41Z" },
  "destination_address": { "id": 1200451, "name": "Rina Kartikasari", "phone": "6281234567890",
                           "address": "Jl. Dipati Ukur No. 35, RT 02/RW 05, Lebakgede",
                           "subdistrict": "Coblong", "city": "Kota Bandung", "province": "Jawa Barat",
                           "postal_code": "40132", "location": 2843 },
  "origin_address": { "id": 920, "address": "Jl. Pajajaran No. 112", "subdistrict": "Cicendo",
                      "city": "Kota Bandung", "province": "Jawa Barat", "postal_code": "40173",
                      "location": 2851, "location_id": 2851, "warehouse": 610 },
  "warehouse": { "id": 610, "name": "Gudang Bandung - Cicendo", "contact_name": "Asep Hidayat",
                 "contact_phone": "6282211334455" },
  "courier_service": { "id": 45, "code": "REG", "name": "Reguler",
                       "courier": { "id": 3, "code": "jne", "name": "JNE", "courier_type": "delivery", "is_pickup": false } },
  "shipment_provider_code": "mengantar",
  "shipment_receipt": null,
  "shipment_status": null,
  "awb_status": "unavailable",
  "awb_ca_status": "unavailable",
  "orderlines": [
    { "id": "019ac5e2-7b44-7e10-8b21-3c4d5e6f7a80", "product_name": "Kopi Arabika Gayo 250 gr",
      "variant": 55201, "variant_sku": "KAG-250-BJ", "variant_option1_value": "Biji Utuh",
      "quantity": 2, "item_type": "physical", "pricing_type": "one_time", "currency": "IDR",
      "variant_price": 85000, "product_price": 170000, "discount": 0, "weight": 540,
      "tax_rate": 0, "is_inventory": true, "inserted_at": "2026-11-27T03:15:42Z" },
    { "id": "019ac5e2-7b44-7e10-8b21-3c4d5e6f7a81", "product_name": "Tumbler Batik Parang 500 ml",
      "variant": 55301, "variant_sku": "TBP-500-BIR", "variant_option1_value": "Biru Indigo",
      "quantity": 1, "item_type": "physical", "pricing_type": "one_time", "currency": "IDR",
      "variant_price": 125000, "product_price": 125000, "discount": 0, "weight": 450,
      "tax_rate": 0, "is_inventory": true, "inserted_at": "2026-11-27T03:15:42Z" }
  ],
  "total_quantity": 3,
  "product_price": "295000",
  "product_discount": "0",
  "shipping_cost": "11000",
  "shipping_discount": "0",
  "shipping_fee": "11000",
  "shipping_fee_discount": "0",
  "other_income": "0",
  "other_income_name": null,
  "payment_link_income": "0",
  "unique_code_discount": "0",
  "discount_code_discount": "0",
  "discount_code_code": null,
  "gross_revenue": "306000",
  "payment_fee": "2142",
  "scalev_fee": "0",
  "net_revenue": "303858",
  "total_weight": "990",
  "product_weight": "990",
  "weight_bump": "0",
  "tax_rate": null,
  "status_history": [ { "status": "pending", "time": "2026-11-27T03:15:42Z", "by": null } ],
  "payment_status_history": [],
  "draft_time": "2026-11-27T03:15:42Z",
  "pending_time": "2026-11-27T03:15:42Z",
  "unpaid_time": "2026-11-27T03:15:42Z",
  "paid_time": null,
  "confirmed_time": null,
  "canceled_time": null,
  "created_at": "2026-11-27T03:15:42Z",
  "last_updated_at": "2026-11-27T03:15:42Z",
  "notes": "Tolong dibungkus kado, kartu ucapan: Selamat ulang tahun!",
  "metadata": { "pos_terminal": "KASIR-DAGO-01", "pos_receipt_no": "KN-DAGO-000123",
                "custom_domain_full_url": "https://kopinusantara.id" },
  "tags": [],
  "is_probably_spam": false,
  "platform": "scalev"
}
"""
)

# 7.7 POST /v3/orders/change-status (request)
CHANGE_STATUS_REQUEST = _load(
    """
{ "ids": ["019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91"], "status": "canceled" }
"""
)

# 7.7 POST /v3/orders/change-status (response)
CHANGE_STATUS = _load(
    """
{ "data": [ { "id": "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91", "order_id": "261127KQWZTRB",
              "status": "canceled", "payment_status": "unpaid",
              "public_order_url": "https://kopinusantara.id/order/public/q8Zt3LmV9xRa",
              "payment_url": "https://kopinusantara.id/order/public/q8Zt3LmV9xRa/success" } ],
  "is_paginated": false }
"""
)

# 7.8 HTTP 401
ERROR_401 = _load(
    """
{"error":"Invalid API key"}
"""
)

# 7.8 HTTP 400 (validation, field-map form)
ERROR_400 = _load(
    """
{"error":"Validation failed","error_code":"validation_failed",
 "errors":{"customer_name":["can't be blank"],"ordervariants[0].variant_unique_id":["not found in store"]}}
"""
)

# 7.8 HTTP 429: text/plain body and integer rate-limit headers
ERROR_429_BODY = "Too many requests"
ERROR_429_HEADERS = {
    "X-Ratelimit-Limit": "100",
    "X-Ratelimit-Remaining": "0",
    "X-Ratelimit-Reset": "1795763760",
}
