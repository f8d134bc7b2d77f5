#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The UTF-8 bytes of a page being written, appended in place.
///
/// ``HTMLRenderer`` and ``JSONRenderer`` write a whole page into one block of memory rather than
/// building a `String` per element and joining them: a dashboard is over a megabyte of markup from
/// hundreds of thousands of small pieces, and the intermediate strings cost far more than the bytes.
/// Markup is appended from `StaticString` literals, text from data through ``appendHTMLEscaped(_:)``,
/// and figures are written digit by digit without going through `String`.
///
/// The buffer manages its memory itself, so each append is a bounds check and a copy, without the
/// uniqueness checks an `Array` makes on every call; it is noncopyable so that the memory has exactly
/// one owner, and frees it when it goes away. It grows with `realloc`, which extends a large block in
/// place or remaps its pages, so a page of hundreds of megabytes never needs its old and new blocks at
/// once, as copying into a block twice the size would.
///
/// A buffer made with ``init(capacity:writingTo:)`` holds no page at all: when the next piece would
/// not fit, it writes what it has to a file and starts again, so that a page of any size costs one
/// block of `capacity` bytes. ``StagedReportSet`` streams every text format and Excel workbooks this
/// way; ``overwrite(at:with:)`` fills in a workbook entry's header once its content has gone by.
struct TextBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// The file the bytes go to as the buffer fills; -1 to keep them.
    private let file: Int32
    /// The first error writing to ``file`` (an `errno` value), or 0; after one, bytes are dropped.
    private(set) var writeError: Int32 = 0
    /// How many bytes have gone to ``file``: where the bytes held start in the page.
    private var flushed = 0

    /// Creates an empty buffer with room for `capacity` bytes before it needs to grow.
    ///
    /// - Parameter capacity: The expected size of the page.
    init(capacity: Int) {
        self.init(capacity: capacity, file: -1)
    }

    /// Creates a buffer that writes to an open file whenever it has `capacity` bytes to write.
    ///
    /// Call ``flush()`` at the end and check ``writeError``: appending never fails, so that writing a
    /// page stays a sequence of copies, and the first error is kept until then.
    ///
    /// - Parameters:
    ///   - capacity: How many bytes to hold before writing them.
    ///   - file: The open file descriptor; the buffer does not close it.
    init(capacity: Int, writingTo file: Int32) {
        self.init(capacity: capacity, file: file)
    }

    private init(capacity: Int, file: Int32) {
        self.capacity = max(capacity, 64)
        self.file = file
        guard let block = malloc(self.capacity) else { fatalError("out of memory for \(self.capacity) bytes") }
        storage = block.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        free(storage)
    }

    /// The page so far (since the last write, for a buffer that writes to a file).
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }

    /// Makes sure `extra` more bytes fit: by writing what the buffer holds to its file, if it has one,
    /// or else by growing, doubling as `Array` does.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { makeRoom(for: extra) }
    }

    private mutating func makeRoom(for extra: Int) {
        if file >= 0 {
            flush()
            if extra <= capacity { return }
        }
        grow(toHold: count + extra)
    }

    /// Writes what the buffer holds to its file and empties it; does nothing for a buffer without one.
    ///
    /// A failure is kept in ``writeError``, and every later write is skipped.
    mutating func flush() {
        guard file >= 0 else { return }
        var written = 0
        while written < count && writeError == 0 {
            let result = write(file, storage + written, count - written)
            if result > 0 {
                written += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                writeError = result < 0 ? errno : EIO
            }
        }
        flushed += count
        count = 0
    }

    /// Replaces bytes already appended, at an offset from the page's start: in memory where they are
    /// still held, in the file where they have been written (a ZIP entry's header, filled in once its
    /// content has gone by).
    ///
    /// - Parameters:
    ///   - offset: Where the bytes start in the page.
    ///   - replacement: The new bytes; they end at or before the page's end.
    mutating func overwrite(at offset: Int, with replacement: [UInt8]) {
        precondition(offset >= 0 && offset + replacement.count <= flushed + count, "only bytes already appended")
        let inFile = max(0, min(replacement.count, flushed - offset))
        if inFile > 0 && writeError == 0 {
            let result = replacement.withUnsafeBufferPointer { pwrite(file, $0.baseAddress, inFile, off_t(offset)) }
            if result != inFile { writeError = result < 0 ? errno : EIO }
        }
        for index in inFile..<replacement.count { storage[offset + index - flushed] = replacement[index] }
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        guard let block = realloc(storage, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes") }
        storage = block.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// Appends bytes as they are: UTF-8 text already in the file's form, such as a CSV line.
    ///
    /// - Parameter bytes: The bytes.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        append(utf8: bytes)
    }

    private mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    private mutating func append(byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Appends markup as written: a literal, so it needs no escaping.
    ///
    /// - Parameter markup: The markup.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { append(utf8: $0) }
    }

    /// Appends text that is known to need no escaping, such as a class name from an enumeration.
    ///
    /// - Parameter text: The text.
    mutating func appendUnescaped(_ text: String) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append(utf8: $0) }
        if appended == nil { Array(text.utf8).withUnsafeBufferPointer { append(utf8: $0) } }
    }

    /// Appends text from data, escaped for HTML element content and attribute values: `&`, `<`, `>`,
    /// `"` and `'` become character references; everything else is copied as it is.
    ///
    /// - Parameter text: The text.
    mutating func appendHTMLEscaped(_ text: String) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { appendHTMLEscaped(utf8: $0) }
        if appended == nil { Array(text.utf8).withUnsafeBufferPointer { appendHTMLEscaped(utf8: $0) } }
    }

    /// The characters HTML escaping replaces (`"`, `&`, `'`, `<` and `>`), as bits of the byte values
    /// below 64: one shift and test a byte tells most text at once that it has none.
    private static let escapedBelow64: UInt64 = [0x22, 0x26, 0x27, 0x3C, 0x3E].reduce(0) { $0 | 1 << $1 }

    private mutating func appendHTMLEscaped(utf8 text: UnsafeBufferPointer<UInt8>) {
        // Copy the runs between special characters whole; most text has none at all.
        var runStart = 0
        for index in text.indices {
            let byte = text[index]
            guard byte < 64, Self.escapedBelow64 & (1 << byte) != 0 else { continue }
            let reference: StaticString
            switch byte {
            case UInt8(ascii: "&"): reference = "&amp;"
            case UInt8(ascii: "<"): reference = "&lt;"
            case UInt8(ascii: ">"): reference = "&gt;"
            case UInt8(ascii: "\""): reference = "&quot;"
            default: reference = "&#39;"
            }
            append(utf8: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            append(reference)
            runStart = index + 1
        }
        append(utf8: UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// Appends text from data as a JSON string literal, quotes included, escaped as ``JSONText`` escapes
    /// every JSON the library writes.
    ///
    /// - Parameter text: The text.
    mutating func appendJSONQuoted(_ text: String) {
        JSONText.writeQuoted(text) { append(utf8: $0) }
    }

    /// Appends literal JSON, then a string as a JSON string literal: a member such as
    /// `, "caption": "Totals"`.
    ///
    /// - Parameters:
    ///   - prefix: The JSON before the string, such as `, "caption": `.
    ///   - text: The string.
    mutating func appendJSON(_ prefix: StaticString, quoting text: String) {
        append(prefix)
        appendJSONQuoted(text)
    }

    /// Appends each element in turn, with a separator between each two.
    ///
    /// - Parameters:
    ///   - elements: The elements.
    ///   - separator: What goes between two elements, such as `, `.
    ///   - appendElement: Appends one element to the buffer it is given.
    mutating func appendEach<Elements: Sequence>(
        _ elements: Elements,
        separator: StaticString,
        _ appendElement: (inout TextBuffer, Elements.Element) -> Void
    ) {
        var isFirst = true
        for element in elements {
            if !isFirst { append(separator) }
            isFirst = false
            appendElement(&self, element)
        }
    }

    /// Appends an integer in decimal, with a leading `-` when negative, as `String(value)` writes it.
    ///
    /// - Parameter value: The integer.
    mutating func append(_ value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        append(UInt64(value.magnitude))
    }

    /// Appends an unsigned integer in decimal.
    ///
    /// - Parameter value: The integer.
    mutating func append(_ value: UInt64) {
        var digitCount = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digitCount += 1
        }
        reserve(digitCount)
        // Write the digits from the last one back.
        rest = value
        var index = count + digitCount
        repeat {
            index -= 1
            storage[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest != 0
        count += digitCount
    }

    /// Appends a number in its canonical form, exactly as ``ExactDecimal/description`` writes it:
    /// no exponent, no trailing zeros, no separators (`75.26`, `-3`, `0.5`).
    ///
    /// - Parameter number: The number.
    mutating func append(_ number: ExactDecimal) {
        number.writeDigits(grouped: false) { append(utf8: $0) }
    }

    /// Appends a chart coordinate to one decimal place, rounded half away from zero (`12.3`).
    ///
    /// - Parameter coordinate: The coordinate, in SVG user units.
    mutating func appendCoordinate(_ coordinate: Double) {
        // Half away from zero, as `rounded()` rounds, without its library call: the part cut off by
        // truncation is exact (the whole part is within a factor of two of the value).
        let scaled = coordinate * 10
        var tenths = Int(scaled)
        let cut = scaled - Double(tenths)
        if cut >= 0.5 { tenths += 1 } else if cut <= -0.5 { tenths -= 1 }
        // The sign first, so that a coordinate between -1 and 0 keeps it (`-0.5`).
        if tenths < 0 { append(byte: UInt8(ascii: "-")) }
        append(abs(tenths) / 10)
        append(byte: UInt8(ascii: "."))
        append(byte: UInt8(ascii: "0") + UInt8(abs(tenths) % 10))
    }
}
