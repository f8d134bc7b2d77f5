#!/usr/bin/env python3
"""Summarises a `perf record -g` profile of council-benchmark by library function.

The profile of the job is flat (no function above a few per cent), so perf's own report, which charges
each sample to the innermost function (often swift_retain or malloc), says little. This groups samples
by the innermost CouncilPerformance or council-benchmark frame: which library function was running,
whatever it had called.

    python3 Benchmarks/profile.py PERF_DATA [--under NAME] [--callees NAME] [--top N]

--under NAME keeps only samples with a frame whose (demangled) name contains NAME, for example
`CSVDataSource.load` for the load stage; --callees NAME shows what NAME spent its time in, one level
down.
"""
import argparse
import collections
import subprocess
import sys


def stacks(data):
    script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True, check=True)
    for block in script.stdout.split("\n\n"):
        frames = []
        for line in block.strip().splitlines():
            parts = line.strip().split(" ", 1)
            frames.append(parts[1] if len(parts) == 2 else "?")
        if frames:
            yield frames


def demangled(names):
    result = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names), capture_output=True, text=True)
    return dict(zip(names, result.stdout.split("\n")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--under", default="")
    parser.add_argument("--callees")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    samples = list(stacks(args.data))
    names = demangled(sorted({frame for frames in samples for frame in frames}))
    total = len(samples)
    counts = collections.Counter()
    for raw in samples:
        frames = [names.get(frame, frame) for frame in raw]
        if args.under and not any(args.under in frame for frame in frames):
            continue
        if args.callees:
            index = next((i for i, frame in enumerate(frames) if args.callees in frame), None)
            if index is not None:
                counts[frames[index - 1] if index > 0 else "(itself)"] += 1
        else:
            library = (f for f, r in zip(frames, raw) if "CouncilPerformance" in r or "council_benchmark" in r)
            counts[next(library, "(outside the package)")] += 1
    if not total:
        print("no samples", file=sys.stderr)
        return 1
    print(f"{sum(counts.values())} of {total} samples")
    for name, count in counts.most_common(args.top):
        print(f"{100 * count / total:5.1f}%  {name[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
