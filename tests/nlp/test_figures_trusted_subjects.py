"""Figure subjects a reader can trust (issue 12): who reports a figure is not what it is
about, a range's "von" still names the thing measured, and a magnitude named before the verb
("Die Stärke des Bebens gab … mit 6,8 an") is a magnitude. German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Figure
from bot.nlp.figures.subjects import subject_group

Extract = Callable[..., ArticleExtraction]


def only(extract: Extract, text: str) -> Figure:
    [found] = extract(text).figures
    return found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Nach Angaben der Bundesregierung stehen zunächst 50 Millionen Euro bereit.",
            "Bundesregierung",
        ),
        ("Laut dem Landkreis fließen in diesem Jahr 3,5 Millionen Euro.", "Landkreis"),
        ("Der Sparkassenverband rechnet für 2027 mit 12 Milliarden Euro.", "Sparkassenverband"),
    ],
)
def test_the_source_alone_is_no_subject(extract: Extract, text: str, source: str) -> None:
    found = only(extract, text)
    assert found.source == source
    assert found.subject is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Nach Angaben der Bundesregierung umfasst der Fluthilfefonds 50 Millionen Euro.",
            "Fluthilfefonds",
        ),
        ("Die Polizei zählte am Samstag 4.000 Demonstranten.", "Demonstranten"),
    ],
)
def test_a_subject_besides_the_source_stays(extract: Extract, text: str, subject: str) -> None:
    assert subject in (only(extract, text).subject or "")


@pytest.mark.parametrize(
    "text",
    [
        "Die Versicherer rechnen mit einem Schaden von 80 bis 100 Millionen Euro.",
        "Der Gesamtverband der Versicherer geht von einem Schaden von 80 bis 100 Millionen Euro aus.",
        "Experten schätzten, dass ein Schaden von 2 bis 3 Milliarden Euro entstanden sei.",
    ],
)
def test_a_range_after_von_measures_the_noun_before(extract: Extract, text: str) -> None:
    found = only(extract, text)
    assert found.value_max is not None
    assert (found.subject or "").startswith("Schaden")


@pytest.mark.parametrize(
    ("text", "value", "owner"),
    [
        ("Die Stärke des Bebens gab die US-Erdbebenwarte USGS mit 6,8 an.", 6.8, "Beben"),
        ("Die Stärke des Nachbebens lag nach Angaben der Behörden bei 5,1.", 5.1, "Nachbeben"),
        ("Die Magnitude des Erdbebens bezifferte das Institut auf 7,2.", 7.2, "Erdbeben"),
    ],
)
def test_a_fronted_magnitude(extract: Extract, text: str, value: float, owner: str) -> None:
    found = only(extract, text)
    assert (found.value, found.unit, found.subject) == (value, "Stärke", f"Stärke ({owner})")


@pytest.mark.parametrize(
    "text",
    [
        "Die Stärke der Truppe lag bei 5.000 Soldaten.",
        "Die Stärke der Mannschaft zeigte sich mit 3 Toren in der ersten Halbzeit.",
        "Die Stärke des Euro liegt auch an 4 Prozent Zinsen.",
    ],
)
def test_no_magnitude_where_something_else_is_counted(extract: Extract, text: str) -> None:
    assert all(f.unit != "Stärke" for f in extract(text).figures)


def test_shares_of_one_group_name_the_group_and_keep_claims_apart(extract: Extract) -> None:
    text = (
        "Zwei Drittel der Befragten halten die Rente für unsicher. Drei Viertel der Befragten "
        "wollen länger arbeiten. Laut der Umfrage sparen 40 Prozent der Befragten privat."
    )
    found = extract(text).figures
    assert [f.unit for f in found] == ["Drittel", "Viertel", "Prozent"]
    subjects = [f.subject or "" for f in found]
    assert all(s.startswith("Anteil der Befragten") for s in subjects)
    assert len({subject_group(f.subject, f.unit) for f in found}) == 3
    assert "Rente" in subjects[0]
    assert "arbeiten" in subjects[1]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Ein Fünftel der Mitglieder verließ den Verein.",
            "Anteil der Mitglieder – verlassen den Verein",
        ),
        (
            "Rund die Hälfte der Wahlberechtigten ging zur Wahl.",
            "Anteil der Wahlberechtigten – gehen zur Wahl",
        ),
        (
            "60 Prozent des Umsatzes entfallen auf das Ausland.",
            "Anteil des Umsatzes – entfallen auf das Ausland",
        ),
        ("Die Hälfte der Tickets für Berlin ist weg.", "Anteil der Tickets"),
    ],
)
def test_a_share_is_no_topic_of_its_fraction_word(
    extract: Extract, text: str, subject: str
) -> None:
    assert only(extract, text).subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der schweren Atemwegserkrankungen schätzt das Institut auf rund 2,5 Millionen.",
        "Es gibt nach wie vor 120 bestätigte Tote.",
        "Die Zahl der Insolvenzen bezifferte der Verband auf knapp 18.000.",
    ],
)
def test_what_is_counted_is_never_its_source(extract: Extract, text: str) -> None:
    found = only(extract, text)
    counted = {found.unit or "", *(found.subject or "").split()}
    assert not (found.source and set(found.source.split()) & counted)


def test_a_source_that_counts_something_else_stays(extract: Extract) -> None:
    assert only(extract, "Die Polizei meldete am Abend 40 Festnahmen.").source == "Polizei"


def test_counts_in_brackets_after_names_count_the_opening_group(extract: Extract) -> None:
    text = (
        "Die meisten Asylbewerber stammten aus Syrien (12.400), gefolgt von Afghanistan "
        "(9.800) und dem Irak (3.100)."
    )
    found = extract(text).figures
    assert [(f.value, f.unit) for f in found] == [
        (12400, "Asylbewerber"),
        (9800, "Asylbewerber"),
        (3100, "Asylbewerber"),
    ]
    assert [f.subject for f in found] == [
        "Asylbewerber (Syrien)",
        "Asylbewerber (Afghanistan)",
        "Asylbewerber (Irak)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Im Finale traf der Stürmer Jonas Berger (23) zweimal.",
        "Die Angeklagte Maria Kessler (47) schwieg am ersten Prozesstag.",
    ],
)
def test_an_age_in_brackets_is_no_count_of_the_group(extract: Extract, text: str) -> None:
    assert all(f.unit not in ("Stürmer", "Angeklagte", "Finale") for f in extract(text).figures)


def test_a_share_without_a_whole_predicate_names_only_the_group(extract: Extract) -> None:
    text = "Nur 30 Prozent der Kinder zwischen 6 und 10 Jahren lernen schwimmen."
    share = next(f for f in extract(text).figures if f.unit == "Prozent")
    assert share.subject == "Anteil der Kinder"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Ein Drittel der Befragten will länger arbeiten.",
            "Anteil der Befragten – wollen länger arbeiten",
        ),
        (
            "Zwei Drittel der Befragten wollten länger arbeiten.",
            "Anteil der Befragten – wollen länger arbeiten",
        ),
        (
            "Inzwischen halten drei Viertel der Befragten die Rente für unsicher.",
            "Anteil der Befragten – halten die Rente für unsicher",
        ),
        (
            "Laut der Umfrage hält nur ein Viertel der Befragten die Rente für unsicher.",
            "Anteil der Befragten – halten die Rente für unsicher",
        ),
        (
            "Im vergangenen Jahr war fast die Hälfte der Mitglieder unzufrieden.",
            "Anteil der Mitglieder – sind unzufrieden",
        ),
    ],
)
def test_a_share_predicate_is_one_claim_in_any_verb_form_or_order(
    extract: Extract, text: str, subject: str
) -> None:
    """A claim about a group's share is one topic whatever the verb's number, tense or place:
    "will länger arbeiten" and "wollen länger arbeiten" are one, and a verb before the share
    ("Inzwischen halten …") belongs to the predicate."""
    assert only(extract, text).subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern baut 30 Prozent der Stellen ab.",
        "Die Regierung will 30 Prozent der Stellen streichen.",
        "Siemens streicht ein Drittel der Stellen.",
    ],
)
def test_a_share_after_a_subject_and_its_verb_is_an_object(extract: Extract, text: str) -> None:
    """The share is what the subject does something to: it neither abbauen nor streichen."""
    share = next(f for f in extract(text).figures if f.unit in ("Prozent", "Drittel"))
    assert share.subject == "Anteil der Stellen"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Die Schulden liegen bei 60 Prozent des Bruttoinlandsprodukts.",
            "Schulden im Verhältnis zum BIP",
        ),
        (
            "Das Defizit soll 2027 auf 2,5 Prozent der Wirtschaftsleistung sinken.",
            "Defizit im Verhältnis zum BIP",
        ),
        (
            "Mit 3,2 Prozent des BIP lag das Haushaltsdefizit über der Grenze.",
            "Haushaltsdefizit im Verhältnis zum BIP",
        ),
        (
            "Die Miete verschlingt inzwischen 35 Prozent des Nettoeinkommens.",
            "Miete im Verhältnis zum Nettoeinkommen",
        ),
        (
            "Die Regierung senkt das Defizit auf 2,5 Prozent des BIP.",
            "Defizit im Verhältnis zum BIP",
        ),
        (
            "Der Stabilitätspakt erlaubt eine Neuverschuldung von höchstens drei Prozent des BIP.",
            "Neuverschuldung im Verhältnis zum BIP",
        ),
    ],
)
def test_a_percentage_of_a_reference_quantity_is_the_subjects_ratio(
    extract: Extract, text: str, subject: str
) -> None:
    """Debt at 60 percent of GDP is a debt ratio, not a share of GDP: "Anteil des
    Bruttoinlandsprodukts" joined debts, deficits and spending in one topic."""
    assert only(extract, text).subject == subject


def test_a_share_of_a_reference_quantity_that_opens_its_clause_stays_a_share(
    extract: Extract,
) -> None:
    text = "Knapp 40 Prozent des Bruttoinlandsprodukts entfallen auf die Industrie."
    assert only(extract, text).subject == (
        "Anteil des Bruttoinlandsprodukts – entfallen auf die Industrie"
    )
