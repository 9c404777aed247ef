import BeijiangModel

/// The few words a brief prints around the model's content, in the brief's language.
struct BriefLabels {
  var dates: String
  var people: String
  var places: String
  var quotes: String
  var figures: String
  var target: String
  var plan: String
  var achieved: String
  var current: String
  var figure: String
  var about: String
  var role: String
  var nothingMarked: String
  var listSeparator: String
  /// Between the people and the places of a text line.
  var groupSeparator: String
  /// Between events in a text line.
  var eventSeparator: String
  /// Around a person's titles and a figure's role.
  var openParen: String
  /// Between a label and what it introduces.
  var colon: String
  var closeParen: String
  /// In a document's header when nothing in it fixes a year.
  var unknownReference: String

  init(_ language: FigureLanguage) {
    switch language {
    case .zh:
      dates = "日程"
      people = "人物"
      places = "地点"
      quotes = "引语"
      figures = "关键数字"
      target = "目标"
      plan = "计划"
      achieved = "已完成"
      current = "现有"
      figure = "数字"
      about = "所指"
      role = "性质"
      nothingMarked = "没有标记的数字、日期或引语：在仪表盘中按 m 标记。"
      listSeparator = "、"
      eventSeparator = "；"
      groupSeparator = "　"
      openParen = "（"
      colon = "："
      closeParen = "）"
      unknownReference = "基准日期未知（以 --reference-date YYYY-MM-DD 指定）"
    case .en:
      dates = "Dates"
      people = "People"
      places = "Places"
      quotes = "Quotes"
      figures = "Key figures"
      target = "target"
      plan = "planned"
      achieved = "achieved"
      current = "current"
      figure = "Figure"
      about = "What it counts"
      role = "Role"
      nothingMarked = "Nothing is marked: mark figures, dates and quotes with m in the dashboard."
      listSeparator = ", "
      eventSeparator = "; "
      groupSeparator = "; "
      openParen = " ("
      colon = ": "
      closeParen = ")"
      unknownReference = "reference date unknown (set it with --reference-date YYYY-MM-DD)"
    }
  }

  /// A person with their first title: 张慧宇（自治区总工会党组书记）.
  func person(_ person: BriefPerson, allTitles: Bool) -> String {
    let titles = allTitles ? person.titles : Array(person.titles.prefix(1))
    guard !titles.isEmpty else { return person.name }
    return person.name + openParen + titles.joined(separator: listSeparator) + closeParen
  }

  /// After a cut list of places: 等15处 / and 10 more.
  func morePlaces(_ total: Int, shown: Int) -> String {
    listSeparator == "、" ? "等\(total)处" : " and \(total - shown) more"
  }

  /// （目标） or （计划） after a forward-looking figure, nothing after a reported one.
  func forwardMark(_ figure: BriefFigure) -> String {
    switch figure.role {
    case QuantityMention.Role.target.rawValue: openParen + target + closeParen
    case QuantityMention.Role.plan.rawValue: openParen + plan + closeParen
    default: ""
    }
  }

  func role(_ figure: BriefFigure) -> String {
    switch figure.role {
    case QuantityMention.Role.target.rawValue: target
    case QuantityMention.Role.plan.rawValue: plan
    case QuantityMention.Role.current.rawValue: current
    default: achieved
    }
  }
}
