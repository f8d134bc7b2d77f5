import CouncilPerformance
import Testing

/// Compares with NHSRplotthedots' own snapshot of `ptd_spc()` on NHSRdatasets' `ae_attendances`.
///
/// Snapshot: `tests/testthat/_snaps/integration_tests.md`, commit 0c096d813e16e4fe606c37eb70020e74a5dcbbe8, decoded
/// by `Reference/decode_snapshot.py`. Monthly totals for England, April 2016 to March 2019 (36 months).
/// Expected means and limits are R's doubles, compared exactly.
@Suite("Agreement with NHSRplotthedots' snapshots")
struct ReferenceComparisonTests {
    /// The values of `ae_all()$attendances`.
    ///
    /// Periods 1 = April 2016 to 36 = March 2019.
    static let attendances: [Double] = [
        1_867_781, 2_070_340, 1_958_802, 2_079_034, 1_932_901, 1_952_464, 2_001_816, 1_907_871, 1_944_567,
        1_895_272, 1_735_619, 2_015_834, 1_949_762, 2_066_789, 1_994_056, 2_073_944, 1_924_663, 1_925_961,
        2_044_137, 1_976_971, 2_003_954, 2_000_086, 1_820_012, 2_049_785, 1_984_369, 2_164_458, 2_093_942,
        2_179_896, 1_997_854, 2_005_695, 2_079_492, 2_037_847, 2_047_518, 2_113_413, 1_954_947, 2_167_550,
    ]

    /// `ae_all()$performance`, 1 - breaches / attendances.
    static let performance: [Double] = [
        0.9003512724457525, 0.9027555860390081, 0.9055994429248081, 0.9028524786030435, 0.909763097023593,
        0.9064786853944554, 0.8905308979446662, 0.8837903610883545, 0.8617594559611471, 0.851413411900772,
        0.8753090395991286, 0.9000949482943537, 0.9051525263083392, 0.8970035160821932, 0.9072518525056468,
        0.9034785895858326, 0.9029928875860346, 0.8966609396555797, 0.8994186788850258, 0.8876655246839736,
        0.8498503458662225, 0.8529918213516818, 0.8504476893558943, 0.8462121637147311, 0.8857248828216929,
        0.9039011151983545, 0.9076297242234981, 0.8931949047110505, 0.8972702710007838, 0.8894368286304747,
        0.8900933497219513, 0.8760446687116353, 0.8644632183941728, 0.843525141560121, 0.8422525009629417,
        0.8660427671795345,
    ]

    @Test("ptd_spc(ae_all(), attendances, period): mean and limits bit for bit, all common cause")
    func attendances() throws {
        let result = try chart(Self.attendances, screenOutliers: true)
        #expect(result.points.allSatisfy { $0.mean == 2_000_538.944_444_444_5 })
        #expect(result.points.allSatisfy { $0.lowerLimit == 1_731_844.364_444_444_4 })
        #expect(result.points.allSatisfy { $0.upperLimit == 2_269_233.524_444_444_6 })
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    @Test("ptd_spc(..., rebase = as.Date(\"2017-04-01\")): both segments bit for bit")
    func attendancesRebased() throws {
        let result = try chart(Self.attendances, rebase: [13], screenOutliers: true)
        let segments = result.groups[0].segments.map(\.limits)
        #expect(segments.map(\.mean) == [1_946_858.416_666_666_7, 2_027_379.208_333_333_3])
        #expect(segments.map(\.lower) == [1_639_947.374_848_485, 1_772_921.063_985_507_2])
        #expect(segments.map(\.upper) == [2_253_769.458_484_848_5, 2_281_837.352_681_159_5])
        #expect(result.points.allSatisfy { $0.pointType == .commonCause })
    }

    @Test("ptd_spc(ae_all(), performance, period, fix_after_n_points = 12): limits and all 36 point types")
    func performanceFixed() throws {
        let result = try chart(Self.performance, fixAfter: 12, screenOutliers: true)
        #expect(result.points.allSatisfy { $0.mean == 0.890_891_556_434_923_6 })
        #expect(result.points.allSatisfy { $0.lowerLimit == 0.861_404_978_907_425_8 })
        #expect(result.points.allSatisfy { $0.upperLimit == 0.920_378_133_962_421_3 })
        // R's point_type column, in period order.
        let expected = types("ccccccccc" + "x" + "c" + "iiiiiiii" + "c" + "xxxx" + "ccccc" + "xxxxxxx")
        #expect(result.points.map(\.pointType) == expected)
        // R's outside_limits column: periods 10, 21-24, 34 and 35.
        let beyond = result.points.indices.filter { result.points[$0].signal == .beyondLimit }.map { $0 + 1 }
        #expect(beyond == [10, 21, 22, 23, 24, 34, 35])
        #expect(result.groups[0].variation == .concernLow)
    }
}
