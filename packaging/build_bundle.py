"""Build the one-folder bundle with PyInstaller and smoke-test it.

    python packaging/build_bundle.py [--without-demo] [--runs 5] [--max-mb 150]

Installs the [packaging] extra (PyInstaller) into the running environment when it is
missing, builds packaging/smart_orders.spec into dist/smart-orders/ (without the demo server:
dist/without-demo/smart-orders/), runs the frozen app's --self-test offscreen on a temporary
profile, measures its cold start and its size, and exits non-zero when the self-test fails or
the bundle is larger than the target. Figures are printed and written to
build/bundle-report.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # benchmarks.profile_factory

import bundle_checks as checks
import bundle_contents as contents

ROOT = contents.ROOT
SPEC = ROOT / "packaging" / "smart_orders.spec"
NAME = "smart-orders"
DRAFTS = 10_000  # as in benchmarks/bench_startup.py


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--without-demo", action="store_true", help="leave out --demo")
    parser.add_argument("--runs", type=int, default=5, help="timed starts (median)")
    parser.add_argument("--max-mb", type=float, default=150.0, help="size target, MB")
    options = parser.parse_args(argv)

    ensure_pyinstaller()
    dist = ROOT / "dist" / ("without-demo" if options.without_demo else "")
    work = ROOT / "build" / ("pyinstaller-without-demo" if options.without_demo else "pyinstaller")
    if sys.platform in ("win32", "darwin"):
        make_icons(ROOT / "build" / "icons")
    started = time.perf_counter()
    build(dist, work, with_demo=not options.without_demo)
    build_s = time.perf_counter() - started
    bundle = dist / NAME
    executable = bundle / (f"{NAME}-cli.exe" if sys.platform == "win32" else NAME)

    with tempfile.TemporaryDirectory(prefix="smart-orders-smoke-") as folder:
        profile = Path(folder) / "profile"
        result = checks.self_test([str(executable)], profile)
        print(result.stdout, end="")
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            print(f"SMOKE TEST FAILED: exit code {result.returncode}", file=sys.stderr)
            return 1
        from benchmarks.profile_factory import fill_profile
        from desktop_app.domain.status import OrderStatus

        full = Path(folder) / "full"
        fill_profile(full, DRAFTS, status=OrderStatus.DRAFT)
        frozen, source = [str(executable)], [sys.executable, "-m", "desktop_app"]
        times = {
            "self_test": checks.time_self_test(frozen, options.runs),
            "window_painted": checks.time_window(frozen, profile, options.runs),
            "window_painted_10k": checks.time_window(frozen, full, options.runs),
            "source_self_test": checks.time_self_test(source, options.runs),
            "source_window_painted": checks.time_window(source, profile, options.runs),
            "source_window_painted_10k": checks.time_window(source, full, options.runs),
        }

    size_mb = checks.folder_size(bundle) / checks.MB
    report = {
        "bundle": str(bundle.relative_to(ROOT)),
        "with_demo": not options.without_demo,
        "build_s": round(build_s, 1),
        "size_mb": round(size_mb, 1),
        "target_mb": options.max_mb,
        "runs": options.runs,
        **{f"{name}_median_ms": round(checks.median_ms(runs)) for name, runs in times.items()},
        "dropped_files": checks.dropped_summary(work / "smart_orders" / "dropped-files.txt"),
    }
    print_report(report)
    out = ROOT / "build" / f"bundle-report{'-without-demo' if options.without_demo else ''}.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if size_mb > options.max_mb:
        print(f"TOO LARGE: {size_mb:.1f} MB > {options.max_mb:.0f} MB", file=sys.stderr)
        return 1
    return 0


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    requirements = contents.packaging_requirements()
    print(f"installing {' '.join(requirements)} into {sys.prefix}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", *requirements], check=True)


def build(dist: Path, work: Path, with_demo: bool) -> None:
    env = {**os.environ, "SMART_ORDERS_WITHOUT_DEMO": "" if with_demo else "1"}
    env["SMART_ORDERS_ICON_DIR"] = str(ROOT / "build" / "icons")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("building:", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def make_icons(folder: Path) -> None:
    """The Windows .ico and macOS .icns drawn from the SVG app icon, with Qt's image
    writers (the ico and icns image format plugins)."""
    folder.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication(['icons'])\n"
        "image = QImage(256, 256, QImage.Format.Format_ARGB32)\n"
        "image.fill(0)\n"
        "painter = QPainter(image)\n"
        "QSvgRenderer(sys.argv[1]).render(painter)\n"
        "painter.end()\n"
        "for target in sys.argv[2:]:\n"
        "    assert image.save(target), target\n"
    )
    svg = ROOT / "resources" / "icons" / "smart-orders.svg"
    targets = [folder / "smart-orders.png", folder / "smart-orders.ico"]
    if sys.platform == "darwin":
        targets.append(folder / "smart-orders.icns")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code, str(svg), *map(str, targets)], env=env, check=True)


def print_report(report: dict[str, object]) -> None:
    print()
    print(f"bundle               {report['bundle']} (demo server included: {report['with_demo']})")
    print(f"build time           {report['build_s']} s")
    print(f"unpacked size        {report['size_mb']} MB (target ≤ {report['target_mb']:.0f} MB)")
    print(
        f"--self-test          {report['self_test_median_ms']} ms frozen, "
        f"{report['source_self_test_median_ms']} ms from source "
        f"(spawn to exit, median of {report['runs']}, fresh profile each)"
    )
    print(
        f"main window painted  {report['window_painted_median_ms']} ms frozen, "
        f"{report['source_window_painted_median_ms']} ms from source "
        "(spawn to 'startup_ms', empty profile)"
    )
    print(
        f"  with {DRAFTS:,} drafts {report['window_painted_10k_median_ms']} ms frozen, "
        f"{report['source_window_painted_10k_median_ms']} ms from source"
    )
    print(f"dropped files        {report['dropped_files']}")


if __name__ == "__main__":
    sys.exit(main())
