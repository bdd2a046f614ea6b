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


def test_followed_room_upgrades_are_kept_and_bad_entries_dropped(tmp_path: Path) -> None:
    import asyncio

    state = SyncState("@bot:localhost", "DEV", "s1", {"!old:localhost": "!new:localhost"})
    asyncio.run(StateFile(tmp_path).save_async(state))
    assert StateFile(tmp_path).load("@bot:localhost").upgrades == {
        "!old:localhost": "!new:localhost"
    }
    (tmp_path / "matrix-state.json").write_text(
        '{"user_id": "@bot:localhost", "upgrades": {"!a:x": 5, "!b:x": "!c:x"}}', "utf-8"
    )
    assert StateFile(tmp_path).load("@bot:localhost").upgrades == {"!b:x": "!c:x"}


def test_the_language_a_user_asked_for_is_kept_across_restarts(tmp_path: Path) -> None:
    """`!lagebild language en` is said once: a restart must not fall back to German. A
    language the bot does not speak (a hand-edited file) is dropped."""
    import asyncio

    from bot.transports.language import language_choice

    assert language_choice("!lagebild language en", "!lagebild") == "en"
    assert language_choice("!lagebild Sprache Deutsch", "!lagebild") == "de"
    assert language_choice("sprache", "!lagebild") == ""  # asked, but for no language
    assert language_choice("!lagebild who_said Sprache", "!lagebild") is None
    state = SyncState("@bot:localhost", "DEV", "s1")
    state.locales = {"@alice:localhost": "en", "@bob:localhost": "fr"}
    asyncio.run(StateFile(tmp_path).save_async(state))
    assert StateFile(tmp_path).load("@bot:localhost").locales == {"@alice:localhost": "en"}
