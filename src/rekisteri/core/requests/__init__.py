"""Data-subject requests: the log and its legal month, the access pack, acting on requests."""

from rekisteri.core.requests.service import RequestService

__all__ = ["RequestService"]
