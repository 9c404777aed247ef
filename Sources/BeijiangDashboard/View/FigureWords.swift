import BeijiangModel
import BeijiangUI
import Foundation

/// One way of writing a figure per language, used by cards, tables, charts, search and detail alike:
/// in Chinese the article's own words (0.93亿元 stays 0.93亿元), in English the plain-English form
/// with what a counter counts (18 measures, not 18 or 18 条). Years and bare numbers
/// (codes, numbers of documents) are written as they stand, never as grouped amounts.
extension DashboardState {
  /// The figure as a person says it: 4200多公里 / more than 4,200 km; 18条举措 / 18 measures.
  func spoken(_ item: MetricItem) -> String {
    let quantity = item.metric.quantity
    if quantity.isYear || quantity.unit == nil && quantity.kind == .quantity {
      return language == .zh ? quantity.surface : plainNumber(quantity)
    }
    guard language == .en else { return quantity.surface }
    let english = quantity.spoken(.en)
    // English has no counters (条, 项, 名): the number says what it counts instead, 18 measures.
    var bare = quantity.figureText
    bare.qualifier = nil
    if let unit = quantity.unit, quantity.kind == .quantity,
      !FigureFormatter.english(bare).contains(where: \.isLetter)
    {
      return english + " "
        + EnglishCounts.noun(
          counter: unit, counted: quantity.counted ?? quantity.subject, count: quantity.value)
    }
    // A unit English has no word for (12盟市) is said as the thing it counts: 12 leagues and cities.
    if let unit = quantity.unit, english.unicodeScalars.contains(where: \.properties.isIdeographic) {
      let noun = EnglishCounts.noun(counter: unit, counted: quantity.counted ?? unit, count: quantity.value)
      return english.replacingOccurrences(of: unit, with: noun)
    }
    return english
  }

  /// The figure split for block digits: its leading digits, point, dash and % (9100, 0.93, 40%),
  /// and the rest as written (万平方米, 亿元, million yuan); no digits when it starts with words.
  func figureParts(_ item: MetricItem) -> (digits: String, rest: String) {
    let figure = spoken(item)
    let digits = String(figure.prefix { $0.isASCII && ($0.isNumber || ".-%".contains($0)) })
    guard digits.first?.isNumber == true else { return ("", figure) }
    return (digits, String(figure.dropFirst(digits.count)).trimmingPrefix(" ").description)
  }

  /// What a figure measures, clean enough to title a card or a chart bar: the noun a counter
  /// counts (措施 in 开展10项措施), else the subject; nil when the model found neither.
  func figureLabel(_ item: MetricItem) -> String? { item.metric.quantity.headlineLabel }

  /// What a figure counts or is about, for a table row: the label, else nothing.
  func about(_ item: MetricItem) -> String { figureLabel(item) ?? "" }

  /// The role the model found, in the interface language; empty for a plain standing fact.
  func roleText(_ item: MetricItem) -> String {
    let quantity = item.metric.quantity
    if let change = quantity.change { return text("role.\(change.rawValue)") }
    return quantity.role == .current ? "" : text("role.\(quantity.role.rawValue)")
  }

  /// Whether a figure may stand as a card or a headline: it has a unit or counter, a clean label,
  /// and is an amount (a year is a date, not a figure to brief on).
  func isHeadlineFigure(_ item: MetricItem) -> Bool { item.metric.quantity.isHeadlineFigure }

  /// The pane's cards: its key figures among the figures the list shows (the cards follow the
  /// dimension and targets filters).
  func paneFigures(limit: Int = 3) -> [MetricItem] {
    guard dimensionFilter != nil || targetsOnly else { return keyFigures(pane, limit: limit) }
    let rows = metricRows(pane).filter(isHeadlineFigure)
    return KeyFigureRanking.rank(rows.map(\.metric.quantity), limit: limit).map { rows[$0] }
  }

  /// The digits of a bare number or a year as written in figures, ungrouped (2022, 12345).
  private func plainNumber(_ quantity: QuantityMention) -> String {
    let values = [quantity.value ?? quantity.low, quantity.value == nil ? quantity.high : nil].compactMap {
      $0
    }
    guard !values.isEmpty, values.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) else {
      return quantity.surface
    }
    let number = values.map { String(Int64($0)) }.joined(separator: "–")
    return quantity.unit.map { number + " " + $0 } ?? number
  }

}

extension QuantityMention {
  /// A year written as a figure (2022年, 2022—2023年): a point in time, not an amount of years.
  var isYear: Bool {
    guard unit == "年" else { return false }
    let values = [value, low, high].compactMap { $0 }
    return !values.isEmpty && values.allSatisfy { $0 >= 1900 && $0 <= 2100 && $0 == $0.rounded() }
  }
}
