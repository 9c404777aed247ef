import BeijiangDashboard
import BeijiangModel
import BeijiangUI
import Foundation

/// The dashboard on a corpus, in process: building every article of a folder, the state holding
/// them, and the time from a key to its frame at that size (scripts/bench-corpus.sh runs it after
/// timing the real binary in tmux).
enum CorpusBenchmarks {
  static func keys(folder: String, width: Int = 200, height: Int = 50) {
    let start = Benchmarks.wallSeconds()
    var documents: [Document] = []
    DocumentPipeline().run(InputReader.inputs(for: [folder])) { _, result in
      if case .success(let document) = result { documents.append(document) }
    }
    let built = Benchmarks.wallSeconds() - start
    let stateStart = Benchmarks.wallSeconds()
    let state = DashboardState(documents: documents, width: width, height: height)
    _ = DashboardView.render(state)
    let stateSeconds = Benchmarks.wallSeconds() - stateStart
    print(
      String(
        format: "in process: %d articles built in %.2f s wall; state and first frame %.0f ms",
        documents.count, built, stateSeconds * 1000))
    let scripts: [[Key]] = [
      [.character("j")], [.character("2")], [.character("5"), .character("j")], [.character("d")],
      [.character("d"), .character("3")], [.character("d"), .down, .enter],
      [.character("d"), .down, .enter, .character("A")],
    ]
    for script in scripts {
      var slowest = 0.0
      var total = 0.0
      let rounds = 5
      for _ in 0..<rounds {
        var scripted = state
        let cpu = Benchmarks.cpuSeconds()
        for key in script { scripted.update(.key(key)) }
        _ = DashboardView.render(scripted)
        let seconds = Benchmarks.cpuSeconds() - cpu
        slowest = max(slowest, seconds)
        total += seconds
      }
      print(
        String(
          format: "keys [%@] to frame %dx%d: mean %.1f ms, slowest %.1f ms (cpu, %d rounds)",
          script.map(\.name).joined(separator: " "), width, height, total / Double(rounds) * 1000,
          slowest * 1000, rounds))
    }
  }
}
