"""/figures topic names a newsroom editor can trust (issue 12, new-user pass on gnqa dev and
train): a bracket names what scopes a count (a place, an event, a year, an organisation or a
person, the claim's kind), never the clause's other noun ("Polizisten (Soldaten)"), a role
("Arbeitsplätze (Vorstandsvorsitzender)") or the source; and a topic shows its reports' plural,
not the grouping lemma ("irakische Zivilist"). German articles written for these tests, run
through the real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from bot.store.records import FigureRecord, SubjectSummary
from handlers.figure_names import scopes, topic_name, topic_names
from handlers.types import Services

NOW = datetime(2024, 5, 10, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "meuterei.txt",
        "Schüsse auf Polizei",
        date(2024, 5, 7),
        [
            "Am Dienstag erschossen meuternde Soldaten sieben Polizisten, die angeblich mit den "
            "Rebellen zusammengearbeitet hatten."
        ],
    ),
    (
        "lexikon.txt",
        "Lexikon wächst",
        date(2024, 5, 9),
        [
            "Zusammen mit den Diskussionsseiten umfasst die englische Version etwa "
            "4,1 Millionen Seiten."
        ],
    ),
    (
        "unfall.txt",
        "Anschlag auf Konvoi",
        date(2024, 5, 9),
        [
            "Bei dem Anschlag wurden sechs irakische Zivilisten verletzt.",
            "Später hieß es, 15 irakische Zivilisten seien verletzt worden.",
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


def _names(body: str) -> list[str]:
    """The topic names of a /figures overview ("- Polizisten: 7 (…) · 1 Meldung")."""
    return [line[2:].split(": ", 1)[0] for line in topics(body)]


async def test_a_clause_noun_in_brackets_is_no_part_of_a_topic_name(services, text_of) -> None:
    """The "Soldaten" shot the police officers and "Version" holds the pages: neither scopes the
    count, and "Polizisten (Soldaten)" read as police officers among soldiers."""
    body = text_of(await ask_figures(services))
    names = _names(body)
    assert "Polizisten" in names and "Seiten" in names, names
    assert not any("(Soldaten)" in n or "(Version)" in n for n in names), names


async def test_a_topic_shows_the_plural_its_reports_use(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    names = _names(body)
    assert "irakische Zivilisten" in names, names
    assert "irakische Zivilist" not in names, names


async def test_a_topic_is_found_by_the_name_the_list_shows(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Polizisten"))
    assert "Aktuell: Polizisten" in body, body
    assert "7 (" in body, body


@pytest.mark.parametrize(
    ("inner", "scoped"),
    [
        ("in Timor-Leste", True),  # a place
        ("Erdbeben in Myanmar", True),  # an event and its place
        ("Zugunglück", True),  # an event as the last part of a compound
        ("Wikipedia", True),  # a name
        ("Wahl 2014", True),  # a year
        ("Vorstandsvorsitzender", False),  # a role
        ("Sprecherin", False),
        ("Behörden", False),  # the source's noun
        ("Version", False),  # a clause noun
        ("Soldaten", False),
        ("Welches Kind", False),  # a clause's first word, capitalised there
        ("Auch", False),
    ],
)
def test_what_a_bracket_may_name(inner: str, scoped: bool) -> None:
    assert scopes(inner) is scoped


def test_a_claims_kind_and_a_place_stay_in_the_name() -> None:
    assert topic_name("Lohn (Forderung)", "Lohn") == "Lohn (Forderung)"
    assert topic_name("Soldaten (in Timor-Leste)", "Soldaten") == "Soldaten (in Timor-Leste)"
    assert topic_name("Arbeitsplätze (Vorstandsvorsitzender)", None) == "Arbeitsplätze"
    # the reports name the noun in its own form: nothing to mend
    assert topic_name("Männer beim Mann", "Männer beim Mann") == "Männer beim Mann"
    # a place after the head noun is no head: "Japans" is no plural of "Japan"
    assert topic_name("Tote in Japan (Unwetter)", "Tote in Japans Süden") == (
        "Tote in Japan (Unwetter)"
    )


def _summary(key: str, name: str, article: int) -> SubjectSummary:
    latest = FigureRecord(
        id=article,
        article_id=article,
        value=3.0,
        value_max=None,
        qualifier="exact",
        unit="Kind",
        subject=name,
        subject_key=key,
        text="drei Kinder",
        source=None,
        sentence="Drei Kinder wurden gerettet.",
        refers_to=None,
        is_addition=False,
        article_title=f"Bericht {article}",
        outlet=None,
        published=date(2024, 5, article),
        first_seen=NOW,
    )
    return SubjectSummary(key, name, "Kind", 1, latest)


def test_two_topics_never_read_alike() -> None:
    """Two stories' "Kinder (…)" would both read "Kinder": they keep their stored names, so
    the list tells them apart and each can be asked for."""
    shown = topic_names(
        [
            _summary("kind amoklaufer", "Kinder (Amokläufer)", 1),
            _summary("kind zivilisten", "Kinder (Zivilisten)", 2),
            _summary("seite version", "Seiten (Version)", 3),
        ]
    )
    assert [s.subject for s in shown] == ["Kinder (Amokläufer)", "Kinder (Zivilisten)", "Seiten"]


def test_a_topic_shows_its_scopes_in_one_bracket() -> None:
    """Two brackets in a row ("Arbeitslose (EU27) (in Spanien)") read as a remark on the
    bracket before; the topic's scopes are listed in one."""
    assert topic_name("Arbeitslose (EU27) (in Spanien)", "Arbeitslose") == (
        "Arbeitslose (EU27, in Spanien)"
    )
    assert topic_name("Tote (Erdbeben) (in Myanmar) (Forderung)", "Tote") == (
        "Tote (Erdbeben, in Myanmar) (Forderung)"
    )
    assert topic_name("Soldaten (in Timor-Leste)", "Soldaten") == "Soldaten (in Timor-Leste)"
