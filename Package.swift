// swift-tools-version: 6.2

import PackageDescription

let package = Package(
    name: "CouncilPerformance",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CouncilPerformance", targets: ["CouncilPerformance"])
    ],
    targets: [
        // The library is one product in layers, each a target so that the compiler refuses a backward
        // dependency (Documentation/Architecture.md). Their sources stay under Sources/CouncilPerformance.
        .target(name: "CouncilPerformanceSupport", path: "Sources/CouncilPerformance/Support"),
        .target(
            name: "CouncilPerformanceModel",
            dependencies: ["CouncilPerformanceSupport"],
            path: "Sources/CouncilPerformance/Model"
        ),
        .target(
            name: "CouncilPerformanceRules",
            dependencies: ["CouncilPerformanceModel"],
            path: "Sources/CouncilPerformance/Rules"
        ),
        // Excel workbooks are ZIP archives: the system zlib inflates their entries, through a module map
        // as SQLite is, so the package keeps no package dependencies (Documentation/DataFormats.md).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "CouncilPerformanceIO",
            dependencies: ["CouncilPerformanceModel", "CZlib"],
            path: "Sources/CouncilPerformance/IO"
        ),
        .target(
            name: "CouncilPerformanceReporting",
            dependencies: ["CouncilPerformanceRules"],
            path: "Sources/CouncilPerformance/Reporting"
        ),
        // The history store: the system SQLite library through a module map, so the package keeps no
        // package dependencies (Documentation/HistoryStore.md).
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "CouncilPerformanceStore",
            dependencies: [
                "CSQLite", "CouncilPerformanceIO", "CouncilPerformanceRules", "CouncilPerformanceReporting",
            ],
            path: "Sources/CouncilPerformance/Store"
        ),
        .target(
            name: "CouncilPerformance",
            dependencies: [
                "CouncilPerformanceModel", "CouncilPerformanceRules", "CouncilPerformanceIO",
                "CouncilPerformanceReporting", "CouncilPerformanceStore",
            ],
            path: "Sources/CouncilPerformance/Exports"
        ),
        .target(
            name: "ReportCommandLine",
            dependencies: ["CouncilPerformance"],
            path: "Examples/ReportCommandLine"
        ),
        .executableTarget(
            name: "nottinghamshire",
            dependencies: ["CouncilPerformance", "ReportCommandLine"],
            path: "Examples/nottinghamshire",
            resources: [.copy("Data")]
        ),
        .executableTarget(
            name: "council-benchmark",
            dependencies: ["CouncilPerformance", "ReportCommandLine", "AllocatorTuning"],
            path: "Benchmarks/CouncilBenchmark"
        ),
        // The C calls the benchmark and council-report need (glibc's mallopt), which Swift's Glibc module
        // does not expose: the benchmark keeps freed memory for speed, council-report returns it.
        .target(name: "AllocatorTuning", path: "Benchmarks/AllocatorTuning"),
        .executableTarget(
            name: "council-report",
            dependencies: ["CouncilPerformance", "ReportCommandLine", "AllocatorTuning"],
            path: "Examples/council-report"
        ),
        .testTarget(
            name: "CouncilPerformanceTests",
            dependencies: ["CouncilPerformance", "ReportCommandLine"],
            exclude: ["Fixtures"]
        ),
    ]
)

for target in package.targets where [.regular, .test, .executable].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.treatWarning("ExplicitSendable", as: .error))
    target.swiftSettings = settings
}
