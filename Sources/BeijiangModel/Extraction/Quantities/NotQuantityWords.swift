/// Words whose numerals are not figures (四子王旗, 一体化, 千方百计), from `Data/not-quantities.json`.
struct NotQuantityWords: Decodable, Sendable {
  let words: [String]
  let placeSuffixes: [String]
  let maxNameLengthBeforeSuffix: Int
}
