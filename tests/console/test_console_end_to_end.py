"""The console end to end: ConsoleTransport in-process, and `lagebild ask` / `chat` as a
user runs them (subprocesses against a store file)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sample_corpus import PHISHING, TERMINAL_TRAPS, hostile_extraction

from bot.store import Store
from bot.transports.console import ConsoleTransport
from handlers.format import inert
from handlers.types import Block, Reply

REPO = Path(__file__).resolve().parents[2]


async def test_ask_prints_statement_with_title_and_date(console: ConsoleTransport) -> None:
    out = await console.ask("/who_said Kirby")
    assert "Wer sagte was: John Kirby" in out
    assert "Wladiwostok" in out
    assert "„USA bestätigen Entsendung von 3.000 Soldaten“ — Tagesschau, 24.10.2024" in out
    assert "Quellen:" in out
    assert "**" not in out  # Markdown markers are not shown raw


async def test_ask_in_english_and_german_alias(console: ConsoleTransport) -> None:
    out = await console.ask("/zahlen", locale="en")
    assert "more than 10,000 (US-Außenministerium) vs. about 11,000 (Wolodymyr Selenskyj)" in out
    assert "Sources:" in out


async def test_chart_is_written_and_its_path_printed(
    console: ConsoleTransport, tmp_path: Path
) -> None:
    out = await console.ask('/figures "nordkoreanische Soldaten" chart')
    line = next(x for x in out.splitlines() if x.startswith("[Anhang: chart.png"))
    path = Path(line.split("gespeichert unter ", 1)[1].rstrip("]"))
    assert path.parent == tmp_path / "attachments"
    assert path.read_bytes().startswith(b"\x89PNG")


async def test_bad_input_answers_without_traceback(console: ConsoleTransport) -> None:
    for line in (
        '/search "',
        "/search Kim*OR(",
        "/article drei",
        "/nonsense",
        "/who_said Unbekannt",
    ):
        out = await console.ask(line)
        assert "Traceback" not in out and "Referenz" not in out, line


async def test_a_name_pasted_with_colour_codes_is_found(console: ConsoleTransport) -> None:
    """A name copied from a coloured terminal ("\x1b[1;32mKirby\x1b[0m") was answered "Eine
    Person „Kirby“ kenne ich nicht": the reply showed the name without the codes, the lookup
    searched for them. The codes are no part of what was asked."""
    out = await console.ask("/who_said \x1b[1;32mKirby\x1b[0m")
    assert "Wer sagte was: John Kirby" in out, out
    out = await console.ask("/search \x1b[4mWladiwostok\x1b[24m", locale="en")
    assert "Search: Wladiwostok" in out and "No hits" not in out, out


async def test_chat_reads_piped_lines_until_quit(console: ConsoleTransport, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("/help\n\n/search Wladiwostok\n/quit\n/status\n"))
    out = io.StringIO()
    console.out = out
    await console.chat()
    text = out.getvalue()
    assert "Hilfe" in text and "Wladiwostok" in text
    assert "Status\n======" not in text  # nothing after /quit


async def test_post_prints_a_digest_reply(console: ConsoleTransport) -> None:
    out = io.StringIO()
    console.out = out
    await console.post("console", Reply(title="Lagebild", blocks=[Block("**Neu:** 2 Artikel")]))
    assert "Lagebild" in out.getvalue() and "Neu: 2 Artikel" in out.getvalue()


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif(not (REPO / "bot" / "cli.py").exists(), reason="CLI not present")
def test_lagebild_ask_subprocess(db_path: Path) -> None:
    result = _cli("ask", "/who_said Kirby", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "Wladiwostok" in result.stdout
    assert "Tagesschau, 24.10.2024" in result.stdout
    english = _cli("ask", "/search Wladiwostok", "--db", str(db_path), "--locale", "en")
    assert "Sources:" in english.stdout and "Wladiwostok" in english.stdout


@pytest.mark.skipif(not (REPO / "bot" / "cli.py").exists(), reason="CLI not present")
def test_lagebild_chat_subprocess(db_path: Path) -> None:
    result = _cli("chat", "--db", str(db_path), stdin="/figures\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "mehr als 10.000 (US-Außenministerium) vs. rund 11.000" in result.stdout


# -- terminal control sequences from articles and users never reach the terminal ------------

CONTROLS = ("\x1b", "\x07", "\x9b", "\x9d", "\r")


@pytest.fixture
async def hostile_db(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.db"
    store = await Store.open(path)
    try:
        await store.corpus.apply([hostile_extraction()], [], [], [])
    finally:
        await store.close()
    return path


def assert_terminal_safe(text: str) -> None:
    assert not [c for c in CONTROLS if c in text], repr(text[:300])
    assert "]8;;" not in text and "[2J" not in text and "pwned" not in text


@pytest.mark.skipif(not (REPO / "bot" / "cli.py").exists(), reason="CLI not present")
def test_lagebild_ask_prints_no_control_sequences_from_articles(hostile_db: Path) -> None:
    outputs = []
    for command in ("/sources", "/article 1", "/search Eilmeldung", "/who_said Mallory"):
        result = _cli("ask", command, "--db", str(hostile_db))
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    digest = _cli("digest", "--db", str(hostile_db))
    assert digest.returncode == 0, digest.stderr
    outputs.append(digest.stdout)
    text = "\n".join(outputs)
    assert_terminal_safe(text)
    # The article is still shown, as written: the link as text, the markup as characters.
    assert "Eilmeldung [Jetzt einloggen](https://evil.example/login) @everyone" in text
    assert "**sofort** ||melden||" in text and "Evil <b>Times</b>" in text


@pytest.mark.skipif(not (REPO / "bot" / "cli.py").exists(), reason="CLI not present")
def test_lagebild_ask_prints_no_control_sequences_from_arguments(hostile_db: Path) -> None:
    command = f'/who_said "Mal{TERMINAL_TRAPS}lory [x](https://evil.example)"'
    result = _cli("ask", command, "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    assert_terminal_safe(result.stdout + result.stderr)
    # Echoed as written, without the escapes (the hyperlink's text "hier" is ordinary text).
    assert "Malhierlory [x](https://evil.example)" in result.stdout


async def test_posted_digest_prints_no_control_sequences(console: ConsoleTransport) -> None:
    out = io.StringIO()
    console.out = out
    trap = inert(f"@room {TERMINAL_TRAPS} \x1b[31mrot\x1b[0m {PHISHING}")
    await console.post(
        "console", Reply(title=f"Digest {TERMINAL_TRAPS}", blocks=[Block(trap)], footer=trap)
    )
    await console.notify_admins(f"Abo aus {TERMINAL_TRAPS}")
    assert_terminal_safe(out.getvalue())
    assert f"@room hier rot {PHISHING}" in out.getvalue()


@pytest.mark.skipif(not (REPO / "bot" / "cli.py").exists(), reason="CLI not present")
def test_curation_and_watches_persist_between_lagebild_ask_runs(db_path: Path) -> None:
    """Each `lagebild ask` is its own process: corrections and watches live in the store."""
    db = ("--db", str(db_path))
    renamed = _cli(
        "ask", "/curate rename John Kirby to:John F. Kirby role:Pentagon-Sprecher", *db,
        "--as-admin",
    )  # fmt: skip
    assert renamed.returncode == 0, renamed.stderr
    assert "„John Kirby“ umbenannt in „John F. Kirby“" in renamed.stdout
    assert "Rückgängig: /curate undo 1\nRückgängig: /curate undo 2" in renamed.stdout
    assert "Rolle von „John F. Kirby“: Pentagon-Sprecher" in renamed.stdout
    who = _cli("ask", "!lagebild who_said John F. Kirby Wladiwostok", *db).stdout
    assert "Wer sagte was: John F. Kirby" in who and "Rolle: Pentagon-Sprecher" in who
    assert "zu „Wladiwostok“" in who
    log = _cli("ask", "/curate log", *db, "--as-admin").stdout
    assert "„John Kirby“ umbenannt in „John F. Kirby“" in log
    assert "Dieser Kanal bekommt" in _cli("ask", "/watch Kirby", *db).stdout
    assert "Person: John F. Kirby" in _cli("ask", "/watches", *db).stdout


async def test_typed_option_errors_say_the_german_option_name_and_usage(
    console: ConsoleTransport,
) -> None:
    # "ist für chart kein Ja/Nein-Wert" mixed English into German, and the usage was missing
    bad = await console.ask("/zahlen thema:Soldaten grafik:vielleicht")
    assert "„vielleicht“ ist für grafik kein Ja/Nein-Wert (ja/nein)." in bad
    assert "Aufruf: /figures [thema] [grafik]" in bad
    twice = await console.ask("/wer_sagte person:Kirby person:Austin")
    assert "Die Angabe person ist doppelt angegeben." in twice


async def test_a_scheduled_digest_in_the_console_says_which_subscription_it_is(
    console: ConsoleTransport,
) -> None:
    """A posted digest came between the console user's own answers with nothing saying it was
    the daily digest; its header now names the subscription's time and zone, the same text
    a Matrix room gets for the same subscription."""
    from datetime import UTC, datetime

    from bot.scheduler import DigestScheduler

    out = io.StringIO()
    console.out = out
    store = console.services.store
    created = datetime(2024, 11, 1, tzinfo=UTC)
    sub = await store.subscriptions.upsert(
        "console", "console", "07:30", "Europe/Vienna", "console:me", now=created
    )
    room = await store.subscriptions.upsert(
        "matrix", "!lage:example.org", "07:30", "Europe/Vienna", "@me:example.org", now=created
    )
    posted: list[Reply] = []

    class Room:
        name = "matrix"

        async def post(self, channel_id: str, reply: Reply, **_: object) -> int:
            posted.append(reply)
            return 1

        async def notify_admins(self, text: str) -> None:
            pass

    sched = DigestScheduler(console.services, {"console": console, "matrix": Room()})
    slot = datetime(2024, 11, 16, 6, 30, tzinfo=UTC)
    assert (await sched.run_slot(sub.id, slot)).outcome == "sent"
    assert (await sched.run_slot(room.id, slot)).outcome == "sent"
    header = "Abonnement täglich 07:30 (Europe/Vienna)"
    first_line = out.getvalue().splitlines()[0]
    assert header in first_line and "Lagebild" in first_line
    assert posted[0].title == first_line
    await sched.shutdown()
