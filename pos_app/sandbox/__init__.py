"""Training server: a local HTTP stand-in for the Scalev v3 API (see shared/scalev-api.md).

Used by the app's training mode and by tests; standard library only.
"""

from pos_app.sandbox.faults import FaultInjector
from pos_app.sandbox.model import SeedData
from pos_app.sandbox.server import RequestRecord, TrainingServer

__all__ = ["FaultInjector", "RequestRecord", "SeedData", "TrainingServer"]
