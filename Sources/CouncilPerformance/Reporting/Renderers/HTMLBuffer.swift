/// The UTF-8 bytes of an HTML page being written, appended in place.
///
/// ``HTMLRenderer`` writes a whole page into one growing byte array rather than building a `String`
/// per element and joining them: a dashboard is over a megabyte of markup from tens of thousands of
/// small pieces, and the intermediate strings cost far more than the bytes. Markup is appended from
/// `StaticString` literals, text from data through ``appendEscaped(_:)``, and figures are written
/// digit by digit without going through `String`.
struct HTMLBuffer {
    /// The page so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer with room for `capacity` bytes before it needs to grow.
    ///
    /// - Parameter capacity: The expected size of the page.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup as written: a literal, so it needs no escaping.
    ///
    /// - Parameter markup: The markup.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text that is known to need no escaping, such as a class name from an enumeration.
    ///
    /// - Parameter text: The text.
    mutating func appendUnescaped(_ text: String) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if appended == nil { bytes.append(contentsOf: text.utf8) }
    }

    /// Appends text from data, escaped for HTML element content and attribute values: `&`, `<`, `>`,
    /// `"` and `'` become character references; everything else is copied as it is.
    ///
    /// - Parameter text: The text.
    mutating func appendEscaped(_ text: String) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped(utf8: $0) }
        if appended == nil { Array(text.utf8).withUnsafeBufferPointer { appendEscaped(utf8: $0) } }
    }

    private mutating func appendEscaped(utf8 text: UnsafeBufferPointer<UInt8>) {
        // Copy the runs between special characters whole; most text has none at all.
        var runStart = 0
        for index in text.indices {
            let reference: StaticString
            switch text[index] {
            case UInt8(ascii: "&"): reference = "&amp;"
            case UInt8(ascii: "<"): reference = "&lt;"
            case UInt8(ascii: ">"): reference = "&gt;"
            case UInt8(ascii: "\""): reference = "&quot;"
            case UInt8(ascii: "'"): reference = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            append(reference)
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// Appends an integer in decimal, with a leading `-` when negative, as `String(value)` writes it.
    ///
    /// - Parameter value: The integer.
    mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(UInt64(value.magnitude))
    }

    /// Appends an unsigned integer in decimal.
    ///
    /// - Parameter value: The integer.
    mutating func append(_ value: UInt64) {
        // Write the digits from the last one back, then put them in order.
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest != 0
        // Reverse through a pointer: reversing `bytes[start...]` would copy the slice.
        bytes.withUnsafeMutableBufferPointer { page in
            var digits = UnsafeMutableBufferPointer(rebasing: page[start...])
            digits.reverse()
        }
    }

    /// Appends a number in its canonical form, exactly as ``ExactDecimal/description`` writes it:
    /// no exponent, no trailing zeros, no separators (`75.26`, `-3`, `0.5`).
    ///
    /// - Parameter number: The number.
    mutating func append(_ number: ExactDecimal) {
        if number.units < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = number.units.magnitude
        let scale = UInt64(ExactDecimal.scale)
        append(magnitude / scale)
        var fraction = magnitude % scale
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        // Digits from the tenths down, stopping once the rest is zero: leading zeros kept, trailing dropped.
        var place = scale / 10
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / place))
            fraction %= place
            place /= 10
        }
    }

    /// Appends a chart coordinate to one decimal place, rounded half away from zero (`12.3`).
    ///
    /// - Parameter coordinate: The coordinate, in SVG user units.
    mutating func appendCoordinate(_ coordinate: Double) {
        let tenths = Int((coordinate * 10).rounded())
        append(tenths / 10)
        bytes.append(UInt8(ascii: "."))
        append(abs(tenths % 10))
    }
}
