"""According-to with a bare noun after "laut" and a medium before "zufolge". German sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes if q.kind == "according_to"]


def test_laut_with_a_bare_authority_or_law(extract: Extract) -> None:
    text = "Beim Ausbruch waren laut Gefängnisdirektion 300 Menschen im Gebäude."
    assert sources(extract, text) == [
        ("Gefängnisdirektion", "Beim Ausbruch waren 300 Menschen im Gebäude")
    ]
    text = "Im Notfall müsste laut Verfassung der Parlamentspräsident das Amt übernehmen."
    assert [s for s, _ in sources(extract, text)] == ["Verfassung"]


def test_laut_with_a_bare_common_noun_is_no_source(extract: Extract) -> None:
    assert sources(extract, "Laut Plan beginnt das Spiel um acht Uhr.") == []


def test_a_medium_before_zufolge(extract: Extract) -> None:
    text = "Der Website schiri.de zufolge pfeift der Spanier sehr streng."
    assert sources(extract, text) == [("schiri.de", "pfeift der Spanier sehr streng")]
    text = "Zudem lobte der Präsident dem „Figaro“ zufolge die Rolle Englands."
    assert [s for s, _ in sources(extract, text)] == ["Figaro"]
