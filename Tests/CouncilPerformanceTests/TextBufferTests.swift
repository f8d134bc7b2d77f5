import Foundation
import Testing

@testable import CouncilPerformance
@testable import CouncilPerformanceReporting
@testable import CouncilPerformanceSupport

/// The HTML and JSON renderers write figures and escaped text straight into bytes; they must read
/// exactly as the `String` forms they replace.
@Suite struct TextBufferTests {
    static func written(_ write: (inout TextBuffer) -> Void) -> String {
        var html = TextBuffer(capacity: 0)
        write(&html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        0, 1, -1, 9, 10, 99, 100, 1_000_000, -1_000_000, 1_500_000, 1_050_000, 1_000_001, -7_500, 999_999,
        75_260_000, 123_456_789_012, Int64.max, Int64.min, Int64.min + 1,
    ])
    func writesNumbersAsTheirDescription(units: Int64) {
        let number = ExactDecimal(units: units)
        #expect(Self.written { $0.append(number) } == number.description)
    }

    @Test(arguments: [0, 7, -7, 10, -10, 12_345, Int.max, Int.min])
    func writesIntegersAsStringDoes(value: Int) {
        #expect(Self.written { $0.append(value) } == String(value))
    }

    @Test func writesCoordinatesToOneDecimalPlace() {
        #expect(Self.written { $0.appendCoordinate(2) } == "2.0")
        #expect(Self.written { $0.appendCoordinate(12.34) } == "12.3")
        #expect(Self.written { $0.appendCoordinate(78) } == "78.0")
        for step in -800...800 {
            let coordinate = Double(step) * 0.0999
            let tenths = Int((coordinate * 10).rounded())
            let sign = tenths < 0 ? "-" : ""
            let expected = "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
            #expect(Self.written { $0.appendCoordinate(coordinate) } == expected)
        }
    }

    @Test func roundsCoordinatesHalfAwayFromZero() {
        // Exact halves of a tenth, and the doubles on either side of one.
        #expect(Self.written { $0.appendCoordinate(0.25) } == "0.3")
        #expect(Self.written { $0.appendCoordinate(-0.25) } == "-0.3")
        #expect(Self.written { $0.appendCoordinate(0.25.nextDown) } == "0.2")
        #expect(Self.written { $0.appendCoordinate(12.75) } == "12.8")
        #expect(Self.written { $0.appendCoordinate(-12.75) } == "-12.8")
        #expect(Self.written { $0.appendCoordinate(0.04) } == "0.0")
        #expect(Self.written { $0.appendCoordinate(-0.04) } == "0.0")
        #expect(Self.written { $0.appendCoordinate(-0.05) } == "-0.1")
        #expect(Self.written { $0.appendCoordinate(-0.5) } == "-0.5")
        #expect(Self.written { $0.appendCoordinate(0.049_999_999_999_999_996) } == "0.0")
    }

    @Test func escapesTheFiveSpecialCharactersAndNothingElse() {
        #expect(Self.written { $0.appendHTMLEscaped("") } == "")
        #expect(Self.written { $0.appendHTMLEscaped("plain – text → ●") } == "plain – text → ●")
        #expect(
            Self.written { $0.appendHTMLEscaped(#"<a href="x">Tom & Jerry's</a>"#) }
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        )
        #expect(Self.written { $0.appendHTMLEscaped("&&") } == "&amp;&amp;")
        // A quote followed by a combining mark is still a quote to an HTML parser, so it is escaped.
        #expect(Self.written { $0.appendHTMLEscaped("\"\u{301}") } == "&quot;\u{301}")
        // Every ASCII character, each alone and in a run: only the five are replaced.
        let replaced: [UInt8: String] = [0x22: "&quot;", 0x26: "&amp;", 0x27: "&#39;", 0x3C: "&lt;", 0x3E: "&gt;"]
        for byte in UInt8(1)...UInt8(127) {
            let character = String(decoding: [byte], as: UTF8.self)
            let expected = replaced[byte] ?? character
            #expect(Self.written { $0.appendHTMLEscaped("a\(character)b") } == "a\(expected)b")
        }
    }

    @Test func quotesJSONEscapingOnlyQuotesBackslashesAndControlCharacters() {
        #expect(Self.written { $0.appendJSONQuoted("") } == #""""#)
        #expect(Self.written { $0.appendJSONQuoted("£1,080 – Tom's") } == #""£1,080 – Tom's""#)
        let awkward = "say \"hi\"\\ \n\r\t\u{08}\u{0C}\u{01}\u{1F}\r\n"
        let expected = #""say \"hi\"\\ \n\r\t\b\f\u0001\u001f\r\n""#
        #expect(Self.written { $0.appendJSONQuoted(awkward) } == expected)
        // The data writer's literals come from the same escaping.
        #expect(JSONText.quoted(awkward) == expected)
        // The result parses back to the text.
        let parsed = try? JSONSerialization.jsonObject(with: Data(expected.utf8), options: .fragmentsAllowed)
        #expect(parsed as? String == awkward)
    }

    /// What a buffer that writes to a file wrote there, read back through a pipe.
    static func spilled(capacity: Int, _ write: (inout TextBuffer) -> Void) -> (bytes: [UInt8], error: Int32) {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        var buffer = TextBuffer(capacity: capacity, writingTo: ends[1])
        write(&buffer)
        buffer.flush()
        close(ends[1])
        let bytes = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile()
        return (Array(bytes), buffer.writeError)
    }

    @Test func aBufferThatWritesToAFileHoldsNoMoreThanItsCapacity() {
        // 64 bytes at a time, with pieces smaller, equal to and larger than the buffer.
        let long = String(repeating: "x", count: 200)
        let (bytes, error) = Self.spilled(capacity: 64) { buffer in
            for index in 0..<50 {
                buffer.append(index)
                buffer.appendHTMLEscaped("<a & b>")
                buffer.appendUnescaped(index % 7 == 0 ? long : "")
                buffer.appendJSONQuoted("é\n")
            }
            #expect(buffer.bytes.count <= 64)
        }
        let expected = (0..<50).map { "\($0)&lt;a &amp; b&gt;\($0 % 7 == 0 ? long : "")\"é\\n\"" }.joined()
        #expect(error == 0)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func aFullDiskIsKeptAsTheBuffersErrorAndLaterBytesAreDropped() throws {
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        var buffer = TextBuffer(capacity: 64, writingTo: full)
        for _ in 0..<10 { buffer.appendUnescaped(String(repeating: "y", count: 50)) }
        buffer.flush()
        #expect(buffer.writeError == ENOSPC)
        #expect(buffer.bytes.isEmpty)
    }

    @Test func overwritesBytesInTheFileAndInMemoryAlike() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textbuffer-\(UUID().uuidString)").path
        defer { unlink(path) }
        let file = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        try #require(file >= 0)
        defer { close(file) }
        var buffer = TextBuffer(capacity: 64, writingTo: file)
        let pieces = (0..<20).map { String(format: "%09d,", $0) }  // 200 bytes
        for piece in pieces { buffer.appendUnescaped(piece) }
        // Six pieces fill the 64 bytes, so 180 bytes have gone to the file and the last 20 are held.
        #expect(buffer.bytes.count == 20)
        buffer.overwrite(at: 0, with: Array("AB".utf8))  // in the file
        buffer.overwrite(at: 178, with: Array("CDEF".utf8))  // across the two
        buffer.overwrite(at: 196, with: Array("GHIJ".utf8))  // in memory
        buffer.flush()
        #expect(buffer.writeError == 0)
        var expected = Array(pieces.joined().utf8)
        expected.replaceSubrange(0..<2, with: Array("AB".utf8))
        expected.replaceSubrange(178..<182, with: Array("CDEF".utf8))
        expected.replaceSubrange(196..<200, with: Array("GHIJ".utf8))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }
}
