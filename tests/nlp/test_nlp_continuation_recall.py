"""Continuation rules measured on gnqa train+dev this round (bot.nlp.quotes.continuation,
bot.nlp.attribution.continuation): a quotation that names its speaker at its end, hearsay
"soll … haben/sein" one sentence on, and a Konjunktiv that only sits in a "dass" clause of
an indicative main clause. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract

STATEMENT = "Der Trainer Jan Berg sagte, das Spiel sei unfair gewesen."


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


# ---- a quotation whose speaker is named at its end ----------------------------------------


def test_a_quotation_belongs_to_the_speaker_named_at_its_end(extract: Extract) -> None:
    """The running speaker must not take the first sentences of someone else's quotation."""
    text = (
        f"{STATEMENT} „Das war ein klares Foul. Der Schiedsrichter hat es nicht gesehen. "
        "Jeder im Stadion hat es gesehen“, sagte der Kapitän Tim Roth."
    )
    assert speakers_of(extract, text, "klares Foul") == ["Tim Roth"]
    assert speakers_of(extract, text, "Schiedsrichter") == ["Tim Roth"]
    assert speakers_of(extract, text, "unfair") == ["Jan Berg"]


def test_a_closed_quotation_without_a_new_speaker_stays_with_the_running_one(
    extract: Extract,
) -> None:
    text = (
        f"{STATEMENT} „Das war ein klares Foul. Jeder im Stadion hat es gesehen.“ "
        "Der Kapitän Tim Roth sah das anders."
    )
    assert speakers_of(extract, text, "klares Foul") == ["Jan Berg"]
