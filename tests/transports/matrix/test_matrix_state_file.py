"""The sync state file survives overlapping saves (a restart's new and old transport, or a
save in a thread beside one on the loop): each save is atomic on its own."""

from __future__ import annotations

import threading
from pathlib import Path

from bot.transports.matrix.state import StateFile, SyncState


def test_overlapping_saves_never_fail_and_leave_a_valid_state(tmp_path: Path) -> None:
    files = [StateFile(tmp_path), StateFile(tmp_path)]  # two instances, one directory
    errors: list[BaseException] = []

    def hammer(i: int) -> None:
        try:
            for n in range(200):
                files[i % 2].save(SyncState("@bot:localhost", "DEV", f"s{i}_{n}"))
        except BaseException as e:  # pragma: no cover - the failure being tested for
            errors.append(e)

    threads = [threading.Thread(target=hammer, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    state = StateFile(tmp_path).load("@bot:localhost")
    assert state.device_id == "DEV" and state.next_batch and state.next_batch.endswith("_199")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix-state.json"]  # no leftovers
