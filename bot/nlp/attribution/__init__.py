"""The attribution layer shared by quotes and figures.

Pipeline components (`nlp.pipe_names`; each registered with what it assigns and requires,
data read in `initialize()`; `bench/extract_throughput.py --stages` prints what each costs):

  lagebild_sentences   token.is_sent_start    `segmenter.py`
  lagebild_mentions    doc._.mentions         per sentence: words for the rules, persons /
                                              groups / organisations it introduces (`stages.py`)
  lagebild_attribution doc._.attributions     per sentence: cues, clauses (speaker phrase,
                                              content, act, target), according-to markers
  lagebild_quotes      doc._.quotes           speaker resolution against the entity registry,
                                              continuation, act/target (`quote_component.py`)
  lagebild_figures     doc._.figures          figures; their sources from doc._.quotes and
                                              doc._.attributions: according-to markers, report
                                              cues, "demnach" (`figures/markers.py`)

Resolving a speaker adds to the registry that later sentences read, so the quotes stage
reads a sentence again where its names answer a question of the earlier stages differently
(`quotes/rules.py`; about 0.3% of sentences).

Stages of `bot/nlp` (spaCy blank "de" + registered components, rules as pure functions).
The quote rules live in the `quotes/` package, one module per stage; their word lists are
`lexicons/quote_*` files, read with all other lexicons in the component's `initialize()`:

1. sentences   `segmenter.py` (component `lagebild_sentences`) and `tokenizer.py`
2. cues        `cues.py`: speech/report verb forms -> lemma (separable verbs with particle),
               from `lexicons/cue_{weak,strong,separable}_verbs`, participles checked
               against spaCy's lookup lemmatizer; `lexicons/cue_weak_opinion.txt`;
               `lexicons/cue_acts.tsv`: lemma -> speech act and the accused's case;
               `lexicons/nominal_cues.tsv`: light verb + closing noun ("kam zu dem Ergebnis");
               `lexicons/cue_framed_forms.tsv`: forms that are cues only before their
               frame's preposition ("rechnet mit", "droht mit"; "Es droht ein Sturm" is none);
               `lexicons/reflexive_non_cues.txt`: no cue when reflexive ("sich melden")
3. clauses     `quotes/cue_finder.py` (cues of a sentence); `quotes/clauses.py` with
               `quotes/subjects.py`, `quotes/accusations.py` and `quotes/content.py`:
               subject, objects and content of a cue's clause (V2, verb-final,
               object-fronted "als", passive "X wird vorgeworfen", coordinated subjects);
               `attribution/acts.py`: speech acts (which act a quote gets, see its
               docstring; accusation frames, a negated cue, object-fronted acts, the act
               of an according-to phrase's noun); tests/data/acts holds a sentence set
               per act, `scripts/act_accuracy.py` prints the per-act accuracy;
               `lexicons/np_object_frames.tsv`: the complement a judging verb's noun-phrase
               object needs to be a statement ("kritisierte X als …"; the genitive charge
               of "beschuldigt X des Betrugs"); `quotes/reported_acts.py` with
               `lexicons/cue_reported_acts.tsv`: objects in a frame of their own that
               report ("nannte X einen Fehler", "bezifferte X auf 5 Millionen", "sieht
               darin Y"); `attribution/act_plans.py` with `lexicons/act_plan_finites.txt`:
               a plan of the speaker's own side after a neutral cue announces it ("Die
               Bäckerei wird … schließen, wie Inhaber X mitteilte"; an office that speaks
               for an institution it is not named after: `lexicons/act_plan_heads.tsv`,
               "Der Gemeinderat will …, sagte Bürgermeister X"); a quoted single question
               asks and a quoted imperative demands (`acts.py` `asked_in_quote`,
               `lexicons/act_imperative_forms.txt`);
               `lexicons/quote_adverbial_openers.txt`: a
               condition after a particle's object is no statement ("kündigte Streiks an,
               sollte …"); a denial of "das" denies the previous sentence's statement
4. attribution `attribution/report_verbs.py`, read by `figures/report_cues.py`: report cues
               (act "report"; `lexicons/cue_report_verbs.tsv`: report and measuring verbs,
               "registrierte", "zählte", "gab … an") with where the verb, its finite verb
               and its particle stand and the subject's span, and the marker pointing back
               ("Etwa 600 wurden demnach getötet"), recorded per sentence on
               doc._.attributions for the figures (speech-verb attributions record
               `cue_at`/`particle_at`);
               `attribution/sources.py`: according-to markers (laut, gemäß, zufolge, unter
               Berufung auf; "Demnach …" pointing back), `lexicons/according_to.tsv`, and
               the words around a marker (`MarkerWords`: `lexicons/according_words.tsv` and
               `according_*.txt`); the quote rules' marker stage is `quotes/markers.py`
               (finds a marker and its statement), `marker_sources` (the source phrase:
               report nouns, documents, media), `marker_genitives`, `marker_shapes`, and the
               kinds with grammar of their own: `marker_nach`, `marker_so`, `marker_wie_aus`
5. entities    `speakers/` (noun-phrase chunker: `lexicon` + `lexicons/speaker_*.txt`,
               `word_classes`, `phrase`, `appositions`; `agreement`: which phrase around a V2
               cue is subject or object), `roles.py`, `names.py` (canonical names);
               `quotes/entities.py`: persons, organisations, pronouns (the previous clause's
               subject first), age, spokesperson and organisation nouns linked to the entity
               named before;
               `quotes/continuation.py`: Konjunktiv continuation, "Das sagte X", colon quotes;
               `attribution/continuation.py`: the mood tests it reads (Konjunktiv II only as
               the main clause's verb right after a statement, never in the author's
               conditionals), `lexicons/konjunktiv2.txt` + strong forms from the lemma table
5b. POS tags   `attribution/pos_tags.py` (optional, config `nlp.pos_tagger = "hanta"`, off by
               default): HanTa, owned by `lagebild_attribution` and built in its
               `initialize()`, tags a five-word window around candidate words only (a cue
               form between "der/die/das" and a noun: attributive participle?; a capitalised
               clause-initial one-word "name": adverb or adjective?), cached. Measured gain
               and cost (train F1 +0.001, dev unchanged; +9 % CPU time, 27 MiB, ~1 s load):
               README "Quality and speed", `bench/pos_tagger_cost.py`
6. checks      `attribution/somebody.py`: a speaker is somebody (never an abstract noun,
               number phrase or bare pronoun); `lexicons/non_speaker_heads.txt`,
               `lexicons/abstract_sources.txt`, `lexicons/institution_heads.txt`
7. records     `quotes/records.py`, `quotes/rules.py` (the three quote stages' passes);
               `stages.py` (components `lagebild_mentions`, `lagebild_attribution`),
               `quote_component.py` (component `lagebild_quotes`) -> `bot.models.Quote`
               with `act` and `target`; `export.py` prints the JSON contract
"""
