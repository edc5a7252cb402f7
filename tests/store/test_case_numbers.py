"""Two workstations registering at the same moment on one SQLite file get gap-free numbers."""

import subprocess
import sys
import textwrap

from station.services.container import Services

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys
    from station.config import Config
    from station.services.container import Services
    from tests.factories import intake
    services = Services.open(Config.load(__import__("pathlib").Path(sys.argv[1])), busy_timeout=30)
    staff = services.auth.login("admin", "station-admin-1")
    now = dt.datetime.now(dt.UTC)
    for _ in range(int(sys.argv[2])):
        services.intake.register(intake(admitted_at=now), staff)
    services.close()
    """
)


def test_concurrent_intakes_on_two_processes(config, admin, services):
    per_worker = 15
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(config.data_dir), str(per_worker)])
        for _ in range(2)
    ]
    assert [p.wait(timeout=240) for p in procs] == [0, 0]
    with services.db.read() as session:
        from sqlmodel import select

        from station.store.models import Stay

        numbers = sorted(session.exec(select(Stay.case_number)).all())
    year = numbers[0][:4]
    assert numbers == [f"{year}-{i:06d}" for i in range(1, 2 * per_worker + 1)]
    assert isinstance(services, Services)
