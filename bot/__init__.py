"""Lagebild: the bot process (composition root, config, corpus, NLP, store, scheduler, transports)."""
