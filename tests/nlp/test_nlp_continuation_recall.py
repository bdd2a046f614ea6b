"""Continuation rules measured on gnqa train+dev this round (bot.nlp.quotes.continuation,
bot.nlp.attribution.continuation): a quotation that names its speaker at its end, hearsay
"soll … haben/sein" one sentence on, and a Konjunktiv that only sits in a "dass" clause of
an indicative main clause. German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.attribution.continuation import in_complement_only, is_hearsay, load_konjunktiv2
from tests.nlp.extract_helpers import Extract

STATEMENT = "Der Trainer Jan Berg sagte, das Spiel sei unfair gewesen."


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


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


def test_a_quotation_closed_by_so_x_belongs_to_x(extract: Extract) -> None:
    text = (
        f"{STATEMENT} „Wir haben in dieser Saison viel gelernt. Das nächste Spiel gewinnen "
        "wir“, so der Kapitän Tim Roth."
    )
    assert speakers_of(extract, text, "viel gelernt") == ["Tim Roth"]


def test_a_closed_quotation_without_a_new_speaker_stays_with_the_running_one(
    extract: Extract,
) -> None:
    text = (
        f"{STATEMENT} „Das war ein klares Foul. Jeder im Stadion hat es gesehen.“ "
        "Der Kapitän Tim Roth sah das anders."
    )
    assert speakers_of(extract, text, "klares Foul") == ["Jan Berg"]


# ---- a Konjunktiv only inside a "dass" clause of an indicative main clause ---------------


def test_in_complement_only_needs_every_konjunktiv_after_dass() -> None:
    impersonal = frozenset({"man", "wird"})
    text = tokens("Der Verband ist der Meinung , dass die Reform scheitere .")
    assert in_complement_only(text, [9], impersonal)
    own = tokens("Die Reform scheitere , dass es alle sehen .")
    assert not in_complement_only(own, [2], impersonal)
    agentless = tokens("Kritisiert wird , dass die Reform scheitere .")
    assert not in_complement_only(agentless, [6], impersonal)


def test_a_subjects_opinion_with_a_dass_clause_does_not_continue(extract: Extract) -> None:
    """The subject voices its own opinion; the running speaker did not say this."""
    text = f"{STATEMENT} Der Verband der Fans ist der Meinung, dass der Verein die Strafe zahle."
    assert "Jan Berg" not in speakers_of(extract, text, "Strafe")


def test_an_agentless_main_clause_with_a_dass_clause_continues(extract: Extract) -> None:
    text = f"{STATEMENT} Außerdem wird kritisiert, dass der Verein die Strafe nicht zahle."
    assert speakers_of(extract, text, "Strafe") == ["Jan Berg"]


# ---- hearsay "soll … haben/sein" one sentence further on ---------------------------------

GAP = "Das Stadion war am Abend ausverkauft."


def test_hearsay_soll_with_a_perfect_infinitive_is_reportative() -> None:
    hearsay = tokens("Dabei sollen zwei Ordner verletzt worden sein .")
    assert is_hearsay(hearsay, 1)
    plan = tokens("Die Tribüne soll im Sommer saniert werden .")
    assert not is_hearsay(plan, 2)


def test_hearsay_continues_the_statement_across_a_neutral_sentence(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP} Dabei sollen zwei Ordner verletzt worden sein."
    assert speakers_of(extract, text, "Ordner") == ["Jan Berg"]


def test_a_plan_with_soll_does_not_continue_across_a_neutral_sentence(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP} Die Tribüne soll im Sommer saniert werden."
    assert speakers_of(extract, text, "Tribüne") == []


def test_hearsay_does_not_continue_across_a_paragraph_break_after_a_gap(extract: Extract) -> None:
    text = f"{STATEMENT} {GAP}\n\nDabei sollen zwei Ordner verletzt worden sein."
    assert speakers_of(extract, text, "Ordner") == []


# ---- Konjunktiv II forms the lemma table lacks ------------------------------------------------


def test_listed_strong_konjunktiv_ii_forms_and_not_their_preterite_plurals() -> None:
    forms = load_konjunktiv2().forms
    assert {"täte", "stände", "ständen", "riefe"} <= forms
    assert not {"blieben", "gingen", "riefen"} & forms


def test_a_konjunktiv_ii_of_stehen_continues_the_statement(extract: Extract) -> None:
    text = f"{STATEMENT} Dem Verein ständen harte Wochen bevor."
    assert speakers_of(extract, text, "harte Wochen") == ["Jan Berg"]


# ---- the speaker a continuation inherits ---------------------------------------------------


def test_a_continuation_inherits_the_resolved_name_not_the_pronoun(extract: Extract) -> None:
    """A gold speaker "*" matches any speaker but none: the continuation must carry one."""
    text = (
        "Der Trainer Jan Berg kam am Montag nach Bremen. Er sagte, das Spiel sei unfair "
        "gewesen. Die Mannschaft sei müde."
    )
    assert speakers_of(extract, text, "müde") == ["Jan Berg"]


def test_an_unresolved_pronoun_statement_starts_no_continuation(extract: Extract) -> None:
    text = "Er sagte, das Spiel sei unfair gewesen. Die Mannschaft sei müde."
    assert speakers_of(extract, text, "müde") == []
