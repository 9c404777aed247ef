import ArgumentParser
import BeijiangModel

extension Beijiang {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole model of the articles as JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    func run() throws {
      let export = ModelExport(documents: input.documents())
      Output.write(try export.json())
      Output.write(Array("\n".utf8))
    }
  }
}
