"""Small builders of realistic intake data for tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from station.domain.enums import BroughtBy, Build, Sex
from station.services.forms import BelongingData, IntakeData, PersonFields, person_fields


def intake(
    *,
    admitted_at: dt.datetime,
    name: str | None = None,
    photos: list[Path] | None = None,
    id_number: str | None = None,
    **person: object,
) -> IntakeData:
    fields = PersonFields(
        name=name,
        sex=person.pop("sex", Sex.MALE),  # type: ignore[arg-type]
        age_low=person.pop("age_low", 50),  # type: ignore[arg-type]
        age_high=person.pop("age_high", 60),  # type: ignore[arg-type]
        id_number=id_number,
        dialect=person.pop("dialect", "河南口音"),  # type: ignore[arg-type]
        height_cm=person.pop("height_cm", 168),  # type: ignore[arg-type]
        build=Build.THIN,
        features=person.pop("features", "左眉上方有一道约 3 厘米的疤痕，右手缺小指"),  # type: ignore[arg-type]
        **person,  # type: ignore[arg-type]
    )
    return IntakeData(
        person=fields,
        admitted_at=admitted_at,
        found_at=admitted_at - dt.timedelta(hours=2),
        found_place="火车站南广场候车区",
        brought_by=BroughtBy.POLICE,
        brought_by_name="站前派出所 刘警官",
        brought_by_contact="0371-66668888",
        clothing="深蓝色棉袄，黑色裤子，解放鞋",
        health_on_arrival="意识清楚，言语不清，左腿轻微擦伤",
        photos=photos or [],
        belongings=[
            BelongingData("旧手机", 1, "屏幕破裂"),
            BelongingData("现金", 37, "人民币，元"),
        ],
    )


def depart(services, person_id: int, at: dt.datetime) -> None:
    """End a person's current stay directly in the store (the departure flow is not under test)."""
    from station.store.models import Person, Stay

    with services.db.write() as s:
        person = s.get(Person, person_id)
        stay = s.get(Stay, person.latest_stay_id)
        stay.status, stay.departed_at = "departed", at
        s.add(stay)


def import_list(
    services, admin, folder: Path, csv_text: str, photos: dict[str, Path]
) -> tuple[int, int]:
    """A missing-person list from ``csv_text`` with ``photos`` (file name → photo) beside it,
    imported and its photos encoded: the list's id and how many photos were encoded."""
    import shutil

    (folder / "photos").mkdir()
    for name, photo in photos.items():
        shutil.copy(photo, folder / "photos" / name)
    path = folder / "list.csv"
    path.write_text(csv_text, encoding="utf-8")
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(
        path, mapping, admin, name="名单", photo_dir=folder / "photos"
    )
    return report.list_id, services.lists.encode().encoded


def fields_of(person, **changes) -> PersonFields:
    """The edit form's fields as a stored person fills them, with ``changes`` made."""
    return dataclasses.replace(person_fields(person), **changes)
