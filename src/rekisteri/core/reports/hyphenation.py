"""Hyphenation of long Finnish words for reportlab paragraphs.

Finnish splits into syllables by one regular rule: a syllable break comes
before the consonant that precedes a vowel ("tie-to-suo-ja-se-los-te"). That is
enough to wrap words like "henkilötietojen" cleanly without a dictionary
package. Other languages fall back to reportlab's splitting of over-long words.

The rule goes wrong where a compound's second part starts with a vowel: it would
carry the first part's last consonant over ("viranomainen" -> "vira-nomainen").
Compound breaks win over syllable breaks, so the break moves to the boundary
("viran-omainen") for the vowel-initial parts our documents use most.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")
MIN_HEAD = 2
MIN_TAIL = 3
# Vowel-initial second parts of compounds common in notices and letters: "viranomainen",
# "yhteydenotto", "säilytysaika", "lyhytaikainen", "yritysasiakas", "rikosilmoitus".
COMPOUND_TAILS = (
    "omai", "otto", "otos", "oton", "otot", "aika", "aikai", "ajan", "asiak", "alue", "oikeu",
    "osoit", "ilmoit", "ehdo", "arvio",
)  # fmt: skip


def finnish_breaks(word: str) -> list[int]:
    """Indexes at which `word` may be hyphenated."""
    breaks = []
    for i in range(1, len(word) - 1):
        here, nxt, prev = word[i], word[i + 1], word[i - 1]
        if (
            here.isalpha()
            and here not in VOWELS
            and nxt in VOWELS
            and prev.isalpha()
            and i >= MIN_HEAD
            and sum(c.isalpha() for c in word[i:]) >= MIN_TAIL
        ):
            compound = word[i + 1 :].lower().startswith(COMPOUND_TAILS)
            breaks.append(i + 1 if compound else i)
    return breaks


def finnish_hyphenator(word: str) -> Iterator[tuple[str, str]]:
    """(head, tail) pairs, longest head first, in the shape reportlab expects of pyphen."""
    for i in reversed(finnish_breaks(word)):
        yield word[:i], word[i:]


def hyphenator_for(language: str) -> Callable[[str], Iterator[tuple[str, str]]] | None:
    return finnish_hyphenator if language == "fi" else None
