import Foundation
import Testing

@testable import BeijiangModel

/// Byte sequences that are not the text they claim to be: surrogates in UTF-16 and UTF-8, and the
/// known limit of trying GB18030 after UTF-8. Each is refused with its byte offset or read as the
/// encoding it happens to fit, never a crash.
@Suite struct PathologicalEncodingTests {
  /// A lone surrogate in UTF-16 is refused with its byte offset, exit code 65.
  @Test(arguments: [
    (
      [0xFF, 0xFE, 0x2C, 0x53, 0x00, 0xD8, 0x2C, 0x53] as [UInt8],
      "a.txt: not valid UTF-16 text at byte offset 4 (lone high surrogate)"
    ),
    (
      [0xFE, 0xFF, 0x53, 0x2C, 0xDC, 0x00] as [UInt8],
      "a.txt: not valid UTF-16 text at byte offset 4 (lone low surrogate)"
    ),
    (
      [0xFF, 0xFE, 0x2C, 0x53, 0x00, 0xD8] as [UInt8],
      "a.txt: not valid UTF-16 text at byte offset 4 (lone high surrogate)"
    ),
  ])
  func aLoneSurrogateInUTF16IsRefused(_ example: (bytes: [UInt8], message: String)) {
    do {
      _ = try TextDecoder.decode(example.bytes, name: "a.txt")
      Issue.record("a lone surrogate was accepted")
    } catch {
      #expect(error.message == example.message)
      #expect(error.exitCode == 65)
    }
  }

  /// A surrogate encoded in UTF-8 (CESU-style `ED A0 80`) is not UTF-8; an article's worth of such
  /// text is not GB18030 either, so it is refused at the surrogate's offset.
  @Test func aSurrogateEncodedAsUTF8IsRefused() {
    let bytes = Array("内蒙古口岸".utf8) + [0xED, 0xA0, 0x80] + Array("通关便利。\n第二段落。\n".utf8)
    #expect(
      throws: InputError.undecodable(
        source: "a.txt", encoding: "UTF-8 or GB18030", byteOffset: 15,
        detail: "byte 0xED does not start a valid sequence")
    ) { try TextDecoder.decode(bytes, name: "a.txt") }
  }

  /// The known limit of trying GB18030 after UTF-8: a few bytes that fail as UTF-8 but happen to
  /// pair up as GB18030 are read as GB18030 (mojibake, not an error). Longer text almost never
  /// pairs up (an ASCII byte or a line end after an odd lead byte breaks it), as above.
  @Test func aShortInvalidUTF8TextThatPairsUpIsReadAsGB18030() throws {
    let source = try TextDecoder.decode(Array("口".utf8) + [0xED, 0xA0, 0x80], name: "a.txt")
    #expect(source.encoding == .gb18030)
    #expect(source.scalars.count == 3)
  }

}
