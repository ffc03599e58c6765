"""The store's bank accounts a customer transfers to, as lines a cashier reads out.

From ``GET /v3/stores/{id}/payment-accounts`` when the key may read them; otherwise (no
scope, offline) the owner's own text from Settings, so a transfer can always be explained.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from pos_app.api.errors import ApiError
from pos_app.api.models import PaymentAccount

log = logging.getLogger(__name__)


class AccountsClient(Protocol):
    async def payment_accounts(self, store_id: int) -> list[PaymentAccount]: ...


def account_line(account: PaymentAccount) -> str:
    bank = account.bank_name or account.bank_code or ""
    holder = f" a.n. {account.account_holder}" if account.account_holder else ""
    return f"{bank} {account.account_number}{holder}".strip()


class TransferAccounts:
    def __init__(self, client: AccountsClient, owner_text: Callable[[], str]) -> None:
        self._client = client
        self._owner_text = owner_text
        self._cache: dict[int, tuple[str, ...]] = {}

    async def lines(self, store_id: int | None) -> tuple[str, ...]:
        if store_id is not None:
            if store_id in self._cache:
                return self._cache[store_id]
            try:
                accounts = await self._client.payment_accounts(store_id)
            except ApiError as exc:
                log.info("payment accounts of store %s not readable (%s)", store_id, type(exc).__name__)
            else:
                lines = tuple(account_line(a) for a in accounts if a.is_active and a.account_number)
                if lines:
                    self._cache[store_id] = lines
                    return lines
        return tuple(line.strip() for line in self._owner_text().splitlines() if line.strip())
