"""The [feeds] section: read from the file, wrong values stop start-up naming the key."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config


def test_feeds_settings_are_read(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[feeds]\npoll_minutes = 5\ndisable_after = 4\nfetch_pages = false\n")
    feeds = load_config(path).feeds
    assert (feeds.poll_minutes, feeds.disable_after, feeds.fetch_pages) == (5.0, 4, False)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("poll_minutes = 0", "feeds.poll_minutes"),
        ("concurrency = 0", "feeds.concurrency"),
        ("max_bytes = -1", "feeds.max_bytes"),
        ("disable_after = 0", "feeds.disable_after"),
        ("timeout_seconds = 'schnell'", "feeds.timeout_seconds"),
        ("poll_interval = 5", "feeds.poll_interval"),
    ],
)
def test_wrong_feeds_settings_name_the_key(tmp_path, line, key):
    path = tmp_path / "c.toml"
    path.write_text(f"[feeds]\n{line}\n")
    with pytest.raises(ConfigError, match=key):
        load_config(path)
