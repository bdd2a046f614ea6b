"""Autocomplete for Discord: speakers, subjects, articles, time zones."""

from __future__ import annotations

from handlers.autocomplete import complete


async def test_speaker_prefix_and_spelling(services) -> None:
    assert ("Lloyd Austin", "Lloyd Austin") in await complete("speaker", "Llo", services, "de")
    surname = [v for _, v in await complete("speaker", "aust", services, "de")]
    assert any("Austin" in v for v in surname)
    variant = [v for _, v in await complete("speaker", "selensk", services, "de")]
    assert any("Selensk" in v for v in variant)
    everyone = await complete("speaker", "", services, "de")
    assert 0 < len(everyone) <= 25


async def test_subject_article_timezone(services) -> None:
    subjects = await complete("subject", "nord", services, "de")
    assert subjects and subjects[0][1] == "nordkoreanische Soldaten in Russland"
    assert "15.11.2024" in subjects[0][0]
    articles = await complete("article", "Front", services, "en")
    assert articles and articles[0][0].startswith("#") and articles[0][1].isdigit()
    zones = await complete("timezone", "berl", services, "de")
    assert ("Europe/Berlin", "Europe/Berlin") in zones
    assert len(await complete("timezone", "a", services, "de")) == 25
    assert all(len(name) <= 100 for name, _ in zones)
