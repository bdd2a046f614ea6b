"""Hand-built extractions for tests: a builder and a small sample corpus.

Importable as `sample_corpus` from any test (tests/ is on sys.path through tests/conftest.py);
do not `from conftest import`, several test directories have their own conftest.py.
The corpus is built from bot.models dataclasses directly (not through the NLP), so store
and handler tests do not depend on extraction quality. It mirrors the seed story:
Kirby on Wladiwostok, Lloyd Austin (once only as "Austin"), Selenskyj (once as "Selenskij"),
an anonymous Pentagon source, and soldier figures 1.500 -> 3.000 -> 10.000 / 11.000.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.models import (
    ArticleExtraction,
    Figure,
    Paragraph,
    ParsedArticle,
    Qualifier,
    Quote,
    QuoteKind,
    Section,
    Sentence,
    SpeakerInfo,
)

SOLDIERS = "nordkoreanische Soldaten in Russland"


@dataclass(frozen=True)
class Q:
    """A quote of sentence `sentence`: `text` must occur in that sentence."""

    sentence: int
    speaker: str | None
    text: str
    kind: QuoteKind = "indirect"
    role: str | None = None
    cue: str | None = "sagte"


@dataclass(frozen=True)
class F:
    """A figure of sentence `sentence`: `text` must occur in that sentence."""

    sentence: int
    text: str
    value: float
    qualifier: Qualifier = "exact"
    subject: str | None = SOLDIERS
    unit: str | None = "Soldat"
    source: str | None = None
    refers_to: date | None = None
    value_max: float | None = None


def build_extraction(
    file: str,
    title: str,
    published: date | None,
    outlet: str | None,
    sentences: Sequence[str | tuple[str, Section]],
    quotes: Sequence[Q] = (),
    figures: Sequence[F] = (),
    speakers: Sequence[SpeakerInfo] = (),
    content_hash: str | None = None,
) -> ArticleExtraction:
    """One article, each sentence its own paragraph, offsets computed from the body."""
    paragraphs = tuple(
        Paragraph(text=s, section="report") if isinstance(s, str) else Paragraph(s[0], s[1])
        for s in sentences
    )
    article = ParsedArticle(
        file=file,
        path=f"corpus/{file}",
        title=title,
        published=published,
        outlet=outlet,
        paragraphs=paragraphs,
        content_hash=content_hash
        or hashlib.sha256((title + "".join(p.text for p in paragraphs)).encode()).hexdigest(),
    )
    spans = article.paragraph_spans()
    sents = tuple(
        Sentence(i, p.text, spans[i][0], spans[i][1], i, p.section)
        for i, p in enumerate(paragraphs)
    )

    def offset(sentence: int, text: str) -> int:
        pos = sents[sentence].text.find(text)
        assert pos >= 0, f"{text!r} is not in sentence {sentence} of {file}"
        return sents[sentence].start_char + pos

    qs = tuple(
        Quote(
            speaker=q.speaker,
            speaker_role=q.role,
            kind=q.kind,
            text=q.text,
            cue=q.cue,
            sentence=sents[q.sentence].text,
            sentence_index=q.sentence,
            start_char=offset(q.sentence, q.text),
            end_char=offset(q.sentence, q.text) + len(q.text),
        )
        for q in quotes
    )
    fs = tuple(
        Figure(
            value=f.value,
            value_max=f.value_max,
            qualifier=f.qualifier,
            unit=f.unit,
            subject=f.subject,
            text=f.text,
            source=f.source,
            sentence=sents[f.sentence].text,
            sentence_index=f.sentence,
            start_char=offset(f.sentence, f.text),
            end_char=offset(f.sentence, f.text) + len(f.text),
            refers_to=f.refers_to or published,
        )
        for f in figures
    )
    return ArticleExtraction(article, sents, qs, fs, tuple(speakers))


def sample_corpus() -> list[ArticleExtraction]:
    return [
        build_extraction(
            "000_kirby.txt",
            "Nordkoreanische Soldaten in Russland eingetroffen",
            date(2024, 10, 24),
            "Tagesschau",
            [
                "Nordkorea hat nach Angaben der USA rund 3.000 Soldaten nach Russland geschickt.",
                "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden, sagte John Kirby.",
                "„Das ist eine gefährliche Entwicklung“, sagte US-Verteidigungsminister Lloyd Austin.",
                "Ein Pentagon-Sprecher sagte, man beobachte die Lage genau.",
                "Südkorea hatte zuvor von 1.500 Soldaten gesprochen.",
                ("Die Straße nach Kursk ist seit Wochen gesperrt.", "background"),
            ],
            quotes=[
                Q(
                    1,
                    "John Kirby",
                    "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden",
                    role="Sprecher des Nationalen Sicherheitsrats",
                ),
                Q(
                    2,
                    "Lloyd Austin",
                    "Das ist eine gefährliche Entwicklung",
                    kind="direct",
                    role="US-Verteidigungsminister",
                ),
                Q(3, "anonymous", "man beobachte die Lage genau", role="Pentagon-Sprecher"),
            ],
            figures=[
                F(0, "rund 3.000 Soldaten", 3000, "approx", source="USA"),
                F(4, "1.500 Soldaten", 1500, source="Südkorea", refers_to=date(2024, 10, 18)),
            ],
        ),
        build_extraction(
            "001_selenskyj.txt",
            "Mehr als 10.000 Nordkoreaner an der Front",
            date(2024, 11, 15),
            "Spiegel",
            [
                "Nach Angaben des US-Außenministeriums sind mehr als 10.000 nordkoreanische "
                "Soldaten in Russland.",
                "Selenskyj sprach dagegen von rund 11.000 Soldaten in der Region Kursk.",
                "„Wir brauchen mehr Unterstützung“, sagte Selenskyj.",
                "Austin sagte, die Soldaten würden bald an der Front kämpfen.",
                "Gerhard Schröder äußerte sich nicht.",
            ],
            quotes=[
                Q(
                    2,
                    "Wolodymyr Selenskyj",
                    "Wir brauchen mehr Unterstützung",
                    kind="direct",
                    role="ukrainischer Präsident",
                ),
                Q(
                    3,
                    "Austin",
                    "die Soldaten würden bald an der Front kämpfen",
                    role="Verteidigungsminister",
                ),
            ],
            figures=[
                F(
                    0,
                    "mehr als 10.000 nordkoreanische Soldaten",
                    10000,
                    "more_than",
                    source="US-Außenministerium",
                ),
                F(1, "rund 11.000 Soldaten", 11000, "approx", source="Selenskyj"),
            ],
            speakers=[
                SpeakerInfo(
                    "Wolodymyr Selenskyj", "person", ("ukrainischer Präsident",), ("Selenskyj",)
                ),
            ],
        ),
        build_extraction(
            "002_kommentar.txt",
            "Kommentar: Kims Kalkül",
            None,
            None,
            [
                "Selenskij warnte erneut vor einer Eskalation des Krieges.",
                ("Kim Jong Un setzt ganz auf Russland.", "commentary"),
                ("Mindestens 12.000 Soldaten könnten es werden.", "commentary"),
            ],
            quotes=[Q(0, "Selenskij", "vor einer Eskalation des Krieges", cue="warnte")],
            figures=[F(2, "Mindestens 12.000 Soldaten", 12000, "at_least")],
        ),
    ]


SAMPLE_NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)
"""When the sample_store fixture applies the sample corpus (its first_seen)."""


PHISHING = "[Jetzt einloggen](https://evil.example/login)"
"""A Markdown link whose text hides where it goes: must never become a link."""
TERMINAL_TRAPS = "\x1b]8;;https://evil.example\x07hier\x1b]8;;\x07\x1b[2J\x1b]0;pwned\x07\x07"
"""An OSC 8 hyperlink, clear-screen, a window title and a bell: must never reach a terminal."""


def hostile_extraction() -> ArticleExtraction:
    """An article written to attack the reader's client: a disguised link and Discord markup in
    the title, @room/@everyone and mentions in the text, lines that look like quotes and lists,
    and terminal control sequences. Every transport must show it as plain text."""
    sentence = (
        f"@room @everyone Eilmeldung: {PHISHING} oder <@123456789012345678> "
        f"**sofort** ||melden|| {TERMINAL_TRAPS}, sagte Mallory."
    )
    return build_extraction(
        "666_eilmeldung.txt",
        f"Eilmeldung {PHISHING} @everyone {TERMINAL_TRAPS}",
        date(2024, 11, 20),
        "Evil <b>Times</b>",
        [sentence, "> Zitat?\n- Liste? # Titel?"],
        quotes=[
            Q(
                0,
                "Mallory",
                f"@room @everyone Eilmeldung: {PHISHING} oder <@123456789012345678>",
                role="[Admin](https://evil.example/admin)",
            )
        ],
        figures=[F(1, "Liste", 3, subject=f"Opfer {PHISHING}", source="@room")],
    )
