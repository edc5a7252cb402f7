"""Render every document of a fictional case to PNG for the README (needs pdftoppm from poppler).

uv run python packaging/document_samples.py docs/documents
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from station.config import Config
from station.documents.catalogue import DocumentKind
from station.domain import id_number
from station.domain.casework import AttemptKind, PlacementKind
from station.domain.departure import DepartureKind, EscortTrip, Relative
from station.domain.enums import BroughtBy, Build, Sex
from station.services.container import Services
from station.services.departures import DepartureData
from station.services.family_search import AttemptData
from station.services.forms import BelongingData, IntakeData, PersonFields
from station.services.placements import PlacementData
from station.services.station_info import StationInfo


def _case(services: Services, staff, admitted: dt.datetime, **person):  # type: ignore[no-untyped-def]
    fields = PersonFields(
        sex=Sex.MALE, age_low=50, age_high=60, height_cm=168, build=Build.THIN,
        dialect="河南口音", features="左眉上方有一道约 3 厘米的疤痕，右手缺小指，门牙缺一颗", **person,
    )  # fmt: skip
    return services.intake.register(
        IntakeData(
            fields, admitted_at=admitted, found_at=admitted - dt.timedelta(hours=2),
            found_place="火车站南广场候车区", brought_by=BroughtBy.POLICE,
            brought_by_name="站前派出所 刘警官", brought_by_contact="0371-66668888",
            clothing="深蓝色棉袄，黑色裤子，解放鞋", health_on_arrival="意识清楚，言语不清，左腿轻微擦伤",
            belongings=[BelongingData("旧手机", 1, "屏幕破裂"), BelongingData("现金", 1, "人民币", amount_fen=3700)],
        ),
        staff,
    )  # fmt: skip


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="station-samples-"))
    try:
        services = Services.open(Config.load(data))
        staff = services.auth.create_first_admin(
            username="admin", display_name="王站长", password="station-demo-1"
        )
        services.station.save(
            StationInfo(
                "郑州市救助管理站（示例）", "河南省", "郑州市二七区救助路 1 号", "0371-66668888"
            ),
            staff,
        )
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        first = _case(services, staff, now - dt.timedelta(days=40))
        services.placements.place(
            first.person_id,
            PlacementData(PlacementKind.HOSPITAL, (now - dt.timedelta(days=39)).date(),
                          "市第一人民医院", reason="左腿外伤，需清创缝合"),
            staff,
        )  # fmt: skip
        services.family_search.log_attempt(
            first.person_id,
            AttemptData(AttemptKind.ANNOUNCEMENT, now - dt.timedelta(days=39),
                        channel="全国救助寻亲网", reference="GG-0311"),
            staff,
        )  # fmt: skip
        second = _case(services, staff, now - dt.timedelta(days=30))
        relative = id_number.make("410102", dt.date(1985, 6, 1), 124)
        services.departures.depart(
            second.person_id,
            DepartureData(DepartureKind.FAMILY_PICKUP, now - dt.timedelta(days=1),
                          destination="河南省开封市", belongings_to="张丽",
                          health="神志清楚，左腿伤口已愈合，能自行行走",
                          relative=Relative("张丽", relative, "女儿", "13800000000", ["身份证", "户口簿"])),
            staff,
        )  # fmt: skip
        third = _case(services, staff, now - dt.timedelta(days=20))
        services.departures.depart(
            third.person_id,
            DepartureData(DepartureKind.ESCORTED, now - dt.timedelta(hours=5), destination="河南省开封市",
                          belongings_to="本人", health="情绪稳定，每日服药两次，随带药品一周",
                          trip=EscortTrip(["李明", "王强"], "豫A·12345", "郑州—开封",
                                          now - dt.timedelta(hours=5), now - dt.timedelta(hours=3),
                                          "开封市救助管理站", "刘主任", now - dt.timedelta(hours=3))),
            staff,
        )  # fmt: skip
        fourth = _case(services, staff, now - dt.timedelta(days=10))
        services.departures.depart(
            fourth.person_id,
            DepartureData(DepartureKind.TRAVEL_VOUCHER, now - dt.timedelta(hours=2),
                          destination="湖北省武汉市", cash_fen=15000, cash_receipt="PZ-0042",
                          belongings_to="本人"),
            staff,
        )  # fmt: skip
        whose = {
            DocumentKind.PICKUP: second, DocumentKind.ESCORT: third,
            DocumentKind.CASH_RECEIPT: fourth, DocumentKind.OWN_WILL: fourth,
        }  # fmt: skip
        for kind in DocumentKind:
            if kind.per_case:
                pdf = services.documents.print(kind, whose.get(kind, first).person_id, staff).pdf
            else:
                pdf = services.documents.announcement_sheet(
                    (now - dt.timedelta(days=60)).date(), now.date(), staff
                ).pdf
            path = data / f"{kind.value}.pdf"
            path.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", "50", "-png", "-singlefile", str(path), str(out / kind.value)],
                check=True,
            )
        services.close()
    finally:
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/documents"))
