import CouncilPerformance
import Testing

/// The one XML escaper behind the chart's SVG and the workbook's parts.
@Suite struct XMLTextTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(
            XMLText.escaped(#"Tom & Jerry's <b>"quote"</b>"#)
                == "Tom &amp; Jerry&apos;s &lt;b&gt;&quot;quote&quot;&lt;/b&gt;"
        )
    }

    @Test func keepsWhiteSpaceAndReplacesWhatXMLCannotHold() {
        #expect(XMLText.escaped("a\tb\nc\rd") == "a\tb\nc\rd")
        #expect(XMLText.escaped("bell\u{07}nul\u{00}") == "bell\u{FFFD}nul\u{FFFD}")
        #expect(XMLText.escaped("\u{FFFE}\u{FFFF}£") == "\u{FFFD}\u{FFFD}£")
    }
}
