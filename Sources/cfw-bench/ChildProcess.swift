import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs programs and measures them: wall time and peak resident memory.
enum ChildProcess {
  /// What a finished child reported.
  struct Result {
    var status: Int32
    /// Wall-clock time from spawn to exit, process start included.
    var seconds: Double
    /// Peak resident set size, in bytes (the kernel's `ru_maxrss`).
    var peakBytes: Int
    /// What it wrote to standard output.
    var output: String
  }

  /// Runs `path` with `arguments`, standard output captured, standard error inherited.
  /// A child still running after `timeout` seconds is killed (status -2).
  static func run(_ path: String, _ arguments: [String], timeout: Double? = nil) -> Result {
    let outputPath =
      NSTemporaryDirectory() + "cfw-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      return Result(status: -1, seconds: 0, peakBytes: 0, output: "")
    }
    var status: Int32 = 0
    var usage = rusage()
    // Waits, and stops a child that runs past the deadline.
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
      if let timeout, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > timeout {
        kill(pid, SIGKILL)
        wait4(pid, &status, 0, &usage)
        return Result(
          status: -2, seconds: timeout, peakBytes: Int(usage.ru_maxrss) * 1024, output: "")
      }
      usleep(5_000)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(
      status: exit, seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, output: output)
  }

  /// This process's peak resident set size so far, in bytes (`VmHWM`).
  static func peakResidentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let number = line.dropFirst(6).filter(\.isNumber)
      return (Int(number) ?? 0) * 1024
    }
    return 0
  }

  /// The path of the running executable.
  static var executablePath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }
}
