"""The installers' metadata agrees with the program it installs."""

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from station import about

ROOT = Path(__file__).resolve().parent.parent
ID = "org.stationapp.Station"


def test_the_appstream_metadata_names_this_version_and_the_desktop_entry():
    component = ET.parse(ROOT / "packaging" / "linux" / f"{ID}.metainfo.xml").getroot()
    assert component.findtext("id") == ID
    assert component.findtext("project_license") == about.LICENCE
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == about.version()  # the newest release first, and it is this one
    assert component.find("launchable").text == f"{ID}.desktop"


def test_the_desktop_entry_starts_station_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / f"{ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "station" and section["Icon"] == ID
    assert section["Name[zh_CN]"] == "救助寻亲工作站"
    assert (ROOT / "resources" / "icons" / "station.png").exists()


def test_the_windows_installer_is_made_from_the_bundle_and_keeps_the_data_by_default():
    script = (ROOT / "packaging" / "windows" / "station.iss").read_text(encoding="utf-8")
    assert 'Source: "..\\..\\dist\\station\\*"' in script
    assert "MB_DEFBUTTON2" in script and "not UninstallSilent" in script
    assert "compiler:Languages\\ChineseSimplified.isl" in script
