import Foundation
import Testing

@testable import BeijiangModel

#if canImport(Glibc)
  import Glibc
#endif

/// Encodes UTF-8 text into another encoding with iconv, to build test inputs.
func iconvEncode(_ text: String, to encoding: String) -> [UInt8] {
  let converter = iconv_open(encoding, "UTF-8")
  defer { iconv_close(converter) }
  var input = Array(text.utf8)
  var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
  let capacity = output.count
  let left: Int = input.withUnsafeMutableBufferPointer { inBuffer in
    output.withUnsafeMutableBufferPointer { outBuffer in
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
        .assumingMemoryBound(to: CChar.self)
      var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = inBuffer.count
      var outLeft = outBuffer.count
      _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
      return outLeft
    }
  }
  return Array(output[0..<(capacity - left)])
}

@Suite struct DecodingTests {
  static let sample = "# 标题\n\n内蒙古口岸达20个之多。\n"

  struct EncodedCase: CustomTestStringConvertible, Sendable {
    let label: String
    let bytes: [UInt8]
    let encoding: TextEncoding
    var testDescription: String { label }
  }

  static let encodedCases: [EncodedCase] = [
    EncodedCase(label: "UTF-8", bytes: Array(sample.utf8), encoding: .utf8),
    EncodedCase(label: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array(sample.utf8), encoding: .utf8WithBOM),
    EncodedCase(
      label: "UTF-16LE BOM", bytes: [0xFF, 0xFE] + iconvEncode(sample, to: "UTF-16LE"),
      encoding: .utf16LittleEndian),
    EncodedCase(
      label: "UTF-16BE BOM", bytes: [0xFE, 0xFF] + iconvEncode(sample, to: "UTF-16BE"),
      encoding: .utf16BigEndian),
    EncodedCase(label: "GB18030", bytes: iconvEncode(sample, to: "GB18030"), encoding: .gb18030),
    EncodedCase(label: "GBK", bytes: iconvEncode(sample, to: "GBK"), encoding: .gb18030),
    EncodedCase(label: "GB2312", bytes: iconvEncode(sample, to: "GB2312"), encoding: .gb18030),
    EncodedCase(
      label: "CRLF", bytes: Array(sample.replacingOccurrences(of: "\n", with: "\r\n").utf8), encoding: .utf8),
    EncodedCase(
      label: "CR", bytes: Array(sample.replacingOccurrences(of: "\n", with: "\r").utf8), encoding: .utf8),
  ]

  @Test(arguments: encodedCases)
  func decodesToTheSameText(_ example: EncodedCase) throws {
    let source = try TextDecoder.decode(example.bytes, name: "x")
    #expect(source.text == Self.sample)
    #expect(source.encoding == example.encoding)
  }

  @Test func gb18030FourByteCharactersDecode() throws {
    let text = "内蒙古𠀀口岸\n"  // U+20000 needs GB18030's four-byte form
    let source = try TextDecoder.decode(iconvEncode(text, to: "GB18030"), name: "x")
    #expect(source.text == text)
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    let label: String
    let bytes: [UInt8]
    let expected: InputError
    var testDescription: String { label }
  }

  static let badCases: [BadCase] = [
    BadCase(label: "empty", bytes: [], expected: .empty(source: "f.txt")),
    BadCase(label: "blank", bytes: Array(" \n\n\t　\r\n".utf8), expected: .empty(source: "f.txt")),
    BadCase(label: "BOM only", bytes: [0xEF, 0xBB, 0xBF], expected: .empty(source: "f.txt")),
    BadCase(
      label: "NUL", bytes: Array("口岸".utf8) + [0] + Array("x".utf8),
      expected: .binary(source: "f.txt", byteOffset: 6)),
    BadCase(
      label: "invalid byte", bytes: Array("口岸".utf8) + [0xFF, 0xFF, 0xFF],
      expected: .undecodable(
        source: "f.txt", encoding: "UTF-8 or GB18030", byteOffset: 6,
        detail: "byte 0xFF does not start a valid sequence")),
    BadCase(
      label: "UTF-16 lone high surrogate", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00],
      expected: .undecodable(
        source: "f.txt", encoding: "UTF-16", byteOffset: 4, detail: "lone high surrogate")),
    BadCase(
      label: "UTF-16 lone low surrogate", bytes: [0xFF, 0xFE, 0x00, 0xDC],
      expected: .undecodable(source: "f.txt", encoding: "UTF-16", byteOffset: 2, detail: "lone low surrogate")
    ),
    BadCase(
      label: "NUL after an invalid byte", bytes: Array("口".utf8) + [0xFF, 0x41, 0x00],
      expected: .binary(source: "f.txt", byteOffset: 5)),
    BadCase(
      label: "NUL inside a multi-byte sequence", bytes: [0x41, 0xE5, 0x00, 0x8F],
      expected: .binary(source: "f.txt", byteOffset: 2)),
    BadCase(
      label: "UTF-8 BOM then NUL", bytes: [0xEF, 0xBB, 0xBF] + Array("岸".utf8) + [0x00],
      expected: .binary(source: "f.txt", byteOffset: 6)),
    BadCase(
      label: "UTF-8 BOM, invalid byte, then NUL", bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xC0, 0x80, 0x00],
      expected: .undecodable(
        source: "f.txt", encoding: "UTF-8", byteOffset: 4, detail: "byte 0xC0 does not start a valid sequence"
      )),
    BadCase(
      label: "UTF-16 NUL after a surrogate pair", bytes: [0xFF, 0xFE, 0x40, 0xD8, 0x00, 0xDC, 0x00, 0x00],
      expected: .binary(source: "f.txt", byteOffset: 6)),
    BadCase(
      label: "UTF-16 NUL", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00],
      expected: .binary(source: "f.txt", byteOffset: 4)),
    BadCase(
      label: "UTF-8 BOM then invalid", bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xC0, 0x80],
      expected: .undecodable(
        source: "f.txt", encoding: "UTF-8", byteOffset: 4, detail: "byte 0xC0 does not start a valid sequence"
      )),
  ]

  @Test(arguments: badCases)
  func refusesBadInputWithItsOffset(_ example: BadCase) {
    #expect(throws: example.expected) { try TextDecoder.decode(example.bytes, name: "f.txt") }
  }

  @Test func eachKindOfBadInputHasItsOwnExitCode() {
    let codes: [Int32] = [
      InputError.undecodable(source: "", encoding: "", byteOffset: 0, detail: "").exitCode,
      InputError.unreadable(source: "", reason: "").exitCode,
      InputError.binary(source: "", byteOffset: 0).exitCode,
      InputError.empty(source: "").exitCode,
      InputError.tooLarge(source: "", bytes: 0, limit: 0).exitCode,
    ]
    #expect(Set(codes).count == codes.count)
    #expect(!codes.contains(0) && !codes.contains(1))
  }

  @Test func messagesAreOneLineAndNameTheFile() {
    let error = InputError.binary(source: "a b.txt", byteOffset: 12)
    #expect(error.message == "a b.txt: binary data (NUL byte) at byte offset 12; expected a text article")
    #expect(!error.message.contains("\n"))
  }

  @Test func theSeedInOtherEncodingsExportsTheSameModel() throws {
    let original = String(decoding: BundledFiles.seed, as: UTF8.self)
    func export(_ bytes: [UInt8]) throws -> ModelExport.DocumentEntry {
      var entry = ModelExport(documents: [
        DocumentBuilder().build(try TextDecoder.decode(bytes, name: "seed"))
      ])
      .documents[0]
      entry.encoding = ""
      return entry
    }
    let expected = try export(Array(original.utf8))
    #expect(try export(iconvEncode(original, to: "GB18030")) == expected)
    #expect(try export([0xFF, 0xFE] + iconvEncode(original, to: "UTF-16LE")) == expected)
    #expect(try export([0xFE, 0xFF] + iconvEncode(original, to: "UTF-16BE")) == expected)
    #expect(try export(Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)) == expected)
    #expect(try export([0xEF, 0xBB, 0xBF] + Array(original.utf8)) == expected)
  }
}
