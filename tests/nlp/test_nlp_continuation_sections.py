"""A Konjunktiv continuation stays inside its article section (bot.nlp.quotes.continuation.
enter_section): a background box, a commentary or a teaser between report paragraphs neither
carries the running statement on nor introduces the speaker of the report sentence after it.
German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction, Section
from bot.nlp.attribution.continuation import named_again
from bot.nlp.quotes.continuation import first_person

Extract = Callable[..., ArticleExtraction]

STATEMENT = "Der Verkehrsminister Karl Weber sagte am Montag, die Lage sei ernst."
WEATHER = "Das Wasser stieg am Montag weiter."
VISIT = "Die Ministerin Anna Berger besuchte das Gebiet."
REPORTED = "Die Dämme seien nach wie vor sicher."


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def paragraphs(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_a_person_named_in_a_background_box_does_not_speak_in_the_report(
    extract: Extract,
) -> None:
    sections: list[Section] = ["report", "background", "report"]
    result = extract(paragraphs(WEATHER, VISIT, REPORTED), sections)
    assert speakers_of(result, "Dämme") == []


def test_a_person_named_in_a_commentary_does_not_speak_in_the_report(extract: Extract) -> None:
    sections: list[Section] = ["report", "commentary", "report"]
    text = paragraphs(
        "Der Pegel hatte in der Nacht einen neuen Höchststand erreicht.",
        "Der Landrat Peter Kraus hat die Warnungen lange nicht ernst genommen.",
        "Nun müsse die Feuerwehr rund um die Uhr Sandsäcke füllen.",
    )
    assert speakers_of(extract(text, sections), "Sandsäcke") == []


def test_a_background_box_about_the_speaker_does_not_carry_the_statement(
    extract: Extract,
) -> None:
    sections: list[Section] = ["report", "background", "report"]
    text = paragraphs(STATEMENT, "Weber ist seit 2019 im Amt und stammt aus Kassel.", REPORTED)
    result = extract(text, sections)
    assert speakers_of(result, "Lage") == ["Karl Weber"]
    assert speakers_of(result, "Dämme") == []


def test_the_same_sentences_in_one_report_still_continue(extract: Extract) -> None:
    """The rule must not fire inside the report: a person introduced right before a
    Konjunktiv sentence is its speaker, and a sentence about the speaker carries the
    statement."""
    introduced = extract(paragraphs(WEATHER, VISIT, REPORTED))
    assert speakers_of(introduced, "Dämme") == ["Anna Berger"]
    about = extract(paragraphs(STATEMENT, "Weber ist seit 2019 im Amt.", REPORTED))
    assert speakers_of(about, "Dämme") == ["Karl Weber"]


def test_a_teaser_between_report_paragraphs_ends_the_statement(extract: Extract) -> None:
    sections: list[Section] = ["report", "teaser", "report"]
    text = paragraphs(
        STATEMENT,
        "Weber warnt: Weitere Unwetter erwartet",
        "Man werde die Deiche in der kommenden Woche verstärken.",
    )
    result = extract(text, sections)
    assert speakers_of(result, "Deiche") == []


# ---- a known person named again while no statement runs ----------------------------------


def test_named_again_finds_the_one_known_person() -> None:
    persons = [("Karl Weber", "Verkehrsminister", "m"), ("Anna Berger", None, "f")]
    again = tokens("Mit Kritik an den Plänen hielt sich Weber am Dienstag zurück .")
    assert named_again(again, persons) == ("Karl Weber", "Verkehrsminister")
    assert named_again(tokens("Am Abend traf Weber Berger im Rathaus ."), persons) is None
    assert named_again(tokens("Das Wasser stieg weiter ."), persons) is None


def test_konjunktiv_i_after_a_sentence_naming_a_known_person_again_is_theirs(
    extract: Extract,
) -> None:
    text = paragraphs(
        STATEMENT,
        "Im Landkreis fielen am Dienstag mehrere Straßen aus. Der Regen ließ erst am Abend "
        "nach. Mit Kritik an den Stadtwerken hält sich Weber bislang zurück. "
        "Man habe die Pumpen rechtzeitig überprüft.",
    )
    assert speakers_of(extract(text), "Pumpen") == ["Karl Weber"]


def test_a_known_woman_named_again_speaks_in_the_next_konjunktiv_sentence(
    extract: Extract,
) -> None:
    text = (
        "Die Bürgermeisterin Anna Berger hat am Montag erklärt, die Schule werde saniert. "
        "Die Eltern hatten seit Jahren über undichte Fenster geklagt. "
        "Im Herbst wurde ein Klassenzimmer gesperrt. "
        "Zur Finanzierung der Arbeiten schweigt Berger bisher. "
        "Die Stadt habe aber bereits Geld für Zuschüsse zurückgelegt."
    )
    assert speakers_of(extract(text), "Zuschüsse") == ["Anna Berger"]


def test_a_known_person_named_again_does_not_take_an_indicative_sentence(
    extract: Extract,
) -> None:
    text = paragraphs(
        STATEMENT,
        "Im Landkreis fielen am Dienstag mehrere Straßen aus. Der Regen ließ erst am Abend "
        "nach. Am Mittwoch besuchte Weber das Klärwerk. Die Pumpen laufen seitdem wieder.",
    )
    assert speakers_of(extract(text), "Pumpen") == []


def test_two_known_people_named_again_introduce_nobody(extract: Extract) -> None:
    text = (
        "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst. Die Abgeordnete Petra "
        "Lang erklärte, sie sehe das anders. Im Landkreis fielen mehrere Straßen aus. "
        "Der Regen ließ erst am Abend nach. Am Mittwoch trafen sich Weber und Lang im "
        "Rathaus. Die Kosten würden geteilt, die Stadt übernehme die Hälfte."
    )
    assert speakers_of(extract(text), "Kosten") == []


# ---- a first person's indicative is no Konjunktiv I ----------------------------------------


def test_first_person_reads_ich_on_either_side() -> None:
    assert first_person(tokens("Ich lehne solche Besuche ab ."), 1)
    assert first_person(tokens("Heute habe ich keine Zeit ."), 1)
    assert not first_person(tokens("Sie lehne solche Besuche ab ."), 1)
    assert not first_person(tokens("Die Lage habe sich verschärft ."), 2)


def test_an_unquoted_first_person_sentence_is_not_the_introduced_persons_report(
    extract: Extract,
) -> None:
    text = (
        "Die Ministerin Anna Berger besuchte am Montag das Hochwassergebiet. "
        "Ich fahre am Wochenende selbst in den Landkreis."
    )
    assert speakers_of(extract(text), "Landkreis") == []


def test_a_third_person_konjunktiv_after_the_introduction_still_reports(
    extract: Extract,
) -> None:
    text = (
        "Die Ministerin Anna Berger besuchte am Montag das Hochwassergebiet. "
        "Sie fahre am Wochenende selbst in den Landkreis."
    )
    assert speakers_of(extract(text), "Landkreis") == ["Anna Berger"]


# ---- a quotation right after a sentence that introduced a person ---------------------------

STORM = "Der Sturm traf die Küste am Freitag."
LOPEZ = "Die Fischerin Maria Lopez stand am Morgen vor den Trümmern ihres Hauses."


def test_a_quotation_right_after_an_introduced_person_is_theirs(extract: Extract) -> None:
    result = extract(f"{STORM} {LOPEZ} „Wir haben alles verloren.“")
    assert speakers_of(result, "verloren") == ["Maria Lopez"]


def test_a_longer_quotation_after_a_person_in_the_perfect_is_theirs(extract: Extract) -> None:
    text = (
        f"{STORM} Der Bürgermeister Jan Vogt hat die Schäden am Hafen besichtigt. "
        "„Das Wasser stand bis zum ersten Stock, und die Boote liegen auf der Straße.“"
    )
    assert speakers_of(extract(text), "Boote") == ["Jan Vogt"]


def test_a_sentence_that_only_opens_with_a_quoted_phrase_is_no_quotation(
    extract: Extract,
) -> None:
    result = extract(f"{STORM} {LOPEZ} „Seesturm“ ist der Titel einer Ausstellung im Museum.")
    assert speakers_of(result, "Ausstellung") == []
    sign = extract(f"{STORM} {LOPEZ} „Wir haben alles verloren“ steht auf einem Schild.")
    assert speakers_of(sign, "Schild") == []


def test_a_quotation_after_a_sentence_in_between_is_not_the_introduced_persons(
    extract: Extract,
) -> None:
    text = f"{STORM} {LOPEZ} Der Wind ließ erst am Nachmittag nach. „Wir haben alles verloren.“"
    assert speakers_of(extract(text), "verloren") == []


# ---- another known person named again while a statement runs -------------------------------

DEBATE = (
    "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst. "
    "Die Abgeordnete Petra Lang erklärte, sie sehe das anders."
)


def test_konjunktiv_after_naming_an_earlier_speaker_again_is_theirs(extract: Extract) -> None:
    text = f"{DEBATE} Bei der Sitzung am Abend hielt sich Weber zurück. Die Zahlen seien vorläufig."
    assert speakers_of(extract(text), "Zahlen") == ["Karl Weber"]


def test_naming_the_running_speaker_again_keeps_the_statement(extract: Extract) -> None:
    text = f"{DEBATE} Bei der Sitzung am Abend hielt sich Lang zurück. Die Zahlen seien vorläufig."
    assert speakers_of(extract(text), "Zahlen") == ["Petra Lang"]


def test_an_indicative_sentence_after_naming_an_earlier_speaker_is_no_quote(
    extract: Extract,
) -> None:
    text = f"{DEBATE} Bei der Sitzung am Abend hielt sich Weber zurück. Die Zahlen sind vorläufig."
    assert speakers_of(extract(text), "Zahlen") == []
