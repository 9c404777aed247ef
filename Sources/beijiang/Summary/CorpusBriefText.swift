import BeijiangModel
import BeijiangUI

/// The part of a text brief that speaks across articles: a header with the number of articles and
/// their dates, then per project its strongest figures with their article and date, and the series
/// whose value changed (first and last report, and how many articles report it).
struct CorpusBriefText {
  var width: Int

  func lines(_ corpus: CorpusBrief, language: FigureLanguage) -> [String] {
    let zh = language == .zh
    let range = [corpus.firstDate, corpus.lastDate].compactMap { $0 }
    let dates = range.isEmpty ? "" : " · " + (range[0] == range[1] ? range[0] : range[0] + " – " + range[1])
    var lines = [zh ? "\(corpus.articles) 篇\(dates)" : "\(corpus.articles) articles\(dates)"]
    for project in corpus.projects {
      lines.append("【\(project.name)】")
      for item in project.figures {
        let figure = item.figure
        let source = [shortTitle(item.title), item.referenceDate].compactMap { $0 }.joined(separator: " ")
        lines.append(fit("  \(figure.spoken)  \(figure.about)  — \(source)"))
      }
      for series in project.changedSeries {
        guard let first = series.points.first, let last = series.points.last else { continue }
        let count = zh ? "\(series.points.count) 篇" : "\(series.points.count) articles"
        let from = [first.surface, first.referenceDate].compactMap { $0 }.joined(separator: " ")
        let to = [last.surface, last.referenceDate].compactMap { $0 }.joined(separator: " ")
        lines.append(fit("  \(zh ? "变化" : "changed") \(series.label): \(from) → \(to) (\(count))"))
      }
    }
    return lines
  }

  /// A title short enough to name its article on a line.
  func shortTitle(_ title: String) -> String { DisplayWidth.truncate(title, to: 16) }

  private func fit(_ line: String) -> String {
    DisplayWidth.truncate(TextSanitizer.sanitize(line), to: width)
  }
}
