"""Which links the till may open, encode in a QR, or send the API key to.

A payment or order URL comes from the server (or a merchant's settings) and is shown to a
customer as a QR or opened in the browser: only ``https`` is acceptable there, so a
``file:`` path or an app's custom scheme can never be opened by a click. Plain ``http`` is
allowed only on this computer (the training server on loopback).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_safe_link(url: str | None) -> bool:
    """``https`` with a host, or ``http`` to a loopback address; nothing else."""
    if not url or any(ch.isspace() for ch in url.strip()):
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    if not parts.hostname:
        return False
    if parts.scheme.lower() == "https":
        return True
    return parts.scheme.lower() == "http" and is_loopback_host(parts.hostname)


def safe_link(url: str | None) -> str | None:
    """``url`` when :func:`is_safe_link` allows it, else None."""
    return url.strip() if url and is_safe_link(url) else None
