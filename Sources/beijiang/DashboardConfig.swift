import BeijiangModel
import BeijiangUI
import Foundation

/// The user's settings file, `$XDG_CONFIG_HOME/beijiang/settings.conf` (default
/// `~/.config/beijiang/settings.conf`), and the key remapping file `keys.conf` beside it.
///
/// settings.conf holds `name = value` lines (`#` starts a comment):
///
///     lang = en              # zh or en
///     theme = light          # dark, light or monochrome
///     ascii = true           # ASCII borders, bars and gauges
///     ambiguous-wide = true  # the terminal draws “ ” · — ─ █ two columns wide
///     clipboard = false      # y does not copy to the clipboard (OSC 52)
struct DashboardConfig: Equatable {
  var language: Language?
  var theme: Theme.Name?
  var ascii: Bool?
  var ambiguousWide: Bool?
  var clipboard: Bool?

  struct Problem: Error {
    var message: String
  }

  static func directory(environment: [String: String]) -> URL {
    // Without an absolute XDG_CONFIG_HOME or HOME, the account's home from the system.
    URL(
      fileURLWithPath: UserDirectories.configuration(environment: environment)
        ?? NSHomeDirectory() + "/.config/" + UserDirectories.applicationName)
  }

  /// The settings file's values; an absent file is no settings, a malformed line an error naming it.
  static func load(environment: [String: String]) throws(Problem) -> DashboardConfig {
    let url = directory(environment: environment).appending(path: "settings.conf")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return DashboardConfig() }
    return try parse(text, path: url.path)
  }

  static func parse(_ text: String, path: String) throws(Problem) -> DashboardConfig {
    var config = DashboardConfig()
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line =
        raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      if parts.allSatisfy(\.isEmpty) { continue }
      let place = "\(path):\(index + 1)"
      guard parts.count == 2 else { throw Problem(message: "\(place): expected `name = value`") }
      switch parts[0] {
      case "lang":
        guard let value = Language(rawValue: parts[1]) else {
          throw Problem(message: "\(place): lang is zh or en")
        }
        config.language = value
      case "theme":
        guard let value = Theme.Name(rawValue: parts[1]) else {
          throw Problem(message: "\(place): theme is dark, light or monochrome")
        }
        config.theme = value
      case "ascii": config.ascii = try boolean(parts[1], place)
      case "ambiguous-wide": config.ambiguousWide = try boolean(parts[1], place)
      case "clipboard": config.clipboard = try boolean(parts[1], place)
      default:
        throw Problem(
          message:
            "\(place): unknown setting '\(parts[0])' (known: lang, theme, ascii, ambiguous-wide, clipboard)")
      }
    }
    return config
  }

  private static func boolean(_ text: String, _ place: String) throws(Problem) -> Bool {
    switch text {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw Problem(message: "\(place): expected true or false, not '\(text)'")
    }
  }

  /// The keymap with the user's `keys.conf` applied, if there is one.
  static func keymap(environment: [String: String], base: Keymap) throws(Problem) -> Keymap {
    let url = directory(environment: environment).appending(path: "keys.conf")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return base }
    do {
      return try KeymapFile.apply(text, to: base)
    } catch {
      throw Problem(message: "\(url.path): \(error.description)")
    }
  }
}
