import BeijiangModel

/// A target with what is already done towards it, for the same subject and unit (供热覆盖: 2000万
/// of 9100万平方米), drawn as a bar of text so a slide shows it in any terminal or projector font.
struct TargetGauge: Equatable {
  var subject: String
  var current: String
  var target: String
  var fraction: Double

  static let cells = 20

  /// Every target of the project that has an achieved or current figure for its subject and unit, in
  /// text order.
  static func gauges(project: String, in documents: [Document], language: FigureLanguage) -> [TargetGauge] {
    var gauges: [TargetGauge] = []
    for document in documents {
      let metrics = document.analysis.metrics.filter { $0.project == project }
      for target in metrics where target.quantity.role.isForwardLooking {
        guard let subject = target.quantity.subject, let goal = target.quantity.magnitude, goal > 0,
          let done = metrics.first(where: {
            !$0.quantity.role.isForwardLooking && $0.quantity.subject == subject
              && $0.quantity.unit == target.quantity.unit
              && $0.quantity.magnitude != nil
          }), let value = done.quantity.magnitude
        else { continue }
        gauges.append(
          TargetGauge(
            subject: subject, current: done.quantity.spoken(language),
            target: target.quantity.spoken(language),
            fraction: min(1, max(0, value / goal))))
      }
    }
    return gauges
  }

  /// `供热覆盖 ████░░░░░░░░░░░░░░░░  22%  2000万平方米 / 9100万平方米`
  var line: String {
    let filled = Int((fraction * Double(Self.cells)).rounded())
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.cells - filled)
    let percent = String(Int((fraction * 100).rounded(.down)))
    return
      "\(subject)  \(bar) \(String(repeating: " ", count: max(0, 3 - percent.count)))\(percent)%  \(current) / \(target)"
  }
}
