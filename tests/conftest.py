"""Shared fixtures: the real clients (Chromium, PyQGIS) and the seed corpus.

Tests that need a client skip with a reason when it is missing, and fail instead of
skipping when ``CQMAP_REQUIRE_CLIENTS=1`` (as in CI), so a broken install cannot pass
silently.

The README's pictures (``overview.png``, ``qgis.png``) are screenshots the tests take.
A plain run writes them to ``tests/artifacts/`` (git-ignored), so it leaves every tracked
file as it was; ``pytest --screenshots docs/`` writes them where the README shows them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "tests" / "artifacts"  # git-ignored
SYSTEM_PYTHON = "/usr/bin/python3"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        metavar="DIR",
        default=None,
        help="write the README's screenshots (overview.png, qgis.png) to DIR, for example "
        "docs/ (default: tests/artifacts/, git-ignored)",
    )


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path:
    """Where the README's screenshots go: ``--screenshots DIR`` (relative to the folder
    pytest was started in), else the git-ignored ``tests/artifacts/``."""
    option = pytestconfig.getoption("screenshots")
    folder = ARTIFACTS if option is None else pytestconfig.invocation_params.dir / option
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def require_client(available: bool, reason: str) -> None:
    """Skip (or fail, under ``CQMAP_REQUIRE_CLIENTS=1``) when a real client is missing."""
    if available:
        return
    if os.environ.get("CQMAP_REQUIRE_CLIENTS") == "1":
        pytest.fail(f"required client missing: {reason}", pytrace=False)
    pytest.skip(reason)


def _qgis_available() -> bool:
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import qgis.core"],
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    return probe.returncode == 0


@pytest.fixture(scope="session")
def qgis_python() -> str:
    """Path of the system Python that has PyQGIS (Debian ``python3-qgis``)."""
    require_client(
        _qgis_available(),
        f"PyQGIS not importable from {SYSTEM_PYTHON} (apt-get install python3-qgis)",
    )
    return SYSTEM_PYTHON


@pytest.fixture(scope="session")
def chromium_paths() -> tuple[str, str]:
    """Paths of Debian's Chromium and ChromeDriver, once both are known to be present."""
    try:
        import selenium  # noqa: F401

        has_selenium = True
    except ImportError:
        has_selenium = False
    present = os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)
    require_client(
        present and has_selenium and shutil.which(CHROMIUM) is not None,
        "headless Chromium needs /usr/bin/chromium, /usr/bin/chromedriver "
        "(apt-get install chromium chromium-driver) and selenium (the [test] extra)",
    )
    return CHROMIUM, CHROMEDRIVER


@pytest.fixture(scope="session")
def browser(chromium_paths: tuple[str, str], tmp_path_factory: pytest.TempPathFactory):
    """Headless Chromium with the network closed (see ``tests/browser.py``), quit at the end.

    One browser for the session: starting Chromium costs about a second, a page load far
    less. Each ``open_map`` re-applies the offline emulation and resets the logs.
    """
    from browser import start_browser  # tests/ is on sys.path (rootdir conftest)

    driver = start_browser(*chromium_paths, profile_dir=tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def cqmap_build():
    """Run the installed ``cqmap build`` (quiet) with the given arguments; return the
    output folder after checking that the command succeeded."""
    exe = shutil.which("cqmap")
    if exe is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")

    def build(out: Path, *args: str, cwd: Path | None = None) -> Path:
        result = subprocess.run(
            [exe, "-q", "build", *args, "-o", str(out)],
            capture_output=True, text=True, cwd=cwd, timeout=600,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return out

    return build


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five seed articles, in name order."""
    return sorted(SEEDS.glob("*.txt"))
