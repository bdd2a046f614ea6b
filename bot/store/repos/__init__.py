"""One repository class per area of the store; `bot.store.Store` wires them to a Database."""
