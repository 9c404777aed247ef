/// Every table the model builds from the bundled data files. Each is made on first use; `load`
/// makes them all at once, so `beijiang-bench --startup` can time what start-up costs before the
/// first article.
public enum BundledLexicons {
  public static func load() {
    _ = MetricsReaders.shared
    _ = EntityLexicon.shared
    _ = ProjectCatalog.bundled
    _ = DatelineLexicon.shared
    _ = ArticleTitle.Lexicon.shared
    _ = FigureLexicon.shared
  }
}
