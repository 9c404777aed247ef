extension ColorDepth {
  /// The depth to draw with: none when the user asked for no colour (`--no-color`, or a non-empty
  /// NO_COLOR variable, see no-color.org), otherwise what the terminal reports.
  public static func effective(
    terminalColors: Int, environment: [String: String], noColorFlag: Bool = false
  ) -> ColorDepth {
    noColorFlag || noColorRequested(environment) ? .none : ColorDepth(colorCount: terminalColors)
  }

  /// NO_COLOR set to anything but the empty string (https://no-color.org): the one place that decides.
  public static func noColorRequested(_ environment: [String: String]) -> Bool {
    !(environment["NO_COLOR"] ?? "").isEmpty
  }
}
