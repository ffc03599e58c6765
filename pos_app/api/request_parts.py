"""The parts of a request that must not be left to chance: the base URL, path segments, times."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

import httpx

from pos_app.domain.links import is_safe_link


def seg(value: int | str) -> str:
    """One path segment, escaped so an id can never change the route."""
    text = str(value).strip()
    if not text:
        raise ValueError("an id in the path is empty")
    return quote(text, safe="")


def normalise_base_url(base_url: str) -> str:
    url = httpx.URL(base_url.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an http(s) URL with a host")
    if not is_safe_link(str(url)):
        # The key travels in every request's header: never in clear text off this computer.
        raise InsecureBaseUrl(f"base_url must use https (plain http only on loopback): {url.host}")
    return str(url).rstrip("/")


class InsecureBaseUrl(ValueError):
    """An ``http://`` API address off this computer: the key would travel in clear text."""


def iso(moment: datetime) -> str:
    # A naive datetime is the till's local time; the server must not guess otherwise.
    return (moment if moment.tzinfo else moment.astimezone()).isoformat()
