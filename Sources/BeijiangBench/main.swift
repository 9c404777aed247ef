import BeijiangDashboard
import BeijiangModel
import Foundation

// Measures MetricsExtractor throughput on the bundled seed repeated 1, 10, 100 and 1000 times.
// Usage: beijiang-bench [--dump | --pipeline | --dashboard | --startup | --corpus repeated|shuffled COPIES
//                        | --corpus distinct MEGABYTES [ARTICLE ...]
//                        | --articles COUNT FOLDER [ARTICLE ...] | --corpus-keys FOLDER
//                        | --corpus-memory FOLDER]
//   --dump       prints the seed's mentions as JSON lines instead
//   --pipeline   the whole of `extract` in process (decode, structure, classify, every extractor,
//                the JSON lines), on the repeated seed and on shuffled seed sentences
//   --dashboard  start to first frame on the seed, and the time to build one 200x50 frame
//   --startup    the time to build every lexicon table from the bundled data, on first use
//   --corpus     writes a benchmark text to standard output (scripts/bench-extract.sh times the
//                real binary on it); `distinct` draws the seed's and the given articles' sentences
//                with every digit redrawn, so nothing repeats (scripts/bench-distinct.sh)
//   --corpus-keys  builds every article of FOLDER and times keys to their frame at that size
//                (scripts/bench-corpus.sh)
//   --corpus-memory  the heap the built articles of FOLDER and the dashboard's state hold

// Before anything below loads the lexicons.
if CommandLine.arguments.contains("--startup") {
  Benchmarks.startup()
  exit(0)
}

let seed = String(decoding: BundledFiles.seed, as: UTF8.self)
let reference = ReferenceDate.infer(from: seed) ?? CivilDate(year: 2024, month: 12, day: 31)!
let extractor = MetricsExtractor(referenceDate: reference)

if CommandLine.arguments.contains("--dump") {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  let metrics = extractor.extract(seed)
  print("reference \(reference.iso)")
  for item in metrics.quantities { print(String(decoding: try encoder.encode(item), as: UTF8.self)) }
  for item in metrics.dates { print(String(decoding: try encoder.encode(item), as: UTF8.self)) }
  for item in metrics.ordinals { print(String(decoding: try encoder.encode(item), as: UTF8.self)) }
  exit(0)
}

if let flag = CommandLine.arguments.firstIndex(of: "--corpus") {
  let arguments = CommandLine.arguments.dropFirst(flag + 1)
  if arguments.first == "distinct" {
    let megabytes = arguments.dropFirst().first.flatMap { Double($0) } ?? 20
    let extra = try arguments.dropFirst(2).map { try String(contentsOfFile: $0, encoding: .utf8) }
    let corpus = DistinctCorpus(articles: [seed] + extra)
    FileHandle.standardOutput.write(Data(corpus.text(bytes: Int(megabytes * 1_000_000)).utf8))
    exit(0)
  }
  let corpus: BenchCorpus = arguments.first == "shuffled" ? .shuffled : .repeated
  let copies = arguments.dropFirst().first.flatMap { Int($0) } ?? 1000
  FileHandle.standardOutput.write(Data(corpus.text(seed: seed, copies: copies).utf8))
  exit(0)
}

// --articles writes COUNT distinct articles of about 20 KB (as a year of reporting) into FOLDER,
// for the corpus figures of docs/performance.md.
if let flag = CommandLine.arguments.firstIndex(of: "--articles") {
  let arguments = Array(CommandLine.arguments.dropFirst(flag + 1))
  let count = arguments.first.flatMap { Int($0) } ?? 1000
  let folder = arguments.count > 1 ? arguments[1] : "corpus"
  let extra = try arguments.dropFirst(2).map { try String(contentsOfFile: $0, encoding: .utf8) }
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  for index in 0..<count {
    let corpus = DistinctCorpus(articles: [seed] + extra, seed: UInt64(1000 + index))
    let path = folder + "/" + String(format: "article-%05d.txt", index)
    try corpus.text(bytes: 20_000).write(toFile: path, atomically: false, encoding: .utf8)
  }
  exit(0)
}

if let flag = CommandLine.arguments.firstIndex(of: "--corpus-memory") {
  MemoryBenchmarks.corpus(folder: CommandLine.arguments.dropFirst(flag + 1).first ?? "corpus")
  exit(0)
}

if let flag = CommandLine.arguments.firstIndex(of: "--corpus-keys") {
  CorpusBenchmarks.keys(folder: CommandLine.arguments.dropFirst(flag + 1).first ?? "corpus")
  exit(0)
}

if CommandLine.arguments.contains("--pipeline") {
  Benchmarks.pipeline(seed: BundledFiles.seed)
  exit(0)
}
if CommandLine.arguments.contains("--dashboard") {
  Benchmarks.dashboard(seed: BundledFiles.seed)
  exit(0)
}

/// Wall-clock and CPU seconds of `work`. The CPU time of this thread is what the extractor costs;
/// the wall time also counts waiting for a core on a shared machine.
func measure(_ work: () -> Void) -> (wall: Double, cpu: Double) {
  func cpuNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
  let wallStart = DispatchTime.now().uptimeNanoseconds
  let cpuStart = cpuNow()
  work()
  return (Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9, cpuNow() - cpuStart)
}

_ = extractor.extract(seed)  // loads the lexicons outside the timings
print("repeats  MB      mentions  best-wall-s  best-cpu-s  MB/s(cpu)  MB/s(wall)")
for repeats in [1, 10, 100, 1000] {
  let text = String(repeating: seed + "\n\n", count: repeats)
  let megabytes = Double(text.utf8.count) / 1_000_000
  let rounds = max(5, 200 / repeats)
  var mentions = 0
  var bestWall = Double.infinity
  var bestCPU = Double.infinity
  for _ in 0..<rounds {
    let elapsed = measure {
      let metrics = extractor.extract(text)
      mentions = metrics.quantities.count + metrics.dates.count + metrics.ordinals.count
    }
    bestWall = min(bestWall, elapsed.wall)
    bestCPU = min(bestCPU, elapsed.cpu)
  }
  let line = String(
    format: "%7d  %6.2f  %8d  %11.4f  %10.4f  %9.1f  %10.1f", repeats, megabytes, mentions, bestWall, bestCPU,
    megabytes / bestCPU, megabytes / bestWall)
  print(line)
}
