"""How a feed's state is shown (`lagebild feeds list`, /feeds): the stored state, except that a
feed its server answered 410 Gone for is shown as gone rather than as failing.

A 410 says the feed was removed for good: the poller stops fetching it at once (stored as
'disabled', with that answer as its last error) instead of retrying with backoff until the
failure limit. One function reads it, so the CLI and /feeds cannot disagree.
"""

from __future__ import annotations

from bot.store.records import FeedRecord

GONE_STATUS = 410
GONE_ERROR = "HTTP 410 Gone"


def shown_state(feed: FeedRecord) -> str:
    """'gone' for a feed stopped by a 410, else its stored state."""
    if feed.state == "disabled" and (feed.last_error or "").startswith(f"HTTP {GONE_STATUS}"):
        return "gone"
    return feed.state
