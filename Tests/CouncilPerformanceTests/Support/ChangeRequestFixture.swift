import CouncilPerformance
import Foundation

/// The three change requests and three extensions of January 2019 (001_d5bf26843e69f0c3.txt, item 5),
/// built from `change-requests-2019-01.tsv` and `change-requests-2019-01-forms.tsv`.
enum ChangeRequestFixture {
    struct Loaded {
        var requests: [ChangeRequest]
        var extensions: [ChangeRequest]
    }

    static func load() throws -> Loaded {
        let table = try FixtureTable("Nottinghamshire/change-requests-2019-01.tsv")
        let forms = try FixtureTable("Nottinghamshire/change-requests-2019-01-forms.tsv")
        let lessons = try FixtureTable("Nottinghamshire/change-requests-2019-01-lessons.tsv")
        var order: [String] = []
        var rows: [String: [FixtureTable.Row]] = [:]
        for row in table.rows {
            if rows[row["project"]] == nil { order.append(row["project"]) }
            rows[row["project"], default: []].append(row)
        }
        func money(_ row: FixtureTable.Row, _ column: String) -> Money? {
            row.thousands(column).map { Money(thousands: $0) }
        }
        var requests: [ChangeRequest] = []
        var extensions: [ChangeRequest] = []
        for project in order {
            let projectRows = rows[project] ?? []
            guard let first = projectRows.first else { continue }
            let form = forms.row(where: "project", is: project)
            var profile: [ChangeRequest.ProfileRow] = []
            var total: ChangeRequest.ProfileRow? = nil
            for row in projectRows {
                let line = ChangeRequest.ProfileRow(
                    year: try FinancialYear(row["year"] == "Total" ? "2000/01" : row["year"]),
                    expected: money(row, "expected"),
                    revised: money(row, "revised"),
                    printedChange: money(row, "change")
                )
                if row["year"] == "Total" { total = line } else { profile.append(line) }
            }
            let kind = ChangeKind(first["kind"])
            let request = ChangeRequest(
                id: ChangeRequest.ID(
                    first["appendix"].isEmpty ? "extension-\(project)" : "appendix-\(first["appendix"])"
                ),
                project: Project.ID(project),
                reference: first["reference"].isEmpty ? nil : first["reference"],
                department: first["department"],
                date: form.flatMap { try? CalendarDate($0["date"]) },
                author: form?["sponsor"],
                kind: kind,
                changeRequested: form?["change_requested"],
                lessons: lessons.rows.filter { $0["appendix"] == first["appendix"] }.map {
                    ChangeRequest.Lesson(description: $0["lesson"], learningPoint: $0["learning_point"])
                },
                recommendation: form?["recommendation"],
                financeComment: form?["finance_comment"],
                pmoComment: form?["pmo_comment"],
                profile: profile,
                printedTotal: total,
                writtenOff: form.flatMap { $0.thousands("written_off") }.map { Money(thousands: $0) },
                alternativeDelivery: form.flatMap { $0.thousands("alternative_delivery") }.map { Money(thousands: $0) }
            )
            if kind == .extensionOfTarget { extensions.append(request) } else { requests.append(request) }
        }
        return Loaded(requests: requests, extensions: extensions)
    }

    /// Paragraph 13's printed cells (line 514-516), by row and year, in whole pounds.
    static func paragraph13() throws -> [String: [String: Money]] {
        let table = try FixtureTable("Nottinghamshire/net-impact-2019-01.tsv")
        var cells: [String: [String: Money]] = [:]
        for row in table.rows where !row["amount_pounds"].isEmpty {
            cells[row["row"], default: [:]][row["column"]] = Money(pounds: Int64(row["amount_pounds"]) ?? 0)
        }
        return cells
    }
}
