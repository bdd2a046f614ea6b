"""Paragraph rebuilding, boilerplate and section rules on small German article snippets."""

from __future__ import annotations

from pathlib import Path

from bot.corpus import read_article
from bot.models import ParsedArticle


def _read(tmp_path: Path, text: str) -> ParsedArticle:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_hard_wrapped_paragraphs_are_joined(tmp_path: Path) -> None:
    text = (
        "Streik legt Bahnverkehr lahm\n\n"
        "Die Gewerkschaft hat für Donnerstag zu einem bundesweiten\n"
        "Streik aufgerufen. Betroffen seien Fern- und Regionalzüge,\n"
        "teilte ein Sprecher mit. Die Bahn nannte den Ausstand\n"
        "„völlig unverhältnismäßig“ und kündigte einen Notfahrplan an.\n\n"
        "Pendler müssen sich auf Ausfälle einstellen. Die Verhand-\n"
        "lungen sollen am Montag in Berlin fortgesetzt werden, hieß es\n"
        "aus Kreisen der Tarifkommission.\n"
    )
    article = _read(tmp_path, text)
    assert [p.text for p in article.paragraphs] == [
        "Die Gewerkschaft hat für Donnerstag zu einem bundesweiten Streik aufgerufen. "
        "Betroffen seien Fern- und Regionalzüge, teilte ein Sprecher mit. Die Bahn nannte "
        "den Ausstand „völlig unverhältnismäßig“ und kündigte einen Notfahrplan an.",
        "Pendler müssen sich auf Ausfälle einstellen. Die Verhandlungen sollen am Montag in "
        "Berlin fortgesetzt werden, hieß es aus Kreisen der Tarifkommission.",
    ]


def test_one_paragraph_per_line_and_subheadings(tmp_path: Path) -> None:
    text = (
        "Hochwasser in Bayern: Lage bleibt angespannt\n"
        "Nach tagelangem Regen sind mehrere Flüsse über die Ufer getreten. Tausende Helfer sind im Einsatz.\n"
        "Der Ministerpräsident sprach von einer „Jahrhundertflut“.\n"
        "Evakuierungen im Süden\n"
        "In Passau mussten 2.000 Menschen ihre Häuser verlassen.\n"
        "Wie geht es weiter?\n"
        "Der Wetterdienst erwartet erst am Wochenende eine Entspannung.\n"
    )
    article = _read(tmp_path, text)
    assert article.title == "Hochwasser in Bayern: Lage bleibt angespannt"
    assert [(p.heading, p.text[:25]) for p in article.paragraphs] == [
        (None, "Nach tagelangem Regen sin"),
        (None, "Der Ministerpräsident spr"),
        ("Evakuierungen im Süden", "In Passau mussten 2.000 M"),
        ("Wie geht es weiter?", "Der Wetterdienst erwartet"),
    ]


def test_line_ending_mid_sentence_is_joined_even_with_capitalised_next_line(tmp_path: Path) -> None:
    text = (
        "Titel der Meldung steht hier\n\n"
        "Der Sprecher des Ministeriums sagte, dass die\n"
        "Regierung in Berlin an ihrem Kurs festhalte. Eine Entscheidung\n"
        "falle frühestens im Herbst.\n"
    )
    body = _read(tmp_path, text).body
    assert body == (
        "Der Sprecher des Ministeriums sagte, dass die Regierung in Berlin an ihrem Kurs "
        "festhalte. Eine Entscheidung falle frühestens im Herbst."
    )


def test_navigation_share_bar_credits_and_disclaimers_removed(tmp_path: Path) -> None:
    text = (
        "Direkt zum Inhalt\nStartseite > Politik > Ausland\n\n"
        "Wahl in Österreich: Konservative vorn\n\n"
        "Lesezeit: 3 Min.\n\n"
        "Facebook Twitter WhatsApp E-Mail\n\n"
        "Wien (dpa) - Die konservative Partei hat die Wahl gewonnen. Sie kam auf 38 Prozent.\n\n"
        "Der Kanzler sprach von einem „klaren Auftrag“. (Foto: picture alliance)\n\n"
        "Bild: APA/Roland Schlager\n\n"
        "Mit Material von dpa und AFP\n\n"
        "Hat Ihnen dieser Artikel gefallen? Jetzt Newsletter abonnieren!\n\n"
        "© 2024 Beispiel Verlag GmbH – alle Rechte vorbehalten\n"
    )
    article = _read(tmp_path, text)
    assert article.title == "Wahl in Österreich: Konservative vorn"
    assert [p.text for p in article.paragraphs] == [
        "Wien (dpa) - Die konservative Partei hat die Wahl gewonnen. Sie kam auf 38 Prozent.",
        "Der Kanzler sprach von einem „klaren Auftrag“.",
    ]


def test_read_also_block_in_the_middle_is_removed(tmp_path: Path) -> None:
    text = (
        "Neue Regeln für E-Scooter\n\n"
        "Die Stadt verschärft die Regeln für Leihroller. Abstellen ist nur noch an Stationen erlaubt.\n\n"
        "Mehr zum Thema:\n\n"
        "Radwege: Stadt plant 20 neue Kilometer\n"
        "Der Ausbau soll bis 2026 abgeschlossen sein, teilte das Rathaus mit.\n\n"
        "Kontrollen ab Juli\n\n"
        "Ab Juli will das Ordnungsamt die Einhaltung kontrollieren.\n\n"
        "Lesen Sie auch: Parkgebühren steigen deutlich\n"
    )
    article = _read(tmp_path, text)
    assert [(p.heading, p.text[:20]) for p in article.paragraphs] == [
        (None, "Die Stadt verschärft"),
        ("Kontrollen ab Juli", "Ab Juli will das Ord"),
    ]


def test_sentence_starting_like_a_label_is_kept(tmp_path: Path) -> None:
    text = "Titel des Artikels hier\n\nZum Thema äußerte sich auch der Bürgermeister. Er sei besorgt.\n"
    assert "Zum Thema äußerte sich auch der Bürgermeister." in _read(tmp_path, text).body


def test_trailing_link_label_and_metadata_table_removed(tmp_path: Path) -> None:
    text = (
        "Ministerin besucht Truppe\n\n"
        "Die Ministerin besuchte am Dienstag die Soldaten in Litauen. Offizielle Website der Bundeswehr\n\n"
        "Sie lobte den Einsatz der Truppe.\n"
        "Details | |\n---|---|\nOrt | Vilnius |\nQuellen |\n"
    )
    assert _read(tmp_path, text).body == (
        "Die Ministerin besuchte am Dienstag die Soldaten in Litauen.\n\n"
        "Sie lobte den Einsatz der Truppe."
    )


def test_commentary_and_background_sections(tmp_path: Path) -> None:
    text = (
        "Gipfel ohne Ergebnis\n\n"
        "Die Staats- und Regierungschefs konnten sich nicht einigen. Das Treffen endete ohne Erklärung.\n\n"
        "Die Gespräche sollen im Dezember weitergehen.\n\n"
        "Hintergrund\n\n"
        "Der Gipfel findet seit 2010 jährlich statt.\n\n"
        "Reaktionen\n\n"
        "Die Opposition sprach von einem Debakel.\n\n"
        "Kommentar: Eine verpasste Chance\n\n"
        "Wieder einmal hat Europa gezögert. Das wird sich rächen.\n\n"
        "Weitere Probleme\n\n"
        "Auch in der Migrationspolitik fehlt eine Linie.\n"
    )
    article = _read(tmp_path, text)
    assert [(p.section, p.heading) for p in article.paragraphs] == [
        ("teaser", None),
        ("report", None),
        ("background", "Hintergrund"),
        ("report", "Reaktionen"),
        ("commentary", "Kommentar: Eine verpasste Chance"),
        ("commentary", "Weitere Probleme"),
    ]


def test_short_standfirst_under_headline_is_a_teaser(tmp_path: Path) -> None:
    text = (
        "Zinsen sinken erneut\n\n"
        "Die Notenbank senkt den Leitzins. Sparer bekommen weniger.\n\n"
        "Die Europäische Zentralbank hat den Leitzins um 0,25 Prozentpunkte gesenkt.\n\n"
        "Die Präsidentin sagte, weitere Schritte seien möglich.\n"
    )
    sections = [p.section for p in _read(tmp_path, text).paragraphs]
    assert sections == ["teaser", "report", "report"]


def test_repeated_headline_collapsed(tmp_path: Path) -> None:
    text = (
        "Neuer Rekord am Flughafen\n\nNeuer Rekord am Flughafen\n\n"
        "Im Oktober wurden so viele Passagiere gezählt wie nie. Die Betreiber sind zufrieden.\n\n"
        "Neuer Rekord am Flughafen.\n\nFür November wird ein Rückgang erwartet.\n"
    )
    article = _read(tmp_path, text)
    assert article.title == "Neuer Rekord am Flughafen"
    assert "Neuer Rekord" not in article.body


def test_copied_web_page_with_menu_byline_caption_and_footer(tmp_path: Path) -> None:
    text = (
        "Zum Hauptinhalt springen\ntagesschau\nStartseite\nAusland\nAsien\n\n"
        "Stand: 15.11.2024 14:03 Uhr\n\n"
        "Nordkorea schickt weitere Soldaten nach Russland\n\n"
        "Nordkorea hat nach Angaben Südkoreas weitere Truppen nach Russland entsandt.\n\n"
        "Von Kathrin Erdmann, ARD-Studio Tokio\n\n"
        "Kim Jong Un bei einer Militärparade in Pjöngjang (Archivbild). Foto: KCNA via REUTERS\n\n"
        "Mehr als 10.000 Soldaten seien bereits im Grenzgebiet Kursk, sagte ein Sprecher.\n\n"
        "Kommentare (12)\n\n"
        "Über dieses Thema berichtete Deutschlandfunk am 15. November 2024 um 12:00 Uhr.\n"
    )
    article = _read(tmp_path, text)
    assert article.title == "Nordkorea schickt weitere Soldaten nach Russland"
    assert str(article.published) == "2024-11-15"
    assert article.outlet == "tagesschau"
    assert ("author", "Kathrin Erdmann, ARD-Studio Tokio") in article.meta
    assert [p.text for p in article.paragraphs] == [
        "Nordkorea hat nach Angaben Südkoreas weitere Truppen nach Russland entsandt.",
        "Mehr als 10.000 Soldaten seien bereits im Grenzgebiet Kursk, sagte ein Sprecher.",
    ]


def test_markdown_article_with_share_bar_embed_notice_and_copyright(tmp_path: Path) -> None:
    text = (
        "# Kim schickt Truppen – und Putin dankt\n\n"
        "**Nordkorea hat Tausende Soldaten geschickt.** Nun bestätigt auch Moskau den Einsatz.\n\n"
        "Von [Max Mustermann](https://example.org/autor) | 15.11.2024, 14.32 Uhr\n\n"
        "Artikel anhören • 4 Min\nFacebook X WhatsApp E-Mail Link kopieren\n\n"
        "Der Kreml hat erstmals eingeräumt, dass nordkoreanische Soldaten in Kursk kämpfen.\n\n"
        "## Was bedeutet das für die Ukraine?\n\n"
        "Kiew reagierte empört. Der Außenminister sprach von einer „gefährlichen Eskalation“.\n\n"
        "Empfohlener redaktioneller Inhalt\n"
        "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt.\n\n"
        "Anzeige\n\n"
        "Mehr zum Thema\nPutin und Kim: Die neue Achse\nWarum Nordkorea Soldaten schickt\n\n"
        "Kiew fordert nun mehr Waffen aus dem Westen.\n\n"
        "© DER SPIEGEL 2024 – Alle Rechte vorbehalten\n"
    )
    article = _read(tmp_path, text)
    assert article.title == "Kim schickt Truppen – und Putin dankt"
    assert (str(article.published), article.outlet) == ("2024-11-15", "DER SPIEGEL")
    assert ("author", "Max Mustermann") in article.meta
    assert [(p.heading, p.text) for p in article.paragraphs] == [
        (None, "Nordkorea hat Tausende Soldaten geschickt. Nun bestätigt auch Moskau den Einsatz."),
        (
            None,
            "Der Kreml hat erstmals eingeräumt, dass nordkoreanische Soldaten in Kursk kämpfen.",
        ),
        (
            "Was bedeutet das für die Ukraine?",
            "Kiew reagierte empört. Der Außenminister sprach von einer „gefährlichen Eskalation“.",
        ),
        ("Was bedeutet das für die Ukraine?", "Kiew fordert nun mehr Waffen aus dem Westen."),
    ]


def test_long_headline_glued_to_the_lede(tmp_path: Path) -> None:
    title = "Nordkoreanische Soldaten in Russland: Ein Zeichen der Schwäche oder kalkulierte Hilfe für Putin im Krieg"
    text = f"{title}\nIn internationalen Kreisen wächst die Besorgnis. Die US-Regierung bestätigt das.\n"
    article = _read(tmp_path, text)
    assert article.title == title
    assert (
        article.body
        == "In internationalen Kreisen wächst die Besorgnis. Die US-Regierung bestätigt das."
    )
