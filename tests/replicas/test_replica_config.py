"""The replica settings are checked at start-up, naming the key: shard ids that cannot work
together across processes, a heartbeat that would make live processes look dead, and the
example config documents what a replica needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "key", "why"),
    [
        # A process's shards without the total: no other process could take the rest.
        ("[discord]\nshard_ids = [0, 1]\n", "discord.shard_ids", "shard_count"),
        ("[discord]\nshard_count = -1\nshard_ids = [0]\n", "discord.shard_ids", "shard_count"),
        ("[discord]\nshard_count = 4\nshard_ids = [1, 1]\n", "discord.shard_ids", "twice"),
        ("[discord]\nshard_count = 4\nshard_ids = [4]\n", "discord.shard_ids", "0 .. shard_count"),
        ("[discord]\nshard_count = -2\n", "discord.shard_count", "automatic"),
        ("[replicas]\nheartbeat_seconds = 0\n", "replicas.heartbeat_seconds", "> 0"),
        (
            "[replicas]\nheartbeat_seconds = 10\ndead_after_seconds = 15\n",
            "replicas.dead_after_seconds",
            "twice",
        ),
        ("[digest]\ninterval_seconds = -5\n", "digest.interval_seconds", "daily"),
    ],
)
def test_replica_settings_that_cannot_work_stop_start_up(
    tmp_path: Path, text: str, key: str, why: str
) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert str(err.value).startswith(key) and why in str(err.value)


def test_a_process_of_a_sharded_bot_names_its_shards(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path,
            "[discord]\nshard_count = 4\nshard_ids = [2, 3]\n"
            "[replicas]\nheartbeat_seconds = 2\ndead_after_seconds = 10\n",
        )
    )
    assert cfg.discord.shard_ids == (2, 3) and cfg.discord.shard_count == 4
    assert cfg.replicas.dead_after_seconds == 10


def test_the_example_config_loads_and_documents_the_replica_keys() -> None:
    example = REPO / "config.example.toml"
    cfg = load_config(example)
    text = example.read_text(encoding="utf-8")
    assert cfg.replicas.heartbeat_seconds > 0
    for key in ("[replicas]", "heartbeat_seconds", "dead_after_seconds", "interval_seconds",
                "shard_ids", "docs/deploy.md"):  # fmt: skip
        assert key in text, key


def test_the_compose_replicas_have_valid_configs_that_split_the_shards(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load((REPO / "docs" / "compose.yaml").read_text(encoding="utf-8"))
    assert compose["services"]["db"]["image"] == "postgres:15"
    shards: list[int] = []
    matrix = 0
    for name in ("replica-a", "replica-b"):
        cfg = load_config(write(tmp_path, compose["configs"][name]["content"]))
        assert cfg.store_location.startswith("postgresql://")
        assert cfg.discord.shard_count == 4
        shards += cfg.discord.shard_ids
        matrix += bool(cfg.matrix.homeserver)
    assert sorted(shards) == [0, 1, 2, 3] and matrix == 1  # every shard once, Matrix once
    for service in ("bot-a", "bot-b"):
        command = compose["services"][service]["command"]
        assert (
            "run --headless" in command
            and "PGPASSWORD" in compose["services"][service]["environment"]
        )
