/// Strings from runs of Unicode scalars, written straight into the string's UTF-8 storage.
///
/// Why not `String(String.UnicodeScalarView(scalars))`: building a scalar view from an array goes
/// through a generic, unspecialised path of the standard library (an iterator and a witness-table
/// call a scalar), slow on long articles (docs/performance.md, "Fast paths"). Encoding the UTF-8
/// here is two tight loops: one to size the string, one to fill it.
extension String {
  init(scalars: ArraySlice<Unicode.Scalar>) {
    var byteCount = 0
    for scalar in scalars { byteCount += UTF8Width.of(scalar.value) }
    self.init(unsafeUninitializedCapacity: byteCount) { buffer in
      var offset = 0
      for scalar in scalars { offset = UTF8Width.encode(scalar.value, into: buffer, at: offset) }
      return offset
    }
  }

  init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }
}

/// UTF-8 encoding of one scalar value, for the string builders above.
private enum UTF8Width {
  @inline(__always) static func of(_ value: UInt32) -> Int {
    value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
  }

  /// Writes `value` at `offset` and returns the offset after it.
  @inline(__always) static func encode(
    _ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    switch value {
    case ..<0x80:
      buffer[offset] = UInt8(value)
      return offset + 1
    case ..<0x800:
      buffer[offset] = UInt8(0xC0 | value >> 6)
      buffer[offset + 1] = UInt8(0x80 | value & 0x3F)
      return offset + 2
    case ..<0x10000:
      buffer[offset] = UInt8(0xE0 | value >> 12)
      buffer[offset + 1] = UInt8(0x80 | value >> 6 & 0x3F)
      buffer[offset + 2] = UInt8(0x80 | value & 0x3F)
      return offset + 3
    default:
      buffer[offset] = UInt8(0xF0 | value >> 18)
      buffer[offset + 1] = UInt8(0x80 | value >> 12 & 0x3F)
      buffer[offset + 2] = UInt8(0x80 | value >> 6 & 0x3F)
      buffer[offset + 3] = UInt8(0x80 | value & 0x3F)
      return offset + 4
    }
  }
}

extension String {
  /// The parts one after another, written into one string. Why not interpolation: it appends
  /// part by part, and `String.append` (growth, a uniqueness check and its grapheme bookkeeping)
  /// costs hundreds of instructions a part (docs/performance.md, "Fast paths").
  init(concatenating parts: [String]) {
    let byteCount = parts.reduce(0) { $0 + $1.utf8.count }
    self.init(unsafeUninitializedCapacity: byteCount) { buffer in
      var offset = 0
      for part in parts {
        // Native strings hold their UTF-8 in one run, copied at once; a byte at a time through
        // the UTF-8 view is many times slower.
        let copied = part.utf8.withContiguousStorageIfAvailable { bytes in
          _ = UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(from: bytes)
          return bytes.count
        }
        if let copied {
          offset += copied
        } else {
          for byte in part.utf8 {
            buffer[offset] = byte
            offset += 1
          }
        }
      }
      return offset
    }
  }
}
