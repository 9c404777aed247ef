import Foundation

/// Documents already built from files, each with the file's stamp (size, modification time, inode)
/// when it was read, so a reload re-reads only files that are new or changed and drops those gone.
/// Shared between the background loader and the reload, hence the lock.
public final class DocumentCache: @unchecked Sendable {
  /// What tells a changed file from an unchanged one without reading it.
  public struct FileStamp: Equatable, Sendable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64

    public init?(path: String) {
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      size = Int64(status.st_size)
      seconds = Int(status.st_mtim.tv_sec)
      nanoseconds = Int(status.st_mtim.tv_nsec)
      inode = UInt64(status.st_ino)
    }
  }

  private let lock = NSLock()
  private var entries: [String: (stamp: FileStamp, document: Document)] = [:]

  public init() {}

  /// Remembers a document built from `path` as the file is now.
  public func store(_ document: Document, path: String) {
    guard let stamp = FileStamp(path: path) else { return }
    lock.withLock { entries[path] = (stamp, document) }
  }

  /// The document of `path` when the file has not changed since it was stored.
  public func unchanged(_ path: String) -> Document? {
    guard let stamp = FileStamp(path: path) else { return nil }
    return lock.withLock { entries[path].flatMap { $0.stamp == stamp ? $0.document : nil } }
  }

  /// The result of a reload: the documents in input order, how many files were read again, and the
  /// inputs that could not be read.
  public struct Reload: Sendable {
    public var documents: [Document]
    public var rebuilt: Int
    public var errors: [InputError]
  }

  /// Builds `inputs` again, reusing every unchanged file's document; the cache then holds exactly
  /// the files read, so a deleted file's document goes too.
  public func reload(
    _ inputs: [InputReader.Input], pipeline: DocumentPipeline, reusing standardInput: SourceText?
  ) -> Reload {
    var kept: [Int: Document] = [:]
    var toBuild: [(at: Int, input: InputReader.Input)] = []
    for (at, input) in inputs.enumerated() {
      if case .file(let path) = input, let document = unchanged(path) {
        kept[at] = document
      } else {
        toBuild.append((at, input))
      }
    }
    var errors: [InputError] = []
    var built = 0
    var positions = toBuild.makeIterator()
    pipeline.run(toBuild.map(\.input), reusing: standardInput) { input, result in
      let at = positions.next()!.at
      switch result {
      case .success(let document):
        kept[at] = document
        built += 1
        if case .file(let path) = input { store(document, path: path) }
      case .failure(let error): errors.append(error)
      }
    }
    let paths = Set(inputs.compactMap { if case .file(let path) = $0 { path } else { nil } })
    lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    return Reload(documents: kept.sorted { $0.key < $1.key }.map(\.value), rebuilt: built, errors: errors)
  }
}
