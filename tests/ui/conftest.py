import pytest

from pos_app.sandbox import TrainingServer


@pytest.fixture
def server():
    """A training server on loopback for one test (the window tests' real Scalev)."""
    with TrainingServer() as running:
        yield running
