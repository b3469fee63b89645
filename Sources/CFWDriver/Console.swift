import Foundation

/// Where a command writes: standard output and standard error, injectable for tests.
public struct Console: Sendable {
  public var out: @Sendable (String) -> Void
  public var err: @Sendable (String) -> Void
  /// Whether standard error is a terminal that wants colour (and `NO_COLOR` is unset).
  public var colour: Bool

  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    colour: Bool
  ) {
    self.out = out
    self.err = err
    self.colour = colour
  }

  /// The process's own standard output and error.
  public static var standard: Console {
    let environment = ProcessInfo.processInfo.environment
    let colour = isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    return Console(
      out: { FileHandle.standardOutput.write(Data($0.utf8)) },
      err: { FileHandle.standardError.write(Data($0.utf8)) }, colour: colour)
  }
}
