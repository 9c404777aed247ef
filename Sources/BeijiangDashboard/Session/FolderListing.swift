import BeijiangModel

/// The article files the dashboard's arguments name, each with its stamp (size, modification time,
/// inode), as the folder watch compares them: a file added, changed or removed makes the listing
/// differ from the one before.
public struct FolderListing<Stamp: Equatable & Sendable>: Equatable, Sendable {
  public var stamps: [String: Stamp]

  public init(_ stamps: [String: Stamp]) { self.stamps = stamps }

  /// What differs from `earlier`, by path, each list sorted.
  public func changes(since earlier: FolderListing) -> FolderChanges {
    FolderChanges(
      added: stamps.keys.filter { earlier.stamps[$0] == nil }.sorted(),
      changed: stamps.compactMap { path, stamp in
        earlier.stamps[path].flatMap { $0 == stamp ? nil : path }
      }.sorted(),
      removed: earlier.stamps.keys.filter { stamps[$0] == nil }.sorted())
  }
}

/// The paths added, changed and removed between two listings.
public struct FolderChanges: Equatable, Sendable {
  public var added: [String]
  public var changed: [String]
  public var removed: [String]

  public init(added: [String], changed: [String], removed: [String]) {
    self.added = added
    self.changed = changed
    self.removed = removed
  }

  public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}

extension FolderListing where Stamp == DocumentCache.FileStamp {
  /// The files `arguments` name now (folders walked, globs matched, as the dashboard reads them);
  /// standard input and the bundled seed are not files and are left out.
  public static func current(_ arguments: [String]) -> FolderListing {
    var stamps: [String: Stamp] = [:]
    for case .file(let path) in InputReader.inputs(for: arguments) {
      if let stamp = DocumentCache.FileStamp(path: path) { stamps[path] = stamp }
    }
    return FolderListing(stamps)
  }
}
