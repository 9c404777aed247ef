import Foundation
import Testing

@Suite struct ExtractCommandTests {
  static let seedPath = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path
  static let composed = "北疆新闻\n\n2024年，包头市完成造林300万亩，同比增长12.5%。\n\n自治区总工会主席王五说：“要实干。”\n"

  static func lines(_ result: BinaryRunner.Result) -> [String] {
    result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func everyLineIsOneJSONObjectStartingWithItsKind() throws {
    let result = try BinaryRunner.run(["extract", Self.seedPath])
    #expect(result.status == 0)
    #expect(result.stdoutText.hasSuffix("\n"))
    let lines = Self.lines(result)
    #expect(lines.count > 100)
    for line in lines {
      #expect(line.hasPrefix("{\"kind\":\""))
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["surface"] is String && object?["start"] is Int && object?["end"] is Int)
      #expect(object?["source"] == nil)
    }
  }

  /// With several inputs each line ends with its source; the lines are otherwise those of the file
  /// alone.
  @Test func severalFilesAddTheSourceAsTheLastKey() throws {
    let single = Self.lines(try BinaryRunner.run(["extract", "-"], stdin: Data(Self.composed.utf8)))
    let result = try BinaryRunner.run(["extract", Self.seedPath, "-"], stdin: Data(Self.composed.utf8))
    #expect(result.status == 0)
    let lines = Self.lines(result)
    let fromStandardInput = lines.filter { $0.hasSuffix(",\"source\":\"-\"}") }
    let fromSeed = lines.filter { $0.hasSuffix(",\"source\":\"\(Self.seedPath)\"}") }
    #expect(!single.isEmpty)
    #expect(fromStandardInput.count + fromSeed.count == lines.count)
    #expect(fromStandardInput == single.map { String($0.dropLast()) + ",\"source\":\"-\"}" })
  }

  @Test func tableHasAHeaderAndOneRowPerLine() throws {
    let jsonl = Self.lines(try BinaryRunner.run(["extract", "-"], stdin: Data(Self.composed.utf8)))
    let result = try BinaryRunner.run(["extract", "--format", "table", "-"], stdin: Data(Self.composed.utf8))
    #expect(result.status == 0)
    let rows = Self.lines(result)
    #expect(rows.first?.hasPrefix("kind") == true)
    #expect(rows.count == jsonl.count + 1)
    #expect(rows.contains { $0.hasPrefix("quantity") && $0.contains("300万亩") && $0.contains("3000000") })
    #expect(rows.contains { $0.hasPrefix("date") && $0.contains("2024-01-01–2024-12-31") })
  }
}
