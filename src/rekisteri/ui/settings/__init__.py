"""Settings pages, one module per feature area, listed in ``ui.settings_pane.SETTINGS_PAGES``."""
