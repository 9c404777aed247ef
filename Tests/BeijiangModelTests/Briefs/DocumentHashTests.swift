import Testing

@testable import BeijiangModel

@Suite struct DocumentHashTests {
  // Expected digests from coreutils sha256sum, an independent implementation; the lengths 55, 56
  // and 64 sit on both sides of the padding boundary, 1000 spans many blocks.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("中文政策新闻", "10c7f0949a75b916992959234d6db2dd3db7b99ad353a4cd29b42be44a32b454"),
    (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    (String(repeating: "b", count: 64), "a0fab1377f49a759b57f63318262ebe89fabfc990e8e93ceac2984561482b9d4"),
    (String(repeating: "c", count: 1000), "efeea944a76157a88d281091b6a79608653bc1f14a11d0357431c197701b6155"),
  ])
  func matchesSHA256(text: String, digest: String) {
    #expect(DocumentHash(text: text).hex == digest)
  }

  @Test func differsWhenOneCharacterOfTheArticleChanges() {
    #expect(DocumentHash(text: "植树造林4200多公里") != DocumentHash(text: "植树造林4300多公里"))
  }

  @Test func hashesTheBundledSeedToSixtyFourHexDigits() {
    let seed = String(decoding: BundledFiles.seed, as: UTF8.self)
    let hex = DocumentHash(text: seed).hex
    #expect(hex.count == 64)
    #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    #expect(
      DocumentHash(text: seed) == DocumentHash(text: String(decoding: BundledFiles.seed, as: UTF8.self)))
  }
}
