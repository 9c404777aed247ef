import BeijiangModel
import Foundation

// Measures MetricsExtractor throughput on the bundled seed repeated 1, 10, 100 and 1000 times.
// Usage: beijiang-bench [--dump]   (--dump prints the seed's mentions as JSON lines instead)

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

func seconds(_ work: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

_ = extractor.extract(seed)  // loads the lexicons outside the timings
print("repeats  MB      mentions  seconds  MB/s")
for repeats in [1, 10, 100, 1000] {
  let text = String(repeating: seed + "\n\n", count: repeats)
  let megabytes = Double(text.utf8.count) / 1_000_000
  let rounds = max(1, 100 / repeats)
  var mentions = 0
  var best = Double.infinity
  for _ in 0..<rounds {
    let elapsed = seconds {
      let metrics = extractor.extract(text)
      mentions = metrics.quantities.count + metrics.dates.count + metrics.ordinals.count
    }
    best = min(best, elapsed)
  }
  let line = String(
    format: "%7d  %6.2f  %8d  %7.4f  %6.1f", repeats, megabytes, mentions, best, megabytes / best)
  print(line)
}
