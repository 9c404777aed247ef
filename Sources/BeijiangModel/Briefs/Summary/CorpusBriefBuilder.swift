extension BriefBuilder {
  /// The brief across `documents` (nil for fewer than two): per project the key figures of all the
  /// articles ranked together (`KeyFigureRanking`, one per subject), and the series that changed.
  public func corpus(_ documents: [Document], options: BriefOptions) -> CorpusBrief? {
    guard documents.count > 1 else { return nil }
    let dates = documents.compactMap(\.referenceDate).sorted()
    let series = SeriesFinder.series(in: documents).filter(\.changed)
    var metrics: [String: [(document: Int, metric: Metric)]] = [:]
    for (index, document) in documents.enumerated() {
      for metric in document.analysis.metrics { metrics[metric.project, default: []].append((index, metric)) }
    }
    let projects = (options.projects ?? catalog.keys).compactMap { key -> CorpusProjectBrief? in
      guard let project = catalog.project(key) else { return nil }
      let candidates = metrics[key] ?? []
      let ranked = KeyFigureRanking.rank(candidates.map(\.metric.quantity), limit: max(0, options.top))
      let figures = ranked.map { at in
        let (index, metric) = candidates[at]
        return CorpusFigure(
          figure: figure(metric, language: options.language), source: documents[index].source.name,
          title: documents[index].title, referenceDate: documents[index].referenceDate)
      }
      let changed = series.filter { $0.project == key }
      guard !figures.isEmpty || !changed.isEmpty || options.projects != nil else { return nil }
      return CorpusProjectBrief(
        key: key, name: options.language == .zh ? project.name.zh : project.name.en, figures: figures,
        changedSeries: changed)
    }
    return CorpusBrief(
      articles: documents.count, firstDate: dates.first, lastDate: dates.last, projects: projects)
  }
}
