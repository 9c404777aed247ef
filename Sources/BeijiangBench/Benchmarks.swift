import BeijiangDashboard
import BeijiangModel
import BeijiangUI
import Foundation

/// The whole-program benchmarks: the model pipeline and the dashboard's frames.
enum Benchmarks {
  static func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  static func wallSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

  /// What `beijiang extract` does, in process: decode, structure, classify, run every extractor and
  /// write the JSON lines, on each corpus at 1, 10, 100 and 1000 copies of the seed's length.
  static func pipeline(seed: Data, copies: [Int] = [1, 10, 100, 1000]) {
    let seedText = String(decoding: seed, as: UTF8.self)
    for corpus in [BenchCorpus.repeated, .shuffled] {
      print("\(corpus.name):")
      print("copies  MB      paragraphs  lines   best-cpu-s  best-wall-s  MB/s(cpu)  MB/s(wall)")
      for count in copies {
        let bytes = Array(corpus.text(seed: seedText, copies: count).utf8)
        let result = measurePipeline(bytes, rounds: count >= 1000 ? 3 : 5)
        let megabytes = Double(bytes.count) / 1_000_000
        print(
          String(
            format: "%6d  %6.2f  %10d  %6d  %10.3f  %11.3f  %9.1f  %10.1f", count, megabytes,
            result.paragraphs,
            result.lines, result.cpu, result.wall, megabytes / result.cpu, megabytes / result.wall))
      }
    }
  }

  private static func measurePipeline(_ bytes: [UInt8], rounds: Int) -> (
    cpu: Double, wall: Double, paragraphs: Int, lines: Int
  ) {
    var (bestCPU, bestWall, paragraphs, lines) = (Double.infinity, Double.infinity, 0, 0)
    for _ in 0..<rounds {
      let cpu = cpuSeconds()
      let wall = wallSeconds()
      let document = DocumentBuilder().build(try! TextDecoder.decode(bytes, name: "bench"))
      let output = MentionLines.jsonl(for: document)
      bestCPU = min(bestCPU, cpuSeconds() - cpu)
      bestWall = min(bestWall, wallSeconds() - wall)
      paragraphs = document.paragraphs.count
      lines = output.count(where: { $0 == UInt8(ascii: "\n") })
      precondition(!output.isEmpty)
    }
    return (bestCPU, bestWall, paragraphs, lines)
  }

  /// Building every lexicon table from the bundled data files, as the first article does.
  static func startup() {
    let cpu = cpuSeconds()
    let wall = wallSeconds()
    BundledLexicons.load()
    print(
      String(
        format: "lexicons ready: %.2f ms wall, %.2f ms cpu", (wallSeconds() - wall) * 1000,
        (cpuSeconds() - cpu) * 1000))
  }

  /// Start to first frame (decode, build, state, render at 200x50; the terminal's own start-up is
  /// not included) and the time to build one 200x50 frame on each pane and overlay.
  static func dashboard(seed: Data) {
    let start = wallSeconds()
    let document = DocumentBuilder().build(try! TextDecoder.decode([UInt8](seed), name: "seed"))
    var state = DashboardState(documents: [document], width: 200, height: 50)
    _ = DashboardView.render(state)
    let firstFrame = wallSeconds() - start
    print(String(format: "start to first frame (seed, 200x50, in process): %.1f ms", firstFrame * 1000))
    let keys: [[Key]] = [
      [], [.character("2")], [.character("3")], [.character("5")], [.character("5"), .enter],
      [.character("?")],
    ]
    let frames = 500
    for script in keys {
      var scripted = state
      for key in script { scripted.update(.key(key)) }
      let cpu = cpuSeconds()
      var rows = 0
      for _ in 0..<frames { rows += DashboardView.render(scripted).height }
      let perFrame = (cpuSeconds() - cpu) / Double(frames)
      let label = script.isEmpty ? "overview" : script.map(\.name).joined(separator: " ")
      print(
        String(format: "frame 200x50 after [%@]: %.3f ms (cpu, mean of %d)", label, perFrame * 1000, frames))
      _ = rows
    }
    state.update(.resize(width: 80, height: 24))
    let cpu = cpuSeconds()
    for _ in 0..<frames { _ = DashboardView.render(state) }
    print(
      String(
        format: "frame 80x24 overview: %.3f ms (cpu, mean of %d)",
        (cpuSeconds() - cpu) / Double(frames) * 1000, frames))
  }
}
