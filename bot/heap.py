"""The serving process's garbage collector: what startup built is never scanned again.

CPython's full (generation 2) collection traverses every tracked object of the process, and it
runs inside whatever coroutine happens to allocate when the thresholds trip: a chat command's
reply. A process with discord.py and matrix-nio imported holds ~100k such objects, and a full
collection then took 50 ms (7 ms with only the store and handlers loaded): the single slow run
in 30 that failed a command's p99 in bench/query_latency.py. What the process builds before it
serves (modules, config, handlers, transports) lives until it exits, so `settle()` moves it to
the permanent generation (gc.freeze, as the CPython docs advise for long-running servers):
full collections then traverse only what was allocated since, and nothing is collected less.

The warm-up (bot.warmup, at start and after each corpus swap) builds more of the same kind:
the lemma table of figure topics (~60k objects; a full collection over them took 45-90 ms of
CPU on the loaded 2-core machine), the speaker caches, the prepared statements. Built after
startup settled, they stayed in the collected generations, and a full collection inside a reply
traversed them whenever ~15k more objects had survived; so the App settles again after every
warm-up. Something frozen that later becomes a reference cycle's garbage is not freed; what a
warm-up replaces (cache entries, statement log rows) is freed by reference counting: after six
corpus swaps, each warmed and settled, unfreezing and collecting found no garbage (both
backends).
"""

from __future__ import annotations

import gc


def settle() -> int:
    """Collect once, then freeze every surviving object; returns how many were frozen. Call it
    after startup, right before serving (App.run), and after each warm-up (App.warm_up; the
    latency bench does both, as the App does)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
