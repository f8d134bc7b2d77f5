#!/usr/bin/env python3
"""Prints the benchmark table from the harness results: ours, pandas, and how many times more pandas
takes (wall time, peak memory and each stage) than ours."""
import json
import sys


def main() -> int:
    input_bytes = int(sys.argv[1])
    results = [json.load(open(path)) for path in sys.argv[2:]]
    stages = ["load", "evaluate", "rollup", "render"]
    header = ["implementation", "wall s", "peak MiB", "obs/s", "input MB/s"] + [f"{s} s" for s in stages]
    rows = []
    for result in results:
        observations = result["stages"].get("observations", 0)
        wall = result["wall"]
        rows.append(
            [
                result["label"],
                f"{wall:.2f}",
                f"{result['peak_mib']:.0f}",
                f"{observations / wall:,.0f}" if wall else "-",
                f"{input_bytes / 1e6 / wall:.1f}" if wall else "-",
            ]
            + [f"{result['stages'].get(s, 0):.2f}" for s in stages]
        )
    if len(results) == 2 and results[0]["wall"]:
        ours, theirs = results

        def ratio(a: float, b: float) -> str:
            return f"{b / a:.2f}x" if a else "-"

        rows.append(
            ["pandas / ours", ratio(ours["wall"], theirs["wall"]), ratio(ours["peak_mib"], theirs["peak_mib"]), "", ""]
            + [ratio(ours["stages"].get(s, 0), theirs["stages"].get(s, 0)) for s in stages]
        )
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(cell).rjust(width) if i else str(cell).ljust(width) for i, (cell, width) in enumerate(zip(row, widths))))
    print(f"(stage times are summed over councils across workers; input {input_bytes / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
