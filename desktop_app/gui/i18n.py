"""Language set-up: German source strings, English through Qt Linguist files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.status import InvoiceStatus, OrderStatus
from ..platform.resources import translations_dir

log = logging.getLogger(__name__)

_state = {"language": "de"}


def language() -> str:
    return _state["language"]


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations; returns them to keep them alive."""
    _state["language"] = lang
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if lang == "de" else QLocale.Language.English,
            QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom,
        )
    )
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if lang != "de":
        ours = QTranslator(app)
        if ours.load(f"smart_orders_{lang}", str(translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no translation for %s in %s", lang, translations_dir())
    return installed


def status_text(status: OrderStatus | InvoiceStatus) -> str:
    return status.label(_state["language"])
