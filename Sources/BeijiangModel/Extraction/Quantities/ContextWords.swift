/// Words used to find what a figure measures, from `Data/context-words.json`.
struct ContextWords: Decodable, Sendable {
  /// Verbs whose grammatical subject is what is measured (供热面积覆盖…3235万平方米).
  let measureVerbs: [String]
  /// Verbs whose object is what is measured (完成造林300万亩); alone they name it (投入1583万元).
  let actionVerbs: [String]
  /// Words that end a subject or a counted noun.
  let stopWords: [String]
  let leadingWordsToDrop: [String]
  let trailingWordsToDrop: [String]
  /// Nouns after 的 that name a figure's role, not what it measures (…1500万亩以上的任务目标).
  let notSubjects: [String]
  /// An object shorter than this after an action verb is a complement (完成好), so the verb names it.
  let minObjectLength: Int
  let maxSubjectLength: Int
  let maxCountedLength: Int
}
