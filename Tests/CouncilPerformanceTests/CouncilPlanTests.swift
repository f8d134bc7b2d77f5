import CouncilPerformance
import Foundation
import Testing

@Suite struct CouncilPlanTests {
    /// A slice of "Your Nottinghamshire Your Future" (001 item 8; 002 Commitment 6).
    static func plan() -> CouncilPlan {
        let ambition = Ambition(id: "fulfil-ambition", number: 2, title: "A great place to fulfil your ambition")
        let healthier = Commitment(id: "c6", number: 6, title: "People are healthier", ambition: ambition.id)
        let wisely = Approach(id: "spend-money-wisely", title: "Spend money wisely")
        let workforce = Outcome(
            id: "healthy-workforce",
            text: "We have a healthy workforce",
            element: .commitment(healthier.id)
        )
        let value = Outcome(
            id: "best-use-of-resources",
            text: "The Council makes best use of resources to deliver value for your money",
            element: .approach(wisely.id)
        )
        return CouncilPlan(
            title: "Your Nottinghamshire Your Future",
            firstYear: try? FinancialYear("2017/18"),
            lastYear: try? FinancialYear("2020/21"),
            ambitions: [ambition],
            commitments: [healthier],
            approaches: [wisely],
            outcomes: [workforce, value],
            departments: [Department(id: "resources", name: "Resources")],
            measures: [
                Measure(
                    id: "sickness",
                    name: "Level of sickness absence",
                    unit: .days,
                    direction: .lower,
                    outcomes: [workforce.id]
                ),
                Measure(
                    id: "flu",
                    name: "% uptake of flu vaccinations",
                    unit: .percentage,
                    direction: .higher,
                    outcomes: [workforce.id]
                ),
                Measure(
                    id: "audits",
                    name: "% of planned audits completed",
                    unit: .percentage,
                    direction: .higher,
                    outcomes: [value.id]
                ),
                Measure(
                    id: "debt",
                    name: "Total debt level",
                    unit: .currency,
                    direction: .lower,
                    contributesTo: [.commitment(healthier.id)]
                ),
            ]
        )
    }

    @Test func findsMeasuresThroughOutcomesAndDirectLinks() {
        let plan = Self.plan()
        #expect(plan.measures(for: Commitment.ID("c6")).map(\.id) == ["sickness", "flu", "debt"])
        #expect(plan.measures(for: Approach.ID("spend-money-wisely")).map(\.id) == ["audits"])
        #expect(plan.measures(for: Outcome.ID("healthy-workforce")).map(\.id) == ["sickness", "flu"])
        #expect(plan.commitments(for: "fulfil-ambition").map(\.number) == [6])
        #expect(plan.measure("audits")?.name == "% of planned audits completed")
        #expect(plan.measure("missing") == nil)
    }

    @Test func roundTripsThroughJSON() throws {
        let plan = Self.plan()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(plan)
        #expect(try JSONDecoder().decode(CouncilPlan.self, from: data) == plan)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""element":"commitment:c6""#))
        #expect(json.contains(#""firstYear":"2017\/18""#))
    }

    @Test func identifiersAreTypedAndCodeAsStrings() throws {
        let id: Measure.ID = "foia"
        #expect(String(decoding: try JSONEncoder().encode([id]), as: UTF8.self) == #"["foia"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Measure.ID].self, from: Data(#"[" "]"#.utf8)) }
        #expect(throws: ValidationError.self) { try PlanElement("outcome:x") }
        #expect(try PlanElement("approach:spend-money-wisely") == .approach("spend-money-wisely"))
    }
}
