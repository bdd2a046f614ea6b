"""Two real `lagebild run --headless` processes on one store with one subscription: every digest
slot is posted exactly once over several slots, also when one process is killed (SIGKILL) in the
middle of posting a digest, and the next slots go on.

The digests go to the console channel, which a headless process prints to its standard output:
the posts counted are the processes' real output. Slots come every INTERVAL seconds
(digest.interval_seconds), so several pass in one test.

Killing a process mid-digest, deterministically: its standard output is a pipe the test fills
up, so the process blocks in the middle of posting (after it claimed the slot and recorded its
intent, before the message is out) -- like a process stuck on a chat server -- and is killed
there. The other process is stopped (SIGSTOP) across that slot's start, so the victim is the one
that claims it; once continued it must find the claim's owner dead and post the slot itself.

Parametrised over the store (tests/conftest.py's `store_url`): an SQLite file, and a fresh
PostgreSQL database when LAGEBILD_TEST_PG names a server.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sample_corpus import SAMPLE_NOW, build_extraction

from bot.scheduler.slots import INTERVAL_EPOCH
from bot.store import Store

REPO = Path(__file__).resolve().parents[2]
INTERVAL = 5  # seconds between two digest slots
HEARTBEAT = 0.25
DEAD_AFTER = 2.5  # generous: a process starved of CPU on a busy machine is not dead
FILLER = b"\0"


@dataclass
class Bot:
    """One `lagebild run --headless` process; its standard output is a pipe we hold both ends
    of (to read the digests, and to fill it up)."""

    name: str
    proc: subprocess.Popen[bytes]
    out_read: int
    out_write: int
    err_path: Path
    output: bytearray = field(default_factory=bytearray)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def drain(self) -> None:
        """Read what the pipe holds now (never blocks)."""
        os.set_blocking(self.out_read, False)
        while True:
            try:
                chunk = os.read(self.out_read, 65536)
            except BlockingIOError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def fill_pipe(self) -> int:
        """Fill its stdout pipe to the brim through a descriptor of our own (non-blocking for
        us, still blocking for the bot): its next message blocks before anything goes out."""
        fd = os.open(f"/proc/self/fd/{self.out_write}", os.O_WRONLY | os.O_NONBLOCK)
        written = 0
        try:
            for size in (4096, 1):
                while True:
                    try:
                        written += os.write(fd, FILLER * size)
                    except OSError as e:
                        if e.errno != errno.EAGAIN:
                            raise
                        break
        finally:
            os.close(fd)
        return written

    def posts(self) -> list[str]:
        """The digests it printed (a console digest starts with the "Lagebild: …" title)."""
        text = bytes(self.output).replace(FILLER, b"").decode("utf-8", "replace")
        return [line for line in text.splitlines() if line.startswith("Lagebild:")]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.drain()
        for fd in (self.out_read, self.out_write):
            with contextlib.suppress(OSError):
                os.close(fd)

    def log(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")


def start_bot(name: str, tmp_path: Path, config: Path, url: str) -> Bot:
    out_read, out_write = os.pipe()
    err_path = tmp_path / f"{name}.err"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAGEBILD_")}
    env["PYTHONPATH"] = str(REPO)
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--headless", "--config", str(config),
             "--db", url],
            stdin=subprocess.DEVNULL, stdout=out_write, stderr=err, env=env, cwd=tmp_path,
        )  # fmt: skip
    return Bot(name, proc, out_read, out_write, err_path)


def write_config(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"  # empty: the processes serve the corpus already stored
    corpus.mkdir()
    config = tmp_path / "replica.toml"
    config.write_text(
        f"""[corpus]
dir = "{corpus}"
[nlp]
workers = 1
[digest]
interval_seconds = {INTERVAL}
when_empty = "repeat"
[replicas]
heartbeat_seconds = {HEARTBEAT}
dead_after_seconds = {DEAD_AFTER}
""",
        encoding="utf-8",
    )
    return config


def next_slot_after(moment: datetime) -> datetime:
    passed = (moment - INTERVAL_EPOCH).total_seconds()
    return INTERVAL_EPOCH + timedelta(seconds=(passed // INTERVAL + 1) * INTERVAL)


async def until(check: Callable[[], Awaitable[bool]], timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, f"timed out waiting until {what}"
        await asyncio.sleep(0.02)


async def sleep_until(moment: datetime) -> None:
    await asyncio.sleep(max(0.0, (moment - datetime.now(UTC)).total_seconds()))


async def test_two_processes_post_each_slot_once_also_when_one_is_killed_mid_digest(
    store_url: str, tmp_path: Path
) -> None:
    store = await Store.open(store_url)
    bots: list[Bot] = []
    try:
        await store.corpus.apply(
            [build_extraction("a.txt", "Lage", None, None, ["Es gibt Neues."])],
            [],
            [],
            [],
            now=SAMPLE_NOW,
        )
        sub = await store.subscriptions.upsert(
            "console", "console", "08:00", "Europe/Berlin", "console:test"
        )
        config = write_config(tmp_path)
        a = start_bot("a", tmp_path, config, store_url)
        victim = start_bot("victim", tmp_path, config, store_url)
        bots += [a, victim]

        async def sent() -> list[datetime]:
            return sorted(slot for slot, _, _ in await store.subscriptions.sent(sub.id, 100))

        async def both_alive() -> bool:
            owners = await store.leases.live_replicas(datetime.now(UTC))
            return len(owners) == 2

        await until(both_alive, 30, "both processes joined the store")
        owners = await store.leases.live_replicas(datetime.now(UTC))
        (victim_owner,) = [o for o in owners if o.split(":")[-2] == str(victim.pid)]

        # Both serving: two slots, each posted by whichever process claimed it.
        started = len(await sent())

        async def two_more() -> bool:
            return len(await sent()) >= started + 2

        await until(two_more, 3 * INTERVAL, "two slots were posted")
        victim.drain()

        # The victim alone sees the next slot start and blocks while posting it ...
        slot = next_slot_after(datetime.now(UTC) + timedelta(seconds=1))
        await sleep_until(slot - timedelta(seconds=0.4))
        a.proc.send_signal(signal.SIGSTOP)
        try:
            assert victim.fill_pipe() > 0

            async def victim_claimed() -> bool:
                claim = await store.claims.get(sub.id, slot)
                return claim is not None and claim.owner == victim_owner

            await until(victim_claimed, INTERVAL, "the victim claimed the slot")
            await asyncio.sleep(0.2)  # built the digest, now stuck writing it out
            victim.proc.kill()  # ... and dies there
            victim.proc.wait(10)
        finally:
            a.proc.send_signal(signal.SIGCONT)

        # The survivor takes the slot over once the victim's heartbeat has run out.
        async def slot_sent() -> bool:
            return slot in await sent()

        await until(slot_sent, DEAD_AFTER + 3 * HEARTBEAT + 2, "the killed slot was posted")
        claim = await store.claims.get(sub.id, slot)
        assert claim is not None and claim.owner != victim_owner

        # The next slots go on, from the survivor alone.
        async def two_after() -> bool:
            return len([s for s in await sent() if s > slot]) >= 2

        await until(two_after, 3 * INTERVAL, "two more slots were posted")
        a.proc.terminate()  # right after a slot: the next one is seconds away
        assert a.proc.wait(10) == 0, a.log()
        # An orderly stop hands over at once: no lease waits to expire.
        assert await store.leases.live_replicas(datetime.now(UTC)) == []
        assert await store.leases.holder("leader", datetime.now(UTC)) is None
        for bot in bots:
            bot.drain()

        slots = await sent()
        assert len(slots) >= 5
        # Every slot from the first to the last, none skipped ...
        assert [s - slots[0] for s in slots] == [
            timedelta(seconds=INTERVAL * i) for i in range(len(slots))
        ]
        # ... and exactly as many digests printed as slots: none twice, none lost. The
        # killed victim's stuck message never came out.
        printed = a.posts() + victim.posts()
        assert len(printed) == len(slots), (a.posts(), victim.posts(), slots)
    finally:
        for bot in bots:
            bot.stop()
        await store.close()
