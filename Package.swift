// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "cfw",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "cfw", targets: ["cfw"]),
    .library(name: "CFWSyntax", targets: ["CFWSyntax"]),
    .library(name: "CFWModel", targets: ["CFWModel"]),
    .library(name: "CFWCheck", targets: ["CFWCheck"]),
    .library(name: "CFWEmit", targets: ["CFWEmit"]),
    .library(name: "CFWFormat", targets: ["CFWFormat"]),
    .library(name: "CFWDiff", targets: ["CFWDiff"]),
  ],
  targets: [
    .target(name: "CFWSyntax"),
    .target(name: "CFWModel", dependencies: ["CFWSyntax"]),
    .target(name: "CFWCheck", dependencies: ["CFWSyntax", "CFWModel"]),
    .target(name: "CFWEmit", dependencies: ["CFWSyntax", "CFWModel"]),
    .target(name: "CFWFormat", dependencies: ["CFWSyntax"]),
    .target(name: "CFWDiff", dependencies: ["CFWSyntax", "CFWModel"]),
    .target(
      name: "CFWDriver",
      dependencies: ["CFWSyntax", "CFWModel", "CFWCheck", "CFWEmit", "CFWFormat", "CFWDiff"]),
    .executableTarget(name: "cfw", dependencies: ["CFWDriver"]),
    .target(name: "CFWSynthetic"),
    .executableTarget(
      name: "cfw-bench",
      dependencies: ["CFWSynthetic", "CFWSyntax", "CFWModel", "CFWCheck", "CFWEmit", "CFWDriver"]),
    .executableTarget(
      name: "cfw-fuzz",
      dependencies: ["CFWSyntax", "CFWModel", "CFWCheck", "CFWEmit", "CFWFormat", "CFWDriver"]),
    .target(
      name: "CFWTestSupport",
      dependencies: [
        "CFWSyntax", "CFWModel", "CFWCheck", "CFWEmit", "CFWFormat", "CFWDiff", "CFWDriver",
        "CFWSynthetic",
      ],
      path: "Tests/CFWTestSupport"
    ),
    .testTarget(name: "CFWSyntaxTests", dependencies: ["CFWTestSupport"]),
    .testTarget(name: "CFWModelTests", dependencies: ["CFWTestSupport"]),
    .testTarget(name: "CFWCheckTests", dependencies: ["CFWTestSupport"]),
    .testTarget(name: "CFWEmitTests", dependencies: ["CFWTestSupport"]),
    .testTarget(name: "CFWFormatTests", dependencies: ["CFWTestSupport"]),
    .testTarget(name: "CFWDiffTests", dependencies: ["CFWTestSupport"]),
    .testTarget(name: "CFWDriverTests", dependencies: ["CFWSynthetic", "CFWTestSupport"]),
  ]
)
