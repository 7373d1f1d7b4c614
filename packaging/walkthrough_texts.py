"""What the walkthrough types into the demo, per language (packaging/walkthrough.py)."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, Any]] = {
    "de": {
        "client": "Jazz",
        "budget": "B-10001-1",  # picked by id from the listed budgets
        "contact": "Mira Kessler",
        "email": "mira.kessler@example.org",
        "order": "Livemusik beim Sommerfest 2027",
        "service": "Konzert des Trios „Nachtfalter“ (3 Musiker*innen, 2 × 45 Minuten) "
        "inklusive Soundcheck und eigener Verstärkung.",
        "items": [
            ("Konzert, 2 Sets", "1", "Pauschale", "1.800,00"),
            ("Anfahrt", "220", "km", "0,30"),
        ],
        "reason_start": "Die Kundin ",
        "reason_rest": "hat das Sommerfest wegen Bauarbeiten abgesagt.",
    },
    "en": {
        "client": "Jazz",
        "budget": "B-10001-1",
        "contact": "Mira Kessler",
        "email": "mira.kessler@example.org",
        "order": "Live music at the 2027 summer party",
        "service": "Concert by the trio “Nachtfalter” (3 musicians, 2 × 45 minutes) "
        "including sound check and own amplification.",
        "items": [
            ("Concert, 2 sets", "1", "flat fee", "1,800.00"),
            ("Travel", "220", "km", "0.30"),
        ],
        "reason_start": "The client ",
        "reason_rest": "called off the summer party because of building works.",
    },
}
