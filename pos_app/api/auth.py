"""The one place the API key is turned into a header.

The key lives only in a name-mangled attribute of this object, which never prints it,
so ``repr()`` of the client, logs of the client and tracebacks stay clean.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

_HIDDEN = "[hidden]"


def _check_key(key: str) -> str:
    key = key.strip()
    if not key:
        raise ValueError("the API key is empty")
    # Checked here because httpx's own error for a bad header value may quote the value.
    if any(not (33 <= ord(ch) <= 126) for ch in key):
        raise ValueError("the API key contains characters that cannot be sent in a header")
    return key


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <key>`` on every request of one client."""

    def __init__(self, api_key: str) -> None:
        self.__key = _check_key(api_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.__key}"
        yield request

    def scrub(self, text: str) -> str:
        """``text`` with the key blanked out, for anything that may echo it back."""
        return text.replace(self.__key, _HIDDEN) if self.__key in text else text

    def __repr__(self) -> str:
        return f"BearerAuth({_HIDDEN})"

    def __reduce__(self) -> object:
        # Pickling would write the key to wherever the pickle goes.
        raise TypeError("BearerAuth cannot be pickled")
