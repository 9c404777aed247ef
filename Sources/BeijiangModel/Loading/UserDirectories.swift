/// Where beijiang keeps the user's files, after the XDG Base Directory specification, decided in
/// this one place: settings and keys are configuration (`$XDG_CONFIG_HOME/beijiang`, else
/// `~/.config/beijiang`), marks are state (`$XDG_STATE_HOME/beijiang`, else `~/.local/state/beijiang`).
/// The specification says a relative or empty variable is invalid and must be ignored; so is a
/// relative HOME.
public enum UserDirectories {
  public static let applicationName = "beijiang"

  /// The configuration folder, or nil with no absolute XDG_CONFIG_HOME or HOME.
  public static func configuration(environment: [String: String]) -> String? {
    folder(environment, variable: "XDG_CONFIG_HOME", underHome: ".config")
  }

  /// The state folder, or nil with no absolute XDG_STATE_HOME or HOME.
  public static func state(environment: [String: String]) -> String? {
    folder(environment, variable: "XDG_STATE_HOME", underHome: ".local/state")
  }

  private static func folder(_ environment: [String: String], variable: String, underHome: String) -> String?
  {
    if let base = environment[variable], base.hasPrefix("/") { return joined(base, applicationName) }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return joined(joined(home, underHome), applicationName)
    }
    return nil
  }

  private static func joined(_ base: String, _ name: String) -> String {
    base.hasSuffix("/") ? base + name : base + "/" + name
  }
}
