/// Finds initiatives named without quotation marks: a launch verb opens the name and a head closes
/// it (实施|科技兴蒙行动, 打造|北疆文化品牌, 深入推进|草原保护修复攻坚战). The rule, in order:
/// 1. after a launch verb (开展, 实施, 推进, 打造, 启动, 创建 …) and its complement 好, a year
///    (2024年度) and a qualifier (新一轮, 一批) are skipped: they open the clause, not the name;
/// 2. the body runs over Han characters only, never over a character that is never in a name (的, 了,
///    个 …) nor into another launch verb, so 创建相关的4个百亿元工程 and 实施了五期工程 name nothing;
/// 3. the name ends at the first head (工程, 行动, 品牌, 攻坚战 …) that ends a word: punctuation or a
///    follower (的, 和, 取得 …) comes next, so 行动方案 and 工程建设 are not heads there;
/// 4. a body made only of generic words (栽植, 志愿服务, 工作) names no initiative (开展志愿服务活动);
/// 5. in a list (A行动、B行动), each member after 、 is read the same way, without a verb.
/// A cue word alone (开展活动, 工作计划, 行动起来) has no body or no verb and names nothing.
struct CueHeadedInitiativeFinder {
  let lexicon: EntityLexicon

  func initiatives(in paragraph: ScalarParagraph) -> [TextSpan] {
    var found: [TextSpan] = []
    var offset = 0
    while offset < paragraph.count {
      guard let verb = lexicon.launchVerbs.longestMatch(in: paragraph.scalars, at: offset) else {
        offset += 1
        continue
      }
      var next = offset + verb.length
      var start = nameStart(after: next, in: paragraph)
      while let span = name(from: start, in: paragraph) {
        found.append(span)
        next = span.end
        guard span.end < paragraph.count, paragraph.scalars[span.end] == "、" else { break }
        start = span.end + 1
      }
      offset = next
    }
    return found
  }

  /// Where the name after a launch verb starts, past its complement, a year and a qualifier.
  private func nameStart(after verbEnd: Int, in paragraph: ScalarParagraph) -> Int {
    let scalars = paragraph.scalars
    var position = verbEnd
    if position < scalars.count, lexicon.launchVerbComplements.contains(scalars[position]) {
      position += 1
    }
    var digits = position
    while digits < scalars.count, EntityScalarClass.isDigit(scalars[digits]) { digits += 1 }
    if digits > position {
      if paragraph.has("年度", at: digits) {
        position = digits + 2
      } else if paragraph.has("年", at: digits) {
        position = digits + 1
      }
    }
    if let qualifier = lexicon.initiativeLeadingQualifiers.longestMatch(in: scalars, at: position) {
      position += qualifier.length
    }
    return position
  }

  /// The name from `start` to the first head that ends a word, when the body is a name's. Heads are
  /// looked up before the body's characters are judged, since one (之 of 之家) is never in a body.
  private func name(from start: Int, in paragraph: ScalarParagraph) -> TextSpan? {
    let scalars = paragraph.scalars
    let limit = min(scalars.count, start + lexicon.initiativeLength.upperBound)
    var position = start
    while position < limit {
      if position - start >= lexicon.unquotedMinBody,
        let head = lexicon.unquotedHeads.longestMatch(in: scalars, at: position),
        position + head.length <= limit, endsWord(at: position + head.length, in: paragraph)
      {
        let body = Array(scalars[start..<position])
        if EntityLexicon.isComposed(of: lexicon.genericInitiativeBodies, body) { return nil }
        return TextSpan(paragraph: paragraph.index, start: start, end: position + head.length)
      }
      let scalar = scalars[position]
      guard EntityScalarClass.isHan(scalar), !lexicon.nonNameScalars.contains(scalar) else { return nil }
      if position > start, lexicon.launchVerbs.longestMatch(in: scalars, at: position) != nil {
        return nil
      }
      position += 1
    }
    return nil
  }

  /// Whether a word ends before `offset`: the text ends, a non-Han character or a follower comes next.
  private func endsWord(at offset: Int, in paragraph: ScalarParagraph) -> Bool {
    guard offset < paragraph.count, EntityScalarClass.isHan(paragraph.scalars[offset]) else {
      return true
    }
    return lexicon.initiativeFollowers.longestMatch(in: paragraph.scalars, at: offset) != nil
  }
}
