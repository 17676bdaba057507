"""PDF reports (reportlab): the privacy notice, the access pack, the review minutes."""
