""" "Berichte, wonach …": the clause after "wonach" is what the report before the comma says.
German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def reports(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.speaker_role, q.text) for q in extract(text).quotes]


def test_wonach_after_a_report_with_its_author(extract: Extract) -> None:
    text = (
        "Ein Bericht der Zeitung Nordkurier, wonach das Hallenbad schließen soll, wurde "
        "von der Stadt dementiert."
    )
    got = [(s, t) for s, _, t in reports(extract, text)]
    assert ("Nordkurier", "das Hallenbad schließen soll") in got


def test_wonach_after_an_unnamed_report(extract: Extract) -> None:
    text = "Es gibt erste Schätzungen, wonach drei Millionen Euro fehlen."
    assert reports(extract, text) == [
        ("anonymous", "erste Schätzungen", "drei Millionen Euro fehlen")
    ]


def test_wonach_without_a_report_noun_is_no_source(extract: Extract) -> None:
    assert reports(extract, "Der Zug fuhr um acht Uhr ab, wonach die Reisenden warteten.") == []


def test_a_report_inside_a_clause_starts_no_running_statement(extract: Extract) -> None:
    text = (
        "Der Sprecher las die Zeitung. Es gab Gerüchte, wonach ein Anschlag geplant gewesen "
        "sei. Der Bahnhof sei am Abend wieder geöffnet worden."
    )
    qs = extract(text).quotes
    assert [(q.speaker_role, q.sentence_index) for q in qs] == [("Gerüchte", 1)]


def test_the_rumour_is_not_the_claim_of_who_did_not_confirm_it(extract: Extract) -> None:
    text = "Die Polizei konnte Gerüchte nicht bestätigen, wonach ein Anschlag geplant gewesen sei."
    assert [(s, r) for s, r, _ in reports(extract, text)] == [("anonymous", "Gerüchte")]


def test_calculations_spell_out_their_clause(extract: Extract) -> None:
    """ "Berechnungen der Arbeiterkammer, wonach …": calculations are a report like
    estimates; their author says the clause (Konjunktiv or indicative, verb-final)."""
    text = (
        "Die Abgeordnete verwies auf Berechnungen der Arbeiterkammer, wonach Mieter im Schnitt "
        "nur 140 Euro im Jahr sparen würden."
    )
    got = [(s, t) for s, _, t in reports(extract, text)]
    assert ("Arbeiterkammer", "Mieter im Schnitt nur 140 Euro im Jahr sparen würden") in got
    text = (
        "Der Verband legte Berechnungen des Ifo-Instituts vor, wonach die Reform den Staat vier "
        "Milliarden Euro kostet."
    )
    got = [(s, t) for s, _, t in reports(extract, text)]
    assert ("Ifo-Institut", "die Reform den Staat vier Milliarden Euro kostet") in got


def test_a_calculation_without_wonach_is_no_report(extract: Extract) -> None:
    assert reports(extract, "Die Berechnungen der Statiker dauerten drei Wochen.") == []
    text = "Die Statiker legten Berechnungen vor, und danach begann der Bau."
    assert reports(extract, text) == []
