"""Fixtures for the training server's own tests: a fresh server and an authorised client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import KEY, api_client


@pytest.fixture
def server() -> Iterator[TrainingServer]:
    with TrainingServer(api_key=KEY) as running:
        yield running


@pytest.fixture
def api(server: TrainingServer) -> Iterator[httpx.Client]:
    with api_client(server) as client:
        yield client
