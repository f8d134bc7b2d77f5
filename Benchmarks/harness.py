#!/usr/bin/env python3
"""Runs one benchmark command, and reports its wall time, peak memory and the stage timings it prints.

Used by Scripts/benchmark.sh. Peak memory is the largest resident set of any one process in the run
(ru_maxrss of the children), which undercounts a run that spreads over several worker processes.
"""
import json
import resource
import subprocess
import sys
import time


def main() -> int:
    label, result_path, *command = sys.argv[1:]
    start = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if completed.returncode != 0:
        print(completed.stdout, end="")
        print(f"{label} failed with exit status {completed.returncode}", file=sys.stderr)
        return completed.returncode
    stages = {}
    for line in completed.stdout.splitlines():
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            stages = json.loads(line)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(result_path, "w") as handle:
        json.dump({"label": label, "wall": wall, "peak_mib": peak_kib / 1024, "stages": stages}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
