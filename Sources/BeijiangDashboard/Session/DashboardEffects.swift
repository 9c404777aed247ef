import BeijiangModel

/// What the run loop needs from the world outside the state: reading the files again, the
/// clipboard, and an editor. The CLI's version reads files and suspends the terminal; a test's
/// version records what was asked.
public protocol DashboardEffects {
  /// Reads the articles again.
  func reload() -> Result<[Document], ReloadError>
  /// Puts `text` on the clipboard.
  func copy(_ text: String)
  /// Opens document `index` of `documents` in an editor at `line` (1-based).
  func edit(_ documents: [Document], index: Int, line: Int) -> EditOutcome
  /// Articles the background loader built since the last call, if any.
  func loadProgress() -> LoadProgress?
  /// Whether a watched folder changed since the last call.
  func filesChanged() -> Bool
}

extension DashboardEffects {
  /// Without a background loader nothing ever arrives.
  public func loadProgress() -> LoadProgress? { nil }
  /// Without a watched folder nothing changes.
  public func filesChanged() -> Bool { false }
}
