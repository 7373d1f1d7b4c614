"""Command line: the GUI by default. Parsing imports no Qt, so --help and --version are fast."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smart-orders",
        description="Smart Orders Desktop: Smart-Aufträge offline vorbereiten und verfolgen.",
    )
    parser.add_argument("--version", action="version", version=f"smart-orders {__version__}")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="keep all data, settings and logs in DIR instead of the standard folders",
    )
    parser.add_argument(
        "--lang", choices=("de", "en"), help="user interface language (default: setting, de)"
    )
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    from .platform.clock import Clock
    from .platform.paths import AppPaths
    from .storage.order_summaries import FIRST_PAGE_SIZE, FirstPagePrefetch

    paths = AppPaths.for_profile(options.profile) if options.profile else AppPaths.default()
    # Started before Qt and the rest of the app are imported, to overlap with them.
    prefetch = FirstPagePrefetch(paths.database, FIRST_PAGE_SIZE, Clock().today())
    from .app import run_gui

    return run_gui(paths, options.lang, quit_after_load=options.quit_after_load, prefetch=prefetch)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
