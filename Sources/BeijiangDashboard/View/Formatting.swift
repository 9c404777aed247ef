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

  /// What a detail view is about, first: `10项 · 措施 · 稀土 · ¶14` (value, label, role, project,
  /// the article when there are several, paragraph), in `columns`. When it is too wide the project
  /// goes first (the panel's own line names it), then the longest part is cut with an ellipsis
  /// (an event's words), so the value, role and paragraph stay.
  func detailTitle(
    _ target: DetailTarget, paragraph: Paragraph, document: Int, columns: Int, policy: WidthPolicy
  ) -> String {
    var parts = detailTitleParts(target, paragraph: paragraph, document: document)
    func width() -> Int { DisplayWidth.of(parts.joined(separator: " · "), policy: policy) }
    if width() > columns, let project = projectPart(paragraph), let index = parts.firstIndex(of: project) {
      parts.remove(at: index)
    }
    if width() > columns,
      let longest = parts.indices.dropLast().max(by: { parts[$0].count < parts[$1].count })
    {
      let others = width() - DisplayWidth.of(parts[longest], policy: policy)
      parts[longest] = DisplayWidth.truncate(parts[longest], to: max(4, columns - others), policy: policy)
    }
    return parts.joined(separator: " · ")
  }

  /// The project's short name in a detail title; nil on the overview's own paragraphs.
  private func projectPart(_ paragraph: Paragraph) -> String? {
    guard let digest = content.digest(paragraph.project), digest.key != content.digests.first?.key else {
      return nil
    }
    return shortName(digest)
  }

  private func detailTitleParts(_ target: DetailTarget, paragraph: Paragraph, document: Int) -> [String] {
    var parts: [String]
    if target.list == .metrics, target.row < metricRows(target.pane).count {
      let item = metricRows(target.pane)[target.row]
      parts = [spoken(item), about(item), roleText(item)]
    } else {
      parts = [plainRowLabel(target.list, pane: target.pane, row: target.row)]
      if target.list == .timeline, target.row < eventRows(target.pane).count {
        parts.append(dateRoleText(eventRows(target.pane)[target.row]))
      }
    }
    if let project = projectPart(paragraph) { parts.append(project) }
    if documents.count > 1 { parts.append(documents[document].title) }
    let number = paragraph.id.hasPrefix("p") ? String(paragraph.id.dropFirst()) : paragraph.id
    parts.append("¶" + number)
    return parts.filter { !$0.isEmpty }
  }

  /// A date the text sets as a plan or deadline (到2027年, 计划8月底前) says so; others say nothing.
  func dateRoleText(_ item: EventItem) -> String {
    item.event.date.role == .target ? text("role.plan") : ""
  }

  /// A dimension's name in the interface language (金额, money), never the model's code.
  func dimensionName(_ dimension: String) -> String {
    strings.entries["dimension.\(dimension)"] != nil
      ? text("dimension.\(dimension)") : text("dimension.other")
  }

  /// An entity's detail line; a place's kind in the interface language (盟市, not league-city).
  func entityDetail(_ item: EntityItem) -> String {
    item.kind == .place && strings.entries["place.\(item.detail)"] != nil
      ? text("place.\(item.detail)") : item.detail
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
