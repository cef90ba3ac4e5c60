"""Importing timeline stays cheap: heavy optional libraries load only when needed.

Each check runs in a fresh interpreter, since this test process may have imported them already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("matplotlib", "dateparser", "trafilatura")


def loaded_after(code: str) -> list[str]:
    """The heavy top-level packages present in sys.modules after running code in a subprocess."""
    probe = (
        f"{code}\n"
        "import json, sys\n"
        "loaded = {name.split('.')[0] for name in sys.modules}\n"
        f"print(json.dumps(sorted(loaded & {set(HEAVY)!r})))\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_import_timeline_is_light() -> None:
    assert loaded_after("import timeline") == []


def test_import_tagger_is_light() -> None:
    assert loaded_after("import timeline.tagger") == []


def test_tag_without_numeric_dates_does_not_load_dateparser() -> None:
    code = (
        "from timeline.tagger import tag\n"
        "tag('On Friday, two days after Christmas, officials said that last month, at 3 p.m. "
        "on 5 September 2025, the talks of the 1990s resumed.', '2025-09-05')\n"
    )
    assert "dateparser" not in loaded_after(code)
