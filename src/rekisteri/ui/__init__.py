"""The PySide6 desktop UI. It reaches the register only through ``rekisteri.core.register``."""
