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

  public static func inputs(for arguments: [String]) -> [Input] {
    arguments.isEmpty ? [.bundledSeed] : arguments.map(Input.init(argument:))
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
    case S_IFDIR: throw .unreadable(source: path, reason: "is a directory")
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

  /// Reads to the end, stopping just past the size limit so a huge stream cannot exhaust memory.
  private static func readAll(descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(source: name, reason: errnoText())
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > TextDecoder.maximumBytes {
        throw .tooLarge(source: name, bytes: bytes.count, limit: TextDecoder.maximumBytes)
      }
    }
  }

  private static func errnoText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
