"""Long lists answer one page at a time (/speakers on a real corpus listed 245 speakers in one
reply): the first PAGE_SIZE entries, then "Seite 1 von 13. Weiter: /speakers page:2"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from handlers.i18n import t
from handlers.types import Block, Request, UserError

PAGE_SIZE = 20
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    number: int
    pages: int
    command: str
    args: str = ""  # what the next-page command repeats (`"Lloyd Austin" about:Beweise`)

    def footer(self, locale: str) -> list[Block]:
        """The page line and the command for the next page; nothing for a one-page list."""
        if self.pages <= 1:
            return []
        text = t(locale, "paging.page", page=self.number, pages=self.pages)
        if self.number < self.pages:
            option = t(locale, f"cmd.{self.command}.optname.page")
            if option == f"cmd.{self.command}.optname.page":
                option = "page"
            args = f"{self.args} " if self.args else ""
            command = f"/{self.command} {args}{option}:{self.number + 1}"
            text += " " + t(locale, "paging.next", command=command)
        return [Block(text)]


def beyond_key(pages: int) -> str:
    """The message for a page past the end: "hat nur eine Seite" reads better than "1 Seite(n)"."""
    return "paging.beyond_one" if pages == 1 else "paging.beyond"


def page_of(
    items: Sequence[T], req: Request, command: str, size: int = PAGE_SIZE, args: str = ""
) -> Page[T]:
    """The page the request asks for (option `page`, default 1)."""
    pages = max(1, -(-len(items) // size))
    number = int(req.arg("page") or "1")
    if number > pages:
        raise UserError(beyond_key(pages), page=number, pages=pages)
    start = (number - 1) * size
    return Page(items[start : start + size], number, pages, command, args)
