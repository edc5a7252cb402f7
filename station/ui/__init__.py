"""The PySide6 face of Station: a thin layer over station.services."""
