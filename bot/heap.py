"""The serving process's garbage collector: what startup built is never scanned again.

CPython's full (generation 2) collection traverses every tracked object of the process, and it
runs inside whatever coroutine happens to allocate when the thresholds trip: a chat command's
reply. A process with discord.py and matrix-nio imported holds ~100k such objects, and a full
collection then took 50 ms (7 ms with only the store and handlers loaded): the single slow run
in 30 that failed a command's p99 in bench/query_latency.py. What the process builds before it
serves (modules, config, handlers, transports) lives until it exits, so `settle()` moves it to
the permanent generation (gc.freeze, as the CPython docs advise for long-running servers):
full collections then traverse only what was allocated since, and nothing is collected less.
"""

from __future__ import annotations

import gc


def settle() -> int:
    """Collect once, then freeze every surviving object; returns how many were frozen. Call it
    after startup, right before serving (App.run; the latency bench after its warm-up)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
