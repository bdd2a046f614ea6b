"""Quote attribution rules (components `lagebild_mentions` -> `lagebild_attribution` ->
`lagebild_quotes`): who said what, found by cue words, quote marks, Konjunktiv and a light
noun-phrase chunker (bot.nlp.speakers).

The rules run per sentence over plain word lists so that they are pure, fast (no parser) and
testable; the components (bot.nlp.stages, bot.nlp.quote_component) convert the Doc into those
lists and pass each stage's records on Doc extensions. One module per rule family, in order:

- `model`         words, attributions, per-document state, lemma tables
- `grammar`       closed German word classes (articles, prepositions, auxiliaries ...)
- `vocabulary`    `QuoteVocabulary`: the open word lists, read from lexicons/quote_*
- `quoted_names`  quoted names after a group noun ("Verein „Pro Wald“") merged into one word
- `base`          `QuoteResources` (read in the component's `initialize()`) and
                  `RulesBase`: noun-phrase plausibility, Konjunktiv tests
- `cue_finder`    `CueFinder`: cue words and the clause each governs
- `subjects`      `Subjects`: a cue's subject in V2, inverted, verb-final, relative order,
                  composed of `subject_fronted`, `subject_inverted`, `subject_appositions`,
                  `clause_sources` and the pure tests of `subject_words`
- `accusations`   `Accusations`: accused targets, passive accusations, coordinated subjects
- `colon_reports` an act before a colon and "…, sagte eine Sprecherin" after it: two quotes
- `nested_cues`   a cue inside another cue's reported clause (infinitive, Konjunktiv
                  "dass" clause) or a fronted adverbial clause: the outer speaker's report
- `reported_cues` a Konjunktiv I cue with its own subject: the running speaker reports it
- `clauses`       `Clauses`: one cue's speaker, content span and speech act
- `content`       `Contents`: the content span once the subject is known
- `markers`       `Markers`: according-to markers (laut, zufolge, nach Angaben, so X)
- `entities`      `Entities`: persons and groups of the document, pronoun and role links
- `continuation`  `Continuations`: Konjunktiv continuation, back references, colon quotes
- `records`       `QuoteRecords`: Quote records from word spans; canonical speaker names
- `rules`         `QuoteRules`: the three stages' passes (`read_mentions`,
                  `attribute_sentences`, `quotes_of_stages`) and why the last one reads
                  a sentence again where speaker resolution named someone new
"""

from __future__ import annotations

from bot.nlp.quotes.model import WordTables, load_word_tables
from bot.nlp.quotes.rules import QuoteRules
from bot.nlp.stage_records import Attribution, SentenceInput, Word

__all__ = [
    "Attribution",
    "QuoteRules",
    "SentenceInput",
    "Word",
    "WordTables",
    "load_word_tables",
]
