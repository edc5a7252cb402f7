"""The bundled program's entry point (PyInstaller runs this file)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Photo encoding runs in worker processes; in a frozen program a worker starts this same
    # executable, and freeze_support() turns it into the worker instead of a second Station.
    multiprocessing.freeze_support()
    from station.cli import main

    sys.exit(main())
