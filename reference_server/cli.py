"""smart-orders-server [--host 127.0.0.1] [--port N] [--db PATH] [--demo] [--dev-clock]"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="smart-orders-server", description="Reference server for the Smart Orders API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    parser.add_argument("--demo", action="store_true", help="seed demo accounts and data")
    parser.add_argument("--dev-clock", action="store_true", help="allow POST /api/v1/dev/clock")
    options = parser.parse_args(argv)

    import uvicorn

    from .app import create_app
    from .demo import DEMO_ACCOUNTS, seed_demo

    db_path = options.db or Path(tempfile.mkdtemp(prefix="smart-server-")) / "server.sqlite3"
    app = create_app(db_path, dev_clock=options.dev_clock)
    if options.demo:
        seed_demo(app.state.context.db, app.state.context.clock)
        for role, (email, password) in DEMO_ACCOUNTS.items():
            print(f"demo {role}: {email} / {password}", flush=True)
    uvicorn.run(app, host=options.host, port=options.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
