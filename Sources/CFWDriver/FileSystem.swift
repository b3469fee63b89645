import Foundation

/// The file-system operations the commands need: reading, finding frameworks, and
/// writing atomically.
public enum FileSystem {
  /// An I/O failure, with a message for the user.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
  }

  /// The bytes of a file, or nil if it cannot be read.
  public static func read(_ path: String) -> [UInt8]? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path)
    else { return nil }
    return [UInt8](data)
  }

  public static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// The `.cfw` files named by `paths`: files as given, directories searched recursively,
  /// sorted by path so that output does not depend on directory order.
  public static func frameworkFiles(_ paths: [String]) throws -> [String] {
    var result: [String] = []
    for path in paths {
      if isDirectory(path) {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
          throw Failure("cannot read directory ‘\(path)’")
        }
        var found: [String] = []
        while let item = enumerator.nextObject() as? String {
          if item.hasSuffix(".cfw") {
            found.append(path.hasSuffix("/") ? path + item : path + "/" + item)
          }
        }
        result += found.sorted()
      } else if exists(path) {
        result.append(path)
      } else {
        throw Failure("no such file or directory: ‘\(path)’")
      }
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }
}

extension FileSystem {
  /// The `.cfw` files named by `paths`, or nil after telling the user why there are none
  /// (a missing path, an unreadable directory, or no framework found): every command
  /// that takes paths answers these the same way, with exit status 2.
  static func frameworkFiles(_ paths: [String], reportingTo console: Console) -> [String]? {
    let files: [String]
    do {
      files = try frameworkFiles(paths)
    } catch {
      console.err("error: \(error)\n")
      return nil
    }
    if files.isEmpty {
      console.err("error: no .cfw files found in \(paths.joined(separator: ", "))\n")
      return nil
    }
    return files
  }
}
