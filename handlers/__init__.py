"""Transport-neutral command handlers: `async def handler(req, services) -> Reply`."""
