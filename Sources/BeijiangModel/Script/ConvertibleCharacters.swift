/// The characters OpenCC's traditional-to-simplified conversion can change, from
/// `traditional-characters.json` (how it was made: docs/data.md). Every other character comes out
/// of t2s as it went in, so a sample with few of these cannot be traditional, and a simplified
/// article is told so without OpenCC (`TraditionalScript.mayBeTraditional`).
struct ConvertibleCharacters: Sendable {
  /// The data file: the characters in code point order, in lines of a few dozen.
  struct File: Decodable, Sendable {
    let characters: [String]
  }

  static let bundled = ConvertibleCharacters(
    BundledFiles.readData(File.self, named: "traditional-characters.json"))

  /// One bit a code point of the Han blocks `TraditionalScript.isHan` covers, from extension A
  /// (U+3400) to the end of the basic block (U+9FFF); the bitmap is 6 KB.
  private var bits: [UInt64]
  private static let first: UInt32 = 0x3400
  private static let last: UInt32 = 0x9FFF

  init(_ file: File) {
    bits = Array(repeating: 0, count: Int(Self.last - Self.first) / 64 + 1)
    for line in file.characters {
      for scalar in line.unicodeScalars where (Self.first...Self.last).contains(scalar.value) {
        let offset = Int(scalar.value - Self.first)
        bits[offset / 64] |= 1 << UInt64(offset % 64)
      }
    }
  }

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    guard (Self.first...Self.last).contains(scalar.value) else { return false }
    let offset = Int(scalar.value - Self.first)
    return bits[offset / 64] & (1 << UInt64(offset % 64)) != 0
  }

  /// How many characters the table holds.
  var count: Int { bits.reduce(0) { $0 + $1.nonzeroBitCount } }
}
