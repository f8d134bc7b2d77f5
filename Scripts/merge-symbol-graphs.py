#!/usr/bin/env python3
"""Merges the symbol graphs of the library's layer modules into one graph for the umbrella module.

    merge-symbol-graphs.py MODULE INPUT_DIR OUTPUT_DIR

Every `MODULE*.symbols.json` in INPUT_DIR (MODULE itself and its layers, MODULEModel, MODULERules, ...)
becomes part of `MODULE.symbols.json`; extension graphs (`MODULEModel@Swift.symbols.json`) merge into
`MODULE@Swift.symbols.json`. Symbols keep their precise identifiers, so relationships between layers
still resolve; only the module's name changes, to the one users import.
"""
import json
import pathlib
import sys


def main() -> None:
    module, source, target = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    merged: dict[str, dict] = {}
    for path in sorted(source.glob(f"{module}*.symbols.json")):
        name = path.name[: -len(".symbols.json")]
        layer, _, extended = name.partition("@")
        key = f"{module}@{extended}" if extended else module
        graph = json.loads(path.read_text(encoding="utf-8"))
        if key not in merged:
            graph["module"]["name"] = module
            merged[key] = graph
        else:
            merged[key]["symbols"].extend(graph["symbols"])
            merged[key]["relationships"].extend(graph["relationships"])
    if module not in merged:
        sys.exit(f"no symbol graph for {module} in {source}")
    target.mkdir(parents=True, exist_ok=True)
    for key, graph in merged.items():
        (target / f"{key}.symbols.json").write_text(json.dumps(graph), encoding="utf-8")


if __name__ == "__main__":
    main()
