/// Why an input could not become a document. Each case has its own exit code so scripts can tell
/// them apart; `message` is the one line a person reads.
public enum InputError: Error, Equatable, Sendable {
  case unreadable(source: String, reason: String)
  case binary(source: String, byteOffset: Int)
  case undecodable(source: String, encoding: String, byteOffset: Int, detail: String)
  case empty(source: String)
  /// `bytes` is the file's size, or nil for a stream, which is read only up to the limit.
  case tooLarge(source: String, bytes: Int?, limit: Int)

  public var exitCode: Int32 {
    switch self {
    case .undecodable: 65
    case .unreadable: 66
    case .binary: 67
    case .empty: 68
    case .tooLarge: 70
    }
  }

  public var message: String {
    switch self {
    case .unreadable(let source, let reason):
      "\(source): cannot read: \(reason)"
    case .binary(let source, let offset):
      "\(source): binary data (NUL byte) at byte offset \(offset); expected a text article"
    case .undecodable(let source, let encoding, let offset, let detail):
      "\(source): not valid \(encoding) text at byte offset \(offset) (\(detail))"
    case .empty(let source):
      "\(source): the file is empty or holds only blank space"
    case .tooLarge(let source, .some(let bytes), let limit):
      "\(source): \(bytes) bytes is more than the \(limit)-byte limit for one article"
    case .tooLarge(let source, nil, let limit):
      "\(source): more than the \(limit)-byte limit for one article (stopped reading there)"
    }
  }
}
