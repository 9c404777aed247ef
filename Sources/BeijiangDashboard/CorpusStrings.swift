import BeijiangUI

/// The words of the Documents pane, the series and the article column, in both languages.
extension StringTable {
  static let corpus = StringTable([
    "header.loading": LocalizedText(zh: "载入 {read}/{total}", en: "loading {read}/{total}"),
    "status.loaded": LocalizedText(zh: "已载入 {count} 篇", en: "loaded {count} articles"),
    "status.loadedSkipped": LocalizedText(
      zh: "已载入 {count} 篇，跳过 {skipped} 个文件", en: "loaded {count} articles, skipped {skipped} files"),
    "header.articles": LocalizedText(zh: "{count} 篇", en: "{count} articles"),
    "col.article": LocalizedText(zh: "文章", en: "Article"),
    "detail.article": LocalizedText(zh: "文章", en: "Article"),
    "documents.title": LocalizedText(zh: "文档", en: "Documents"),
    "documents.all": LocalizedText(zh: "全部文档", en: "All documents"),
    "documents.sort": LocalizedText(zh: "排序", en: "sort"),
    "documents.sort.input": LocalizedText(zh: "原序", en: "input"),
    "documents.sort.date": LocalizedText(zh: "日期", en: "date"),
    "documents.sort.title": LocalizedText(zh: "标题", en: "title"),
    "documents.sort.size": LocalizedText(zh: "长度", en: "size"),
    "documents.filter": LocalizedText(zh: "筛选：", en: "Filter:"),
    "documents.col.title": LocalizedText(zh: "标题", en: "Title"),
    "documents.col.file": LocalizedText(zh: "文件", en: "File"),
    "documents.col.length": LocalizedText(zh: "字数", en: "Chars"),
    "documents.col.mix": LocalizedText(zh: "工程", en: "Projects"),
    "documents.col.figures": LocalizedText(zh: "数字", en: "Figs"),
    "series.title": LocalizedText(zh: "跨文章序列", en: "Series across articles"),
    "series.none": LocalizedText(
      zh: "没有序列：同一指标至少要在两篇文章中出现", en: "no series: an indicator must appear in at least two articles"),
    "series.byDate": LocalizedText(zh: "按文章日期", en: "by article date"),
    "series.articles": LocalizedText(zh: "{count} 篇", en: "{count} articles"),
  ])
}
