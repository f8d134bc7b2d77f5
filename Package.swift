// swift-tools-version: 6.2

import PackageDescription

let package = Package(
    name: "CouncilPerformance",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CouncilPerformance", targets: ["CouncilPerformance"])
    ],
    targets: [
        .target(name: "CouncilPerformance"),
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
        // One C call the benchmark needs (glibc's mallopt), which Swift's Glibc module does not expose.
        .target(name: "AllocatorTuning", path: "Benchmarks/AllocatorTuning"),
        .executableTarget(
            name: "council-report",
            dependencies: ["CouncilPerformance", "ReportCommandLine"],
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
