import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// Writes a file atomically: the bytes go to a new temporary file in the same directory,
  /// are flushed to disk, and the temporary file is then renamed over the target, so
  /// readers see the old or the new file whole, never a part. When anything fails (a
  /// full disk, a read-only folder) the target is left as it was, the temporary file is
  /// removed, and the error names the file and the reason.
  ///
  /// A file that already exists keeps its permissions. A symbolic link at `path` is
  /// followed: the file it points to is replaced and the link is kept (callers that must
  /// not leave a folder check `symbolicLink(from:to:)` first).
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let target =
      isSymbolicLink(path) ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
    let url = URL(fileURLWithPath: target)
    let directory = url.deletingLastPathComponent()
    if let (folder, number) = makeDirectories(directory.path) {
      throw Failure("cannot create directory ‘\(folder)’: \(errorText(number))")
    }
    var existing = stat()
    let keepsMode = stat(target, &existing) == 0 && existing.st_mode & S_IFMT == S_IFREG
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    ).path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure("cannot write ‘\(path)’: \(errorText(errno))") }
    var failure = keepsMode && fchmod(descriptor, existing.st_mode & 0o7777) != 0 ? errno : 0
    if failure == 0 { failure = writeAll(bytes, to: descriptor) }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure == 0, rename(temporary, target) != 0 { failure = errno }
    guard failure == 0 else {
      unlink(temporary)
      throw Failure("cannot write ‘\(path)’: \(errorText(failure))")
    }
    // Make the rename itself durable; a failure here loses nothing already written.
    let folder = open(directory.path, O_RDONLY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  /// Writes every byte to `descriptor`, retrying short and interrupted writes; returns 0
  /// or the error number.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return 0
    }
  }

  /// Creates `path` and the folders above it that are missing; returns the folder that
  /// could not be made and the error number, or nil.
  private static func makeDirectories(_ path: String) -> (String, Int32)? {
    var current = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + component
      if mkdir(current, 0o777) == 0 { continue }
      let number = errno
      var info = stat()
      if number == EEXIST, stat(current, &info) == 0 {
        if info.st_mode & S_IFMT == S_IFDIR { continue }
        return (current, ENOTDIR)
      }
      return (current, number)
    }
    return nil
  }

  /// The first symbolic link met going from the folder `base` down to `base/relative`:
  /// each folder below `base`, then the file itself. Nil when there is none, or when the
  /// path stops existing before one is met.
  public static func symbolicLink(from base: String, to relative: String) -> String? {
    var current = base
    for component in relative.split(separator: "/") {
      current += "/" + component
      var info = stat()
      guard lstat(current, &info) == 0 else { return nil }
      if info.st_mode & S_IFMT == S_IFLNK { return current }
    }
    return nil
  }

  static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  static func errorText(_ number: Int32) -> String { String(cString: strerror(number)) }
}
