import CouncilPerformance
import Synchronization
import Testing

/// A table's rows, held or made as a renderer reads them, read, compare and change alike.
@Suite struct ReportRowsTests {
    /// Counts the rows a function makes, to show when they are made.
    final class Calls: Sendable {
        let made = Mutex(0)
    }

    static func cells(_ index: Int) -> [ReportCell] {
        [.text("row \(index)"), .number(display: "\(index * 10)", value: "\(index * 10)")]
    }

    @Test func madeRowsAreMadeWhenReadAndEqualTheSameRowsHeld() {
        let calls = Calls()
        let made = ReportRows(count: 3) { index in
            calls.made.withLock { $0 += 1 }
            return Self.cells(index)
        }
        #expect(made.areMadeOnDemand)
        #expect(made.count == 3)
        #expect(calls.made.withLock { $0 } == 0)
        #expect(made[2] == Self.cells(2))
        #expect(calls.made.withLock { $0 } == 1)
        let held = ReportRows((0..<3).map(Self.cells))
        #expect(!held.areMadeOnDemand)
        #expect(made == held)
        #expect(Set([made, held]).count == 1)
        #expect(made != ReportRows((0..<2).map(Self.cells)))
        #expect(ReportRows(count: -1) { Self.cells($0) }.isEmpty)
        #expect(ReportRows() == [])
    }

    @Test func changingAMadeTableHoldsEveryRow() {
        var rows = ReportRows(count: 3) { Self.cells($0) }
        rows[1] = [.text("changed"), .empty]
        #expect(!rows.areMadeOnDemand)
        #expect(Array(rows) == [Self.cells(0), [.text("changed"), .empty], Self.cells(2)])
        var appended = ReportRows(count: 2) { Self.cells($0) }
        appended.append(Self.cells(7))
        #expect(Array(appended) == [Self.cells(0), Self.cells(1), Self.cells(7)])
        var removed = ReportRows(count: 4) { Self.cells($0) }
        removed.removeAll { $0 == Self.cells(1) || $0 == Self.cells(3) }
        #expect(removed == [Self.cells(0), Self.cells(2)])
    }

    @Test func aTableGivenAnArrayHoldsItsRows() {
        let table = ReportTable(name: "t", caption: "T", columns: [.init("A"), .init("B")], rows: [Self.cells(0)])
        #expect(!table.rows.areMadeOnDemand)
        #expect(table.rows == [Self.cells(0)])
    }

    @Test func aDashboardsRowsAreMadeOnDemandAndRenderAsHeldRowsDo() throws {
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [
            Measure(id: "m1", name: "Adults in work", unit: .percentage, direction: .higher),
            Measure(id: "m2", name: "Delayed transfers", unit: .count, direction: .lower),
        ]
        let observations = try ["Q1 2018/19", "Q2 2018/19"].flatMap { label in
            [
                Observation(
                    measure: "m1",
                    period: try ReportingPeriod(label),
                    value: .number(try ExactDecimal("71.5"))
                ),
                Observation(measure: "m2", period: try ReportingPeriod(label), value: .number(try ExactDecimal("12"))),
            ]
        }
        let data = PerformanceData(council: "Council", plan: plan, observations: observations)
        let document = ReportDocument.dashboard(
            PerformanceDashboard(data: data, asOf: try ReportingPeriod("Q2 2018/19"))
        )
        let tables = document.tables
        #expect(!tables.isEmpty)
        #expect(tables.allSatisfy { $0.rows.areMadeOnDemand })
        // The same document with every row held renders byte for byte the same, in every format.
        var held = document
        held.blocks = document.blocks.map { block in
            guard case .table(var table) = block else { return block }
            table.rows = ReportRows(Array(table.rows))
            return .table(table)
        }
        #expect(held.tables.allSatisfy { !$0.rows.areMadeOnDemand })
        #expect(held == document)
        let renderers: [any PerformanceReporter] = [
            MarkdownRenderer(), HTMLRenderer(), CSVRenderer(), JSONRenderer(), ExcelRenderer(),
        ]
        for renderer in renderers {
            #expect(renderer.render(held) == renderer.render(document))
        }
    }
}
