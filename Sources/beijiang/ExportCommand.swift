import ArgumentParser
import BeijiangModel

extension Beijiang {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole model of the articles as JSON, the metrics as CSV, or markdown.",
      discussion: """
        json: the model, documented in docs/model.md. jsonl: one article's model per line. csv: one \
        RFC 4180 record per metric (UTF-8, CRLF; --bom for spreadsheet programs that need it). \
        markdown: the whole model as a readable document. Articles are written one at a time, so \
        memory stays bounded whatever their number.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json, jsonl, csv, markdown
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @Flag(help: "Start CSV with a UTF-8 byte order mark.")
    var bom = false

    mutating func validate() throws {
      if bom && format != .csv { throw ValidationError("--bom applies only to --format csv") }
    }

    func run() throws {
      let status: Int32
      switch format {
      case .json:
        var stream = ModelJSONStream()
        status = try ArticleStream.forEach(input) { document, _ in
          try stream.write(document) { Output.write($0) }
        }
        Output.write(try stream.closing())
        Output.write(Array("\n".utf8))
      case .jsonl:
        status = try ArticleStream.forEach(input) { document, _ in
          try ModelJSONStream.line(document) { Output.write($0) }
        }
      case .csv:
        var wroteHeader = false
        status = ArticleStream.forEach(input) { document, _ in
          if !wroteHeader {
            Output.write((bom ? "\u{FEFF}" : "") + CSVWriter.record(MetricsTable.header))
            wroteHeader = true
          }
          for row in MetricsTable.rows([document]) { Output.write(CSVWriter.record(row)) }
        }
      case .markdown:
        var separator = ""
        status = ArticleStream.forEach(input) { document, _ in
          Output.write(separator + ModelMarkdown().render(document))
          separator = "\n\n---\n\n"
        }
        Output.write("\n")
      }
      Output.finish(status: status)
    }
  }
}
