import BeijiangDashboard
import BeijiangModel
import Foundation

/// What a corpus costs to hold: the resident memory (`VmRSS`, after `malloc_trim` hands freed
/// pages back) before and after building every article of a folder, and after the dashboard's
/// state; with the bytes of the text representations the documents keep, counted from their sizes.
/// `beijiang-bench --corpus-memory FOLDER` (docs/performance.md, "Session 8").
enum MemoryBenchmarks {
  static func resident() -> Int {
    // malloc.h is not in the Glibc module; the function is looked up instead.
    if let symbol = dlsym(nil, "malloc_trim") {
      _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
    }
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
  }

  static func corpus(folder: String) {
    let inputs = InputReader.inputs(for: [folder])
    // The lexicons and the pipeline's tables, outside the reading.
    DocumentPipeline().run(Array(inputs.prefix(1))) { _, _ in }
    let before = resident()
    var documents: [Document] = []
    // As the dashboard builds them: a file's text is dropped once built.
    var pipeline = DocumentPipeline()
    pipeline.keepsFileText = false
    pipeline.run(inputs) { _, result in
      if case .success(let document) = result { documents.append(document) }
    }
    let built = resident()
    let count = max(1, documents.count)
    func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
    func perArticle(_ bytes: Int) -> String {
      String(format: "%.1f KB an article", Double(bytes) / 1000 / Double(count))
    }
    print(
      "\(documents.count) articles: documents hold \(megabytes(built - before)) (\(perArticle(built - before)))"
    )
    var parts: [(String, Int)] = [
      ("source scalars", documents.reduce(0) { $0 + $1.source.scalars.count * 4 }),
      ("paragraph texts", paragraphs(documents).reduce(0) { $0 + $1.text.utf8.count }),
      (
        "paragraph scalars (4 bytes each, no longer kept)",
        paragraphs(documents).reduce(0) { $0 + $1.text.unicodeScalars.count * 4 }
      ),
      (
        "figure sentences",
        documents.reduce(0) { $0 + $1.analysis.metrics.reduce(0) { $0 + $1.sentence.utf8.count } }
      ),
      (
        "date sentences",
        documents.reduce(0) { $0 + $1.analysis.dates.reduce(0) { $0 + $1.sentence.utf8.count } }
      ),
    ]
    parts.append(("figures (\(documents.reduce(0) { $0 + $1.analysis.metrics.count }))", 0))
    for (name, bytes) in parts {
      print("  \(name): \(megabytes(bytes)) (\(perArticle(bytes)))")
    }
    do {
      let state = DashboardState(documents: documents, width: 200, height: 50)
      let withState = resident()
      print(
        "  the dashboard state beside them: \(megabytes(withState - built)) (\(perArticle(withState - built)))"
      )
      withExtendedLifetime(state) {}
    }
    strip(&documents, perArticle: perArticle)
  }

  /// What each part of the documents holds: the memory given back when it is emptied.
  private static func strip(_ documents: inout [Document], perArticle: (Int) -> String) {
    let strips: [(String, (inout Document) -> Void)] = [
      ("figures", { $0.analysis.metrics = [] }),
      ("dates", { $0.analysis.dates = [] }),
      ("ordinals", { $0.analysis.ordinals = [] }),
      (
        "named things",
        {
          $0.analysis.people = []
          $0.analysis.organizations = []
          $0.analysis.places = []
          $0.analysis.quotes = []
          $0.analysis.initiatives = []
        }
      ),
      ("source", { $0.source = $0.source.withoutText() }),
      ("sections and paragraphs", { $0.sections = [] }),
    ]
    var last = resident()
    for (name, strip) in strips {
      for index in documents.indices { strip(&documents[index]) }
      let now = resident()
      print("  emptying \(name) gives back \(perArticle(last - now))")
      last = now
    }
  }

  private static func paragraphs(_ documents: [Document]) -> [Paragraph] {
    documents.flatMap(\.paragraphs)
  }
}
