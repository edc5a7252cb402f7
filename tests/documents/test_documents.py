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
    """The text of every page, without the spaces and line breaks layout puts in."""
    return "".join(p.extract_text() for p in read(pdf).pages).replace(" ", "").replace("\n", "")


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
    assert LONG.replace(" ", "") in text  # every character of it, in order
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


@pytest.fixture
def full_case(services, admin, clock, case):
    """A stay with a hospital placement, search attempts, and a departure with a travel voucher."""
    from station.domain.casework import AttemptKind, PlacementKind
    from station.services.family_search import AttemptData
    from station.services.placements import PlacementData

    clock.advance(days=1)
    services.placements.place(
        case.person_id,
        PlacementData(PlacementKind.HOSPITAL, clock.now.astimezone().date(), "市第一人民医院",
                      reason="左腿外伤"),
        admin,
    )  # fmt: skip
    services.family_search.log_attempt(
        case.person_id, AttemptData(AttemptKind.ANNOUNCEMENT, clock.now, channel="全国救助寻亲网"),
        admin,
    )  # fmt: skip
    return case


NATIONAL = {
    DocumentKind.REQUEST_FOR_HELP: ["求助登记表", "流浪乞讨原因及经过", "按手印"],
    DocumentKind.POLICE_HANDOVER: ["公安机关护送流浪乞讨人员交接表", "站前派出所", "旧手机"],
    DocumentKind.REFUSAL: ["不予救助通知书", "不予救助的理由", "盖章"],
    DocumentKind.HELP_ENDED: ["终止救助通知书", "终止救助的原因"],
    DocumentKind.SERVICE_RECORD: ["在站服务及离站登记表", "市第一人民医院", "全国救助寻亲网"],
    DocumentKind.REFERRAL: ["介绍信", "市第一人民医院", "左腿外伤"],
    DocumentKind.CERTIFICATE: ["救助证明", "特此证明"],
    DocumentKind.DEATH: ["死亡人员登记表", "死亡原因", "遗物处理"],
}


@pytest.mark.parametrize("kind", list(NATIONAL))
def test_every_national_form_prints_with_its_facts(services, admin, full_case, kind):
    printed = services.documents.print(kind, full_case.person_id, admin)
    text = page_text(printed.pdf)
    assert full_case.case_number in text and "郑州市救助管理站" in text
    for words in NATIONAL[kind]:
        assert words in text
    assert "None" not in text  # a missing field is a clean blank


def test_own_will_declaration_and_voucher_receipt_after_the_departure(
    services, admin, clock, full_case
):
    with pytest.raises(UserError, match="现金或乘车凭证"):
        services.documents.print(DocumentKind.CASH_RECEIPT, full_case.person_id, admin)
    clock.advance(days=1)
    services.departures.depart(
        full_case.person_id,
        DepartureData(DepartureKind.TRAVEL_VOUCHER, clock.now, destination="河南省开封市",
                      cash_fen=15000, cash_receipt="PZ-0042", belongings_to="本人"),
        admin,
    )  # fmt: skip
    receipt = page_text(services.documents.print(DocumentKind.CASH_RECEIPT, full_case.person_id,
                                                 admin).pdf)  # fmt: skip
    assert "150.00元" in receipt and "PZ-0042" in receipt
    declaration = page_text(
        services.documents.print(DocumentKind.OWN_WILL, full_case.person_id, admin).pdf
    )
    assert "自愿放弃救助" in declaration and "声明人" in declaration


def test_the_announcement_sheet_lists_every_unidentified_resident_with_a_photo(
    services, admin, clock, face_photos, case
):
    clock.advance(hours=1)
    services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["biden"]], features="右臂有龙形纹身"),
        admin,
    )
    named = services.intake.register(
        intake(admitted_at=clock.now, id_number=id_number.make("410102", dt.date(1960, 1, 1), 11)),
        admin,
    )  # identified by an ID number: not announced
    day = clock.now.astimezone().date()
    printed = services.documents.announcement_sheet(day, day, admin)
    text = page_text(printed.pdf)
    assert printed.record.number.startswith("GGH-2026-")
    assert case.case_number in text and "右臂有龙形纹身" in text
    assert named.case_number not in text
    assert sum(len(p.images) for p in read(printed.pdf).pages) == 2
    with pytest.raises(UserError, match="一个也没有"):
        services.documents.announcement_sheet(
            day - dt.timedelta(days=30), day - dt.timedelta(days=1), admin
        )


def test_every_document_prints_with_every_text_at_its_limit(services, admin, clock, face_photos):
    """The longest texts the services take (2 000 characters of features, health, notes; every
    short field full) never stop a document from printing: they wrap and continue on the next page."""
    from station.domain.casework import AttemptKind, PlacementKind
    from station.services.family_search import AttemptData
    from station.services.placements import PlacementData
    from station.store.text_limits import FREE_TEXT

    words = "左眉上方有疤痕右手缺小指门牙缺一颗abcdefghij" * 100
    full = intake(
        admitted_at=clock.now, photos=[face_photos["obama"]], name="罗" * 64,
        features=words[:FREE_TEXT], notes=words[:FREE_TEXT], origin="贵" * 128,
        household_place="州" * 128, dialect="话" * 64,
    )  # fmt: skip
    full.found_place, full.brought_by_name = "地" * 256, "警" * 128
    full.clothing, full.health_on_arrival = words[:FREE_TEXT], "病" * FREE_TEXT
    person = services.intake.register(full, admin).person_id
    clock.advance(days=1)
    services.placements.place(
        person, PlacementData(PlacementKind.HOSPITAL, clock.now.astimezone().date(), "院" * 128,
                              reason="伤" * FREE_TEXT), admin,
    )  # fmt: skip
    services.family_search.log_attempt(
        person, AttemptData(AttemptKind.ANNOUNCEMENT, clock.now, channel="网" * 128,
                            reference="号" * 128, notes="记" * FREE_TEXT), admin,
    )  # fmt: skip
    announcement = services.documents.print(DocumentKind.ANNOUNCEMENT, person, admin).pdf
    assert "罗" * 64 in page_text(announcement)
    clock.advance(days=1)
    services.departures.depart(
        person,
        DepartureData(DepartureKind.TRAVEL_VOUCHER, clock.now, destination="去" * 256,
                      cash_fen=15000, cash_receipt="P" * 64, belongings_to="本人",
                      notes="备" * FREE_TEXT),
        admin,
    )  # fmt: skip
    skip = {DocumentKind.PICKUP, DocumentKind.ESCORT, DocumentKind.ANNOUNCEMENT}  # (other
    # departures; the announcement was printed above)
    for kind in [k for k in DocumentKind if k.per_case and k not in skip]:
        printed = services.documents.print(kind, person, admin)
        shown = page_text(printed.pdf)
        if kind is DocumentKind.SERVICE_RECORD:  # the health text continues to its end
            assert "病" * 200 in shown and len(read(printed.pdf).pages) >= 2


def test_the_papers_of_a_handover_a_year_on_carry_the_facts_of_that_day(
    services, admin, clock, face_photos
):
    """吴某某 (a 代称), born 1976-03-10, found by the traffic police; identified as 罗某某 and
    escorted home to his son on 2026-10-14, a year and a half after he came."""
    from station.domain.casework import AttemptKind
    from station.services.identification import IdentityFacts

    clock.now = dt.datetime(2025, 3, 2, 6, 30, tzinfo=dt.UTC)
    data = intake(admitted_at=clock.now, name="吴某某", photos=[face_photos["obama"]])
    data.brought_by_name = "水城交警大队 李警官，"  # as typed, with a stray comma
    data.name_is_placeholder = True
    person_id = services.intake.register(data, admin).person_id
    notice = page_text(services.documents.print(DocumentKind.ANNOUNCEMENT, person_id, admin).pdf)
    assert "吴某某（工作人员所起代称）" in notice
    assert (
        "2025年3月2日，公安机关（水城交警大队李警官）在火车站南广场候车区发现一名男性人员" in notice
    )
    assert "，，" not in notice and "公告日期：2025年3月2日" in notice

    clock.now = dt.datetime(2026, 10, 14, 1, 0, tzinfo=dt.UTC)
    son = id_number.make("520424", dt.date(2000, 5, 1), 111)
    services.identification.identify(
        person_id,
        IdentityFacts(how=AttemptKind.POLICE_DNA, at=clock.now, name="罗某某",
                      birth_date=dt.date(1976, 3, 10), household_place="贵州省安顺市关岭县花江镇"),
        admin,
    )  # fmt: skip
    with pytest.raises(UserError, match="身份已于 2026-10-14 09:00 查明，不再发布寻亲公告"):
        services.documents.print(DocumentKind.ANNOUNCEMENT, person_id, admin)
    trip = EscortTrip(["李四", "王五"], "贵A·12345", "郑州—关岭", clock.now,
                      clock.now + dt.timedelta(hours=20), "关岭县救助管理站", "陈站长",
                      clock.now + dt.timedelta(hours=20))  # fmt: skip
    services.departures.depart(
        person_id,
        DepartureData(DepartureKind.ESCORTED, clock.now, trip=trip, belongings_to="罗某",
                      health="精神状况稳定，每日服药两次，随带药品一周",
                      relative=Relative("罗某", son, "儿子", "13800000000"),
                      cash_fen=2350, cash_receipt="PZ-0001"),
        admin,
    )  # fmt: skip
    form = page_text(services.documents.print(DocumentKind.ESCORT, person_id, admin).pdf)
    assert "男50岁" in form  # on 2026-10-14, not his age when found (48)
    for words in ("罗某某", "贵州省安顺市关岭县花江镇", "精神状况稳定，每日服药两次", "意识清楚",
                  "接收的亲属", "罗某", son, "儿子", "23.50元", "PZ-0001"):  # fmt: skip
        assert words in form, words
    with pytest.raises(UserError, match="不再发布寻亲公告"):
        services.documents.print(DocumentKind.ANNOUNCEMENT, person_id, admin)
