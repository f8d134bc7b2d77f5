import CouncilPerformance
import Foundation
import Testing

@Suite struct ExactDecimalTests {
    @Test(arguments: [
        ("75.26", "75.26"), ("-6612", "-6612"), ("1,077", "1077"), (".5", "0.5"), ("8.420", "8.42"),
        ("+3", "3"), ("0.000001", "0.000001"), ("1.0000000", "1"), ("1,234,567.5", "1234567.5"),
    ])
    func parsesAndPrintsCanonically(text: String, canonical: String) throws {
        #expect(try ExactDecimal(text).description == canonical)
    }

    @Test(arguments: ["", "-", "87,5", "1,0000", "abc", "1.2.3", "12a", ",123", "1e5", "0x10"])
    func rejectsNonNumbers(text: String) {
        let error = #expect(throws: ValidationError.self) { try ExactDecimal(text) }
        #expect(error?.code == .invalidNumber)
    }

    @Test func rejectsDigitsItCannotHoldExactly() {
        let error = #expect(throws: ValidationError.self) { try ExactDecimal("0.0000001") }
        #expect(error?.code == .numberOutOfRange)
        #expect(throws: ValidationError.self) { try ExactDecimal("99999999999999") }
    }

    @Test func comparesExactlyWhereDoubleDoesNot() throws {
        // 13.0 * 0.9 is 11.700000000000001 in Double; here 11.7 is exactly 90% of 13.
        let target = try ExactDecimal("13.0")
        let latest = try ExactDecimal("11.7")
        #expect(latest.units * 10 == target.units * 9)
    }

    @Test func formatsHalfAwayFromZero() throws {
        #expect(try ExactDecimal("75.25").formatted(decimalPlaces: 1) == "75.3")
        #expect(try ExactDecimal("-75.25").formatted(decimalPlaces: 1) == "-75.3")
        #expect(try ExactDecimal("-0.04").formatted(decimalPlaces: 1) == "0.0")
        #expect(try ExactDecimal("8000000").formatted(decimalPlaces: 0, groupingSeparator: true) == "8,000,000")
    }

    @Test func codesAsStringsAndAcceptsIntegers() throws {
        let data = try JSONEncoder().encode([try ExactDecimal("75.26")])
        #expect(String(decoding: data, as: UTF8.self) == #"["75.26"]"#)
        #expect(try JSONDecoder().decode([ExactDecimal].self, from: Data("[42]".utf8)) == [try ExactDecimal(42)])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ExactDecimal].self, from: Data("[75.26]".utf8))
        }
    }
}
