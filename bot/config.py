"""Configuration: one TOML file, loaded once into frozen, typed objects.

Unknown keys and wrong values stop start-up with a message naming the key, because a typo in a
config file that is silently ignored is the hardest bug an operator can have. Secrets are never
read from the file: the file names environment variables, and `secret()` reads them.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ConfigError(Exception):
    """A configuration problem; the message names the key."""


@dataclass(frozen=True, slots=True)
class CorpusConfig:
    dir: str = "seeds"


@dataclass(frozen=True, slots=True)
class StoreConfig:
    path: str = "lagebild.db"
    # A postgresql:// URL instead of the file (several replicas). No password in it: asyncpg
    # takes it from PGPASSWORD or ~/.pgpass (secrets only from the environment).
    url: str = ""


def default_workers() -> int:
    """The cores this process may use (its CPU affinity, not the machine's count: a container
    or `taskset` limits it), at least 1: extraction is CPU-bound, one worker per core."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return max(1, int(counter() or 1))
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class NlpConfig:
    # "blank" is the built-in pipeline (spacy.blank("de") + Lagebild components); any other value
    # names an installed spaCy pipeline (e.g. "de_core_news_sm") used as the base.
    model: str = "blank"
    # Worker processes for extraction during ingest/reload. 0 = in a thread of this process:
    # only for one-off commands (ingest, ask) where worker processes cannot start; `run`
    # refuses it, because extraction in the bot's own process stalls chat (the GIL).
    # Default: one per core this process may use (default_workers).
    workers: int = field(default_factory=default_workers)
    # "hanta": POS tags from HanTa (LGPL, optional package) on candidate sentences only, for
    # the few rules that need them (bot/nlp/attribution/pos_tags.py); "none": word lists only.
    pos_tagger: Literal["hanta", "none"] = "none"


@dataclass(frozen=True, slots=True)
class BotConfig:
    locale: Literal["de", "en"] = "de"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


@dataclass(frozen=True, slots=True)
class DigestConfig:
    default_time: str = "08:00"
    timezone: str = "Europe/Berlin"
    catch_up_hours: float = 6.0
    misfire_grace_seconds: int = 3600
    # nothing new: one notice until there is news ("notice"), none ("skip"), one at every slot
    # ("repeat": load tests and demos that must see every slot posted)
    when_empty: Literal["notice", "repeat", "skip"] = "notice"
    max_send_attempts: int = 5
    # 0: each subscription's digest once a day at its time. N > 0: a slot every N seconds for
    # every subscription, counted from 2000-01-01 UTC (demos, load tests, the replica test).
    interval_seconds: int = 0


@dataclass(frozen=True, slots=True)
class ReplicasConfig:
    # Several `lagebild run` processes on one store (docs/deploy.md): each renews its leases
    # every heartbeat_seconds; one silent for dead_after_seconds counts as dead (its digest
    # slots are taken over, another process becomes leader).
    heartbeat_seconds: float = 5.0
    dead_after_seconds: float = 30.0


@dataclass(frozen=True, slots=True)
class AdminsConfig:
    # Transport-qualified user ids that are admins everywhere, e.g. "discord:1234", "@ops:example.org".
    users: tuple[str, ...] = ()
    # Whether the local console user counts as admin (only the machine owner can run it).
    console_is_admin: bool = True
    # Where admin notices go (bot/notify.py): "matrix:!room:server", "discord:<channel id>",
    # "console". Empty: each transport DMs its configured admins.
    notify: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    token_env: str = "LAGEBILD_DISCORD_TOKEN"
    # 0: a plain Client; -1: AutoShardedClient with Discord's recommended shard count; N > 0: N shards.
    shard_count: int = 0
    # Shards this process runs (with shard_count > 0), for splitting a bot over several processes.
    shard_ids: tuple[int, ...] = ()
    admin_role_ids: tuple[str, ...] = ()
    admin_user_ids: tuple[str, ...] = ()
    sync_guild_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MatrixConfig:
    homeserver: str = ""
    user_id: str = ""
    password_env: str = "LAGEBILD_MATRIX_PASSWORD"
    access_token_env: str = "LAGEBILD_MATRIX_TOKEN"
    device_name: str = "lagebild"
    state_dir: str = "matrix-state"
    prefix: str = "!lagebild"
    msgtype: Literal["m.notice", "m.text"] = "m.notice"
    rooms: tuple[str, ...] = ()
    all_rooms: bool = False
    invite_from: tuple[str, ...] = ()  # user ids ("@a:hs") or server names ("hs.example")
    admin_power_level: int = 50
    admins: tuple[str, ...] = ()
    e2e: bool = False
    digest_pace_seconds: float = 1.0


@dataclass(frozen=True, slots=True)
class FeedsConfig:
    # Minutes between two fetches of a healthy feed (the running bot polls due feeds).
    poll_minutes: float = 15.0
    # Requests in flight at once, over all feeds and article pages.
    concurrency: int = 8
    # Seconds one request may take in total (connect, redirects, body).
    timeout_seconds: float = 20.0
    # Largest feed or page accepted, in bytes; a bigger response is a failure, never truncated.
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    # After n consecutive failures a feed waits poll_minutes * 2**n (at most this many hours) ...
    max_backoff_hours: float = 24.0
    # ... and after this many it is disabled, with a notice to the bot admins.
    disable_after: int = 10
    # Feed text shorter than this, in at most two paragraphs, is a teaser: the article page is
    # fetched for the full text.
    teaser_chars: int = 600
    fetch_pages: bool = True


@dataclass(frozen=True, slots=True)
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    store: StoreConfig = field(default_factory=StoreConfig)
    nlp: NlpConfig = field(default_factory=NlpConfig)
    bot: BotConfig = field(default_factory=BotConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    admins: AdminsConfig = field(default_factory=AdminsConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    matrix: MatrixConfig = field(default_factory=MatrixConfig)
    feeds: FeedsConfig = field(default_factory=FeedsConfig)
    replicas: ReplicasConfig = field(default_factory=ReplicasConfig)
    # Directory relative paths (corpus.dir, store.path, matrix.state_dir) are resolved against.
    base_dir: str = "."
    # The tables the config file has ("discord", "matrix", ...): a [discord] table means
    # "run Discord", so its missing token is an error rather than a silent console.
    sections: tuple[str, ...] = ()

    def path(self, value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else Path(self.base_dir) / p

    @property
    def corpus_dir(self) -> Path:
        return self.path(self.corpus.dir)

    @property
    def store_path(self) -> Path:
        return self.path(self.store.path)

    @property
    def store_location(self) -> str:
        """What Store.open takes: store.url (PostgreSQL) when set, else the store file."""
        if self.store.url:
            return self.store.url
        if "://" in self.store.path:  # a URL given as --db or store.path
            return self.store.path
        return str(self.store_path)

    @property
    def discord_enabled(self) -> bool:
        return bool(secret(self.discord.token_env))

    @property
    def matrix_enabled(self) -> bool:
        m = self.matrix
        return bool(m.homeserver and m.user_id) and bool(
            secret(m.password_env) or secret(m.access_token_env)
        )


def check_transports(cfg: Config) -> None:
    """For `lagebild run`: a transport that is configured but lacks its secret is a
    configuration error naming the environment variable, not a silent fall-back to the console
    (other commands do not need the secrets and do not check them)."""
    m = cfg.matrix
    if m.homeserver or m.user_id:
        if not (m.homeserver and m.user_id):
            missing = "matrix.user_id" if m.homeserver else "matrix.homeserver"
            raise ConfigError(f"{missing}: must be set too (or neither, without Matrix)")
        if not (secret(m.password_env) or secret(m.access_token_env)):
            raise ConfigError(
                f"matrix.password_env: Matrix is configured for {m.user_id}, but neither the "
                f"environment variable {m.password_env} (password) nor {m.access_token_env} "
                "(access token) is set"
            )
    if "discord" in cfg.sections and not secret(cfg.discord.token_env):
        raise ConfigError(
            f"discord.token_env: [discord] is configured, but the environment variable "
            f"{cfg.discord.token_env} (the bot token) is not set"
        )


def secret(env_name: str) -> str | None:
    """Read a secret from the environment variable the config names; never from the file."""
    if not env_name:
        return None
    value = os.environ.get(env_name, "").strip()
    return value or None


_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _validate(cfg: Config) -> None:
    if not _TIME_RE.match(cfg.digest.default_time):
        raise ConfigError(f"digest.default_time: expected HH:MM, got {cfg.digest.default_time!r}")
    try:
        ZoneInfo(cfg.digest.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"digest.timezone: unknown IANA time zone {cfg.digest.timezone!r} (e.g. 'Europe/Berlin')"
        ) from None
    if cfg.digest.catch_up_hours < 0:
        raise ConfigError("digest.catch_up_hours: must be >= 0")
    if cfg.digest.misfire_grace_seconds < 1:
        raise ConfigError("digest.misfire_grace_seconds: must be >= 1")
    if cfg.digest.max_send_attempts < 1:
        raise ConfigError("digest.max_send_attempts: must be >= 1")
    if cfg.digest.interval_seconds < 0:
        raise ConfigError("digest.interval_seconds: 0 (daily) or the seconds between two slots")
    r = cfg.replicas
    if r.heartbeat_seconds <= 0:
        raise ConfigError("replicas.heartbeat_seconds: must be > 0")
    if r.dead_after_seconds < 2 * r.heartbeat_seconds:
        raise ConfigError(
            "replicas.dead_after_seconds: must be at least twice replicas.heartbeat_seconds "
            "(one late beat must not make a live process look dead)"
        )
    if cfg.nlp.workers < 0:
        raise ConfigError("nlp.workers: must be >= 0")
    _validate_shards(cfg.discord)
    _validate_feeds(cfg.feeds)
    m = cfg.matrix
    if m.homeserver and not re.match(r"^https?://", m.homeserver):
        raise ConfigError(f"matrix.homeserver: expected an http(s) URL, got {m.homeserver!r}")
    if m.user_id and not re.match(r"^@[^:\s]+:\S+$", m.user_id):
        raise ConfigError(f"matrix.user_id: expected '@name:server', got {m.user_id!r}")
    if not m.prefix.strip():
        raise ConfigError("matrix.prefix: must not be empty")
    for i, target in enumerate(cfg.admins.notify):
        try:
            parse_target(target)
        except ValueError as e:
            raise ConfigError(f"admins.notify[{i}]: {e}") from None


def parse_target(target: str) -> tuple[str, str]:
    """ "matrix:!room:server" -> ("matrix", "!room:server"); "console" -> ("console", "console").
    Raises ValueError for anything else (validation names the key). Here, with the
    config it parses, so that bot.notify and the validation share it without an import cycle."""
    if target == "console":
        return "console", "console"
    transport, sep, channel = target.partition(":")
    if not sep or transport not in {"matrix", "discord"} or not channel.strip():
        raise ValueError(
            f"expected 'matrix:<room id>', 'discord:<channel id>' or 'console', got {target!r}"
        )
    if transport == "discord" and not channel.isdigit():
        raise ValueError(f"a Discord channel id is a number, got {target!r}")
    return transport, channel


def _validate_shards(d: DiscordConfig) -> None:
    """shard_ids split one sharded bot over processes: they need the total (shard_count), the
    same in every process, and each id once and below it."""
    if d.shard_count < -1:
        raise ConfigError("discord.shard_count: -1 (automatic), 0 (no sharding) or a shard count")
    if not d.shard_ids:
        return
    if d.shard_count <= 0:
        raise ConfigError(
            "discord.shard_ids: needs discord.shard_count set to the total number of shards "
            "(the same in every process)"
        )
    if any(s < 0 or s >= d.shard_count for s in d.shard_ids):
        raise ConfigError("discord.shard_ids: every id must be in 0 .. shard_count-1")
    if len(set(d.shard_ids)) != len(d.shard_ids):
        raise ConfigError("discord.shard_ids: an id is listed twice")


def _validate_feeds(f: FeedsConfig) -> None:
    for key, value in (
        ("poll_minutes", f.poll_minutes),
        ("timeout_seconds", f.timeout_seconds),
        ("max_backoff_hours", f.max_backoff_hours),
    ):
        if value <= 0:
            raise ConfigError(f"feeds.{key}: must be > 0")
    for key, number in (
        ("concurrency", f.concurrency),
        ("max_bytes", f.max_bytes),
        ("disable_after", f.disable_after),
    ):
        if number < 1:
            raise ConfigError(f"feeds.{key}: must be >= 1")
    if f.max_redirects < 0:
        raise ConfigError("feeds.max_redirects: must be >= 0")
    if f.teaser_chars < 0:
        raise ConfigError("feeds.teaser_chars: must be >= 0")


def _convert(value: Any, tp: Any, key: str) -> Any:
    origin = get_origin(tp)
    if is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a table")
        return _build(tp, value, key)
    if origin is Literal:
        allowed = get_args(tp)
        if value not in allowed:
            raise ConfigError(
                f"{key}: expected one of {', '.join(map(repr, allowed))}, got {value!r}"
            )
        return value
    if origin is tuple:
        (item_tp, _ellipsis) = get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list")
        return tuple(_convert(v, item_tp, f"{key}[{i}]") for i, v in enumerate(value))
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{key}: expected a number, got {value!r}")
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: expected a whole number, got {value!r}")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {value!r}")
        return value
    if tp is str:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)  # ids written without quotes
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected a string, got {value!r}")
        return value
    raise ConfigError(f"{key}: unsupported type")  # pragma: no cover - programming error


_NOT_KEYS = frozenset({"base_dir", "sections"})  # Config fields that are not file keys


def _build(cls: Any, data: dict[str, Any], prefix: str = "") -> Any:
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls) if f.name not in _NOT_KEYS}
    for k in data:
        if k not in known:
            where = f"{prefix}.{k}" if prefix else k
            raise ConfigError(f"{where}: unknown key (known: {', '.join(sorted(known))})")
    kwargs = {k: _convert(v, hints[k], f"{prefix}.{k}" if prefix else k) for k, v in data.items()}
    return cls(**kwargs)


def load_config(path: str | Path | None = None) -> Config:
    """Load and validate a config file; None gives the built-in defaults (relative to the cwd)."""
    if path is None:
        cfg = Config(base_dir=str(Path.cwd()))
        _validate(cfg)
        return cfg
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {p}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: cannot read: {e}") from None
    base = Config(base_dir=str(p.resolve().parent))
    built = _build(Config, raw)
    cfg = Config(
        **{f.name: getattr(built, f.name) for f in fields(Config) if f.name not in _NOT_KEYS},
        base_dir=base.base_dir,
        sections=tuple(k for k, v in raw.items() if isinstance(v, dict)),
    )
    _validate(cfg)
    return cfg


def with_store_path(config: Config, db: str | None) -> Config:
    """The --db option overrides store.path and store.url (a file is relative to the current
    directory)."""
    if not db:
        return config
    if "://" in db:  # a URL is not a path: the store names the schemes it supports
        if not db.startswith(("postgresql://", "postgres://")):
            # else it became a file named after the URL ("sqlite:///x.db" -> ./sqlite:/x.db)
            raise ConfigError(
                f"--db {db.split('://', 1)[0]}://…: not a store location; give an SQLite "
                "file path (--db lagebild.db) or a postgresql:// URL"
            )
        return replace(config, store=replace(config.store, path=db, url=""))
    return replace(config, store=replace(config.store, path=str(Path(db).resolve()), url=""))


def with_corpus_dir(config: Config, directory: str | None) -> Config:
    """The DIR argument of `ingest` overrides corpus.dir (relative to the current directory)."""
    if not directory:
        return config
    return replace(config, corpus=replace(config.corpus, dir=str(Path(directory).resolve())))
