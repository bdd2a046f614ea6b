"""Transports: each translates between one chat network and the transport-neutral handlers."""
