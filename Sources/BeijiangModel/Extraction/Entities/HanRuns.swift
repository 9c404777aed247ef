/// Where the run of Han characters around an offset of a paragraph starts and ends, looked at only as
/// far as the caller can use: a name is at most a few characters long, so a run longer than that
/// rejects it whatever its true length.
///
/// Walking at most `reach` scalars keeps a long stretch of Han text without punctuation linear (the
/// unbounded walk cost the square of its length). It replaced two tables of run ends and starts built
/// for every paragraph, although only the few offsets after a cue ask (docs/performance.md, "Session 10: one text type").
struct HanRuns {
  let scalars: [Unicode.Scalar]

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// The end of the Han run starting at `offset` (`offset` itself when the scalar there is not Han),
  /// or `offset + reach` when the run is longer; never past the end of the paragraph.
  func end(from offset: Int, reach: Int) -> Int {
    let limit = min(offset + reach, scalars.count)
    var end = offset
    while end < limit, EntityScalarClass.isHan(scalars[end]) { end += 1 }
    return end
  }

  /// The start of the Han run that ends right before `offset`, or `offset - reach` when the run is
  /// longer; never before the start of the paragraph.
  func start(endingAt offset: Int, reach: Int) -> Int {
    let limit = max(offset - reach, 0)
    var start = offset
    while start > limit, EntityScalarClass.isHan(scalars[start - 1]) { start -= 1 }
    return start
  }
}
