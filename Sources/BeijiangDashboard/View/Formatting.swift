import BeijiangModel
import BeijiangUI

/// Text the views show for model values, in the interface language.
extension DashboardState {
  var figureLanguage: FigureLanguage { language == .zh ? .zh : .en }

  func projectName(_ digest: ProjectDigest) -> String {
    language == .zh ? digest.project.name.zh : digest.project.name.en
  }

  func shortName(_ digest: ProjectDigest) -> String {
    language == .zh ? digest.project.short.zh : digest.project.short.en
  }

  func headline(_ digest: ProjectDigest) -> String {
    language == .zh ? digest.headline.zh : digest.headline.en
  }

  /// The figure as a person says it: 4亿元左右 / about 400 million yuan.
  func spoken(_ item: MetricItem) -> String { item.metric.quantity.spoken(figureLanguage) }

  /// What a figure counts or is about: 供热覆盖, 北疆工匠.
  func about(_ item: MetricItem) -> String {
    let quantity = item.metric.quantity
    return [quantity.subject, quantity.counted].compactMap { $0 }.joined(separator: " · ")
  }

  func roleText(_ item: MetricItem) -> String { text("role.\(item.metric.quantity.role.rawValue)") }

  func qualifierText(_ item: MetricItem) -> String {
    item.metric.quantity.qualifier.map { text("qualifier.\($0.rawValue)") } ?? ""
  }

  /// 4月9日至10日 as 2024-04-09–04-10; a whole year as 2024; an open range with a dash on its open
  /// side (2018–); a date of unknown year as far as the text fixes it (--07-28), or as written.
  func dateText(_ item: EventItem) -> String {
    let date = item.event.date
    switch (date.startDate, date.endDate) {
    case (let start?, let end?): return span(start.iso, end.iso, date.precision)
    case (let start?, nil): return span(start.iso, start.iso, date.precision) + "–"
    case (nil, let end?): return "–" + span(end.iso, end.iso, date.precision)
    case (nil, nil): return date.partialStart ?? date.surface
    }
  }

  private func span(_ start: String, _ end: String, _ precision: DatePrecision) -> String {
    switch precision {
    case .year, .decade:
      return start.prefix(4) == end.prefix(4)
        ? String(start.prefix(4)) : "\(start.prefix(4))–\(end.prefix(4))"
    case .month where start.prefix(7) == end.prefix(7): return String(start.prefix(7))
    default:
      return start == end ? start : "\(start)–\(end.dropFirst(start.prefix(5) == end.prefix(5) ? 5 : 0))"
    }
  }
}
