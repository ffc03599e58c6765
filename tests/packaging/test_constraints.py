"""packaging/constraints.txt: exact pins for everything pyproject.toml asks for, used everywhere."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.support import CONSTRAINTS, ROOT

PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)==(?P<version>[^\s;]+)(\s*;\s*(?P<marker>.+))?$")


def pins() -> dict[str, str]:
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = PIN.match(line.strip())
        assert match, f"not an exact pin: {line!r}"
        found[canonicalize_name(match["name"])] = match["version"]
    return found


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in [*project["dependencies"], *extras["test"], *extras["package"]]]


def test_every_line_is_an_exact_pin():
    assert len(pins()) > 20


def test_every_project_requirement_is_pinned_within_its_range():
    locked = pins()
    for requirement in project_requirements():
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is not in {CONSTRAINTS.name}"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"{name}=={locked[name]} is outside {requirement}"
        )


def test_the_build_tools_and_their_hooks_are_pinned():
    locked = pins()
    for name in ("pyinstaller", "pyinstaller-hooks-contrib", "pyside6-essentials", "shiboken6", "setuptools"):
        assert name in locked, name
    # Platform-only dependencies keep their markers, so one file serves all three systems.
    text = CONSTRAINTS.read_text(encoding="utf-8")
    assert re.search(r"^pywin32==\S+ ; sys_platform == 'win32'$", text, re.M)
    assert re.search(r"^pefile==\S+ ; sys_platform == 'win32'$", text, re.M)
    assert re.search(r"^macholib==\S+ ; sys_platform == 'darwin'$", text, re.M)


def test_make_installs_with_the_constraints():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "CONSTRAINTS := packaging/constraints.txt" in makefile
    installs = [line for line in makefile.splitlines() if "pip install" in line and "-e " in line]
    assert installs and all("-c $(CONSTRAINTS)" in line for line in installs)
