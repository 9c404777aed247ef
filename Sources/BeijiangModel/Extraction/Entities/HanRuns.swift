/// Where the run of Han characters around each offset of a paragraph starts and ends, worked out once
/// per paragraph.
///
/// The name finders ask this at every offset; walking the run each time made a long stretch of Han
/// text without punctuation cost the square of its length.
struct HanRuns {
  /// For each offset, the first offset at or after it that is not Han (the paragraph's length at most).
  private let ends: [Int]
  /// For each offset, the start of the Han run that ends right before it (the offset itself when the
  /// scalar before it is not Han).
  private let starts: [Int]

  init(_ scalars: [Unicode.Scalar]) {
    var ends = Array(repeating: scalars.count, count: scalars.count + 1)
    for offset in scalars.indices.reversed() {
      ends[offset] = EntityScalarClass.isHan(scalars[offset]) ? ends[offset + 1] : offset
    }
    var starts = Array(0...scalars.count)
    for offset in scalars.indices where EntityScalarClass.isHan(scalars[offset]) {
      starts[offset + 1] = starts[offset]
    }
    self.ends = ends
    self.starts = starts
  }

  /// The end of the Han run starting at `offset`: `offset` itself when the scalar there is not Han.
  func end(from offset: Int) -> Int { ends[offset] }

  /// The start of the Han run that ends right before `offset`.
  func start(endingAt offset: Int) -> Int { starts[offset] }
}
