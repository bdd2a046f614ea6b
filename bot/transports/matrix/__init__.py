"""Matrix transport (matrix-nio): text commands in rooms and direct chats, digests via post()."""

from bot.transports.matrix.transport import MatrixLoginError, MatrixTransport

__all__ = ["MatrixLoginError", "MatrixTransport"]
