"""benchmarks/accuracy.py: the figures the owner measures Station by, on any labelled folder."""

import csv
import runpy
import shutil
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "accuracy.py"


def test_ages_in_labels_add_cross_age_pairs_and_child_to_adult_search(
    tmp_path, face_photos, monkeypatch, capsys
):
    # The ages are the test's labels (the photos are of adults): what is checked is which pairs
    # the benchmark counts as cross-age and that it searches the child photos among the adults'.
    rows = [("obama", "obama", 9), ("obama2", "obama", 45), ("obama3", "obama", 47),
            ("biden", "biden", 60), ("32bit", "other", "")]  # fmt: skip
    with (tmp_path / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["file", "identity", "east_asian", "age"])
        for name, identity, age in rows:
            photo = face_photos[name]
            shutil.copy(photo, tmp_path / photo.name)
            out.writerow([photo.name, identity, "no", age])
    monkeypatch.setattr(sys, "argv", ["accuracy.py", str(tmp_path)])
    runpy.run_path(str(BENCHMARK), run_name="__main__")
    printed = capsys.readouterr().out
    section = printed[printed.index("Cross-age pairs") :]
    # The child photo against the two adult photos of the same man and against Biden; the photo
    # without an age is never a cross-age pair.
    assert section.startswith("Cross-age pairs (child / adult): 2 same-person pairs, 1 different")
    assert "band strong   (0.000, 0.000]" in section  # by default never "strong" across ages
    assert "child → adult over 1 child photos: rank-1 1.000, rank-5 1.000" in section


def test_without_ages_it_says_how_to_get_cross_age_figures(
    tmp_path, face_photos, monkeypatch, capsys
):
    for name in ("obama", "obama2", "biden"):
        folder = tmp_path / ("obama" if name.startswith("obama") else name)
        folder.mkdir(exist_ok=True)
        shutil.copy(face_photos[name], folder)
    monkeypatch.setattr(sys, "argv", ["accuracy.py", str(tmp_path)])
    runpy.run_path(str(BENCHMARK), run_name="__main__")
    printed = capsys.readouterr().out
    assert "3 photos with a face, 2 identities" in printed
    assert "No cross-age pairs (an age column" in printed
