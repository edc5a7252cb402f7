"""Staff accounts: password rules, lock-out, change and reset, role changes; every login audited."""

import pytest
from sqlmodel import select

from station.domain.enums import Role
from station.domain.errors import UserError
from station.services.auth import LOCK_MINUTES, MAX_FAILURES
from station.store.models import AuditEvent
from tests.conftest import ADMIN_PASSWORD


def actions(services):
    with services.db.read() as s:
        return list(s.exec(select(AuditEvent.action).order_by(AuditEvent.id)).all())


@pytest.mark.parametrize(
    ("password", "message"),
    [("short1", "至少需要 8 个字符"), ("onlyletters", "字母和数字"), ("12345678", "字母和数字"),
     ("Zhang123", "不能与用户名相同")],
)  # fmt: skip
def test_passwords_follow_the_stations_rules(services, admin, password, message):
    with pytest.raises(UserError) as err:
        services.auth.create_staff(
            admin, username="zhang123", display_name="张", password=password, role=Role.CLERK
        )
    assert message in err.value.message


def test_wrong_passwords_lock_the_account_for_a_while(services, admin, clerk, clock):
    for n in range(1, MAX_FAILURES):
        with pytest.raises(UserError) as err:
            services.auth.login("li", "wrong-pass-1")
        if n >= 2:
            assert f"再错 {MAX_FAILURES - n} 次" in err.value.message
    with pytest.raises(UserError) as err:
        services.auth.login("li", "wrong-pass-1")
    assert "已锁定" in err.value.message and f"{LOCK_MINUTES} 分钟" in err.value.message
    with pytest.raises(UserError, match="已锁定"):  # even the right password, while locked
        services.auth.login("li", "clerk-own-pass-2")
    clock.advance(minutes=LOCK_MINUTES + 1)
    assert services.auth.login("li", "clerk-own-pass-2").username == "li"
    trail = actions(services)
    assert trail.count("staff.login_failed") == MAX_FAILURES
    assert trail.count("staff.locked") == 1 and trail.count("staff.login_locked") == 1
    assert trail[-1] == "staff.login"


def test_an_administrator_lifts_a_lock_and_resets_a_forgotten_password(services, admin, clerk):
    for _ in range(MAX_FAILURES):
        with pytest.raises(UserError):
            services.auth.login("li", "forgotten-1")
    (account,) = [a for a in services.auth.accounts(admin) if a.username == "li"]
    assert account.locked_until is not None
    services.auth.reset_password(admin, clerk.id, "temporary-1")
    again = services.auth.login("li", "temporary-1")
    assert again.must_change_password  # the holder chooses their own at once
    with pytest.raises(UserError, match="原密码不正确"):
        services.auth.change_password(again, "wrong-1", "my-own-pass-2")
    with pytest.raises(UserError, match="不能与原密码相同"):
        services.auth.change_password(again, "temporary-1", "temporary-1")
    changed = services.auth.change_password(again, "temporary-1", "my-own-pass-2")
    assert not changed.must_change_password
    assert not services.auth.login("li", "my-own-pass-2").must_change_password
    trail = actions(services)
    assert "staff.password_reset" in trail and "staff.password_change" in trail


def test_a_new_account_can_do_nothing_until_it_chooses_its_own_password(
    services, admin, clock, config, capsys, monkeypatch
):
    from station import cli
    from tests.factories import intake

    services.auth.create_staff(
        admin, username="wang", display_name="王登记", password="temp-pass-1", role=Role.CLERK
    )
    first = services.auth.login("wang", "temp-pass-1")
    assert first.must_change_password
    assert not services.auth.login("admin", ADMIN_PASSWORD).must_change_password
    with pytest.raises(UserError, match="临时密码"):  # the service refuses, not only the GUI
        services.intake.register(intake(admitted_at=clock.now), first)
    monkeypatch.setenv("STATION_PASSWORD", "temp-pass-1")  # nor from the command line
    out = config.data_dir / "名单.xml"
    assert cli.main(["--data-dir", str(config.data_dir), "export-list", "1", "-o", str(out),
                     "--user", "wang"]) == 2  # fmt: skip
    assert "临时密码" in capsys.readouterr().err and not out.exists()
    own = services.auth.change_password(first, "temp-pass-1", "wang-own-pass-2")
    services.intake.register(intake(admitted_at=clock.now), own)


def test_a_directors_confirmation_counts_toward_the_lock_out(services, admin, clerk):
    director = services.auth.create_staff(
        admin, username="zhao", display_name="赵站长", password="temp-pass-1", role=Role.DIRECTOR
    )
    for _ in range(MAX_FAILURES):
        assert not services.auth.confirm(director.id, "guess-pass-1")
    assert not services.auth.confirm(director.id, "temp-pass-1")  # locked: even the right one
    with pytest.raises(UserError, match="已锁定"):
        services.auth.login("zhao", "temp-pass-1")
    assert actions(services).count("staff.locked") == 1


def test_the_station_always_keeps_an_active_administrator(services, admin, clerk):
    with pytest.raises(UserError, match="唯一启用的管理员"):
        services.auth.update_staff(admin, admin.id, active=False)
    with pytest.raises(UserError, match="唯一启用的管理员"):
        services.auth.update_staff(admin, admin.id, role=Role.DIRECTOR)
    services.auth.update_staff(admin, clerk.id, role=Role.ADMIN)
    services.auth.update_staff(admin, admin.id, role=Role.DIRECTOR)  # now there is another
    roles = {a.username: a.role for a in services.auth.accounts(clerk)}
    assert roles == {"admin": "director", "li": "admin"}


def test_the_screen_lock_is_lifted_by_the_same_persons_password(services, admin):
    with pytest.raises(UserError):
        services.auth.unlock_screen(admin, "not-mine-1")
    services.auth.unlock_screen(admin, ADMIN_PASSWORD)
    assert actions(services)[-2:] == ["staff.login_failed", "staff.unlock_screen"]
