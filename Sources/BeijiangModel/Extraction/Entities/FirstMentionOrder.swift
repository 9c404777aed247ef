/// Entities gathered by name in order of first mention, each name looked up once per mention.
///
/// The assembly kept a `[String: Entity]` and read and wrote it through the name four or five
/// times per mention; hashing a Chinese name normalises it first, and those lookups were most of
/// `EntityAssembly` on distinct20 (docs/performance.md, session 8). Here the name is hashed once,
/// to the entity's place in an array that is already in first-mention order.
struct FirstMentionOrder<Entity> {
  private(set) var positions: [String: Int] = [:]
  var entities: [Entity] = []

  /// The position of the entity named `name`, made by `make` when the name is new.
  mutating func index(of name: String, orMake make: () -> Entity) -> Int {
    if let index = positions[name] { return index }
    positions[name] = entities.count
    entities.append(make())
    return entities.count - 1
  }
}
