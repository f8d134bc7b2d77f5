#!/usr/bin/env python3
"""Generates the national benchmark's input: one CSV folder per council (see Benchmarks/SPEC.md).

    python3 Benchmarks/generate.py --out DIR --size small|medium|national|huge|large [--seed K]
    python3 Benchmarks/generate.py --out DIR --councils N --measures M --periods P --projects S --seed K

Explicit counts override the preset's. The output is deterministic for a seed: council i (c0001 is 1)
draws from its own random.Random(seed * 1_000_003 + i), so councils are generated independently, in
parallel over --workers processes (2 by default). DIR holds nothing but the council folders, since the
benchmark jobs treat every entry of DIR as a council.

Only the standard library is used.
"""
import argparse
import multiprocessing
import os
import random
import re
import shutil
import sys
import time

PRESETS = {
    "small": dict(councils=10, measures=200, periods=8, projects=50),
    "medium": dict(councils=60, measures=500, periods=12, projects=100),
    "national": dict(councils=400, measures=1000, periods=20, projects=200),
    # Five times national (40 million observations, about 1.2 GB of CSV): time and memory from medium
    # through national to huge show how each implementation grows with the data (Scripts/benchmark.sh huge).
    "huge": dict(councils=2000, measures=1000, periods=20, projects=200),
    # One large council, about the size on disk of the national set's inputs (190 MB): the memory of
    # council-report, which reads one council whole, is measured on it (Scripts/benchmark.sh large).
    "large": dict(councils=1, measures=340000, periods=20, projects=2000),
}

FIRST_YEAR = 2016  # Q1 2016/17 is the first period
SAVINGS_FIRST_YEAR = 2018  # five savings years from 2018/19
SAVINGS_YEARS = 5
STATUS_MONTH = "Sep 2018"
STATUSES = ["On Target", "Experiencing Obstacles", "At Risk", "Compromised", "Closed or Completed"]
STATUS_WEIGHTS = [50, 20, 12, 6, 12]
PORTFOLIOS = [
    ("adults", "Adult Social Care and Health"),
    ("children", "Children and Families"),
    ("place", "Place"),
    ("resources", "Resources"),
]
UNITS = ["percentage", "count", "days", "currency"]
UNIT_WEIGHTS = [45, 35, 10, 10]
TARGET_KINDS = ["value", "Increase", "Decrease", "Maintain", "New Measure", "-"]
TARGET_WEIGHTS = [62, 10, 8, 8, 5, 7]
TOPICS = [
    "residents satisfied with their local area",
    "children in good or outstanding schools",
    "households in temporary accommodation",
    "older people supported to live at home",
    "young people in education or training",
    "missed bin collections",
    "planning applications decided in time",
    "invoices paid within 30 days",
    "library visits",
    "potholes repaired",
    "adults in employment after support",
    "looked after children in stable placements",
    "delayed transfers of care",
    "customer calls answered",
    "homes built",
    "waste recycled or composted",
    "fly-tipping incidents",
    "staff sickness absence",
    "apprenticeships started",
    "council tax collected",
]

MISSING = 0.03  # share of observations with no value
CUMULATIVE = 0.30  # share of cumulative measures
CONTEXTUAL = 0.10  # share of contextual measures (good_is -)
BOUNDARY = 0.04  # share of rated observations put exactly on (or at) an edge of a band


def financial_year(start):
    return f"{start}/{(start + 1) % 100:02d}"


def quarter_label(index):
    """The label of the index-th quarter from Q1 2016/17 (index 0)."""
    year, quarter = divmod(index, 4)
    return f"Q{quarter + 1} {financial_year(FIRST_YEAR + year)}"


def number(hundredths):
    """A positive or negative amount in hundredths as a plain number with at most 2 decimals."""
    sign = ""
    if hundredths < 0:
        sign, hundredths = "-", -hundredths
    whole, fraction = divmod(hundredths, 100)
    if fraction == 0:
        return f"{sign}{whole}"
    if fraction % 10 == 0:
        return f"{sign}{whole}.{fraction // 10}"
    return f"{sign}{whole}.{fraction:02d}"


# Per unit: a typical level (hundredths), the step values are rounded to, the step targets are rounded to,
# and the largest value (None: unbounded).
def unit_profile(rng, unit):
    if unit == "percentage":
        return rng.randint(2000, 9500), 1, (100 if rng.random() < 0.7 else 50), 10000
    if unit == "count":
        scale = rng.choice([10, 100, 1000, 10000])
        level = rng.randint(scale // 2 + 5, scale * 5) * 100
        step = 500 if level < 20000 else (1000 if level < 200000 else 10000)
        return level, 100, step, None
    if unit == "days":
        return rng.randint(200, 6000), 1, (10 if rng.random() < 0.6 else 100), None
    # currency: pounds, values whole pounds, targets in thousands
    return rng.randint(10_000, 5_000_000) * 100, 100, 100_000, None


def generate_council(job):
    """Writes one council's folder; returns its id, rows per file and bytes written."""
    out, index, measures, periods, projects, seed = job
    rng = random.Random(seed * 1_000_003 + index)
    council = f"c{index:04d}"
    folder = os.path.join(out, council)
    os.makedirs(folder, exist_ok=True)
    rand = rng.random
    gauss = rng.gauss

    period_labels = [quarter_label(t) + "," for t in range(periods)]
    first_year = financial_year(FIRST_YEAR)
    last_year = financial_year(FIRST_YEAR + (periods - 1) // 4)

    files = {}
    files["council.csv"] = [
        "council,plan_title,first_year,last_year,default_tolerance",
        f"Council {index:04d},Council Plan {first_year} to {last_year},{first_year},{last_year},5%",
    ]

    measure_rows = ["id,name,unit,good_is,accumulation,role"]
    target_rows = ["measure,from,target"]
    observation_rows = ["measure,period,value"]
    add_observation = observation_rows.append
    first_period = period_labels[0][:-1]

    for m in range(1, measures + 1):
        measure = f"m{m:04d}"
        unit = rng.choices(UNITS, UNIT_WEIGHTS)[0]
        if rand() < CONTEXTUAL:
            good_is = "-"
        elif unit == "days":
            good_is = "Low" if rand() < 0.8 else "High"
        else:
            good_is = "High" if rand() < 0.6 else "Low"
        cumulative = rand() < CUMULATIVE
        role = "contextual" if good_is == "-" else "targeted"
        topic = rng.choice(TOPICS)
        name = f"{topic[0].upper()}{topic[1:]} ({measure})"
        measure_rows.append(
            f"{measure},{name},{unit},{good_is},{'cumulative' if cumulative else 'snapshot'},{role}"
        )

        level, step, target_step, ceiling = unit_profile(rng, unit)
        floor = max(100, step)

        # Target: one row per targeted measure, from the first period.
        kind = None
        target = 0
        if role == "targeted":
            kind = rng.choices(TARGET_KINDS, TARGET_WEIGHTS)[0]
            # Increase mostly on High measures and Decrease on Low ones; a tenth go the other way,
            # where the target, not the measure, says which way is better.
            if kind in ("Increase", "Decrease") and rand() >= 0.1:
                kind = "Increase" if good_is == "High" else "Decrease"
            if kind == "value":
                target = round(level * (1 + gauss(0, 0.05)) / target_step) * target_step
                target = max(target_step, target)
                if ceiling is not None:
                    target = min(target, ceiling)
                text = number(target)
            else:
                text = kind
            target_rows.append(f"{measure},{first_period},{text}")

        higher = good_is == "High"
        if kind == "Increase":
            higher = True
        elif kind == "Decrease":
            higher = False
        lag = 4 if cumulative else 1
        noise = 0.02 + 0.04 * rand()
        drift = gauss(0, 0.01)
        seasons = [1 + gauss(0, 0.03) for _ in range(4)] if cumulative else [1.0] * 4

        values = []
        prefix = measure + ","
        for t in range(periods):
            if rand() < MISSING:
                values.append(None)
                add_observation(prefix + period_labels[t])
                continue
            value = None
            comparator = values[t - lag] if t >= lag else None
            special = rand() < BOUNDARY
            if special and kind == "value":
                # On the amber limit, on the target, or one step beyond the limit.
                band = 5 * target
                if band % 100 == 0 and (band // 100) % step == 0:
                    limit = target - band // 100 if higher else target + band // 100
                    choice = rand()
                    if choice < 0.5:
                        value = limit
                    elif choice < 0.75:
                        value = target
                    else:
                        value = limit - step if higher else limit + step
                else:
                    value = target
            elif special and comparator is not None:
                # Equal to the comparator (no change; amber for Increase and Decrease), or on the limit.
                band = 5 * comparator
                if rand() < 0.5 and kind in ("Increase", "Decrease", "Maintain") and band % 100 == 0 and (
                    band // 100
                ) % step == 0:
                    value = comparator - band // 100 if higher else comparator + band // 100
                else:
                    value = comparator
            if value is None:
                x = level * (1 + drift * t) * seasons[t % 4] * (1 + gauss(0, noise))
                value = round(x / step) * step
            if value < floor:
                value = floor
            if ceiling is not None and value > ceiling:
                value = ceiling
            values.append(value)
            add_observation(prefix + period_labels[t] + number(value))

    files["measures.csv"] = measure_rows
    files["targets.csv"] = target_rows
    files["observations.csv"] = observation_rows

    # Savings delivery.
    files["portfolios.csv"] = ["id,name"] + [f"{pid},{pname}" for pid, pname in PORTFOLIOS]
    project_rows = ["id,name,portfolio,alternative_delivery"]
    savings_rows = ["project,year,cashable,at_risk"]
    status_rows = ["kind,id,month,status"]
    years = [financial_year(SAVINGS_FIRST_YEAR + y) for y in range(SAVINGS_YEARS)]
    for s in range(1, projects + 1):
        project = f"s{s:04d}"
        portfolio = PORTFOLIOS[rng.randrange(len(PORTFOLIOS))][0]
        alternative = "" if rand() < 0.75 else str(rng.randint(1, 400) * 500)
        project_rows.append(f"{project},Savings project {s:04d},{portfolio},{alternative}")
        size = rng.randint(20, 2_000) * 1_000
        for y, year in enumerate(years):
            # Savings are front-loaded: later years are often nothing. The first project saves every
            # year, so no year's council total is ever zero.
            if s > 1 and y > 0 and rand() < 0.15 * y:
                cashable = 0
            else:
                cashable = int(size * (0.2 + rand())) // 100 * 100 + (rng.randint(0, 99) if rand() < 0.2 else 0)
                cashable = max(cashable, 100)
            r = rand()
            if r < 0.35:
                at_risk = ""
            elif r < 0.45:
                at_risk = str(-rng.randint(1, max(1, cashable // 5)))
            elif r < 0.55:
                at_risk = "0"
            else:
                at_risk = str(rng.randint(0, max(1, cashable // 2)))
            savings_rows.append(f"{project},{year},{cashable},{at_risk}")
        status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
        status_rows.append(f"project,{project},{STATUS_MONTH},{status}")
    files["projects.csv"] = project_rows
    files["savings.csv"] = savings_rows
    files["statuses.csv"] = status_rows

    rows = {}
    written = 0
    for name, lines in files.items():
        text = "\n".join(lines) + "\n"
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        written += os.path.getsize(path)
        rows[name] = len(lines) - 1
    return council, rows, written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="the folder to write the council folders into")
    parser.add_argument("--size", choices=sorted(PRESETS), help="a preset: small, medium, national, huge or large")
    parser.add_argument("--councils", type=int, help="number of councils (N)")
    parser.add_argument("--measures", type=int, help="measures per council (M)")
    parser.add_argument("--periods", type=int, help="quarters from Q1 2016/17 (P)")
    parser.add_argument("--projects", type=int, help="savings projects per council (S)")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument(
        "--force", action="store_true", help="replace council folders (cNNNN) already in --out"
    )
    args = parser.parse_args(argv)

    settings = dict(PRESETS[args.size]) if args.size else {}
    for key in ("councils", "measures", "periods", "projects"):
        if getattr(args, key) is not None:
            settings[key] = getattr(args, key)
        if key not in settings:
            parser.error(f"--{key} is required without --size")
        if settings[key] < 1:
            parser.error(f"--{key} must be at least 1")
    if settings["councils"] > 9999:
        parser.error("--councils must be at most 9999")

    out = args.out
    os.makedirs(out, exist_ok=True)
    existing = sorted(e for e in os.listdir(out) if not e.startswith("."))  # the jobs skip hidden entries
    if existing:
        councils = [e for e in existing if re.fullmatch(r"c\d{4}", e) and os.path.isdir(os.path.join(out, e))]
        if not args.force or len(councils) != len(existing):
            sys.exit(
                f"generate.py: {out} is not empty; use --force to replace its council folders "
                "(it must hold nothing else)"
            )
        for entry in councils:
            shutil.rmtree(os.path.join(out, entry))

    started = time.perf_counter()
    jobs = [
        (out, i, settings["measures"], settings["periods"], settings["projects"], args.seed)
        for i in range(1, settings["councils"] + 1)
    ]
    if args.workers > 1 and len(jobs) > 1:
        with multiprocessing.Pool(args.workers) as pool:
            results = pool.map(generate_council, jobs, chunksize=1)
    else:
        results = [generate_council(job) for job in jobs]
    elapsed = time.perf_counter() - started

    totals = {}
    total_bytes = 0
    for _, rows, written in results:
        total_bytes += written
        for name, count in rows.items():
            totals[name] = totals.get(name, 0) + count
    print(
        f"generated {len(results)} councils into {out}: M={settings['measures']} P={settings['periods']} "
        f"S={settings['projects']} seed={args.seed}"
    )
    for name in sorted(totals):
        print(f"  {name:<18} {totals[name]:>12,} rows")
    print(f"  total              {sum(totals.values()):>12,} rows, {total_bytes:,} bytes "
          f"({total_bytes / 1e6:.1f} MB) in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
