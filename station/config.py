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
    data_dir: Path  # this workstation's folder: settings, logs, caches (and a single PC's data)
    database_url: str
    files_dir: Path | None = None  # photos and documents, when kept in a shared folder

    @property
    def files(self) -> Path:
        """Where the photos and archived documents are (the shared folder, or the data folder)."""
        return self.files_dir or self.data_dir

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Config:
        """The environment (``STATION_DATA_DIR``, ``STATION_DATABASE_URL``, ``STATION_FILES_DIR``)
        comes first, then this workstation's settings (设置 → 数据库连接), then the defaults: a
        SQLite file in the user data folder."""
        root = data_dir or Path(
            os.environ.get("STATION_DATA_DIR") or user_data_dir(APP_NAME, False)
        )
        settings = _read_json(root / SETTINGS_FILE)
        url = (
            os.environ.get("STATION_DATABASE_URL")
            or str(settings.get("database_url") or "")
            or f"sqlite:///{root / 'station.db'}"
        )
        files = os.environ.get("STATION_FILES_DIR") or str(settings.get("files_dir") or "")
        return cls(data_dir=root, database_url=url, files_dir=Path(files) if files else None)

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)

    # Small per-workstation preferences (language); the case data lives in the database.
    def read_settings(self) -> dict[str, object]:
        return _read_json(self.data_dir / SETTINGS_FILE)

    def write_settings(self, **values: object) -> None:
        """Merge ``values`` into the settings (a value of None removes the key). The file may
        hold the shared database's password: only its owner may read it."""
        settings = {k: v for k, v in (self.read_settings() | values).items() if v is not None}
        path = self.data_dir / SETTINGS_FILE
        self.ensure_dirs()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)


def _read_json(path: Path) -> dict[str, object]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
