"""Entry script PyInstaller freezes: the same `main` the `rekisteri` console script runs."""

import sys

from rekisteri.app import main

if __name__ == "__main__":
    sys.exit(main())
