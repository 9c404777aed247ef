import BeijiangModel
import BeijiangUI

/// A full-screen slide: the title slide (the article, its date, the projects) or a project slide
/// (headline, two or three key figures in block digits, a gauge towards a target, the dates).
enum SlideView {
  static func draw(_ state: DashboardState, slide: Int, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let title = slide == 0 ? state.content.title : state.projectName(state.content.digests[slide])
    let inner = Box.draw(title: title, area: area, buffer: &buffer, theme: theme, focused: true)
    let counter = " \(slide + 1)/\(state.slideCount) "
    buffer.put(
      counter, x: area.right - 2 - buffer.measure(counter), y: area.y, style: theme.muted, within: area)
    if let status = state.status {
      // Slides have no header: a status (a marks problem at start) sits in the bottom border.
      let text = DisplayWidth.truncate(
        " \(status) ", to: max(0, area.width - 4), ellipsis: theme.glyphs.ellipsis, policy: buffer.policy)
      buffer.put(text, x: area.x + 2, y: area.bottom - 1, style: theme.warning, within: area)
    }
    let content = inner.inset(top: 1, left: 2, right: 2)
    if slide == 0 {
      drawTitleSlide(state, area: content, buffer: &buffer)
    } else {
      drawProjectSlide(
        state, digest: state.content.digests[slide], pane: slide, area: content, buffer: &buffer)
    }
  }

  /// The article's title and reference date, then one line per project: its number (the key that
  /// jumps to its slide), name and headline.
  static func drawTitleSlide(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let projects = Array(state.content.digests.dropFirst())
    var lines: [(String, Style)] = [(state.content.title, theme.title)]
    let dates = state.content.referenceDates
    if !dates.isEmpty {
      lines.append(("\(state.text("slide.reference")) \(dates.joined(separator: ", "))", theme.muted))
    }
    if state.content.unknownReferences > 0 {
      lines.append((state.text("slide.referenceUnknown"), theme.muted))
    }
    lines.append(("", theme.base))
    lines.append(
      (state.strings.format("slide.projects", state.language, ["count": "\(projects.count)"]), theme.header))
    lines.append(("", theme.base))
    let nameWidth = projects.map { buffer.measure(state.projectName($0)) }.max() ?? 0
    for (index, digest) in projects.enumerated() {
      let name = DisplayWidth.pad(state.projectName(digest), to: nameWidth, policy: buffer.policy)
      lines.append(("\(index + 2)  \(name)  \(state.headline(digest))", theme.base))
    }
    // Centred vertically on tall screens; from the top when the lines barely fit.
    let top = area.y + max(0, (area.height - lines.count) / 3)
    for (row, line) in lines.enumerated() where top + row < area.bottom {
      let width = buffer.measure(line.0)
      let x =
        row < 2
        ? area.x + max(0, (area.width - width) / 2)
        : area.x + max(0, (area.width - blockWidth(lines, buffer)) / 2)
      buffer.put(line.0, x: x, y: top + row, style: line.1, within: area)
    }
  }

  /// The width of the project lines, so they stand as one block in the middle.
  private static func blockWidth(_ lines: [(String, Style)], _ buffer: Buffer) -> Int {
    lines.dropFirst(2).map { buffer.measure($0.0) }.max() ?? 0
  }

  static func drawProjectSlide(
    _ state: DashboardState, digest: ProjectDigest, pane: Int, area: Rect, buffer: inout Buffer
  ) {
    let theme = state.theme
    let figures = state.keyFigures(pane, limit: area.width >= 60 ? 3 : 2)
    let size: BigDigits.Size = area.width >= 100 && area.height >= 30 ? .five : .three
    let gauge = self.gauge(state, digest: digest)
    // On tall screens the slide's content stands a third of the spare rows down, not at the top.
    let needed =
      2 + (figures.isEmpty ? 2 : size.rawValue + 3) + (gauge == nil ? 0 : 3) + 1 + digest.events.count
    var y = area.y + max(0, (area.height - needed) / 3)
    buffer.put(state.headline(digest), x: area.x, y: y, style: theme.title, within: area)
    y += 2
    if figures.isEmpty {
      buffer.put(state.text("slide.none"), x: area.x, y: y, style: theme.muted, within: area)
      y += 2
    } else {
      let columns = Layout.split(
        Rect(x: area.x, y: y, width: area.width, height: size.rawValue + 2), .horizontal,
        Array(repeating: .fill, count: figures.count), spacing: 2)
      for (figure, column) in zip(figures, columns) {
        drawFigure(state, figure, size: size, area: column, buffer: &buffer)
      }
      y += size.rawValue + 3
    }
    if let gauge, y + 2 < area.bottom {
      buffer.put(state.text("slide.gauge"), x: area.x, y: y, style: theme.header, within: area)
      Gauge.draw(
        gauge, area: Rect(x: area.x, y: y + 1, width: area.width, height: 1), buffer: &buffer, theme: theme)
      y += 3
    }
    drawDates(
      state, digest.events, area: Rect(x: area.x, y: y, width: area.width, height: max(0, area.bottom - y)),
      buffer: &buffer)
  }

  /// The value in block digits with the unit beside its baseline (or, when there is no room,
  /// first on the line below); below, what it counts, then its role and the figure as said (the
  /// qualifier the digits cannot show: 以上, 左右). A value too wide for its column drops its
  /// thousands separators, then tries the smaller size, then falls back to plain text.
  static func drawFigure(
    _ state: DashboardState, _ figure: MetricItem, size: BigDigits.Size, area: Rect, buffer: inout Buffer
  ) {
    let theme = state.theme
    // The figure as the panes write it: its leading digits (and %) big, the rest as text.
    let (value, unit) = state.figureParts(figure)
    let layout = digitsLayout(value, unit: unit, size: size, width: area.width, theme: theme, buffer: buffer)
    var unitBelow = unit
    if let layout {
      // Smaller digits sit on the baseline larger ones would have.
      let top = area.y + size.rawValue - layout.size.rawValue
      let digitsArea = Rect(x: area.x, y: top, width: area.width, height: layout.size.rawValue)
      let width = BigDigits.draw(
        layout.text, size: layout.size, area: digitsArea, buffer: &buffer, theme: theme)
      if layout.unitBeside {
        buffer.put(
          unit, x: area.x + width + 1, y: area.y + size.rawValue - 1, style: theme.emphasis, within: area)
        unitBelow = ""
      }
    } else {
      buffer.put(
        state.spoken(figure), x: area.x, y: area.y + size.rawValue - 1, style: theme.emphasis, within: area)
      unitBelow = ""
    }
    let about = state.about(figure)
    let counts = [unitBelow, about.isEmpty ? figure.metric.quantity.surface : about].filter { !$0.isEmpty }
      .joined(separator: " ")
    let mark = state.isMarked(figure) ? state.markGlyph : ""
    let said = [state.roleText(figure), state.spoken(figure)].filter { !$0.isEmpty }.joined(separator: " · ")
    for (offset, line) in [(mark + counts, theme.header), (said, theme.muted)].enumerated() {
      let fitted = DisplayWidth.truncate(
        line.0, to: area.width, ellipsis: theme.glyphs.ellipsis, policy: buffer.policy)
      buffer.put(fitted, x: area.x, y: area.y + size.rawValue + offset, style: line.1, within: area)
    }
  }

  /// The widest form of the digits that fits `width`: grouped, then ungrouped, at `size` then at
  /// three rows; with the unit beside when it fits too. Nil when none fits.
  static func digitsLayout(
    _ value: String, unit: String, size: BigDigits.Size, width: Int, theme: Theme, buffer: Buffer
  ) -> (text: String, size: BigDigits.Size, unitBeside: Bool)? {
    guard !value.isEmpty else { return nil }
    let ascii = theme.glyphs == .ascii
    let sizes: [BigDigits.Size] = size == .five ? [.five, .three] : [.three]
    let texts = value.contains(",") ? [value, value.replacingOccurrences(of: ",", with: "")] : [value]
    let unitWidth = unit.isEmpty ? 0 : buffer.measure(unit) + 1
    var fallback: (text: String, size: BigDigits.Size, unitBeside: Bool)?
    for candidate in sizes {
      for text in texts {
        let digitsWidth =
          BigDigits.render(text, size: candidate, ascii: ascii).first.map { buffer.measure($0) } ?? 0
        if digitsWidth + unitWidth <= width { return (text, candidate, true) }
        if fallback == nil && digitsWidth <= width { fallback = (text, candidate, false) }
      }
    }
    return fallback
  }

  /// The first target that has a value reached (achieved or current) for the same subject and
  /// unit (供热覆盖 2000万 of 9100万平方米).
  static func gauge(_ state: DashboardState, digest: ProjectDigest) -> GaugeData? {
    let metrics = digest.metrics
    for target in metrics where target.metric.quantity.role.isForwardLooking {
      let quantity = target.metric.quantity
      guard let subject = quantity.subject, let targetValue = quantity.magnitude, targetValue > 0 else {
        continue
      }
      let current = metrics.first {
        !$0.metric.quantity.role.isForwardLooking && $0.metric.quantity.subject == subject
          && $0.metric.quantity.unit == quantity.unit && $0.metric.quantity.magnitude != nil
      }
      guard let current, let currentValue = current.metric.quantity.magnitude else { continue }
      return GaugeData(
        label: subject, current: currentValue, target: targetValue,
        formattedValues: "\(state.spoken(current)) / \(state.spoken(target))")
    }
    return nil
  }

  /// The project's dates in order, one line each; what does not fit is counted on the last line.
  static func drawDates(
    _ state: DashboardState, _ events: DigestRows<EventItem>, area: Rect, buffer: inout Buffer
  ) {
    let theme = state.theme
    guard area.height >= 2, !events.isEmpty else { return }
    buffer.put(state.text("slide.dates"), x: area.x, y: area.y, style: theme.header, within: area)
    let room = area.height - 1
    let shown = events.count <= room ? events.count : max(0, room - 1)
    let dateWidth = events.prefix(shown).map { buffer.measure(state.dateText($0)) }.max() ?? 0
    for (index, event) in events.prefix(shown).enumerated() {
      let y = area.y + 1 + index
      let date = DisplayWidth.pad(state.dateText(event), to: dateWidth, policy: buffer.policy)
      let end = buffer.put(date, x: area.x, y: y, style: theme.emphasis, within: area)
      let sentence = DisplayWidth.truncate(
        event.event.sentence, to: max(0, area.right - end - 2), ellipsis: theme.glyphs.ellipsis,
        policy: buffer.policy)
      buffer.put(sentence, x: end + 2, y: y, style: theme.base, within: area)
    }
    if shown < events.count {
      let more = state.strings.format("slide.more", state.language, ["count": "\(events.count - shown)"])
      buffer.put(more, x: area.x, y: area.y + 1 + shown, style: theme.muted, within: area)
    }
  }
}
