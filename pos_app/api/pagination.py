"""Walk a cursor-paginated list page by page or item by item (contract §3.4).

Plain classes instead of an async generator: a caller that stops early (``break``) leaves
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


class PageStream(AsyncIterator[Page[T]], Generic[T]):
    """The pages of a list in order; ``fetch`` gets the cursor (None = first page).

    The caller's filters are baked into ``fetch``, so every follow-up page is asked with
    the same filters, as the contract requires.
    """

    def __init__(self, fetch: FetchPage[T]) -> None:
        self._fetch = fetch
        self._cursor: str | None = None
        self._seen_cursors: set[str] = set()
        self._done = False
        self.pages_fetched = 0

    def __aiter__(self) -> PageStream[T]:
        return self

    async def __anext__(self) -> Page[T]:
        if self._done:
            raise StopAsyncIteration
        page = await self._fetch(self._cursor)
        self.pages_fetched += 1
        self._done = True  # until a usable cursor says otherwise
        if page.has_next:
            cursor = page.next_cursor
            # A server that says "more" without a new cursor would have us loop forever
            # or silently drop the rest of the catalog; both are worse than an error.
            if not cursor:
                raise ResponseFormatError("list says it has more pages but gives no next_cursor")
            if cursor in self._seen_cursors:
                raise ResponseFormatError("list returned a cursor it had already returned")
            self._seen_cursors.add(cursor)
            self._cursor = cursor
            self._done = False
        return page


class PageIterator(AsyncIterator[T], Generic[T]):
    """Items of every page, fetched lazily (see :class:`PageStream`)."""

    def __init__(self, fetch: FetchPage[T]) -> None:
        self._pages = PageStream(fetch)
        self._buffer: deque[T] = deque()

    @property
    def pages_fetched(self) -> int:
        return self._pages.pages_fetched

    def __aiter__(self) -> PageIterator[T]:
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            page = await self._pages.__anext__()  # StopAsyncIteration ends us too
            self._buffer.extend(page.items)
        return self._buffer.popleft()
