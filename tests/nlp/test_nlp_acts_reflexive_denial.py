""" "sich verwahren gegen": a protest against a charge is a denial; the non-reflexive verb
(keeping things in custody) says nothing. German sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Senatorin Ina Krüger verwahrte sich gegen die Unterstellung, sie habe Akten zurückgehalten.", "Ina Krüger", "Akten"),
        ("Der Bauernverband verwahrte sich energisch gegen die Kritik der Umweltschützer.", "Bauernverband", "Kritik"),
        ("Der Verein hat sich gegen die Vorwürfe verwahrt.", "Verein", "Vorwürfe"),
        ("Gegen diese Darstellung verwahrte sich der Minister.", "Minister", "Darstellung"),
        ("Die Ministerin verwahrt sich dagegen, dass ihr Haus Fehler gemacht habe.", "Ministerin", "Fehler"),
    ],
)  # fmt: skip
def test_protesting_against_a_charge_is_a_denial(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("denial", speaker) and part in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei verwahrte die Waffen im Keller.",
        "Die Gemeinde verwahrt die Urkunden seit 1850 im Rathaus.",
        "Das Gericht hat die Beweise sicher verwahrt.",
    ],
)
def test_keeping_things_in_custody_reports_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes
