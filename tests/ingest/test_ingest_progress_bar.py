"""The progress bar of `lagebild ingest` on a terminal shows file names as data: a name that
carries terminal control sequences cannot retitle or repaint the operator's terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVIL = "\x1b]2;pwned\x07\x1b[2Jbericht.txt"  # OSC retitle, then clear screen


def test_file_names_in_the_progress_bar_are_stripped_of_terminal_sequences(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    (corpus / EVIL).write_text((ROOT / "seeds" / "000_ebee99a0112f165b.txt").read_text("utf-8"))
    config = tmp_path / "c.toml"
    config.write_text("[nlp]\nworkers = 0\n")
    master, slave = pty.openpty()  # stderr is a terminal: the bar is drawn
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 160, 0, 0))  # 160 columns
    command = [sys.executable, "-m", "bot", "ingest", str(corpus), "--db", str(tmp_path / "s.db")]
    proc = subprocess.Popen(
        [*command, "--config", str(config)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(60) == 0
    text = out.decode("utf-8", "replace")
    assert "Artikel" in text  # the bar was drawn
    assert "\x1b]2;" not in text and "\x1b[2J" not in text
