"""What the installers are made of: the desktop entry, the AppStream metainfo, the icon in
every size (and in the package, where the program reads it through importlib.resources),
the Linux install script, and the check of the system libraries Qt's X11 plugin needs."""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enquirydesk
from enquirydesk import desktop, qt_libs

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
PACKAGE_RESOURCES = ROOT / "src" / "enquirydesk" / "resources"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its first chunk is IHDR)."""
    assert data.startswith(PNG_SIGNATURE)
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, GenericName[sl]
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


# -- the desktop entry and the metainfo ------------------------------------------------


def test_the_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = desktop_entry(LINUX / desktop.DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "EnquiryDesk"
    assert entry["Exec"] == "enquirydesk"  # the console script; install.sh writes the bundle's
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == desktop.ICON_NAME
    assert entry["StartupWMClass"] == "EnquiryDesk"  # the application name Qt gives X11
    assert "Office" in entry["Categories"].split(";")
    for language in ("id", "sl"):  # the menu speaks the program's languages
        assert entry[f"Comment[{language}]"] != entry["Comment"]


def test_every_icon_size_the_entry_names_exists_at_its_size() -> None:
    for size in desktop.ICON_SIZES:
        data = (ICONS / desktop.png_name(size)).read_bytes()
        assert png_size(data) == (size, size)
    assert {16, 32, 48, 256} <= set(desktop.ICON_SIZES)  # the sizes menus and docks ask for
    svg = ET.parse(ICONS / desktop.ICON_SVG).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 64 64"


def test_the_metainfo_describes_this_version_and_links_the_entry() -> None:
    root = ET.parse(LINUX / desktop.METAINFO_FILE).getroot()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == desktop.APP_ID
    assert root.findtext("launchable") == desktop.DESKTOP_FILE
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.findtext("icon") == desktop.ICON_NAME
    assert root.findtext("project_license") == pyproject["project"]["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findtext("summary")
    assert len(root.findall("description/p")) >= 2
    releases = root.findall("releases/release")
    assert releases[0].get("version") == enquirydesk.__version__  # the newest first
    assert releases[0].findall("description/ul/li")


def test_the_screenshot_is_the_one_in_the_repository() -> None:
    root = ET.parse(LINUX / desktop.METAINFO_FILE).getroot()
    image = root.find("screenshots/screenshot/image")
    url = image.text.strip()
    assert url.startswith("https://")
    local = ROOT / url.split("/main/", 1)[1]
    assert local == ROOT / "resources" / "screenshots" / "today.png"
    width, height = png_size(local.read_bytes())
    assert (width, height) == (int(image.get("width")), int(image.get("height")))
    assert width >= 620  # AppStream's smallest screenshot for software centres


def test_the_windows_icon_holds_each_size_up_to_256_as_png() -> None:
    data = (ICONS / "enquirydesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        side = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert png_size(data[offset : offset + length]) == (side, side)
        assert data[offset : offset + length] == (ICONS / desktop.png_name(side)).read_bytes()
        sizes.append(side)
    assert sizes == [size for size in desktop.ICON_SIZES if size <= 256]


# -- the package's copies, read as the program reads them -----------------------------


def test_the_package_carries_the_same_files_as_resources() -> None:
    sources = [ICONS / desktop.ICON_SVG, *(ICONS / desktop.png_name(s) for s in desktop.ICON_SIZES)]
    sources += [LINUX / desktop.DESKTOP_FILE, LINUX / desktop.METAINFO_FILE]
    for source in sources:
        copy = PACKAGE_RESOURCES / source.name
        assert copy.read_bytes() == source.read_bytes(), f"run tools/make_icons.py ({copy})"


def test_the_icon_and_the_entry_are_found_through_importlib_resources() -> None:
    folder = resources.files("enquirydesk") / desktop.FOLDER
    assert folder.is_dir()
    pngs = desktop.icon_pngs()
    assert sorted(pngs) == sorted(desktop.ICON_SIZES)
    for size, data in pngs.items():
        assert png_size(data) == (size, size)
    assert desktop.icon_svg() == (ICONS / desktop.ICON_SVG).read_bytes()
    assert f"Icon={desktop.ICON_NAME}" in desktop.desktop_entry().splitlines()
    assert f"<id>{desktop.APP_ID}</id>" in desktop.metainfo()
    with pytest.raises(FileNotFoundError):
        desktop.read("no-such-file.png")


def test_the_wheel_takes_the_resources_and_both_launchers() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = project["tool"]["setuptools"]["package-data"]["enquirydesk"]
    assert "resources/*" in package_data and "translations/*.qm" in package_data
    assert project["project"]["scripts"]["enquirydesk"] == "enquirydesk.cli:main"
    assert project["project"]["gui-scripts"]["enquirydesk-window"] == "enquirydesk.cli:main"
    assert project["project"]["license"] == "GPL-3.0-or-later"
    for licence in project["project"]["license-files"]:
        assert (ROOT / licence).is_file()
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")[:200]
    assert project["project"]["optional-dependencies"]["package"] == ["pyinstaller>=6"]


@pytest.mark.parametrize("module", ["desktop.py", "qt_libs.py"])
def test_the_desktop_files_and_the_library_check_need_no_qt(module: str) -> None:
    tree = ast.parse((ROOT / "src" / "enquirydesk" / module).read_text(encoding="utf-8"))
    imported = {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
        )
    }
    assert not any(name.startswith(("PySide6", "enquirydesk.ui")) for name in imported)


# -- install.sh, on a pretend bundle in a pretend home ----------------------------------


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A folder shaped like the unpacked tarball, whose program only says its version."""
    folder = tmp_path / "unpacked" / "EnquiryDesk"
    shutil.copytree(PACKAGE_RESOURCES, folder / "_internal" / "enquirydesk" / "resources")
    program = folder / "EnquiryDesk"
    program.write_text('#!/bin/sh\necho "EnquiryDesk 9.8.7"\n', encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", folder / "install.sh")
    return folder


def install_sh(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(
        ["sh", str(script), *args], env=environment, capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux bundle's installer")
def test_install_sh_installs_for_the_user_and_uninstalls_keeping_the_data(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home with space"
    data = home / ".local" / "share" / "EnquiryDesk" / "enquirydesk.sqlite"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the shop's data")

    done = install_sh(bundle / "install.sh", home)
    assert done.returncode == 0, done.stderr
    assert "EnquiryDesk 9.8.7 is installed" in done.stdout
    target = home / ".local" / "opt" / "EnquiryDesk"
    assert (target / "EnquiryDesk").is_file()
    launcher = home / ".local" / "bin" / "enquirydesk"
    assert launcher.is_symlink() and launcher.resolve() == (target / "EnquiryDesk").resolve()
    share = home / ".local" / "share"
    entry = desktop_entry(share / "applications" / desktop.DESKTOP_FILE)
    assert entry["Exec"] == f'"{target / "EnquiryDesk"}"'  # quoted: the home has a space
    assert entry["Icon"] == desktop.ICON_NAME
    for size in desktop.ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.ICON_NAME}.png"
        assert png_size(icon.read_bytes()) == (size, size)
    assert (share / "icons/hicolor/scalable/apps" / f"{desktop.ICON_NAME}.svg").is_file()
    assert (share / "metainfo" / desktop.METAINFO_FILE).is_file()

    again = install_sh(target / "install.sh", home)  # from the installed copy: in place
    assert again.returncode == 0, again.stderr
    assert (target / "EnquiryDesk").is_file()

    removed = install_sh(bundle / "install.sh", home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not target.exists() and not launcher.exists()
    assert not (share / "applications" / desktop.DESKTOP_FILE).exists()
    assert not list((share / "icons").rglob(f"{desktop.ICON_NAME}.*"))
    assert data.read_bytes() == b"the shop's data"


def test_install_sh_refuses_to_run_outside_a_bundle(tmp_path: Path) -> None:
    script = tmp_path / "install.sh"
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", script)
    done = install_sh(script, tmp_path / "home")
    assert done.returncode == 1
    assert "run it from the unpacked EnquiryDesk folder" in done.stderr
    assert not (tmp_path / "home" / ".local").exists()
    wrong = install_sh(script, tmp_path / "home", "--remove")
    assert wrong.returncode == 2 and "unknown option '--remove'" in wrong.stderr


# -- the X libraries Qt's xcb plugin needs ---------------------------------------------

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd1b9e3000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f67)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f674cb28000)
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfancy-new.so.2 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f674cc1d000)
"""


def test_ldd_output_gives_the_missing_libraries_once_each() -> None:
    assert qt_libs.missing_libraries(LDD_OUTPUT) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0",
        "libfancy-new.so.2",
    ]


def test_missing_libraries_map_to_debian_packages() -> None:
    packages, unknown = qt_libs.packages_for(qt_libs.missing_libraries(LDD_OUTPUT))
    assert packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    assert unknown == ["libfancy-new.so.2"]
    # Two libraries of one package: the package is named once.
    assert qt_libs.packages_for(["libglib-2.0.so.0", "libgthread-2.0.so.0"]) == (
        ["libglib2.0-0"],
        [],
    )


SONAME = st.from_regex(r"lib[a-z][a-z0-9-]{0,12}\.so\.[0-9]", fullmatch=True)


@given(st.lists(st.tuples(SONAME, st.booleans()), max_size=30))
def test_the_ldd_reader_finds_exactly_the_unresolved(libraries: list[tuple[str, bool]]) -> None:
    lines = ["\tlinux-vdso.so.1 (0x00007ffd1b9e3000)"]
    for name, found in libraries:
        lines.append(f"\t{name} => {f'/usr/lib/{name} (0x1000)' if found else 'not found'}")
    lines.append("\t/lib64/ld-linux-x86-64.so.2 (0x00007f674cc1d000)")
    expected: list[str] = []
    for name, found in libraries:
        if not found and name not in expected:
            expected.append(name)
    assert qt_libs.missing_libraries("\n".join(lines)) == expected


@pytest.mark.parametrize(
    ("environ", "platform", "xcb"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96;wayland"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux", False),
        ({}, "linux", False),  # no display: no window will be asked for X
        ({"DISPLAY": ":0"}, "win32", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_only_an_x11_window_on_linux_is_checked(environ, platform, xcb) -> None:
    assert qt_libs.uses_xcb(environ, platform) is xcb


def fake_plugins(tmp_path: Path) -> Path:
    plugin = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF")
    return plugin.parent.parent


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_a_lacking_system_is_told_every_package_and_the_start_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plugins = fake_plugins(tmp_path)
    asked: list[Path] = []

    def ldd(path: Path) -> str:
        asked.append(path)
        return LDD_OUTPUT

    with pytest.raises(SystemExit) as ended:
        qt_libs.exit_if_missing(plugins, {"DISPLAY": ":0"}, ldd)
    assert ended.value.code == 1
    assert asked == [plugins / "platforms" / "libqxcb.so"]
    message = capsys.readouterr().err
    assert "cannot open its window" in message
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
        in message
    )
    assert "libfancy-new.so.2" in message.split("sudo apt-get install")[1]  # named, unmapped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_a_complete_system_or_an_offscreen_start_goes_on(tmp_path: Path) -> None:
    plugins = fake_plugins(tmp_path)
    complete = "\tlibxcb-cursor.so.0 => /lib/libxcb-cursor.so.0 (0x1)\n"
    qt_libs.exit_if_missing(plugins, {"DISPLAY": ":0"}, lambda _: complete)

    def never(_: Path) -> str:
        raise AssertionError("ldd asked although no X11 window is to open")

    qt_libs.exit_if_missing(plugins, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, never)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_the_installed_qt_has_its_xcb_plugin_where_the_check_looks() -> None:
    plugin = qt_libs.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    if shutil.which("ldd"):
        assert "libQt6XcbQpa.so.6" in qt_libs.ldd(plugin)  # ldd really read the plugin
