import BeijiangDashboard
import BeijiangModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `e` in the dashboard: runs `$VISUAL` or `$EDITOR` as `EDITOR +LINE FILE`, the form vi, vim,
/// nano, emacs and helix accept. The variable is a shell command line (`code -w`, `emacs -nw`),
/// as git and less read it, so it runs through `/bin/sh -c 'EDITOR "$@"'`.
enum EditorLauncher {
  static func editor(_ environment: [String: String]) -> String? {
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
    }
    return nil
  }

  /// The file the editor opens: the article's own, or for the bundled seed and standard input
  /// (which have none) a temporary copy of the text, written once per run. A file's text is not
  /// kept (`DocumentPipeline.keepsFileText`); should the file be gone, there is no copy to make.
  static func file(for document: Document, namedFiles: Bool) -> (path: String, isCopy: Bool)? {
    let name = document.source.name
    if namedFiles && name != "-" && FileManager.default.fileExists(atPath: name) { return (name, false) }
    let directory = FileManager.default.temporaryDirectory.appending(path: "beijiang-\(getpid())")
    let base = name == "-" ? "stdin.txt" : URL(fileURLWithPath: name).lastPathComponent
    let url = directory.appending(path: base)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      if !FileManager.default.fileExists(atPath: url.path) {
        guard let source = document.source.reread() else { return nil }
        try Data(source.text.utf8).write(to: url)
      }
    } catch {
      return nil
    }
    return (url.path, true)
  }

  /// Runs the editor on the terminal and waits for it; the exit status, or nil when it could not
  /// be started.
  static func run(_ editor: String, line: Int, path: String) -> Int32? {
    let arguments = ["/bin/sh", "-c", editor + " \"$@\"", editor, "+\(line)", path]
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status >> 8) & 0xFF
  }

  /// Opens document `index` at `line` and says how it went.
  static func edit(
    _ documents: [Document], index: Int, line: Int, namedFiles: Bool, environment: [String: String],
    terminal: (() -> Int32?) -> Int32?
  ) -> EditOutcome {
    guard let editor = editor(environment) else { return .noEditor }
    guard documents.indices.contains(index), let file = file(for: documents[index], namedFiles: namedFiles)
    else { return .failed("cannot write a temporary copy") }
    guard let status = terminal({ run(editor, line: line, path: file.path) }) else {
      return .failed("'\(editor)' could not be started")
    }
    if status == 127 { return .failed("'\(editor)' not found") }
    return file.isCopy ? .editedCopy(path: file.path) : .edited(path: file.path)
  }
}
