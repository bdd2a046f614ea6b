"""Store errors with messages meant for the operator."""


class StoreError(Exception):
    """The store cannot be opened or written (read-only directory, corrupt file, ...)."""


class StoreVersionError(StoreError):
    """The database was created by a newer Lagebild (schema version above what we know)."""
