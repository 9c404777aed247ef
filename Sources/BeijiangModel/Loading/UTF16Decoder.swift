/// UTF-16 with a byte order mark. A lone surrogate is an error with its byte offset, never a
/// silent replacement character.
enum UTF16Decoder {
  enum Outcome {
    case decoded([Unicode.Scalar])
    case invalid(byteOffset: Int, detail: String)
  }

  static func decode(_ bytes: [UInt8], bigEndian: Bool) -> Outcome {
    let start = 2
    guard (bytes.count - start) % 2 == 0 else {
      return .invalid(byteOffset: bytes.count - 1, detail: "odd number of bytes")
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity((bytes.count - start) / 2)
    var index = start
    func unit(at position: Int) -> UInt16 {
      let first = UInt16(bytes[position])
      let second = UInt16(bytes[position + 1])
      return bigEndian ? first << 8 | second : second << 8 | first
    }
    while index < bytes.count {
      let high = unit(at: index)
      if (0xD800...0xDBFF).contains(high) {
        guard index + 3 < bytes.count, (0xDC00...0xDFFF).contains(unit(at: index + 2)) else {
          return .invalid(byteOffset: index, detail: "lone high surrogate")
        }
        let low = unit(at: index + 2)
        let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(low - 0xDC00)
        scalars.append(Unicode.Scalar(value)!)
        index += 4
      } else if (0xDC00...0xDFFF).contains(high) {
        return .invalid(byteOffset: index, detail: "lone low surrogate")
      } else {
        scalars.append(Unicode.Scalar(high)!)
        index += 2
      }
    }
    return .decoded(scalars)
  }
}
