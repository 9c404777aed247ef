import Foundation
import PackagePlugin

/// Embeds the bundled seeds (`seeds/*.txt`) and the target's data files (`Data/*`) into a generated
/// Swift source file. A resource bundle would sit beside the binary and go missing when the binary
/// is copied elsewhere; generated source cannot.
@main
struct EmbedFiles: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let sourceTarget = target as? SourceModuleTarget else { return [] }
    let inputs =
      try files(in: context.package.directoryURL.appending(path: "seeds"), prefix: "seeds")
      + files(in: sourceTarget.directoryURL.appending(path: "Data"), prefix: "data")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
    let arguments = [output.path] + inputs.flatMap { [$0.name, $0.url.path] }
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) files into \(target.name)",
        executable: try context.tool(named: "EmbedGenerator").url,
        arguments: arguments,
        inputFiles: inputs.map(\.url),
        outputFiles: [output])
    ]
  }

  private func files(in directory: URL, prefix: String) throws -> [(name: String, url: URL)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map {
      (name: "\(prefix)/\($0)", url: directory.appending(path: $0))
    }
  }
}
