"""keep_running's backoff rules in isolation: exponential and capped while a transport keeps
failing, back to the base delay after it served for a while, and done when it is closed on
purpose. (The real transports are exercised in discord/test_discord_supervision.py and
matrix/test_matrix_beside_failing_discord.py.)"""

from __future__ import annotations

from dataclasses import dataclass

from bot.transports.supervisor import keep_running, restart_delay


@dataclass
class FlakyTransport:
    """Each start() fails after serving for the given seconds (on a fake clock); once the
    list is used up, start() returns (closed on purpose)."""

    clock: list[float]
    runs: list[float]
    name: str = "discord"
    starts: int = 0

    async def start(self) -> None:
        self.starts += 1
        if not self.runs:
            return
        self.clock[0] += self.runs.pop(0)
        raise ConnectionError("gateway closed")


def test_restart_delays_grow_and_stop_at_the_cap() -> None:
    assert [restart_delay(n, 5.0, 300.0) for n in range(1, 9)] == [
        5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 300.0, 300.0,
    ]  # fmt: skip


async def test_backoff_starts_again_after_the_transport_served_for_a_while() -> None:
    clock = [0.0]
    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)
        clock[0] += delay

    # Fails at once three times, then serves for an hour and loses its connection.
    transport = FlakyTransport(clock, runs=[0.0, 0.0, 0.0, 3600.0, 0.0])
    await keep_running(transport, base=5.0, cap=300.0, sleep=sleep, clock=lambda: clock[0])
    assert delays == [5.0, 10.0, 20.0, 5.0, 10.0]
    assert transport.starts == 6  # the sixth start returned: closed on purpose, no restart
