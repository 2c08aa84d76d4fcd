"""``python -m jamsos``: the same command line as ``jamsos``."""

from __future__ import annotations

import sys

from jamsos.cli import main

if __name__ == "__main__":
    sys.exit(main())
