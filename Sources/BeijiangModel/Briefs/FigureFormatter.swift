/// The language a brief is written in.
public enum FigureLanguage: String, Sendable, Codable, CaseIterable {
  case zh, en
}

/// Writes figures as a person would say them, for briefs, slides and tables.
///
///     FigureFormatter.text(.quantity(4e8, "元", qualifier: "左右"), language: .zh)  // 4亿元左右
///     FigureFormatter.text(.quantity(4e8, "元", qualifier: "about"), language: .en) // about 400 million yuan
///     FigureFormatter.cell(.quantity(32_350_000, "平方米"))  // value 3,235万, unit 平方米
///
/// The rules, with examples, are in `docs/briefs.md`.
public enum FigureFormatter {
  public static func text(_ figure: FigureText, language: FigureLanguage) -> String {
    switch language {
    case .zh: chinese(figure)
    case .en: english(figure)
    }
  }

  /// 4亿元左右, 1.1万余人, 300万亩以上, 4200多公里, 200至300万亩, 40%, 九成.
  public static func chinese(_ figure: FigureText) -> String { ChineseFigureWriter().text(figure) }

  /// about 400 million yuan, more than 11,000 people, at least 3 million mu, 90%.
  public static func english(_ figure: FigureText) -> String { EnglishFigureWriter().text(figure) }

  /// The compact form for a metric table: value, unit and qualifier sign apart.
  public static func cell(_ figure: FigureText) -> FigureCell { FigureCellWriter().cell(figure) }
}
