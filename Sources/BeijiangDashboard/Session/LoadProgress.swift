import BeijiangModel

/// Articles that arrived from the background loader since the last message, and how far it is.
public struct LoadProgress: Sendable {
  /// The documents built since the last progress, in input order, to append.
  public var documents: [Document]
  /// Inputs handled so far (built or skipped) and in all.
  public var read: Int
  public var total: Int
  /// The inputs skipped since the last progress, each with why.
  public var skipped: [String]
  public var finished: Bool

  public init(documents: [Document], read: Int, total: Int, skipped: [String] = [], finished: Bool) {
    self.documents = documents
    self.read = read
    self.total = total
    self.skipped = skipped
    self.finished = finished
  }
}

/// How far loading is, as the header shows it.
public struct LoadingStatus: Sendable, Equatable {
  public var read: Int
  public var total: Int
  public var skipped: Int
}

extension DashboardState {
  /// Appends what arrived and keeps the count; when loading ends, says how many were read and skipped.
  mutating func loaded(_ progress: LoadProgress) {
    if !progress.documents.isEmpty { appendDocuments(progress.documents) }
    let skipped = (loading?.skipped ?? 0) + progress.skipped.count
    if progress.finished {
      loading = nil
      status = strings.format(
        skipped == 0 ? "status.loaded" : "status.loadedSkipped", language,
        ["count": "\(documents.count)", "skipped": "\(skipped)"])
    } else {
      loading = LoadingStatus(read: progress.read, total: progress.total, skipped: skipped)
    }
  }

  /// "载入 120/1000" and a small bar, for the header while articles arrive.
  var loadingText: String? {
    guard let loading, loading.total > 0 else { return nil }
    let cells = 10
    let done = min(cells, loading.read * cells / loading.total)
    let glyphs = theme.glyphs
    let bar =
      String(repeating: glyphs.gaugeFilled, count: done)
      + String(repeating: glyphs.gaugeEmpty, count: cells - done)
    return strings.format(
      "header.loading", language, ["read": "\(loading.read)", "total": "\(loading.total)"])
      + " " + bar
  }
}
