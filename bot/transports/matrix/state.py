"""What the Matrix transport remembers between runs: its device and where it stopped syncing.

Keeping the device id means a restart logs in as the same device (no pile of stale devices, and
the E2E keys in nio's store stay valid); keeping the sync token means a restart continues from
where it stopped instead of replaying the rooms' history, so old commands are not answered again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

STATE_FILE = "matrix-state.json"
LOCALES = ("de", "en")


@dataclass(slots=True)
class SyncState:
    user_id: str = ""
    device_id: str | None = None
    next_batch: str | None = None
    # room upgrades the bot followed (old room id -> replacement), so a room configured by its
    # old id is still served by its replacement after a restart
    upgrades: dict[str, str] = field(default_factory=dict)
    # the language each user asked for (`!lagebild language en`): Matrix clients do not tell
    locales: dict[str, str] = field(default_factory=dict)


class StateFile:
    """A small JSON file in the state directory, replaced atomically on every save."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = state_dir
        self.path = state_dir / STATE_FILE
        self._lock = asyncio.Lock()  # saves from overlapping syncs must not interleave

    def load(self, user_id: str) -> SyncState:
        """The saved state for `user_id`; a fresh one if missing, unreadable or another user's
        (a different account must not reuse this account's device or sync position)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return SyncState(user_id=user_id)
        except (OSError, ValueError) as e:
            log.warning("ignoring unreadable Matrix state %s: %s", self.path, e)
            return SyncState(user_id=user_id)
        if not isinstance(raw, dict) or raw.get("user_id") != user_id:
            return SyncState(user_id=user_id)
        device = raw.get("device_id")
        token = raw.get("next_batch")
        upgrades = raw.get("upgrades")
        locales = raw.get("locales")
        return SyncState(
            user_id=user_id,
            device_id=device if isinstance(device, str) and device else None,
            next_batch=token if isinstance(token, str) and token else None,
            upgrades={
                k: v
                for k, v in (upgrades.items() if isinstance(upgrades, dict) else ())
                if isinstance(k, str) and isinstance(v, str)
            },
            locales={
                k: v
                for k, v in (locales.items() if isinstance(locales, dict) else ())
                if isinstance(k, str) and v in LOCALES
            },
        )

    def save(self, state: SyncState) -> None:
        # A temporary file of its own per save: a save from a thread and one from the loop (or
        # from the previous instance during a restart) must not rename each other's file away.
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".matrix-state-", suffix=".tmp", dir=self.dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(json.dumps(asdict(state), indent=1))
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    async def save_async(self, state: SyncState) -> None:
        snapshot = SyncState(
            state.user_id,
            state.device_id,
            state.next_batch,
            dict(state.upgrades),
            dict(state.locales),
        )
        async with self._lock:
            await asyncio.to_thread(self.save, snapshot)
