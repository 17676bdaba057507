"""Synthetic vCards for the import figure: deterministic, Finnish, never real people."""

from __future__ import annotations

import random

FIRST = ("Aino", "Eino", "Helmi", "Juhani", "Kaisa", "Lauri", "Päivi", "Väinö", "Åsa", "Oskari")
LAST = ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen")
ORGS = ("Kuusamon Kirjapaino Oy", "Lapin Luontomatkat Ky", "Saimaan Sähkötyö Oy", "")
CITIES = (("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu"))


def vcards(count: int, seed: int = 7) -> str:
    """``count`` vCard 3.0 cards in one text, as a phone or mail client exports them."""
    rng = random.Random(seed)
    cards = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        postcode, city = rng.choice(CITIES)
        org = rng.choice(ORGS)
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{last};{first};;;",
            f"FN:{first} {last}",
            f"EMAIL;TYPE=INTERNET:vcard{i}.{last.lower()}@example.fi",
            f"TEL;TYPE=CELL:+35840{rng.randint(1000000, 9999999)}",
            f"ADR;TYPE=HOME:;;Testikatu {rng.randint(1, 99)};{city};;{postcode};Finland",
        ]
        if org:
            lines.append(f"ORG:{org}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards) + "\r\n"
