"""Import of contacts (CSV, vCard) and export of mailing lists and the whole register."""
