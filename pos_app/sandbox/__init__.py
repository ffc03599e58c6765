"""Training server: a local HTTP stand-in for the Scalev v3 API (shared/scalev-api.md).

Used by the app's training mode and by tests; standard library only::

    with TrainingServer() as server:          # http://127.0.0.1:<free port>, key "sk_training"
        server.faults.drop_after_commit(1)    # the next stored order loses its reply
        ...
        server.mark_paid(server.orders()[0]["id"])

Beyond the contract, the sandbox offers (all documented where they are built):

* ``POST /v3/_training/orders/{id}/pay`` — what ``mark_paid`` does, over HTTP; it takes the
  order number too, which is what ``python -m pos_app.sandbox pay <number> --url …`` sends;
* ``X-Training-Error-Shape: array`` request header — validation errors as the
  ``[{severity, code, field, message}]`` array instead of the field map;
* ``GET /images/<name>.png`` thumbnails and ``/order/public/<slug>`` buyer pages with a
  "simulate payment" button, so every URL the API hands out resolves;
* order lines carry ``bundle_price_option_unique_id``; ``/v3/locations`` sends the full
  cursor envelope; ``GET /v3/stores/{id}``, ``/bundles/{id}``, ``/v3/orders/{id}/actions``
  and ``POST /v3/orders/delete`` exist as in the contract's §4.

Knobs for tests and training (each documented where it is defined):

* ``server.faults`` — ``latency``, ``error_rate``, ``set_latency(s, method=, path=)``,
  ``fail_next(n, method=, path=, status=)``, ``rate_limit_burst``, ``drop_after_commit``,
  ``fail_after_commit``;
* ``server.clock`` / ``server.clock_offset`` — the server's time is ``clock() + offset``;
* ``server.configure_store(id, payment_link_fee=, unique_code=)`` — Scalev's total differs
  from the till's sum (Dapur Mbok Sum charges a 2,500 payment-link fee and Batik Sekar Jagad
  takes a unique code off bank transfers out of the box; Kopi Nusantara does neither);
* ``server.defer_payment_info`` — gateway payloads only after ``POST /v3/orders/{id}/payment``;
* ``server.auto_pay_after`` — pays gateway methods only, never bank transfer, COD or
  "no payment";
* ``server.add_online_orders(store_id, n)`` — web orders of other customers, earlier today.
"""

from pos_app.sandbox.faults import FaultInjector
from pos_app.sandbox.model import SeedData
from pos_app.sandbox.server import RequestRecord, TrainingServer

__all__ = ["FaultInjector", "RequestRecord", "SeedData", "TrainingServer"]
