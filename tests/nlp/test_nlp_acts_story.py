"""Speech acts and sources on sentences of a flood story (and one variant each): quoted
names of organisations, passive accusations, mid-sentence markers, denials with a colon,
noun-phrase acts with plural subjects. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Quote

Extract = Callable[..., ArticleExtraction]


def quotes(extract: Extract, text: str) -> list[Quote]:
    return list(extract(text).quotes)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Die Opposition kritisierte den Vertrag scharf. Sie sagte, der Preis sei zu hoch. "
            "Dem Konzern wird vorgeworfen, Subventionen erschlichen zu haben.",
            "Konzern",
        ),
        (
            "Der Betriebsrat sagte, die Stimmung sei schlecht. Der Stadt wird vorgeworfen, "
            "Akten vernichtet zu haben.",
            "Stadt",
        ),
    ],
)
def test_a_passive_accusation_never_inherits_the_running_speaker(
    extract: Extract, text: str, target: str
) -> None:
    q = quotes(extract, text)[-1]
    assert (q.act, q.target) == ("accusation", target)
    assert q.speaker in (None, "anonymous"), q


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Die Zahl der Evakuierten stieg nach Angaben des Landratsamts auf rund 4.000.",
            "Landratsamt",
            "Die Zahl der Evakuierten stieg auf rund 4.000",
        ),
        (
            "Die Zahl der Verletzten stieg, nach Angaben der Polizei, auf zwölf.",
            "Polizei",
            "Die Zahl der Verletzten stieg auf zwölf",
        ),
    ],
)
def test_a_mid_sentence_marker_is_not_part_of_the_statement(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    (q,) = quotes(extract, text)
    assert (q.speaker, q.kind, q.text) == (speaker, "according_to", said)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Die Bürgerinitiative „Deichbau jetzt“ warf der Landesregierung erneut vor, den Bau "
            "der Schutzmauer verschleppt zu haben.",
            "Bürgerinitiative „Deichbau jetzt“",
            "Landesregierung",
        ),
        (
            "Die Bürgerinitiative „Deichbau jetzt“ wirft dem Landratsamt vor, die Warnung der "
            "Bevölkerung um mehrere Stunden verzögert zu haben.",
            "Bürgerinitiative „Deichbau jetzt“",
            "Landratsamt",
        ),
        (
            "Der Verein „Rettet den Auwald“ wirft der Stadt vor, die Bäume ohne Genehmigung "
            "gefällt zu haben.",
            "Verein „Rettet den Auwald“",
            "Stadt",
        ),
    ],
)
def test_a_quoted_name_after_an_organisation_noun_is_part_of_the_speaker(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    (q,) = quotes(extract, text)
    assert (q.speaker, q.act, q.target, q.kind) == (speaker, "accusation", target, "indirect")
    assert q.text.endswith("zu haben")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Der Verband „Wir lassen uns nicht erpressen“, sagte Karl Weber.", "Wir lassen"),
        ("Die Gewerkschaft nannte das Angebot „eine Frechheit“.", "eine Frechheit"),
    ],
)
def test_a_quotation_that_ends_the_clause_stays_a_quote(
    extract: Extract, text: str, said: str
) -> None:
    assert any(said in q.text and q.kind != "indirect" for q in quotes(extract, text))


@pytest.mark.parametrize(
    ("text", "org", "denied", "role", "said"),
    [
        (
            "Das Umweltministerium wies dies als „haltlos“ zurück: Die Verzögerungen gingen auf "
            "Gerichtsverfahren zurück, sagte eine Sprecherin.",
            "Umweltministerium",
            "dies als „haltlos“",
            "Sprecherin",
            "Die Verzögerungen gingen auf Gerichtsverfahren zurück",
        ),
        (
            "Das Ministerium wies die Kritik zurück: Die Pläne seien seit Jahren bekannt, sagte "
            "ein Sprecher.",
            "Ministerium",
            "die Kritik",
            "Sprecher",
            "Die Pläne seien seit Jahren bekannt",
        ),
    ],
)
def test_a_denial_before_a_colon_and_the_spokespersons_claim_after_it(
    extract: Extract, text: str, org: str, denied: str, role: str, said: str
) -> None:
    denial, claim = quotes(extract, text)
    assert (denial.speaker, denial.act, denial.text) == (org, "denial", denied)
    assert (claim.speaker, claim.speaker_role, claim.act, claim.text) == (
        org,
        role,
        "claim",
        said,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte, die Lage bleibe weiterhin „kritisch“.",
        "Der Anwalt sagte, die Vorwürfe seien „frei erfunden“.",
    ],
)
def test_a_mixed_quote_keeps_its_inner_quotation_marks_balanced(
    extract: Extract, text: str
) -> None:
    (q,) = quotes(extract, text)
    assert q.kind == "mixed"
    assert q.text.count("„") == q.text.count("“") == 1, q.text


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Der Fahrgastverband Pro Bahn kritisierte, die Züge seien zu voll. Die Bahn kündigte "
            "an, die Strecke bis Mai zu sanieren.",
            ["Fahrgastverband Pro Bahn", "Bahn"],
        ),
        (
            "Die Stadt kündigte an, den Park zu sanieren. Der Verein Pro Stadt sagte, die Pläne "
            "kämen zu spät.",
            ["Stadt", "Verein Pro Stadt"],
        ),
        (
            "Die Deutsche Bahn kündigte an, die Strecke bis Mai zu sanieren. Die Bahn sagte, "
            "die Züge seien zu voll.",
            ["Deutsche Bahn", "Deutsche Bahn"],
        ),
    ],
)
def test_a_word_inside_an_organisations_name_does_not_resolve_to_it(
    extract: Extract, text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in quotes(extract, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "refused"),
    [
        (
            "Die Stadt lehnt den Antrag der Bürgerinitiative ab.",
            "Stadt",
            "den Antrag der Bürgerinitiative",
        ),
        ("Der Stadtrat hat den Antrag abgelehnt.", "Stadtrat", "den Antrag"),
        ("Der Minister lehnte jedoch seinen Rücktritt strikt ab.", "Minister", "seinen Rücktritt"),
    ],
)
def test_rejecting_a_noun_phrase_is_a_denial_of_that_object(
    extract: Extract, text: str, speaker: str, refused: str
) -> None:
    (q,) = quotes(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "denial", refused)


def test_a_rejection_with_a_reported_reason_quotes_the_reason_not_the_next_clause(
    extract: Extract,
) -> None:
    (q,) = quotes(extract, "Der Landrat lehnte einen Rücktritt ab, die Vorwürfe seien haltlos.")
    assert (q.speaker, q.act, q.text) == ("Landrat", "denial", "die Vorwürfe seien haltlos")
    text = "Der Rat lehnte einen Verkauf ab, ein Verkauf von Anteilen ist noch offen."
    assert [(q.speaker, q.text) for q in quotes(extract, text)] == [("Rat", "einen Verkauf")]


def test_a_passive_rejection_has_no_speaker(extract: Extract) -> None:
    assert quotes(extract, "Der Antrag auf Freilassung wurde am Montag abgelehnt.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Grünen sprechen von Wahlbetrug.", "Grünen"),
        ("Die Ärzte sprechen von einer dramatischen Lage.", "Ärzte"),
    ],
)
def test_a_plural_subjects_finite_verb_equal_to_the_infinitive_is_a_cue(
    extract: Extract, text: str, speaker: str
) -> None:
    (q,) = quotes(extract, text)
    assert (q.speaker, q.cue) == (speaker, "sprechen")
    assert q.text.startswith("von ")


def test_an_infinitive_after_a_modal_verb_is_no_cue(extract: Extract) -> None:
    assert quotes(extract, "Die Minister wollen morgen über den Haushalt sprechen.") == []


def test_a_quoted_name_of_a_persons_organisation_stays_with_the_organisation(
    extract: Extract,
) -> None:
    text = (
        "„Wir sind mehr, als die Polizei zählen will“, rief Monika Haase von der "
        "Bürgerinitiative „Deichbau jetzt“ den Demonstranten zu."
    )
    (q,) = quotes(extract, text)
    assert (q.speaker, q.kind, q.cue) == ("Monika Haase", "direct", "rief zu")
    assert q.text == "Wir sind mehr, als die Polizei zählen will"
