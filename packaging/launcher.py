"""Entry script of the frozen app (desktop_app/__main__.py uses a relative import)."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
