import CouncilPerformance
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects elements, attributes and text from an SVG string.
private final class SVGCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String: String] = [:]
    var allText: [String] = []
    private var current = ""
    private var stack: [String] = []

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append((elementName, attributeDict))
        stack.append(elementName)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(
        _ parser: XMLParser,
        didEndElement elementName: String,
        namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        if stack.count == 2, texts[elementName] == nil {
            texts[elementName] = current
        }
        if !current.isEmpty {
            allText.append(current)
        }
        current = ""
        stack.removeLast()
    }
}

private func parse(_ svg: String) throws -> SVGCollector {
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = SVGCollector()
    parser.delegate = collector
    try #require(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    return collector
}

@Suite("XmR chart SVG")
struct XmRChartSVGTests {
    static let values = alternatingBaseline + [1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 3.5]

    @Test("Well-formed, titled, one marker per point, shaped by type, badges with text")
    func structure() throws {
        let result = try chart(Self.values, target: 4, fixAfter: 12)  // 4 > upper limit 3.16: fails
        let svg = XmRChartSVG().render(result, group: nil, title: "Calls <answered> & \"kept\"") { "M\($0)" }
        let parsed = try parse(svg)
        #expect(parsed.texts["title"] == "Calls <answered> & \"kept\"")
        #expect(parsed.texts["desc"]?.contains("19 points from M1 to M19") == true)
        let markers = parsed.elements.filter {
            $0.attributes["class"] == "point" && $0.attributes["aria-hidden"] == nil
        }
        #expect(markers.count == 19)
        let circles = markers.filter { $0.name == "circle" }
        #expect(circles.count == result.points.filter { $0.pointType == .commonCause }.count)
        #expect(markers.filter { $0.name == "polygon" }.count == 9)
        #expect(markers.map { $0.attributes["data-point-type"] } == result.points.map { $0.pointType.rawValue })
        #expect(
            parsed.elements.contains { $0.attributes["class"] == "mean" && $0.attributes["stroke-dasharray"] == nil }
        )
        #expect(
            parsed.elements.contains {
                $0.attributes["class"] == "upper-limit" && $0.attributes["stroke-dasharray"] != nil
            }
        )
        #expect(parsed.elements.contains { $0.attributes["class"] == "target" })
        #expect(parsed.allText.contains("Target 4.0"))
        #expect(parsed.allText.contains("Special cause: improvement (high)"))
        #expect(parsed.allText.contains("Consistently fails the target"))
        #expect(
            parsed.elements.contains { $0.attributes["aria-label"] == "Variation: Special cause: improvement (high)" }
        )
        #expect(parsed.allText.contains("M1"))
        #expect(parsed.allText.contains("M19: 3.5, special cause (improvement) (beyond a process limit)"))
    }

    @Test("Output is deterministic and numbers have fixed decimals")
    func deterministic() throws {
        let result = try chart(Self.values, fixAfter: 12)
        let first = XmRChartSVG().render(result, group: nil, title: "T") { "\($0)" }
        let second = XmRChartSVG().render(result, group: nil, title: "T") { "\($0)" }
        #expect(first == second)
        let parsed = try parse(first)
        let xs = parsed.elements.compactMap { $0.attributes["cx"] }
        #expect(xs.allSatisfy { $0.split(separator: ".").last?.count == 2 })
    }

    @Test("A rebased chart draws one mean line per segment; an unknown group renders a note")
    func segmentsAndEmpty() throws {
        let result = try chart([1, 3, 1, 3, 1, 3, 11, 13, 11, 13, 11, 13], rebase: [7])
        let parsed = try parse(XmRChartSVG().render(result, group: nil, title: "T") { "\($0)" })
        #expect(parsed.elements.filter { $0.attributes["class"] == "mean" }.count == 2)
        let empty = try parse(XmRChartSVG().render(result, group: "nobody", title: "T") { "\($0)" })
        #expect(empty.allText.contains("No data"))
    }
}
