"""Documents rendered from real cases and read back: Chinese text extractable, font embedded, photo
on the announcement, long text wrapped, refusals when the case lacks what a form needs."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from station.documents.catalogue import DocumentKind
from station.domain import id_number
from station.domain.departure import DepartureKind, EscortTrip, Relative
from station.domain.errors import UserError
from station.services.departures import DepartureData
from station.services.station_info import StationInfo
from tests.factories import intake

LONG = "左眉上方有一道约 3 厘米的疤痕，右手缺小指，门牙缺一颗，" * 14  # ~400 characters


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in read(pdf).pages).replace(" ", "")


def fonts(pdf: bytes) -> list[dict]:
    found = []
    for page in read(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            found.append(font.get_object())
    return found


@pytest.fixture
def case(services, admin, clock, face_photos):
    services.station.save(
        StationInfo("郑州市救助管理站", "河南省", "郑州市二七区救助路 1 号", "0371-66668888"), admin
    )
    return services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama"]], features=LONG), admin
    )


def test_the_announcement_has_the_photo_the_facts_and_an_embedded_font(services, admin, case):
    printed = services.documents.print(DocumentKind.ANNOUNCEMENT, case.person_id, admin)
    assert printed.record.number == "GG-2026-000001" and printed.record.pages == 1
    text = page_text(printed.pdf)
    for words in ("寻亲公告", "郑州市救助管理站", case.case_number, "火车站南广场候车区",
                  "0371-66668888", "右手缺小指"):  # fmt: skip
        assert words in text
    cjk = [f for f in fonts(printed.pdf) if f["/Subtype"] == "/TrueType"]
    assert cjk and all("/FontFile2" in f["/FontDescriptor"].get_object() for f in cjk)
    # (TrueType embedded, subset: the form prints the same on any PC)
    page = read(printed.pdf).pages[0]
    images = list(page.images)
    assert len(images) == 1 and images[0].image.width > 100
    # The 400-character description wraps inside the page (every line within the margins).
    flat = text.replace("\n", "")
    assert LONG.replace(" ", "") in flat  # every character of it, in order
    boxes = []
    page.extract_text(
        visitor_text=lambda t, cm, tm, fd, fs: boxes.append(tm[4] + cm[4]) if t.strip() else None
    )
    assert max(boxes) < page.mediabox.width - 40


def test_numbers_count_up_and_a_reprint_is_the_same_copy(services, admin, case):
    first = services.documents.print(DocumentKind.BELONGINGS, case.person_id, admin)
    second = services.documents.print(DocumentKind.BELONGINGS, case.person_id, admin)
    assert (first.record.number, second.record.number) == ("WP-2026-000001", "WP-2026-000002")
    assert "旧手机" in page_text(first.pdf)
    again = services.documents.reprint(first.record.id, admin)
    assert again.pdf == first.pdf
    assert [d.number for d in services.documents.history(case.person_id)] == [
        "WP-2026-000002", "WP-2026-000001",
    ]  # fmt: skip
    services.documents.path(first.record.sha256).write_bytes(b"changed")
    with pytest.raises(UserError, match="原样重印"):
        services.documents.reprint(first.record.id, admin)


def test_pickup_and_escort_forms_need_their_departure(services, admin, clock, case):
    with pytest.raises(UserError, match="接领人的信息"):
        services.documents.print(DocumentKind.PICKUP, case.person_id, admin)
    with pytest.raises(UserError, match="护送返乡的离站信息"):
        services.documents.print(DocumentKind.ESCORT, case.person_id, admin)
    assert services.documents.history(case.person_id) == []  # nothing numbered or kept
    clock.advance(days=3)
    relative_id = id_number.make("410102", dt.date(1985, 6, 1), 124)
    services.departures.depart(
        case.person_id,
        DepartureData(DepartureKind.FAMILY_PICKUP, clock.now, destination="河南省开封市",
                      relative=Relative("张丽", relative_id, "女儿", "13800000000", ["身份证"]),
                      belongings_to="张丽"),
        admin,
    )  # fmt: skip
    text = page_text(services.documents.print(DocumentKind.PICKUP, case.person_id, admin).pdf)
    for words in ("亲属接领登记表", "张丽", relative_id, "女儿", "接领人承诺", "按手印"):
        assert words in text


def test_an_unreadable_photo_prints_a_box_and_a_warning(services, admin, case):
    detail = services.persons.detail(case.person_id)
    services.persons.photo_path(detail.photos[0]).write_bytes(b"not an image")
    printed = services.documents.print(DocumentKind.ANNOUNCEMENT, case.person_id, admin)
    assert "照片无法读取" in page_text(printed.pdf)
    assert [t for t, _ in printed.warnings] == ["照片 {file} 无法读取，文书中留出了照片框"]


def test_an_escort_handover_form(services, admin, clock, case):
    clock.advance(days=1)
    trip = EscortTrip(["李四", "王五"], "豫A·12345", "郑州—开封", clock.now,
                      clock.now + dt.timedelta(hours=2), "开封市救助管理站", "刘主任",
                      clock.now + dt.timedelta(hours=2))  # fmt: skip
    services.departures.depart(
        case.person_id,
        DepartureData(DepartureKind.ESCORTED, clock.now, trip=trip, belongings_to="本人"),
        admin,
    )
    text = page_text(services.documents.print(DocumentKind.ESCORT, case.person_id, admin).pdf)
    for words in ("护送返乡交接单", "李四，王五", "开封市救助管理站", "刘主任", "移交方", "盖章"):
        assert words in text


def test_without_a_chinese_truetype_font_the_fallback_is_used_and_the_fix_is_said(
    services, admin, case, monkeypatch
):
    from station.documents import fonts

    monkeypatch.setattr(fonts, "_candidates", lambda: [])
    fonts.cjk_font.cache_clear()
    try:
        printed = services.documents.print(DocumentKind.ANNOUNCEMENT, case.person_id, admin)
    finally:
        fonts.cjk_font.cache_clear()
    assert "寻亲公告" in page_text(printed.pdf)
    (message, _), *_ = [w for w in printed.warnings if "字体" in w[0]]
    assert "fonts-wqy-microhei" in message
