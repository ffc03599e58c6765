"""Orders from other channels beside the counter's, against the training server over loopback."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pos_app.api.client import ScalevClient
from pos_app.api.retry import RetryPolicy
from pos_app.sandbox import TrainingServer
from pos_app.ui.history.other_channels import CHANNEL, ORDER, OtherChannelsView
from tests.helpers.waiting import wait_for
from tests.sandbox.support import digital_order
from tests.shifts.builders import JAKARTA
from tests.ui.shift.conftest import ARTIFACTS, child

PAID = {"paid", "settled"}


def column(view: OtherChannelsView, col: int) -> list[str]:
    model = view.proxy
    return [model.index(row, col).data() for row in range(model.rowCount())]


@pytest.mark.asyncio
async def test_the_counter_and_the_web_shop_side_by_side(qtbot):
    with TrainingServer() as server:
        store, other_store = server.data.stores[0], server.data.stores[1]
        async with ScalevClient(server.base_url, server.api_key, retry=RetryPolicy.never()) as client:
            ours = {"pos_terminal": "KASIR-01", "pos_receipt_no": "KASIR-01-000007"}
            counter = await client.create_order(digital_order(store, metadata=ours))
            server.clock_offset = -24 * 3600
            yesterday = server.add_online_orders(store.id, 3)  # outside today's window
            server.clock_offset = 0
            web = server.add_online_orders(store.id, 6)
            server.add_online_orders(other_store.id, 2)
            view = OtherChannelsView(client, tz=JAKARTA, store_id=store.id, retry_after=0.05)
            qtbot.addWidget(view)
            view.resize(1024, 600)
            view.show()
            try:
                await view.refresh()
                channel_of = dict(zip(column(view, ORDER), column(view, CHANNEL), strict=True))
                assert channel_of == {counter.order_id: "Kasir", **{o["order_id"]: "Online" for o in web}}
                assert not {o["order_id"] for o in yesterday} & set(channel_of)

                online = [o for o in web if o["status"] != "canceled"]
                gross = sum(int(o["gross_revenue"]) for o in online)  # the wire sends money as text
                paid = sum(int(o["gross_revenue"]) for o in online if o["payment_status"] in PAID)
                summary = child(view, QLabel, "otherChannelsSummary").text().splitlines()
                assert summary[0] == f"Kasir – orders: 1, total {_rp(counter.gross_revenue)}, paid Rp 0"
                assert summary[1] == f"Online – orders: {len(online)}, total {_rp(gross)}, paid {_rp(paid)}"
                assert child(view, QLabel, "otherChannelsState").text().startswith("Orders of ")
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                assert view.grab().save(str(ARTIFACTS / "other-channels.png"))

                # Offline: says so, keeps the list, and fills in by itself when the server is back.
                server.stop()
                view.refresh()
                state = child(view, QLabel, "otherChannelsState")
                await wait_for(lambda: state.text().startswith("Offline:"), what="offline")
                assert "fills in when the server answers" in state.text()
                assert len(view.orders()) == 7
                more = server.add_online_orders(store.id, 2)
                server.start()
                await wait_for(lambda: len(view.orders()) == 9, what="the list after reconnecting")
                assert {o["order_id"] for o in more} <= set(column(view, ORDER))
            finally:
                await view.aclose()


@pytest.mark.asyncio
async def test_switching_store_drops_the_late_answer_of_the_old_one(qtbot):
    with TrainingServer() as server:
        first, second = server.data.stores[0], server.data.stores[2]
        server.add_online_orders(first.id, 3)
        mine = server.add_online_orders(second.id, 2)
        async with ScalevClient(server.base_url, server.api_key) as client:
            view = OtherChannelsView(client, tz=JAKARTA, store_id=first.id, retry_after=None)
            qtbot.addWidget(view)
            try:
                view.refresh()
                await view.set_store(second.id)
                await asyncio.sleep(0.05)
                assert sorted(column(view, ORDER)) == sorted(o["order_id"] for o in mine)
                assert view.proxy.sortOrder() == Qt.SortOrder.DescendingOrder
            finally:
                await view.aclose()


def test_without_a_store_it_says_what_to_do(qtbot):
    view = OtherChannelsView(_NoClient(), tz=JAKARTA, store_id=None)
    qtbot.addWidget(view)
    assert view.refresh() is None
    assert child(view, QLabel, "otherChannelsState").text() == "Choose a store to see its orders."


class _NoClient:
    def iter_orders(self, **_filters):  # pragma: no cover - never asked without a store
        raise AssertionError("asked the server without a store")

    def server_now(self):  # pragma: no cover
        raise AssertionError("asked the server without a store")


def _rp(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")
