import CouncilPerformance
import Foundation
import Testing

/// `Observation` keeps its national figure, note, source and printed text out of line, and is still a
/// value: setting, clearing, comparing, hashing and coding see every field.
@Suite struct ObservationTests {
    static func number(_ text: String) throws -> MeasureValue { .number(try ExactDecimal(text)) }

    static func plain() throws -> Observation {
        Observation(measure: "m1", period: try ReportingPeriod("Q2 2018/19"), value: try number("75.2"))
    }

    /// A large council holds millions of observations: each is 32 bytes, because a period packs into 4,
    /// a value into 9 (narrative text out of line), and a value that is not a plain figure or that comes
    /// with details shares one box with them.
    @Test func anObservationIsThirtyTwoBytes() throws {
        #expect(MemoryLayout<ReportingPeriod>.size == 4)
        #expect(MemoryLayout<MeasureValue>.size == 9)
        #expect(MemoryLayout<Observation>.stride == 32)
        // Out of line, the text is still the value's, compared and copied as one.
        let text = MeasureValue.narrative("Not collected this year")
        var copy = text
        #expect(copy == text)
        copy = .narrative("Collected")
        #expect(copy != text)
        #expect(text.description == "Not collected this year")
    }

    /// A value moves in and out of the box as it and the details change, and reads the same either way.
    @Test func aValueReadsTheSameInlineOrBoxed() throws {
        let period = try ReportingPeriod("Q2 2018/19")
        let values: [MeasureValue] = [
            try Self.number("75.2"), .money(Money(pence: 108_000)), .boolean(true), .boolean(false),
            .notApplicable, .missing, .newMeasure, .narrative("Not collected"),
        ]
        for value in values {
            var observation = Observation(measure: "m1", period: period, value: value, status: .provisional)
            #expect(observation.value == value)
            observation.note = "Welbeck House"
            #expect(observation.value == value)
            #expect(observation.note == "Welbeck House")
            #expect(observation.status == .provisional)
            observation.note = nil
            #expect(observation.value == value)
            #expect(observation == Observation(measure: "m1", period: period, value: value, status: .provisional))
            // Changing the value keeps the details.
            observation.printed = "75.2% (p)"
            observation.value = try Self.number("80")
            #expect(observation.printed == "75.2% (p)")
            #expect(observation.value == (try Self.number("80")))
            observation.value = value
            #expect(observation.value == value)
            #expect(observation.printed == "75.2% (p)")
        }
    }

    @Test func settingADetailKeepsTheOthersAndLeavesTheCopyAlone() throws {
        var observation = Observation(
            measure: "m1",
            period: try ReportingPeriod("Q2 2018/19"),
            value: try Self.number("75.2"),
            note: "Welbeck House",
            printed: "75.2% (p)"
        )
        let copy = observation
        observation.national = try Self.number("77.0")
        #expect(try observation.national == Self.number("77.0"))
        #expect(observation.note == "Welbeck House")
        #expect(observation.printed == "75.2% (p)")
        #expect(copy.national == nil)
        #expect(copy != observation)
    }

    @Test func clearingEveryDetailEqualsAnObservationThatNeverHadThem() throws {
        var observation = try Self.plain()
        observation.source = SourceReference(document: "Council Plan 2018", location: "p. 4")
        #expect(try observation != Self.plain())
        observation.source = nil
        #expect(try observation == Self.plain())
        #expect(try observation.hashValue == Self.plain().hashValue)
    }

    @Test func everyFieldSurvivesCoding() throws {
        var observation = try Self.plain()
        observation.status = .provisional
        observation.national = .money(Money(pence: 12_345))
        observation.note = "note"
        observation.source = SourceReference(document: "paper", location: nil)
        observation.printed = "£123.45"
        let encoded = try JSONEncoder().encode(observation)
        #expect(try JSONDecoder().decode(Observation.self, from: encoded) == observation)
        let bare = try JSONEncoder().encode(try Self.plain())
        let keys = try JSONSerialization.jsonObject(with: bare) as? [String: Any]
        #expect(keys.map { Set($0.keys) } == ["measure", "period", "value", "status"])
    }
}
