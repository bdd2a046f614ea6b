"""`CueFinder.find_cues` skips every word whose lower-case form no cue lexicon lists
(`base.cue_keys`, issue 11: most words of a sentence are no cue). The shortcut must never
drop a cue: on real articles the finder finds exactly the cues it finds without it. A cue
path keyed by a lexicon that `cue_keys` does not list fails here."""

from __future__ import annotations

from pathlib import Path

from bot.nlp import Extractor
from bot.nlp.quote_component import sentence_inputs

ROOT = Path(__file__).resolve().parents[2]
# one sentence per cue path that reads a lexicon of its own (closed idiom, framed form,
# document subject, plural finite form, separable verb, document as the place)
PATHS = (
    "Die Partei hat den Vorwurf in Abrede gestellt.\n\n"
    "Der Verband erhebt Vorwürfe gegen die Regierung.\n\n"
    "Die Studie belegt, dass die Lage ernst ist.\n\n"
    "Die Grünen sprechen von Wahlbetrug.\n\n"
    "Der Minister wies darauf hin, dass die Hilfe komme.\n\n"
    "Im Bericht steht, dass die Lage ernst ist."
)


class _EveryForm:
    """A key set that admits every word: the finder without its shortcut."""

    def __contains__(self, word: object) -> bool:
        return True


def test_the_cue_form_shortcut_drops_no_cue(extractor: Extractor) -> None:
    rules = extractor.nlp.get_pipe("lagebild_quotes").rules
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted(ROOT.glob("tests/data/*/*.txt"))]
    texts = [PATHS, *(p.read_text(encoding="utf-8") for p in paths)]
    sentences = [s.words for text in texts for s in sentence_inputs(extractor.nlp(text))]
    unfiltered = rules.__class__(rules.res)
    unfiltered.cue_keys = _EveryForm()  # type: ignore[assignment]
    found = [rules.find_cues(words) for words in sentences]
    assert found == [unfiltered.find_cues(words) for words in sentences]
    assert sum(map(len, found)) > 50  # the articles do hold cues
