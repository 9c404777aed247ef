import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemGlob = Glibc.glob
#elseif canImport(Darwin)
  import Darwin
  private let systemGlob = Darwin.glob
#endif

/// Turns command-line arguments into the inputs to read: a folder into every article under it, a
/// quoted glob into the paths it matches, anything else into itself.
enum InputExpansion {
  /// The endings of the files a folder contributes (compared without case).
  static let articleExtensions: Set<String> = ["txt", "md", "text"]

  static func expand(_ argument: String) -> [InputReader.Input] {
    if argument == "-" { return [.standardInput] }
    if isDirectory(argument) {
      let files = articles(under: argument)
      // An empty folder stays one input, which then fails to read with a message that says why.
      return files.isEmpty ? [.file(argument)] : files.map(InputReader.Input.file)
    }
    if !FileManager.default.fileExists(atPath: argument), argument.contains(where: "*?[".contains) {
      let matches = glob(argument)
      if !matches.isEmpty { return matches.flatMap(expand) }
    }
    return [.file(argument)]
  }

  /// Every article file below `folder`, hidden files and folders skipped, sorted by path so that
  /// every run reads them in the same order.
  static func articles(under folder: String) -> [String] {
    let root = URL(fileURLWithPath: folder)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var paths: [String] = []
    for case let url as URL in walker
    where articleExtensions.contains(url.pathExtension.lowercased())
      && (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
    {
      paths.append(joined(folder, url.path.dropFirst(root.path.count)))
    }
    return paths.sorted()
  }

  /// The folder as the user wrote it, then the path below it: `corpus/` and `corpus` both give
  /// `corpus/a.txt`, as `grep -r` prints them.
  private static func joined(_ folder: String, _ rest: Substring) -> String {
    let relative = rest.drop { $0 == "/" }
    return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
  }

  static func isDirectory(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }

  /// The paths a shell pattern matches (POSIX glob(3)), for patterns quoted past the shell.
  private static func glob(_ pattern: String) -> [String] {
    var matches = glob_t()
    defer { globfree(&matches) }
    guard systemGlob(pattern, 0, nil, &matches) == 0 else { return [] }
    return (0..<Int(matches.gl_pathc)).compactMap { matches.gl_pathv[$0].map { String(cString: $0) } }
  }
}
