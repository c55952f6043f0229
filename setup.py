"""The build compiles the Qt Linguist catalogues (``resources/translations/*.ts``) into
the package as ``.qm`` files, so that a wheel, an editable install and the packaged
program all carry them. Everything else about the build is in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
TARGET = ROOT / "src" / "enquirydesk" / "translations"


def lrelease() -> str:
    """Qt's catalogue compiler, as PySide6 ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt/bin/lrelease"):
        if candidate.exists():
            return str(candidate)
    sys.exit(f"PySide6's lrelease was not found in {folder}.")


def compile_catalogues() -> None:
    TARGET.mkdir(exist_ok=True)
    tool = lrelease()
    for source in sorted(SOURCES.glob("*.ts")):
        target = TARGET / f"{source.stem}.qm"
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [tool, "-silent", "-nounfinished", str(source), "-qm", str(target)], check=True
        )


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        compile_catalogues()
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
