#!/usr/bin/env bash
# Workbooks between the library and other software (issue 23), where the tools are installed:
#
#  1. Workbooks LibreOffice and openpyxl write now, from the Nottinghamshire CSV tables, load and give
#     the same reports as the CSV tables (the committed fixtures under Tests/.../Fixtures/Excel are
#     checked by `swift test`; this re-makes them with the installed versions).
#  2. The report workbooks the library writes (`nottinghamshire all --format xlsx`) open in openpyxl
#     with every number and text the JSON renderer gives, and LibreOffice shows every cell as the report
#     does (each sheet exported as shown).
#  3. The template opens in LibreOffice and openpyxl with every sheet, header and list.
#
# LibreOffice is the Debian package libreoffice-calc-nogui (with python3-uno); openpyxl is installed from
# PyPI into a virtual environment under .build, never a dependency of the library. A tool that is missing
# or cannot install is reported and its part skipped; a difference fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=$root/.build/excel-venv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have_openpyxl=0
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import openpyxl" 2>/dev/null; then
    have_openpyxl=1
elif python3 -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install --quiet openpyxl >/dev/null 2>&1; then
    have_openpyxl=1
else
    echo "excel round trip: openpyxl could not be installed from PyPI; its checks are skipped" >&2
fi
have_libreoffice=0
if command -v soffice >/dev/null && /usr/bin/python3 -c "import uno" 2>/dev/null; then
    have_libreoffice=1
else
    echo "excel round trip: LibreOffice (soffice with python3-uno) is not installed; its checks are skipped" >&2
fi

swift build --product nottinghamshire >/dev/null
swift build --product council-report >/dev/null
bin=$(swift build --show-bin-path)
profile="-env:UserInstallation=file://$work/lo-profile"

same_reports() {  # workbook, CSV folder
    rm -rf "$work/from-xlsx" "$work/from-csv"
    "$bin/council-report" --data "$1" --format markdown --output "$work/from-xlsx" --quiet >/dev/null
    "$bin/council-report" --data "$2" --format markdown --output "$work/from-csv" --quiet >/dev/null
    diff -r "$work/from-csv" "$work/from-xlsx" >/dev/null || {
        echo "excel round trip: the reports from $(basename "$1") differ from those of its CSV tables" >&2
        diff -r "$work/from-csv" "$work/from-xlsx" | head -20 >&2
        exit 1
    }
    echo "excel round trip: $(basename "$1") gives the same reports as its CSV tables"
}

data=Examples/nottinghamshire/Data/plan-2018
if [ "$have_libreoffice" = 1 ]; then
    /usr/bin/python3 Scripts/excel_fixtures.py libreoffice "$data" "$work/libreoffice.xlsx"
    same_reports "$work/libreoffice.xlsx" "$data"
fi
if [ "$have_openpyxl" = 1 ]; then
    "$venv/bin/python" Scripts/excel_fixtures.py openpyxl "$data" "$work/openpyxl.xlsx" --reverse
    same_reports "$work/openpyxl.xlsx" "$data"
fi

"$bin/nottinghamshire" all --format json --output "$work/json" >/dev/null
"$bin/nottinghamshire" all --format xlsx --output "$work/xlsx" >/dev/null
"$bin/council-report" template --output "$work/template.xlsx" >/dev/null
for folder in "" 2015; do
    shown=""
    if [ "$have_libreoffice" = 1 ]; then
        shown="$work/shown/$folder"
        mkdir -p "$shown"
        # Every sheet exported as shown (the 12th field, -1, writes one CSV file per sheet).
        (cd "$work/xlsx/$folder" && soffice --headless "$profile" --convert-to \
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
            --outdir "$shown" ./*.xlsx >/dev/null 2>&1)
    fi
    if [ "$have_openpyxl" = 1 ]; then
        "$venv/bin/python" Scripts/excel_fixtures.py compare "$work/json/$folder" "$work/xlsx/$folder" $shown
    fi
done

if [ "$have_libreoffice" = 1 ]; then
    (cd "$work" && soffice --headless "$profile" --convert-to ods --outdir "$work/ods" template.xlsx >/dev/null 2>&1)
    test -s "$work/ods/template.ods" || { echo "excel round trip: LibreOffice did not open the template" >&2; exit 1; }
    echo "excel round trip: LibreOffice opens the template"
fi
if [ "$have_openpyxl" = 1 ]; then
    "$venv/bin/python" - "$work/template.xlsx" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames[0] == "council" and book.sheetnames[-1] == "notes", book.sheetnames
for sheet in book.worksheets[:-1]:
    assert sheet.freeze_panes == "A2", sheet.title
    assert all(cell.value for cell in sheet[1]), sheet.title
lists = sum(len(sheet.data_validations.dataValidation) for sheet in book.worksheets)
assert book["measures"]["C1"].value == "unit" and lists >= 20, lists
print("excel round trip: openpyxl opens the template: %d sheets, %d lists" % (len(book.sheetnames), lists))
PY
fi
echo "excel round trip: ok"
