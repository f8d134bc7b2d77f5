import CouncilPerformance
import Foundation
import Testing

@Suite struct MoneyTests {
    // Figures as printed in the seeds: 001 item 5 (£1.538m, £185k, -£846k, £3.980m), 002 (£20m,
    // £26.2m, £622.188m), 003 Appendix B (1,080 and -6,612 in £000s tables), 001 Appendix C ((97)).
    @Test(arguments: [
        ("£1.538m", Money.Denomination.pounds, Int64(153_800_000)),
        ("£185k", .pounds, 18_500_000),
        ("£622.188m", .pounds, 62_218_800_000),
        ("£20m", .pounds, 2_000_000_000),
        ("£26.2m", .pounds, 2_620_000_000),
        ("-£846k", .pounds, -84_600_000),
        ("£3.980m", .pounds, 398_000_000),
        ("£2.281m", .pounds, 228_100_000),
        ("1,080", .thousands, 108_000_000),
        ("-6,612", .thousands, -661_200_000),
        ("(97)", .thousands, -9_700_000),
        ("£1,080", .pounds, 108_000),
        ("£12.50", .pounds, 1_250),
        ("0", .thousands, 0),
        ("  £185k ", .pounds, 18_500_000),
        ("−6,612", .thousands, -661_200_000),
        ("£2bn", .pounds, 200_000_000_000),
    ])
    func parsesPrintedAmounts(text: String, denomination: Money.Denomination, pence: Int64) throws {
        #expect(try Money(text, in: denomination).pence == pence)
    }

    @Test(arguments: ["", "£", "abc", "87,5", "£1.2.3m", "1,0800", "£12.345", "(97", "£1e6", "--5", "£1,5k"])
    func rejectsMalformedAmounts(text: String) {
        #expect(throws: ValidationError.self) { try Money(text) }
        do {
            _ = try Money(text)
        } catch {
            #expect(error.found == text.trimmingCharacters(in: .whitespaces))
            #expect(error.code == .invalidMoney || error.code == .moneyOverflow)
        }
    }

    @Test func rejectsAmountsBeyondOneTrillion() throws {
        let error = #expect(throws: ValidationError.self) { try Money("£1,000,000,000,001") }
        #expect(error?.code == .moneyOverflow)
        #expect(try Money("£1,000,000,000,000").pence == 100_000_000_000_000)
    }

    @Test func formatsRoundingHalfAwayFromZeroOnlyAtDisplay() throws {
        let amount = try Money("£1,538,500")
        #expect(amount.formatted(.millions(decimalPlaces: 3)) == "£1.539m")
        #expect(amount.formatted(.millions(decimalPlaces: 1)) == "£1.5m")
        #expect(amount.formatted(.thousands(decimalPlaces: 0)) == "£1,539k")
        #expect(amount.formatted(.pounds(decimalPlaces: 0)) == "£1,538,500")
        #expect(amount.formatted(.thousandsTable) == "1,539")
        #expect(try Money("-£500").formatted(.thousandsTable) == "-1")
        #expect(try Money("-£499.99").formatted(.thousandsTable) == "0")
        #expect(try Money("-6,612", in: .thousands).formatted(.thousandsTable) == "-6,612")
        #expect(try Money("-£846k").formatted(.thousands(decimalPlaces: 0)) == "-£846k")
        #expect(try Money("£25.574m").formatted(.millions(decimalPlaces: 1)) == "£25.6m")
        #expect(try Money("£12.50").formatted(.pounds(decimalPlaces: 2)) == "£12.50")
    }

    @Test func roundedThousandsIsHalfAwayFromZero() throws {
        #expect(try Money("£1,500").roundedThousands == 2)
        #expect(try Money("£1,499.99").roundedThousands == 1)
        #expect(try Money("-£1,500").roundedThousands == -2)
        #expect(try Money("-£1,499").roundedThousands == -1)
    }

    @Test func sumsExactly() throws {
        // 003 Appendix B, Adult Social Care & Health cashable benefits by year: 8,569 + 5,682 + 3,580.
        let years = try ["8,569", "5,682", "3,580"].map { try Money($0, in: .thousands) }
        #expect(years.sum == Money(thousands: 17_831))
        #expect(Money(pence: .max).adding(Money(pence: 1)) == nil)
    }

    @Test func codesAsExactStrings() throws {
        let amount = try Money("£1,080.50")
        let data = try JSONEncoder().encode([amount])
        #expect(String(decoding: data, as: UTF8.self) == #"["1080.5"]"#)
        #expect(try JSONDecoder().decode([Money].self, from: data) == [amount])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Money].self, from: Data(#"["ten pounds"]"#.utf8))
        }
    }
}
