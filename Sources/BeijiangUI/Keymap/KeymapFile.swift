/// Reads a user's key remapping file (`$XDG_CONFIG_HOME/beijiang/keys.conf`).
///
/// The format, one binding per line:
///
///     # comments start with #
///     j = move-down          # bind a key to an action in the global scope
///     ctrl-n = move-down
///     x = none               # unbind: the key does nothing any more
///     [detail]               # following lines apply to the detail scope
///     backspace = back
///
/// Keys are names as in `Key(name:)` (`a`, `G`, `ctrl-u`, `shift-tab`, `pgdn`, `f5`, `space`, `"#"`);
/// actions and scopes are the names the keymap already knows. Each line overrides what its key did in
/// that scope; other bindings stay.
public enum KeymapFile {
  /// `keymap` with the file's bindings applied, or the first error with its line number.
  public static func apply(_ text: String, to keymap: Keymap) throws(KeymapFileError) -> Keymap {
    var result = keymap
    var scope = KeyScope.global
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      let line = stripComment(String(rawLine)).trimmingSpaces
      if line.isEmpty { continue }
      if line.hasPrefix("[") {
        scope = try parseScope(line, line: lineNumber, known: keymap.knownScopes)
        continue
      }
      let (key, action) = try parseBinding(line, line: lineNumber, known: keymap.knownActions)
      if let action { result.bind(key, to: action, in: scope) } else { result.unbind(key, in: scope) }
    }
    return result
  }

  private static func parseScope(_ line: String, line number: Int, known: Set<KeyScope>)
    throws(KeymapFileError)
    -> KeyScope
  {
    guard line.hasSuffix("]") else { throw KeymapFileError(line: number, .malformedSection(line)) }
    let scope = KeyScope(rawValue: String(line.dropFirst().dropLast()).trimmingSpaces)
    guard known.contains(scope) else {
      throw KeymapFileError(
        line: number, .unknownScope(scope.rawValue, known: known.map(\.rawValue).sorted()))
    }
    return scope
  }

  /// `key = action`; the action is nil for `none`. The key may itself be `=` only when quoted.
  private static func parseBinding(_ line: String, line number: Int, known: Set<Action>)
    throws(KeymapFileError)
    -> (Key, Action?)
  {
    let separator: String.Index?
    if line.hasPrefix("\"=\"") {
      separator = line.dropFirst(3).firstIndex(of: "=")
    } else {
      separator = line.firstIndex(of: "=")
    }
    guard let separator else { throw KeymapFileError(line: number, .missingEquals(line)) }
    let keyName = String(line[..<separator]).trimmingSpaces
    let actionName = String(line[line.index(after: separator)...]).trimmingSpaces
    guard !keyName.isEmpty, !actionName.isEmpty else {
      throw KeymapFileError(line: number, .missingEquals(line))
    }
    guard let key = Key(name: keyName) else { throw KeymapFileError(line: number, .unknownKey(keyName)) }
    if actionName == "none" { return (key, nil) }
    let action = Action(rawValue: actionName)
    guard known.contains(action) else {
      throw KeymapFileError(line: number, .unknownAction(actionName, known: known.map(\.rawValue).sorted()))
    }
    return (key, action)
  }

  /// Drops a `#` comment, but keeps a quoted `"#"` key.
  private static func stripComment(_ line: String) -> String {
    var inQuotes = false
    for index in line.indices {
      if line[index] == "\"" { inQuotes.toggle() }
      if line[index] == "#" && !inQuotes { return String(line[..<index]) }
    }
    return line
  }
}

/// A problem in a keymap file, with the 1-based line it is on.
public struct KeymapFileError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Problem: Sendable, Equatable {
    case missingEquals(String)
    case unknownKey(String)
    case unknownAction(String, known: [String])
    case unknownScope(String, known: [String])
    case malformedSection(String)
  }

  public var line: Int
  public var problem: Problem

  public init(line: Int, _ problem: Problem) {
    self.line = line
    self.problem = problem
  }

  public var description: String {
    switch problem {
    case .missingEquals(let text): return "line \(line): expected `key = action`, found `\(text)`"
    case .unknownKey(let name):
      return "line \(line): unknown key `\(name)` (use a character or a name such as ctrl-u, pgdn, f5, space)"
    case .unknownAction(let name, let known):
      return "line \(line): unknown action `\(name)`; known actions: \(known.joined(separator: ", ")), none"
    case .unknownScope(let name, let known):
      return "line \(line): unknown section [\(name)]; known sections: \(known.joined(separator: ", "))"
    case .malformedSection(let text): return "line \(line): a section is written [name], found `\(text)`"
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
    return String(scalars)
  }
}
