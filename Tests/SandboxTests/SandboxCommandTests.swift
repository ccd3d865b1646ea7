import AsyncHTTPClient
import Foundation
import NIOCore
import TestHelpers
import Testing

/// `leadiq sandbox` as users run it: the built binary, its printed environment, and its option checks.
@Suite struct SandboxCommandTests {
    /// The `leadiq` executable SwiftPM builds next to this test bundle.
    private static let binary = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent()
        .appendingPathComponent("leadiq")

    private static func launch(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    @Test func itPrintsTheEnvironmentServesAndStopsOnInterrupt() async throws {
        let (process, output, _) = try Self.launch(["sandbox", "--port", "0", "--credits", "7"])
        // Blocks until the server has printed all three lines; the pipe closes if the process dies first.
        let printed = await onThreadOfItsOwn {
            var text = ""
            while !text.contains("LEADIQ_API_KEY") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            return text
        }
        var environment: [String: String] = [:]
        for line in printed.split(separator: "\n") where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            environment[String(pair[0])] = String(pair[1])
        }
        let url = try #require(environment["LEADIQ_GRAPHQL_URL"])
        let key = try #require(environment["LEADIQ_API_KEY"])
        #expect(environment["LEADIQ_PROSPECTOR_URL"].map { url == $0 + "/graphql" } == true)

        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Basic \(key)")
        request.body = .bytes(ByteBuffer(string: #"{"query":"{ account { universalPlan { available } } }"}"#))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 16)
        #expect(String(buffer: body) == #"{"data":{"account":{"universalPlan":{"available":7}}}}"#)

        process.interrupt()
        await onThreadOfItsOwn { process.waitUntilExit() }
        #expect(process.terminationStatus == 0)
    }

    @Test(arguments: [["--fail-rate", "1.5"], ["--port", "70000"], ["--rate-limit", "0"], ["--latency", "-1"]])
    func badOptionsAreRefusedWithAUsageError(arguments: [String]) async throws {
        let (process, _, errors) = try Self.launch(["sandbox"] + arguments)
        await onThreadOfItsOwn { process.waitUntilExit() }
        #expect(process.terminationStatus == 2)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("Error:"))
    }
}
