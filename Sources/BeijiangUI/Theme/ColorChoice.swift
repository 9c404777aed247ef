extension ColorDepth {
  /// The depth to draw with: none when the user asked for no colour (`--no-color`, or a non-empty
  /// NO_COLOR variable, see no-color.org), otherwise what the terminal reports.
  public static func effective(
    terminalColors: Int, environment: [String: String], noColorFlag: Bool = false
  ) -> ColorDepth {
    if noColorFlag { return .none }
    if let value = environment["NO_COLOR"], !value.isEmpty { return .none }
    return ColorDepth(colorCount: terminalColors)
  }
}
