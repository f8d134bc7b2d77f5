#!/usr/bin/env python3
"""Workbooks made by other software from the library's CSV tables, for the Excel reader's tests.

Never a dependency of the library: the fixtures it makes are committed, and CI re-runs it (through
Scripts/excel-roundtrip.sh) only where LibreOffice and openpyxl install.

  excel_fixtures.py libreoffice CSV_FOLDER OUT.xlsx [--reverse]
      LibreOffice (through its Python-UNO bridge, as `soffice --convert-to xlsx` would): each CSV file is
      imported with Calc's CSV filter, detecting numbers, percentages, currency and dates as a person
      opening the file would, then the sheets are put in one workbook named after the files.
  excel_fixtures.py openpyxl CSV_FOLDER OUT.xlsx [--reverse]
      openpyxl: numbers as numbers, `61.0%` (and observations of percentage measures) as 0.61 formatted
      as a percentage, `£1,080` as 1080 in £,
      dates in date columns as dates, months in period columns (`Sep 2018`) as dates formatted `mmm yyyy`, and every whole
      number of money columns as a formula with its cached value (=1000000+10000 for 1010000).
  excel_fixtures.py compare JSON_FOLDER XLSX_FOLDER [LO_CSV_FOLDER]
      The round trip of the library's report workbooks: every <report>.json the JSON renderer wrote is
      held against <report>.xlsx as openpyxl reads it (text as displayed, numbers as the exact value,
      percentages as fractions, £000 columns in pounds), and, when LO_CSV_FOLDER holds LibreOffice's
      export of each sheet as shown (<report>-<sheet>.csv), against the text LibreOffice shows.
  excel_fixtures.py bad CSV_FOLDER CORPUS_FOLDER
      The malformed-workbook cases of Tests/.../Fixtures/bad (2NN-xlsx-*/council.xlsx), each the openpyxl
      workbook of CSV_FOLDER (Fixtures/Examples/savings-mandates) with one thing wrong: a truncated ZIP, a
      zip bomb, an entry pointing outside the archive, billion-laughs XML, a sheet missing, a header
      misspelt, a merged cell, a formula without a cached value, text in a number column, an entry larger
      than its directory says.
  excel_fixtures.py values WORKBOOK.xlsx
      Prints every sheet's cells as openpyxl reads them (cached values), one `sheet!cell<TAB>value` a
      line, for the round-trip check.
"""
import csv
import datetime
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PERIOD_COLUMNS = {"period", "month", "from"}
DATE_COLUMNS = {"date", "due", "decided", "baseline_date", "target_date", "forecast_date"}


def csv_files(folder, reverse):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".csv"))
    # council first, as a person would arrange them; reversed for the out-of-order fixture.
    names.sort(key=lambda n: (n != "council.csv", n))
    return list(reversed(names)) if reverse else names


def libreoffice(folder, out, reverse):
    import uno  # noqa: the system python3-uno of LibreOffice
    from com.sun.star.beans import PropertyValue
    from com.sun.star.sheet.SheetLinkMode import NONE, VALUE

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "cpexcel%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore",
         "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        target = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
        # Comma, double quote, UTF-8, from line 1, English (UK), quoted fields as text (a printed "8,569" stays
        # as printed), detect special numbers (dates, %, £) in the rest:
        # Calc's "Insert sheet from file", which imports a CSV file as opening it would.
        options = "44,34,76,1,,2057,true,true"
        sheets = target.getSheets()
        blank = sheets.getElementNames()
        for index, name in enumerate(csv_files(folder, reverse)):
            sheets.insertNewByName(name[:-4], index)
            sheet = sheets.getByName(name[:-4])
            url = uno.systemPathToFileUrl(os.path.abspath(os.path.join(folder, name)))
            # Columns kept as written are imported as text, as a careful person imports them: otherwise Calc
            # shows a printed 83.3% (published_figures.printed) as 83.30%, and a milestone's "September
            # 2018" (milestones.implementation_date) as the date 09/01/18.
            with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as handle:
                header = next(csv.reader(handle), [])
            text_columns = "/".join("%d/2" % (i + 1) for i, c in enumerate(header) if c in ("printed", "implementation_date"))
            sheet.link(url, "", "Text - txt - csv (StarCalc)", options.replace(",,", "," + text_columns + ",", 1), VALUE)
            sheet.setLinkMode(NONE)
        for name in blank:
            sheets.removeByName(name)
        target.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)),
                          (prop("FilterName", "Calc MS Excel 2007 XML"),))
        target.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


def typed(text, column):
    """The value openpyxl writes for a CSV cell, and its number format."""
    if text == "":
        return None, None
    if column in DATE_COLUMNS and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.datetime.strptime(text, "%Y-%m-%d"), "yyyy-mm-dd"
    month = re.fullmatch(r"([A-Z][a-z]{2}) (\d{4})", text)
    if month and month.group(1) in MONTHS and column in PERIOD_COLUMNS:
        return datetime.datetime(int(month.group(2)), MONTHS.index(month.group(1)) + 1, 1), "mmm yyyy"
    percentage = re.fullmatch(r"(-?\d+)(?:\.(\d+))?%", text)
    if percentage:
        places = len(percentage.group(2) or "")
        value = float(text[:-1]) / 100
        return value, "0" + ("." + "0" * places if places else "") + "%"
    pounds = re.fullmatch(r"-?£[\d,]+", text)
    if pounds:
        return int(text.replace("£", "").replace(",", "")), '"£"#,##0'
    if re.fullmatch(r"-?\d{1,15}", text) and not (len(text) > 1 and text.startswith("0")):
        return int(text), None
    if re.fullmatch(r"-?\d+\.\d+", text) and not text.endswith("0"):
        return float(text), None
    return text, None


FORMULA_COLUMNS = {"cashable", "at_risk", "amount", "value"}


def openpyxl_workbook(folder, out, reverse):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    cached = {}
    # Observations of percentage measures as a person keeps them: 0.31 formatted 0.0%, showing 31.0%.
    units = {}
    if os.path.exists(os.path.join(folder, "measures.csv")):
        with open(os.path.join(folder, "measures.csv"), newline="", encoding="utf-8-sig") as handle:
            units = {row["id"]: row["unit"] for row in csv.DictReader(handle)}
    for name in csv_files(folder, reverse):
        sheet = book.create_sheet(name[:-4])
        with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
        header = rows[0]
        sheet.append(header)
        for row_number, row in enumerate(rows[1:], start=2):
            for column_number, text in enumerate(row, start=1):
                column = header[column_number - 1] if column_number <= len(header) else ""
                value, number_format = typed(text, column)
                if (name == "observations.csv" and column in ("value", "national") and isinstance(value, (int, float))
                        and units.get(row[header.index("measure")]) == "percentage"):
                    places = len(text.split(".")[1]) if "." in text else 1
                    value, number_format = float(text) / 100, "0." + "0" * places + "%"
                if value is None:
                    continue
                cell = sheet.cell(row=row_number, column=column_number)
                if isinstance(value, int) and column in FORMULA_COLUMNS and abs(value) >= 10000:
                    # A formula whose cached value is the figure, as a spreadsheet application saves it.
                    cell.value = "=%d+%d" % (value - value % 10000, value % 10000)
                    cached[(sheet.title, cell.coordinate)] = str(value)
                else:
                    cell.value = value
                if number_format:
                    cell.number_format = number_format
    book.save(out)
    if cached:
        add_cached_values(out, book, cached)


def add_cached_values(path, book, cached):
    """openpyxl writes formulas without results; write each one's cached value as Excel would."""
    parts = {}
    for index, sheet in enumerate(book.worksheets, start=1):
        parts["xl/worksheets/sheet%d.xml" % index] = sheet.title
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            title = parts.get(info.filename)
            if title is not None:
                def with_value(match):
                    value = cached.get((title, match.group(2)))
                    if value is None:
                        return match.group(0)
                    return match.group(1) + "<f>" + match.group(3) + "</f><v>" + value + "</v></c>"
                text = data.decode("utf-8")
                text = re.sub(r'(<c r="([A-Z]+\d+)"[^>]*>)<f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', with_value, text)
                data = text.encode("utf-8")
            target.writestr(info, data)


def values(path):
    import openpyxl

    book = openpyxl.load_workbook(path, data_only=True)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    print("%s!%s\t%r" % (sheet.title, cell.coordinate, cell.value))


def expected_number(cell, column):
    from decimal import Decimal

    value = Decimal(cell["value"])
    if re.sub(r" \(.*\)$", "", cell["display"]).endswith("%"):
        return value / 100
    if "(£000)" in column_title(column):
        return value * 1000
    return value


def column_title(column):
    return (column["group"] + " " + column["title"]) if column.get("group") else column["title"]


def is_number(cell):
    return "value" in cell and re.fullmatch(r"-?\d+(\.\d+)?", cell["value"] or "") is not None


def compare(json_folder, xlsx_folder, lo_folder=None):
    import json
    from decimal import Decimal

    import openpyxl

    problems, checked = [], 0
    for name in sorted(n for n in os.listdir(json_folder) if n.endswith(".json")):
        report = name[:-5]
        document = json.load(open(os.path.join(json_folder, name), encoding="utf-8"))
        book = openpyxl.load_workbook(os.path.join(xlsx_folder, report + ".xlsx"))
        for table in (b for b in document["blocks"] if b["type"] == "table"):
            sheet = book[table["name"]]
            shown = None
            if lo_folder:
                with open(os.path.join(lo_folder, "%s-%s.csv" % (report, table["name"])), encoding="utf-8") as f:
                    shown = list(csv.reader(f))
            for index, column in enumerate(table["columns"], start=1):
                if sheet.cell(row=1, column=index).value != column_title(column):
                    problems.append("%s[%s] header %d" % (report, table["name"], index))
            for row_number, row in enumerate(table["rows"], start=2):
                for index, cell in enumerate(row["cells"], start=1):
                    where = "%s[%s]!%s%d" % (report, table["name"], openpyxl.utils.get_column_letter(index), row_number)
                    actual = sheet.cell(row=row_number, column=index).value
                    checked += 1
                    if is_number(cell) and actual == cell["display"]:
                        pass  # a display no number format gives (`5:41 mins`) is written as its text
                    elif is_number(cell):
                        expected = expected_number(cell, table["columns"][index - 1])
                        if not isinstance(actual, (int, float)) or abs(Decimal(repr(actual)) - expected) > abs(expected) * Decimal("1e-12"):
                            problems.append("%s: openpyxl %r, expected %s" % (where, actual, expected))
                    elif (actual or "") != cell["display"]:
                        problems.append("%s: openpyxl %r, expected %r" % (where, actual, cell["display"]))
                    if shown is not None:
                        text = shown[row_number - 1][index - 1] if row_number - 1 < len(shown) and index - 1 < len(shown[row_number - 1]) else ""
                        if text != cell["display"]:
                            problems.append("%s: LibreOffice shows %r, expected %r" % (where, text, cell["display"]))
    for problem in problems[:50]:
        print(problem)
    print("%d cells checked, %d differences" % (checked, len(problems)))
    return 1 if problems else 0


def rewrite(path, change):
    """Rewrites a workbook's entries through change(entries) -> [(name, bytes, compression)]."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename), info.compress_type) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for name, data, compression in change(entries):
            target.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, compress_type=compression)


def bad(folder, corpus):
    import openpyxl

    def case(name, edit_book=None, edit_zip=None, cached_values=True):
        directory = os.path.join(corpus, name)
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, "council.xlsx")
        openpyxl_workbook(folder, path, False)
        if edit_book:
            book = openpyxl.load_workbook(path)
            edit_book(book)
            book.save(path)
        if edit_zip:
            rewrite(path, edit_zip)
        if edit_book is None and edit_zip is None:
            pass
        return path

    def sheet_part(book_path, title):
        with zipfile.ZipFile(book_path) as archive:
            names = re.findall(r'<sheet [^>]*name="([^"]+)"', archive.read("xl/workbook.xml").decode())
        return "xl/worksheets/sheet%d.xml" % (names.index(title) + 1)

    path = case("201-xlsx-truncated-zip")
    data = open(path, "rb").read()
    open(path, "wb").write(data[: len(data) // 2])

    # 20 MiB of spaces after a sheet's root element: legal XML, deflated a thousandfold.
    base = case("202-xlsx-zip-bomb")
    part = sheet_part(base, "projects")
    rewrite(base, lambda entries: [(n, d + b" " * (20 * 1024 * 1024) if n == part else d, zipfile.ZIP_DEFLATED)
                                   for n, d, c in entries])

    case("203-xlsx-path-traversal-entry",
         edit_zip=lambda entries: entries + [("../../evil/payload.xml", b"<x/>", zipfile.ZIP_DEFLATED)])

    # The council sheet declares entities nine levels deep: a billion "lol"s if expanded.
    laughs = (b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n <!ENTITY lol "lol">\n'
              + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              + b'<row r="1"><c r="A1" t="inlineStr"><is><t>council</t></is></c></row>'
              + b'<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    base = case("204-xlsx-billion-laughs")
    part = sheet_part(base, "council")
    rewrite(base, lambda entries: [(n, laughs if n == part else d, c) for n, d, c in entries])

    case("205-xlsx-sheet-missing", edit_book=lambda book: book.remove(book["council"]))

    def misspell(book):
        book["projects"]["B1"].value = "refrences"
    case("206-xlsx-header-misspelt", edit_book=misspell)

    case("207-xlsx-merged-cell", edit_book=lambda book: book["projects"].merge_cells("B2:B3"))

    def uncalculated(book):
        book["savings_figures"]["D3"].value = "=100+50"
    case("208-xlsx-formula-without-cached-value", edit_book=uncalculated)

    # A sheet whose directory declares 100 bytes but that inflates to more: the size an archive claims is
    # all it may cost.
    base = case("210-xlsx-entry-larger-than-declared")
    part = sheet_part(base, "projects")
    data = bytearray(open(base, "rb").read())
    import struct
    end = data.rfind(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, offset + 28)
        name = bytes(data[offset + 46: offset + 46 + name_length]).decode()
        if name == part:
            struct.pack_into("<I", data, offset + 24, 100)
            local = struct.unpack_from("<I", data, offset + 42)[0]
            struct.pack_into("<I", data, local + 22, 100)
        offset += 46 + name_length + extra_length + comment_length
    open(base, "wb").write(bytes(data))

    def text_in_number(book):
        book["savings_figures"]["D3"].value = "one hundred and fifty"
    case("209-xlsx-text-in-a-number-column", edit_book=text_in_number)


def main(argv):
    if len(argv) >= 3 and argv[0] in ("libreoffice", "openpyxl"):
        reverse = "--reverse" in argv
        (libreoffice if argv[0] == "libreoffice" else openpyxl_workbook)(argv[1], argv[2], reverse)
    elif len(argv) in (3, 4) and argv[0] == "compare":
        raise SystemExit(compare(*argv[1:]))
    elif len(argv) == 3 and argv[0] == "bad":
        bad(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "values":
        values(argv[1])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
