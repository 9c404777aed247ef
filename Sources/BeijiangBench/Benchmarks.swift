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

  /// Decode, structure, classify and extract everything from the seed repeated n times, as one
  /// article (the seed's blank lines keep its paragraphs apart).
  static func pipeline(seed: Data) {
    print("repeats  MB      paragraphs  mentions  best-cpu-s  best-wall-s  MB/s(cpu)  MB/s(wall)")
    for repeats in [1, 10, 100, 1000] {
      var bytes = [UInt8]()
      for _ in 0..<repeats { bytes += seed + Array("\n\n".utf8) }
      let megabytes = Double(bytes.count) / 1_000_000
      var bestCPU = Double.infinity
      var bestWall = Double.infinity
      var paragraphs = 0
      var mentions = 0
      for _ in 0..<(repeats >= 1000 ? 2 : 5) {
        let cpu = cpuSeconds()
        let wall = wallSeconds()
        let document = DocumentBuilder().build(try! TextDecoder.decode(bytes, name: "bench"))
        bestCPU = min(bestCPU, cpuSeconds() - cpu)
        bestWall = min(bestWall, wallSeconds() - wall)
        paragraphs = document.paragraphs.count
        let analysis = document.analysis
        mentions =
          analysis.metrics.count + analysis.dates.count + analysis.ordinals.count
          + analysis.people.reduce(0) { $0 + $1.mentions.count }
          + analysis.places.reduce(0) { $0 + $1.mentions.count }
      }
      print(
        String(
          format: "%7d  %6.2f  %10d  %8d  %10.3f  %11.3f  %9.1f  %10.1f", repeats, megabytes, paragraphs,
          mentions,
          bestCPU, bestWall, megabytes / bestCPU, megabytes / bestWall))
    }
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
