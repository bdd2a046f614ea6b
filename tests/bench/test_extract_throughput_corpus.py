"""What the throughput benchmark measures on (bench/extract_throughput.py): the real corpus
from a git worktree too, and a line naming the corpus."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType


def test_shared_folder_found_from_a_worktree(bench: ModuleType, tmp_path: Path) -> None:
    """A checkout at work/wt/branch reads work/shared, not the synthetic article."""
    checkout = tmp_path / "wt" / "branch"
    checkout.mkdir(parents=True)
    (tmp_path / "shared" / "seeds").mkdir(parents=True)
    (tmp_path / "shared" / "seeds" / "a.txt").write_text("Ein Text.", encoding="utf-8")
    found = bench.default_shared(checkout)
    assert found == tmp_path / "shared"
    assert bench.texts(found) == ["Ein Text."]


def test_shared_folder_beside_the_checkout_comes_first(bench: ModuleType, tmp_path: Path) -> None:
    checkout = tmp_path / "wt" / "branch"
    checkout.mkdir(parents=True)
    (tmp_path / "shared").mkdir()
    (tmp_path / "wt" / "shared").mkdir()
    assert bench.default_shared(checkout) == tmp_path / "wt" / "shared"


def test_synthetic_fallback_is_named(bench: ModuleType, tmp_path: Path) -> None:
    base = bench.texts(tmp_path)
    assert bench.corpus_line(tmp_path, base).startswith("corpus: the synthetic article only")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Ein Text.", encoding="utf-8")
    line = bench.corpus_line(tmp_path, bench.texts(tmp_path))
    assert line.startswith("corpus: 1 texts from")
