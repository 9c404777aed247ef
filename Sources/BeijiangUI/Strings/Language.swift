/// The interface language.
public enum Language: String, Sendable, Codable, CaseIterable {
  case zh
  case en

  /// Chinese when the first set of LC_ALL, LC_MESSAGES, LANG starts with "zh", otherwise English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("zh") ? .zh : .en
    }
    return .en
  }

  public var toggled: Language { self == .zh ? .en : .zh }
}

/// A piece of interface text in both languages.
public struct LocalizedText: Sendable, Codable, Hashable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  public subscript(language: Language) -> String { language == .zh ? zh : en }
}
