"""News feeds (RSS/Atom) as a source of the corpus.

urls normalises links into identities, fetch does polite HTTP (conditional GET, limits,
timeouts), parse reads feeds with feedparser, pages extracts an article page's main text with
trafilatura, articles turns what was found into stored feed articles and ParsedArticles, and
poller ties it together: one poll fetches the due feeds, finds new and changed items and hands
their articles to the Ingestor, which extracts and applies them without a full reload.
Parsing and extraction never run on the event loop.

Import from the submodules (bot.feeds.poller, bot.feeds.urls): this package file stays empty
so that a handler checking a URL does not load aiohttp, feedparser and trafilatura.
"""
