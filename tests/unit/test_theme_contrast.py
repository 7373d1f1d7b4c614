"""Every colour pair the app draws reaches WCAG AA contrast (4.5:1 for text) in both the
light and the dark scheme; the appearance setting falls back like the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.gui.theme_colors import (
    COLORS,
    DARK,
    DARK_DISABLED,
    PAIRS,
    PALETTE_PAIRS,
    SCHEMES,
    TEXT_ON_PALETTE,
    palette_of,
)
from desktop_app.platform.settings import load_settings

AA_TEXT = 4.5


def _luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG 2.x defines it."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey


@pytest.mark.parametrize("scheme", SCHEMES)
def test_badges_and_banners_are_readable(scheme: str) -> None:
    colours = COLORS[scheme]
    for fg, bg in PAIRS:
        ratio = contrast(colours[fg], colours[bg])
        assert ratio >= AA_TEXT, f"{scheme}: {fg} on {bg} only {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_text_colours_are_readable_on_the_palette(scheme: str) -> None:
    palette = palette_of(scheme)
    for name, backgrounds in TEXT_ON_PALETTE.items():
        for background in backgrounds:
            ratio = contrast(COLORS[scheme][name], palette[background])
            assert ratio >= AA_TEXT, f"{scheme}: {name} on {background} only {ratio:.2f}:1"


def test_the_dark_palette_itself_is_readable() -> None:
    # Only the dark palette is ours: light keeps the platform's (Fusion's selection, white
    # on #308cc6, has 3.7:1 and is not the app's to change).
    palette = palette_of(DARK)
    for fg, bg in PALETTE_PAIRS:
        ratio = contrast(palette[fg], palette[bg])
        assert ratio >= AA_TEXT, f"dark: {fg} on {bg} only {ratio:.2f}:1"


def test_disabled_text_in_dark_stays_legible_but_dimmed() -> None:
    palette = palette_of(DARK)
    for role in ("WindowText", "Text", "ButtonText"):
        for background in ("Window", "Base", "Button"):
            ratio = contrast(DARK_DISABLED[role], palette[background])
            assert ratio >= 3.0, f"disabled {role} on {background}: {ratio:.2f}:1"
        assert contrast(DARK_DISABLED[role], palette["Window"]) < contrast(
            palette[role], palette["Window"]
        )


def test_both_schemes_define_the_same_colours() -> None:
    light, dark = (set(COLORS[s]) for s in SCHEMES)
    assert light == dark
    used = {name for pair in PAIRS for name in pair} | set(TEXT_ON_PALETTE)
    assert used <= light
    for scheme in SCHEMES:  # the schemes differ: a dark copy of light would fail here
        assert (
            COLORS[scheme]["error_text"]
            != COLORS[SCHEMES[0] if scheme == DARK else DARK]["error_text"]
        )


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("dark", "dark"),
        ("light", "light"),
        ("system", "system"),
        ("purple", "system"),
        (1, "system"),
    ],
)
def test_appearance_setting_falls_back(tmp_path: Path, stored: object, expected: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"appearance": stored, "sync_minutes": 7}), encoding="utf-8")
    settings = load_settings(path)
    assert settings.appearance == expected
    assert settings.sync_minutes == 7  # the other values survive a bad appearance
