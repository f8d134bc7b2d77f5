/// The CRC-32 of ZIP archives (ISO 3309, the reflected polynomial 0xEDB88320).
package enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of some bytes.
    ///
    /// - Parameter bytes: The bytes.
    /// - Returns: The CRC-32.
    /// - Complexity: O(*n*).
    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32.Running()
        bytes.withUnsafeBufferPointer { crc.update($0) }
        return crc.value
    }

    /// A checksum computed as the bytes go by, a piece at a time.
    package struct Running {
        private var crc: UInt32 = 0xFFFF_FFFF

        /// Starts a checksum of no bytes.
        package init() {}

        /// Adds the next bytes.
        ///
        /// - Parameter bytes: The bytes.
        package mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes { crc = CRC32.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }

        /// The CRC-32 of the bytes so far.
        package var value: UInt32 { crc ^ 0xFFFF_FFFF }
    }
}
