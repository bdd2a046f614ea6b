"""Config: defaults run without a file, mistakes name the key, secrets only from the environment."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, check_transports, load_config, secret, with_store_path
from bot.logs import RedactSecrets

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_without_file_use_seeds_and_local_db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_config(None)
    assert cfg.corpus_dir == tmp_path / "seeds"
    assert cfg.store_path == tmp_path / "lagebild.db"
    assert cfg.bot.locale == "de"
    assert cfg.digest.default_time == "08:00"


def test_example_config_is_valid_and_complete():
    example = Path(__file__).resolve().parents[2] / "config.example.toml"
    cfg = load_config(example)
    assert cfg.matrix.prefix == "!lagebild"
    assert cfg.digest.misfire_grace_seconds > 1


def test_relative_paths_resolve_against_the_config_directory(tmp_path):
    cfg = load_config(write(tmp_path, '[corpus]\ndir = "articles"\n[store]\npath = "data/x.db"\n'))
    assert cfg.corpus_dir == tmp_path / "articles"
    assert cfg.store_path == tmp_path / "data" / "x.db"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[corpus]\ndirr = 'x'\n", "corpus.dirr"),
        ("[nope]\n", "nope"),
        ("[digest]\ndefault_time = '25:00'\n", "digest.default_time"),
        ("[digest]\ntimezone = 'Europe/Berln'\n", "digest.timezone"),
        ("[bot]\nlocale = 'fr'\n", "bot.locale"),
        ("[nlp]\nworkers = 'two'\n", "nlp.workers"),
        ("[nlp]\npos_tagger = 'treetagger'\n", "nlp.pos_tagger"),
        ("[matrix]\nrooms = '!a:b'\n", "matrix.rooms"),
        ("[matrix]\nhomeserver = 'matrix.org'\n", "matrix.homeserver"),
        ("[discord]\nshard_count = 2\nshard_ids = [0, 5]\n", "discord.shard_ids"),
    ],
)
def test_wrong_key_or_value_names_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert str(err.value).startswith(key)


def test_broken_toml_and_missing_file_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[corpus\n"))
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")


def test_config_is_frozen(tmp_path):
    cfg = load_config(write(tmp_path, ""))
    with pytest.raises(AttributeError):
        cfg.bot.locale = "en"  # type: ignore[misc]


def test_secrets_come_from_the_environment_only(tmp_path, monkeypatch):
    cfg = load_config(write(tmp_path, '[discord]\ntoken_env = "MY_BOT_TOKEN"\n'))
    monkeypatch.delenv("MY_BOT_TOKEN", raising=False)
    assert not cfg.discord_enabled
    monkeypatch.setenv("MY_BOT_TOKEN", "abc.def.ghi")
    assert cfg.discord_enabled
    assert secret("MY_BOT_TOKEN") == "abc.def.ghi"
    # a token written into the file is not a key at all
    with pytest.raises(ConfigError, match=r"discord\.token:"):
        load_config(write(tmp_path, '[discord]\ntoken = "abc"\n'))


def test_matrix_enabled_needs_homeserver_user_and_a_credential(tmp_path, monkeypatch):
    cfg = load_config(
        write(
            tmp_path, '[matrix]\nhomeserver = "http://127.0.0.1:8008"\nuser_id = "@bot:localhost"\n'
        )
    )
    monkeypatch.delenv("LAGEBILD_MATRIX_PASSWORD", raising=False)
    monkeypatch.delenv("LAGEBILD_MATRIX_TOKEN", raising=False)
    assert not cfg.matrix_enabled
    monkeypatch.setenv("LAGEBILD_MATRIX_TOKEN", "syt_secret")
    assert cfg.matrix_enabled


def test_db_option_overrides_store_path(tmp_path):
    cfg = with_store_path(load_config(write(tmp_path, "")), str(tmp_path / "other.db"))
    assert cfg.store_path == tmp_path / "other.db"


def test_secret_values_are_redacted_from_log_records(caplog):
    logger = logging.getLogger("test.redact")
    f = RedactSecrets(["supersecrettoken"])
    logger.addFilter(f)
    try:
        with caplog.at_level(logging.INFO, logger="test.redact"):
            logger.info("connecting with %s to gateway", "supersecrettoken")
    finally:
        logger.removeFilter(f)
    assert "supersecrettoken" not in caplog.text
    assert "***" in caplog.text


def test_a_configured_transport_without_its_secret_is_an_error_for_run(tmp_path, monkeypatch):
    for name in ("LAGEBILD_MATRIX_PASSWORD", "LAGEBILD_MATRIX_TOKEN", "MY_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    matrix = load_config(
        write(tmp_path, '[matrix]\nhomeserver = "https://hs.example"\nuser_id = "@bot:hs"\n')
    )
    with pytest.raises(ConfigError, match="LAGEBILD_MATRIX_PASSWORD") as err:
        check_transports(matrix)
    assert "LAGEBILD_MATRIX_TOKEN" in str(err.value)
    monkeypatch.setenv("LAGEBILD_MATRIX_TOKEN", "syt_secret")
    check_transports(matrix)

    discord = load_config(write(tmp_path, '[discord]\ntoken_env = "MY_BOT_TOKEN"\n'))
    with pytest.raises(ConfigError, match=r"^discord\.token_env: .*MY_BOT_TOKEN"):
        check_transports(discord)
    monkeypatch.setenv("MY_BOT_TOKEN", "abc.def.ghi")
    check_transports(discord)

    half = load_config(write(tmp_path, '[matrix]\nhomeserver = "https://hs.example"\n'))
    with pytest.raises(ConfigError, match=r"^matrix\.user_id: "):
        check_transports(half)


def test_the_example_config_and_no_config_run_the_console_without_secrets(monkeypatch):
    for name in ("LAGEBILD_MATRIX_PASSWORD", "LAGEBILD_MATRIX_TOKEN", "LAGEBILD_DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    example = Path(__file__).resolve().parents[2] / "config.example.toml"
    check_transports(load_config(example))
    check_transports(load_config(None))


def _workers_under_affinity(cores: set[int], config: Path | None) -> int:
    """nlp.workers as a process pinned to `cores` loads it (a fresh interpreter, so the
    pinning is the one the config sees, as under `taskset` or a container's CPU limit)."""
    code = (
        f"import os, sys; os.sched_setaffinity(0, {sorted(cores)}); "
        "from bot.config import load_config; "
        "print(load_config(sys.argv[1] if len(sys.argv) > 1 else None).nlp.workers)"
    )
    args = [sys.executable, "-c", code, *([str(config)] if config else [])]
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    return int(out.stdout.strip())


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_workers_default_to_the_cores_this_process_may_use(tmp_path):
    """Issue 14: extraction used 1 of 2 cores because nlp.workers defaulted to 1."""
    available = os.sched_getaffinity(0)
    example = ROOT / "config.example.toml"
    assert _workers_under_affinity(available, None) == len(available)
    assert _workers_under_affinity(available, example) == len(available)
    assert _workers_under_affinity({min(available)}, example) == 1
    pinned = write(tmp_path, "[nlp]\nworkers = 1\n")
    assert _workers_under_affinity(available, pinned) == 1
