"""Dump every mention `timeline.tagger.tag` finds over the development texts, to prove that an
optimisation changed no output.

    .venv/bin/python benchmarks/snapshot.py /tmp/before.jsonl   # on the unchanged code
    .venv/bin/python benchmarks/snapshot.py /tmp/after.jsonl    # after the change
    diff /tmp/before.jsonl /tmp/after.jsonl                     # must be empty

Texts: every case and negative of tests/corpus/en.toml (at its publication date and settings),
the TimeBank and AQUAINT TEXT sections (each against its DCT; TimeBank also with every other
setting, and as one joined string) and the scored phrase suites (with the settings
benchmarks/phrases.py uses). One JSON object a line: where the text came from and
each mention's full dump (span, text, type, rule, spec, time with its value, interval, grain,
mod and explanation). Corpora absent from ../shared are skipped with a note on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEMPEVAL = SHARED / "corpora" / "tempeval3"

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timeline.models import Settings  # noqa: E402
from timeline.tagger import tag  # noqa: E402

Source = tuple[str, str, date | datetime, Settings | None]


def corpus_texts() -> Iterator[Source]:
    """Every case and negative of the example corpus, with its publication date and settings."""
    with (ROOT / "tests" / "corpus" / "en.toml").open("rb") as handle:
        data = tomllib.load(handle)
    default: date = data["published"]
    for group in ("case", "negative"):
        for index, entry in enumerate(data.get(group, [])):
            options = entry.get("settings")
            yield (f"corpus:{group}:{index}", entry["text"], entry.get("published", default),
                   Settings(**options) if options else None)


def tempeval_texts(name: str, settings: Settings | None = None, label: str = ""
                   ) -> Iterator[Source]:
    """The TEXT sections of a TempEval-3 folder, each with its DCT."""
    from timeline.timeml import read_timeml

    folder = TEMPEVAL / name
    if not folder.is_dir():
        print(f"skipped {name}: {folder} not found", file=sys.stderr)
        return
    for path in sorted(folder.glob("*.tml")):
        doc = read_timeml(path)
        yield f"{name}{label}:{path.name}", doc.text, doc.dct, settings


def joined_texts(name: str) -> Iterator[Source]:
    """A TempEval-3 folder's TEXT sections as one string, as benchmarks/throughput.py tags it."""
    texts = list(tempeval_texts(name))
    if texts:
        yield f"{name}:joined", "\n\n".join(text for _, text, _, _ in texts), texts[0][2], None


def phrase_texts() -> Iterator[Source]:
    """The cases of the scored phrase suites, with the settings benchmarks/phrases.py uses."""
    import phrases

    if not phrases.PHRASES.is_dir():
        print(f"skipped phrase suites: {phrases.PHRASES} not found", file=sys.stderr)
        return
    for suite in phrases.SUITES:
        for index, case in enumerate(phrases.load_suite(suite)):
            yield (f"phrases:{suite}:{index}", case["text"], phrases.reference_of(case),
                   phrases.settings_of(suite, case))


def snapshot(out: Path) -> int:
    """Write one line per text; return the number of mentions written."""
    count = 0
    sources = [corpus_texts(), tempeval_texts("TimeBank"), tempeval_texts("AQUAINT"),
               phrase_texts(), joined_texts("TimeBank")]
    # The other settings over the same news, so every branch they open is covered too.
    for label, settings in ((":future", Settings(prefer="future")),
                            (":narrative", Settings(document_type="narrative")),
                            (":split", Settings(ranges="split")),
                            (":timeml", Settings(ranges="timeml")),
                            (":day-first-south", Settings(day_first=True, hemisphere="south"))):
        sources.append(tempeval_texts("TimeBank", settings, label))
    with out.open("w", encoding="utf-8") as handle:
        for source in sources:
            for where, text, published, settings in source:
                mentions = tag(text, published, settings=settings)
                dumped: list[dict[str, Any]] = [m.model_dump(mode="json") for m in mentions]
                count += len(dumped)
                handle.write(json.dumps({"source": where, "mentions": dumped},
                                        ensure_ascii=False, sort_keys=True) + "\n")
    return count


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot to the path given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="JSON lines file to write")
    args = parser.parse_args(argv)
    count = snapshot(args.out)
    print(f"{count} mentions written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
