// swift-tools-version: 6.0
import PackageDescription

/// A libFuzzer target over the note reader (front matter split, YAML, cmark walk, model build).
/// Build and run with `scripts/fuzz` (it passes `-sanitize=fuzzer,address`).
let package = Package(
    name: "HeadwayFuzz",
    dependencies: [.package(name: "Headway", path: "..")],
    targets: [
        .executableTarget(
            name: "HeadwayFuzz",
            dependencies: [.product(name: "HeadwayKit", package: "Headway")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
