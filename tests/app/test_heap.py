"""bot.heap: what startup and each warm-up built is frozen, so a full collection inside a reply
skips it."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from sample_corpus import SAMPLE_NOW, sample_corpus

from bot import heap
from bot.app import App
from bot.config import Config, CorpusConfig, NlpConfig, StoreConfig
from bot.nlp.figures.lemmas import table_lemmatize


def test_settle_freezes_what_exists_and_later_garbage_is_still_collected() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self  # a reference cycle: only the collector frees it

    built_at_startup = Node()
    try:
        frozen = heap.settle()
        assert frozen >= len([built_at_startup]) and gc.get_freeze_count() == frozen
        # a full collection no longer traverses what startup built ...
        assert not any(o is built_at_startup for o in gc.get_objects(generation=2))
        # ... and garbage made while serving is still freed
        later = Node()
        ref = id(later)
        del later
        gc.collect()
        assert not any(id(o) == ref for o in gc.get_objects() if isinstance(o, Node))
    finally:
        gc.unfreeze()


def _frozen(obj: object) -> bool:
    """A tracked object no generation lists is in the permanent one (gc.freeze)."""
    return gc.is_tracked(obj) and not any(o is obj for o in gc.get_objects())


async def test_the_app_settles_its_heap_after_each_warm_up(tmp_path: Path) -> None:
    """What the warm-up builds (caches, prepared statements, the lemma table of figure
    topics: ~60k objects, a 70 ms full collection under load) is frozen once it is done, at
    start and again after a corpus swap: it is never traversed by a collection inside a
    reply."""
    (tmp_path / "corpus").mkdir()
    config = replace(
        Config(base_dir=str(tmp_path)),
        corpus=CorpusConfig(dir="corpus"),
        store=StoreConfig(path=str(tmp_path / "store.db")),
        nlp=NlpConfig(workers=0),
    )
    app = await App.build(config)
    try:
        await app.store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        before_start = [object()]  # lives on, like what the warm-up builds
        app.keep_warm()
        assert app._warming is not None
        await app._warming
        assert _frozen(before_start) and _frozen(table_lemmatize())

        before_swap = [object()]
        assert not _frozen(before_swap)
        await app.store.corpus.apply([], ["002_kommentar.txt"], [], [], now=SAMPLE_NOW)
        assert app._warming is not None
        await app._warming
        assert _frozen(before_swap)
    finally:
        gc.unfreeze()
        await app.close()
