"""A figure marked as a peak or a passing state looks back (`reports_earlier`): "in der
Spitze", "auf dem Höhepunkt", "zeitweise", "zwischenzeitlich" mark the count at its height,
which /figures keeps in the history but never shows as the current value (issue 12). The
marker must stand in the figure's own clause; "an der Spitze" ranks, it marks no peak."""

from __future__ import annotations

import pytest

from bot.nlp.figures.dates import reports_earlier


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In der Spitze waren 94.000 Haushalte ohne Strom gewesen.", "94.000 Haushalte"),
        ("Auf dem Höhepunkt der Krise hatten 1.200 Menschen keine Wohnung.", "1.200 Menschen"),
        ("Auf ihrem Höhepunkt zählte die Welle 3.400 Neuinfektionen am Tag.", "3.400"),
        ("Zeitweise seien es mehr als 90.000 Haushalte gewesen, sagte ein Sprecher.", "90.000"),
        ("Die Feuerwehr sagte, zwischenzeitlich seien 35 Straßen gesperrt gewesen.", "35"),
        ("Zu Spitzenzeiten standen 800 Helfer bereit.", "800 Helfer"),
        ("Die Bahn meldete, dass zeitweilig 120 Züge ausgefallen waren.", "120 Züge"),
    ],
)
def test_a_peak_or_passing_state_looks_back(sentence: str, text: str) -> None:
    assert reports_earlier(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # ranking, not a peak
        ("An der Spitze liegt Bayern mit 3.100 Fällen.", "3.100 Fällen"),
        ("Die Spitze des Konzerns kündigte 300 Entlassungen an.", "300 Entlassungen"),
        # the marker stands in another clause than the figure
        ("Zeitweise fiel der Strom ganz aus, derzeit sind 8.000 Haushalte betroffen.", "8.000"),
        ("Am Donnerstag waren noch 8.000 Haushalte ohne Strom.", "8.000 Haushalte"),
    ],
)
def test_a_current_count_does_not_look_back(sentence: str, text: str) -> None:
    assert not reports_earlier(sentence, text)
