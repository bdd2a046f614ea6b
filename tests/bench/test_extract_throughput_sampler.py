"""The throughput benchmark's sampling profile (bench/extract_throughput.py --sample): the
function that burns the CPU time is the one it names, by its own lines and on the stack."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_throughput", ROOT / "bench" / "extract_throughput.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _busy_loop(seconds: float) -> int:
    """Python work for `seconds` of this process's CPU time."""
    total = 0
    end = time.process_time() + seconds
    while time.process_time() < end:
        total += sum(i * i for i in range(200))
    return total


def _idle_helper() -> int:
    return 1


def test_sampler_names_the_busy_function() -> None:
    bench = _bench()
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


def test_sampler_stops_sampling_on_exit() -> None:
    bench = _bench()
    with bench.Sampler(interval=0.001) as sampler:
        _busy_loop(0.05)
    taken = sampler.samples
    _busy_loop(0.1)
    assert sampler.samples == taken
