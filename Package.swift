// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Headway",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "headway", targets: ["headway"]),
        .library(name: "HeadwayKit", targets: ["HeadwayKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .executableTarget(name: "EmbedTemplates"),
        .plugin(
            name: "EmbedTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedTemplates"]
        ),
        .target(
            name: "HeadwayKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplatesPlugin"]
        ),
        .target(
            name: "HeadwayCLI",
            dependencies: [
                "HeadwayKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "headway", dependencies: ["HeadwayCLI"]),
        .testTarget(
            name: "HeadwayKitTests",
            dependencies: ["HeadwayKit", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "HeadwayCLITests",
            dependencies: ["HeadwayCLI", "HeadwayKit", "headway"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
