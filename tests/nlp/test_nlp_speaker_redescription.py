"""A definite noun that re-describes a person named just before ("sagte der SPD-Politiker"
after "Finanzminister Lars Becker", "betonte die Christdemokratin", "sagte der Manager") is
that person when exactly one person of that gender and party fits; a new person ("ein
SPD-Politiker"), two fitting persons or a disagreeing party keep the noun as written.
German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.speakers.redescription import (
    parties_agree,
    redescription,
    role_party,
    tagged_party,
)
from tests.nlp.extract_helpers import Extract


def _speaker(extract: Extract, text: str, cue: str) -> str | None:
    quotes = [q for q in extract(text).quotes if (q.cue or "").startswith(cue)]
    assert len(quotes) == 1, quotes
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Finanzminister Lars Becker hat die Kritik am Etat zurückgewiesen. „Wir sparen "
            "dort, wo es vertretbar ist“, sagte der SPD-Politiker am Dienstag in Berlin.",
            "sagte",
            "Lars Becker",
        ),
        (
            "Vorstandschef Peter Kern kündigte den Abbau von Stellen an. Der Konzern müsse "
            "seine Kosten deutlich senken, sagte der Manager vor Journalisten.",
            "sagte",
            "Peter Kern",
        ),
        (
            "Umweltsenatorin Jana Pohl verteidigte die neuen Fahrverbote. Die Luft in der "
            "Stadt werde sauberer, betonte die Grünen-Politikerin.",
            "betonte",
            "Jana Pohl",
        ),
        (
            "Gesundheitsministerin Sabine Krüger stellte den Plan vor. Die Kliniken würden "
            "entlastet, erklärte die Juristin.",
            "erklärte",
            "Sabine Krüger",
        ),
        (
            "In Hannover traf Ministerpräsident Jens Albrecht den Verband der Landwirte. "
            "Dass die Höfe Hilfe brauchten, habe er verstanden, versicherte der "
            "Sozialdemokrat.",
            "versicherte",
            "Jens Albrecht",
        ),
        (
            "Innenminister Tom Schulte (CDU) und Umweltminister Tim Roth (Grüne) stellten "
            "den Bericht vor. Die Wälder litten unter der Trockenheit, sagte der "
            "Grünen-Politiker.",
            "sagte",
            "Tim Roth",
        ),
        (
            "Finanzminister Lars Becker (SPD) verteidigte den Haushalt. Wie der "
            "Sozialdemokrat am Abend sagte, sei die Schuldenbremse eingehalten.",
            "sagte",
            "Lars Becker",
        ),
        (
            "Die Ministerin Anna Roth legte den Bericht vor. Die Regierung müsse handeln, "
            "forderte die Christdemokratin.",
            "forderte",
            "Anna Roth",
        ),
    ],
)
def test_a_redescribing_noun_is_the_person_named_before(
    extract: Extract, text: str, cue: str, speaker: str
) -> None:
    assert _speaker(extract, text, cue) == speaker


def test_the_running_speaker_is_redescribed_beyond_the_sentence_before(
    extract: Extract,
) -> None:
    text = (
        "Finanzminister Lars Becker hat den Haushalt verteidigt. „Wir halten die "
        "Schuldenbremse ein“, sagte er. Neue Schulden seien nicht geplant. Der Etat sei "
        "solide, betonte der SPD-Politiker."
    )
    assert _speaker(extract, text, "betonte") == "Lars Becker"
    # the running speaker is a man: "die SPD-Politikerin" is somebody else
    assert _speaker(
        extract, text.replace("der SPD-Politiker", "die SPD-Politikerin"), "betonte"
    ) != ("Lars Becker")


def test_an_age_noun_finds_a_woman_by_her_given_name(extract: Extract) -> None:
    text = (
        "Fraktionsvize Annette Wolter hält den Plan für unseriös. Die Regierung müsse ihre "
        "Zahlen offenlegen, forderte die 54-Jährige."
    )
    assert _speaker(extract, text, "forderte") == "Annette Wolter"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a new person, introduced by the indefinite article
        (
            "Finanzminister Lars Becker hat die Kritik zurückgewiesen. Ein SPD-Politiker "
            "sagte dagegen, der Etat sei unsolide.",
            "sagte",
        ),
        # two men named before: which one is meant is not told
        (
            "Vorstandschef Peter Kern und Finanzvorstand Udo Brandt stellten die Zahlen vor. "
            "Das Jahr sei schwierig gewesen, sagte der Manager.",
            "sagte",
        ),
        # the only man named before is of another party
        (
            "Innenminister Thomas Weber (CSU) lobte die Polizei. Die Lage bleibe ernst, "
            "sagte der SPD-Politiker.",
            "sagte",
        ),
        # a woman of another party
        (
            "Bürgermeisterin Eva Stern (CDU) eröffnete die Brücke. „Das ist ein guter "
            "Tag“, sagte die Liberale.",
            "sagte",
        ),
        # several managers are no one person
        (
            "Vorstandschef Peter Kern erläuterte die Bilanz. Die Manager sagten, die Lage "
            "sei ernst.",
            "sagten",
        ),
        # a woman named before is no "der Manager"
        (
            "Vorstandschefin Petra Kern kündigte den Abbau von Stellen an. Die Kosten "
            "müssten sinken, sagte der Manager.",
            "sagte",
        ),
    ],
)
def test_a_redescribing_noun_without_one_fitting_person_stays(
    extract: Extract, text: str, cue: str
) -> None:
    named = ("Lars Becker", "Peter Kern", "Udo Brandt", "Thomas Weber", "Petra Kern", "Eva Stern")
    assert _speaker(extract, text, cue) not in named


def test_redescription_words() -> None:
    assert redescription("SPD-Politiker") == {"SPD"}
    assert redescription("Managerin") == frozenset()
    assert redescription("Christdemokratin") == {"CDU", "CSU"}
    assert redescription("Finanzminister") is None
    assert redescription("Kommunalpolitiker") is None
    assert role_party("SPD-Fraktionschef") == {"SPD"}
    assert tagged_party(" (CSU) lobte") == {"CSU"}
    assert tagged_party(" lobte (CSU)") == frozenset()
    assert parties_agree(frozenset({"CDU", "CSU"}), frozenset({"CSU"}))
    assert not parties_agree(frozenset({"SPD"}), frozenset({"CSU"}))
    assert parties_agree(frozenset(), frozenset({"CSU"}))
