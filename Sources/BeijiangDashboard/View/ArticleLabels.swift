import BeijiangModel
import BeijiangUI

/// How the dashboard names articles when several are in scope: the header counts them and gives
/// their date range instead of stringing their titles together, each table row names its article
/// (a short title and its date), and the detail view gives title, date and file.
extension DashboardState {
  /// Display columns of an article's short title in a table row.
  static let shortTitleWidth = 8

  /// Whether rows come from several articles, so each must say which.
  var showsArticleColumn: Bool { content.documentsInScope > 1 }

  /// The header's left side in two parts: a title that may be cut to fit (the article's title,
  /// or "N 篇 · first – last" with several in scope), and what follows it (the reference date, an
  /// unknown reference, the article count, loading), which is kept whole.
  var headerParts: (title: String, detail: String) {
    var detail: [String] = []
    let several = content.documentsInScope > 1
    let dates = content.referenceDates
    if !several, !dates.isEmpty {
      detail.append("\(text("header.reference")) \(dates.joined(separator: ", "))")
    }
    if content.unknownReferences > 0 { detail.append(text("header.referenceUnknown")) }
    if !several, documents.count > 1 { detail.append("[\(documents.count) \(text("header.documents"))]") }
    if let loadingText { detail.append(loadingText) }
    return (several ? articlesTitle : content.title, detail.map { "  " + $0 }.joined())
  }

  /// "N 篇 · first – last": how many articles are in scope and the span of their dates.
  private var articlesTitle: String {
    let dates = content.referenceDates.sorted()
    var title = strings.format("header.articles", language, ["count": "\(content.documentsInScope)"])
    if let first = dates.first, let last = dates.last {
      title += " · " + (first == last ? first : "\(first) – \(last)")
    }
    return title
  }

  /// A table cell naming article `index`: its title cut short and its reference date.
  func articleCell(_ index: Int) -> String {
    guard index < documents.count else { return "" }
    let document = documents[index]
    let title = DisplayWidth.truncate(document.title, to: Self.shortTitleWidth, policy: settings.policy)
    return [title, document.referenceDate].compactMap { $0 }.joined(separator: " ")
  }

  /// The column naming each row's article, when rows come from several.
  var articleColumn: [TableColumn] {
    showsArticleColumn
      ? [TableColumn(text("col.article"), width: .content(max: Self.shortTitleWidth + 11))] : []
  }

  /// `cells` with the article's cell after them, when rows come from several articles.
  func withArticle(_ cells: [String], _ document: Int) -> [String] {
    showsArticleColumn ? cells + [articleCell(document)] : cells
  }

  /// Lines for the detail view of a row of article `index`, when several articles are open.
  func articleLines(_ index: Int) -> [String] {
    guard documents.count > 1, index < documents.count else { return [] }
    let document = documents[index]
    return [
      "\(text("detail.article")): \(document.title)",
      "\(text("col.date")): \(document.referenceDate ?? text("header.referenceUnknown")) · \(document.source.name)",
    ]
  }
}
