"""Walk a cursor-paginated list one item at a time (contract §3.4).

A plain class instead of an async generator: a caller that stops early (``break``) leaves
nothing behind to finalise, which matters on the qasync loop.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

from pos_app.api.errors import ResponseFormatError
from pos_app.api.models import Page

T = TypeVar("T")

FetchPage = Callable[[str | None], Awaitable[Page[T]]]


class PageIterator(AsyncIterator[T], Generic[T]):
    """Items of every page, fetched lazily; ``fetch`` gets the cursor (None = first page).

    The caller's filters are baked into ``fetch``, so every follow-up page is asked with
    the same filters, as the contract requires.
    """

    def __init__(self, fetch: FetchPage[T]) -> None:
        self._fetch = fetch
        self._buffer: deque[T] = deque()
        self._cursor: str | None = None
        self._seen_cursors: set[str] = set()
        self._done = False
        self.pages_fetched = 0

    def __aiter__(self) -> PageIterator[T]:
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            if self._done:
                raise StopAsyncIteration
            await self._next_page()
        return self._buffer.popleft()

    async def _next_page(self) -> None:
        page = await self._fetch(self._cursor)
        self.pages_fetched += 1
        self._buffer.extend(page.items)
        if not page.has_next:
            self._done = True
            return
        cursor = page.next_cursor
        # A server that says "more" without a new cursor would have us loop forever or
        # silently drop the rest of the catalog; both are worse than an error.
        if not cursor or cursor in self._seen_cursors:
            self._done = True
        if not cursor:
            raise ResponseFormatError("list says it has more pages but gives no next_cursor")
        if cursor in self._seen_cursors:
            raise ResponseFormatError("list returned a cursor it had already returned")
        self._seen_cursors.add(cursor)
        self._cursor = cursor
