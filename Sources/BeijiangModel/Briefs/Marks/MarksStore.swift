import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader's marked items, per document, kept in the marks file between runs.
///
/// Opening never fails: every problem (no home directory, an unreadable or damaged file, a newer
/// format) comes back as a one-line `MarksProblem` and the store carries on in memory. When the
/// file on disk could be lost by overwriting it (unreadable, damaged and not moved aside, newer
/// format), saving is switched off and `save()` says why.
public struct MarksStore: Sendable {
  /// Where marks are saved; nil when no location could be found.
  public let fileURL: URL?
  /// Why saving is off, or nil when `save()` will try to write.
  public private(set) var savingDisabledBecause: MarksProblem?
  private var documents: [DocumentHash: [MarkKey: Date]]
  var writer = AtomicFileWriter()

  /// Opens the marks file the environment points at (see `MarksLocation`).
  public static func open(
    environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
  ) -> (store: MarksStore, problems: [MarksProblem]) {
    switch MarksLocation.fileURL(environment: environment) {
    case .success(let url):
      return open(fileURL: url, now: now)
    case .failure(let problem):
      return (MarksStore(fileURL: nil, savingDisabledBecause: problem, documents: [:]), [problem])
    }
  }

  /// Opens the marks file at `fileURL`; a missing file is an empty store, not a problem.
  public static func open(fileURL: URL, now: Date = Date()) -> (store: MarksStore, problems: [MarksProblem]) {
    var store = MarksStore(fileURL: fileURL, savingDisabledBecause: nil, documents: [:])
    let data: Data
    do {
      guard let read = try FileAccess.read(fileURL) else { return (store, []) }
      data = read
    } catch {
      let problem = MarksProblem(
        .unreadable,
        "cannot read marks from \(fileURL.path) (\(error.reason)); marks will not be saved this session")
      store.savingDisabledBecause = problem
      return (store, [problem])
    }
    switch decode(data) {
    case .success(let file):
      store.documents = file.documents.reduce(into: [:]) { documents, entry in
        documents[DocumentHash(hex: entry.key)] = Dictionary(
          entry.value.map { ($0.mark.key, $0.mark.markedAt) }, uniquingKeysWith: min)
      }
      return (store, [])
    case .failure(let problem) where problem.kind == .newerFormat:
      store.savingDisabledBecause = problem
      return (store, [problem])
    case .failure:
      return store.setAsideDamagedFile(at: fileURL, now: now)
    }
  }

  private static func decode(_ data: Data) -> Result<MarksFile, MarksProblem> {
    guard let file = try? MarksFile.decoded(from: data), file.format == MarksFile.formatName else {
      return .failure(MarksProblem(.damagedMovedAside, "damaged"))
    }
    guard file.version <= MarksFile.currentVersion else {
      return .failure(
        MarksProblem(
          .newerFormat,
          "marks file is version \(file.version), newer than this beijiang understands (\(MarksFile.currentVersion)); marks will not be saved this session"
        ))
    }
    return .success(file)
  }

  private func setAsideDamagedFile(at url: URL, now: Date) -> (store: MarksStore, problems: [MarksProblem]) {
    var store = self
    do {
      let backup = try FileAccess.moveAside(url, now: now)
      return (
        store,
        [
          MarksProblem(
            .damagedMovedAside, "marks file was damaged; kept it as \(backup) and started with no marks")
        ]
      )
    } catch {
      let problem = MarksProblem(
        .damagedKeptInPlace,
        "marks file \(url.path) is damaged and could not be moved aside (\(error.reason)); marks will not be saved this session"
      )
      store.savingDisabledBecause = problem
      return (store, [problem])
    }
  }

  // MARK: Marks

  public func isMarked(_ key: MarkKey, in document: DocumentHash) -> Bool {
    documents[document]?[key] != nil
  }

  /// The document's marks in text order.
  public func marks(in document: DocumentHash) -> [Mark] {
    (documents[document] ?? [:]).map { Mark(key: $0.key, markedAt: $0.value) }.sorted { $0.key < $1.key }
  }

  public mutating func mark(_ key: MarkKey, in document: DocumentHash, at time: Date = Date()) {
    if documents[document, default: [:]][key] == nil { documents[document, default: [:]][key] = time }
  }

  public mutating func unmark(_ key: MarkKey, in document: DocumentHash) {
    documents[document]?[key] = nil
    if documents[document]?.isEmpty == true { documents[document] = nil }
  }

  /// Marks an unmarked item or unmarks a marked one; returns whether it is now marked.
  @discardableResult
  public mutating func toggle(_ key: MarkKey, in document: DocumentHash, at time: Date = Date()) -> Bool {
    if isMarked(key, in: document) {
      unmark(key, in: document)
      return false
    }
    mark(key, in: document, at: time)
    return true
  }

  /// Marks of `document` whose item is not among `currentItems`, e.g. after the extractor changed.
  /// They stay in the file (a later extractor may find the item again); callers report them.
  public func staleMarks(in document: DocumentHash, currentItems: Set<MarkKey>) -> [Mark] {
    marks(in: document).filter { !currentItems.contains($0.key) }
  }

  // MARK: Saving

  /// Writes every document's marks atomically. On failure the previous file is unchanged and the
  /// marks stay in memory, so the caller can show the one-line problem and keep going.
  public func save() -> Result<Void, MarksProblem> {
    if let savingDisabledBecause { return .failure(savingDisabledBecause) }
    guard let fileURL else {
      return .failure(MarksProblem(.noStateDirectory, "cannot save marks: no state directory"))
    }
    var file = MarksFile()
    for (document, marks) in documents where !marks.isEmpty {
      file.documents[document.hex] = marks.map { Mark(key: $0.key, markedAt: $0.value) }
        .sorted { $0.key < $1.key }.map(MarksFile.StoredMark.init)
    }
    do {
      try writer.write(try file.encoded(), to: fileURL)
      return .success(())
    } catch let error as FileOperationError {
      return .failure(Self.saveProblem(error, fileURL: fileURL))
    } catch {
      return .failure(MarksProblem(.cannotSave, "cannot save marks: \(error)"))
    }
  }

  static func saveProblem(_ error: FileOperationError, fileURL: URL) -> MarksProblem {
    let unchanged = "the previous marks file is unchanged; marks are kept only until you quit"
    let cause =
      switch error.code {
      case EACCES where error.step == .createDirectory, EPERM where error.step == .createDirectory:
        "no permission to create \(error.path)"
      case EACCES, EPERM: "no permission to write in \(error.path)"
      case EROFS: "\(error.path) is on a read-only file system"
      case ENOSPC, EDQUOT: "the disk holding \(error.path) is full"
      case ENOTDIR: "\(error.path) is not a directory"
      case EEXIST where error.step == .createDirectory: "\(error.path) is not a directory"
      default: "could not \(error.step.rawValue) in \(error.path) (\(error.reason))"
      }
    return MarksProblem(.cannotSave, "cannot save marks: \(cause); \(unchanged)")
  }
}
