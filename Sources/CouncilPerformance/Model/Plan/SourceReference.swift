/// Where a figure or row came from: a document and a place in it, so that every number in a report can
/// be traced back to the paper it was printed in.
public struct SourceReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The document, such as a file name or a committee paper's title.
    public var document: String
    /// The place in the document: a table, appendix, paragraph or line, such as `Appendix B` or `line 984`.
    public var location: String?

    /// Creates a source reference.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - location: The place in it, if known.
    public init(document: String, location: String? = nil) {
        self.document = document
        self.location = location
    }

    /// `document, location`, or the document alone.
    public var description: String {
        location.map { "\(document), \($0)" } ?? document
    }
}
