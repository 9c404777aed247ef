import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the bytes of an input named on the command line: a path, `-` for standard input, or
/// nothing for the bundled seed.
public enum InputReader {
  /// What a command line names. The bundled seed is used when no file is given.
  public enum Input: Equatable, Sendable {
    case bundledSeed
    case standardInput
    case file(String)

    public init(argument: String) {
      self = argument == "-" ? .standardInput : .file(argument)
    }

    public var displayName: String {
      switch self {
      case .bundledSeed: BundledFiles.seedName
      case .standardInput: "-"
      case .file(let path): path
      }
    }
  }

  /// The inputs the arguments name: a folder gives every `.txt`, `.md` and `.text` file under it
  /// (recursively, hidden ones skipped), a quoted glob the files it matches.
  public static func inputs(for arguments: [String]) -> [Input] {
    arguments.isEmpty ? [.bundledSeed] : arguments.flatMap(InputExpansion.expand)
  }

  public static func load(_ input: Input) throws(InputError) -> SourceText {
    try TextDecoder.decode(readBytes(input), name: input.displayName)
  }

  public static func readBytes(_ input: Input) throws(InputError) -> [UInt8] {
    switch input {
    case .bundledSeed: return [UInt8](BundledFiles.seed)
    case .standardInput: return try readAll(descriptor: STDIN_FILENO, name: "-")
    case .file(let path): return try readFile(path)
    }
  }

  private static func readFile(_ path: String) throws(InputError) -> [UInt8] {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .unreadable(source: path, reason: errnoText()) }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: throw .unreadable(source: path, reason: "is a directory with no .txt, .md or .text file")
    case S_IFCHR, S_IFBLK: throw .unreadable(source: path, reason: "is a device, not a text file")
    case S_IFSOCK: throw .unreadable(source: path, reason: "is a socket, not a text file")
    case S_IFREG where Int(status.st_size) > TextDecoder.maximumBytes:
      throw .tooLarge(source: path, bytes: Int(status.st_size), limit: TextDecoder.maximumBytes)
    default: break
    }
    let isPipe = status.st_mode & S_IFMT == S_IFIFO
    // A named pipe with no writer would block open() forever; open it without waiting, then read
    // normally. Anonymous pipes from `<(command)` already have their writer and read as usual.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | (isPipe ? O_NONBLOCK : 0))
    guard descriptor >= 0 else { throw .unreadable(source: path, reason: errnoText()) }
    defer { close(descriptor) }
    if isPipe { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
    let bytes = try readAll(descriptor: descriptor, name: path)
    if isPipe && bytes.isEmpty {
      throw .unreadable(source: path, reason: "is a named pipe with nothing written to it")
    }
    return bytes
  }

  /// Reads to the end, but never more than one byte past the size limit, so a stream of any length
  /// costs at most the limit in memory. A regular file (also standard input redirected from one)
  /// is refused by its size before any read. The buffer is reserved once (the file's size, or the
  /// limit for a stream: untouched pages cost no memory) instead of growing by doubling, which
  /// briefly holds both copies.
  private static func readAll(descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
    let limit = TextDecoder.maximumBytes
    let fileSize = regularFileSize(descriptor)
    if let fileSize, fileSize > limit { throw .tooLarge(source: name, bytes: fileSize, limit: limit) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity((fileSize ?? limit) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let wanted = min(chunk.count, limit + 1 - bytes.count)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(source: name, reason: errnoText())
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        // A file that grew while being read is measured again; a stream's length is unknown.
        throw .tooLarge(source: name, bytes: regularFileSize(descriptor), limit: limit)
      }
    }
  }

  private static func regularFileSize(_ descriptor: Int32) -> Int? {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(status.st_size)
  }

  private static func errnoText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
