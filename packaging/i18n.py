"""Translation upkeep: ``python packaging/i18n.py update`` then ``release``.

German is the source language (the strings in the code); English lives in
resources/translations/smart_orders_en.ts, edited with Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def sources() -> list[str]:
    files = sorted((ROOT / "desktop_app" / "gui").rglob("*.py"))
    files = [f for f in files if "forms" not in f.parts]  # the .ui files are the source
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update(ts_files: list[Path] | None = None) -> None:
    targets = ts_files or [TS_DIR / f"smart_orders_{lang}.ts" for lang in LANGUAGES]
    for ts in targets:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "de_DE",
                "-target-language",
                ts.stem.split("_")[-1],
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "release":
        for lang in LANGUAGES:
            release(TS_DIR / f"smart_orders_{lang}.ts", TS_DIR / f"smart_orders_{lang}.qm")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
