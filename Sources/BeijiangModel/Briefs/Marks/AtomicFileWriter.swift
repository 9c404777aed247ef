import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file so that a reader, or the next run after a crash or power loss, sees either the
/// whole old content or the whole new content, never a mix or an empty file:
/// write a temporary file in the same directory (rename is only atomic within one file system),
/// fsync it (so its data is on disk before the name points at it), rename it over the target, then
/// fsync the directory (so the rename itself is on disk). If any step before the rename fails, the
/// temporary file is removed and the target is untouched.
struct AtomicFileWriter: Sendable {
  enum Step: String, Sendable, CaseIterable {
    case createDirectory = "create the directory"
    case createTemporary = "create a temporary file"
    case write = "write"
    case sync = "flush to disk"
    case close = "close"
    case rename = "replace"
    case read = "read"
  }

  /// Lets tests make one step fail with a chosen errno (a full disk, a read-only file system)
  /// where the real condition cannot be produced, e.g. when the tests run as root.
  var injectedFailure: (step: Step, code: Int32)? = nil

  func write(_ data: Data, to target: URL) throws(FileOperationError) {
    let directory = target.deletingLastPathComponent().path
    try createDirectory(directory)
    let temporary =
      "\(directory)/.\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = try check(.createTemporary, path: directory) {
      open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    }
    do {
      try writeAll(data, to: descriptor, path: directory)
      _ = try check(.sync, path: directory) { fsync(descriptor) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    do {
      // close can report a delayed write error (NFS, quotas), so it counts as a step. It runs
      // before the check so an injected failure does not leak the descriptor.
      let closed = close(descriptor)
      _ = try check(.close, path: directory) { closed }
      _ = try check(.rename, path: directory) { rename(temporary, target.path) }
    } catch {
      unlink(temporary)
      throw error
    }
    syncDirectory(directory)
  }

  private func createDirectory(_ path: String) throws(FileOperationError) {
    if let failure = injectedFailure, failure.step == .createDirectory {
      throw FileOperationError(step: .createDirectory, code: failure.code, path: path)
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      return
    }
    // Build the missing components one by one so the error names the errno of the one that failed.
    var prefix = ""
    for component in path.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
        throw FileOperationError(step: .createDirectory, code: errno, path: prefix)
      }
    }
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) || !isDirectory.boolValue {
      throw FileOperationError(step: .createDirectory, code: ENOTDIR, path: path)
    }
  }

  private func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(FileOperationError) {
    if let failure = injectedFailure, failure.step == .write {
      throw FileOperationError(step: .write, code: failure.code, path: path)
    }
    var failure: FileOperationError?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = FileOperationError(step: .write, code: errno, path: path)
          return
        }
        offset += written
      }
    }
    if let failure { throw failure }
  }

  /// Best effort: after the rename the new content is in place, and some file systems refuse fsync
  /// on a directory (EINVAL); reporting "not saved" then would be false.
  private func syncDirectory(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// Runs a POSIX call that returns -1 on failure, or fails it as injected.
  private func check(_ step: Step, path: String, _ call: () -> Int32) throws(FileOperationError) -> Int32 {
    if let failure = injectedFailure, failure.step == step {
      throw FileOperationError(step: step, code: failure.code, path: path)
    }
    let result = call()
    if result < 0 { throw FileOperationError(step: step, code: errno, path: path) }
    return result
  }
}

/// A failed file operation: which step, the errno, and the path it concerned. For the steps of a
/// save that is the directory holding the file (people know it; the temporary name means nothing to
/// them), or the directory component that could not be created.
struct FileOperationError: Error, Equatable, Sendable {
  var step: AtomicFileWriter.Step
  var code: Int32
  var path: String

  var reason: String { String(cString: strerror(code)) }
}

/// Reading and moving aside, with errno kept so the store can tell "missing" from "forbidden".
enum FileAccess {
  /// The file's bytes, or nil when it does not exist (also when a parent is not a directory: then
  /// the file cannot exist, and saving will report the real problem).
  static func read(_ url: URL) throws(FileOperationError) -> Data? {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw FileOperationError(step: .read, code: errno, path: url.path)
    }
    defer { close(descriptor) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileOperationError(step: .read, code: errno, path: url.path)
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
    }
  }

  /// Renames `url` to a free `url.damaged-<timestamp>[-n]` beside it and returns the new path.
  static func moveAside(_ url: URL, now: Date) throws(FileOperationError) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    let base = "\(url.path).damaged-\(formatter.string(from: now))"
    var candidate = base
    var attempt = 1
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = "\(base)-\(attempt)"
      attempt += 1
    }
    if rename(url.path, candidate) != 0 {
      throw FileOperationError(step: .rename, code: errno, path: url.path)
    }
    return candidate
  }
}

// Inside methods named write/read, the bare C names would resolve to the methods.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}

private func posixRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.read(descriptor, bytes, count)
  #else
    Darwin.read(descriptor, bytes, count)
  #endif
}
