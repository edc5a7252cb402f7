"""Fictional but realistic records, so a newcomer sees a populated station (``station demo``).

Every name, place and number here is made up. Records go through the real intake service; stays
that ended are closed afterwards in one transaction, marked in the audit trail as demo data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from station.domain import id_number
from station.domain.casework import (
    AttemptKind,
    AttemptResult,
    DecisionKind,
    LongStayOption,
    PlacementKind,
)
from station.domain.clock import local_date
from station.domain.departure import DepartureKind, EscortTrip, Relative
from station.domain.enums import BroughtBy, Build, Role, Sex
from station.services.container import Services
from station.services.departures import DepartureData
from station.services.family_search import AttemptData
from station.services.forms import BelongingData, IntakeData, PersonFields
from station.services.placements import PlacementData
from station.store.models import StaffPublic

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN_MALE = [
    "建国",
    "国强",
    "志刚",
    "永明",
    "德福",
    "海涛",
    "小军",
    "春生",
    "富贵",
    "长林",
    "卫东",
    "振华",
    "金宝",
    "红兵",
    "大勇",
    "树林",
    "家豪",
    "子轩",
    "宏伟",
    "明亮",
]
GIVEN_FEMALE = [
    "桂兰",
    "秀英",
    "玉梅",
    "淑珍",
    "小红",
    "春花",
    "丽娟",
    "美玲",
    "凤英",
    "翠萍",
    "晓燕",
    "雪梅",
    "金凤",
    "秋菊",
    "海燕",
    "婷婷",
    "欣怡",
    "梓涵",
    "慧敏",
    "素芬",
]
REGIONS = [
    ("410102", "河南省郑州市"),
    ("510107", "四川省成都市"),
    ("430102", "湖南省长沙市"),
    ("420106", "湖北省武汉市"),
    ("340102", "安徽省合肥市"),
    ("370102", "山东省济南市"),
    ("130102", "河北省石家庄市"),
    ("450103", "广西壮族自治区南宁市"),
    ("520102", "贵州省贵阳市"),
    ("230102", "黑龙江省哈尔滨市"),
    ("360102", "江西省南昌市"),
    ("610102", "陕西省西安市"),
]
DIALECTS = [
    "河南口音",
    "四川话",
    "湖南口音",
    "东北口音",
    "粤语",
    "闽南话",
    "普通话",
    "山东口音",
    "江西口音",
    "无法交流",
    "听不懂，疑似少数民族语言",
    "只会说几个词",
]
PLACES = [
    "火车站南广场候车区",
    "长途汽车站出站口",
    "人民公园东门长椅",
    "中山路天桥下",
    "市第一人民医院急诊大厅",
    "滨江大道桥洞",
    "城南农贸市场门口",
    "高速公路服务区",
    "地铁2号线终点站",
    "解放路派出所门口",
    "城郊结合部废弃厂房",
    "夜市小吃街",
]
FEATURES = [
    "左眉上方有一道约 3 厘米的疤痕",
    "右手缺小指",
    "门牙缺失两颗",
    "右臂有龙形纹身",
    "头发花白，留长胡须",
    "左耳戴银色耳环",
    "后颈有一块胎记",
    "走路跛行，右腿较短",
    "戴黑框眼镜",
    "额头有烫伤旧疤",
    "身材瘦小，驼背",
    "脸上有较多老年斑",
]
CLOTHING = [
    "深蓝色棉袄，黑色裤子，解放鞋",
    "灰色夹克，牛仔裤，运动鞋",
    "红色毛衣，黑色棉裤",
    "迷彩服上衣，绿色胶鞋",
    "白色衬衫（较脏），西裤，皮鞋",
    "校服（上衣印有“实验中学”字样）",
    "病号服，光脚",
    "黑色羽绒服，灰色围巾",
]
HEALTH = [
    "意识清楚，能简单交流",
    "意识清楚，言语不清",
    "精神状态异常，自言自语",
    "疑似老年痴呆，答非所问",
    "左腿轻微擦伤",
    "发热 38.5℃，已测量血压",
    "严重营养不良",
    "智力障碍，无法说出家庭住址",
    "聋哑，能用手势交流",
    "醉酒状态，次日清醒",
]
ITEMS = [
    ("旧手机", "屏幕破裂"),
    ("现金", "人民币"),
    ("身份证复印件", None),
    ("编织袋", "内有衣物"),
    ("老年代步拐杖", None),
    ("药品", "降压药一盒"),
    ("银行卡", None),
    ("钥匙串", "三把钥匙"),
    ("塑料袋", "内有馒头两个"),
    ("照片", "一张旧合影"),
]
POLICE = ["站前派出所 刘警官", "城东派出所 王警官", "巡警支队三大队", "110 指挥中心转送"]


def _person(rng: random.Random, admitted: dt.datetime) -> PersonFields:
    sex = rng.choice([Sex.MALE] * 7 + [Sex.FEMALE] * 3)
    identified = rng.random() < 0.55
    age_mid = rng.choice(
        [rng.randint(8, 17), rng.randint(18, 59), rng.randint(60, 88)]
        if rng.random() < 0.8
        else [rng.randint(60, 88)]
    )
    region, origin = rng.choice(REGIONS)
    fields = PersonFields(
        sex=sex,
        dialect=rng.choice(DIALECTS),
        height_cm=rng.randint(145, 182) if age_mid >= 16 else rng.randint(120, 165),
        build=rng.choice(list(Build)),
        features="，".join(rng.sample(FEATURES, k=rng.randint(1, 3))),
    )
    if identified:
        given = rng.choice(GIVEN_MALE if sex == Sex.MALE else GIVEN_FEMALE)
        fields.name = rng.choice(SURNAMES) + given
        fields.origin = origin
        if rng.random() < 0.6:
            birth = admitted.date() - dt.timedelta(days=age_mid * 365 + rng.randint(0, 364))
            seq = rng.randrange(1 if sex == Sex.MALE else 0, 999, 2)
            fields.id_number = id_number.make(region, birth, seq)
            fields.birth_date = birth
        else:
            fields.age_low, fields.age_high = max(0, age_mid - 3), age_mid + 3
        if rng.random() < 0.3:
            fields.aliases = [("老" if age_mid > 45 else "小") + fields.name[0]]
    else:
        spread = rng.choice([3, 5, 10])
        fields.age_low, fields.age_high = max(0, age_mid - spread), age_mid + spread
        if rng.random() < 0.2:
            fields.aliases = [rng.choice(SURNAMES) + "某（自称，音）"]
    return fields


def _records(rng: random.Random, count: int, now: dt.datetime) -> Iterator[IntakeData]:
    for _ in range(count):
        admitted = now - dt.timedelta(minutes=rng.randint(30, 2 * 365 * 24 * 60))
        brought = rng.choice(list(BroughtBy))
        health = rng.choice(HEALTH)
        person = _person(rng, admitted)
        person.mental_illness = "精神" in health
        person.intellectual_disability = "智力" in health
        yield IntakeData(
            person=person,
            admitted_at=admitted,
            found_at=admitted - dt.timedelta(minutes=rng.randint(20, 600)),
            found_place=rng.choice(PLACES),
            brought_by=brought,
            brought_by_name=rng.choice(POLICE) if brought == BroughtBy.POLICE else None,
            brought_by_contact=f"1{rng.randint(3, 9)}{rng.randint(0, 999_999_999):09d}",
            clothing=rng.choice(CLOTHING),
            health_on_arrival=health,
            belongings=[
                BelongingData(
                    item, rng.randint(1, 3) if item != "现金" else rng.randint(5, 300), cond
                )
                for item, cond in rng.sample(ITEMS, k=rng.randint(0, 3))
            ],
        )


def _casework(
    services: Services,
    by: StaffPublic,
    rng: random.Random,
    person_id: int,
    admitted: dt.datetime,
    now: dt.datetime,
) -> None:
    """What a diligent station would have recorded (up to ``now``: the departure, if any):
    announcements, DNA requests, decisions, placements."""
    search = services.family_search

    def attempt(kind: AttemptKind, after: dt.timedelta, channel: str) -> None:
        at = admitted + after
        if at < now:
            search.log_attempt(
                person_id, AttemptData(kind, at, channel=channel,
                                       reference=f"{kind.value[:2].upper()}-{rng.randint(1000, 9999)}"),
                by,
            )  # fmt: skip

    if rng.random() < 0.9:
        attempt(AttemptKind.ANNOUNCEMENT, dt.timedelta(hours=rng.randint(2, 20)), "全国救助寻亲网")
    if rng.random() < 0.7:
        attempt(AttemptKind.POLICE_DNA, dt.timedelta(days=rng.randint(1, 6)), "辖区派出所")
    days = (now - admitted).days
    if days > 35 and rng.random() < 0.85:  # the one-month renewals
        month = dt.timedelta(days=rng.randint(31, 35))
        attempt(AttemptKind.ANNOUNCEMENT, month, "全国救助寻亲网")
        attempt(AttemptKind.POLICE_DNA, month + dt.timedelta(days=1), "辖区派出所")
        attempt(AttemptKind.POLICE_FACE, month + dt.timedelta(days=2), "市公安局刑侦支队")
    if days > 30 and rng.random() < 0.8:  # the latest periodic photo search
        attempt(AttemptKind.PHOTO_SEARCH, dt.timedelta(days=days - rng.randint(0, 20)), "Station")
    if days > 10 and rng.random() < 0.85:
        services.family_search.decide(
            person_id, DecisionKind.EXTENSION, by,
            until_on=local_date(services.now()) + dt.timedelta(days=30),
            at=admitted + dt.timedelta(days=9),
        )  # fmt: skip
    if days > 100 and rng.random() < 0.7:
        services.family_search.decide(
            person_id, DecisionKind.SETTLEMENT, by, at=admitted + dt.timedelta(days=95)
        )
    if days > 12 and rng.random() < 0.8:
        option = rng.choice(list(LongStayOption))
        services.family_search.decide(
            person_id, DecisionKind.LONG_STAY, by, option=option,
            at=admitted + dt.timedelta(days=10, hours=rng.randint(1, 40)),
        )  # fmt: skip
    start = local_date(admitted)
    if days > 3 and rng.random() < 0.25:
        kind, place = rng.choice(
            [(PlacementKind.HOSPITAL, "市第一人民医院"), (PlacementKind.PSYCHIATRIC, "市精神卫生中心"),
             (PlacementKind.WELFARE_HOME, "市社会福利院")]
        )  # fmt: skip
        first = start + dt.timedelta(days=rng.randint(0, 2))
        ended = first + dt.timedelta(days=rng.randint(2, 20))
        services.placements.place(
            person_id,
            PlacementData(kind, first, place, ended_on=ended if ended < local_date(now) and
                          rng.random() < 0.5 else None, reason="入站时" + rng.choice(HEALTH),
                          cost_fen=rng.randint(20_000, 900_000)),
            by,
        )  # fmt: skip


RELATIONS = ["女儿", "儿子", "妻子", "丈夫", "哥哥", "姐姐", "侄子", "母亲", "父亲"]
DEPARTURES = (
    [DepartureKind.FAMILY_PICKUP] * 35 + [DepartureKind.ESCORTED] * 25
    + [DepartureKind.TRAVEL_VOUCHER] * 15 + [DepartureKind.OWN_WILL] * 10
    + [DepartureKind.PLACED] * 5 + [DepartureKind.TRANSFERRED] * 5
    + [DepartureKind.ABSCONDED] * 3 + [DepartureKind.DEATH] * 2
)  # fmt: skip


def _director(services: Services, by: StaffPublic) -> tuple[StaffPublic, str]:
    """The fictional director who approves releasing minors and persons who cannot decide, with
    the password they confirm each approval with (a new account: another director's password is
    not known here)."""
    taken = {a.username for a in services.auth.accounts(by)}
    username = next(n for n in ("zhao", *(f"zhao-{i}" for i in range(2, 1000))) if n not in taken)
    password = f"demo-{random.randrange(10**9)}x"
    director = services.auth.create_staff(
        by, username=username, display_name="赵站长（示例）", password=password,
        role=Role.DIRECTOR,
    )  # fmt: skip
    # The director sets their own password, as on their first login: an administrator's temporary
    # one confirms no approval.
    own = f"demo-{random.randrange(10**9)}y"
    director = services.auth.change_password(director, password, own)
    return director, own


def _depart(
    services: Services,
    by: StaffPublic,
    director: tuple[StaffPublic, str],
    rng: random.Random,
    person_id: int,
    data: IntakeData,
    at: dt.datetime,
) -> None:
    """A departure as a station records it; families found are first confirmed by phone."""
    p = data.person
    young = (p.age_low is not None and p.age_low < 20) or (
        p.birth_date is not None and (at.date() - p.birth_date).days < 20 * 365
    )
    vulnerable = p.mental_illness or p.intellectual_disability or young
    kind = rng.choice(DEPARTURES)
    if vulnerable and kind not in (DepartureKind.FAMILY_PICKUP, DepartureKind.ESCORTED,
                                   DepartureKind.PLACED, DepartureKind.TRANSFERRED):  # fmt: skip
        kind = DepartureKind.FAMILY_PICKUP
    region, origin = rng.choice(REGIONS)
    relative = SURNAMES[rng.randrange(len(SURNAMES))] + rng.choice(GIVEN_FEMALE + GIVEN_MALE)
    out = DepartureData(kind, at, destination=origin, belongings_to="本人")
    if vulnerable:  # approved by the director, who types their password at the clerk's desk
        out.approved_by, out.approver_password = director[0].id, director[1]
    if kind.reunified:
        services.family_search.log_attempt(
            person_id,
            AttemptData(AttemptKind.PHONE, at - dt.timedelta(days=1), AttemptResult.CONFIRMED,
                        notes=f"家属{relative}电话确认身份"),
            by,
        )  # fmt: skip
    if kind is DepartureKind.FAMILY_PICKUP:
        born = dt.date(rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28))
        out.relative = Relative(relative, id_number.make(region, born, rng.randint(0, 998)),
                                rng.choice(RELATIONS), f"13{rng.randint(0, 999_999_999):09d}",
                                ["身份证", "户口簿"])  # fmt: skip
        out.belongings_to = relative
    elif kind is DepartureKind.ESCORTED:
        out.trip = EscortTrip(rng.sample(["李明", "王强", "张伟", "刘洋", "陈杰"], 2),
                              f"豫A·{rng.randint(10000, 99999)}", f"本站—{origin}",
                              at, at + dt.timedelta(hours=rng.randint(2, 20)),
                              f"{origin}救助管理站", "值班员", at + dt.timedelta(hours=21))  # fmt: skip
    elif kind is DepartureKind.TRAVEL_VOUCHER:
        out.cash_fen, out.cash_receipt = rng.randint(50, 300) * 100, f"PZ-{rng.randint(1000, 9999)}"
    elif kind is DepartureKind.OWN_WILL:
        out.declaration_signed = True
    elif kind in (DepartureKind.PLACED, DepartureKind.TRANSFERRED):
        out.destination = (
            "市社会福利院" if kind is DepartureKind.PLACED else "市未成年人救助保护中心"
        )
    services.departures.depart(person_id, out, by)


def seed(services: Services, by: StaffPublic, *, count: int = 300, seed: int = 2026) -> int:
    """Register ``count`` fictional intakes; about two thirds of those older than ten days departed."""
    rng = random.Random(seed)
    now = services.now()
    made = 0
    director = _director(services, by)
    for data in sorted(_records(rng, count, now), key=lambda d: d.admitted_at):
        result = services.intake.register(data, by)
        made += 1
        age = now - data.admitted_at
        departed = None
        if age > dt.timedelta(days=10) and rng.random() < 0.67:
            departed = data.admitted_at + dt.timedelta(
                days=rng.randint(1, min(age.days, 200)), hours=rng.randint(0, 8)
            )
        _casework(services, by, rng, result.person_id, data.admitted_at, departed or now)
        if departed is not None:
            _depart(services, by, director, rng, result.person_id, data, departed)
    return made
