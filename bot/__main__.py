"""`python -m bot` is the same as the `lagebild` command."""

import sys

from bot.cli import main

sys.exit(main())
