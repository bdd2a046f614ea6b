"""A small German news site for the feed tests: articles of our own inside the boilerplate real
sites wrap around them (navigation, cookie banner, "Lesen Sie auch", footer), and RSS/Atom feeds
listing them. Everything is built here as text; the tests serve it from 127.0.0.1.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import format_datetime

SITE = "Taler Tageblatt"

# Strings that belong to the page around the article and must never reach the corpus.
BOILERPLATE = (
    "Startseite",
    "Cookie",
    "Alle akzeptieren",
    "Lesen Sie auch",
    "Impressum",
    "Datenschutz",
    "Newsletter abonnieren",
    "Alle Rechte vorbehalten",
)


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    teaser: str
    paragraphs: tuple[str, ...]
    published: datetime

    def with_text(self, **changes: object) -> Story:
        return replace(self, **changes)  # type: ignore[arg-type]


HOCHWASSER = Story(
    slug="hochwasser-talheim",
    title="Hochwasser in Talheim: Pegel steigt weiter",
    teaser="Die Lage an der Tauber spitzt sich zu.",
    paragraphs=(
        "Der Pegel der Tauber ist in der Nacht auf Dienstag auf 4,20 Meter gestiegen. Nach "
        "Angaben der Feuerwehr mussten rund 350 Menschen ihre Wohnungen verlassen.",
        "„Wir rechnen damit, dass das Wasser bis Mittwoch weiter steigt“, sagte Bürgermeisterin "
        "Anna Berger am Montagabend im Rathaus. Die Stadt habe zusätzliche Sandsäcke bestellt.",
        "Kreisbrandmeister Jonas Keller erklärte, mehr als 200 Einsatzkräfte seien seit dem "
        "Wochenende im Einsatz. Die Deiche hielten bislang stand.",
        "Das Landratsamt kündigte an, die Schulen in der Altstadt bis Donnerstag "
        "geschlossen zu halten.",
    ),
    published=datetime(2026, 11, 24, 7, 30, tzinfo=UTC),
)

HAUSHALT = Story(
    slug="haushalt-talheim",
    title="Talheimer Haushalt: Stadtrat streitet über Schulden",
    teaser="Die Kämmerei legt Zahlen vor.",
    paragraphs=(
        "Die Stadt Talheim will im kommenden Jahr 48 Millionen Euro ausgeben. Das geht aus dem "
        "Haushaltsentwurf hervor, den Kämmerer Paul Winter am Donnerstag vorgestellt hat.",
        "„Ohne neue Kredite können wir die Schulsanierung nicht bezahlen“, sagte Winter. Die "
        "Opposition im Stadtrat lehnt neue Schulden ab.",
        "Fraktionschefin Marie Schuster warf der Verwaltung vor, die Kosten zu niedrig "
        "angesetzt zu haben. Der Stadtrat entscheidet im Dezember.",
    ),
    published=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
)

BRUECKE = Story(
    slug="bruecke-gesperrt",
    title="Alte Tauberbrücke bleibt gesperrt",
    teaser="Gutachter sehen Schäden am Pfeiler.",
    paragraphs=(
        "Die Alte Tauberbrücke bleibt nach dem Hochwasser mindestens drei Wochen gesperrt. "
        "Gutachter haben Schäden an einem Pfeiler festgestellt.",
        "„Die Sicherheit der Menschen geht vor“, sagte Baubürgermeister Erik Vogt. Rund 12.000 "
        "Fahrzeuge nutzen die Brücke nach Angaben der Stadt täglich.",
    ),
    published=datetime(2026, 11, 26, 6, 15, tzinfo=UTC),
)


def article_path(story: Story) -> str:
    return f"/politik/{story.slug}.html"


def article_page(story: Story) -> str:
    """The article as a real site serves it: the story is maybe a third of the page."""
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>{html.escape(story.title)} | {SITE}</title>
  <meta property="og:site_name" content="{SITE}">
  <meta property="og:title" content="{html.escape(story.title)}">
  <meta property="article:published_time" content="{story.published.isoformat()}">
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">
    <p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
    <button>Alle akzeptieren</button> <button>Einstellungen</button></p>
  </div>
  <header class="site-header">
    <nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik/">Politik</a></li>
    <li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{html.escape(story.title)}</h1>
      <p class="teaser"><strong>{html.escape(story.teaser)}</strong></p>
      <time datetime="{story.published.isoformat()}">{story.published:%d.%m.%Y}</time>
{body}
      <p class="inline-teaser"><strong>Lesen Sie auch:</strong>
        <a href="/politik/wahl.html">Kommunalwahl: Alle Ergebnisse aus dem Taubertal</a></p>
      <p class="newsletter-box">Newsletter abonnieren: Alle wichtigen Nachrichten aus der
        Region jeden Morgen in Ihrem Postfach.</p>
    </article>
    <aside class="related">
      <h2>Lesen Sie auch</h2>
      <ul>
        <li><a href="/sport/derby.html">Derby-Sieg: Talheim jubelt über Last-Minute-Tor</a></li>
        <li><a href="/kultur/museum.html">Museum zeigt Fotografien aus hundert Jahren</a></li>
      </ul>
    </aside>
    <div class="newsletter"><p>Newsletter abonnieren und nichts verpassen!</p></div>
  </main>
  <footer>
    <p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p>
    <p>© 2026 {SITE}. Alle Rechte vorbehalten.</p>
  </footer>
</body>
</html>
"""


@dataclass(frozen=True)
class Item:
    story: Story
    link: str  # absolute, may carry tracking junk
    guid: str | None = None
    description: str | None = None  # default: the teaser
    content: str | None = None  # content:encoded (full text)
    pub: datetime | None = None  # default: story.published


def rss(title: str, items: list[Item]) -> str:
    entries = []
    for it in items:
        parts = [
            f"<title>{html.escape(it.story.title)}</title>",
            f"<link>{html.escape(it.link)}</link>",
            f"<description>{html.escape(it.description or it.story.teaser)}</description>",
            f"<pubDate>{format_datetime(it.pub or it.story.published)}</pubDate>",
        ]
        if it.guid:
            parts.append(f'<guid isPermaLink="false">{html.escape(it.guid)}</guid>')
        if it.content:
            parts.append(f"<content:encoded><![CDATA[{it.content}]]></content:encoded>")
        entries.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{html.escape(title)}</title><link>http://127.0.0.1/</link>"
        f"<description>Nachrichten</description>{''.join(entries)}</channel></rss>"
    )


def atom(title: str, items: list[Item]) -> str:
    entries = []
    for it in items:
        updated = (it.pub or it.story.published).isoformat()
        entries.append(
            f"<entry><title>{html.escape(it.story.title)}</title>"
            f'<link href="{html.escape(it.link)}"/>'
            f"<id>{html.escape(it.guid or it.link)}</id><updated>{updated}</updated>"
            f"<summary>{html.escape(it.description or it.story.teaser)}</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:talheim:feed</id>"
        f"<updated>2026-11-26T08:00:00Z</updated>{''.join(entries)}</feed>"
    )


def full_text_html(story: Story) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
