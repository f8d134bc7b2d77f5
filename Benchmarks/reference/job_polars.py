#!/usr/bin/env python3
"""The national benchmark's job (Benchmarks/SPEC.md) written with polars, as a polars user would.

    python3 Benchmarks/reference/job_polars.py --data DIR --output OUT

Reads every council folder of DIR (sorted) at once, as lazy scans of all councils' CSVs, validates them with
the checks the pandas reference (job.py) makes, rates every observation and finds its direction of travel,
rolls up the savings, and writes OUT/dashboards/<id>.html (the same tables as the pandas reference's) and
OUT/summary.csv, byte-identical to the Swift `council-benchmark`'s. Polars runs each query on its own
thread pool, one thread a core (POLARS_MAX_THREADS). The last line on stdout is JSON: the CPU seconds of
each stage (the process's, over all its threads, so comparable with the other jobs' stage times summed over
workers), the wall-clock total, and the number of observations.

This script is a point of comparison for the benchmark only; the library never depends on it.
"""
import argparse
import html
import os
import re
import sys
import time

import polars as pl

SUMMARY_HEADER = (
    "council,observations,green,amber,red,not_rated,improving,worsening,no_change,increasing,decreasing,"
    "no_comparison,cashable_y1,cashable_y2,cashable_y3,cashable_y4,cashable_y5,at_risk_y1,at_risk_y2,"
    "at_risk_y3,at_risk_y4,at_risk_y5,net_at_risk"
)
# Ratings and directions of travel are small integer codes while the data is large; labels only at the end.
RATINGS = ["green", "amber", "red", "not_rated"]
RATING_LABELS = ["Green", "Amber", "Red", "Not rated"]
TRAVELS = ["improving", "worsening", "no_change", "increasing", "decreasing", "no_comparison"]
GREEN, AMBER, RED, NOT_RATED = range(4)
IMPROVING, WORSENING, NO_CHANGE, INCREASING, DECREASING, NO_COMPARISON = range(6)

# The columns each table may have (the ones the benchmark uses), and those that must be present (as job.py).
TABLES = {
    "council": (["council", "plan_title", "first_year", "last_year", "default_tolerance", "direction_dead_band"],
                ["council", "plan_title"]),
    "measures": (["id", "name", "unit", "good_is", "accumulation", "role"], ["id", "name", "unit"]),
    "targets": (["measure", "from", "target"], ["measure", "from", "target"]),
    "observations": (["measure", "period", "value"], ["measure", "period"]),
    "portfolios": (["id", "name"], ["id", "name"]),
    "projects": (["id", "name", "portfolio", "alternative_delivery"], ["id", "name", "portfolio"]),
    "savings": (["project", "year", "cashable", "at_risk"], ["project", "year"]),
    "statuses": (["kind", "id", "month", "status"], ["kind", "id", "month", "status"]),
}
UNITS = ["percentage", "count", "days", "currency"]
GOOD_IS_TYPE = pl.Enum(["high", "low", "none"])
GOOD_IS = {"high": "high", "higher": "high", "high is good": "high", "low": "low", "lower": "low",
           "low is good": "low", "": "none", "-": "none", "n/a": "none", "none": "none", "contextual": "none"}
TARGET_WORDS = {"increase": "increase", "improve": "increase", "decrease": "decrease", "reduce": "decrease",
                "maintain": "maintain", "new measure": "new", "new": "new", "-": "none", "n/a": "none",
                "none": "none", "no target": "none"}
TARGET_LABELS = {"increase": "Increase", "decrease": "Decrease", "maintain": "Maintain", "new": "New Measure",
                 "none": "-"}
STATUSES = {"on target", "ot", "experiencing obstacles", "eo", "at risk", "ar", "compromised", "c",
            "closed or completed", "closed", "closed or complete", "completed", "complete", "no status", "ns"}
NUMBER = r"^-?\d+(?:\.\d{1,2})?$"
QUARTER = re.compile(r"Q([1-4]) (\d{4})/(\d{2})")
YEAR = re.compile(r"(\d{4})/(\d{2})")
MONTH = r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})$"


class InvalidCouncil(Exception):
    """A data set that does not load; the message lists every problem found, council by council."""


# --- load -------------------------------------------------------------------------------------------------


def financial_year_start(text):
    match = YEAR.fullmatch(text)
    if match is None or (int(match[1]) + 1) % 100 != int(match[2]):
        return None
    return int(match[1])


def quarter_index(text):
    """Quarters counted from Q1 of financial year 0: Q1 2016/17 is 2016 * 4."""
    match = QUARTER.fullmatch(text.strip())
    if match is None or (int(match[2]) + 1) % 100 != int(match[3]):
        return None
    return int(match[2]) * 4 + int(match[1]) - 1


def labels_to(frame, column, parse, dtype):
    """Maps a column of few distinct labels through a Python parser, once per label (None where it fails)."""
    labels = frame[column].unique().to_list()
    return pl.col(column).replace_strict(labels, [parse(label) for label in labels], return_dtype=dtype)


def scan(councils, data_dir, name, problems):
    """All councils' <name>.csv as one lazy frame of the allowed columns (text, but observation values as
    numbers), with the council's position `c`; a missing file is an empty table. Each file's header is
    read first: files with the same header are scanned together, as one source."""
    allowed, required = TABLES[name]
    groups = {}  # header -> (paths, council positions)
    for c, council in enumerate(councils):
        path = os.path.join(data_dir, council, name + ".csv")
        if not os.path.exists(path):
            if name == "council":
                problems.setdefault(c, []).append("council.csv: missing")
            continue
        with open(path, encoding="utf-8-sig") as handle:
            header = tuple(column.strip() for column in handle.readline().rstrip("\r\n").split(","))
        found = [f"{name}.csv: unknown column {column!r}" for column in header if column not in allowed]
        found += [f"{name}.csv: missing column {column!r}" for column in required if column not in header]
        if found:
            problems.setdefault(c, []).extend(found)
            continue
        paths, positions = groups.setdefault(header, ([], []))
        paths.append(path)
        positions.append(c)
    types = {column: pl.Float64 if (name, column) == ("observations", "value") else pl.String for column in allowed}
    frames = []
    for header, (paths, positions) in groups.items():
        frame = pl.scan_csv(paths, has_header=False, skip_rows=1, schema={column: types[column] for column in header},
                            empty_string_is_null=False, include_file_paths="path")
        frames.append(frame.select(
            pl.col("path").replace_strict(paths, positions, return_dtype=pl.UInt32).alias("c"),
            *[(pl.col(column) if column in header else pl.lit("", types[column])).alias(column) for column in allowed],
        ))
    if not frames:
        return pl.LazyFrame(schema={"c": pl.UInt32, **types})
    return pl.concat(frames, how="vertical")


def check(problems, frame, checks):
    """Counts, per council, the rows of `frame` for which each check's expression is true, and records the
    check's message for every council where the count is not zero (one query for all the checks)."""
    counts = frame.group_by("c").agg(*[bad.fill_null(False).sum().alias(str(i)) for i, (_, bad) in enumerate(checks)])
    for row in counts.collect().iter_rows(named=True):
        for i, (message, _) in enumerate(checks):
            if row[str(i)]:
                problems.setdefault(row["c"], []).append(message.format(count=row[str(i)]))


def hundredths(values, what, checks):
    """Amounts with at most 2 decimals as Int64 hundredths, and a check that none has more decimals."""
    scaled = values * 100
    rounded = scaled.round(0)
    checks.append((f"{what}: {{count}} values have more than 2 decimal places",
                           (scaled - rounded).abs() > 1e-6 * pl.max_horizontal(pl.lit(1.0), scaled.abs())))
    return rounded.cast(pl.Int64)


def amounts(texts, what, checks):
    """Number cells (thousands separators and a leading £ allowed) as Int64 hundredths; empty cells are 0."""
    texts = texts.str.strip_chars().str.replace_all(",", "", literal=True).str.strip_chars_start("£")
    bad = (texts != "") & ~texts.str.contains(NUMBER)
    checks.append((f"{what}: {{count}} values are not amounts", bad))
    values = pl.when(bad | (texts == "")).then(pl.lit("0")).otherwise(texts).cast(pl.Float64)
    return hundredths(values, what, checks)


def fail_if(problems, councils):
    if problems:
        raise InvalidCouncil("\n".join(
            f"{councils[c]}:\n" + "\n".join(messages) for c, messages in sorted(problems.items())))


def load(councils, data_dir):
    """Every council's tables, typed and validated, as in-memory frames keyed by council position `c`."""
    problems = {}
    tables = {name: scan(councils, data_dir, name, problems) for name in TABLES}
    fail_if(problems, councils)

    # council: one row each, read in Python (a few hundred rows).
    council = tables["council"].with_columns(pl.all().exclude("c").str.strip_chars()).collect()
    settings = {}
    rows_seen = council.group_by("c").len()
    for c, count in rows_seen.iter_rows():
        if count != 1:
            problems.setdefault(c, []).append(f"council.csv: expected one row, found {count}")
    for c in set(range(len(councils))) - set(rows_seen["c"].to_list()):
        problems.setdefault(c, []).append("council.csv: expected one row, found 0")
    fail_if(problems, councils)
    for row in council.iter_rows(named=True):
        c, found = row["c"], []
        for column in ("council", "plan_title"):
            if row[column] == "":
                found.append(f"council.csv: {column} is empty")
        first = financial_year_start(row["first_year"]) if row["first_year"] else None
        last = financial_year_start(row["last_year"]) if row["last_year"] else None
        if row["first_year"] and first is None:
            found.append(f"council.csv: first_year {row['first_year']!r} is not a financial year")
        if row["last_year"] and last is None:
            found.append(f"council.csv: last_year {row['last_year']!r} is not a financial year")
        tolerance = row["default_tolerance"] or "5%"
        match = re.fullmatch(r"(\d+(?:\.\d{1,2})?)%", tolerance)
        if match is None:
            found.append(f"council.csv: only a relative tolerance such as 5% is supported, not {tolerance!r}")
        if row["direction_dead_band"] not in ("", "0"):
            found.append("council.csv: a direction dead band is not supported")
        if found:
            problems[c] = found
        else:
            settings[c] = (row["council"], int(round(float(match[1]) * 100)), first, last)
    fail_if(problems, councils)
    plan = pl.DataFrame(
        [(c, name, tolerance, first * 4 if first is not None else None, last * 4 + 3 if last is not None else None)
         for c, (name, tolerance, first, last) in sorted(settings.items())],
        schema={"c": pl.UInt32, "name": pl.String, "tolerance": pl.Int64, "t_min": pl.Int32, "t_max": pl.Int32},
        orient="row",
    )

    # measures, with their position in measures.csv (`m`), which the dashboards follow.
    measures = tables["measures"].with_columns(pl.all().exclude("c").str.strip_chars()).with_columns(
        pl.int_range(pl.len(), dtype=pl.UInt32).over("c").alias("m"),
        pl.col("unit").str.to_lowercase(),
        pl.col("good_is").str.to_lowercase().replace_strict(GOOD_IS, default=None, return_dtype=GOOD_IS_TYPE),
        pl.col("accumulation").str.to_lowercase().replace("", "snapshot"),
        pl.col("role").str.to_lowercase().replace("", "targeted"),
    ).with_columns(
        rated=(pl.col("role") == "targeted") & pl.col("good_is").is_in(["high", "low"]),
        lag=pl.when(pl.col("accumulation") == "cumulative").then(4).otherwise(1).cast(pl.Int32),
    ).collect()
    check(problems, measures.lazy(), [
        ("measures.csv: a measure has no id or name", (pl.col("id") == "") | (pl.col("name") == "")),
        ("measures.csv: {count} measures are defined twice", pl.col("id").is_duplicated().over("c")),
        ("measures.csv: unsupported unit", ~pl.col("unit").is_in(UNITS)),
        ("measures.csv: good_is must be High, Low or -", pl.col("good_is").is_null()),
        ("measures.csv: accumulation must be snapshot or cumulative",
         ~pl.col("accumulation").is_in(["snapshot", "cumulative"])),
        ("measures.csv: role must be targeted or contextual", ~pl.col("role").is_in(["targeted", "contextual"])),
    ])
    keys = measures.lazy().select("c", "id", "m", "rated")

    # targets
    checks = []
    targets = tables["targets"].with_columns(pl.all().exclude("c").str.strip_chars()).collect()
    targets = targets.with_columns(
        t_from=labels_to(targets, "from", quarter_index, pl.Int32),
        kind=pl.col("target").str.to_lowercase().replace_strict(TARGET_WORDS, default=None),
        figures=pl.col("target").str.strip_chars_end("%"),
    ).with_columns(
        is_number=pl.col("kind").is_null() & pl.col("figures").str.contains(NUMBER),
    ).with_columns(
        kind=pl.when(pl.col("is_number")).then(pl.lit("value")).otherwise(pl.col("kind")),
        T=amounts(pl.when(pl.col("is_number")).then(pl.col("figures")).otherwise(pl.lit("")),
                  "targets.csv: target", checks),
    )
    targets = targets.lazy().join(keys, left_on=["c", "measure"], right_on=["c", "id"], how="left").collect()
    check(problems, targets.lazy(), checks + [
        ("targets.csv: unknown measure", pl.col("m").is_null()),
        ("targets.csv: a from period is not a quarter such as Q1 2016/17", pl.col("t_from").is_null()),
        ("targets.csv: unsupported target", pl.col("kind").is_null()),
        ("targets.csv: a contextual measure has a target other than - or New Measure",
         pl.col("kind").is_in(["value", "increase", "decrease", "maintain"]) & pl.col("rated").not_()),
    ])

    # observations: the big table. Periods are parsed once per distinct label; rows are put in measure and
    # period order, which the target and duplicate look-ups below rely on.
    checks = []
    try:
        observations = tables["observations"].with_columns(pl.col("measure").str.strip_chars()).collect()
    except pl.exceptions.ComputeError:  # a value that is not a number: find the councils, file by file
        for c, council in enumerate(councils):
            try:
                pl.read_csv(os.path.join(data_dir, council, "observations.csv"), infer_schema=False,
                            schema_overrides={"value": pl.Float64})
            except pl.exceptions.ComputeError:
                problems.setdefault(c, []).append("observations.csv: a value is not a number")
            except OSError:
                pass
        fail_if(problems, councils)
        raise
    observations = observations.with_columns(t=labels_to(observations, "period", quarter_index, pl.Int32),
                                             number=pl.col("value"))
    check(problems, observations.lazy(), [
        ("observations.csv: a period is not a quarter such as Q1 2016/17", pl.col("t").is_null())])
    fail_if(problems, councils)
    observations = (
        observations.lazy()
        .join(measures.lazy().select("c", "id", "m", "good_is", "rated", "lag"), left_on=["c", "measure"],
              right_on=["c", "id"], how="left", maintain_order="left")
        .join(plan.lazy().select("c", "tolerance", "t_min", "t_max"), on="c", how="left", maintain_order="left")
        .with_columns(has_value=pl.col("number").is_not_null(),
                      L=hundredths(pl.col("number").fill_null(0.0), "observations.csv: value", checks))
        .collect()
    )
    # The rows in council, measure and period order, each after the one before: files list a measure's
    # periods in order, as generate.py writes them, so this is checked and sorting is only a fallback.
    after = ((pl.col("c").diff() > 0) | ((pl.col("c").diff() == 0) & (
        (pl.col("m").diff() > 0) | ((pl.col("m").diff() == 0) & (pl.col("t").diff() > 0))))).fill_null(True)
    if not observations.select(after.all()).item():
        observations = observations.sort("c", "m", "t")
    same = [pl.col(key) == pl.col(key).shift() for key in ("c", "m", "t")]
    observations = observations.with_columns(duplicate=same[0] & same[1] & same[2])
    check(problems, observations.lazy(), checks + [
        ("observations.csv: unknown measure", pl.col("m").is_null()),
        ("observations.csv: a period is before the plan's first year", pl.col("t") < pl.col("t_min")),
        ("observations.csv: a period is after the plan's last year", pl.col("t") > pl.col("t_max")),
        ("observations.csv: a measure has two observations for one period", pl.col("duplicate")),
    ])
    observations = observations.select("c", "m", "t", "has_value", "L", "good_is", "rated", "lag", "tolerance")

    # savings delivery
    checks = []
    portfolios = tables["portfolios"].with_columns(pl.col("id").str.strip_chars())
    projects = tables["projects"].with_columns(pl.col("id", "portfolio").str.strip_chars()).with_columns(
        alternative=amounts(pl.col("alternative_delivery"), "projects.csv: alternative_delivery", checks))
    projects = projects.join(portfolios.select("c", pl.col("id").alias("portfolio"), pl.lit(True).alias("known")),
                             on=["c", "portfolio"], how="left").collect()
    check(problems, portfolios, [("portfolios.csv: a portfolio is defined twice",
                                  pl.col("id").is_duplicated().over("c"))])
    check(problems, projects.lazy(), checks + [
        ("projects.csv: a project is defined twice", pl.col("id").is_duplicated().over("c")),
        ("projects.csv: unknown portfolio", pl.col("known").is_null()),
    ])
    checks = []
    project_keys = projects.lazy().select("c", pl.col("id").alias("project"), pl.lit(True).alias("known"))
    savings = tables["savings"].with_columns(pl.col("project", "year").str.strip_chars()).collect()
    savings = savings.with_columns(start=labels_to(savings, "year", financial_year_start, pl.Int32))
    savings = savings.lazy().with_columns(
        cashable_pence=amounts(pl.col("cashable"), "savings.csv: cashable", checks),
        at_risk_pence=amounts(pl.col("at_risk"), "savings.csv: at_risk", checks),
    ).join(project_keys, on=["c", "project"], how="left").collect()
    check(problems, savings.lazy(), checks + [
        ("savings.csv: unknown project", pl.col("known").is_null()),
        ("savings.csv: a year is not a financial year such as 2018/19", pl.col("start").is_null()),
        ("savings.csv: a project has two rows for one year", pl.struct("project", "start").is_duplicated().over("c")),
    ])
    statuses = tables["statuses"].with_columns(pl.all().exclude("c").str.strip_chars()).join(
        project_keys.rename({"project": "id"}), on=["c", "id"], how="left")
    check(problems, statuses, [
        ("statuses.csv: only project statuses are supported", pl.col("kind").str.to_lowercase() != "project"),
        ("statuses.csv: unknown project", pl.col("known").is_null()),
        ("statuses.csv: a month is not like Sep 2018", ~pl.col("month").str.contains(MONTH)),
        ("statuses.csv: unknown status", ~pl.col("status").str.to_lowercase().is_in(list(STATUSES))),
    ])
    fail_if(problems, councils)
    return dict(
        plan=plan, measures=measures.select("c", "m", "name", "unit", "good_is", "rated", "lag"),
        targets=targets.select("c", "m", "t_from", "kind", "T"), observations=observations,
        projects=projects.select("c", "alternative"),
        savings=savings.select("c", "start", "cashable_pence", "at_risk_pence"),
    )


# --- evaluate ---------------------------------------------------------------------------------------------


def evaluate(data):
    """Every observation with its comparator, target in force, rating and direction of travel (lazy)."""
    targets = data["targets"].lazy().sort("c", "m", "t_from")
    # The comparator: the value of the previous quarter (snapshot) or of the same quarter last year
    # (cumulative), if not missing. Observations are in council, measure and period order with no period
    # twice (load checked), so the comparison period, if present, is one of the `lag` rows before.
    c, m, t, L = pl.col("c"), pl.col("m"), pl.col("t"), pl.col("L")
    previous = pl.lit(None, pl.Int64)
    for back in range(4, 0, -1):
        found = ((c.shift(back) == c) & (m.shift(back) == m) & (t.shift(back) == t - pl.col("lag"))
                 & pl.col("has_value").shift(back))
        previous = pl.when(found).then(L.shift(back)).otherwise(previous)
    obs = (
        data["observations"].lazy()
        .with_columns(P=previous)
        .with_columns(has_P=pl.col("P").is_not_null(), P=pl.col("P").fill_null(0))
        # The target in force: the latest whose from period is not after the observation's.
        .join_asof(targets, left_on="t", right_on="t_from", by=["c", "m"], strategy="backward",
                   check_sortedness=False)
        .with_columns(pl.col("kind").fill_null("none"), pl.col("T").fill_null(0))
    )
    kind, P = pl.col("kind"), pl.col("P")
    goal = pl.when(kind == "value").then(pl.col("T")).otherwise(P)
    higher = (pl.when(kind == "increase").then(True).when(kind == "decrease").then(False)
              .otherwise(pl.col("good_is") == "high"))
    strict = kind.is_in(["increase", "decrease"])
    not_rated = (~pl.col("rated") | kind.is_in(["none", "new"]) | ~pl.col("has_value")
                 | (kind.is_in(["increase", "decrease", "maintain"]) & ~pl.col("has_P")))
    met = (pl.when(higher).then(pl.when(strict).then(L > goal).otherwise(L >= goal))
           .otherwise(pl.when(strict).then(L < goal).otherwise(L <= goal)))
    # In integer hundredths: amber when 10000·L >= 10000·G - tol·|G| (tol 500 for 5%), boundary included.
    band = pl.col("tolerance") * goal.abs()
    amber = (pl.when(higher).then(L * 10_000 >= goal * 10_000 - band)
             .otherwise(L * 10_000 <= goal * 10_000 + band))
    change = L - P
    good_is = pl.col("good_is")
    return obs.with_columns(
        rating=pl.when(not_rated).then(NOT_RATED).when(met).then(GREEN).when(amber).then(AMBER)
        .otherwise(RED).cast(pl.UInt8),
        travel=pl.when(~pl.col("has_value") | ~pl.col("has_P")).then(NO_COMPARISON)
        .when(change == 0).then(NO_CHANGE)
        .when(good_is == "none").then(pl.when(change > 0).then(INCREASING).otherwise(DECREASING))
        .when(good_is == "high").then(pl.when(change > 0).then(IMPROVING).otherwise(WORSENING))
        .otherwise(pl.when(change < 0).then(IMPROVING).otherwise(WORSENING)).cast(pl.UInt8),
        zero_goal=~not_rated & ~met & (goal == 0),
    )


def tally(obs):
    """Per council: observations, and how many of each rating and direction of travel."""
    return obs.group_by("c").agg(
        pl.len().alias("observations"),
        *[(pl.col("rating") == code).sum().alias(name) for code, name in enumerate(RATINGS)],
        *[(pl.col("travel") == code).sum().alias(name) for code, name in enumerate(TRAVELS)],
        pl.col("zero_goal").any().alias("zero_goal"),
    )


def latest(obs):
    """Each measure's latest observation with a value, or its latest observation when it has none."""
    key = pl.col("has_value").cast(pl.Int32) * 1_000_000 + pl.col("t")
    return obs.filter(key == key.max().over("c", "m")).select(
        "c", "m", "t", "has_value", "L", "kind", "T", "P", "has_P", "rating", "travel")


# --- roll up ----------------------------------------------------------------------------------------------


def rollup(data, count):
    """Per council: savings for five consecutive years from the first with any amount, and the net at risk,
    in pence. Returns {c: (first year or None, [cashable], [at risk], net)}."""
    by_year = data["savings"].group_by("c", "start").agg(pl.col("cashable_pence", "at_risk_pence").sum())
    first = by_year.filter((pl.col("cashable_pence") != 0) | (pl.col("at_risk_pence") != 0)).group_by("c").agg(
        pl.col("start").min().alias("first"))
    years = pl.DataFrame({"c": list(range(count))}, schema={"c": pl.UInt32}).join(first, on="c", how="left")
    years = years.with_columns(offset=pl.int_ranges(0, 5)).explode("offset").with_columns(
        start=pl.col("first") + pl.col("offset"))
    table = (years.join(by_year, on=["c", "start"], how="left")
             .with_columns(pl.col("cashable_pence", "at_risk_pence").fill_null(0))
             .sort("c", "offset")
             .group_by("c", maintain_order=True)
             .agg(pl.col("first").first(), pl.col("cashable_pence"), pl.col("at_risk_pence")))
    at_risk = data["savings"].group_by("c").agg(pl.col("at_risk_pence").sum())
    alternative = data["projects"].group_by("c").agg(pl.col("alternative").sum())
    net = (pl.DataFrame({"c": list(range(count))}, schema={"c": pl.UInt32})
           .join(at_risk, on="c", how="left").join(alternative, on="c", how="left")
           .select("c", (pl.col("at_risk_pence").fill_null(0) - pl.col("alternative").fill_null(0)).alias("net")))
    nets = dict(net.iter_rows())
    return {row["c"]: (row["first"], row["cashable_pence"], row["at_risk_pence"], nets[row["c"]])
            for row in table.iter_rows(named=True)}


def pounds(pence):
    """Whole pounds, toward zero."""
    return str(-(-pence // 100) if pence < 0 else pence // 100)


# --- render -----------------------------------------------------------------------------------------------

COLUMNS = ["Measure", "Unit", "Good is", "Period", "Latest", "Target", "Previous", "Rating", "Direction of travel"]


def escaped(text):
    """A cell's text as pandas' to_html writes it: &, < and > escaped (& first), then stripped."""
    return (text.str.replace_all("&", "&amp;", literal=True).str.replace_all("<", "&lt;", literal=True)
            .str.replace_all(">", "&gt;", literal=True).str.strip_chars())


def display(hundredths_values):
    """Hundredths as plain numbers ("76", "76.5", "76.25")."""
    magnitude = hundredths_values.abs()
    fraction = (magnitude % 100).cast(pl.String).str.zfill(2).str.strip_chars_end("0")
    return pl.concat_str(
        pl.when(hundredths_values < 0).then(pl.lit("-")).otherwise(pl.lit("")),
        (magnitude // 100).cast(pl.String),
        pl.when(fraction == "").then(pl.lit("")).otherwise("." + fraction),
    )


def html_table(classes, columns, body):
    """The markup pandas' DataFrame.to_html(index=False, border=0, classes=...) writes around `body`."""
    head = "".join(f"      <th>{column}</th>\n" for column in columns)
    return (f'<table class="dataframe {classes}">\n  <thead>\n    <tr style="text-align: right;">\n{head}'
            f"    </tr>\n  </thead>\n  <tbody>\n{body}\n  </tbody>\n</table>")


def dashboard_rows(data, latest_rows):
    """Per council: the dashboard table's rows as markup, and its counts of green, amber and red measures."""
    t = pl.col("t")
    shown = t.is_not_null()
    kind = pl.col("kind").fill_null("none")
    cells = [
        escaped(pl.col("name")),
        escaped(pl.col("unit")),
        pl.col("good_is").replace_strict({"high": "High", "low": "Low", "none": "-"}),
        pl.when(shown).then(pl.format("Q{} {}/{}", t % 4 + 1, t // 4, ((t // 4 + 1) % 100).cast(pl.String)
                                      .str.zfill(2))).otherwise(pl.lit("")),
        pl.when(pl.col("has_value").fill_null(False)).then(display(pl.col("L"))).otherwise(pl.lit("")),
        pl.when(kind == "value").then(display(pl.col("T"))).otherwise(kind.replace_strict(TARGET_LABELS, default="")),
        pl.when(pl.col("has_P").fill_null(False)).then(display(pl.col("P"))).otherwise(pl.lit("")),
        pl.col("rating").fill_null(NOT_RATED).replace_strict(list(range(4)), RATING_LABELS),
        pl.col("travel").fill_null(NO_COMPARISON).replace_strict(
            list(range(6)), [travel.replace("_", " ").capitalize() for travel in TRAVELS]),
    ]
    row = pl.concat_str(
        pl.lit("    <tr>\n"), *[pl.concat_str(pl.lit("      <td>"), cell, pl.lit("</td>\n")) for cell in cells],
        pl.lit("    </tr>"))
    rating = pl.col("rating").fill_null(NOT_RATED)
    return (
        data["measures"].lazy()
        .join(latest_rows.lazy(), on=["c", "m"], how="left")
        .sort("c", "m")
        .group_by("c", maintain_order=True)
        .agg(row.str.join("\n").alias("rows"), pl.len().alias("measures"),
             *[(rating == code).sum().alias(name) for code, name in enumerate(RATINGS[:3])])
        .collect()
    )


def render(councils, data, latest_rows, savings, output):
    names = dict(data["plan"].select("c", "name").iter_rows())
    for row in dashboard_rows(data, latest_rows).iter_rows(named=True):
        c = row["c"]
        rated = row["green"] + row["amber"] + row["red"]
        sentence = (f"{rated} of {row['measures']} measures rated: {row['green']} green, "
                    f"{row['amber']} amber, {row['red']} red.")
        first, cashable, at_risk, net = savings[c]
        years = [f"{first + offset}/{(first + offset + 1) % 100:02d}" if first is not None else ""
                 for offset in range(5)]
        savings_rows = "\n".join(
            f"    <tr>\n      <td>{year}</td>\n      <td>{pounds(cash)}</td>\n      <td>{pounds(risk)}</td>\n    </tr>"
            for year, cash, risk in zip(years, cashable, at_risk))
        name = html.escape(names[c])
        page = "\n".join([
            "<!DOCTYPE html>",
            '<html lang="en">',
            f'<head><meta charset="utf-8"><title>{name}: performance dashboard</title></head>',
            "<body>",
            f"<h1>{name}: performance dashboard</h1>",
            f"<p>{html.escape(sentence)}</p>",
            html_table("dashboard", COLUMNS, row["rows"]),
            "<h2>Savings</h2>",
            html_table("savings", ["Year", "Cashable (£)", "At risk (£)"], savings_rows),
            f"<p>Net at risk: £{pounds(net)}</p>",
            "</body>",
            "</html>",
            "",
        ])
        with open(os.path.join(output, "dashboards", councils[c] + ".html"), "w", encoding="utf-8",
                  newline="\n") as handle:
            handle.write(page)


# --- the job ----------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description="The national benchmark's job, with polars.")
    parser.add_argument("--data", required=True, help="the folder of council folders (from generate.py)")
    parser.add_argument("--output", required=True, help="where to write summary.csv and dashboards/")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    seconds = {}
    mark = time.process_time()

    def lap(stage):
        nonlocal mark
        now = time.process_time()
        seconds[stage] = now - mark
        mark = now

    councils = sorted(e for e in os.listdir(args.data) if not e.startswith("."))
    os.makedirs(os.path.join(args.output, "dashboards"), exist_ok=True)
    try:
        data = load(councils, args.data)
    except InvalidCouncil as error:
        print(f"job_polars.py: {error}", file=sys.stderr)
        return 1
    lap("load")
    rated = evaluate(data).collect()
    counts, latest_rows = tally(rated.lazy()).collect(), latest(rated.lazy()).collect()
    del rated
    zero = counts.filter("zero_goal")["c"].to_list()
    if zero:
        print(f"job_polars.py: {councils[zero[0]]}:\na relative tolerance cannot apply to a target or comparator "
              "of 0", file=sys.stderr)
        return 1
    lap("evaluate")
    savings = rollup(data, len(councils))
    lap("rollup")
    render(councils, data, latest_rows, savings, args.output)
    lap("render")

    lines = [SUMMARY_HEADER]
    for row in counts.sort("c").iter_rows(named=True):
        _, cashable, at_risk, net = savings[row["c"]]
        cells = [councils[row["c"]], str(row["observations"])]
        cells += [str(row[name]) for name in RATINGS + TRAVELS]
        cells += [pounds(v) for v in cashable] + [pounds(v) for v in at_risk] + [pounds(net)]
        lines.append(",".join(cells))
    with open(os.path.join(args.output, "summary.csv"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(line + "\n" for line in lines))
    total = time.perf_counter() - started
    observations = int(counts["observations"].sum())
    parts = [f'"{stage}": {value:.3f}' for stage, value in seconds.items()]
    print("{" + ", ".join(parts + [f'"total": {total:.3f}', f'"observations": {observations}']) + "}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
