#!/usr/bin/env python3
"""Prints the benchmark table from the harness results: ours first, then each peer (pandas, polars,
DuckDB), how many times more each peer takes than ours (wall time, peak memory and each stage), and the
same for the fastest peer, against the goal of being twice as fast as it (Documentation/Performance.md).

The results may hold several rounds of each implementation (one file a run, in the order they ran). Each
implementation's row is its median round by wall time, and the goal is judged on the medians: the
fastest peer is the one with the smallest median wall time, and the ratio is its median over ours. With
more than one round, each implementation's wall times and each round's ratio are listed under the table.
"""
import json
import statistics
import sys

GOAL = 2.0  # the fastest peer's wall time over ours


def median_run(runs: list) -> dict:
    """The run with the median wall time (the lower middle one of an even number)."""
    ordered = sorted(runs, key=lambda run: run["wall"])
    return ordered[(len(ordered) - 1) // 2]


def main() -> int:
    input_bytes = int(sys.argv[1])
    rounds: dict = {}
    for path in sys.argv[2:]:
        result = json.load(open(path))
        rounds.setdefault(result["label"], []).append(result)
    results = [median_run(runs) for runs in rounds.values()]
    stages = ["load", "evaluate", "rollup", "render"]
    header = ["implementation", "wall s", "cpu s", "peak MiB", "obs/s", "input MB/s"] + [f"{s} s" for s in stages]
    rows = []
    for result in results:
        observations = result["stages"].get("observations", 0)
        wall = result["wall"]
        rows.append(
            [
                result["label"],
                f"{wall:.2f}",
                f"{result['cpu']:.2f}" if "cpu" in result else "-",
                f"{result['peak_mib']:.0f}",
                f"{observations / wall:,.0f}" if wall else "-",
                f"{input_bytes / 1e6 / wall:.1f}" if wall else "-",
            ]
            + [f"{result['stages'].get(s, 0):.2f}" for s in stages]
        )

    def ratio(a: float, b: float) -> str:
        return f"{b / a:.2f}x" if a else "-"

    ours, peers = results[0], results[1:]
    fastest = min(peers, key=lambda peer: peer["wall"]) if peers else None
    if peers and ours["wall"]:
        labelled = [(f"{peer['label']} / ours", peer) for peer in peers]
        if len(peers) > 1:
            labelled.append((f"fastest peer ({fastest['label']}) / ours", fastest))
        for label, peer in labelled:
            rows.append(
                [label, ratio(ours["wall"], peer["wall"]), ratio(ours.get("cpu", 0), peer.get("cpu", 0)),
                 ratio(ours["peak_mib"], peer["peak_mib"]), "", ""]
                + [ratio(ours["stages"].get(s, 0), peer["stages"].get(s, 0)) for s in stages]
            )
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(cell).rjust(width) if i else str(cell).ljust(width) for i, (cell, width) in enumerate(zip(row, widths))))
    count = max(len(runs) for runs in rounds.values())
    print(f"(input {input_bytes / 1e6:.1f} MB; cpu: user and system time of the process and its workers;")
    print(" stage times: ours and pandas' summed over councils across workers, about their CPU time;")
    print(" polars' and DuckDB's the process's CPU time over all its threads"
          + (f"; each row is its implementation's median of {count} rounds by wall time)" if count > 1 else ")"))
    if count > 1:
        for label, runs in rounds.items():
            print(f"  {label} wall s by round: " + ", ".join(f"{run['wall']:.2f}" for run in runs))
    if fastest is not None and ours["wall"]:
        measured = fastest["wall"] / ours["wall"]
        verdict = "met" if measured >= GOAL else "not met"
        if ours["stages"].get("observations", 0) < 1_000_000:
            verdict += ", but start-up dominates at this size: the goal is judged at national"
        by_round = ""
        if count > 1:
            pairs = zip(rounds[fastest["label"]], rounds[ours["label"]])
            ratios = [peer["wall"] / mine["wall"] for peer, mine in pairs if mine["wall"]]
            by_round = f"; round by round {', '.join(f'{r:.2f}x' for r in ratios)}, median {statistics.median(ratios):.2f}x"
        print(f"goal: twice as fast as the fastest peer ({fastest['label']}): {measured:.2f}x"
              + (" (medians)" if count > 1 else "") + f", {verdict}"
              + (f" (CPU time: {fastest['cpu'] / ours['cpu']:.2f}x)" if ours.get("cpu") and "cpu" in fastest else "")
              + by_round)
    return 0


if __name__ == "__main__":
    sys.exit(main())
