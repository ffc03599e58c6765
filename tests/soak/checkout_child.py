"""Helper process for the kill-during-submission test: one checkout, killed mid-flight.

Usage: python checkout_child.py <journal path> <terminal> <base_url> <api key> <sale JSON>
The sale JSON holds ``store`` (id, unique_id, name), ``payload`` and ``total``. The test
kills this process with SIGKILL while ``create_order`` waits for the server's answer.
Plain asyncio, no Qt: the checkout core must not need it.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from pos_app.api.client import ScalevClient
from pos_app.api.models import Store
from pos_app.services.checkout import CheckoutService
from pos_app.storage.journal import Journal


async def main(journal_path: str, terminal: str, base_url: str, api_key: str, sale_json: str) -> None:
    sale = json.loads(sale_json)
    store = Store(**sale["store"])
    with Journal(Path(journal_path), terminal) as journal:
        async with ScalevClient(base_url, api_key, timeout=60.0) as client:
            service = CheckoutService(client, journal)
            print("sending", flush=True)
            result = await service.submit(store=store, payload=sale["payload"], total=sale["total"])
            print("done", result.receipt, flush=True)  # only reached if the kill came too late


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:6]))
