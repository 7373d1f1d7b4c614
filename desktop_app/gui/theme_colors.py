"""The app's own colours for the light and the dark scheme, as plain data (no Qt), so that
a unit test can check every text/background pair for contrast (WCAG AA, 4.5:1).

``gui.theme`` turns these into QColors, style sheets and the dark QPalette.
"""

from __future__ import annotations

LIGHT = "light"
DARK = "dark"
SCHEMES = (LIGHT, DARK)

# The palette Qt's Fusion style uses for light (for the contrast check only: the light
# scheme keeps whatever the platform provides, which is at least as light as this).
LIGHT_PALETTE: dict[str, str] = {
    "Window": "#efefef",
    "WindowText": "#000000",
    "Base": "#ffffff",
    "AlternateBase": "#f7f7f7",
    "Text": "#000000",
    "Button": "#efefef",
    "ButtonText": "#000000",
    "Highlight": "#308cc6",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "Link": "#0000ff",
}

# The dark palette installed (with the Fusion style) when the platform cannot go dark itself.
DARK_PALETTE: dict[str, str] = {
    "Window": "#2b2b2b",
    "WindowText": "#e8e8e8",
    "Base": "#1e1e1e",
    "AlternateBase": "#272727",
    "Text": "#e8e8e8",
    "Button": "#363636",
    "ButtonText": "#e8e8e8",
    "BrightText": "#ffb4ab",
    "Highlight": "#2f65a8",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#f0f0f0",
    "PlaceholderText": "#a6a6a6",
    "Link": "#8ab4f8",
    "LinkVisited": "#c9a2f5",
    "Light": "#4a4a4a",
    "Midlight": "#3d3d3d",
    "Mid": "#6b6b6b",
    "Dark": "#191919",
    "Shadow": "#000000",
}
# Disabled controls: dimmed, still legible (WCAG exempts them from 4.5:1; these keep 3:1).
DARK_DISABLED: dict[str, str] = {
    "WindowText": "#8c8c8c",
    "Text": "#8c8c8c",
    "ButtonText": "#8c8c8c",
    "Highlight": "#4a4a4a",
    "HighlightedText": "#a0a0a0",
}

# Semantic colours: what the app draws itself (error text, badges, banners, urgent cells).
COLORS: dict[str, dict[str, str]] = {
    LIGHT: {
        "error_text": "#b3261e",
        "error_badge_fg": "#ffffff",
        "error_badge_bg": "#b3261e",
        "warning_badge_fg": "#1f1f1f",
        "warning_badge_bg": "#f4c430",
        "info_banner_fg": "#0b2a55",
        "info_banner_bg": "#dbe9ff",
        "notice_banner_fg": "#3d2f00",
        "notice_banner_bg": "#fff3c4",
        "pending_text": "#7a5a00",
        # Marked cells (e.g. an invoice line beside its order line): text on three tints.
        "mark_fg": "#1b1b1b",
        "mark_share_bg": "#dcecff",
        "mark_changed_bg": "#ffe9b3",
        "mark_one_side_bg": "#fbd9d6",
    },
    DARK: {
        "error_text": "#ffb4ab",
        "error_badge_fg": "#ffdad6",
        "error_badge_bg": "#8c1d18",
        "warning_badge_fg": "#ffe08b",
        "warning_badge_bg": "#4d3a00",
        "info_banner_fg": "#d6e3ff",
        "info_banner_bg": "#1c3560",
        "notice_banner_fg": "#ffe8a3",
        "notice_banner_bg": "#45370a",
        "pending_text": "#e9c46a",
        "mark_fg": "#f0f0f0",
        "mark_share_bg": "#1c3560",
        "mark_changed_bg": "#4d3a00",
        "mark_one_side_bg": "#5c1f1b",
    },
}

# Text colours drawn straight on the palette's backgrounds (labels, table cells).
TEXT_ON_PALETTE: dict[str, tuple[str, ...]] = {
    "error_text": ("Window", "Base", "AlternateBase"),
    "pending_text": ("Base", "AlternateBase"),
}
# Foreground/background pairs that always appear together (badges and banners).
PAIRS: tuple[tuple[str, str], ...] = (
    ("error_badge_fg", "error_badge_bg"),
    ("warning_badge_fg", "warning_badge_bg"),
    ("info_banner_fg", "info_banner_bg"),
    ("notice_banner_fg", "notice_banner_bg"),
    ("mark_fg", "mark_share_bg"),
    ("mark_fg", "mark_changed_bg"),
    ("mark_fg", "mark_one_side_bg"),
)
# Pairs of the palette itself.
PALETTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("Link", "Base"),
)


def palette_of(scheme: str) -> dict[str, str]:
    return DARK_PALETTE if scheme == DARK else LIGHT_PALETTE
