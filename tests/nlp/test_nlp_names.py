"""Corpus-wide speaker identity: canonical_speakers is pure, so it is tested on plain lists."""

from __future__ import annotations

from bot.nlp.names import canonical_speakers, strip_roles


def test_surname_and_titled_forms_map_to_the_full_name() -> None:
    got = canonical_speakers(["Austin", "Lloyd Austin", "US-Verteidigungsminister Lloyd Austin"])
    assert set(got.values()) == {"Lloyd Austin"}
    assert set(got) == {"Austin", "Lloyd Austin", "US-Verteidigungsminister Lloyd Austin"}


def test_transliteration_variants_are_one_person() -> None:
    got = canonical_speakers(["Selenskij", "Wolodymyr Selenskyj", "Selenskyj"])
    assert set(got.values()) == {"Wolodymyr Selenskyj"}


def test_ambiguous_surname_is_not_merged() -> None:
    got = canonical_speakers(["Müller", "Anna Müller", "Thomas Müller"])
    assert got["Müller"] == "Müller"
    assert got["Anna Müller"] == "Anna Müller" and got["Thomas Müller"] == "Thomas Müller"


def test_anonymous_and_organisations_stay_apart() -> None:
    got = canonical_speakers(["anonymous", "Nato", "Bundesregierung", "anonymous"])
    assert got == {"anonymous": "anonymous", "Nato": "Nato", "Bundesregierung": "Bundesregierung"}


def test_descriptions_keep_their_role_words() -> None:
    assert strip_roles("Sprecherin des Umweltamts") == "Sprecherin des Umweltamts"
    assert strip_roles("Dr. Eva Roth") == "Eva Roth"
    assert strip_roles("Bundeskanzler Olaf Scholz") == "Olaf Scholz"


def test_noble_particles_stay_in_the_name() -> None:
    got = canonical_speakers(["von der Leyen", "Ursula von der Leyen"])
    assert set(got.values()) == {"Ursula von der Leyen"}
