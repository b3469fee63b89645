/// A named thing of a framework that a change is about: a scale, a level, a group, a
/// competency, a theme or a role.
public struct Entity: Sendable, Hashable {
  /// What kind of thing it is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case scale, level, group, competency, theme, role
  }

  public var kind: Kind
  /// The identifier: derived from the title or written as `{#id}`. A level's is its code
  /// in identifier form.
  public var id: String
  /// The title; a level's label, or its code when it has none.
  public var title: String

  public init(kind: Kind, id: String, title: String) {
    self.kind = kind
    self.id = id
    self.title = title
  }
}
