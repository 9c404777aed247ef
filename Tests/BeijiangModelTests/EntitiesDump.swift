import BeijiangModel
import Foundation
import Testing

@Test func dumpSeedEntities() throws {
  let e = EntitiesSeed.entities
  var out = ""
  for p in e.people { out += "PERSON \(p.name) \(p.titles) x\(p.mentions.count)\n" }
  for o in e.organizations { out += "ORG \(o.canonical) \(o.aliases) x\(o.mentions.count)\n" }
  for p in e.places { out += "PLACE \(p.name) \(p.kind.rawValue) \(p.inGazetteer) \(p.mentions.map(\.surface)) \n" }
  for q in e.quotes { out += "QUOTE [\(q.speaker?.name ?? "-")] \(q.text.prefix(30))\n" }
  for i in e.initiatives { out += "INIT \(i.name) x\(i.mentions.count)\n" }
  try out.write(toFile: "/tmp/ent-dump.txt", atomically: true, encoding: .utf8)
}
