"""Reminders that reach the owner when the app is closed: an iCalendar file of the dates the
register must keep (the next review, each open request's due date).

``sources`` gathers them, ``ical`` writes the file, ``service`` (``register.reminders``)
keeps it where the owner chose, and ``hook`` rewrites it after the changes that move a date.
Nothing is imported here: the feature services import ``hook`` while they load, and it must
not pull the rest (the requests, icalendar) in with it.
"""
