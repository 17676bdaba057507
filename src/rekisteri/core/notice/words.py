"""Finnish and Swedish words matched as words, inflection included.

A notice says "nimeä", "nimen" or "nimet" where the register's field is "nimi", and
"adresser" where it is "adress". A plain substring test misses those and matches the wrong
things ("oikeusperuste" contains "oikeu", the start of "oikeudet"). Each word is reduced to
a stem with the Snowball stemmer of its language (``snowballstemmer``), then a final vowel
is dropped so that the stem also covers the forms where Finnish changes it (nimi → nime-,
tunnus → tunnukse-):
a text word matches when it begins with the stem and is a whole word of the text.
"""

from __future__ import annotations

import re
from functools import cache

import snowballstemmer

_LANG = {"fi": "finnish", "sv": "swedish", "en": "english"}
_WORD = re.compile(r"[\w-]+", re.UNICODE)
_VOWELS = "aeiouyåäö"
MIN_STEM = 3


@cache
def _stemmer(language: str) -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer(_LANG.get(language, "finnish"))


@cache
def stem(word: str, language: str) -> str:
    """The part every inflected form of ``word`` begins with (lower case)."""
    w = word.lower()
    s = _stemmer(language).stemWord(w)
    if language == "fi" and len(s) > MIN_STEM + 1 and s[-1] == "s" and s[-2] in _VOWELS:
        s = s[:-1]  # tunnus → tunnuksen, vastaus → vastauksen
    while len(s) > MIN_STEM and s[-1] in _VOWELS:
        s = s[:-1]
    if len(s) > MIN_STEM + 1 and s[-1] == s[-2] and s[-1] not in _VOWELS:
        s = s[:-1]  # nummer → numret, tehtävänimike → -nimikkeen
    return s if len(s) >= MIN_STEM else w


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def mentions(text: str, phrase: str, language: str) -> bool:
    """``text`` names ``phrase`` (one or more words), in any inflected form."""
    wanted = [stem(w, language) for w in words(phrase)]
    if not wanted:
        return False
    tokens = words(text)
    n = len(wanted)
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + j].startswith(wanted[j]) for j in range(n)):
            return True
    return False
