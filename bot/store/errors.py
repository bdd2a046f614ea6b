"""Store errors with messages meant for the operator."""

import sqlite3


class StoreError(Exception):
    """The store cannot be opened or written (read-only directory, corrupt file, ...)."""


class StoreVersionError(StoreError):
    """The database was created by a newer Lagebild (schema version above what we know)."""


class CorpusBusy(StoreError):
    """Another process is applying a corpus (reload, ingest, feed poll) to this store: nothing
    was changed; the same request succeeds once that one has finished."""


class StoreUnavailable(StoreError):
    """The store cannot be reached right now: the PostgreSQL server is down or restarting,
    the connection was lost, or the SQLite file vanished. Nothing was changed; the same
    request works again once the store is back (connections are re-established by then)."""


class StoreBusy(StoreError):
    """A transient conflict: another writer holds the lock, or the backend asked to retry the
    transaction. A backend may raise this; callers retry later instead of giving up."""


# PostgreSQL SQLSTATEs worth retrying: serialization failure, deadlock, lock not available
# (asyncpg and psycopg both expose `sqlstate` on their errors).
_RETRY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def is_transient(error: BaseException) -> bool:
    """Whether a store error will likely go away by retrying (`database is locked`, busy)."""
    if isinstance(error, (StoreBusy, StoreUnavailable)):
        return True
    if isinstance(error, sqlite3.OperationalError):
        message = str(error).lower()
        return "locked" in message or "busy" in message
    return getattr(error, "sqlstate", None) in _RETRY_SQLSTATES
