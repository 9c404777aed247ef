/// Strict UTF-8 decoding that reports where it fails. The standard library's validating
/// initialisers say only *that* the bytes are invalid; a person fixing a file needs *where*.
enum UTF8Validator {
  enum Outcome {
    case valid([Unicode.Scalar])
    case invalid(byteOffset: Int, detail: String)
    /// A NUL byte, met before any invalid sequence: the input is binary, not text.
    case nul(byteOffset: Int)
  }

  static func decode(_ bytes: [UInt8], from start: Int = 0) -> Outcome {
    bytes.withUnsafeBufferPointer { decode(Bytes(rebasing: $0[start...]), offset: start) }
  }

  // The decoder reads and writes through buffer pointers: with array indexing and `append`, the
  // bounds, capacity and uniqueness checks were most of its time, and a whole article is decoded
  // before anything else can start (docs/performance.md, "Fast paths").
  private typealias Bytes = UnsafeBufferPointer<UInt8>

  /// `offset`: where `bytes` starts in the file, for the error message.
  private static func decode(_ bytes: Bytes, offset: Int) -> Outcome {
    // Room for one scalar a byte that does not continue a sequence: exactly the scalars of valid
    // UTF-8, and never fewer than decoded. Room for one a byte, as before, was three times what
    // Chinese text needs, and the document keeps this array: a dashboard of 1000 articles held
    // 80 KB of it for each 20 KB article (docs/performance.md, "Session 8"). The count is one
    // quick pass the compiler vectorises.
    var failure: Outcome?
    let capacity = leadBytes(bytes)
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { output, initialized in
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        let scalar: Unicode.Scalar
        if lead < 0x80 {
          // Checked here rather than by a separate search of the whole input for a zero byte.
          guard lead != 0 else {
            failure = .nul(byteOffset: offset + index)
            break
          }
          scalar = Unicode.Scalar(lead)
          index &+= 1
        } else if let common = commonThreeByteScalar(bytes, at: index) {
          scalar = common
          index &+= 3
        } else if let (decoded, length) = decodeMultiByte(bytes, at: index) {
          scalar = decoded
          index += length
        } else {
          failure = .invalid(
            byteOffset: offset + index, detail: "byte 0x\(hex(lead)) does not start a valid sequence")
          break
        }
        (output.baseAddress! + initialized).initialize(to: scalar)
        initialized &+= 1
      }
    }
    return failure ?? .valid(scalars)
  }

  /// Bytes that are not continuation bytes (10xxxxxx).
  private static func leadBytes(_ bytes: Bytes) -> Int {
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count &+= 1 }
    return count
  }

  /// The fast path for Chinese text: a lead byte E1...EC (U+1000...U+CFFF, which holds the CJK
  /// ideographs and punctuation) followed by two continuation bytes is always a valid scalar: such
  /// a lead can be neither overlong (E0) nor a surrogate (ED). Written with wrapping arithmetic and
  /// one test for both continuation bytes, it is markedly cheaper than the general path, and most
  /// of an article's bytes go through it.
  @inline(__always) private static func commonThreeByteScalar(_ bytes: Bytes, at index: Int) -> Unicode
    .Scalar?
  {
    let lead = bytes[index]
    guard lead &- 0xE1 < 12, index &+ 2 < bytes.count else { return nil }
    // A continuation byte is 10xxxxxx: flipping its top bit leaves a value below 0x40.
    let second = bytes[index &+ 1] ^ 0x80
    let third = bytes[index &+ 2] ^ 0x80
    guard second | third < 0x40 else { return nil }
    let value = UInt32(lead & 0x0F) &<< 12 | UInt32(second) &<< 6 | UInt32(third)
    // 0x1000...0xCFFF: never a surrogate, so the check the initialiser makes can be skipped.
    return Unicode.Scalar(value).unsafelyUnwrapped
  }

  /// Decodes the sequence at `index`, refusing overlong forms, surrogates and values past U+10FFFF.
  private static func decodeMultiByte(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = bytes[index]
    let (length, minimum, initial): (Int, UInt32, UInt32) =
      switch lead {
      case 0xC2...0xDF: (2, 0x80, UInt32(lead & 0x1F))
      case 0xE0...0xEF: (3, 0x800, UInt32(lead & 0x0F))
      case 0xF0...0xF4: (4, 0x10000, UInt32(lead & 0x07))
      default: (0, 0, 0)
      }
    guard length > 0, index + length <= bytes.count else { return nil }
    var value = initial
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
