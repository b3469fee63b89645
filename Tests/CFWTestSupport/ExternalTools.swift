import Foundation
import Testing

/// External programs some tests use (Chromium, a JSON Schema validator, the Nu HTML
/// checker, swiftc). `.ci/run` installs them; elsewhere a test skips with a message when
/// one is missing, unless `CFW_REQUIRE_TOOLS=1`, which makes a missing tool a failure.
package enum ExternalTools {
  /// Where `.ci/run` installs the Python tools.
  package static let venvBin = "/opt/cfw-venv/bin"

  package static var required: Bool {
    ProcessInfo.processInfo.environment["CFW_REQUIRE_TOOLS"] == "1"
  }

  /// The full path of a program, searched in the venv and on PATH.
  package static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in [venvBin] + path.split(separator: ":").map(String.init) {
      let candidate = directory + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The path of a tool, or nil after recording why the test is skipped (or failing it
  /// when tools are required).
  package static func require(_ name: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> String?
  {
    if let found = find(name) { return found }
    if required {
      Issue.record("required tool ‘\(name)’ is not installed", sourceLocation: sourceLocation)
    } else {
      print("note: skipping: ‘\(name)’ is not installed (run .ci/run to install it)")
    }
    return nil
  }

  /// The result of running a program.
  package struct Output: Sendable {
    package var status: Int32
    package var stdout: String
    package var stderr: String
  }

  /// Runs a program to completion, with optional standard input and environment changes.
  @discardableResult
  package static func run(
    _ executable: String, _ arguments: [String], input: String? = nil,
    environment: [String: String] = [:], currentDirectory: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try? inPipe.fileHandleForWriting.close()
    // Read both pipes concurrently so neither fills up and blocks the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = errPipe.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
