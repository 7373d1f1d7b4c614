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
    parser.add_argument(
        "--demo",
        action="store_true",
        help="mit Beispieldaten auf einem eingebauten Testserver starten (Wegwerf-Profil)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="Profil nur ansehen: nichts wird gespeichert, gesendet oder synchronisiert",
    )
    parser.add_argument(
        "--inspect",
        type=Path,
        metavar="BUNDLE.zip",
        help="ein Diagnosepaket nur-lesend öffnen (entpackt in einen temporären Ordner)",
    )
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="die Installation prüfen (Datenbank, Übersetzungen, Symbole, Schlüsselbund, "
        "Qt) und beenden; ohne --profile mit einem Wegwerf-Profil",
    )
    add_commands(parser)
    options = parser.parse_args(argv)
    if options.self_test and (
        options.command or options.demo or options.read_only or options.inspect
    ):
        parser.error("--self-test geht nur allein oder mit --profile")
    if options.read_only or options.inspect:
        if options.demo or options.command:
            parser.error("--read-only/--inspect gelten nur für die Oberfläche, nicht mit --demo")
        if options.inspect and options.profile:
            parser.error("--inspect öffnet das Profil im Paket; --profile passt nicht dazu")
    return options


def add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")
    login = commands.add_parser("login", help="am Smart-Server anmelden")
    login.add_argument("--server", help="Server-Adresse (https://…)")
    login.add_argument("--email", help="E-Mail-Adresse")
    commands.add_parser("logout", help="abmelden und das gespeicherte Geheimnis löschen")
    sync = commands.add_parser("sync", help="einmal senden und abholen")
    sync.add_argument("--json", action="store_true")
    support = commands.add_parser(
        "support", help="als Support ein Mitglied nur lesend ansehen (Support-Konto)"
    )
    support.add_argument("--server", required=True, help="Server-Adresse (https://…)")
    support.add_argument("--email", required=True, help="E-Mail des Support-Kontos")
    support.add_argument("--member", required=True, help="Mitgliedsnummer oder E-Mail")
    orders = commands.add_parser("orders", help="Aufträge anzeigen, importieren, einreichen")
    verbs = orders.add_subparsers(dest="verb", metavar="AKTION", required=True)
    listing = verbs.add_parser("list", help="alle Aufträge")
    listing.add_argument("--json", action="store_true")
    show = verbs.add_parser("show", help="ein Auftrag mit Verlauf")
    show.add_argument("order_id")
    show.add_argument("--json", action="store_true")
    load = verbs.add_parser("import", help="einen Auftrag (JSON) als Entwurf anlegen")
    load.add_argument("file", type=Path)
    load.add_argument("--json", action="store_true")
    submit = verbs.add_parser("submit", help="einen Entwurf einreichen (sync sendet ihn)")
    submit.add_argument("order_id")
    submit.add_argument("--json", action="store_true")


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    if options.self_test:
        from .self_test import run_self_test

        return run_self_test(options.profile)
    from .platform.clock import Clock
    from .platform.paths import AppPaths
    from .storage.order_summaries import FIRST_PAGE_SIZE, FirstPagePrefetch

    demo_profile = None
    if options.demo and not options.command:
        import tempfile

        demo_profile = Path(tempfile.mkdtemp(prefix="smart-orders-demo-"))
        paths = AppPaths.for_profile(demo_profile)
    else:
        paths = AppPaths.for_profile(options.profile) if options.profile else AppPaths.default()
    if options.command == "support":
        from .support_cli import inspect_member

        return inspect_member(options, options.lang, options.quit_after_load)
    if options.command:
        from .headless import run

        return run(options, paths)
    if options.inspect:
        return inspect_bundle(options.inspect, options.lang, options.quit_after_load)
    # Started before Qt and the rest of the app are imported, to overlap with them.
    prefetch = FirstPagePrefetch(paths.database, FIRST_PAGE_SIZE, Clock().today())
    from .app import run_gui

    return run_gui(
        paths,
        options.lang,
        quit_after_load=options.quit_after_load,
        prefetch=prefetch,
        demo_profile=demo_profile,
        read_only=options.read_only,
    )


def inspect_bundle(bundle: Path, language: str | None, quit_after_load: bool = False) -> int:
    """--inspect: unpack the diagnostics bundle into a temporary folder and show the profile
    inside it read-only; the folder is deleted again on quit."""
    import shutil
    import tempfile

    from .services.diagnostics import BundleError, open_bundle

    folder = Path(tempfile.mkdtemp(prefix="smart-orders-inspect-"))
    try:
        from .storage.migrate import prepare_database

        try:
            paths = open_bundle(bundle, folder)
            # The unpacked copy is ours to throw away: an older schema is brought up to date
            # there, so that it can then be shown read-only like any current profile.
            prepare_database(paths.database, paths.backups_dir, full_check=False)
        except BundleError as problem:
            print(
                f"Das Diagnosepaket {bundle.name} lässt sich nicht öffnen: {problem.message}",
                file=sys.stderr,
            )
            return 2
        except Exception as problem:
            print(
                f"Das Diagnosepaket {bundle.name} lässt sich nicht öffnen: "
                f"{type(problem).__name__}: {problem}",
                file=sys.stderr,
            )
            return 2
        from .app import run_gui

        return run_gui(paths, language, quit_after_load, read_only=True, inspected=bundle.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
