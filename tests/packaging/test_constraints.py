"""packaging/constraints.txt: exact pins for everything pyproject.toml asks for, used everywhere."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.support import CONSTRAINTS, PACKAGING, ROOT

BUILD_TOOLS = PACKAGING / "build-tools.in"

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


def test_make_installs_with_the_constraints_pip_included():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "CONSTRAINTS := packaging/constraints.txt" in makefile
    installs = [line.strip() for line in makefile.splitlines() if "pip install" in line]
    assert "$(BIN)/python -m pip install -c $(CONSTRAINTS) --upgrade pip" in installs
    assert len(installs) == 3 and all("-c $(CONSTRAINTS)" in line for line in installs), installs
    assert "pip" in pins()


def test_the_build_backend_is_pinned_exactly_to_the_constraints_version():
    """pip builds the editable install in an isolated environment that `-c` does not reach, so
    pyproject.toml's [build-system] pins its requirements itself, to the locked versions."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
    assert build["build-backend"] == "setuptools.build_meta"
    locked = pins()
    names = set()
    for text in build["requires"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        (spec,) = requirement.specifier
        assert spec.operator == "==" and not requirement.marker, f"{text} is not an exact pin"
        assert locked.get(name) == spec.version, f"{text}, but {CONSTRAINTS.name} has {locked.get(name)}"
        names.add(name)
    # setuptools 70.1+ builds wheels itself; an unpinned `wheel` here would float again.
    assert names == {"setuptools"}


def test_the_constraints_come_from_pyproject_and_the_build_tools_as_the_readme_says():
    command = CONSTRAINTS.read_text(encoding="utf-8").splitlines()[1].lstrip("#").strip()
    assert command.startswith("uv pip compile pyproject.toml packaging/build-tools.in "), command
    assert f"`{command}`" in (PACKAGING / "README.md").read_text(encoding="utf-8")
    tools = [line.strip() for line in BUILD_TOOLS.read_text(encoding="utf-8").splitlines()]
    assert [line for line in tools if line and not line.startswith("#")] == ["pip", "setuptools"]
    text = CONSTRAINTS.read_text(encoding="utf-8")
    assert re.search(r"^pip==\S+\n    # via -r packaging/build-tools.in$", text, re.M)
