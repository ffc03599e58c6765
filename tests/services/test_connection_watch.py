import pytest

from pos_app.api.errors import NetworkError, ServerError
from pos_app.services.connection_watch import ConnectionWatch


@pytest.mark.asyncio
async def test_probes_with_growing_pauses_until_the_server_answers():
    answers = [NetworkError("down", request_sent=False)] * 3 + [None]
    slept = []

    async def probe():
        answer = answers.pop(0)
        if answer is not None:
            raise answer

    async def sleep(seconds):
        slept.append(seconds)

    attempts = await ConnectionWatch(probe, delays=(1, 2, 4), sleep=sleep).wait_until_back()
    assert attempts == 4 and slept == [1, 2, 4, 4]


@pytest.mark.asyncio
async def test_a_server_error_means_the_server_is_reachable():
    async def probe():
        raise ServerError("busy", status=503)

    async def sleep(_seconds):
        return None

    assert await ConnectionWatch(probe, sleep=sleep).wait_until_back() == 1
