import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// GB18030 (a superset of GBK and GB2312) through the C library's iconv. Foundation on Linux does
/// not decode GB18030, and glibc's iconv does, strictly, reporting where the input stops making sense.
enum GB18030Decoder {
  enum Outcome {
    case decoded(String)
    case invalid(byteOffset: Int)
  }

  static func decode(_ bytes: [UInt8]) -> Outcome {
    let converter = iconv_open("UTF-8", "GB18030")
    guard converter != iconv_t(bitPattern: -1) else { return .invalid(byteOffset: 0) }
    defer { iconv_close(converter) }

    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    let outputCapacity = output.count
    let (result, inputLeft, outputLeft): (Int, Int, Int) = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outLeft = outBuffer.count
        let converted = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        return (converted, inLeft, outLeft)
      }
    }
    guard result != -1, inputLeft == 0 else { return .invalid(byteOffset: bytes.count - inputLeft) }
    let produced = Array(output[0..<(outputCapacity - outputLeft)])
    return .decoded(String(decoding: produced, as: UTF8.self))
  }
}
