import Foundation

/// Where the marks file lives, following the XDG Base Directory specification: marks are state
/// (worth keeping, not worth syncing like configuration), so `$XDG_STATE_HOME/beijiang/marks.json`,
/// falling back to `~/.local/state/beijiang/marks.json`.
public enum MarksLocation {
  public static let fileName = "marks.json"

  /// The marks file for `environment`. The specification says a relative `XDG_STATE_HOME` is invalid
  /// and must be ignored, as is an empty one.
  public static func fileURL(environment: [String: String]) -> Result<URL, MarksProblem> {
    if let folder = UserDirectories.state(environment: environment) {
      return .success(
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(fileName, isDirectory: false))
    }
    return .failure(
      MarksProblem(
        .noStateDirectory,
        "cannot keep marks: neither XDG_STATE_HOME nor HOME is set to an absolute path; marks will not be saved"
      ))
  }
}
