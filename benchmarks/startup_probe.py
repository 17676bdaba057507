"""Child process of the start-up figure: starts the real app and says when it is usable.

``python -m benchmarks.startup_probe --db PATH`` runs ``rekisteri.app.main`` as the
``rekisteri`` command does. Before Qt's event loop starts, a timer is slipped in that
watches for the main window with the first page of the customer list, then prints
``READY <peak RSS in KiB>`` and quits the app. The parent times process start to READY.
"""

from __future__ import annotations

import os
import sys


def _peak_rss_kib() -> int:
    """Peak resident memory of this program only.

    On Linux ``VmHWM`` is the peak of the current address space; ``ru_maxrss`` would also
    count the parent's memory, inherited across fork and exec.
    """
    status = "/proc/self/status"
    if os.path.exists(status):
        with open(status, encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    try:
        import resource
    except ImportError:  # Windows
        return -1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def _usable() -> bool:
    """A visible main window whose list view already holds rows."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            for view in widget.findChildren(QAbstractItemView):
                model = view.model()
                if view.isVisible() and model is not None and model.rowCount() > 0:
                    return True
    return False


def _install_watch() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def watch() -> None:
        if _usable():
            print(f"READY {_peak_rss_kib()}", flush=True)
            QApplication.quit()
        else:
            QTimer.singleShot(2, watch)

    def exec_with_watch(*_args: object) -> int:
        QTimer.singleShot(0, watch)
        return original()

    # Patched on purpose: once the event loop runs, the probe watches for a usable window.
    QApplication.exec = exec_with_watch  # type: ignore[method-assign]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _install_watch()
    from rekisteri.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
