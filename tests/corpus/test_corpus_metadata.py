"""Title, date and outlet detection, and the explicit overrides an admin can give."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from bot.corpus import ArticleFileError, read_article
from bot.corpus.frontmatter import labelled_block

BODY = (
    "Die Regierung hat am Montag neue Hilfen angekündigt. Sie sollen ab Januar gelten.\n\n"
    "Kritiker sprachen von einem Tropfen auf den heißen Stein. Die Opposition will klagen.\n\n"
    "Am 3. März 2023 war ein ähnliches Paket gescheitert.\n"
)


def _read(tmp_path: Path, text: str, name: str = "a.txt") -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


@pytest.mark.parametrize(
    "line",
    [
        "15. November 2024",
        "15. November, 2024",
        "Freitag, 15. November 2024, 14:32 Uhr",
        "15.11.2024",
        "15.11.2024 | 14:32 Uhr",
        "2024-11-15",
        "Veröffentlicht am 15.11.2024",
        "Stand: 15.11.2024, 18:23 Uhr",
        "15. Nov. 2024",
    ],
)
def test_header_date_formats(tmp_path: Path, line: str) -> None:
    article = _read(tmp_path, f"{line}\n\nHilfspaket beschlossen\n\n{BODY}")
    assert article.published == date(2024, 11, 15)
    assert article.title == "Hilfspaket beschlossen"
    assert line not in article.body


def test_date_in_story_is_not_the_publication_date(tmp_path: Path) -> None:
    article = _read(tmp_path, f"Hilfspaket beschlossen\n\n{BODY}")
    assert article.published is None
    assert "Am 3. März 2023 war ein ähnliches Paket gescheitert." in article.body


def test_labelled_date_below_the_story_counts(tmp_path: Path) -> None:
    article = _read(tmp_path, f"Hilfspaket beschlossen\n\n{BODY}\nVeröffentlicht am 2. Mai 2024\n")
    assert article.published == date(2024, 5, 2)
    assert "Veröffentlicht" not in article.body


def test_published_beats_updated(tmp_path: Path) -> None:
    text = f"Aktualisiert am 20.11.2024\nVeröffentlicht am 15.11.2024\n\nHilfspaket beschlossen\n\n{BODY}"
    assert _read(tmp_path, text).published == date(2024, 11, 15)


def test_outlet_from_site_banner_and_category_line_dropped(tmp_path: Path) -> None:
    text = f"tagesschau.de - Die Nachrichten der ARD\n\nInland\n\nHilfspaket beschlossen\n\n{BODY}"
    article = _read(tmp_path, text)
    assert article.outlet == "tagesschau.de"
    assert article.title == "Hilfspaket beschlossen"
    assert "Inland" not in article.body


def test_agency_credit_is_not_an_outlet(tmp_path: Path) -> None:
    article = _read(tmp_path, f"Hilfspaket beschlossen\n\n{BODY}\n(dpa)\n\n© dpa\n")
    assert article.outlet is None
    assert "dpa" not in article.body


def test_kicker_above_headline(tmp_path: Path) -> None:
    text = f"Haushalt\nRegierung beschließt milliardenschweres Hilfspaket\n\n{BODY}"
    assert _read(tmp_path, text).title == "Regierung beschließt milliardenschweres Hilfspaket"


def test_file_without_headline_gets_its_first_sentence(tmp_path: Path) -> None:
    article = _read(tmp_path, BODY)
    assert article.title == "Die Regierung hat am Montag neue Hilfen angekündigt."
    assert article.body.startswith("Die Regierung hat am Montag")  # the sentence stays
    long_first = (
        "Der Bundesrat hat am 16. Oktober nach langer Debatte "
        + "sehr " * 30
        + "zugestimmt. Mehr folgt.\n"
    )
    title = _read(tmp_path, long_first, "b.txt").title
    assert title.startswith("Der Bundesrat hat am 16. Oktober nach langer Debatte")
    assert title.endswith("…") and len(title) <= 95


def test_front_matter_overrides_detection(tmp_path: Path) -> None:
    text = (
        '---\ntitle: "Richtiger Titel"\ndate: 2024-11-15\noutlet: Beispielzeitung\n'
        "url: https://example.org/a\nauthor: Erika Muster\n---\n"
        f"12. Januar 2020\n\nFalscher Titel\n\n{BODY}"
    )
    article = _read(tmp_path, text)
    assert (article.title, article.published, article.outlet) == (
        "Richtiger Titel",
        date(2024, 11, 15),
        "Beispielzeitung",
    )
    assert ("url", "https://example.org/a") in article.meta
    assert ("author", "Erika Muster") in article.meta
    assert "title:" not in article.body


def test_labelled_lines_on_top_without_fences_are_front_matter(tmp_path: Path) -> None:
    """Metadata written by hand without `---` fences: the title was "Titel: Hilfen für
    Pendler" and the outlet unknown."""
    a = _read(
        tmp_path,
        "Titel: Hilfen für Pendler: Regierung legt nach\nDatum: 04.03.2025\n"
        "Quelle: Nordkurier\nLink: https://nordkurier.example/pendler\n\n" + BODY,
    )
    assert (a.title, a.published, a.outlet) == (  # type: ignore[attr-defined]
        "Hilfen für Pendler: Regierung legt nach",
        date(2025, 3, 4),
        "Nordkurier",
    )
    assert dict(a.meta)["url"] == "https://nordkurier.example/pendler"  # type: ignore[attr-defined]
    assert not a.body.startswith("Titel")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "top",
    [
        "Quelle: dpa\n\n",  # one labelled line: a credit, not a block
        "Titel: Hilfen für Pendler\nDie Regierung legt nach.\n\n",  # text in the block
        "Datum: gestern\nOrt: Berlin\n\n",  # no date, and a key we do not know
        "Hinweis: Dieser Text wurde aktualisiert.\nStand: heute\n\n",
    ],
)
def test_labelled_lines_that_are_text_stay_text(tmp_path: Path, top: str) -> None:
    assert labelled_block(top + BODY) is None
    a = _read(tmp_path, top + BODY)
    assert (a.outlet, a.published) == (None, None)  # type: ignore[attr-defined]


def test_toml_front_matter(tmp_path: Path) -> None:
    text = f'+++\ntitle = "TOML-Titel"\npublished = 2024-10-24\n+++\n{BODY}'
    article = _read(tmp_path, text)
    assert (article.title, article.published) == ("TOML-Titel", date(2024, 10, 24))


def test_markdown_rule_is_not_front_matter(tmp_path: Path) -> None:
    text = f"---\nDies ist ein Satz, kein Schlüssel.\n---\nHilfspaket beschlossen\n\n{BODY}"
    assert "Kritiker sprachen" in _read(tmp_path, text).body


def test_front_matter_without_closing_fence_still_names_the_article(tmp_path: Path) -> None:
    """A forgotten closing `---`: the keys up to the blank line are the metadata, and the
    title is not "--- title: Brandursache …"."""
    text = (
        "---\ntitle: Brandursache weiter unklar\npublished: 2026-03-07\n"
        f"outlet: Marlenberger Zeitung\n\n{BODY}"
    )
    a = _read(tmp_path, text)
    assert (a.title, a.published, a.outlet) == (  # type: ignore[attr-defined]
        "Brandursache weiter unklar",
        date(2026, 3, 7),
        "Marlenberger Zeitung",
    )
    assert "Kritiker sprachen" in a.body  # type: ignore[attr-defined]


def test_unclosed_front_matter_that_cannot_be_read_says_what_to_fix(tmp_path: Path) -> None:
    text = f"---\ntitle: Brandursache\ntags: [brand, chemie]\n\n{BODY}"
    with pytest.raises(ArticleFileError, match="never closed"):
        _read(tmp_path, text)


def test_sidecar_overrides_everything_and_changes_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(
        f"---\ntitle: Aus dem Kopf\n---\n15.11.2024\n\nTitel\n\n{BODY}", encoding="utf-8"
    )
    before = read_article(path)
    assert before.published == date(2024, 11, 15)
    sidecar = tmp_path / "artikel.meta.toml"
    sidecar.write_text(
        'title = "Vom Admin"\npublished = 2024-12-01\noutlet = "Lokalblatt"\nurl = "https://x.example"\n',
        encoding="utf-8",
    )
    after = read_article(path)
    assert (after.title, after.published, after.outlet) == (
        "Vom Admin",
        date(2024, 12, 1),
        "Lokalblatt",
    )
    assert ("url", "https://x.example") in after.meta
    expected = hashlib.sha256(path.read_bytes() + sidecar.read_bytes()).hexdigest()
    assert after.content_hash == expected != before.content_hash


def test_sidecar_can_undate_an_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"15.11.2024\n\nTitel hier\n\n{BODY}", encoding="utf-8")
    (tmp_path / "a.meta.toml").write_text('published = ""\n', encoding="utf-8")
    assert read_article(path).published is None


def test_broken_sidecar_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "a.meta.toml").write_text('published = "nächste Woche"\n', encoding="utf-8")
    with pytest.raises(ArticleFileError, match=r"sidecar a\.meta\.toml: key 'published'"):
        read_article(path)
    (tmp_path / "a.meta.toml").write_text("title = \n", encoding="utf-8")
    with pytest.raises(ArticleFileError, match="not valid TOML"):
        read_article(path)


def test_dateline_date_of_first_paragraph(tmp_path: Path) -> None:
    text = "Hilfspaket beschlossen\n\nBerlin, 15.11.2024 – Die Regierung hat neue Hilfen beschlossen.\n"
    article = _read(tmp_path, text)
    assert article.published == date(2024, 11, 15)
    assert article.body.startswith("Berlin, 15.11.2024 – Die Regierung")  # the text stays


def test_relative_time_stamps_and_clock_times_are_furniture(tmp_path: Path) -> None:
    text = f"Hilfspaket beschlossen\nAktualisiert vor 2 Stunden\n14:32 Uhr\n\n{BODY}"
    article = _read(tmp_path, text)
    assert article.published is None
    assert "Aktualisiert" not in article.body and "14:32" not in article.body
    assert article.title == "Hilfspaket beschlossen"


def test_dates_of_other_things_below_the_lede_are_not_the_publication_date(tmp_path: Path) -> None:
    text = (
        f"{BODY}\n"
        "Themenverwandter Artikel (24.08.2005)\n\n"
        "Samstag, 05. November 2005:\n\n"
        "Hertha BSC Berlin - 1. FC Kaiserslautern 3:0 (1:0)\n"
    )
    assert _read(tmp_path, text).published is None


def test_bare_date_line_under_the_standfirst_counts(tmp_path: Path) -> None:
    text = f"Hilfspaket beschlossen\n\n{BODY.split(chr(10))[0]}\n\nFreitag, 15. November 2024\n\n{BODY}"
    assert _read(tmp_path, text).published == date(2024, 11, 15)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("taz, 18.3.2026", "taz"),
        ("Freie Presse, 15.03.2026", "Freie Presse"),
        ("Sächsische Zeitung | 14. März 2026", "Sächsische Zeitung"),
        ("SPIEGEL ONLINE, Freitag, 20.03.2026, 14:32 Uhr", "SPIEGEL ONLINE"),
        ("Berlin, 15.11.2024", None),  # a place, not an outlet
        ("15.11.2024 · dpa", None),  # an agency supplies many outlets
    ],
)
def test_outlet_named_beside_the_date_under_the_headline(
    tmp_path: Path, line: str, outlet: str | None
) -> None:
    article = _read(tmp_path, f"Hilfspaket beschlossen\n\n{line}\n\n{BODY}")
    assert article.outlet == outlet
    assert article.published is not None
    assert line not in article.body


def test_a_regional_paper_on_its_own_line_is_the_outlet(tmp_path: Path) -> None:
    article = _read(
        tmp_path, f"Hilfspaket beschlossen\n\nSächsische Zeitung\n14. März 2026\n\n{BODY}"
    )
    assert (article.outlet, article.published) == ("Sächsische Zeitung", date(2026, 3, 14))
    assert "Sächsische Zeitung" not in article.body
