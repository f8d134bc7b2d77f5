// Shared by the fuzz targets: a valid council's CSV tables, and a render of every report in every format.
import CouncilPerformance

enum FuzzRender {
    /// The tables of a minimal valid council, for the CSV target to replace one of.
    static let baseFiles: [String: [UInt8]] = [
        "council.csv": Array("council,plan_title,first_year,last_year\nFuzz Council,Plan,2017/18,2020/21\n".utf8),
        "measures.csv": Array("id,name,unit,good_is\nm1,Measure,percentage,High\n".utf8),
        "observations.csv": Array("measure,period,value\nm1,Q1 2018/19,50%\nm1,Q2 2018/19,60%\n".utf8),
    ]

    static let reporters: [any PerformanceReporter] = [
        MarkdownRenderer(), HTMLRenderer(), CSVRenderer(), JSONRenderer(),
    ]

    static func render(_ data: PerformanceData) {
        var documents: [ReportDocument] = []
        if !data.plan.measures.isEmpty {
            documents.append(.dashboard(PerformanceDashboard(data: data)))
        }
        if !data.changeRequests.isEmpty { documents.append(.changes(ChangeRequestReport(data: data))) }
        documents.append(.audit(ConsistencyAudit(data: data)))
        for document in documents {
            for reporter in reporters { _ = reporter.render(document) }
        }
    }
}
