"""Speech acts on sentences a reviewer writes (issue 11): genitive charges, framed cue forms,
nominal announcements. German sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        (
            "Die Staatsanwaltschaft beschuldigt den früheren Minister Oleg Pavlenko des Betrugs.",
            "Staatsanwaltschaft",
            "Oleg Pavlenko",
            "Betrugs",
        ),
        ("Die Opposition bezichtigte den Kanzler der Lüge.", "Opposition", "Kanzler", "Lüge"),
        (
            "Die Grünen bezichtigen die Regierung der Untätigkeit.",
            "Grüne",
            "Regierung",
            "Untätigkeit",
        ),
    ],
)
def test_genitive_charge_is_an_accusation_of_the_accusative_person(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.target) == ("accusation", target)
    assert q.speaker is not None and speaker in q.speaker
    assert q.text.endswith(charge) and target.split()[-1] not in q.text


def test_indictment_with_a_pronoun_accuses_the_person_named_before_not_the_prosecutor(
    extract: Extract,
) -> None:
    qs = extract(
        "Landwirt Peter Müller besuchte die Stadt. Der Staatsanwalt klagte ihn des Mordes an."
    ).quotes
    assert [(q.speaker, q.act, q.target, q.text) for q in qs] == [
        ("Staatsanwalt", "accusation", "Peter Müller", "des Mordes")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "act", "content"),
    [
        ("Die Gewerkschaft droht mit weiteren Streiks.", "Gewerkschaft", "warning", "Streiks"),
        ("Die IG Metall drohte mit Warnstreiks.", "IG Metall", "warning", "Warnstreiks"),
        (
            "Der Virologe rechnet mit einer zweiten Welle im Herbst.",
            "Virologe",
            "estimate",
            "Welle",
        ),
        ("Ökonomen rechnen mit einer Rezession.", "Ökonomen", "estimate", "Rezession"),
    ],
)
def test_framed_verb_with_its_preposition_reports(
    extract: Extract, text: str, speaker: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker is not None and speaker in q.speaker
    assert q.act == act and content in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Es droht ein Sturm.",
        "Dem Land droht mit dem Sturm eine Katastrophe.",
        "Die Investition rechnet sich nicht.",
    ],
)
def test_framed_verb_without_a_speaker_or_its_frame_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma stellte in Aussicht, alle Mitarbeiter zu übernehmen.",
        "Der Bürgermeister stellte in Aussicht, das Bad im Sommer wieder zu öffnen.",
    ],
)
def test_in_aussicht_stellen_is_an_announcement(extract: Extract, text: str) -> None:
    q = one_quote(extract, text)
    assert q.act == "announcement"
    assert q.text.endswith("zu übernehmen") or q.text.endswith("zu öffnen")


@pytest.mark.parametrize(
    ("text", "speakers", "act", "content"),
    [
        (
            "Der Deutsche Wetterdienst und das Landesamt für Umwelt warnten vor weiterem "
            "Starkregen.",
            ["Wetterdienst", "Landesamt"],
            "warning",
            "vor weiterem Starkregen",
        ),
        (
            "Die Polizei und die Feuerwehr kündigten eine Großübung an.",
            ["Polizei", "Feuerwehr"],
            "announcement",
            "eine Großübung",
        ),
    ],
)
def test_coordinated_subjects_with_an_object_frame_make_one_quote_each(
    extract: Extract, text: str, speakers: list[str], act: str, content: str
) -> None:
    qs = extract(text).quotes
    assert len(qs) == 2, qs
    for q, speaker in zip(qs, speakers, strict=True):
        assert q.speaker is not None and speaker in q.speaker
        assert (q.act, q.text) == (act, content)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei warnte die Anwohner.",
        "Die Polizei und die Feuerwehr warnten die Anwohner.",
    ],
)
def test_warning_addressed_to_people_without_its_frame_says_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft Verdi verhandelt seit Wochen. Sie kündigte weitere Streiks an, "
        "sollte es keine Einigung geben.",
        "Die Gewerkschaft Verdi kündigte weitere Streiks an, falls es keine Einigung gibt.",
    ],
)
def test_separable_particle_ends_the_object_before_a_condition(extract: Extract, text: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == ("Gewerkschaft Verdi", "announcement", "weitere Streiks")


def test_reported_conditional_after_the_particle_stays_the_statement(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die Gewerkschaft Verdi kündigte Streiks an, sollte es keine Einigung geben, werde "
        "sie die Häfen bestreiken.",
    )
    assert q.text.endswith("werde sie die Häfen bestreiken")


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        (
            "Der Konzern dementierte einen Bericht des „Handelsblatts“.",
            "denial",
            "einen Bericht des „Handelsblatts“",
        ),
        (
            "Der Konzern bestätigte einen Bericht der „Süddeutschen Zeitung“.",
            "claim",
            "einen Bericht der „Süddeutschen Zeitung“",
        ),
    ],
)
def test_quoted_title_in_a_genitive_is_part_of_the_object_not_a_quote(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind, q.act, q.text) == ("Konzern", "indirect", act, content)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Laut einem Bericht des Spiegels plant die Regierung neue Steuern.", "Spiegel"),
        ("Laut einem Bericht des Tagesspiegels sinken die Mieten.", "Tagesspiegel"),
        (
            "Laut einem Bericht des „Handelsblatts“ plant die Regierung neue Steuern.",
            "Handelsblatt",
        ),
    ],
)
def test_report_of_a_medium_in_the_genitive_names_it_in_the_nominative(
    extract: Extract, text: str, source: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind) == (source, "according_to")
    assert q.text.startswith(("plant die Regierung", "sinken die Mieten"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Wirtschaft werde um zwei Prozent wachsen, schätzte die Industrie- und "
            "Handelskammer.",
            "Industrie- und Handelskammer",
        ),
        (
            "Die Industrie- und Handelskammer Köln warnte vor einer Rezession.",
            "Industrie- und Handelskammer Köln",
        ),
    ],
)
def test_elliptic_compound_coordination_is_one_speaker(
    extract: Extract, text: str, speaker: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker


def test_plain_report_marker_stays_a_claim(extract: Extract) -> None:
    q = one_quote(extract, "Ersten Angaben zufolge sind zwei Menschen gestorben.")
    assert (q.speaker, q.act) == ("anonymous", "claim")


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Die Gewerkschaft Verdi wirft dem Konzern vor, Löhne zu drücken. Der Konzern "
            "bestreitet das.",
            "Löhne zu drücken",
        ),
        (
            "Der Minister sagte, die Schulen blieben offen. Die Opposition wies dies zurück.",
            "die Schulen blieben offen",
        ),
        (
            "Der Betriebsrat sagte, der Konzern drücke die Löhne. Das bestreitet der Konzern.",
            "der Konzern drücke die Löhne",
        ),
    ],
)
def test_denial_of_a_pronoun_denies_the_previous_statement(
    extract: Extract, text: str, denied: str
) -> None:
    qs = extract(text).quotes
    assert len(qs) == 2, qs
    first, denial = qs
    assert first.act in ("claim", "accusation") and first.text == denied
    assert (denial.act, denial.text, denial.kind) == ("denial", denied, "indirect")
    assert denial.speaker in ("Konzern", "Opposition")
    assert denial.sentence_index == first.sentence_index + 1


def test_denial_of_a_pronoun_without_a_statement_before_says_nothing(extract: Extract) -> None:
    assert extract("Das Wetter war schön. Die Gewerkschaft Verdi bestreitet das.").quotes == ()


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Einem Bericht des „Handelsblatts“ zufolge plant die Regierung neue Steuern.",
            "Handelsblatt",
            "plant die Regierung neue Steuern",
        ),
        (
            "Die Regierung plant einem Bericht der „Zeit“ zufolge neue Steuern.",
            "„Zeit“",
            "Die Regierung plant neue Steuern",
        ),
    ],
)
def test_zufolge_after_a_report_of_a_quoted_medium_keeps_the_report_out_of_the_text(
    extract: Extract, text: str, source: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind, q.text) == (source, "according_to", content)
