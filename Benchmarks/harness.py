#!/usr/bin/env python3
"""Runs one benchmark command, and reports its wall time, CPU time, peak memory and the stage timings it
prints.

Used by Scripts/benchmark.sh. CPU time is user and system time of the command and every process it
waited for (its workers), over all their threads: on a machine shared with other work it varies much
less than wall time. Peak memory is the largest resident set of any one process in the run (ru_maxrss of
the children), which undercounts a run that spreads over several worker processes.
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
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {"label": label, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024,
              "stages": stages}
    with open(result_path, "w") as handle:
        json.dump(result, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
