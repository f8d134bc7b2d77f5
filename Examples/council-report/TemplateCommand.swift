import CouncilPerformance
import Foundation
import ReportCommandLine

/// `council-report template`: an empty workbook to fill in, a sheet per table.
enum TemplateCommand {
    static let spec = CommandLineSpec(
        command: "council-report template",
        abstract:
            "Write an empty Excel workbook to fill in: every table's sheet and header, a notes sheet explaining "
            + "each column, lists of allowed values, frozen headers. Load it with --data council.xlsx.",
        options: [
            .init("output", valueName: "file", help: "The workbook to write; council.xlsx by default.")
        ]
    )

    static func main(_ arguments: [String]) {
        let parsed = spec.parseOrExit(arguments)
        let path = parsed.values["output"] ?? "council.xlsx"
        do {
            let url = URL(fileURLWithPath: path)
            let file = RenderedFile(
                name: url.lastPathComponent,
                mediaType: ExcelRenderer.mediaType,
                bytes: ExcelFormat.template()
            )
            try ReportWriter.write(file, to: url.deletingLastPathComponent())
            print("wrote \(path)")
        } catch {
            exitWithMessage("council-report template: \(error)\n", status: 1)
        }
    }
}
