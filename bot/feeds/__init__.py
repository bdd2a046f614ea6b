"""News feeds (RSS/Atom) as a source of the corpus.

urls normalises links into identities, fetch does polite HTTP (conditional GET, limits,
timeouts), parse reads feeds with feedparser, pages extracts an article page's main text with
trafilatura, articles turns what was found into stored feed articles and ParsedArticles, and
poller ties it together: one poll fetches the due feeds, finds new and changed items and hands
their articles to the Ingestor, which extracts and applies them without a full reload.
Parsing and extraction never run on the event loop.
"""

from bot.feeds.poller import FeedPoller, FeedResult, PollSummary
from bot.feeds.urls import FeedUrlError, check_feed_url, normalize_url

__all__ = [
    "FeedPoller",
    "FeedResult",
    "FeedUrlError",
    "PollSummary",
    "check_feed_url",
    "normalize_url",
]
