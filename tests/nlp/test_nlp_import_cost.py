"""Chat commands import the store, which uses bot.nlp.names: that must not load spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_store_and_names_do_not_import_spacy() -> None:
    code = "import sys, bot.store, bot.nlp, bot.nlp.names; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_pipeline_names_stay_importable_from_the_package() -> None:
    from bot.nlp import Extractor, build_pipeline
    from bot.nlp.pipeline import Extractor as Impl

    assert Extractor is Impl
    assert callable(build_pipeline)
