import ArgumentParser
import BeijiangModel

extension Beijiang {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole model of the articles as JSON, the metrics as CSV, or markdown.",
      discussion: """
        json: the model, documented in docs/model.md. csv: one RFC 4180 record per metric (UTF-8,
        CRLF; --bom for spreadsheet programs that need it). markdown: the whole model as a readable
        document.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json, csv, markdown
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
      let loaded = input.articles()
      let documents = loaded.documents
      switch format {
      case .json:
        Output.write(try ModelExport(documents: documents).json())
        Output.write(Array("\n".utf8))
      case .csv:
        Output.write(
          try CSVWriter(includesByteOrderMark: bom).data(
            header: MetricsTable.header, rows: MetricsTable.rows(documents)))
      case .markdown:
        Output.write(ModelMarkdown().render(documents))
      }
      Output.finish(status: loaded.exitStatus)
    }
  }
}
