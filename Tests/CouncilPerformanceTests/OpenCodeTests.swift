import CouncilPerformance
import Foundation
import Testing

/// The open sets of codes share one implementation (`OpenCode`): each codes as its bare text, keeps a
/// council's own code byte for byte, and describes itself by its text.
@Suite struct OpenCodeTests {
    private static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func everyOpenSetIsItsBareTextInJSON() throws {
        #expect(try Self.json([NarrativeKind.areaForAttention]) == #"["area-for-attention"]"#)
        #expect(try Self.json([SavingsCategory.notAchievable]) == #"["not-achievable"]"#)
        #expect(try Self.json([PublishedFigure.Claim.portfolioTotal]) == #"["portfolio-total"]"#)
        #expect(try Self.json([PublishedFigure.Quantity.netAtRisk]) == #"["net-at-risk"]"#)
        #expect(try Self.json([PublishedClaim.Kind.sameAs]) == #"["same-as"]"#)
        #expect(try Self.json([ValidationError.Code.invalidMoney]) == #"["invalid-money"]"#)
    }

    @Test func aCouncilsOwnCodeDecodesAsWritten() throws {
        let json = Data(#"["Mitigated by one-off funding","sum"]"#.utf8)
        let decoded = try JSONDecoder().decode([PublishedClaim.Kind].self, from: json)
        #expect(decoded == [PublishedClaim.Kind("Mitigated by one-off funding"), .sum])
        #expect(decoded.map(\.description) == ["Mitigated by one-off funding", "sum"])
        #expect(PublishedClaim.Kind(rawValue: "sum") == .sum)
    }

    @Test func aCodeThatIsNotTextIsRefused() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SavingsCategory].self, from: Data("[1]".utf8))
        }
    }

    @Test func aChangeKindIsItsNameInJSON() throws {
        let kinds = [ChangeKind.reProfile, ChangeKind("our-own-kind")]
        let json = try JSONEncoder().encode(kinds)
        #expect(String(decoding: json, as: UTF8.self) == #"["re-profile","our-own-kind"]"#)
        #expect(try JSONDecoder().decode([ChangeKind].self, from: json) == kinds)
    }

    @Test func anErrorCodeIsItsTextInJSON() throws {
        let codes: [Diagnostic.Code] = [.unknownReference, "our-own-check"]
        let json = try JSONEncoder().encode(codes)
        #expect(String(decoding: json, as: UTF8.self) == #"["unknown-reference","our-own-check"]"#)
        #expect(try JSONDecoder().decode([Diagnostic.Code].self, from: json) == codes)
    }
}
