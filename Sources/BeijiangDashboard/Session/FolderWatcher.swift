import BeijiangModel
import Foundation

/// Watches the folders the dashboard was opened on: a background thread lists their article files
/// every `interval` and notes when the listing differs from the last one. The run loop asks
/// `takeChange()` between events and turns a change into a `.filesChanged` message, whose reload
/// re-reads only the new or changed files (`DocumentCache`). Listing on a thread of its own keeps a
/// walk of a large folder out of the time a key waits.
public final class FolderWatcher: @unchecked Sendable {
  private let lock = NSLock()
  private var pending = false
  private var stopped = false
  private let arguments: [String]
  private let interval: Double
  private var listing: FolderListing<DocumentCache.FileStamp>

  /// A watcher when at least one argument is a folder; files named one by one are not watched.
  public static func forFolders(in arguments: [String], interval: Double = 1) -> FolderWatcher? {
    arguments.contains(where: isFolder) ? FolderWatcher(arguments, interval: interval) : nil
  }

  static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// Takes the listing as it is now, so only what changes after this counts.
  public init(_ arguments: [String], interval: Double = 1) {
    self.arguments = arguments
    self.interval = interval
    listing = .current(arguments)
  }

  /// Starts the polling thread; returns at once.
  public func start() {
    let thread = Thread { [self] in
      while !lock.withLock({ stopped }) {
        Thread.sleep(forTimeInterval: interval)
        poll()
      }
    }
    thread.start()
  }

  /// Lists the folders once and notes a change; `start` calls it every interval.
  public func poll() {
    let now = FolderListing.current(arguments)
    let changed = !now.changes(since: listing).isEmpty
    lock.withLock {
      listing = now
      if changed { pending = true }
    }
  }

  /// Whether anything changed since the last call.
  public func takeChange() -> Bool {
    lock.withLock {
      defer { pending = false }
      return pending
    }
  }

  public func stop() { lock.withLock { stopped = true } }
}
