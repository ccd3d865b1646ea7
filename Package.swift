// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "leadiq",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leadiq", targets: ["leadiq"]),
        .library(name: "RecordIO", targets: ["RecordIO"]),
        .library(name: "LeadIQ", targets: ["LeadIQ"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.25.0"),
        .package(url: "https://github.com/GraphQLSwift/GraphQL", from: "4.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "RecordIO",
            dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "LeadIQ",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Enrichment",
            dependencies: ["RecordIO", "LeadIQ", "CSQLite"]
        ),
        .target(
            name: "Sandbox",
            dependencies: [
                "LeadIQ",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .executableTarget(
            name: "leadiq",
            dependencies: [
                "RecordIO", "LeadIQ", "Enrichment", "Sandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What more than one test target needs; no product includes it.
        .target(
            name: "TestHelpers",
            path: "Tests/TestHelpers"
        ),
        .testTarget(
            name: "RecordIOTests",
            dependencies: ["RecordIO", "TestHelpers"]
        ),
        .testTarget(
            name: "LeadIQTests",
            dependencies: [
                "LeadIQ", "Sandbox", "TestHelpers",
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "SandboxTests",
            dependencies: [
                "Sandbox", "LeadIQ", "TestHelpers",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "EnrichmentTests",
            dependencies: ["Enrichment", "RecordIO", "LeadIQ", "Sandbox"]
        ),
        .testTarget(
            name: "LeadIQCommandTests",
            dependencies: ["RecordIO", "LeadIQ", "Sandbox", "TestHelpers"]
        ),
    ]
)
