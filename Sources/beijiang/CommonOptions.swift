import ArgumentParser
import BeijiangModel

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Article files to read; `-` reads standard input; none opens the bundled seed.")
  var files: [String] = []

  @Option(help: "The date the article speaks from, YYYY-MM-DD (default: inferred from the text).")
  var referenceDate: String?

  mutating func validate() throws {
    if let date = referenceDate, CivilDate(iso: date) == nil {
      throw ValidationError("--reference-date must be a real date as YYYY-MM-DD, not '\(date)'")
    }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read only once")
    }
  }

  /// Loads and builds every named document again, for the dashboard's reload: an error is returned,
  /// not fatal, so the dashboard keeps its last good model. Standard input cannot be read twice,
  /// so its first text is reused.
  func reloadDocuments(standardInput: SourceText?) -> Result<[Document], InputError> {
    let builder = DocumentBuilder()
    var documents: [Document] = []
    for input in InputReader.inputs(for: files) {
      do throws(InputError) {
        let source =
          try input == .standardInput && standardInput != nil ? standardInput! : InputReader.load(input)
        documents.append(builder.build(source, referenceDate: referenceDate))
      } catch {
        return .failure(error)
      }
    }
    return .success(documents)
  }

  /// Loads and builds every named document, or exits with the input's error line and code.
  func documents() -> [Document] {
    switch reloadDocuments(standardInput: nil) {
    case .success(let documents): return documents
    case .failure(let error): Failure.exit(message: error.message, code: error.exitCode)
    }
  }

}
