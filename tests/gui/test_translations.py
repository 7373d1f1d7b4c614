"""Translations: complete, placeholders kept, in step with the code; forms in step with .ui."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n as tooling  # noqa: E402

TS = ROOT / "resources" / "translations" / "smart_orders_en.ts"
QM = TS.with_suffix(".qm")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\d+|n)", text))


def test_english_translation_is_complete_and_keeps_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 100
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            context,
            source,
        )
        assert (translation.text or "").strip(), (context, source)
        assert _placeholders(translation.text or "") == _placeholders(source), (context, source)
        if "&" in source.replace("&&", ""):
            assert "&" in (translation.text or ""), f"mnemonic lost: {source}"


def test_ts_file_lists_every_string_of_the_code(tmp_path: Path) -> None:
    """Running lupdate again finds nothing new: no German string is left untranslated."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    tooling.update([copy])
    before = {(c, s) for c, s, _ in _messages(TS)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), "new strings: run packaging/i18n.py update and translate"
    assert before - after == set(), "strings no longer in the code: run packaging/i18n.py update"


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    tooling.release(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run packaging/i18n.py release"


def test_english_translator_translates_the_ui(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Neuer Entwurf") == "&New draft"
        assert (
            QCoreApplication.translate("ProblemTexts", "Das ist keine gültige E-Mail-Adresse.")
            == "This is not a valid e-mail address."
        )
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_forms_match_their_ui_files(ui_file: Path, tmp_path: Path) -> None:
    generated = ROOT / "desktop_app" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    fresh = tmp_path / generated.name
    subprocess.run([tooling.tool("pyside6-uic"), str(ui_file), "-o", str(fresh)], check=True)

    def body(path: Path) -> list[str]:
        # The header names the uic version; the code below it must match.
        return [line for line in path.read_text().splitlines() if not line.startswith("##")]

    assert body(fresh) == body(generated), f"regenerate {generated.name} from {ui_file.name}"
