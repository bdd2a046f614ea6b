"""Rendering of transport-neutral Replies: shared paging here, one module per transport."""
