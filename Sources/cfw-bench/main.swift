import CFWDriver
import CFWSynthetic
import Foundation

/// `cfw-bench`: measures cfw on synthetic frameworks. See `docs/performance.md`.
///
///     cfw-bench [--sizes 100,1000,10000,100000] [--seed N] [--timeout SECONDS]
///     cfw-bench --generate N PATH        writes a synthetic framework of N competencies
///
/// `--child` and `--cfw` are how it runs its own stages in child processes.
let usage = """
  usage: cfw-bench [--sizes N,N,…] [--seed N] [--timeout SECONDS]
         cfw-bench --generate N PATH [--seed N]

  """

func value(_ name: String, in arguments: [String]) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

let arguments = Array(CommandLine.arguments.dropFirst())
let seed = value("--seed", in: arguments).flatMap { UInt64($0) } ?? 1

if let stageName = value("--child", in: arguments) {
  guard let stage = Stage(rawValue: stageName), let input = value("--input", in: arguments) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
  }
  exit(ChildStage.run(stage, input: input, save: value("--save", in: arguments)))
}

if arguments.first == "--cfw" {
  let quiet = Console(
    out: { _ in }, err: { FileHandle.standardError.write(Data($0.utf8)) }, colour: false)
  exit(CommandLineTool.run(Array(arguments.dropFirst()), console: quiet))
}

if let count = value("--generate", in: arguments).flatMap({ Int($0) }),
  let index = arguments.firstIndex(of: "--generate"), index + 2 < arguments.count
{
  let bytes = SyntheticFramework(competencies: count, seed: seed).source()
  exit(FileManager.default.createFile(atPath: arguments[index + 2], contents: Data(bytes)) ? 0 : 1)
}

if arguments.contains("--help") || arguments.contains("-h") {
  print(usage, terminator: "")
  exit(0)
}

let sizes =
  value("--sizes", in: arguments).map { $0.split(separator: ",").compactMap { Int($0) } }
  ?? SyntheticFramework.benchmarkSizes
let directory = NSTemporaryDirectory() + "cfw-bench-\(getpid())"
try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
let sibling = URL(fileURLWithPath: ChildProcess.executablePath).deletingLastPathComponent()
  .appendingPathComponent("cfw").path
var benchmark = Benchmark(
  sizes: sizes, seed: seed, directory: directory,
  cfw: FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil)
if let limit = value("--timeout", in: arguments).flatMap({ Double($0) }) {
  benchmark.timeout = limit
}
benchmark.run()
try? FileManager.default.removeItem(atPath: directory)
