import COpenCC
import Foundation

/// One OpenCC conversion (Debian's libopencc), opened once and shared. OpenCC does the work because
/// traditional-to-simplified is not a character table: 乾/干/幹 and 髮/發 need its phrase
/// dictionaries, which Debian keeps up to date in libopencc-data.
public final class ChineseConverter: @unchecked Sendable {
  /// Traditional to simplified (`t2s.json`), or nil when OpenCC's data is not installed: then a
  /// traditional article is read as it is, as before.
  public static let traditionalToSimplified = ChineseConverter(config: "t2s.json")
  /// Simplified to traditional (`s2t.json`), for tests that make a traditional article.
  public static let simplifiedToTraditional = ChineseConverter(config: "s2t.json")

  private let handle: UnsafeMutableRawPointer
  // OpenCC's converter is documented for one thread at a time; the model may build documents on
  // several.
  private let lock = NSLock()

  public init?(config: String) {
    guard let handle = co_open(config) else { return nil }
    self.handle = handle
  }

  deinit { co_close(handle) }

  /// The converted text, or nil when OpenCC reports an error.
  public func convert(_ text: String) -> String? {
    var utf8 = Array(text.utf8)
    let length = utf8.count
    utf8.append(0)
    lock.lock()
    defer { lock.unlock() }
    return utf8.withUnsafeBufferPointer { bytes in
      bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
        guard let converted = co_convert(handle, text, length) else { return nil }
        defer { co_free(converted) }
        return String(cString: converted)
      }
    }
  }
}
