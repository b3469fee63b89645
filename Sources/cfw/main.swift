import CFWDriver
import Foundation

exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: .standard))
