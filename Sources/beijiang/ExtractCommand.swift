import ArgumentParser
import BeijiangModel

extension Beijiang {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print every figure, date, ordinal and named thing, one JSON object a line.",
      discussion: """
        Offsets count Unicode scalars into the input as given (after decoding and line-end \
        normalisation), end exclusive: input[start..<end] is the surface. With several files, \
        each line also names its `source`.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case jsonl, table
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .jsonl

    func run() throws {
      let status = ArticleStream.forEach(input) { document, inputs in
        let source: [(String, JSONValue)] = inputs > 1 ? [("source", .string(document.source.name))] : []
        switch format {
        case .jsonl:
          MentionLines.writeJSONL(for: document, merging: source) { Output.write($0) }
        case .table:
          Output.write(MentionTable.render(MentionLines.lines(for: document).map { $0.merging(source) }))
        }
      }
      Output.finish(status: status)
    }
  }
}
