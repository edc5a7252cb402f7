"""Shared fixtures: a fresh station in a tmp dir per test, real photos from face_recognition's sdist."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from station.config import Config
from station.domain.enums import Role
from station.services.container import Services
from station.store.models import StaffPublic
from tests import postgres

ADMIN_PASSWORD = "station-admin-1"
PHOTO_CACHE = Path(
    os.environ.get("STATION_TEST_PHOTOS", Path.home() / ".cache" / "station-test-photos")
)
SDIST = "face_recognition-1.3.0.tar.gz"


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 14, 2, 30, tzinfo=dt.UTC))  # 10:30 in Beijing


@pytest.fixture
def backend() -> str:
    """The database kind a test runs on; store and service tests run on both (see their conftest)."""
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_template():
    name = postgres.create_template()
    yield name
    postgres.drop(name)


@pytest.fixture
def config(tmp_path: Path, backend: str, request: pytest.FixtureRequest, monkeypatch):
    """The test's station; ``station`` commands run by the test open the same one."""
    data_dir = tmp_path / "data"
    if backend == "sqlite":
        monkeypatch.delenv("STATION_DATABASE_URL", raising=False)
        yield Config(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'station.db'}")
        return
    name = postgres.fresh_database(request.getfixturevalue("postgres_template"))
    url = postgres.url_of(name)
    monkeypatch.setenv("STATION_DATABASE_URL", url)
    yield Config(data_dir=data_dir, database_url=url)
    postgres.drop(name)


@pytest.fixture
def services(config: Config, clock: FixedClock):
    svc = Services.open(config, now=clock, busy_timeout=2.0)
    yield svc
    svc.close()


@pytest.fixture
def admin(services: Services) -> StaffPublic:
    services.auth.create_first_admin(
        username="admin", display_name="王站长", password=ADMIN_PASSWORD
    )
    return services.auth.login("admin", ADMIN_PASSWORD)


@pytest.fixture
def clerk(services: Services, admin: StaffPublic) -> StaffPublic:
    services.auth.create_staff(
        admin, username="li", display_name="李登记", password="clerk-pass-1", role=Role.CLERK
    )
    first = services.auth.login("li", "clerk-pass-1")
    return services.auth.change_password(first, "clerk-pass-1", "clerk-own-pass-2")


def _download_sdist() -> Path:
    PHOTO_CACHE.mkdir(parents=True, exist_ok=True)
    archive = PHOTO_CACHE / SDIST
    if not archive.exists():
        pip = [shutil.which("pip3") or shutil.which("pip") or "pip"]
        if shutil.which("uvx") and not shutil.which("pip3") and not shutil.which("pip"):
            pip = ["uvx", "pip"]
        subprocess.run(
            [
                *pip,
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                "face-recognition==1.3.0",
                "-d",
                str(PHOTO_CACHE),
            ],
            check=True,
            capture_output=True,
        )
    return archive


@pytest.fixture(scope="session")
def face_photos() -> dict[str, Path]:
    """Real photos shipped in face_recognition's source distribution, extracted once."""
    target = PHOTO_CACHE / "test_images"
    if not (target / "obama.jpg").exists():
        archive = _download_sdist()
        with tarfile.open(archive) as tar:
            members = [
                m for m in tar.getmembers() if "/tests/test_images/" in m.name and m.isfile()
            ]
            target.mkdir(parents=True, exist_ok=True)
            for member in members:
                source = tar.extractfile(member)
                assert source is not None
                (target / Path(member.name).name).write_bytes(source.read())
    photos = {p.stem: p for p in target.iterdir() if p.suffix in {".jpg", ".png"}}
    assert {"obama", "obama2", "biden", "32bit"} <= photos.keys(), sys.exc_info()
    return photos
