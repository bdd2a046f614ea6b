"""A speaker is somebody: never a pronoun, an abstract noun, a number phrase or a unit. Unit
tests of the rule on German phrases written for them, and a check over the gnqa2024 dev split
(skipped when ../shared is not beside the repository)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.attribution.somebody import SpeakerCheck, head_noun, load_speaker_check

Extract = Callable[..., ArticleExtraction]
GNQA_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gnqa2024" / "dev"


@pytest.fixture(scope="module")
def check(extractor: Extractor) -> SpeakerCheck:
    tables = extractor.nlp.get_pipe("lagebild_quotes").rules.tables
    return load_speaker_check(tables.nouns | tables.noun_lemmas, tables.lowers)


@pytest.mark.parametrize(
    "speaker",
    ["er", "sie", "Nachfrage", "Diesen Einwand", "Zwölf Todesopfer", "Befürchtung",
     "Fluchtgefahr des Beschuldigten", "Wobei", "Montag", "Zuständigkeit", "Vereinbarkeit",
     "Aufgrund", "Angesichts"],
)  # fmt: skip
def test_nobody(check: SpeakerCheck, speaker: str) -> None:
    assert not check.is_somebody(speaker)


@pytest.mark.parametrize(
    "speaker",
    ["Karl Weber", "Staatsanwaltschaft", "Bundesregierung", "Verteidigung", "anonymous",
     "UN-Friedensmission", "AK Vorratsdatenspeicherung", "Hamburger Stadtreinigung",
     "British Broadcasting Corporation", "Organisation Human Rights Investigation",
     "Franz Josef Jung", "Lea Brand", "Sprecher des Ministeriums", "39-Jährige", "Verfassung"],
)  # fmt: skip
def test_somebody(check: SpeakerCheck, speaker: str) -> None:
    assert check.is_somebody(speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Die Deutsche Flugsicherung teilte mit, dass der Luftraum wieder offen sei.",
         "Deutsche Flugsicherung"),
        ("Die Generalbundesanwaltschaft erklärte, der Verdächtige sei festgenommen worden.",
         "Generalbundesanwaltschaft"),
        ("Die Europäische Kommission erklärte, dass die Regeln ab Januar gelten würden.",
         "Europäische Kommission"),
        ("Die Französische Atomaufsicht teilte mit, der Reaktor sei abgeschaltet worden.",
         "Französische Atomaufsicht"),
    ],
)  # fmt: skip
def test_an_institution_named_like_an_abstract_noun_speaks(
    extract: Extract, sentence: str, speaker: str
) -> None:
    """A capitalised place/nation adjective makes a proper name, and institution heads
    (-anwaltschaft, -aufsicht, -sicherung ...) are institutions, not abstract things."""
    assert [q.speaker for q in extract(sentence).quotes] == [speaker]


def test_an_abstract_noun_with_a_common_adjective_stays_nobody(extract: Extract) -> None:
    text = "Die große Nachfrage zeigte, dass die Preise steigen würden."
    assert extract(text).quotes == ()


def test_head_noun_stops_at_the_genitive() -> None:
    assert head_noun(["Fluchtgefahr", "des", "Beschuldigten"]) == "Fluchtgefahr"
    assert head_noun(["Zwölf", "Todesopfer"]) == "Todesopfer"


def test_an_abstract_subject_gets_no_quote(extract: Extract) -> None:
    text = "Die Nachfrage erklärte, dass die Preise steigen würden."
    assert [q.speaker for q in extract(text).quotes] == []


def test_a_pronoun_without_antecedent_is_no_speaker(extract: Extract) -> None:
    quotes = extract("Er sagte, dass die Brücke bald gesperrt werde.").quotes
    assert all(q.speaker not in ("er", "Er") for q in quotes)


def test_a_pronoun_finds_a_person_named_without_a_role(extract: Extract) -> None:
    text = (
        "Geführt wurde die Gruppe von dem Bergführer-Veteranen Telmo Quispe aus dem Dorf. "
        "Er sagte, dass der Weg gefährlich sei."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Telmo Quispe"]


def test_a_pronoun_finds_the_organisation_of_the_previous_sentence(extract: Extract) -> None:
    text = (
        "Den Vorschlag des Ministers hat die Gewerkschaft der Lokführer abgelehnt. "
        "Sie bezeichnet diese Lösung als Irrweg."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Gewerkschaft der Lokführer"]


@pytest.mark.skipif(not GNQA_DEV.is_dir(), reason="gnqa2024 dev split (../shared) not present")
def test_no_garbage_speaker_on_gnqa_dev(extractor: Extractor, check: SpeakerCheck) -> None:
    bad: list[tuple[str, str]] = []
    for path in sorted((GNQA_DEV / "raw").glob("*.txt")):
        raw = path.read_bytes()
        blocks = [b.strip() for b in raw.decode("utf-8").replace("\r\n", "\n").split("\n\n")]
        paras = tuple(Paragraph(" ".join(b.split("\n"))) for b in blocks if b)
        art = ParsedArticle(
            path.name, str(path), "", None, None, paras, hashlib.sha256(raw).hexdigest()
        )
        for q in extractor.extract(art).quotes:
            if q.speaker is not None and not check.is_somebody(q.speaker):
                bad.append((path.name, q.speaker))
    assert bad == []
