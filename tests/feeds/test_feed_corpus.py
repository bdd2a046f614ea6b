"""Feed articles in the corpus: a folder reload keeps them and re-extracts them from their
stored text, the digest shows what feeds brought since the last digest, with links."""

from __future__ import annotations

from datetime import timedelta

from newssite import BRUECKE, HOCHWASSER, Item, article_page, article_path, rss

from bot.config import Config
from bot.render.matrix_html import render_reply
from bot.render.text import render_text
from handlers.digest import build_digest
from handlers.types import Services


def _feed_of(site, *stories):
    for s in stories:
        site.page(article_path(s), article_page(s))
    return site.feed(
        "/rss/politik.xml",
        rss("Politik", [Item(s, site.url(article_path(s)), guid=s.slug) for s in stories]),
    )


async def test_a_folder_reload_keeps_feed_articles(feeds):
    await feeds.add(_feed_of(feeds.site, HOCHWASSER))
    await feeds.poller.poll()
    (feeds.corpus / "meldung.txt").write_text(
        "Neue Deiche für Talheim\n\nDie Stadt will 2027 rund 5 Millionen Euro in neue Deiche "
        "investieren, sagte Bürgermeisterin Anna Berger.\n",
        encoding="utf-8",
    )

    change = await feeds.ingestor.run()

    assert change.added == ("meldung.txt",) and change.removed == ()
    titles = {a.title for a in await feeds.store.articles.list()}
    assert titles == {HOCHWASSER.title, "Neue Deiche für Talheim"}

    (feeds.corpus / "meldung.txt").unlink()
    change = await feeds.ingestor.run(allow_empty=True)  # the folder is empty on purpose
    assert change.removed == ("meldung.txt",)
    assert {a.title for a in await feeds.store.articles.list()} == {HOCHWASSER.title}


async def test_a_pipeline_upgrade_re_extracts_feed_articles_from_the_stored_text(feeds):
    await feeds.add(_feed_of(feeds.site, HOCHWASSER))
    await feeds.poller.poll()
    article = (await feeds.store.articles.list())[0]
    # What an upgraded reader or NLP pipeline looks like to the store: another version suffix.
    conn = feeds.store._db.conn
    await conn.execute(
        "UPDATE articles SET content_hash = 'older-pipeline' WHERE id = ?", (article.id,)
    )
    feeds.site.status[article_path(HOCHWASSER)] = 404  # no network needed for a reload

    change = await feeds.ingestor.run(allow_empty=True)  # a feeds-only corpus: no folder files

    assert change.changed == (article.file,)
    quotes = await feeds.store.quotes.for_article(article.id)
    assert any(q.speaker == "Anna Berger" for q in quotes)
    assert (await feeds.store.articles.get(article.id)).url == article.url


async def test_the_digest_shows_what_feeds_brought_since_the_last_digest_with_links(feeds):
    site = feeds.site
    url = _feed_of(site, HOCHWASSER)
    await feeds.add(url)
    await feeds.poller.poll()
    last_digest = feeds.clock.now + timedelta(minutes=1)
    feeds.clock.advance(minutes=11)
    _feed_of(site, BRUECKE, HOCHWASSER)

    await feeds.poller.poll()
    services = Services(config=Config(), store=feeds.store, clock=feeds.clock)
    reply = await build_digest(services, last_digest, "de")

    assert reply is not None
    new_articles = [b.text for b in reply.blocks if b.heading == "Neue Artikel (1)"]
    assert len(new_articles) == 1 and BRUECKE.title in new_articles[0]
    bridge_url = site.url(article_path(BRUECKE))
    assert reply.provenance[0].url == bridge_url
    assert all(p.url for p in reply.provenance)  # every source of the digest links out
    text = render_text(reply, "de")
    assert bridge_url in text
    html = "".join(m.formatted_body for m in render_reply(reply, "de"))
    assert f'<a href="{bridge_url}">' in html
