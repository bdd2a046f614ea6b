"""Survey answers: a share of respondents is reported by the survey's owner, never by the
place or sector the sentence opens with ("In der Industrie gaben 38 Prozent … an" is no
statement of "Industrie"). Sentences written for these tests (figure_dev4 and
news_quotes_dev2 showed the defect)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[str | None]:
    return [f.source for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In einer Umfrage der Techniker Krankenkasse gaben 45 Prozent der Befragten an, "
            "regelmäßig Sport zu treiben.",
            "Techniker Krankenkasse",
        ),
        (
            "Bei einer Mitgliederbefragung hatten im Sommer 62 Prozent der Teilnehmer einen "
            "Streik befürwortet.",
            "Mitgliederbefragung",
        ),
        # the survey the report before presented; the sector is no source
        (
            "Das Meinungsforschungsinstitut Civey befragte 1.200 Landwirte, teilte das "
            "Institut mit. Im Ackerbau gaben 38 Prozent der Betriebe an, Flächen zu verpachten.",
            "Meinungsforschungsinstitut Civey",
        ),
        # verb after the group, "ein Drittel"
        (
            "Laut einer Studie der Universität Mannheim schlafen viele Pendler zu wenig. "
            "Unter den Lehrkräften gab ein Drittel der Befragten an, müde zu sein.",
            "Universität Mannheim",
        ),
    ],
)
def test_survey_answers_have_the_surveys_source(extract: Extract, text: str, source: str) -> None:
    assert sources(extract, text)[-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no survey and no previous report: the sector does not report the answers
        ("In der Pflege gaben 41 Prozent der Beschäftigten an, erschöpft zu sein.", None),
        # someone who states a share is its source: no answer of respondents
        (
            "Die Polizei gab an, 40 Prozent der Fahrer seien zu schnell gewesen.",
            "Polizei",
        ),
        # a share with its own marker keeps it
        (
            "In einer Umfrage kommt die Union laut Forsa auf 29 Prozent.",
            "Forsa",
        ),
        # a count is no share of respondents
        (
            "Die Stadtwerke gaben 120 Millionen Euro für neue Leitungen aus, teilte die Stadt mit.",
            "Stadt",
        ),
    ],
)
def test_not_a_survey_answer(extract: Extract, text: str, source: str | None) -> None:
    assert sources(extract, text)[-1] == source
