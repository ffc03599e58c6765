"""After a crash or a kill: settle what the last session left open, and tell the cashier.

Nothing is ever sent again without the cashier: sales that may exist on the server are only
looked up; what stays unknown waits in History (F8) for Look up / Resend / Abandon.
"""

from __future__ import annotations

import asyncio
from functools import partial

from PySide6.QtCore import QObject, Signal

from pos_app.services.cash_marks import CashMarks
from pos_app.services.checkout_outcomes import RecoveryKind
from pos_app.ui.sale.checkout_flow import CheckoutFlow
from pos_app.ui.sale.notice import Notice

# While the server cannot be reached at start, look again after these pauses.
RECOVERY_RETRY_DELAYS_S = (10.0, 30.0, 60.0, 120.0)


class SessionRecovery(QObject):
    notice = Signal(object)  # Notice

    def __init__(
        self, flow: CheckoutFlow, cash_marks: CashMarks | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._cash_marks = cash_marks

    async def run(self) -> None:
        # Cash sales confirmed in an earlier session first: their mark needs no look-up.
        await self._mark_cash()
        for delay in RECOVERY_RETRY_DELAYS_S:
            outcomes = await self._flow.recover_unfinished()
            kinds = [outcome.kind for outcome in outcomes]
            adopted = kinds.count(RecoveryKind.ADOPTED)
            if adopted:
                # A cash sale whose create answer was lost is only confirmed now, by the
                # look-up: the money is in the drawer, so mark it paid now, not at the next
                # reconnect or restart. The mark never creates an order.
                await self._mark_cash()
            unknown = kinds.count(RecoveryKind.UNKNOWN) + kinds.count(RecoveryKind.UNREACHABLE)
            # Never sent: written but not handed over before the crash, and refused unread.
            unsent = kinds.count(RecoveryKind.NOT_SENT) + self._flow.never_sent_count()
            if adopted or unknown or unsent:
                summary = partial(self._summary, adopted, unknown, unsent)
                self.notice.emit(Notice(summary, "warning" if unknown or unsent else "info"))
            if RecoveryKind.UNREACHABLE not in kinds:
                return
            await asyncio.sleep(delay)

    async def _mark_cash(self) -> None:
        if self._cash_marks is not None:
            await self._cash_marks.catch_up()

    def _summary(self, adopted: int, unknown: int, unsent: int) -> str:
        parts = []
        if adopted:
            parts.append(
                self.tr("Last session: {count} order(s) found on the server and recorded.").format(
                    count=adopted
                )
            )
        if unknown:
            parts.append(
                self.tr("{count} sale(s) may already exist on the server but were not found yet.").format(
                    count=unknown
                )
            )
        if unsent:
            parts.append(self.tr("{count} sale(s) were never sent.").format(count=unsent))
        if unknown or unsent:
            parts.append(self.tr("Look them up, resend or abandon them in History (F8)."))
        return " ".join(parts)
