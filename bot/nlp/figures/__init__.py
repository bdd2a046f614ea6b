"""Reported figures (component `lagebild_figures`, after the attribution stage): numbers that
count or measure something, with qualifier, counted noun, grouping subject, source and date.

The rules are pure functions over a sentence's tokens; `component` is the thin spaCy wrapper
that runs them on candidate sentences only. The language data stays in bot/nlp/lexicons
(`figure_*.tsv`). One module per concern:

- `component`    `FiguresComponent` (factory `lagebild_figures`), `figures_pipeline()`
- `words`        tokens, word classes, qualifier phrases shared by all rules
- `rules`        closed word lists; `lexicon` the open ones (lexicons/figure_*.tsv)
- `numerals`     digits, number words, vague amounts, ranges and multipliers
- `exclusions`   numbers that count nothing (years, times, scores, labels)
- `finder`       `find_figures`: numeral, qualifier, unit and subject in one sentence
- `counted`, `measured`, `nouns`, `lemmas`, `phrases`
                 what a count counts / what an amount measures, and their keys
- `costs`, `changes`, `elections`, `kinds`, `outliers`, `tiers`, `gapping`, `intervals`
                 special claim shapes (costs, changes, vote shares, demands, ranges ...)
- `markers`, `attribution`, `speakers`, `sources`, `anaphora`
                 who reported a figure
- `dates`        the date a figure refers to
- `places`, `scopes`, `subjects`, `things`
                 subjects completed from the article and their grouping keys
"""
