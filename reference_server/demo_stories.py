"""The demo member's orders as stories (played by demo_orders.py): Jana Weber, stage designer,
photographer and translator, with her personal budget and the Lindenhof collective's. Every
day is an offset from the server's today; the clients are in demo_clients.py.
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.status import OrderStatus as S

from . import demo_actions as do
from .demo_clients import (
    AMSTEL,
    COLLECTIVE,
    DONAUKANAL,
    FEUERWACHE,
    HELVETIA,
    HOFFMANN,
    JAZZCLUB,
    KAFFEE,
    LINDE,
    LUMIERE,
    THEATER,
    VERLAG,
    Offers,
    Story,
)

__all__ = ["Story", "demo_stories"]


def demo_stories(today: date, member_id: int) -> list[Story]:
    offer = Offers(today, member_id)
    krause = ("Miriam Krause", "m.krause@theater-lindenhof.example")
    petersen = ("Jonas Petersen", "j.petersen@hanse-kaffee.example")
    roth = ("Sabine Roth", "roth@alte-feuerwache.example")
    return [
        Story(
            "buehnenbild",
            S.ACTIVE,  # invoice 1 paid; invoice 2 a draft whose invoice date is in 3 days
            offer(
                "buehnenbild",
                THEATER,
                krause,
                (
                    "Bühnenbild „Der Sturm“ – Sommerfestival",
                    "Entwurf, Modellbau und Bauleitung des Bühnenbilds für die Inszenierung "
                    "„Der Sturm“ im Rahmen des Sommerfestivals.",
                ),
                (-35, 10),
                [
                    ("Entwurf und Modell des Bühnenbilds", "1", "Pauschal", 240000),
                    ("Bauleitung in der Werkstatt", "6", "Tage", 48000),
                ],
                invoices=(-20, 3),
                valid=-38,
            ),
            (-45, "09:40"),
            (
                (-44, "11:15", do.approve),
                (-42, "16:02", do.client_accept),
                (
                    -30,
                    "10:12",
                    do.comment(
                        "member",
                        "Die Maße der Drehbühne habe ich per E-Mail an Frau Krause nachgereicht.",
                    ),
                ),
                (-6, "10:30", do.invoice_paid(1)),
            ),
        ),
        Story(
            "corporate_design",
            S.ACTIVE,  # its invoice awaits an update the member asked for
            offer(
                "corporate_design",
                KAFFEE,
                petersen,
                (
                    "Corporate Design Relaunch Hanse Kaffee",
                    "Überarbeitung von Logo, Farbwelt und Typografie; Gestaltung der "
                    "Verpackungsetiketten für vier Sorten; Styleguide als PDF.",
                ),
                (-20, 4),
                [
                    ("Konzept und Logoüberarbeitung", "1", "Pauschal", 180000),
                    ("Etikettengestaltung", "4", "Sorten", 35000),
                ],
                invoices=(5,),
                valid=-14,
            ),
            (-24, "09:05"),
            (
                (-23, "14:20", do.approve),
                (-21, "10:47", do.client_accept),
                (
                    -1,
                    "11:30",
                    do.invoice_change_request(
                        1,
                        "Bitte die Bestellnummer PO-2291 der Hanse Kaffeerösterei auf der "
                        "Rechnung angeben.",
                    ),
                ),
                (-1, "15:10", do.support_inspection),
            ),
        ),
        Story(
            "fotoreportage",
            S.ACTIVE,  # instalment 1 issued, instalment 2 not drafted yet
            offer(
                "fotoreportage",
                LUMIERE,
                ("Camille Durand", "c.durand@atelier-lumiere.example"),
                (
                    "Fotoreportage Weinlese im Beaujolais",
                    "Reportage über die Weinlese auf drei Weingütern im Beaujolais; 120 "
                    "bearbeitete Bilder mit Nutzungsrechten für Print und Web.",
                ),
                (-14, 12),
                [
                    ("Reportagetag", "5", "Tage", 65000),
                    ("Bildbearbeitung und Nutzungsrechte", "1", "Pauschal", 90000),
                ],
                invoices=(-4, 20),
                valid=-17,
            ),
            (-22, "08:55"),
            ((-21, "10:05", do.approve), (-19, "18:31", do.client_accept)),
        ),
        Story(
            "siebdruck",
            S.ACTIVE,  # client confirmation skipped; instalment 1 disputed
            offer(
                "siebdruck",
                FEUERWACHE,
                roth,
                (
                    "Workshopreihe Siebdruck für Jugendliche",
                    "Fünf Workshoptage Siebdruck mit Jugendlichen von 12 bis 16 Jahren, "
                    "inklusive Material und Abschlusspräsentation.",
                ),
                (-40, 20),
                [
                    ("Workshoptag Siebdruck", "5", "Tage", 52000),
                    ("Material (Farben, Siebe, Papier)", "1", "Pauschal", 38000),
                ],
                invoices=(-15, 25),
                valid=None,
                budget=COLLECTIVE,
                skip_client_confirmation=True,
                special_agreement="Kooperationsvertrag mit dem Kulturzentrum ist unterschrieben "
                "und liegt Smart per E-Mail vor.",
            ),
            (-46, "10:00"),
            (
                (-45, "09:30", do.approve),
                (
                    -9,
                    "14:00",
                    do.invoice_disputed(
                        1,
                        "Das Kulturzentrum bestreitet die Zahl der abgerechneten Workshoptage "
                        "(4 statt 5).",
                    ),
                ),
                (
                    -8,
                    "09:40",
                    do.comment(
                        "staff",
                        "Wir klären den dritten Workshoptag mit dem Kulturzentrum. Bitte "
                        "schicke uns die Teilnahmeliste.",
                    ),
                ),
                (
                    -7,
                    "20:15",
                    do.comment(
                        "member",
                        "Die Teilnahmeliste mit allen fünf Terminen habe ich an "
                        "members@smartde.coop geschickt.",
                    ),
                ),
            ),
        ),
        Story(
            "katalog",
            S.CANCELLATION_REVIEW,
            offer(
                "katalog",
                AMSTEL,
                ("Daan de Vries", "d.devries@kunstruimte-amstel.example"),
                (
                    "Übersetzung Ausstellungskatalog NL–DE",
                    "Übersetzung der Katalogtexte (ca. 28.000 Wörter) aus dem "
                    "Niederländischen ins Deutsche, inklusive Korrekturdurchgang.",
                ),
                (-8, 25),
                [
                    ("Fachübersetzung NL–DE", "28000", "Wörter", 14),
                    ("Korrekturdurchgang", "1", "Pauschal", 45000),
                ],
                invoices=(30,),
                valid=-5,
            ),
            (-14, "13:25"),
            (
                (-13, "09:50", do.approve),
                (-10, "11:02", do.client_accept),
                (
                    -1,
                    "17:45",
                    do.request_cancellation(
                        "Das Museum hat die Ausstellung auf unbestimmte Zeit verschoben. Der "
                        "Katalog wird nicht gedruckt, die Übersetzung wird nicht mehr benötigt; "
                        "bisher sind nur Vorarbeiten angefallen."
                    ),
                ),
            ),
        ),
        Story(
            "moderation",
            S.CANCELLED,  # its invoice draft was cancelled with it
            offer(
                "moderation",
                DONAUKANAL,
                ("Lukas Gruber", "gruber@galerie-donaukanal.example"),
                (
                    "Moderation Podiumsdiskussion „Kunst und Klima“",
                    "Vorbereitung und Moderation einer Podiumsdiskussion mit vier Gästen "
                    "(ca. 90 Minuten), inklusive Vorgesprächen.",
                ),
                (-12, -12),
                [("Moderation inkl. Vorbereitung", "1", "Pauschal", 85000)],
                invoices=(-12,),
                valid=-25,
            ),
            (-32, "12:00"),
            (
                (-31, "10:40", do.approve),
                (-29, "09:12", do.client_accept),
                (
                    -16,
                    "08:20",
                    do.request_cancellation(
                        "Die Galerie hat die Veranstaltung abgesagt, weil zwei der vier Gäste "
                        "erkrankt sind; ein Ersatztermin ist nicht geplant."
                    ),
                ),
                (-13, "10:00", do.approve_cancellation),
            ),
        ),
        Story(
            "keramik",
            S.REJECTED,  # by Smart: sale of goods
            offer(
                "keramik",
                LINDE,
                ("Thomas Brenner", "brenner@zur-linde.example"),
                (
                    "Keramikgeschirr für das Restaurant Zur Linde",
                    "Herstellung und Lieferung von 80 Tellern und 40 Schalen, handgedreht.",
                ),
                (10, 40),
                [
                    ("Teller, handgedreht", "80", "Stück", 3800),
                    ("Schale, handgedreht", "40", "Stück", 2900),
                ],
                invoices=(45,),
                valid=9,
                budget=COLLECTIVE,
            ),
            (-5, "13:20"),
            (
                (
                    -4,
                    "10:05",
                    do.staff_reject(
                        "Herstellung und Verkauf von Waren sind über Smart nicht möglich. Soll "
                        "nur der Entwurf beauftragt werden, lege bitte einen neuen Auftrag an."
                    ),
                ),
            ),
        ),
        Story(
            "kinderbuch",
            S.REJECTED,  # by the client
            offer(
                "kinderbuch",
                VERLAG,
                ("Friederike Lange", "f.lange@verlag-morgenrot.example"),
                (
                    "Illustrationen Kinderbuch „Die Wolkenfabrik“",
                    "Zwölf farbige Illustrationen und die Umschlaggestaltung; Einräumung der "
                    "Nutzungsrechte für Buch und E-Book.",
                ),
                (5, 60),
                [
                    ("Illustration, farbig", "12", "Stück", 28000),
                    ("Umschlaggestaltung", "1", "Pauschal", 60000),
                ],
                invoices=(30, 65),
                valid=-1,
                reduced_vat=True,
            ),
            (-11, "10:30"),
            (
                (-10, "12:15", do.approve),
                (
                    -8,
                    "16:48",
                    do.client_reject(
                        "Das Budget für die Illustrationen wurde im Verlagsprogramm gestrichen."
                    ),
                ),
            ),
        ),
        Story(
            "sounddesign",
            S.REJECTED,  # the offer's validity passed without an answer
            offer(
                "sounddesign",
                HELVETIA,
                ("Nadia Keller", "n.keller@helvetia-kultur.example"),
                (
                    "Sounddesign Imagefilm der Stiftung",
                    "Sounddesign und Mischung für einen dreiminütigen Imagefilm; Lieferung als "
                    "Stereo- und 5.1-Mix.",
                ),
                (10, 25),
                [("Sounddesign und Mischung", "1", "Pauschal", 210000)],
                invoices=(28,),
                valid=-6,
            ),
            (-13, "15:00"),
            (
                (-12, "09:20", do.approve),
                (
                    -8,
                    "10:05",
                    do.comment("member", "Ich habe Frau Keller an die Bestätigung erinnert."),
                ),
            ),
        ),
        Story(
            "hochzeit",
            S.COMPLETED,  # for a private person; its invoice is paid
            offer(
                "hochzeit",
                HOFFMANN,
                ("Katrin Hoffmann", "katrin.hoffmann@posteo.example"),
                (
                    "Hochzeitsreportage Hoffmann & Yılmaz",
                    "Fotografische Begleitung der Hochzeit (Trauung, Empfang, Feier; 9 Stunden) "
                    "und 250 bearbeitete Bilder als Online-Galerie.",
                ),
                (-21, -14),
                [
                    ("Fotografische Begleitung", "9", "Stunden", 15000),
                    ("Bildbearbeitung und Online-Galerie", "1", "Pauschal", 65000),
                ],
                invoices=(-10,),
                valid=-50,
            ),
            (-60, "21:10"),
            (
                (-59, "10:00", do.approve),
                (-57, "19:36", do.client_accept),
                (-3, "11:20", do.invoice_paid(1)),
            ),
        ),
        Story(
            "website",
            S.SMART_REVIEW,  # submitted yesterday
            offer(
                "website",
                FEUERWACHE,
                roth,
                (
                    "Übersetzung Website EN–DE",
                    "Übersetzung und Lektorat der englischen Programmseiten "
                    "(ca. 6.500 Wörter) ins Deutsche.",
                ),
                (7, 21),
                [
                    ("Übersetzung EN–DE", "6500", "Wörter", 12),
                    ("Lektorat", "6", "Stunden", 6500),
                ],
                invoices=(28,),
                valid=10,
                budget=COLLECTIVE,
            ),
            (-1, "16:20"),
            (),
        ),
        Story(
            "theaterworkshop",
            S.SMART_REVIEW,  # back with Smart: the client asked for changes
            offer(
                "theaterworkshop",
                THEATER,
                krause,
                (
                    "Theaterpädagogischer Workshop Herbstferien",
                    "Viertägiger Workshop „Spiel mit Masken“ für Kinder von 8 bis 12 Jahren, "
                    "je 4 Stunden, inklusive Vorbereitung.",
                ),
                (20, 23),
                [("Workshoptag", "4", "Tage", 42000)],
                invoices=(30,),
                valid=12,
            ),
            (-9, "10:10"),
            (
                (-8, "09:00", do.approve),
                (
                    -6,
                    "13:40",
                    do.client_request_changes(
                        "Bitte den Workshop auf drei Tage kürzen, der vierte Tag fällt in die "
                        "Schulzeit."
                    ),
                ),
                (
                    -5,
                    "09:15",
                    do.comment(
                        "member",
                        "Mit Frau Krause besprochen: drei Workshoptage, also 1.260 € netto. "
                        "Bitte die Position anpassen.",
                    ),
                ),
            ),
        ),
        Story(
            "plakat",
            S.CLIENT_CONFIRMATION,  # the offer is valid until tomorrow
            offer(
                "plakat",
                JAZZCLUB,
                ("Ole Schneider", "ole.schneider@blauer-mond.example"),
                (
                    "Plakat und Flyer Jazzfestival",
                    "Gestaltung des Festivalplakats (A1, A3) und des Flyers (DIN lang) "
                    "inklusive Druckdaten.",
                ),
                (3, 14),
                [
                    ("Plakatgestaltung", "1", "Pauschal", 95000),
                    ("Flyer-Adaption", "1", "Pauschal", 30000),
                ],
                invoices=(15,),
                valid=1,
            ),
            (-6, "11:00"),
            ((-5, "10:20", do.approve),),
        ),
        Story(
            "fotoworkshop",
            S.CLIENT_CONFIRMATION,  # the offer is valid for another week
            offer(
                "fotoworkshop",
                KAFFEE,
                petersen,
                (
                    "Fotoworkshop für Auszubildende",
                    "Eintägiger Workshop Produktfotografie mit dem Smartphone für acht "
                    "Auszubildende, inklusive Handout.",
                ),
                (21, 21),
                [
                    ("Workshop Produktfotografie", "1", "Tag", 85000),
                    ("Handout und Vorbereitung", "1", "Pauschal", 15000),
                ],
                invoices=(25,),
                valid=7,
            ),
            (-3, "09:45"),
            ((-2, "15:30", do.approve),),
        ),
    ]
