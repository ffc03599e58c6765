"""Unauthenticated pages: thumbnails and the buyer's order/payment page.

``payment_url`` must lead somewhere a trainee can open, so the sandbox serves a plain page
with the order summary and a "simulate payment" button.
"""

from __future__ import annotations

import html
from urllib.parse import parse_qs

from pos_app.sandbox import images
from pos_app.sandbox.app import SandboxApp
from pos_app.sandbox.http_types import Request, Response, not_found
from pos_app.sandbox.payments import pays_by_itself

_PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Pesanan {order_id}</title>
<style>body{{font-family:sans-serif;max-width:32em;margin:2em auto}}
td{{padding:.2em .6em}}.paid{{color:#15803d}}.unpaid{{color:#b45309}}</style></head>
<body><p><b>MODE LATIHAN</b> &mdash; tidak ada uang sungguhan.</p>
<h1>{store}</h1><h2>Pesanan {order_id}</h2>
<table>{rows}</table>
<p>Total: <b>Rp {total}</b></p>
<p>Status pembayaran: <b class="{payment_status}">{payment_status}</b></p>
{action}
</body></html>
"""

_PAY_FORM = """<form method="post" action="/order/public/{slug}/pay">
<button type="submit">Simulasikan pembayaran</button></form>"""


def _rupiah(value: float) -> str:
    return f"{round(value):,}".replace(",", ".")


def image(app: SandboxApp, req: Request, name: str) -> Response:
    if not images.is_valid_name(name):
        raise not_found("Image not found")
    return Response(200, images.thumbnail(name), "image/png",
                    {"Cache-Control": "public, max-age=86400"})


def order_page(app: SandboxApp, req: Request, slug: str, page: str = "") -> Response:
    """The order page; its sub-pages (``/success``, ``/ewallet``, ``/invoice`` …) show the
    same summary, which is all a trainee needs from them."""
    pk = app.db.pk_by_slug(slug)
    order = app.get_order(pk) if pk else None
    if order is None:
        raise not_found("Order not found")
    rows = "".join(
        f"<tr><td>{line['quantity']}&times;</td><td>{html.escape(line['product_name'])}</td>"
        f"<td>Rp {_rupiah(line['product_price'])}</td></tr>"
        for line in order["orderlines"]
    )
    # A buyer can only complete a gateway payment alone; a bank transfer, COD or "no payment"
    # is settled by the merchant (the cashier's Transfer received, the pay CLI), as on Scalev.
    unpaid = order["payment_status"] == "unpaid" and order["status"] != "canceled" \
        and pays_by_itself(order["payment_method"])
    body = _PAGE.format(
        store=html.escape(order["store"]["name"]),
        order_id=html.escape(order["order_id"]),
        rows=rows,
        total=_rupiah(float(order["gross_revenue"])),
        payment_status=html.escape(order["payment_status"]),
        action=_PAY_FORM.format(slug=html.escape(slug)) if unpaid else "",
    )
    return Response(200, body.encode(), "text/html; charset=utf-8")


def order_page_pay(app: SandboxApp, req: Request, slug: str) -> Response:
    pk = app.db.pk_by_slug(slug)
    if pk is None:
        raise not_found("Order not found")
    if not pays_by_itself(app.get_order(pk)["payment_method"]):
        return Response(409, b"Pesanan ini dibayar lewat toko, bukan di halaman ini.",
                        "text/plain; charset=utf-8")
    fields = parse_qs(req.body.decode(errors="replace"))
    status = fields.get("payment_status", ["paid"])[0]
    app.set_payment_status(pk, status if status in ("paid", "settled") else "paid")
    # Post/redirect/get, so reloading the page does not pay twice.
    return Response(303, b"", "text/plain", {"Location": f"/order/public/{slug}/success"})
