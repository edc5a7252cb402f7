"""Where Station keeps its data, and which database it opens."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Station"
SETTINGS_FILE = "settings.json"


def resources_dir() -> Path:
    """Translations, icons and document assets: inside the installed package, else the source tree."""
    installed = Path(__file__).with_name("resources")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Config:
        """``STATION_DATA_DIR`` and ``STATION_DATABASE_URL`` override the defaults."""
        root = data_dir or Path(
            os.environ.get("STATION_DATA_DIR") or user_data_dir(APP_NAME, False)
        )
        url = os.environ.get("STATION_DATABASE_URL") or f"sqlite:///{root / 'station.db'}"
        return cls(data_dir=root, database_url=url)

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)

    # Small per-workstation preferences (language); the case data lives in the database.
    def read_settings(self) -> dict[str, object]:
        path = self.data_dir / SETTINGS_FILE
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def write_settings(self, **values: object) -> None:
        settings = self.read_settings() | values
        path = self.data_dir / SETTINGS_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
