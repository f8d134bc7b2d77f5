import CouncilPerformance
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SPC report, XmR charts in HTML, and the dashboard's direction of travel from SPC.
@Suite struct ProcessControlReportTests {
    /// Twelve quarters from Q1 2016/17.
    static let quarters: [ReportingPeriod] = (0..<12).compactMap {
        try? ReportingPeriod(.quarter($0 % 4 + 1), of: FinancialYear(startYear: 2016 + $0 / 4))
    }

    /// A chart in which each group ends on a different variation icon and assurance.
    static func everyIconChart() throws -> ProcessChart<String> {
        let point = { (type: PointType) in
            ProcessChart<String>.Point(
                group: nil,
                period: "P1",
                value: 1,
                segment: 0,
                limits: ProcessLimits(mean: 1, meanMovingRange: 0.5),
                pointType: type,
                signal: type.isSpecialCause ? .beyondLimit : nil
            )
        }
        return ProcessChart(options: .init(target: 2), points: PointType.allCases.map(point), groups: [])
    }

    @Test("The SVG labels every point type and every variation and assurance icon in words")
    func everyPointTypeAndIconHasATextLabel() throws {
        let chart = try Self.everyIconChart()
        for variation in VariationIcon.allCases {
            for assurance in Assurance.allCases {
                let group = ProcessChart<String>.GroupSummary(
                    group: nil,
                    segments: [
                        .init(index: 0, firstPeriod: "P1", lastPeriod: "P1", count: 5, limits: chart.points[0].limits)
                    ],
                    variation: variation,
                    assurance: assurance
                )
                let labelled = ProcessChart(options: chart.options, points: chart.points, groups: [group])
                let svg = ProcessChartFigure(title: "T", chart: labelled, group: nil).svg(identifier: "c")
                let texts = try Self.texts(svg)
                #expect(texts.contains(variation.label), "\(variation)")
                #expect(texts.contains(assurance.label), "\(assurance)")
                #expect(svg.contains("aria-label=\"Variation: \(variation.label)\""))
                #expect(svg.contains("aria-label=\"Assurance: \(assurance.label)\""))
                for (type, word) in [
                    (PointType.commonCause, "Common cause"), (.specialCauseImprovement, "Improvement"),
                    (.specialCauseConcern, "Concern"), (.specialCauseNeutralHigh, "Neutral high"),
                    (.specialCauseNeutralLow, "Neutral low"),
                ] {
                    #expect(texts.contains(word), "legend \(type)")
                    // Each point's own tooltip names its type.
                    #expect(
                        texts.contains("P1: 1.0, \(type.label)")
                            || texts.contains { $0.hasPrefix("P1: 1.0, \(type.label)") }
                    )
                }
                #expect(texts.contains("Mean") && texts.contains("Process limits") && texts.contains("Target"))
            }
        }
    }

    @Test func theReportDrawsOneChartPerGroupWithUniqueIdentifiers() throws {
        let samples = Self.quarters.enumerated().flatMap { index, period in
            [
                ProcessChart<ReportingPeriod>.Sample(period: period, value: Double(index % 3), group: "North"),
                ProcessChart<ReportingPeriod>.Sample(period: period, value: Double(index), group: "South & East"),
            ]
        }
        let chart = try ProcessChart(samples, options: .init(improvement: .decrease, target: 1))
        let document = ReportDocument.processControl(chart, title: "Delayed transfers") { $0.description }
        #expect(document.name == "spc")
        let figures = document.blocks.compactMap { block -> ProcessChartFigure? in
            if case .processChart(let figure) = block { return figure }
            return nil
        }
        #expect(figures.map(\.group) == ["North", "South & East"])
        #expect(document.tables.map(\.name) == ["groups", "points-1", "points-2"])
        // The rising South & East series is special cause concern (lower is better) at its end.
        let summary = document.tables[0].rows[1]
        #expect(
            summary[5]
                == .status(
                    StatusBadge(
                        label: "Special cause: concern (high)",
                        code: "special-cause-concern-high",
                        tone: .bad,
                        symbol: "↑"
                    )
                )
        )

        let html = HTMLRenderer().render(document)[0]
        let parser = XMLParser(data: Data(html.bytes))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(html.text.components(separatedBy: "<svg xmlns").count == 3)
        #expect(html.text.contains("aria-labelledby=\"chart-1-title chart-1-desc\""))
        #expect(html.text.contains("aria-labelledby=\"chart-2-title chart-2-desc\""))
        #expect(html.text.contains("Delayed transfers: South &amp; East"))
        let markdown = MarkdownRenderer().render(document)[0].text
        #expect(markdown.contains("**Chart: Delayed transfers: North**"))
        #expect(markdown.contains("12 points from Q1 2016/17 to Q4 2018/19."))
        let json = JSONRenderer().render(document)[0].text
        #expect(
            json.contains("{\"type\": \"process-chart\", \"title\": \"Delayed transfers: North\", \"group\": \"North\"")
        )
        // CSV files come from tables only: the summary and each group's points.
        #expect(
            CSVRenderer().render(document).map(\.name) == ["spc-groups.csv", "spc-points-1.csv", "spc-points-2.csv"]
        )
    }

    /// Two measures worked by hand, where the two rules disagree.
    ///
    /// Referrals seen (higher is better): 5, 5, 5, 5, 5, 6, 7, 8, 9, 10, 11, 10.5. The last step is down, so
    /// two points say worsening. Mean 86.5 / 12 = 7.2083; moving ranges 0×4, 1×6, 0.5, mean 6.5 / 11 =
    /// 0.5909 (none screened: all below 3.267 × 0.5909 = 1.93); upper limit 7.2083 + 2.66 × 0.5909 = 8.7802.
    /// 10.5 is beyond it: special cause improvement, so SPC says improving.
    ///
    /// Complaints (lower is better): 12, 10, 12, 10, ... 12, 10. The last step is down, so two points say
    /// improving. Mean 11, every moving range 2, limits 11 ± 5.32; the values alternate about the mean, so
    /// no run, trend or near-limit pair: the last point is common cause, so SPC says no change.
    static func disagreeingData() -> PerformanceData {
        let referrals = Measure(id: "referrals", name: "Referrals seen", unit: .count, direction: .higher)
        let complaints = Measure(id: "complaints", name: "Complaints", unit: .count, direction: .lower)
        let referralValues = [5, 5, 5, 5, 5, 6, 7, 8, 9, 10, 11, 10.5]
        var observations: [Observation] = []
        for (index, period) in quarters.enumerated() {
            let referral = ExactDecimal(units: Int64(referralValues[index] * 1_000_000))
            observations.append(Observation(measure: "referrals", period: period, value: .number(referral)))
            let complaint = ExactDecimal(units: Int64(index % 2 == 0 ? 12_000_000 : 10_000_000))
            observations.append(Observation(measure: "complaints", period: period, value: .number(complaint)))
        }
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [referrals, complaints]
        return PerformanceData(council: "Council", plan: plan, observations: observations)
    }

    @Test func theDashboardsSPCDirectionOfTravelFollowsTheXmRChart() throws {
        let data = Self.disagreeingData()
        let twoPoints = PerformanceDashboard(data: data)
        let spc = PerformanceDashboard(data: data, directionOfTravel: .processControl)
        func travel(_ dashboard: PerformanceDashboard) -> [String: DirectionOfTravel] {
            Dictionary(
                uniqueKeysWithValues: dashboard.uniqueRows.map {
                    ($0.measure.id.rawValue, $0.assessment.directionOfTravel)
                }
            )
        }
        #expect(travel(twoPoints) == ["referrals": .worsening, "complaints": .improving])
        #expect(travel(spc) == ["referrals": .improving, "complaints": .noChange])
        #expect(twoPoints.directionOfTravelMethod == .twoPoints)
        #expect(spc.directionOfTravelMethod == .processControl)
        // The hand-worked limit, from the row's own chart.
        let row = try #require(spc.uniqueRows.first { $0.measure.id == "referrals" })
        let chart = try #require(row.processChart())
        #expect(abs((chart.points.last?.upperLimit ?? 0) - (86.5 / 12 + 2.66 * 6.5 / 11)) < 1e-12)
        #expect(chart.points.last?.pointType == .specialCauseImprovement)
        // Ratings do not change: only the direction of travel does.
        #expect(twoPoints.uniqueRows.map(\.assessment.rating) == spc.uniqueRows.map(\.assessment.rating))
    }

    @Test func theDashboardDocumentShowsChartsOnlyOnRequest() throws {
        let data = Self.disagreeingData()
        let dashboard = PerformanceDashboard(data: data)
        let plain = ReportDocument.dashboard(dashboard)
        #expect(ReportDocument.dashboard(dashboard, options: .init()) == plain)
        #expect(!plain.blocks.contains { if case .processChart = $0 { true } else { false } })
        let charted = ReportDocument.dashboard(dashboard, options: .init(processCharts: true))
        let titles = charted.blocks.compactMap { block -> String? in
            if case .processChart(let figure) = block { return figure.title }
            return nil
        }
        #expect(titles == ["Referrals seen", "Complaints"])
        let html = HTMLRenderer().render(charted)[0]
        #expect(XMLParser(data: Data(html.bytes)).parse())
        #expect(!HTMLRenderer().render(plain)[0].text.contains("figure.spc"))

        let spc = ReportDocument.dashboard(PerformanceDashboard(data: data, directionOfTravel: .processControl))
        let note = spc.blocks.compactMap { block -> String? in
            if case .note(let text) = block { return text }
            return nil
        }
        #expect(note.last?.contains("read from each measure's XmR chart") == true)
    }

    @Test func aCumulativeMeasureChartsTheSamePointOfEachYear() throws {
        let measure = Measure(id: "m", name: "M", unit: .count, direction: .higher, accumulation: .cumulative)
        let observations = Self.quarters.enumerated().map { index, period in
            Observation(measure: "m", period: period, value: .number(ExactDecimal(units: Int64(index + 1) * 1_000_000)))
        }
        var plan = CouncilPlan(title: "Plan")
        plan.measures = [measure]
        let dashboard = PerformanceDashboard(
            data: PerformanceData(council: "C", plan: plan, observations: observations)
        )
        let chart = try #require(dashboard.uniqueRows.first?.processChart())
        #expect(chart.points.map(\.period.description) == ["Q4 2016/17", "Q4 2017/18", "Q4 2018/19"])
    }

    /// Every text node of an SVG.
    static func texts(_ svg: String) throws -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var current = ""
            func parser(
                _ parser: XMLParser,
                didStartElement _: String,
                namespaceURI _: String?,
                qualifiedName _: String?,
                attributes _: [String: String] = [:]
            ) {
                current = ""
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
            func parser(_ parser: XMLParser, didEndElement _: String, namespaceURI _: String?, qualifiedName _: String?)
            {
                if !current.isEmpty { texts.append(current) }
                current = ""
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse())
        return collector.texts
    }
}
