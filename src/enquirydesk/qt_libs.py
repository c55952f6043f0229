"""Before the window opens on Linux: the system libraries Qt's X11 platform needs.

Qt's xcb platform plugin links a dozen X libraries that a fresh or minimal system may
lack (``libxcb-cursor0``, ``libxcb-icccm4``, ``libxcb-keysyms1`` …). Without one, Qt
aborts with a message naming only the first, and after installing that the next start
aborts naming the next. `check` asks ``ldd`` for every library the plugin (and what it
links) cannot find, and says in one message which Debian/Ubuntu packages bring them all.

No Qt here: `enquirydesk.app` calls `exit_if_missing` before it creates the
application, and ``make run`` runs ``python -m enquirydesk.qt_libs`` before Qt is even
imported (a missing ``libEGL.so.1`` already fails the import of QtGui).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from enquirydesk.i18n import translate

#: The Debian/Ubuntu package of each library Qt's xcb plugin (and the Qt libraries under
#: it) may need; the names are those of Debian 12 and Ubuntu 22.04 and later.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
LDD_TIMEOUT_S = 20


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` printed as "not found", each once, in the order met."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in found:
            found.append(match.group(1))
    return found


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """The packages that bring `libraries` (each once, in order), and the libraries no
    package is known for."""
    packages: list[str] = []
    unknown: list[str] = []
    for library in libraries:
        package = PACKAGES.get(library)
        if package is None:
            unknown.append(library)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will draw through X11 (the xcb plugin): on Linux, when QT_QPA_PLATFORM
    asks for xcb first, or asks nothing while an X display is set and the session is not
    Wayland's (there Qt tries its Wayland plugin first). Offscreen never needs X."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        first = asked.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    if not environ.get("DISPLAY"):
        return False
    return environ.get("XDG_SESSION_TYPE", "").lower() != "wayland"


def xcb_plugin(plugins: Path | None = None) -> Path | None:
    """Qt's xcb platform plugin: under `plugins` (Qt's plugin folder, as QLibraryInfo
    gives it), else in the PySide6 that Python would import. None when not there."""
    folders = [] if plugins is None else [plugins]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        folders.append(Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins")
    for folder in folders:
        plugin = folder / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def ldd(library: Path) -> str:
    """What ``ldd`` says of `library`; empty when there is no ``ldd`` (or it fails)."""
    tool = shutil.which("ldd")
    if tool is None:
        return ""
    try:
        done = subprocess.run(
            [tool, str(library)],
            capture_output=True,
            text=True,
            timeout=LDD_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout


def message(libraries: list[str]) -> str:
    """What to tell the user when `libraries` are missing: which, and what to install."""
    packages, unknown = packages_for(libraries)
    lines = [
        translate(
            "QtLibraries",
            "EnquiryDesk cannot open its window: this system lacks libraries that Qt needs "
            "to draw on an X11 screen: {libraries}.",
        ).format(libraries=", ".join(libraries))
    ]
    if packages:
        lines.append(
            translate("QtLibraries", "On Debian or Ubuntu, install them with:")
            + "\n    sudo apt-get install "
            + " ".join(packages)
        )
    if unknown:
        lines.append(
            translate(
                "QtLibraries",
                "Your distribution's package search finds the package that has {libraries}.",
            ).format(libraries=", ".join(unknown))
        )
    lines.append(
        translate(
            "QtLibraries",
            "The commands (report, add, import …) work without them.",
        )
    )
    return "\n".join(lines)


def check(
    plugins: Path | None = None,
    environ: Mapping[str, str] | None = None,
    run_ldd: Callable[[Path], str] = ldd,
) -> list[str]:
    """The libraries Qt's xcb plugin cannot find, when the window would use it; else []."""
    if not uses_xcb(os.environ if environ is None else environ):
        return []
    plugin = xcb_plugin(plugins)
    if plugin is None:
        return []
    return missing_libraries(run_ldd(plugin))


def exit_if_missing(
    plugins: Path | None = None,
    environ: Mapping[str, str] | None = None,
    run_ldd: Callable[[Path], str] = ldd,
) -> None:
    """Say which packages to install and exit 1 when Qt's xcb plugin lacks a library —
    instead of Qt's abort, which names one library at a time."""
    missing = check(plugins, environ, run_ldd)
    if missing:
        print(message(missing), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":  # `make run`, before the program imports Qt
    from enquirydesk import i18n

    i18n.install(i18n.choose_language(None, None, i18n.system_languages()))
    exit_if_missing()
