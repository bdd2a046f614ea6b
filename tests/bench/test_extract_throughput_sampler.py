"""The throughput benchmark's sampling profile (bench/extract_throughput.py --sample): the
function that burns the CPU time is the one it names, by its own lines and on the stack."""

from __future__ import annotations

import time
from types import ModuleType


def _busy_loop(seconds: float) -> int:
    """Python work for `seconds` of this process's CPU time."""
    total = 0
    end = time.process_time() + seconds
    while time.process_time() < end:
        total += sum(i * i for i in range(200))
    return total


def _idle_helper() -> int:
    return 1


def test_sampler_names_the_busy_function(bench: ModuleType) -> None:
    with bench.Sampler(interval=0.001) as sampler:
        _idle_helper()
        _busy_loop(0.4)
    assert sampler.samples >= 20
    on_stack = {name: n for (_f, _line, name), n in sampler.stacks.items()}
    assert on_stack.get("_busy_loop", 0) >= 0.8 * sampler.samples
    assert "_idle_helper" not in on_stack
    own = {name for (_f, _line, name), _n in sampler.lines.items()}
    assert own & {"_busy_loop", "<genexpr>"}
    table = "\n".join(sampler.table())
    assert "_busy_loop" in table and "samples of 1 ms CPU" in table


def test_sampler_stops_sampling_on_exit(bench: ModuleType) -> None:
    with bench.Sampler(interval=0.001) as sampler:
        _busy_loop(0.05)
    taken = sampler.samples
    _busy_loop(0.1)
    assert sampler.samples == taken
