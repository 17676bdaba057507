"""The Qt-free domain: everything a test or a script can use without a screen.

Rule of the house: nothing under ``rekisteri.core`` imports PySide6 (a test enforces it).
"""
