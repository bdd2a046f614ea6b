"""The `lagebild` command line (contract: ../shared/DESIGN.md).

Exit codes: 0 success, 1 partial (some files skipped, or some feed failed to poll), 2 usage or
configuration error, 3 unexpected failure (the old store is left as it was).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import select
import signal
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import (
    Config,
    ConfigError,
    check_transports,
    load_config,
    secret,
    with_corpus_dir,
    with_store_path,
)
from bot.logs import setup_logging
from bot.render.cli_errors import cli_error
from bot.render.cli_summary import format_change, format_copy, format_poll
from bot.render.text import terminal_safe
from bot.store.db import store_exists
from bot.store.errors import StoreError
from bot.store.records import CorpusChange, FeedRecord

if TYPE_CHECKING:
    from bot.app import App
    from handlers.types import Reply

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `… | head`

log = logging.getLogger("lagebild")


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: the option may stand before or after the subcommand without one hiding the other
    common.add_argument(
        "--config",
        metavar="F",
        default=argparse.SUPPRESS,
        help="config file (TOML); default: built-in defaults",
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="debug logging"
    )
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        metavar="F",
        help="SQLite store file or postgresql://… URL (overrides store.path / store.url)",
    )

    p = argparse.ArgumentParser(
        prog="lagebild",
        description="Lagebild: who said what, and which figures are reported, in German news.",
        parents=[common],
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run", parents=[common, db], help="run the bot (console when no transport is configured)"
    )
    run.add_argument(
        "--headless",
        action="store_true",
        help="no console conversation: serve the configured transports (or none) and post "
        "digests until SIGTERM; digests subscribed from the console go to standard output "
        "(a replica under systemd or in a container)",
    )

    ing = sub.add_parser("ingest", parents=[common, db], help="process the corpus into the store")
    ing.add_argument(
        "directory", nargs="?", metavar="DIR", help="corpus directory (default: corpus.dir)"
    )
    ing.add_argument("--no-progress", action="store_true", help="no progress bar")
    ing.add_argument(
        "--rebuild",
        action="store_true",
        help="re-create the store from the corpus (built next to the old one, swapped in when "
        "complete; subscriptions are kept)",
    )
    ing.add_argument(
        "--allow-empty",
        action="store_true",
        help="accept a corpus folder without articles (removes every stored article)",
    )

    ext = sub.add_parser(
        "extract", parents=[common], help="run the pipeline on files, print quotes and figures"
    )
    ext.add_argument("files", nargs="+", metavar="FILE")
    ext.add_argument("--format", choices=["json", "text"], default="json")
    ext.add_argument("--locale", choices=["de", "en"], default=None)

    ask = sub.add_parser(
        "ask", parents=[common, db], help='one chat command, e.g. "/who_said Kirby"'
    )
    ask.add_argument("text", metavar="TEXT")
    ask.add_argument("--locale", choices=["de", "en"], default=None)
    ask.add_argument("--as-admin", action="store_true", help="run with admin rights")

    chat = sub.add_parser("chat", parents=[common, db], help="interactive console")
    chat.add_argument("--locale", choices=["de", "en"], default=None)
    chat.add_argument("--as-admin", action="store_true", help="run with admin rights")

    dig = sub.add_parser(
        "digest", parents=[common, db], help="print the digest that would be posted"
    )
    dig.add_argument(
        "--since",
        metavar="ISO",
        help=(
            "only what came into the store after this time (ISO 8601; a bare date is midnight"
            " in digest.timezone), as a scheduled digest counts it: by when an article was"
            " ingested or fetched, not by its publication date"
        ),
    )
    dig.add_argument("--locale", choices=["de", "en"], default=None)

    st = sub.add_parser("store", parents=[common], help="store maintenance")
    st_sub = st.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    cp = st_sub.add_parser(
        "copy", parents=[common], help="copy a store (consistent even while the bot runs)"
    )
    cp.add_argument("src", metavar="SRC", help="the store to copy (only read)")
    cp.add_argument(
        "dst", metavar="DST", help="a new SQLite file or an empty PostgreSQL database (URL)"
    )

    dc = sub.add_parser(
        "discord-commands", parents=[common], help="print the application-command payload"
    )
    dc.add_argument("--format", choices=["json"], default="json")

    ds = sub.add_parser(
        "discord-sync", parents=[common], help="upload the application commands to Discord"
    )
    ds.add_argument("--guild", metavar="ID", help="sync to one guild (instant) instead of globally")

    feeds = sub.add_parser("feeds", parents=[common], help="manage news feeds (RSS/Atom)")
    fsub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    fadd = fsub.add_parser("add", parents=[common, db], help="follow a feed")
    fadd.add_argument("url", metavar="URL")
    fadd.add_argument("--name", metavar="N", help="your own name for the feed")
    frm = fsub.add_parser("remove", parents=[common, db], help="stop following a feed")
    frm.add_argument("url", metavar="URL")
    fsub.add_parser("list", parents=[common, db], help="the feeds and their state")
    fsub.add_parser(
        "poll", parents=[common, db], help="fetch every feed once now and ingest what is new"
    )
    for action in (ing, cp, fadd, frm, fsub.choices["list"], fsub.choices["poll"]):
        action.add_argument(
            "--locale", choices=["de", "en"], default=None, help="language (default: bot.locale)"
        )
    return p


def _load(args: argparse.Namespace) -> Config:
    config = load_config(getattr(args, "config", None))
    return with_store_path(config, getattr(args, "db", None))


def _secrets(config: Config) -> list[str]:
    names = [config.discord.token_env, config.matrix.password_env, config.matrix.access_token_env]
    return [v for v in (secret(n) for n in names) if v]


def _progress_bar(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled or not sys.stderr.isatty():
        return None, None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="Artikel", file=sys.stderr, leave=False)

    def update(done: int, total: int, name: str) -> None:
        bar.total = total
        bar.n = done
        bar.set_postfix_str(terminal_safe(name)[:30])  # a file name is data, not terminal input
        bar.refresh()

    return update, bar


async def _cmd_ingest(args: argparse.Namespace, config: Config) -> int:
    """A new store (or --rebuild) is built aside and swapped in when complete, so a failure
    creates nothing and keeps the old store; an existing store is updated in place (one
    transaction)."""
    from bot.app import App
    from bot.rebuild import build_store, describe_carried

    config = with_corpus_dir(config, args.directory)
    update, bar = _progress_bar(not args.no_progress)
    extra: list[str] = []
    try:
        if args.rebuild or not await store_exists(config.store_location):
            rebuilt = await build_store(config, update, args.allow_empty)
            change = rebuilt.change
            extra = describe_carried(rebuilt.carried, args.locale or config.bot.locale)
        else:
            app = await App.build(config)
            try:
                change = await app.ingest(progress=update, allow_empty=args.allow_empty)
            finally:
                await app.close()
    finally:
        if bar is not None:
            bar.close()
    summary = format_change(change, args.locale or config.bot.locale)
    print(terminal_safe("\n".join([summary, *extra])))
    return EXIT_PARTIAL if change.skipped else EXIT_OK


def _extract_file(path: Path) -> Path:
    """A FILE argument of `extract` that can be read, else why not in the words of someone who
    typed it (the corpus reader's reasons are written for files found while scanning a folder:
    "subdirectory (not searched)", "removed while reading?")."""
    from bot.corpus import ArticleFileError
    from bot.corpus.reasons import Reason, SkipCode

    if path.is_dir():
        folder = Reason.of(SkipCode.FOLDER, files=str(path / "*.txt"), folder=str(path))
        raise ArticleFileError(folder)
    if not path.exists():
        raise ArticleFileError(Reason.of(SkipCode.NO_SUCH_FILE))
    return path


def _cmd_extract(args: argparse.Namespace, config: Config) -> int:
    from bot.app import build_extractor
    from bot.corpus import ArticleFileError, read_article
    from bot.corpus.reasons import Reason, SkipCode
    from bot.nlp.export import corpus_to_json, extraction_to_json
    from handlers.i18n import t
    from handlers.reasons import say_reason

    locale = args.locale or config.bot.locale
    extractor = build_extractor(config)
    results = []
    failed = 0
    for name in args.files:
        try:
            article = read_article(_extract_file(Path(name)))
            for warning in article.warnings:
                line = t(
                    locale, "cli.extract.warning", file=name, warning=say_reason(warning, locale)
                )
                print(terminal_safe(line), file=sys.stderr)
            results.append(extractor.extract(article))
        except ArticleFileError as e:
            # one bad file is reported and skipped; the others' results are still printed
            line = t(locale, "cli.ingest.skipped", file=name, reason=say_reason(e.reason, locale))
            print(terminal_safe(line), file=sys.stderr)
            failed += 1
        except OSError as e:
            unreadable = Reason.of(SkipCode.UNREADABLE, detail=e.strerror or str(e))
            why = say_reason(unreadable, locale)
            line = t(locale, "cli.ingest.skipped", file=name, reason=why)
            print(terminal_safe(line), file=sys.stderr)
            failed += 1
    if args.format == "json":
        json.dump(corpus_to_json(results), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for ex in results:
            data = extraction_to_json(ex)
            lines = [
                f"# {data['file']}: {data['title']} "
                f"({data['published'] or t(locale, 'common.undated')}, {data['outlet'] or '-'})"
            ]
            for q in data["quotes"]:
                lines.append(f"  [{q['kind']}] {q['speaker']}: {q['text']}")
            for f in data["figures"]:
                lines.append(
                    f"  [{f['qualifier']}] {f['value']} {f['unit'] or ''} ({f['source'] or '-'}): {f['text']}"
                )
            print(terminal_safe("\n".join(lines)))  # article text is data, not terminal input
    if failed and not results:
        return EXIT_USAGE
    return EXIT_PARTIAL if failed else EXIT_OK


async def _prepared_app(config: Config, locale: str):  # type: ignore[no-untyped-def]
    """An App whose store has the corpus: a new user can `ask` without running `ingest` first.
    A store is only created when the corpus could be ingested into it (nothing is left behind
    by a missing or empty corpus folder); an existing empty store with an empty folder is
    served as it is. What it says on the way is in `locale`, as the answer that follows."""
    from bot.app import App
    from bot.corpus import EmptyCorpusError
    from bot.rebuild import build_store
    from handlers.i18n import t

    building = terminal_safe(t(locale, "cli.prepare.building", dir=config.corpus_dir))
    if not await store_exists(config.store_location):
        if not config.corpus_dir.is_dir():
            # most often a mistyped --db: say that, not only "corpus directory does not exist"
            from bot.store.pg import mask_url

            where = mask_url(config.store_location)  # a URL's password never reaches a message
            raise UsageError(
                terminal_safe(t(locale, "cli.prepare.no_store", db=where, dir=config.corpus_dir))
            )
        print(building, file=sys.stderr)
        _print_skipped((await build_store(config)).change, locale)
    app = await App.build(config)
    try:
        status = await app.store.corpus.status()
        if status.articles == 0:
            print(building, file=sys.stderr)
            try:
                _print_skipped(await app.ingest(), locale)
            except EmptyCorpusError as e:
                print(f"lagebild: {e}", file=sys.stderr)
    except BaseException:
        await app.close()
        raise
    return app


def _print_skipped(change: CorpusChange, locale: str) -> None:
    from handlers.i18n import t
    from handlers.reasons import say_reason

    for s in change.skipped:
        line = t(locale, "cli.ingest.skipped", file=s.file, reason=say_reason(s.reason, locale))
        print(terminal_safe(line), file=sys.stderr)


async def _cmd_ask(args: argparse.Namespace, config: Config) -> int:
    locale = args.locale or config.bot.locale
    app = await _prepared_app(config, locale)
    try:
        console = app.console()
        text, reply = await console.answer(args.text, locale=locale, as_admin=args.as_admin)
        print(text)
    finally:
        await app.close()
    # a bug is not an answer: scripts must see it (a user error is an answer, exit 0)
    return EXIT_FAILURE if reply.error_ref else EXIT_OK


async def _cmd_chat(args: argparse.Namespace, config: Config) -> int:
    app = await _prepared_app(config, args.locale or config.bot.locale)
    try:
        await app.console(args.locale, as_admin=args.as_admin).chat()
    finally:
        await app.close()
    return EXIT_OK


async def _cmd_run(args: argparse.Namespace, config: Config) -> int:
    """Brings the store up to date first, but never empties it: a corpus folder without
    articles, or gone (an unmounted share), at start is reported and the stored corpus keeps
    serving. Only without any store is a missing folder fatal (a configuration error). Of
    several processes on one store the leader does it; one that becomes leader later (the
    other stopped or died) does it then."""
    if config.nlp.workers < 1:
        raise UsageError(
            "configuration error: nlp.workers = 0 (extraction in a thread) is for one-off "
            "commands only; the running bot needs at least 1 worker process, because a reload "
            "in a thread of the bot's process stalls every chat answer for seconds"
        )
    with _sigterm_cancels_startup() as stopped:
        try:
            app = await _start(args, config)
        except asyncio.CancelledError:
            if not stopped:
                raise
            print(
                "lagebild: stopped (SIGTERM) during start-up; the store keeps the corpus it had",
                file=sys.stderr,
            )
            return EXIT_OK
    await app.run()
    return EXIT_OK


@contextlib.contextmanager
def _sigterm_cancels_startup() -> Iterator[list[bool]]:
    """Until App.run installs its own handler, SIGTERM (systemd, `docker stop`) cancels the
    start-up instead of killing the process in the middle of it: the App closes in order,
    hands back its leases and stops its worker processes, and the exit code says it stopped
    as asked (it was 143, with the reload lease held until it ran out)."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    stopped: list[bool] = []

    def stop() -> None:
        stopped.append(True)
        if task is not None:
            task.cancel()

    loop.add_signal_handler(signal.SIGTERM, stop)
    try:
        yield stopped
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


async def _start(args: argparse.Namespace, config: Config) -> App:
    """The store brought up to date and the App built, ready to run."""
    from bot.app import App
    from bot.corpus import EmptyCorpusError
    from bot.rebuild import build_store

    if not await store_exists(config.store_location):
        try:
            await build_store(config)
        except EmptyCorpusError as e:
            _keep_serving(e)
    app = await App.build(config, serve=True)
    app.headless = args.headless
    try:
        # With several processes on one store, the leader brings the corpus up to date; the
        # others serve what is stored and follow the versions it commits.
        if await app.join_replicas():
            await _startup_ingest(app)
        else:
            # Also after a crash: the dead process's leader lease runs out first.
            log.info("another process leads: serving the stored corpus, following its updates")
            app.when_leading(lambda: _startup_ingest(app))
        if not (config.discord_enabled or config.matrix_enabled or args.headless):
            print(
                "Lagebild-Konsole (keine Discord-/Matrix-Zugangsdaten konfiguriert). /help zeigt die Befehle, /quit beendet.",
                file=sys.stderr,
            )
    except BaseException:
        await app.close()
        raise
    return app


async def _startup_ingest(app: App) -> None:
    from bot.corpus import CorpusError, EmptyCorpusError
    from bot.store.errors import CorpusBusy

    try:
        change = await app.ingest()
        log.info("corpus ready: %s", format_change(change, "en").replace("\n", " "))
    except (EmptyCorpusError, CorpusBusy) as e:
        _keep_serving(e)
    except CorpusError as e:
        if (await app.store.corpus.status()).articles == 0:
            raise
        _keep_serving(e)


def _keep_serving(e: Exception) -> None:
    log.warning("%s; serving the stored corpus", e)


def _since_note(reply: Reply, since: datetime, locale: str) -> str | None:
    """A digest since a moment lists what came into the store after it, as the posted one
    would: a walker asking for `--since 2026-03-05` on a store ingested today got articles of
    02.03. under "Neues seit 05.03.2026" and took it for a bug. When the digest names articles
    published before the moment, one line on stderr says why, with how many."""
    from handlers.format import fmt_date
    from handlers.i18n import t

    day = since.date()
    earlier = {p.article_id for p in reply.provenance if p.published and p.published < day}
    if not earlier:
        return None
    return t(locale, "digest.since_by_arrival", count=len(earlier), date=fmt_date(day, locale))


async def _cmd_digest(args: argparse.Namespace, config: Config) -> int:
    from bot.render.text import render_text
    from handlers.digest import build_digest
    from handlers.i18n import t

    locale = args.locale or config.bot.locale
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since)
        except ValueError:
            typed = terminal_safe(args.since)  # what was typed is shown, never obeyed
            raise UsageError(t(locale, "cli.digest.bad_since", since=typed)) from None
        if since.tzinfo is None:
            # a bare date or time is meant on the digest's clock (the one its title shows),
            # not the server's: "--since 2024-06-02" is midnight in digest.timezone
            from zoneinfo import ZoneInfo

            since = since.replace(tzinfo=ZoneInfo(config.digest.timezone))
    app = await _prepared_app(config, locale)
    try:
        reply = await build_digest(app.services, since, locale)
        if reply is None:
            print(t(locale, "cli.digest.nothing_new"))
        else:
            print(render_text(reply, locale))
            if since is not None:
                note = _since_note(reply, since, locale)
                if note:
                    print(note, file=sys.stderr)
    finally:
        await app.close()
    return EXIT_OK


def _cmd_discord_commands(args: argparse.Namespace, config: Config) -> int:
    from bot.transports.discord import command_payload

    json.dump(command_payload(config), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_OK


async def _cmd_discord_sync(args: argparse.Namespace, config: Config) -> int:
    from bot.transports.discord import sync_commands

    if not config.discord_enabled:
        raise UsageError(
            f"discord-sync needs the bot token in the environment variable {config.discord.token_env}"
        )
    synced = await sync_commands(config, args.guild)
    print(
        f"synced {len(synced)} commands"
        + (f" to guild {args.guild}" if args.guild else " globally")
    )
    return EXIT_OK


def format_feed(feed: FeedRecord, zone: str, locale: str) -> str:
    """One feed for `feeds list`, all in `locale`: labels, state, error and times in the
    bot's display zone (config digest.timezone, "01.12.2026 21:40 MEZ"), as /feeds, /status
    and the digests show them. English labels around German dates read as two programs."""
    from bot.feeds.state import shown_state
    from handlers.feeds import feed_error
    from handlers.format import fmt_moment
    from handlers.i18n import t

    def when(moment: datetime | None) -> str:
        return fmt_moment(moment, zone, locale) if moment else t(locale, "feeds.never")

    rows = [
        ("url", feed.url),
        ("title", feed.title or "-"),
        ("last_fetch", when(feed.last_fetch)),
        ("last_new", when(feed.last_new_article)),
        ("failures", str(feed.failures)),
        ("next_fetch", when(feed.next_fetch) if feed.state != "disabled" else "-"),
    ]
    if feed.last_error:
        rows.append(("last_error", feed_error(feed.last_error, locale)))
    labels = {key: t(locale, f"feeds.cli.{key}") + ":" for key, _ in rows}
    width = max(len(label) for label in labels.values()) + 1
    state = t(locale, f"feeds.cli.{shown_state(feed)}")
    lines = [f"{feed.label} [{state}]"]
    lines.extend(f"  {labels[key]:<{width}}{value}" for key, value in rows)
    return "\n".join(lines)


async def _cmd_feeds(args: argparse.Namespace, config: Config) -> int:
    from bot.app import App
    from bot.feeds.urls import FeedUrlError, check_feed_url
    from handlers.i18n import t

    locale = args.locale or config.bot.locale
    url = None
    if args.feeds_command in ("add", "remove"):
        try:
            url = check_feed_url(args.url)
        except FeedUrlError as e:
            reason = t(locale, f"feed.url_reason.{e.code}")
            # what the user typed may hold control characters: shown, never obeyed
            typed = terminal_safe(args.url)
            raise UsageError(t(locale, "feed.bad_url", url=typed, reason=reason)) from None
    app = await App.build(config)
    try:
        store = app.store
        match args.feeds_command:
            case "add":
                assert url is not None
                feed, created = await store.feeds.add(url, args.name, "cli", app.services.clock())
                # as /feed add says it: adding again is how a disabled feed comes back
                key = "feeds.cli.added" if created else "feeds.cli.readded"
                print(terminal_safe(t(locale, key, feed=feed.label)))
            case "remove":
                assert url is not None
                if not await store.feeds.remove(url):
                    raise UsageError(t(locale, "feeds.cli.unknown", url=url))
                print(terminal_safe(t(locale, "feeds.cli.removed", url=url)))
            case "list":
                feeds = await store.feeds.list()
                zone = config.digest.timezone
                listed = (
                    "\n".join(format_feed(f, zone, locale) for f in feeds)
                    if feeds
                    else t(locale, "feeds.cli.none")
                )
                print(terminal_safe(listed))  # titles and errors come from the feeds' servers
            case "poll":
                summary = await app.feeds.poll(due_only=False)
                print(terminal_safe(format_poll(summary, locale)))  # feed titles are data
                return EXIT_PARTIAL if summary.failed else EXIT_OK
    finally:
        await app.close()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        config = _load(args)
        if args.command == "run":
            check_transports(config)
    except ConfigError as e:
        print(f"lagebild: configuration error: {e}", file=sys.stderr)
        return EXIT_USAGE
    # Only `run` with a chat transport logs at the configured level; in the console, log lines
    # would interleave with the conversation.
    quiet = args.command != "run" or not (
        config.discord_enabled or config.matrix_enabled or args.headless
    )
    verbose = bool(getattr(args, "verbose", False))
    setup_logging(
        "DEBUG" if verbose else ("WARNING" if quiet else config.bot.log_level),
        _secrets(config),
        # at a terminal an error is one line (its log reference); the traceback with -v
        tracebacks=verbose or not quiet,
    )
    if quiet:
        locale = getattr(args, "locale", None) or config.bot.locale
        logging.getLogger().handlers[0].addFilter(RepairsForTheUser(locale))
    from bot.corpus import CorpusError, EmptyCorpusError, ForeignCorpusError

    try:
        code = _dispatch(args, config)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except (UsageError, CorpusError, StoreError) as e:
        from handlers.i18n import t

        locale = getattr(args, "locale", None) or config.bot.locale
        hint = ""
        if isinstance(e, ForeignCorpusError) and args.command == "ingest":
            hint = t(locale, "cli.error.hint_foreign")
        elif isinstance(e, EmptyCorpusError) and args.command == "ingest":
            hint = t(locale, "cli.error.hint_empty")
        print(f"lagebild: {cli_error(str(e), locale)}{hint}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError as e:
        if _stdout_closed():
            return _closed_pipe()
        return _unexpected(e, args)  # some other pipe (e.g. to a worker process)
    except KeyboardInterrupt:
        return 130
    except Exception as e:
        return _unexpected(e, args)


class RepairsForTheUser(logging.Filter):
    """At a terminal, what the reader repaired in a file it read all the same (stray control
    characters, a front-matter date that is no date) is told to the user in their language,
    like the skipped files of the summary; the log record, English for operators (`run` with
    a chat transport, or --headless), is not shown there as well."""

    def __init__(self, locale: str) -> None:
        super().__init__()
        self.locale = locale

    def filter(self, record: logging.LogRecord) -> bool:
        from bot.corpus.reasons import Reason
        from handlers.i18n import t
        from handlers.reasons import say_reason

        reason = getattr(record, "repair", None)
        if not isinstance(reason, Reason):
            return True
        warning = say_reason(reason, self.locale)
        line = t(
            self.locale,
            "cli.ingest.repaired",
            file=getattr(record, "repaired_file", ""),
            warning=warning,
        )
        print(terminal_safe(line), file=sys.stderr, flush=True)
        return False


def _unexpected(e: Exception, args: argparse.Namespace) -> int:
    """A bug or an environment problem: one clear line; the traceback with -v."""
    log.debug("unexpected error", exc_info=e)
    hint = "" if getattr(args, "verbose", False) else " (run with -v for details)"
    print(f"lagebild: unexpected error: {type(e).__name__}: {e}{hint}", file=sys.stderr)
    return EXIT_FAILURE


def _stdout_closed() -> bool:
    """Whether our standard output is a pipe whose reader has gone (poll reports an error
    condition on it), as opposed to a broken pipe to some other process."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(ev & (select.POLLERR | select.POLLHUP) for _, ev in poller.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


def _closed_pipe() -> int:
    """The reader of our output went away (`lagebild ask … | head`): stop quietly, like other
    command-line tools, with the shell's code for SIGPIPE. Python's recipe: point stdout at
    devnull so the interpreter's final flush does not fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


async def _cmd_store_copy(args: argparse.Namespace, config: Config) -> int:
    from bot.store.copy import copy_store
    from bot.store.pg import mask_url

    result = await copy_store(args.src, args.dst)
    locale = args.locale or config.bot.locale
    src, dst = mask_url(args.src), mask_url(args.dst)
    print(terminal_safe(format_copy(src, dst, result.version, result.rows, locale)))
    return EXIT_OK


def _dispatch(args: argparse.Namespace, config: Config) -> int:
    match args.command:
        case "extract":
            return _cmd_extract(args, config)
        case "discord-commands":
            return _cmd_discord_commands(args, config)
        case "ingest":
            return asyncio.run(_cmd_ingest(args, config))
        case "ask":
            return asyncio.run(_cmd_ask(args, config))
        case "chat":
            return asyncio.run(_cmd_chat(args, config))
        case "run":
            return asyncio.run(_cmd_run(args, config))
        case "digest":
            return asyncio.run(_cmd_digest(args, config))
        case "discord-sync":
            return asyncio.run(_cmd_discord_sync(args, config))
        case "feeds":
            return asyncio.run(_cmd_feeds(args, config))
        case "store":
            return asyncio.run(_cmd_store_copy(args, config))
    raise UsageError(f"unknown command {args.command}")
