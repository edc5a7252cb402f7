"""Identity history: every name kept, the official name after 落户 linked to the old ones."""

import pytest

from station.domain.casework import NameKind
from station.domain.errors import InvalidInput
from station.services.residents import ResidentFilter
from tests.factories import intake


def found(services, text):
    _, rows = services.residents.first_page(ResidentFilter(text=text, status=None), 50)
    return {r.person_id for r in rows}


def test_names_are_kept_searchable_and_an_official_name_keeps_the_old_one(services, admin, clock):
    person = services.intake.register(
        intake(admitted_at=clock.now, name="王二", aliases=["老王"]), admin
    ).person_id
    services.identities.add_name(person, "王尔", NameKind.SOUND_ALIKE, admin)
    with pytest.raises(InvalidInput, match="已记录"):
        services.identities.add_name(person, "老王", NameKind.ALIAS, admin)
    with pytest.raises(InvalidInput, match="请填写名字"):
        services.identities.add_name(person, "  ", NameKind.ALIAS, admin)
    clock.advance(days=120)
    services.identities.add_name(person, "党福安", NameKind.OFFICIAL, admin)

    names = {(n.name, n.kind, n.current) for n in services.identities.names(person)}
    assert names == {
        ("王二", NameKind.FORMER, False),
        ("老王", NameKind.ALIAS, False),
        ("王尔", NameKind.SOUND_ALIKE, False),
        ("党福安", NameKind.OFFICIAL, True),
    }
    assert services.persons.detail(person).person.name == "党福安"
    for name in ("党福安", "王二", "王尔", "老王"):
        assert found(services, name) == {person}
