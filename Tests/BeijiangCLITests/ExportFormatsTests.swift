import BeijiangModel
import Foundation
import Testing

/// `export --format csv` read back with an RFC 4180 parser, and `export --format markdown`.
@Suite struct ExportFormatsTests {
  static let seedPath = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path

  /// A strict RFC 4180 reader: records end in CRLF, quoted fields may hold commas, quotes ("")
  /// and line breaks. Fails the test on anything else.
  static func parseCSV(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var fieldStarted = false
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where !fieldStarted:
        quoted = true
        fieldStarted = true
      case ",":
        record.append(field)
        field = ""
        fieldStarted = false
      case "\r":
        try #require(scalars.popFirst() == "\n", "a bare CR outside quotes")
        record.append(field)
        records.append(record)
        (record, field, fieldStarted) = ([], "", false)
      case "\n", "\"":
        Issue.record("a bare LF or a stray quote outside quotes")
      default:
        field.unicodeScalars.append(scalar)
        fieldStarted = true
      }
    }
    #expect(!quoted && record.isEmpty && field.isEmpty, "the last record must end in CRLF")
    return records
  }

  @Test func csvHasOneRecordPerMetricAndReadsBack() throws {
    let result = try BinaryRunner.run(["export", "--format", "csv", Self.seedPath])
    #expect(result.status == 0)
    let records = try Self.parseCSV(result.stdoutText)
    let header = try #require(records.first)
    #expect(header == MetricsTable.header)
    let document = DocumentBuilder().build(try InputReader.load(.file(Self.seedPath)))
    let rows = Array(records.dropFirst())
    #expect(rows.count == document.analysis.metrics.count)
    #expect(rows.allSatisfy { $0.count == header.count })
    func column(_ name: String) -> Int { header.firstIndex(of: name)! }
    for (row, metric) in zip(rows, document.analysis.metrics) {
      #expect(row[column("surface")] == metric.quantity.surface)
      #expect(row[column("sentence")] == metric.sentence)
      #expect(row[column("project")] == metric.project)
      #expect(row[column("role")] == metric.quantity.role.rawValue)
      #expect(Double(row[column("value")]) == metric.quantity.value)
    }
    let money = try #require(rows.first { $0[column("surface")] == "4亿元左右" })
    #expect(money[column("value")] == "400000000")
    #expect(money[column("unit")] == "元")
    #expect(money[column("qualifier")] == "about")
    // 自2023年起: from 2023 on, an open end.
    #expect(money[column("date")] == "2023-01-01/..")
    #expect(money[column("document")] == Self.seedPath)
    #expect(!result.stdout.starts(with: [0xEF, 0xBB, 0xBF]))
  }

  @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() throws {
    let article = "温暖工程投入1583万元，\"惠及\"1.1万余人。\n\n供热面积达到3235万平方米,服务热用户21.72万户。\n"
    let path = try BinaryRunner.temporaryFile(Array(article.utf8))
    let result = try BinaryRunner.run(["export", "--format", "csv", path])
    #expect(result.status == 0)
    let records = try Self.parseCSV(result.stdoutText)
    let sentences = records.dropFirst().map { $0.last! }
    #expect(sentences.contains("供热面积达到3235万平方米,服务热用户21.72万户。"))
    #expect(sentences.contains("温暖工程投入1583万元，\"惠及\"1.1万余人。"))
    #expect(result.stdoutText.contains("\"温暖工程投入1583万元，\"\"惠及\"\"1.1万余人。\""))
  }

  @Test func bomStartsTheCSVAndIsRefusedForOtherFormats() throws {
    let result = try BinaryRunner.run(["export", "--format", "csv", "--bom"])
    #expect(result.status == 0)
    #expect(result.stdout.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(
      try Self.parseCSV(String(decoding: result.stdout.dropFirst(3), as: UTF8.self)).first
        == MetricsTable.header)
    let refused = try BinaryRunner.run(["export", "--format", "json", "--bom"])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--bom applies only to --format csv"))
  }

  @Test func markdownHoldsTheWholeModel() throws {
    let result = try BinaryRunner.run(["export", "--format", "markdown", Self.seedPath])
    #expect(result.status == 0)
    let text = result.stdoutText
    let document = DocumentBuilder().build(try InputReader.load(.file(Self.seedPath)))
    #expect(text.hasPrefix("# " + document.title + "\n"))
    for section in document.sections where !section.title.isEmpty {
      #expect(text.contains("# " + section.title + "\n"), "\(section.title)")
    }
    for heading in [
      "## Figures", "## Dates", "## People", "## Organizations", "## Places", "## Quotes", "## Initiatives",
    ] {
      #expect(text.contains("\n" + heading + "\n"), "\(heading)")
    }
    let tableRows = text.split(separator: "\n").filter { $0.hasPrefix("| m") }
    #expect(tableRows.count == document.analysis.metrics.count)
    for person in document.analysis.people { #expect(text.contains("| " + person.details.name + " |")) }
    let bodies = document.paragraphs.filter { $0.kind == .body }
    for paragraph in bodies { #expect(text.contains(paragraph.text)) }
  }
}
