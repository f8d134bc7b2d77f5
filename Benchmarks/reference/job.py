#!/usr/bin/env python3
"""The national benchmark's job (Benchmarks/SPEC.md) written with pandas, as an analyst would.

    python3 Benchmarks/reference/job.py --data DIR --output OUT [--workers 2]

For each council folder of DIR (sorted): load and validate its CSVs, rate every observation and find its
direction of travel, roll up its savings, and write an HTML dashboard to OUT/dashboards/<id>.html; then
write OUT/summary.csv, byte-identical to the Swift `council-benchmark`'s. Councils are processed by
--workers processes. The last line on stdout is JSON: the seconds each stage took, summed over councils
(so over workers: with 2 workers the stages add up to about twice the wall time), the wall-clock total,
and the number of observations.

This script is a point of comparison for the benchmark only; the library never depends on it.
"""
import argparse
import html
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pandas as pd

SUMMARY_HEADER = (
    "council,observations,green,amber,red,not_rated,improving,worsening,no_change,increasing,decreasing,"
    "no_comparison,cashable_y1,cashable_y2,cashable_y3,cashable_y4,cashable_y5,at_risk_y1,at_risk_y2,"
    "at_risk_y3,at_risk_y4,at_risk_y5,net_at_risk"
)
RATINGS = ["green", "amber", "red", "not_rated"]
TRAVELS = ["improving", "worsening", "no_change", "increasing", "decreasing", "no_comparison"]

# The columns each table may have (the ones the benchmark uses), and those that must be present.
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
UNITS = {"percentage", "count", "days", "currency"}
GOOD_IS = {"high": "high", "higher": "high", "high is good": "high", "low": "low", "lower": "low",
           "low is good": "low", "": "none", "-": "none", "n/a": "none", "none": "none", "contextual": "none"}
TARGET_WORDS = {"increase": "increase", "improve": "increase", "decrease": "decrease", "reduce": "decrease",
                "maintain": "maintain", "new measure": "new", "new": "new", "-": "none", "n/a": "none",
                "none": "none", "no target": "none"}
TARGET_LABELS = {"increase": "Increase", "decrease": "Decrease", "maintain": "Maintain", "new": "New Measure",
                 "none": "-"}
STATUSES = {"on target": "On Target", "ot": "On Target", "experiencing obstacles": "Experiencing Obstacles",
            "eo": "Experiencing Obstacles", "at risk": "At Risk", "ar": "At Risk", "compromised": "Compromised",
            "c": "Compromised", "closed or completed": "Closed or Completed", "closed": "Closed or Completed",
            "closed or complete": "Closed or Completed", "completed": "Closed or Completed",
            "complete": "Closed or Completed", "no status": "No Status", "ns": "No Status"}
NUMBER = r"-?\d+(?:\.\d{1,2})?"
QUARTER = re.compile(r"Q([1-4]) (\d{4})/(\d{2})")
YEAR = re.compile(r"(\d{4})/(\d{2})")
MONTH = re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})")


class InvalidCouncil(Exception):
    """A council folder that does not load; the message lists every problem found."""


# --- load -------------------------------------------------------------------------------------------------


def read_table(folder, name, problems, **options):
    """Reads <name>.csv as text (or with the given dtypes), checking its columns; a missing file is empty."""
    allowed, required = TABLES[name]
    path = os.path.join(folder, name + ".csv")
    if not os.path.exists(path):
        if name == "council":
            problems.append("council.csv: missing")
        return pd.DataFrame({column: pd.Series(dtype=str) for column in allowed})
    options.setdefault("dtype", str)
    frame = pd.read_csv(path, keep_default_na=False, encoding="utf-8-sig", skip_blank_lines=True, **options)
    frame.columns = [column.strip() for column in frame.columns]
    for column in frame.columns:
        if column not in allowed:
            problems.append(f"{name}.csv: unknown column {column!r}")
    for column in required:
        if column not in frame.columns:
            problems.append(f"{name}.csv: missing column {column!r}")
    for column in allowed:
        if column not in frame.columns:
            frame[column] = ""
    return frame


def strip(frame, columns):
    for column in columns:
        frame[column] = frame[column].str.strip()


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


def hundredths(values, what, problems):
    """Float amounts with at most 2 decimals as int64 hundredths (exact below 2**53 / 100)."""
    scaled = values.to_numpy(dtype="float64") * 100
    rounded = np.rint(scaled)
    inexact = np.abs(scaled - rounded) > 1e-6 * np.maximum(1, np.abs(scaled))
    if inexact.any():
        problems.append(f"{what}: {int(inexact.sum())} values have more than 2 decimal places")
    return rounded.astype("int64")


def numbers(texts, what, problems):
    """Number cells as int64 hundredths; empty cells are 0."""
    texts = texts.str.strip().str.replace(",", "", regex=False).str.lstrip("£")
    bad = (texts != "") & ~texts.str.fullmatch(NUMBER)
    if bad.any():
        problems.append(f"{what}: {int(bad.sum())} values are not amounts, such as {texts[bad].iloc[0]!r}")
    values = pd.to_numeric(texts.where(~bad & (texts != ""), "0"))
    return hundredths(values, what, problems)


def load(folder):
    problems = []
    council = read_table(folder, "council", problems)
    measures = read_table(folder, "measures", problems)
    targets = read_table(folder, "targets", problems)
    observations = read_table(
        folder, "observations", problems,
        dtype={"measure": str, "period": str}, na_values={"value": [""]},
    )
    portfolios = read_table(folder, "portfolios", problems)
    projects = read_table(folder, "projects", problems)
    savings = read_table(folder, "savings", problems)
    statuses = read_table(folder, "statuses", problems)
    if problems:
        raise InvalidCouncil("\n".join(problems))

    # council
    if len(council) != 1:
        raise InvalidCouncil(f"council.csv: expected one row, found {len(council)}")
    row = council.iloc[0].str.strip()
    for column in ("council", "plan_title"):
        if row[column] == "":
            problems.append(f"council.csv: {column} is empty")
    first = financial_year_start(row["first_year"]) if row["first_year"] else None
    last = financial_year_start(row["last_year"]) if row["last_year"] else None
    if row["first_year"] and first is None:
        problems.append(f"council.csv: first_year {row['first_year']!r} is not a financial year")
    if row["last_year"] and last is None:
        problems.append(f"council.csv: last_year {row['last_year']!r} is not a financial year")
    tolerance = row["default_tolerance"] or "5%"
    match = re.fullmatch(r"(\d+(?:\.\d{1,2})?)%", tolerance)
    if match is None:
        raise InvalidCouncil(f"council.csv: only a relative tolerance such as 5% is supported, not {tolerance!r}")
    tolerance_hundredths = int(round(float(match[1]) * 100))  # 5% -> 500
    if row["direction_dead_band"] not in ("", "0"):
        problems.append("council.csv: a direction dead band is not supported")

    # measures
    strip(measures, ["id", "name", "unit", "good_is", "accumulation", "role"])
    if (measures["id"] == "").any() or (measures["name"] == "").any():
        problems.append("measures.csv: a measure has no id or name")
    duplicated = measures["id"].duplicated()
    if duplicated.any():
        problems.append(f"measures.csv: measure {measures['id'][duplicated].iloc[0]!r} is defined twice")
    measures["unit"] = measures["unit"].str.lower()
    bad = ~measures["unit"].isin(UNITS)
    if bad.any():
        problems.append(f"measures.csv: unsupported unit {measures['unit'][bad].iloc[0]!r}")
    measures["good_is"] = measures["good_is"].str.lower().map(GOOD_IS)
    if measures["good_is"].isna().any():
        problems.append("measures.csv: good_is must be High, Low or -")
    measures["accumulation"] = measures["accumulation"].str.lower().replace("", "snapshot")
    if not measures["accumulation"].isin(["snapshot", "cumulative"]).all():
        problems.append("measures.csv: accumulation must be snapshot or cumulative")
    measures["role"] = measures["role"].str.lower().replace("", "targeted")
    if not measures["role"].isin(["targeted", "contextual"]).all():
        problems.append("measures.csv: role must be targeted or contextual")
    measures["rated"] = (measures["role"] == "targeted") & measures["good_is"].isin(["high", "low"])

    # targets
    strip(targets, ["measure", "from", "target"])
    unknown = ~targets["measure"].isin(measures["id"])
    if unknown.any():
        problems.append(f"targets.csv: unknown measure {targets['measure'][unknown].iloc[0]!r}")
    targets["t_from"] = targets["from"].map(quarter_index)
    if targets["t_from"].isna().any():
        problems.append("targets.csv: a from period is not a quarter such as Q1 2016/17")
    words = targets["target"].str.lower()
    targets["kind"] = words.map(TARGET_WORDS)
    figures = targets["target"].str.rstrip("%")
    is_number = targets["kind"].isna() & figures.str.fullmatch(NUMBER)
    targets.loc[is_number, "kind"] = "value"
    if targets["kind"].isna().any():
        problems.append(f"targets.csv: unsupported target {targets['target'][targets['kind'].isna()].iloc[0]!r}")
    targets["T"] = numbers(figures.where(is_number, ""), "targets.csv: target", problems)
    rateable = targets["kind"].isin(["value", "increase", "decrease", "maintain"])
    contextual = targets["measure"].map(measures.set_index("id")["rated"]).eq(False)
    if (rateable & contextual).any():
        problems.append("targets.csv: a contextual measure has a target other than - or New Measure")

    # observations
    observations["measure"] = observations["measure"].str.strip()
    unknown = ~observations["measure"].isin(measures["id"])
    if unknown.any():
        problems.append(f"observations.csv: unknown measure {observations['measure'][unknown].iloc[0]!r}")
    if observations.empty:
        observations["value"] = observations["value"].astype("float64")
    if not pd.api.types.is_numeric_dtype(observations["value"]):
        problems.append("observations.csv: a value is not a number")
        raise InvalidCouncil("\n".join(problems))
    periods = pd.Categorical(observations["period"])
    period_index = np.array([quarter_index(p) for p in periods.categories], dtype=object)
    if any(i is None for i in period_index):
        problems.append("observations.csv: a period is not a quarter such as Q1 2016/17")
        raise InvalidCouncil("\n".join(problems))
    observations["t"] = period_index.astype("int64")[periods.codes]
    if first is not None and (observations["t"] < first * 4).any():
        problems.append("observations.csv: a period is before the plan's first year")
    if last is not None and (observations["t"] > last * 4 + 3).any():
        problems.append("observations.csv: a period is after the plan's last year")
    if observations.duplicated(["measure", "t"]).any():
        problems.append("observations.csv: a measure has two observations for one period")
    observations["has_value"] = observations["value"].notna()
    observations["L"] = hundredths(observations["value"].fillna(0), "observations.csv: value", problems)

    # savings delivery
    strip(portfolios, ["id"])
    strip(projects, ["id", "portfolio"])
    strip(savings, ["project", "year"])
    strip(statuses, ["kind", "id", "month", "status"])
    if portfolios["id"].duplicated().any():
        problems.append("portfolios.csv: a portfolio is defined twice")
    if projects["id"].duplicated().any():
        problems.append("projects.csv: a project is defined twice")
    if not projects["portfolio"].isin(portfolios["id"]).all():
        problems.append("projects.csv: unknown portfolio")
    projects["alternative"] = numbers(projects["alternative_delivery"], "projects.csv: alternative_delivery", problems)
    if not savings["project"].isin(projects["id"]).all():
        problems.append("savings.csv: unknown project")
    savings["start"] = savings["year"].map(financial_year_start)
    if savings["start"].isna().any():
        problems.append("savings.csv: a year is not a financial year such as 2018/19")
    if savings.duplicated(["project", "start"]).any():
        problems.append("savings.csv: a project has two rows for one year")
    savings["cashable_pence"] = numbers(savings["cashable"], "savings.csv: cashable", problems)
    savings["at_risk_pence"] = numbers(savings["at_risk"], "savings.csv: at_risk", problems)
    if not statuses["kind"].str.lower().eq("project").all():
        problems.append("statuses.csv: only project statuses are supported")
    if not statuses["id"].isin(projects["id"]).all():
        problems.append("statuses.csv: unknown project")
    if not statuses["month"].str.fullmatch(MONTH.pattern).all():
        problems.append("statuses.csv: a month is not like Sep 2018")
    statuses["status"] = statuses["status"].str.lower().map(STATUSES)
    if statuses["status"].isna().any():
        problems.append("statuses.csv: unknown status")

    if problems:
        raise InvalidCouncil("\n".join(problems))
    return dict(
        name=row["council"], tolerance=tolerance_hundredths, measures=measures, targets=targets,
        observations=observations, projects=projects, savings=savings, statuses=statuses,
    )


# --- evaluate ---------------------------------------------------------------------------------------------


def evaluate(data):
    """Every observation with its target in force, comparator, rating and direction of travel."""
    measures, targets = data["measures"], data["targets"]
    obs = data["observations"].merge(
        measures[["id", "good_is", "accumulation", "rated"]].rename(columns={"id": "measure"}),
        on="measure", how="left", validate="many_to_one",
    )
    # The target in force: the latest row whose from period is not after the observation's.
    obs = pd.merge_asof(
        obs.sort_values("t"),
        targets[["measure", "t_from", "kind", "T"]].astype({"t_from": "int64"}).sort_values("t_from"),
        left_on="t", right_on="t_from", by="measure", direction="backward",
    )
    obs["kind"] = obs["kind"].fillna("none")
    obs["T"] = obs["T"].fillna(0).astype("int64")

    # The comparator: the previous quarter's value (snapshot) or the same quarter last year's (cumulative).
    obs["t_cmp"] = obs["t"] - np.where(obs["accumulation"] == "cumulative", 4, 1)
    previous = obs.loc[obs["has_value"], ["measure", "t", "L"]].rename(columns={"t": "t_cmp", "L": "P"})
    obs = obs.merge(previous, on=["measure", "t_cmp"], how="left", validate="many_to_one")
    has_p = obs["P"].notna().to_numpy()
    P = obs["P"].fillna(0).to_numpy(dtype="float64").astype("int64")
    L = obs["L"].to_numpy()
    T = obs["T"].to_numpy()
    has_l = obs["has_value"].to_numpy()
    kind = obs["kind"].to_numpy()
    good_is = obs["good_is"].to_numpy()

    # Ratings, in integer hundredths: amber when 10000·L >= 10000·G - tol·|G| (tol 500 for 5%).
    relative = np.isin(kind, ["increase", "decrease", "maintain"])
    strict = np.isin(kind, ["increase", "decrease"])
    goal = np.where(kind == "value", T, P)
    higher = np.where(kind == "increase", True, np.where(kind == "decrease", False, good_is == "high"))
    not_rated = (
        ~obs["rated"].to_numpy(dtype=bool)
        | np.isin(kind, ["none", "new"])
        | ~has_l
        | (relative & ~has_p)
    )
    met = np.where(higher, np.where(strict, L > goal, L >= goal), np.where(strict, L < goal, L <= goal))
    band = data["tolerance"] * np.abs(goal)
    amber = np.where(higher, L * 10_000 >= goal * 10_000 - band, L * 10_000 <= goal * 10_000 + band)
    if (~not_rated & ~met & (goal == 0)).any():
        raise InvalidCouncil("a relative tolerance cannot apply to a target or comparator of 0")
    obs["rating"] = np.select([not_rated, met, amber], ["not_rated", "green", "amber"], "red")

    change = L - P
    obs["travel"] = np.select(
        [
            ~has_l | ~has_p,
            change == 0,
            good_is == "none",
            good_is == "high",
        ],
        [
            "no_comparison",
            "no_change",
            np.where(change > 0, "increasing", "decreasing"),
            np.where(change > 0, "improving", "worsening"),
        ],
        np.where(change < 0, "improving", "worsening"),
    )
    obs["has_P"] = has_p
    return obs


# --- roll up ----------------------------------------------------------------------------------------------


def rollup(data):
    """Savings for five consecutive years from the first with any amount, and the net at risk, in pence."""
    savings, projects = data["savings"], data["projects"]
    by_year = savings.groupby("start")[["cashable_pence", "at_risk_pence"]].sum().sort_index()
    nonzero = by_year[(by_year["cashable_pence"] != 0) | (by_year["at_risk_pence"] != 0)]
    first = nonzero.index.min() if len(nonzero) else None
    years = [first + offset for offset in range(5)] if first is not None else [None] * 5
    by_year = by_year.reindex(years, fill_value=0)
    net = int(savings["at_risk_pence"].sum()) - int(projects["alternative"].sum())
    return by_year, net


def pounds(pence):
    """Whole pounds, toward zero."""
    pence = int(pence)
    return str(-(-pence // 100) if pence < 0 else pence // 100)


# --- render -----------------------------------------------------------------------------------------------


def display(hundredths_values, present=None):
    """Hundredths as plain numbers ("76", "76.5", "76.25"); blank where not present."""
    values = pd.Series(hundredths_values)
    sign = np.where(values < 0, "-", "")
    magnitude = values.abs()
    whole = (magnitude // 100).astype(str)
    fraction = (magnitude % 100).astype(str).str.zfill(2).str.rstrip("0")
    text = sign + whole + np.where(fraction == "", "", "." + fraction)
    if present is not None:
        text = text.where(pd.Series(present), "")
    return text


def render(data, obs, by_year, net, path):
    measures = data["measures"]
    latest = (
        obs.sort_values(["has_value", "t"])
        .drop_duplicates("measure", keep="last")
        .set_index("measure")
        .reindex(measures["id"])
        .reset_index()
    )
    shown = latest["t"].notna()
    periods = latest["t"].fillna(0).astype("int64")
    period_text = ("Q" + (periods % 4 + 1).astype(str) + " " + (periods // 4).astype(str) + "/"
                   + ((periods // 4 + 1) % 100).astype(str).str.zfill(2))
    kind = latest["kind"].fillna("none")
    table = pd.DataFrame({
        "Measure": measures["name"],
        "Unit": measures["unit"],
        "Good is": measures["good_is"].map({"high": "High", "low": "Low", "none": "-"}),
        "Period": period_text.where(shown, ""),
        "Latest": display(latest["L"].fillna(0).astype("int64"), latest["has_value"].fillna(False).astype(bool)),
        "Target": np.where(kind == "value", display(latest["T"].fillna(0).astype("int64")), kind.map(TARGET_LABELS)),
        "Previous": display(latest["P"].fillna(0).astype("int64"), latest["has_P"].fillna(False).astype(bool)),
        "Rating": latest["rating"].fillna("not_rated").map(
            {"green": "Green", "amber": "Amber", "red": "Red", "not_rated": "Not rated"}),
        "Direction of travel": latest["travel"].fillna("no_comparison").str.replace("_", " ").str.capitalize(),
    })
    counts = table["Rating"].value_counts()
    rated = int(counts.get("Green", 0) + counts.get("Amber", 0) + counts.get("Red", 0))
    sentence = (f"{rated} of {len(table)} measures rated: {int(counts.get('Green', 0))} green, "
                f"{int(counts.get('Amber', 0))} amber, {int(counts.get('Red', 0))} red.")
    years = [f"{int(y)}/{(int(y) + 1) % 100:02d}" if y is not None and not pd.isna(y) else "" for y in by_year.index]
    savings = pd.DataFrame({
        "Year": years,
        "Cashable (£)": [pounds(v) for v in by_year["cashable_pence"]],
        "At risk (£)": [pounds(v) for v in by_year["at_risk_pence"]],
    })
    name = html.escape(data["name"])
    page = "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        f'<head><meta charset="utf-8"><title>{name}: performance dashboard</title></head>',
        "<body>",
        f"<h1>{name}: performance dashboard</h1>",
        f"<p>{html.escape(sentence)}</p>",
        table.to_html(index=False, border=0, classes="dashboard"),
        "<h2>Savings</h2>",
        savings.to_html(index=False, border=0, classes="savings"),
        f"<p>Net at risk: £{pounds(net)}</p>",
        "</body>",
        "</html>",
        "",
    ])
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(page)


# --- the job ----------------------------------------------------------------------------------------------


def run_council(council, data_dir, output):
    seconds = {}
    mark = time.perf_counter()

    def lap(stage):
        nonlocal mark
        now = time.perf_counter()
        seconds[stage] = seconds.get(stage, 0) + now - mark
        mark = now

    try:
        data = load(os.path.join(data_dir, council))
    except InvalidCouncil as error:
        raise InvalidCouncil(f"{council}:\n{error}") from None
    lap("load")
    obs = evaluate(data)
    ratings = obs["rating"].value_counts()
    travels = obs["travel"].value_counts()
    lap("evaluate")
    by_year, net = rollup(data)
    lap("rollup")
    render(data, obs, by_year, net, os.path.join(output, "dashboards", council + ".html"))
    lap("render")

    cells = [council, str(len(obs))]
    cells += [str(int(ratings.get(r, 0))) for r in RATINGS]
    cells += [str(int(travels.get(d, 0))) for d in TRAVELS]
    cells += [pounds(v) for v in by_year["cashable_pence"]]
    cells += [pounds(v) for v in by_year["at_risk_pence"]]
    cells.append(pounds(net))
    return ",".join(cells), len(obs), seconds


def main(argv=None):
    parser = argparse.ArgumentParser(description="The national benchmark's job, with pandas.")
    parser.add_argument("--data", required=True, help="the folder of council folders (from generate.py)")
    parser.add_argument("--output", required=True, help="where to write summary.csv and dashboards/")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    councils = sorted(e for e in os.listdir(args.data) if not e.startswith("."))
    os.makedirs(os.path.join(args.output, "dashboards"), exist_ok=True)
    count = len(councils)
    try:
        with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
            results = list(pool.map(run_council, councils, [args.data] * count, [args.output] * count))
    except InvalidCouncil as error:
        print(f"job.py: {error}", file=sys.stderr)
        return 1
    with open(os.path.join(args.output, "summary.csv"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(line + "\n" for line in [SUMMARY_HEADER] + [row for row, _, _ in results]))
    total = time.perf_counter() - started

    stages = {stage: sum(s.get(stage, 0) for _, _, s in results) for stage in ("load", "evaluate", "rollup", "render")}
    observations = sum(n for _, n, _ in results)
    parts = [f'"{stage}": {seconds:.3f}' for stage, seconds in stages.items()]
    print("{" + ", ".join(parts + [f'"total": {total:.3f}', f'"observations": {observations}']) + "}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
