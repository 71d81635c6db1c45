"""Compile the translations when the package is built: a wheel or an install carries the ``.mo`` files.

Everything else about the package is in ``pyproject.toml``.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LOCALE = Path(__file__).resolve().parent / "quotes" / "locale"


class BuildWithCatalogs(build_py):
    """``build_py`` that first compiles ``quotes/locale/*/LC_MESSAGES/*.po`` into ``.mo`` files beside them."""

    def run(self) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as stream:
                catalog = read_po(stream, locale=po.parent.parent.name)
            with po.with_suffix(".mo").open("wb") as stream:
                write_mo(stream, catalog)
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogs})
