"""The corpus folder is a boundary: links that leave it and special files are never read."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from bot.corpus import ArticleFileError, read_article, scan_corpus
from bot.corpus.confine import real_root
from bot.ingest import read_corpus

ARTICLE = (
    "Bundestag beschließt Haushalt\n\n"
    "Der Bundestag hat am Freitag den Haushalt beschlossen. "
    "„Das ist ein guter Tag für das Land“, sagte der Finanzminister.\n"
)
SECRET = "Geheimes Passwort\n\nDas Passwort des Servers lautet Schwertfisch, sagte der Admin.\n"


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus folder with one good article, and a secret file next to (outside) it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    return corpus, outside / "secret.txt"


def _reasons(corpus: Path) -> dict[str, str]:
    return {s.file: str(s.reason) for s in read_corpus(corpus).skipped}


def test_link_to_a_file_outside_is_skipped_with_its_reason(layout) -> None:
    corpus, secret = layout
    (corpus / "x.txt").symlink_to(secret)
    (corpus / "rel.txt").symlink_to(Path("..") / "private" / "secret.txt")
    read = read_corpus(corpus)
    assert [a.file for a in read.articles] == ["good.txt"]
    assert not any("Schwertfisch" in a.body for a in read.articles)
    reasons = _reasons(corpus)
    assert "outside the corpus folder" in reasons["x.txt"]
    assert "outside the corpus folder" in reasons["rel.txt"]


def test_link_to_a_system_file_is_skipped(layout) -> None:
    corpus, _ = layout
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    assert "outside the corpus folder" in _reasons(corpus)["passwd.txt"]


def test_link_that_stays_inside_the_folder_is_read(layout) -> None:
    corpus, _ = layout
    (corpus / "sub").mkdir()
    (corpus / "sub" / "kept.md").write_text(ARTICLE.replace("Haushalt", "Etat"), "utf-8")
    (corpus / "alias.txt").symlink_to(Path("sub") / "kept.md")
    read = read_corpus(corpus)
    assert {a.file for a in read.articles} == {"good.txt", "alias.txt"}


def test_linked_sidecar_from_outside_skips_the_article(layout) -> None:
    corpus, secret = layout
    (corpus / "good.meta.toml").symlink_to(secret)
    read = read_corpus(corpus)
    assert read.articles == ()
    reason = _reasons(corpus)["good.txt"]
    assert "sidecar good.meta.toml" in reason and "outside the corpus folder" in reason
    assert "Schwertfisch" not in reason


def test_corpus_folder_reached_through_a_link_still_reads_its_files(layout, tmp_path) -> None:
    corpus, _ = layout
    link = tmp_path / "current"
    link.symlink_to(corpus)
    assert [a.file for a in read_corpus(link).articles] == ["good.txt"]


def test_fifo_device_and_socket_are_skipped_without_blocking(layout) -> None:
    corpus, _ = layout
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "null.txt").symlink_to("/dev/null")  # a device, and outside the folder
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(corpus / "sock.txt"))
        reasons = _reasons(corpus)
    finally:
        sock.close()
    assert "named pipe" in reasons["pipe.txt"]
    assert "socket" in reasons["sock.txt"]
    assert "outside" in reasons["null.txt"]
    scan = scan_corpus(corpus)
    assert [p.name for p in scan.files] == ["good.txt"]


def test_a_file_swapped_for_a_pipe_after_the_scan_is_refused_not_waited_on(layout) -> None:
    corpus, _ = layout
    path = corpus / "late.txt"
    os.mkfifo(path)
    with pytest.raises(ArticleFileError, match="named pipe"):
        read_article(path, real_root(corpus))


def test_a_file_swapped_for_an_outside_link_after_the_scan_is_refused(layout) -> None:
    corpus, secret = layout
    path = corpus / "late.txt"
    path.symlink_to(secret)
    with pytest.raises(ArticleFileError, match="outside the corpus folder"):
        read_article(path, real_root(corpus))
