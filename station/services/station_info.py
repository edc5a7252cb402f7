"""本站信息: the station's name, province, address and phone, shared by every workstation.

Printed on every form and announcement; the province decides what the statistics count as 本省.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from station.domain.clock import utcnow
from station.domain.permissions import Action
from station.services import audit, permissions
from station.store.case_models import StationSetting
from station.store.database import Database
from station.store.models import StaffPublic

SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")


@dataclass(frozen=True)
class StationInfo:
    name: str = ""
    province: str = ""
    address: str = ""
    phone: str = ""

    @property
    def province_short(self) -> str:
        """河南省 → 河南, 广西壮族自治区 → 广西: how addresses usually begin."""
        text = self.province.strip()
        for suffix in SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                return text[: -len(suffix)]
        return text


FIELDS = [f.name for f in dataclasses.fields(StationInfo)]


def read(s: Session) -> StationInfo:
    values = {r.key: r.value for r in s.exec(select(StationSetting)).all()}
    return StationInfo(**{k: values.get(k, "") for k in FIELDS})


class StationInfoService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def get(self) -> StationInfo:
        with self.db.read() as s:
            return read(s)

    def save(self, info: StationInfo, by: StaffPublic) -> None:
        with self.db.write() as s:
            permissions.require(s, by, Action.CONFIGURE)
            before = read(s)
            for key in FIELDS:
                row = s.get(StationSetting, key) or StationSetting(key=key)
                row.value = str(getattr(info, key)).strip()
                s.add(row)
            audit.record(
                s, by, "station.settings", entity="station_setting", entity_id=None,
                before=dataclasses.asdict(before), after=dataclasses.asdict(info), at=self.now(),
            )  # fmt: skip
